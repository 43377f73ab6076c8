// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "photometadata.h"

#include <QImage>
#include <QList>

namespace Newsroom {

// A thumbnail of stored bytes: decoded at that size (scaled in the decoder), upright.
QImage thumbnailOf(const QByteArray &bytes, int side);

// The story list's picture of a photo: a small JPEG, ListThumbnailHeight pixels high
// (twice the row's icon, for high-density screens). Empty when the bytes do not decode.
inline constexpr int ListThumbnailHeight = 64;
QByteArray listThumbnail(const QByteArray &bytes);

// A photo as the site publishes it: turned the way the camera meant (EXIF orientation),
// no wider than asked, re-encoded from its pixels so that nothing of the original file's
// metadata survives (no GPS, no EXIF, no embedded thumbnail), then given the caption and
// credit as IPTC and XMP. The original is never copied anywhere.
namespace Rendition {

// Widths the export offers in srcset.
inline const QList<int> Widths = {480, 960, 1600};

struct Image
{
    QByteArray jpeg;
    int width = 0;
    int height = 0;
};

Expected<Image> make(const QByteArray &original, int maxWidth, const PhotoMetadata &credit, const QString &name);

} // namespace Rendition

} // namespace Newsroom
