// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom::TextSearch {

// The stem of a lower-cased Kazakh word, for search: the inflectional endings Kazakh
// stacks after a root (plural, possessive, case, the common verb forms and personal
// endings, in every vowel-harmony variant) taken off from the end, so that «Теміртауда»,
// «Теміртаудағы» and «Теміртау» are one word, and «ағаштар», «ағашқа» and «ағаш» another.
//
// A suffix stripper rather than Hunspell's stem(): the Kazakh dictionary lists inflected
// forms as words of their own (алматыда, астанадағы, ағашты), so stem() gives them back
// unchanged, and it does not know the names news is full of (Теміртау). Without a
// dictionary some forms cannot be told apart (қалам is «pen» and «my city»), and then both
// meet at one stem: like Snowball's Russian stemmer it errs towards finding more.
QString stemKazakh(const QString &word);

} // namespace Newsroom::TextSearch
