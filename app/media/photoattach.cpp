// SPDX-License-Identifier: GPL-3.0-or-later
#include "photoattach.h"

#include "imagecheck.h"
#include "storage/photostore.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Photos", text);
}

} // namespace

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

Expected<AttachedPhoto> attachPhoto(PhotoStore &store, const QByteArray &bytes, const QString &fileName, int thumbnailSide)
{
    const Expected<ArticlePhoto> stored = store.store(bytes, fileName);
    if (!stored)
        return stored.error();
    AttachedPhoto attached;
    attached.photo = *stored;
    attached.metadata = Metadata::read(bytes, &attached.metadataProblem);
    attached.photo.caption = attached.metadata.caption;
    attached.photo.credit = attached.metadata.credit;
    if (thumbnailSide > 0)
        attached.thumbnail = thumbnailOf(bytes, thumbnailSide);
    return attached;
}

QString gpsNote(const QString &fileName)
{
    return tr("%1 records where it was taken (GPS). That never leaves the newsroom: published copies carry no "
              "location.")
        .arg(fileName);
}

QStringList photoProblems(const Article &article)
{
    QStringList problems;
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const ArticlePhoto &photo = article.photos.at(i);
        QStringList missing;
        if (photo.credit.trimmed().isEmpty())
            missing.append(tr("a credit"));
        if (photo.altText.trimmed().isEmpty())
            missing.append(tr("an alt text for readers who cannot see it"));
        if (!missing.isEmpty())
            problems.append(tr("photo %1 (%2) needs %3").arg(i + 1).arg(photo.fileName, missing.join(tr(" and "))));
    }
    return problems;
}

QString ownPhotoCredit(const QString &language)
{
    if (language.startsWith(u"kk"))
        return u"Автордың фотосы"_s;
    if (language.startsWith(u"en"))
        return u"Photo by the author"_s;
    return u"Фото автора"_s;
}

QString formatBylines(const QList<Byline> &bylines, Byline::Kind kind, const QString &language)
{
    QStringList names;
    for (const Byline &byline : bylines) {
        if (byline.kind == kind && !byline.name.trimmed().isEmpty())
            names.append(byline.name.trimmed());
    }
    if (names.size() < 2)
        return names.value(0);
    const QString conjunction = language.startsWith(u"kk") ? u" және "_s : language.startsWith(u"en") ? u" and "_s : u" и "_s;
    const QString last = names.takeLast();
    return names.join(u", "_s) + conjunction + last;
}

} // namespace Newsroom
