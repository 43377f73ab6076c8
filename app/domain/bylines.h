// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

namespace Newsroom {

// Bylines as a page prints them: "Имя Фамилия", "Имя Фамилия и Имя Фамилия",
// "А, Б и В" (in the story's language), of one kind only.
QString formatBylines(const QList<Byline> &bylines, Byline::Kind kind, const QString &language);
// What goes before name `index` of `count` in such a list: nothing, ", " or " и ".
QString bylineJoiner(qsizetype index, qsizetype count, const QString &language);

// "Фото автора" in the story's language: the credit when the photographer wrote the story.
QString ownPhotoCredit(const QString &language);

// What keeps a story's photos from being published: each photo without a credit or an
// alt text, named by its file and place. Empty when nothing does.
QStringList photoProblems(const Article &article);

} // namespace Newsroom
