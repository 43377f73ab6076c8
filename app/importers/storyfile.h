// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QByteArray>
#include <QTimeZone>

// A story as a Markdown file with YAML front matter, compatible with Hugo and Jekyll
// (title, date, lastmod, draft, slug, categories, tags, author/authors, description,
// summary, images) plus Newsroom's own fields (kicker, lead, dateline, category path
// "Новости/Общество", status, photographers, photos with caption, credit, alt and role).
namespace Newsroom::StoryFile {

inline constexpr qint64 MaxFileSize = 8 * 1024 * 1024;

struct PhotoEntry
{
    QString file; // relative to the story file
    QString caption;
    QString credit;
    QString altText;
    PhotoRole role = PhotoRole::Inline;
    int line = 0; // in the story file, for messages
};

struct Parsed
{
    Article article; // bylines carry names only; no ids
    QString categoryPath;
    QList<PhotoEntry> photos;
};

// Reads a story file's bytes. `zone` places dates written without an offset. Errors name
// `fileName` and, where there is one, the line: "story.md:4: ...".
Expected<Parsed> parse(const QByteArray &bytes, const QString &fileName, const QTimeZone &zone);

// The file for a story; photos are written as `photoFiles` (same order as article.photos).
QByteArray write(const Article &article, const QString &categoryPath, const QStringList &photoFiles,
                 const QTimeZone &zone);

// Where the first byte that is not UTF-8 sits, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace Newsroom::StoryFile
