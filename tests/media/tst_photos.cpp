// SPDX-License-Identifier: GPL-3.0-or-later
// Photos in and out: metadata prefill, clean renditions with the credit written back,
// one copy per content, and a wall against malformed and hostile files.
#include "media/imagecheck.h"
#include "domain/bylines.h"
#include "media/rendition.h"
#include "storage/photostore.h"
#include "media/photometadata.h"
#include "storage/database.h"
#include "cameraphoto.h"
#include "storage/statement.h"
#include "testdatabases.h"

#include <exiv2/exiv2.hpp>

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QImageWriter>
#include <QPainter>
#include <QSqlQuery>
#include <QTest>
#include <QtEndian>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QByteArray encode(const QImage &image, const char *format, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    if (!writer.write(image))
        qFatal("cannot encode a test image: %s", qPrintable(writer.errorString()));
    return bytes;
}

// 400 × 200, red on the left, blue on the right: which way it turns shows.
QImage halves(int width = 400, int height = 200)
{
    QImage image(width, height, QImage::Format_RGB32);
    QPainter painter(&image);
    painter.fillRect(0, 0, width / 2, height, Qt::red);
    painter.fillRect(width / 2, 0, width - width / 2, height, Qt::blue);
    return image;
}

quint32 crc32(const QByteArray &data)
{
    quint32 crc = 0xFFFFFFFFu;
    for (const char c : data) {
        crc ^= uchar(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    QByteArray chunk(4, '\0');
    qToBigEndian<quint32>(quint32(data.size()), chunk.data());
    chunk += type + data;
    QByteArray crc(4, '\0');
    qToBigEndian<quint32>(crc32(type + data), crc.data());
    return chunk + crc;
}

// A PNG whose header claims `width` × `height`; its pixel data is a zlib stream of zeros
// (`rows` rows of them): a few kilobytes that would decode to gigabytes.
QByteArray claimingPng(quint32 width, quint32 height, int rows = 64)
{
    QByteArray header(13, '\0');
    qToBigEndian<quint32>(width, header.data());
    qToBigEndian<quint32>(height, header.data() + 4);
    header[8] = 8; // bit depth
    header[9] = 6; // RGBA
    const QByteArray zeros(qsizetype(rows) * (qsizetype(width) * 4 + 1), '\0');
    const QByteArray zlib = qCompress(zeros, 9).mid(4); // qCompress prefixes the length
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", header) + pngChunk("IDAT", zlib) + pngChunk("IEND", {});
}

} // namespace

class TestPhotos : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void prefillsFromIptcXmpAndExif();
    void creditFallsBackInOrder();
    void renditionIsCleanTurnedAndCredited();
    void renditionIsNeverEnlarged();
    void acceptsWhatIsAPhoto_data();
    void acceptsWhatIsAPhoto();
    void sameBytesAreStoredOnce();
    void rejectsMalformedAndHostileFiles();
    void attachingPrefillsAndMakesAThumbnail();
    void publishCheckNamesMissingCreditsAndAltTexts();
    void bylinesReadAsAPagePrintsThem();
};

void TestPhotos::prefillsFromIptcXmpAndExif()
{
    QString problem;
    const PhotoMetadata metadata = Metadata::read(Test::withCameraMetadata(encode(halves(), "jpeg")), &problem);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    QCOMPARE(metadata.caption, u"Министр на комбинате в Темиртау"_s); // IPTC before XMP
    QCOMPARE(metadata.credit, u"Фото: Ерлан Ахметов"_s);
    QCOMPARE(metadata.photographer, u"Ерлан Ахметов"_s);
    QCOMPARE(metadata.taken, QDateTime(QDate(2026, 1, 31), QTime(14, 5, 9)));
    QCOMPARE(metadata.orientation, 6);
    QVERIFY(metadata.hasGps);
    QVERIFY(metadata.hasExif);
}

