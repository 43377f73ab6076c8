// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom {

// A word of the newsroom's own dictionary: known in every story, with its endings
// ("акимат": "акимата", "әкімдігі"), or in this form only ("Алматы", whose Russian stem
// would let the misspelling "Алмата" through).
struct DictionaryWord
{
    QString word;
    bool exact = false;

    bool operator==(const DictionaryWord &) const = default;
};

} // namespace Newsroom
