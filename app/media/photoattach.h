// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "photometadata.h"

#include <QImage>

namespace Newsroom {

class PhotoStore;

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

// What to tell whoever attached a photo that holds a GPS position.
QString gpsNote(const QString &fileName);

// A thumbnail of stored bytes: decoded at that size (scaled in the decoder), upright.
QImage thumbnailOf(const QByteArray &bytes, int side);

// What keeps a story's photos from being published: each photo without a credit or an
// alt text, named by its file and place. Empty when nothing does.
QStringList photoProblems(const Article &article);

// "Фото автора" in the story's language: the credit when the photographer wrote the story.
QString ownPhotoCredit(const QString &language);

// Bylines as a page prints them: "Имя Фамилия", "Имя Фамилия и Имя Фамилия",
// "А, Б и В" (in the story's language), of one kind only.
QString formatBylines(const QList<Byline> &bylines, Byline::Kind kind, const QString &language);

} // namespace Newsroom