void TestPhotos::creditFallsBackInOrder()
{
    const QByteArray jpeg = encode(halves(), "jpeg");
    // XMP only: photoshop:Credit, dc:creator, dc:description.
    PhotoMetadata metadata = Metadata::read(Test::withCameraMetadata(jpeg, false, true));
    QCOMPARE(metadata.credit, u"Агентство «Степь»"_s);
    QCOMPARE(metadata.photographer, u"Асель Нурланова"_s);
    QCOMPARE(metadata.caption, u"Снег на трассе"_s);
    // EXIF only: the Artist is who to credit.
    metadata = Metadata::read(Test::withCameraMetadata(jpeg, false, false));
    QCOMPARE(metadata.credit, u"Exif Artist"_s);
    // Nothing at all, and something that is no image: empty, no throw.
    QCOMPARE(Metadata::read(jpeg).credit, QString());
    QString problem;
    QCOMPARE(Metadata::read("not an image at all", &problem).credit, QString());
    QVERIFY(!problem.isEmpty());
}

void TestPhotos::renditionIsCleanTurnedAndCredited()
{
    const QByteArray original = Test::withCameraMetadata(encode(halves(), "jpeg"));
    PhotoMetadata credit;
    credit.caption = u"Аким осмотрел новую котельную"_s;
    credit.credit = u"Фото автора"_s;
    credit.photographer = u"Ольга Ким"_s;
    const Expected<Rendition::Image> made = Rendition::make(original, 100, credit, u"plant.jpg"_s);
    QVERIFY2(made, qPrintable(Test::errorText(made)));
    // Orientation 6 turns the 400 × 200 landscape into a 200 × 400 portrait, red on top.
    QCOMPARE(QSize(made->width, made->height), QSize(100, 200));
    const QImage pixels = QImage::fromData(made->jpeg);
    QCOMPARE(pixels.size(), QSize(100, 200));
    QVERIFY(qRed(pixels.pixel(50, 20)) > 200 && qBlue(pixels.pixel(50, 20)) < 60);
    QVERIFY(qBlue(pixels.pixel(50, 180)) > 200 && qRed(pixels.pixel(50, 180)) < 60);

    // No EXIF, no GPS, no trace of the original's metadata; the credit in IPTC and XMP.
    auto image = Exiv2::ImageFactory::open(reinterpret_cast<const Exiv2::byte *>(made->jpeg.constData()),
                                           size_t(made->jpeg.size()));
    image->readMetadata();
    QVERIFY(image->exifData().empty());
    QVERIFY(!made->jpeg.contains("GPS"));
    QVERIFY(!made->jpeg.contains("Exif Artist"));
    QVERIFY(!made->jpeg.contains(QByteArray("Министр на комбинате")));
    const PhotoMetadata back = Metadata::read(made->jpeg);
    QVERIFY(!back.hasGps && !back.hasExif);
    QCOMPARE(back.caption, credit.caption);
    QCOMPARE(back.credit, credit.credit);
    QCOMPARE(back.photographer, credit.photographer);
    QCOMPARE(QString::fromStdString(image->xmpData()["Xmp.photoshop.Credit"].toString()), credit.credit);
    QCOMPARE(QString::fromStdString(image->iptcData()["Iptc.Application2.Credit"].toString()), credit.credit);
}

void TestPhotos::renditionIsNeverEnlarged()
{
    const QByteArray png = encode(halves(300, 120), "png");
    const Expected<Rendition::Image> made = Rendition::make(png, 1600, {}, u"small.png"_s);
    QVERIFY(made);
    QCOMPARE(QSize(made->width, made->height), QSize(300, 120));
    QVERIFY(made->jpeg.startsWith("\xFF\xD8\xFF"));
}

