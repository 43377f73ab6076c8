// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QSize>
#include <QString>

namespace Newsroom {

// What a file a reporter attaches really is, judged by its content before anything is
// decoded: only JPEG, PNG and WebP are photos here; whatever the name says, and however
// big a picture its header claims, nothing past these limits is ever decoded.
struct ImageInfo
{
    QByteArray format; // "jpeg", "png" or "webp"
    QString mimeType;
    QSize size;        // as stored, before any EXIF orientation
};

namespace ImageCheck {

constexpr qint64 MaxPixels = 50'000'000; // a 45-megapixel camera, with room; 200 MB decoded
constexpr int MaxSide = 20'000;
constexpr int AllocationLimitMb = 256;    // for QImageReader: what one decode may take
constexpr qint64 MaxFileBytes = 100 * 1024 * 1024;
constexpr qint64 MaxMetadataBytes = 4 * 1024 * 1024; // JPEG APPn and comment segments together

// "jpeg", "png" or "webp" from the first bytes; empty for anything else.
QByteArray formatOf(const QByteArray &bytes);

// Checks the format, the header's dimensions, and that the file is whole (a JPEG ends
// with its end-of-image marker, a PNG with its IEND chunk, a WebP's RIFF size matches);
// then decodes it, scaled down, to prove the pixels are there. `name` goes into messages.
Expected<ImageInfo> inspect(const QByteArray &bytes, const QString &name);

} // namespace ImageCheck

} // namespace Newsroom
