// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>

namespace Newsroom {

class Database;

// A story as its page on the site shows it: the page's <article> element, rendered now
// by the site's own theme from the story as typed (its sections, tags, authors,
// corrections and the newsroom's words as an export would give them). Photos keep the
// names the export gives their files; `photoFiles` says which stored photo each file
// name is, for whoever shows the page without the exported files.
struct StoryPreview
{
    QString html;
    QHash<QString, qint64> photoFiles; // "<key>-960.jpg": photo id
};

struct SiteSlugs;

// The addresses the export gives authors now (the newest story on the site to name one
// decides): worth keeping between previews of a large archive.
Expected<SiteSlugs> exportedAuthorSlugs(Database &database, const QDateTime &nowUtc);

// `authors`: what exportedAuthorSlugs() said, or none to ask it now.
Expected<StoryPreview> previewStory(Database &database, const Article &article, const QDateTime &nowUtc,
                                    const SiteSlugs *authors = nullptr);

// The <article> element of an exported page (empty when it has none).
QString articleElement(const QString &page);

} // namespace Newsroom
