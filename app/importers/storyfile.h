// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QByteArray>
#include <QTimeZone>

// A story as a Markdown file with YAML front matter, compatible with Hugo and Jekyll
// (title, date, lastmod, draft, slug, categories, tags, author/authors, description,
// summary, images, translationKey) plus Newsroom's own fields (kicker, lead, dateline, category path
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
    // Hugo's translationKey: the stories of one key are one story in several languages.
    // Newsroom writes its original's slug.
    QString translationKey;
    // Keys of other tools (Hugo's "weight", Jekyll's "layout") that were left out, one
    // "file:line: ..." note each, for the import to show.
    QStringList ignored;
};

// Reads a story file's bytes, strictly: malformed YAML, a key written twice, a misspelt key,
// an impossible time, a status that contradicts "draft", text with control characters or
// past StoryLimits, a photo path outside the story's folder are all refused. `zone` places
// times written without an offset. Errors name `fileName` and the place: "story.md:4:7: ...".
Expected<Parsed> parse(const QByteArray &bytes, const QString &fileName, const QTimeZone &zone);

// The file for a story; photos are written as `photoFiles` (same order as article.photos).
// `translationKey`: its group's, when it has versions in other languages.
QByteArray write(const Article &article, const QString &categoryPath, const QStringList &photoFiles,
                 const QTimeZone &zone, const QString &translationKey = {});

// Where the first byte that is not UTF-8 sits, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes);

} // namespace Newsroom::StoryFile