void TestPhotos::acceptsWhatIsAPhoto_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QByteArray>("format");
    QTest::newRow("jpeg") << encode(halves(), "jpeg") << QByteArray("jpeg");
    QTest::newRow("jpeg named .png") << encode(halves(), "jpeg") << QByteArray("jpeg");
    QTest::newRow("png") << encode(halves(), "png") << QByteArray("png");
    QTest::newRow("webp") << encode(halves(), "webp") << QByteArray("webp");
    QTest::newRow("jpeg with metadata") << Test::withCameraMetadata(encode(halves(), "jpeg")) << QByteArray("jpeg");
}

void TestPhotos::acceptsWhatIsAPhoto()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QByteArray, format);
    const Expected<ImageInfo> info = ImageCheck::inspect(bytes, u"photo.png"_s);
    QVERIFY2(info, qPrintable(Test::errorText(info)));
    QCOMPARE(info->format, format);
    QCOMPARE(info->size, QSize(400, 200));
}

void TestPhotos::sameBytesAreStoredOnce()
{
    Test::TestDatabases databases;
    auto db = databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    PhotoStore store(*db);
    const QByteArray bytes = Test::withCameraMetadata(encode(halves(), "jpeg"));
    const Expected<ArticlePhoto> first = store.store(bytes, u"IMG_0001.JPG"_s);
    const Expected<ArticlePhoto> second = store.store(bytes, u"copy-of-it.jpeg"_s);
    QVERIFY2(first && second, qPrintable(Test::errorText(first) + Test::errorText(second)));
    QCOMPARE(second->photoId, first->photoId);
    QCOMPARE(second->sha256, first->sha256);
    Statement count = db->prepare(u"SELECT count(*) FROM photos"_s);
    QVERIFY(db->exec(count).ok() && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    // A file that is no photo never reaches the store.
    QVERIFY(!store.store("GIF89a....", u"animation.jpg"_s));
}

void TestPhotos::rejectsMalformedAndHostileFiles()
{
    const QByteArray jpeg = Test::withCameraMetadata(encode(halves(1200, 800), "jpeg"));
    const QByteArray png = encode(halves(1200, 800), "png");
    const QByteArray webp = encode(halves(1200, 800), "webp");
    QList<std::pair<QString, QByteArray>> cases = {
        {u"empty"_s, {}},
        {u"one byte"_s, "\xFF"},
        {u"text"_s, "Это не фотография, а текст."},
        {u"gif"_s, "GIF89a\x01\x00\x01\x00\x80\x00\x00\xFF\xFF\xFF\x00\x00\x00!\xF9\x04\x01\x00\x00\x00\x00,"},
        {u"bmp"_s, QByteArray("BM") + QByteArray(60, '\0')},
        {u"tiff"_s, QByteArray("II*\0", 4) + QByteArray(60, '\0')},
        {u"svg"_s, "<svg xmlns=\"http://www.w3.org/2000/svg\" onload=\"alert(1)\"/>"},
        {u"pdf"_s, "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n"},
        {u"zip"_s, QByteArray("PK\x03\x04", 4) + QByteArray(40, '\0')},
        {u"elf"_s, QByteArray("\x7F" "ELF", 4) + QByteArray(60, '\1')},
        {u"html"_s, "<!DOCTYPE html><script>alert(1)</script>"},
        {u"jpeg header, zero image data"_s, jpeg.left(jpeg.indexOf("\xFF\xDA")) + QByteArray(4000, '\0') + "\xFF\xD9"},
        {u"jpeg magic, then noise"_s, QByteArray("\xFF\xD8\xFF\xE0", 4) + QByteArray(5000, '\x5A')},
        {u"jpeg soi only"_s, "\xFF\xD8\xFF"},
        {u"jpeg sof claims 65000 x 65000"_s, QByteArray::fromHex("FFD8FFC0000B08FDE8FDE80301220000FFD9")},
        {u"png magic, then noise"_s, QByteArray("\x89PNG\r\n\x1A\n", 8) + QByteArray(2000, '\x33')},
        {u"png ihdr only"_s, claimingPng(100, 100).left(33)},
        {u"png 50000 x 50000"_s, claimingPng(50000, 50000, 4)},
        {u"png 100000 x 1"_s, claimingPng(100000, 1, 1)},
        {u"png 20000 x 20000"_s, claimingPng(20000, 20000, 4)},
        {u"png 9000 x 9000 bomb"_s, claimingPng(9000, 9000, 200)},
        {u"png zero width"_s, claimingPng(0, 100, 1)},
        {u"webp riff size lies"_s, webp.left(8) + QByteArray("WEBP") + webp.mid(12, 40)},
        {u"webp magic, then noise"_s, QByteArray("RIFF\x20\x00\x00\x00WEBPVP8 ", 16) + QByteArray(24, '\x77')},
    };
    // Truncated at many points.
    for (const int percent : {1, 5, 10, 20, 30, 40, 50, 60, 70, 80, 90, 95, 99}) {
        cases.append({u"jpeg cut at %1%"_s.arg(percent), jpeg.left(jpeg.size() * percent / 100)});
        if (percent % 20 == 10 || percent == 99)
            cases.append({u"png cut at %1%"_s.arg(percent), png.left(png.size() * percent / 100)});
        if (percent % 30 == 0)
            cases.append({u"webp cut at %1%"_s.arg(percent), webp.left(webp.size() * percent / 100)});
    }
    // A PNG with its header's checksum broken.
    QByteArray badCrc = png;
    badCrc[29] = char(badCrc.at(29) ^ 0x55);
    cases.append({u"png bad ihdr crc"_s, badCrc});
    // Huge EXIF: a hundred full APP1 segments of junk before the image.
    QByteArray app1 = QByteArray::fromHex("FFE1FFFF") + QByteArray("Exif\0\0", 6);
    app1 += QByteArray(0xFFFF - 2 - 6, '\x4D');
    QByteArray hugeExif = jpeg.left(2);
    for (int i = 0; i < 100; ++i)
        hugeExif += app1;
    cases.append({u"jpeg with 6 MB of exif"_s, hugeExif + jpeg.mid(2)});
    // A segment whose length runs off the end of the file.
    cases.append({u"jpeg segment past the end"_s, jpeg.left(2) + QByteArray::fromHex("FFE1FFF0") + QByteArray(100, '\0')});
    // Noise after a JPEG's real start of frame.
    QByteArray scrambled = jpeg;
    for (qsizetype i = scrambled.size() / 3; i < scrambled.size() - 2; i += 7)
        scrambled[i] = char(0xFF);
    cases.append({u"jpeg scrambled"_s, scrambled});
    // Bits flipped in the compressed pixels, every marker intact: the decoder warns ("Corrupt
    // JPEG data") and fills the rest with grey, which once went out on the site.
    for (const int step : {37, 101, 499}) {
        QByteArray flipped = jpeg;
        const qsizetype scan = flipped.indexOf("\xFF\xDA");
        for (qsizetype i = scan + 200; i < flipped.size() - 200; i += step) {
            if (flipped.at(i) != char(0xFF) && flipped.at(i - 1) != char(0xFF) && char(flipped.at(i) ^ 0x5A) != char(0xFF))
                flipped[i] = char(flipped.at(i) ^ 0x5A);
        }
        cases.append({u"jpeg with bits flipped every %1 bytes"_s.arg(step), flipped});
    }
    QVERIFY2(cases.size() >= 50, qPrintable(QString::number(cases.size())));

    // How long a refusal takes and how much memory it needs is bench_photos' to measure: a
    // bound here would flake on a busy machine and under the sanitizers.
    for (const auto &[label, bytes] : std::as_const(cases)) {
        const Expected<ImageInfo> info = ImageCheck::inspect(bytes, label);
        const Expected<Rendition::Image> made = Rendition::make(bytes, 960, {}, label);
        (void)Metadata::read(bytes);
        QVERIFY2(!info, qPrintable(label + u": accepted"_s));
        if (qEnvironmentVariableIsSet("NEWSROOM_SHOW_MESSAGES"))
            qInfo("%s", qPrintable(info.error().message));
        QVERIFY2(!made, qPrintable(label + u": a rendition was made"_s));
        QVERIFY2(info.error().message.contains(label), qPrintable(info.error().message)); // names the file
    }
}

void TestPhotos::attachingPrefillsAndMakesAThumbnail()
{
    Test::TestDatabases databases;
    auto db = databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    PhotoStore store(*db);
    const Expected<AttachedPhoto> attached = attachPhoto(store, Test::withCameraMetadata(encode(halves(), "jpeg")), u"IMG_7.JPG"_s);
    QVERIFY2(attached, qPrintable(Test::errorText(attached)));
    QCOMPARE(attached->photo.caption, u"Министр на комбинате в Темиртау"_s);
    QCOMPARE(attached->photo.credit, u"Фото: Ерлан Ахметов"_s);
    QVERIFY(attached->photo.altText.isEmpty()); // only a person can say what a reader should hear
    QCOMPARE(attached->photo.mimeType, u"image/jpeg"_s);
    QCOMPARE(attached->thumbnail.size(), QSize(80, 160)); // upright, within 160
    QVERIFY(attached->metadata.hasGps);
}

void TestPhotos::publishCheckNamesMissingCreditsAndAltTexts()
{
    Article article;
    ArticlePhoto credited;
    credited.fileName = u"lead.jpg"_s;
    credited.credit = u"Фото автора"_s;
    credited.altText = u"Министр у домны"_s;
    ArticlePhoto bare;
    bare.fileName = u"IMG_2041.JPG"_s;
    article.photos = {credited, bare};
    const QStringList problems = photoProblems(article);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"IMG_2041.JPG"_s) && problems.first().contains(u"credit"_s)
                 && problems.first().contains(u"alt text"_s),
             qPrintable(problems.first()));
    article.photos[1].credit = ownPhotoCredit(u"ru"_s);
    article.photos[1].altText = u"Цех"_s;
    QVERIFY(photoProblems(article).isEmpty());
    QCOMPARE(ownPhotoCredit(u"ru"_s), u"Фото автора"_s);
    QCOMPARE(ownPhotoCredit(u"kk"_s), u"Автордың фотосы"_s);
    QCOMPARE(ownPhotoCredit(u"en"_s), u"Photo by the author"_s);
}

