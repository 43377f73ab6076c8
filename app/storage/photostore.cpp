// SPDX-License-Identifier: GPL-3.0-or-later
#include "photostore.h"

#include "database.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QImageReader>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::PhotoStore", text);
}

} // namespace

PhotoStore::PhotoStore(Database &database)
    : m_db(database)
{
}

Expected<ArticlePhoto> PhotoStore::store(const QByteArray &bytes, const QString &fileName)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    const QByteArray format = QImageReader::imageFormat(&buffer);
    static const QHash<QByteArray, QString> mimeTypes = {
        {"jpeg", u"image/jpeg"_s}, {"png", u"image/png"_s}, {"webp", u"image/webp"_s}};
    if (!mimeTypes.contains(format))
        return invalid(tr("%1 is not a JPEG, PNG or WebP image").arg(fileName));
    buffer.seek(0);
    QImageReader reader(&buffer, format);
    reader.setAutoDetectImageFormat(false);
    const QSize size = reader.size(); // from the header; the pixels are not decoded here
    if (!size.isValid() || size.isEmpty())
        return invalid(tr("%1 is a damaged %2 image: %3").arg(fileName, QString::fromLatin1(format), reader.errorString()));

    ArticlePhoto photo;
    photo.sha256 = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    photo.fileName = fileName;
    photo.mimeType = mimeTypes.value(format);
    photo.width = size.width();
    photo.height = size.height();

    Status written = m_db.write([&]() -> Status {
        QSqlQuery existing = m_db.prepare(u"SELECT id, file_name FROM photos WHERE sha256 = :sha"_s);
        existing.bindValue(u":sha"_s, photo.sha256);
        if (Status ran = m_db.exec(existing); !ran)
            return ran;
        if (existing.next()) {
            photo.photoId = existing.value(0).toLongLong();
            photo.fileName = existing.value(1).toString();
            return Done{};
        }
        existing.finish();
        QSqlQuery insert = m_db.prepare(u"INSERT INTO photos (sha256, bytes, file_name, mime_type, width, height, "
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
            return failure(tr("the photo %1 got no id").arg(fileName));
        photo.photoId = insert.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return photo;
}

Expected<QByteArray> PhotoStore::bytes(qint64 photoId) const
{
    QSqlQuery query = m_db.prepare(u"SELECT bytes FROM photos WHERE id = :id"_s);
    query.bindValue(u":id"_s, photoId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("there is no photo %1").arg(photoId)};
    return query.value(0).toByteArray();
}

Expected<QByteArray> PhotoStore::bytes(const QString &sha256) const
{
    QSqlQuery query = m_db.prepare(u"SELECT bytes FROM photos WHERE sha256 = :sha256"_s);
    query.bindValue(u":sha256"_s, sha256);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("there is no photo %1").arg(sha256)};
    return query.value(0).toByteArray();
}

} // namespace Newsroom
