// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QStringList>
#include <QUrl>

#include <functional>
#include <optional>

namespace Newsroom {

class Database;

struct ExportOptions
{
    QString outDir;
    bool full = false; // rewrite every file, not only what changed
    QUrl baseUrl;      // where the site will live, for canonical URLs and feeds; else the site settings'
    QString themeFolder; // templates and CSS that override the default theme's
    // The moment of the export (UTC): embargoes end by it, and the header shows its day.
    QDateTime now;
    // Called as the pages are written; returning false cancels (the previous site stays usable).
    std::function<bool(qsizetype done, qsizetype total)> progress;
};

struct ExportReport
{
    int stories = 0; // published, past their embargo, exported
    int files = 0;   // files the site has
    int written = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList skipped; // stories left out, and why
    QStringList kept;    // files changed by hand or not the export's: left as they were
    bool cancelled = false;
    // How long each step took, in milliseconds, in the order they ran.
    QList<std::pair<QString, qint64>> timings;
};

// The newsroom's site as static files: front page, section, tag and author pages,
// articles, feeds, sitemaps and photo renditions, from the theme's KTextTemplate
// templates, relative links so the folder works opened from disk. Only published
// stories past their embargo, and only what readers may see of them.
Expected<ExportReport> exportSite(Database &database, const ExportOptions &options);

// After a publication, a story taken off the site or a correction: exports the site to
// the folder the site settings keep current, if they name one (nothing otherwise).
Expected<std::optional<ExportReport>> exportAfterPublishing(Database &database);

} // namespace Newsroom
