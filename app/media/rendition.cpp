// SPDX-License-Identifier: GPL-3.0-or-later
#include "rendition.h"

#include "decoderwarnings.h"
#include "imagecheck.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace Newsroom {

QImage thumbnailOf(const QByteArray &bytes, int side)
{
    const QByteArray format = ImageCheck::formatOf(bytes);
    if (format.isEmpty())
        return {};
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    reader.setAllocationLimit(ImageCheck::AllocationLimitMb);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (!size.isValid() || size.isEmpty())
        return {};
    const bool turned = reader.transformation() & QImageIOHandler::TransformationRotate90;
    const QSize upright = turned ? size.transposed() : size;
    const QSize target = upright.scaled(side, side, Qt::KeepAspectRatio).expandedTo(QSize(1, 1));
    reader.setScaledSize(turned ? target.transposed() : target);
    return reader.read();
}

QByteArray listThumbnail(const QByteArray &bytes)
{
    // Wide panoramas stay within three heights: the list has no room for more.
    const QImage picture = thumbnailOf(bytes, ListThumbnailHeight * 3);
    if (picture.isNull())
        return {};
    const QImage row = picture.height() > ListThumbnailHeight
        ? picture.scaledToHeight(ListThumbnailHeight, Qt::SmoothTransformation)
        : picture;
    QByteArray jpeg;
    QBuffer buffer(&jpeg);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(80);
    // Transparent PNGs go on white, as the list's rows are.
    QImage opaque(row.size(), QImage::Format_RGB32);
    opaque.fill(Qt::white);
    QPainter(&opaque).drawImage(0, 0, row);
    if (!writer.write(opaque))
        return {};
    return jpeg;
}

namespace Rendition {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Rendition)
};

} // namespace

Expected<Image> make(const QByteArray &original, int maxWidth, const PhotoMetadata &credit, const QString &name)
{
    const Expected<ImageInfo> info = ImageCheck::inspect(original, name);
    if (!info)
        return info.error();
    QBuffer buffer;
    buffer.setData(original);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, info->format);
    reader.setAutoDetectImageFormat(false);
    reader.setAllocationLimit(ImageCheck::AllocationLimitMb);
    reader.setAutoTransform(true); // EXIF orientation: the pixels turned as the camera meant
    // The size after turning: a portrait photo stored on its side swaps sides.
    const QImageIOHandler::Transformations turn = reader.transformation();
    QSize upright = info->size;
    if (turn & QImageIOHandler::TransformationRotate90)
        upright.transpose();
    const int width = std::min(maxWidth, upright.width()); // never enlarged
    const QSize target(width, std::max(1, int(qint64(upright.height()) * width / upright.width())));
    // Scale in the decoder where it can (JPEG decodes at 1/2, 1/4, 1/8 for free); the
    // scaled size is given in the stored orientation.
    reader.setScaledSize((turn & QImageIOHandler::TransformationRotate90) ? target.transposed() : target);
    const DecoderWarnings warnings;
    QImage pixels = reader.read();
    if (pixels.isNull())
        return invalid(Words::tr("%1 cannot be decoded: %2").arg(name, reader.errorString()));
    if (!warnings.messages().isEmpty())
        return invalid(Words::tr("%1 is damaged (%2): replace the photo in its story").arg(name, warnings.messages().first().trimmed()));
    if (pixels.size() != target)
        pixels = pixels.scaled(target, Qt::IgnoreAspectRatio, Qt::SmoothTransformation);
    // JPEG has no transparency: a PNG's is flattened onto white, as a page shows it.
    QImage flat(pixels.size(), QImage::Format_RGB888);
    flat.fill(Qt::white);
    {
        QPainter painter(&flat);
        painter.drawImage(0, 0, pixels);
    }

    QByteArray encoded;
    QBuffer out(&encoded);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(82);
    writer.setOptimizedWrite(true);
    writer.setProgressiveScanWrite(true);
    if (!writer.write(flat))
        return failure(Words::tr("cannot encode a rendition of %1: %2").arg(name, writer.errorString()));
    const Expected<QByteArray> credited = Metadata::withCredit(encoded, credit);
    if (!credited)
        return credited.error();
    return Image{*credited, flat.width(), flat.height()};
}

} // namespace Rendition

} // namespace Newsroom
