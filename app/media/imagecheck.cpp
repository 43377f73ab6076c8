// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecheck.h"

#include "decoderwarnings.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QtEndian>

using namespace Qt::StringLiterals;

namespace Newsroom::ImageCheck {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ImageCheck)
};

bool isWhole(const QByteArray &bytes, const QByteArray &format)
{
    if (format == "jpeg") {
        // The end-of-image marker, give or take padding some cameras append.
        qsizetype end = bytes.size();
        while (end > 2 && (bytes.at(end - 1) == '\0' || bytes.at(end - 1) == '\n'))
            --end;
        return end >= 4 && uchar(bytes.at(end - 2)) == 0xFF && uchar(bytes.at(end - 1)) == 0xD9;
    }
    if (format == "png")
        return bytes.size() >= 20 && bytes.right(12).startsWith(QByteArray("\0\0\0\0IEND", 8));
    if (format == "webp") {
        const quint32 riffSize = qFromLittleEndian<quint32>(bytes.constData() + 4);
        return qint64(riffSize) + 8 == bytes.size() || qint64(riffSize) + 9 == bytes.size(); // odd sizes are padded
    }
    return false;
}

// Walks a JPEG's segments up to the image data: every length must stay inside the file,
// and metadata (APPn, COM) must not be a file's bulk. Returns a reason, or nothing.
QString jpegStructureProblem(const QByteArray &bytes)
{
    qint64 metadata = 0;
    qsizetype at = 2; // after SOI
    while (at + 4 <= bytes.size()) {
        if (uchar(bytes.at(at)) != 0xFF)
            return Words::tr("a segment marker is missing at byte %1").arg(at);
        const uchar marker = uchar(bytes.at(at + 1));
        if (marker == 0xFF) { // fill byte
            ++at;
            continue;
        }
        if (marker == 0xDA) // start of scan: the image data follows
            return metadata > MaxMetadataBytes
                ? Words::tr("it carries %1 MB of metadata, far more than a photo has").arg(double(metadata) / (1 << 20), 0, 'f', 1)
                : QString();
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) { // no length
            at += 2;
            continue;
        }
        const int length = (uchar(bytes.at(at + 2)) << 8) | uchar(bytes.at(at + 3));
        if (length < 2 || at + 2 + length > bytes.size())
            return Words::tr("a segment at byte %1 runs past the end of the file").arg(at);
        if ((marker >= 0xE0 && marker <= 0xEF) || marker == 0xFE)
            metadata += length;
        at += 2 + length;
    }
    return Words::tr("the image data is missing");
}

} // namespace

QByteArray formatOf(const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return "jpeg";
    if (bytes.startsWith("\x89PNG\r\n\x1A\n"))
        return "png";
    if (bytes.size() >= 16 && bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "webp";
    return {};
}

Expected<ImageInfo> inspect(const QByteArray &bytes, const QString &name)
{
    if (bytes.isEmpty())
        return invalid(Words::tr("%1 is empty").arg(name));
    if (bytes.size() > MaxFileBytes)
        return invalid(Words::tr("%1 is larger than %2 MB; a photo for a story is far smaller").arg(name).arg(MaxFileBytes >> 20));
    const QByteArray format = formatOf(bytes);
    if (format.isEmpty())
        return invalid(Words::tr("%1 is not a JPEG, PNG or WebP image (whatever its name says)").arg(name));
    static const QHash<QByteArray, QString> mimeTypes = {
        {"jpeg", u"image/jpeg"_s}, {"png", u"image/png"_s}, {"webp", u"image/webp"_s}};
    const QString kind = QString::fromLatin1(format).toUpper();
    if (format == "jpeg") {
        if (const QString problem = jpegStructureProblem(bytes); !problem.isEmpty())
            return invalid(Words::tr("%1 is a damaged or hostile JPEG image: %2").arg(name, problem));
    }

    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false); // this decoder and no other
    reader.setAllocationLimit(AllocationLimitMb);
    const QSize size = reader.size(); // from the header alone
    if (!size.isValid() || size.isEmpty())
        return invalid(Words::tr("%1 is a damaged %2 image: its header cannot be read").arg(name, kind));
    if (size.width() > MaxSide || size.height() > MaxSide || qint64(size.width()) * size.height() > MaxPixels)
        return invalid(Words::tr("%1 claims to be %2 × %3 pixels, more than any photo needs; it is not opened")
                           .arg(name)
                           .arg(size.width())
                           .arg(size.height()));
    if (!isWhole(bytes, format))
        return invalid(Words::tr("%1 is a truncated or damaged %2 image (its end is missing)").arg(name, kind));

    // Decode, scaled: the pixels must be there, and a small decode is quick. A decoder that
    // complains on the way (corrupt JPEG data) has filled the damaged part with grey.
    reader.setScaledSize(size.scaled(256, 256, Qt::KeepAspectRatio).expandedTo(QSize(1, 1)));
    const DecoderWarnings warnings;
    const QImage decoded = reader.read();
    if (decoded.isNull())
        return invalid(Words::tr("%1 is a damaged %2 image: %3").arg(name, kind, reader.errorString()));
    if (!warnings.messages().isEmpty())
        return invalid(Words::tr("%1 is a damaged %2 image: %3").arg(name, kind, warnings.messages().first().trimmed()));
    return ImageInfo{format, mimeTypes.value(format), size};
}

} // namespace Newsroom::ImageCheck
