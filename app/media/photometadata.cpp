// SPDX-License-Identifier: GPL-3.0-or-later
#include "photometadata.h"

#include <exiv2/exiv2.hpp>

#include <QCoreApplication>
#include <QTimeZone>

#include <mutex>

using namespace Qt::StringLiterals;

namespace Newsroom::Metadata {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Metadata)
};

void initialiseOnce()
{
    static std::once_flag once;
    std::call_once(once, [] {
        Exiv2::XmpParser::initialize();
        Exiv2::LogMsg::setLevel(Exiv2::LogMsg::mute); // problems come back as results
    });
}

QString text(const std::string &value)
{
    QString result = QString::fromStdString(value).trimmed();
    // XMP language alternatives read as `lang="x-default" text`.
    if (result.startsWith(u"lang=\""_s)) {
        const qsizetype space = result.indexOf(u' ');
        result = space > 0 ? result.mid(space + 1).trimmed() : QString();
    }
    return result;
}

template<typename Key, typename Data>
QString first(const Data &data, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const auto found = data.findKey(Key(key));
        if (found != data.end()) {
            const QString value = text(found->toString());
            if (!value.isEmpty())
                return value;
        }
    }
    return {};
}

// IPTC IIM fields have byte limits (Credit and By-line 32, Caption 2000); cut at a
// character boundary, never inside a Cyrillic letter's two bytes.
std::string iptcText(const QString &value, qsizetype maxBytes)
{
    QString cut = value;
    while (cut.toUtf8().size() > maxBytes)
        cut.chop(1);
    return cut.toStdString();
}

QDateTime parseTaken(const QString &exif, const QString &xmp, const QString &iptcDate)
{
    // EXIF "2026:01:31 14:05:00", local time of the camera: kept as it reads.
    QDateTime taken = QDateTime::fromString(exif, u"yyyy:MM:dd HH:mm:ss"_s);
    if (!taken.isValid())
        taken = QDateTime::fromString(xmp, Qt::ISODate);
    if (!taken.isValid())
        taken = QDateTime(QDate::fromString(iptcDate, Qt::ISODate), QTime(0, 0));
    return taken;
}

} // namespace

PhotoMetadata read(const QByteArray &bytes, QString *problem)
{
    initialiseOnce();
    PhotoMetadata result;
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(bytes.constData()), size_t(bytes.size()));
        image->readMetadata();
        const Exiv2::ExifData &exif = image->exifData();
        const Exiv2::IptcData &iptc = image->iptcData();
        const Exiv2::XmpData &xmp = image->xmpData();
        result.hasExif = !exif.empty();
        for (const Exiv2::Exifdatum &datum : exif) {
            if (datum.groupName() == "GPSInfo") {
                result.hasGps = true;
                break;
            }
        }
        result.caption = first<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Caption"});
        if (result.caption.isEmpty())
            result.caption = first<Exiv2::XmpKey>(xmp, {"Xmp.dc.description"});
        if (result.caption.isEmpty())
            result.caption = first<Exiv2::ExifKey>(exif, {"Exif.Image.ImageDescription"});
        result.photographer = first<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Byline"});
        if (result.photographer.isEmpty())
            result.photographer = first<Exiv2::XmpKey>(xmp, {"Xmp.dc.creator"});
        if (result.photographer.isEmpty())
            result.photographer = first<Exiv2::ExifKey>(exif, {"Exif.Image.Artist"});
        result.credit = first<Exiv2::IptcKey>(iptc, {"Iptc.Application2.Credit"});
        if (result.credit.isEmpty())
            result.credit = first<Exiv2::XmpKey>(xmp, {"Xmp.photoshop.Credit"});
        if (result.credit.isEmpty())
            result.credit = result.photographer;
        result.taken = parseTaken(first<Exiv2::ExifKey>(exif, {"Exif.Photo.DateTimeOriginal", "Exif.Image.DateTime"}),
                                  first<Exiv2::XmpKey>(xmp, {"Xmp.photoshop.DateCreated", "Xmp.exif.DateTimeOriginal"}),
                                  first<Exiv2::IptcKey>(iptc, {"Iptc.Application2.DateCreated"}));
        const auto orientation = exif.findKey(Exiv2::ExifKey("Exif.Image.Orientation"));
        if (orientation != exif.end()) {
            const int value = int(orientation->toInt64());
            result.orientation = value >= 1 && value <= 8 ? value : 1;
        }
    } catch (const std::exception &error) {
        if (problem)
            *problem = Words::tr("its metadata cannot be read: %1").arg(QString::fromUtf8(error.what()));
        return PhotoMetadata{};
    }
    return result;
}

Expected<QByteArray> withCredit(const QByteArray &jpeg, const PhotoMetadata &metadata)
{
    initialiseOnce();
    try {
        auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), size_t(jpeg.size()));
        Exiv2::IptcData iptc;
        Exiv2::XmpData xmp;
        // IPTC IIM is bytes: declare UTF-8 (ESC % G) so Cyrillic reads back as written.
        iptc["Iptc.Envelope.CharacterSet"] = "\x1B%G";
        if (!metadata.caption.isEmpty()) {
            iptc["Iptc.Application2.Caption"] = iptcText(metadata.caption, 2000);
            xmp["Xmp.dc.description"] = "lang=\"x-default\" " + metadata.caption.toStdString();
        }
        if (!metadata.credit.isEmpty()) {
            iptc["Iptc.Application2.Credit"] = iptcText(metadata.credit, 32);
            xmp["Xmp.photoshop.Credit"] = metadata.credit.toStdString();
        }
        if (!metadata.photographer.isEmpty()) {
            iptc["Iptc.Application2.Byline"] = iptcText(metadata.photographer, 32);
            Exiv2::XmpArrayValue creator(Exiv2::xmpSeq);
            creator.read(metadata.photographer.toStdString());
            xmp.add(Exiv2::XmpKey("Xmp.dc.creator"), &creator);
        }
        image->setExifData(Exiv2::ExifData()); // a rendition carries no EXIF at all
        image->setIptcData(iptc);
        image->setXmpData(xmp);
        image->writeMetadata();
        Exiv2::BasicIo &io = image->io();
        io.open();
        const Exiv2::DataBuf written = io.read(io.size());
        io.close();
        return QByteArray(reinterpret_cast<const char *>(written.c_data()), qsizetype(written.size()));
    } catch (const std::exception &error) {
        return failure(Words::tr("cannot write the credit into the published photo: %1").arg(QString::fromUtf8(error.what())));
    }
}

} // namespace Newsroom::Metadata

namespace Newsroom {

QString gpsNote(const QString &fileName)
{
    return QCoreApplication::translate("Photos", "%1 records where it was taken (GPS). That never leaves the newsroom: published copies carry no "
              "location.")
        .arg(fileName);
}

} // namespace Newsroom
