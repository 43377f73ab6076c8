// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/siteexporter.h"

#include <QDateTime>
#include <QTimeZone>
#include <QUrl>

namespace Newsroom::Test {

// The moment the export tests' sites are made at (their header's day, their embargoes).
inline const QDateTime ExportTime(QDate(2026, 11, 25), QTime(12, 0), QTimeZone::UTC);

// The newsroom's site exported to `folder` at ExportTime, for https://news.example.kz/.
inline Expected<ExportReport> exportTo(Database &db, const QString &folder, bool full = false,
                                       const QString &theme = {})
{
    ExportOptions options;
    options.outDir = folder;
    options.full = full;
    options.baseUrl = QUrl(QStringLiteral("https://news.example.kz/"));
    options.now = ExportTime;
    options.themeFolder = theme;
    return exportSite(db, options);
}

} // namespace Newsroom::Test
