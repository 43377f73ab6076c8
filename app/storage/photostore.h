// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"
#include "media/photometadata.h"

#include <QByteArray>
#include <QHash>
#include <QImage>

namespace Newsroom {

class Database;

// Photo bytes, kept once per SHA-256 however many stories use them.
class PhotoStore
{
public:
    explicit PhotoStore(Database &database);

    // Stores JPEG, PNG or WebP bytes (told apart by content, not name) and returns the
    // photo as a story would use it, with no caption yet. The same bytes twice are one photo.
    Expected<ArticlePhoto> store(const QByteArray &bytes, const QString &fileName);
    Expected<QByteArray> bytes(qint64 photoId) const;
    Expected<QByteArray> bytes(const QString &sha256) const;

    // The story list's picture of a photo (media/rendition.h: listThumbnail), kept for the
    // desk that made it: on a server each login sees only its own, so nobody can choose
    // what a colleague's list shows. Storing one that is already there changes nothing.
    Status storeThumbnail(qint64 photoId, const QByteArray &jpeg);
    // Makes and stores the list pictures of `photoIds` (decoding their originals, so not
    // on the screen's thread); those that do not decode are left out.
    Expected<QHash<qint64, QByteArray>> makeThumbnails(const QList<qint64> &photoIds);

private:
    Database &m_db;
};

// A file a reporter attaches, as the photo panel shows it: stored once by content, the
// caption and credit prefilled from what the photographer wrote into it, a thumbnail.
struct AttachedPhoto
{
    ArticlePhoto photo;
    PhotoMetadata metadata;
    QString metadataProblem; // metadata that could not be read: the photo is still fine
    QImage thumbnail;
};

// The one way a photo enters a story, from the window and from an import alike (a
// thumbnailSide of 0 makes no thumbnail).
Expected<AttachedPhoto> attachPhoto(PhotoStore &store, const QByteArray &bytes, const QString &fileName,
                                    int thumbnailSide = 160);

} // namespace Newsroom
