// SPDX-License-Identifier: GPL-3.0-or-later
// Attaching photos as a reporter does: 100 twelve-megapixel JPEGs with camera metadata,
// each checked, stored once, its metadata read and a thumbnail made; then renditions.
#include "media/imagecheck.h"
#include "media/rendition.h"
#include "storage/photostore.h"
#include "storage/database.h"

#include <exiv2/exiv2.hpp>

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <algorithm>
#include <numeric>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

long peakRssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size() - 1) + 0.5)));
}

// A 4000 × 3000 picture with detail in it (so it compresses like a photo, not a flat field).
QByteArray twelveMegapixels(int seed)
{
    QImage image(4000, 3000, QImage::Format_RGB32);
    QRandomGenerator random{quint32(seed)};
    QPainter painter(&image);
    QLinearGradient sky(0, 0, 0, 3000);
    sky.setColorAt(0, QColor(90 + seed % 60, 140, 200));
    sky.setColorAt(1, QColor(230, 220, 200));
    painter.fillRect(image.rect(), sky);
    for (int i = 0; i < 400; ++i) {
        painter.setBrush(QColor::fromRgb(random.generate()));
        painter.setPen(Qt::NoPen);
        painter.drawRect(random.bounded(4000), 1500 + random.bounded(1500), 20 + random.bounded(300), 20 + random.bounded(400));
    }
    painter.end();
    for (int i = 0; i < 200000; ++i) // grain
        image.setPixel(random.bounded(4000), random.bounded(3000), random.generate());
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(92);
    writer.write(image);
    return bytes;
}

QByteArray withCaption(const QByteArray &jpeg, int index)
{
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(jpeg.constData()), size_t(jpeg.size()));
    Exiv2::ExifData exif;
    exif["Exif.Image.Orientation"] = uint16_t(1);
    exif["Exif.Photo.DateTimeOriginal"] = "2026:01:31 14:05:09";
    exif["Exif.GPSInfo.GPSLatitudeRef"] = "N";
    image->setExifData(exif);
    Exiv2::IptcData iptc;
    iptc["Iptc.Envelope.CharacterSet"] = "\x1B%G";
    iptc["Iptc.Application2.Caption"] = QStringLiteral("Снимок %1 с места событий").arg(index).toStdString();
    iptc["Iptc.Application2.Credit"] = std::string("Фото: Ерлан Ахметов");
    image->setIptcData(iptc);
    image->writeMetadata();
    Exiv2::BasicIo &io = image->io();
    io.open();
    const Exiv2::DataBuf data = io.read(io.size());
    return QByteArray(reinterpret_cast<const char *>(data.c_data()), qsizetype(data.size()));
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    const int count = 100;
    std::printf("Making %d photos of 12 megapixels...\n", count);
    QList<QByteArray> bases;
    for (int i = 0; i < 5; ++i)
        bases.append(twelveMegapixels(i));
    QList<QByteArray> photos;
    for (int i = 0; i < count; ++i)
        photos.append(withCaption(bases.at(i % bases.size()), i)); // distinct bytes each
    qint64 total = 0;
    for (const QByteArray &photo : std::as_const(photos))
        total += photo.size();
    std::printf("  %.1f MB on average\n", double(total) / count / 1e6);

    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(u"photos.db"_s);
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    PhotoStore store(**db);
    QList<double> attach;
    for (int i = 0; i < count; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Expected<AttachedPhoto> attached = attachPhoto(store, photos.at(i), u"IMG_%1.JPG"_s.arg(i));
        attach.append(double(timer.nsecsElapsed()) / 1e6);
        if (!attached || attached->thumbnail.isNull() || attached->photo.credit.isEmpty()) {
            std::fprintf(stderr, "photo %d was not attached\n", i);
            return 1;
        }
    }
    std::printf("Attach (check, store once, metadata, thumbnail), %d photos: median %.0f ms, p95 %.0f ms, total %.1f s\n",
                count, percentile(attach, 0.5), percentile(attach, 0.95),
                std::accumulate(attach.cbegin(), attach.cend(), 0.0) / 1000);

    QList<double> renditions;
    for (int i = 0; i < 10; ++i) {
        for (const int width : Rendition::Widths) {
            QElapsedTimer timer;
            timer.start();
            const Expected<Rendition::Image> made = Rendition::make(photos.at(i), width, {}, u"photo"_s);
            renditions.append(double(timer.nsecsElapsed()) / 1e6);
            if (!made)
                return 1;
        }
    }
    std::printf("Rendition (decode, turn, scale, encode, credit) of a 12 MP photo: median %.0f ms, p95 %.0f ms (%lld)\n",
                percentile(renditions, 0.5), percentile(renditions, 0.95), qlonglong(renditions.size()));

    // Refusing damaged photos costs little time and memory: each 12 MP photo cut short at
    // nine points and with bits flipped in its pixels, checked and (refused) rendered.
    // (tst_photos asserts they are refused; the figures live here, not in a timed test.)
    QList<double> refusals;
    int refused = 0;
    for (int i = 0; i < 5; ++i) {
        const QByteArray &photo = photos.at(i);
        QList<QByteArray> damaged;
        for (int percent = 10; percent <= 90; percent += 10)
            damaged.append(photo.left(photo.size() * percent / 100));
        QByteArray flipped = photo;
        for (qsizetype at = flipped.indexOf("\xFF\xDA") + 200; at < flipped.size() - 200; at += 997) {
            if (flipped.at(at) != char(0xFF) && flipped.at(at - 1) != char(0xFF) && char(flipped.at(at) ^ 0x5A) != char(0xFF))
                flipped[at] = char(flipped.at(at) ^ 0x5A);
        }
        damaged.append(flipped);
        for (const QByteArray &bytes : std::as_const(damaged)) {
            QElapsedTimer timer;
            timer.start();
            const bool accepted = bool(ImageCheck::inspect(bytes, u"damaged"_s)) || bool(Rendition::make(bytes, 960, {}, u"damaged"_s));
            refusals.append(double(timer.nsecsElapsed()) / 1e6);
            refused += accepted ? 0 : 1;
        }
    }
    std::printf("Refusing a damaged 12 MP photo (check and rendition), %d of %lld refused: median %.1f ms, max %.0f ms; "
                "peak RSS of the whole run %ld MB\n",
                refused, qlonglong(refusals.size()), percentile(refusals, 0.5), percentile(refusals, 1.0),
                peakRssMegabytes());
    return 0;
}