void TestPhotos::bylinesReadAsAPagePrintsThem()
{
    const auto text = [](const QString &name) { return Byline{Byline::Kind::Text, 0, name}; };
    const Byline photographer{Byline::Kind::Photo, 0, u"Ерлан Ахметов"_s};
    QCOMPARE(formatBylines({text(u"Айгерим Сапарова"_s)}, Byline::Kind::Text, u"ru"_s), u"Айгерим Сапарова"_s);
    QCOMPARE(formatBylines({text(u"Айгерим Сапарова"_s), photographer, text(u"Данияр Омаров"_s)}, Byline::Kind::Text, u"ru"_s),
             u"Айгерим Сапарова и Данияр Омаров"_s);
    QCOMPARE(formatBylines({text(u"А Б"_s), text(u"В Г"_s), text(u"Д Е"_s)}, Byline::Kind::Text, u"ru"_s), u"А Б, В Г и Д Е"_s);
    QCOMPARE(formatBylines({text(u"Aigerim Saparova"_s), text(u"Daniyar Omarov"_s)}, Byline::Kind::Text, u"en"_s),
             u"Aigerim Saparova and Daniyar Omarov"_s);
    QCOMPARE(formatBylines({text(u"Айгерим Сапарова"_s), photographer}, Byline::Kind::Photo, u"ru"_s), u"Ерлан Ахметов"_s);
}

QTEST_GUILESS_MAIN(TestPhotos)
#include "tst_photos.moc"
