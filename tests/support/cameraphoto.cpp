// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraphoto.h"

#include <exiv2/exiv2.hpp>

namespace Newsroom::Test {

QByteArray withCameraMetadata(const QByteArray &jpeg, bool iptc, bool xmp, int orientation)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), size_t(jpeg.size()));
    image->readMetadata();
    Exiv2::ExifData exif;
    exif["Exif.Image.Orientation"] = uint16_t(orientation);
    exif["Exif.Image.Artist"] = "Exif Artist";
    exif["Exif.Photo.DateTimeOriginal"] = "2026:01:31 14:05:09";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    exif["Exif.GPSInfo.GPSLatitude"] = "50/1 3/1 0/1";
    exif["Exif.GPSInfo.GPSLongitudeRef"] = "E";
    exif["Exif.GPSInfo.GPSLongitude"] = "72/1 57/1 0/1";
    image->setExifData(exif);
    if (iptc) {
        Exiv2::IptcData data;
        data["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        data["Iptc.Application2.Caption"] = std::string("Министр на комбинате в Темиртау");
        data["Iptc.Application2.Credit"] = std::string("Фото: Ерлан Ахметов");
        data["Iptc.Application2.Byline"] = std::string("Ерлан Ахметов");
        image->setIptcData(data);
    }
    if (xmp) {
        Exiv2::XmpData data;
        data["Xmp.photoshop.Credit"] = std::string("Агентство «Степь»");
        Exiv2::XmpArrayValue creator(Exiv2::xmpSeq);
        creator.read("Асель Нурланова");
        data.add(Exiv2::XmpKey("Xmp.dc.creator"), &creator);
        data["Xmp.dc.description"] = std::string("lang=\"x-default\" Снег на трассе");
        image->setXmpData(data);
    }
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    const Exiv2::DataBuf buffer = io.read(io.size());
    return QByteArray(reinterpret_cast<const char *>(buffer.c_data()), qsizetype(buffer.size()));
}

} // namespace Newsroom::Test
