// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Newsroom {

// What a photographer wrote into the file (IPTC, XMP, EXIF), read with exiv2 to prefill
// the photo panel; and what a published rendition carries back out.
struct PhotoMetadata
{
    QString caption;      // IPTC Caption-Abstract, XMP dc:description, EXIF ImageDescription
    QString credit;       // IPTC Credit, XMP photoshop:Credit; else the photographer
    QString photographer; // IPTC By-line, XMP dc:creator, EXIF Artist
    QDateTime taken;      // EXIF DateTimeOriginal, XMP photoshop:DateCreated, IPTC Date Created
    int orientation = 1;  // EXIF Orientation, 1 to 8
    bool hasGps = false;  // any EXIF GPS tag: a source's position may be in it
    bool hasExif = false;
};

namespace Metadata {

// Never throws; a file whose metadata cannot be parsed gives empty metadata and a reason.
PhotoMetadata read(const QByteArray &bytes, QString *problem = nullptr);

// `jpeg` with IPTC and XMP caption, credit and photographer written in (nothing else
// is added). Used on renditions only: an original is never changed.
Expected<QByteArray> withCredit(const QByteArray &jpeg, const PhotoMetadata &metadata);

} // namespace Metadata

// What to tell whoever attached a photo that holds a GPS position.
QString gpsNote(const QString &fileName);

} // namespace Newsroom
