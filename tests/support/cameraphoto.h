// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Newsroom::Test {

// `jpeg` with what a photographer's camera and software write into it: EXIF (orientation,
// artist, time taken and a GPS position), and where asked IPTC (caption "Министр на
// комбинате в Темиртау", credit "Фото: Ерлан Ахметов", by-line "Ерлан Ахметов") and XMP
// (credit, creator, description).
QByteArray withCameraMetadata(const QByteArray &jpeg, bool iptc = true, bool xmp = true, int orientation = 6);

} // namespace Newsroom::Test
