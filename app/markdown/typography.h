// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom::Typography {

// Russian typesetting on request, for a Markdown text: straight quotes become «ёлочки»
// with „лапки“ inside, a hyphen between spaces becomes an em dash with a non-breaking
// space before it, one- and two-letter words are tied to the next word with a
// non-breaking space, and "..." becomes "…". Code spans, fenced code, link and image
// targets, autolinks and bare URLs are left exactly as they are. Applying it twice
// changes nothing more.
QString russian(const QString &markdown);

inline constexpr QChar NoBreakSpace = QChar(0x00A0);

} // namespace Newsroom::Typography
