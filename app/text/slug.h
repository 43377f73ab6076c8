// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom::Slug {

inline constexpr int MaxLength = 80;

// An ASCII slug for a headline: `^[a-z0-9-]{1,80}$`. Cyrillic is transliterated by the
// BGN/PCGN romanization (ICU's Russian-Latin/BGN, or Kazakh-Latin/BGN for Kazakh text),
// then reduced to ASCII; apostrophes for ь/ъ and BGN's separating dots are dropped.
// Never empty: text with no letters gives "story".
QString fromText(const QString &text, const QString &language = QStringLiteral("ru"));

bool isValid(const QString &slug);

// `base` with "-N" appended, still within MaxLength: "vizit-ministra-2".
QString withSuffix(const QString &base, int n);

} // namespace Newsroom::Slug
