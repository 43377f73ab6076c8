// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom {

// Counts as a reader sees them: words by ICU's word boundaries (so «из-за», «2026»
// and «Қарағанды» are one word each), characters as user-perceived characters.
struct TextStatistics
{
    int words = 0;
    int characters = 0;
    int charactersWithoutSpaces = 0;

    static TextStatistics of(const QString &text);

    // Minutes at 180 words a minute (Russian news prose), rounded up; 0 for no text.
    int readingMinutes() const { return words == 0 ? 0 : (words + 179) / 180; }
};

} // namespace Newsroom
