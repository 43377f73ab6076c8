// SPDX-License-Identifier: GPL-3.0-or-later
#include "photostore.h"

#include "database.h"
#include "media/imagecheck.h"
#include "media/rendition.h"
#include "statement.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PhotoStore)
};

} // namespace

PhotoStore::PhotoStore(Database &database)
    : m_db(database)
{
}

Expected<ArticlePhoto> PhotoStore::store(const QByteArray &bytes, const QString &fileName)
{
    // By content, within limits, whole: only then is it a photo (media/imagecheck.h).
    const Expected<ImageInfo> info = ImageCheck::inspect(bytes, fileName);
    if (!info)
        return info.error();
    const QSize size = info->size;
    ArticlePhoto photo;
    photo.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    photo.fileName = fileName;
    photo.mimeType = info->mimeType;
    photo.width = size.width();
    photo.height = size.height();

    Status written = m_db.write([&]() -> Status {
        Statement existing = m_db.prepare(u"SELECT id, file_name FROM photos WHERE sha256 = :sha"_s);
        existing.bindValue(u":sha"_s, photo.sha256);
        if (Status ran = m_db.exec(existing); !ran)
            return ran;
        if (existing.next()) {
            photo.photoId = existing.value(0).toLongLong();
            photo.fileName = existing.value(1).toString();
            return Done{};
        }
        existing.finish();
        Statement insert = m_db.prepare(u"INSERT INTO photos (sha256, bytes, file_name, mime_type, width, height, "
                                        "created_at) VALUES (:sha, :bytes, :name, :mime, :width, :height, :at) RETURNING id"_s);
        insert.bindValue(u":sha"_s, photo.sha256);
        insert.bindValue(u":bytes"_s, bytes);
        insert.bindValue(u":name"_s, photo.fileName);
        insert.bindValue(u":mime"_s, photo.mimeType);
        insert.bindValue(u":width"_s, photo.width);
        insert.bindValue(u":height"_s, photo.height);
        insert.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        if (Status ran = m_db.exec(insert); !ran)
            return ran;
        if (!insert.next())
            return failure(Words::tr("the photo %1 got no id").arg(fileName));
        photo.photoId = insert.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return photo;
}

Expected<QByteArray> PhotoStore::bytes(qint64 photoId) const
{
    Statement query = m_db.prepare(u"SELECT bytes FROM photos WHERE id = :id"_s);
    query.bindValue(u":id"_s, photoId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("there is no photo %1").arg(photoId)};
    return query.value(0).toByteArray();
}

Expected<QByteArray> PhotoStore::bytes(const QString &sha256) const
{
    Statement query = m_db.prepare(u"SELECT bytes FROM photos WHERE sha256 = :sha256"_s);
    query.bindValue(u":sha256"_s, sha256);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("there is no photo %1").arg(sha256)};
    return query.value(0).toByteArray();
}

Status PhotoStore::storeThumbnail(qint64 photoId, const QByteArray &jpeg)
{
    if (jpeg.isEmpty())
        return Done{};
    // The maker is the database's to say: the login on a server (the column's default), nobody on a file.
    return m_db.write([&] {
        Statement insert = m_db.prepare(
            u"INSERT INTO photo_thumbnails (photo_id, bytes) VALUES (:id, :bytes) ON CONFLICT DO NOTHING"_s);
        insert.bindValue(u":id"_s, photoId);
        insert.bindValue(u":bytes"_s, jpeg);
        return m_db.exec(insert);
    });
}

Expected<QHash<qint64, QByteArray>> PhotoStore::makeThumbnails(const QList<qint64> &photoIds)
{
    // One query for the originals and one statement for the pictures, however many: on a
    // server far away a round trip costs more than the decoding.
    QHash<qint64, QByteArray> made;
    if (photoIds.isEmpty())
        return made;
    QStringList marks;
    for (qsizetype i = 0; i < photoIds.size(); ++i)
        marks.append(u":p%1"_s.arg(i));
    Statement originals = m_db.prepare(u"SELECT id, bytes FROM photos WHERE id IN (%1)"_s.arg(marks.join(u", "_s)));
    for (qsizetype i = 0; i < photoIds.size(); ++i)
        originals.bindValue(marks.at(i), photoIds.at(i));
    if (Status ran = m_db.exec(originals); !ran)
        return ran.error();
    while (originals.next()) {
        const QByteArray jpeg = listThumbnail(originals.value(1).toByteArray());
        if (!jpeg.isEmpty())
            made.insert(originals.value(0).toLongLong(), jpeg);
    }
    originals.finish();
    if (made.isEmpty())
        return made;
    QStringList rows;
    for (qsizetype i = 0; i < made.size(); ++i)
        rows.append(u"(:id%1, :bytes%1)"_s.arg(i));
    Status stored = m_db.write([&] {
        // The maker is the database's to say: the login on a server (the column's default), nobody on a file.
        Statement insert = m_db.prepare(u"INSERT INTO photo_thumbnails (photo_id, bytes) VALUES %1 "
                                        "ON CONFLICT DO NOTHING"_s.arg(rows.join(u", "_s)));
        int row = 0;
        for (auto it = made.cbegin(); it != made.cend(); ++it, ++row) {
            insert.bindValue(u":id%1"_s.arg(row), it.key());
            insert.bindValue(u":bytes%1"_s.arg(row), it.value());
        }
        return m_db.exec(insert);
    });
    if (!stored)
        return stored.error();
    return made;
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
    // The list shows it from now on without opening the original. A picture the list
    // lacks is made again when it is first shown, so this failing loses nothing.
    (void)store.storeThumbnail(attached.photo.photoId, listThumbnail(bytes));
    return attached;
}

} // namespace Newsroom
