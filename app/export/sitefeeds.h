// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitecontent.h"

#include <QByteArray>
#include <QUrl>

#include <functional>

namespace Newsroom::SiteFeeds {

// What the feeds need of the export: its stories, the site's address (links are
// absolute with it, relative without), its name, and the moment of the export.
struct Context
{
    const SiteContent &site;
    QUrl base; // with a trailing slash, or empty
    QString siteName;
    QDateTime now;
    std::function<QString(const QDateTime &)> isoTime; // in the newsroom's zone

    QString link(const QString &path) const { return base.isEmpty() ? path : base.resolved(QUrl(path)).toString(); }
};

// RSS 2.0 of `stories` (indexes into the site's, newest first), the newest 50.
QByteArray rss(const Context &context, const QString &title, const QList<qsizetype> &stories);
// Every page of the site, with the stories' last changes; needs a base URL.
QByteArray sitemap(const Context &context, QStringList pages);
// Google News: the stories of the last two days; needs a base URL.
QByteArray newsSitemap(const Context &context);

} // namespace Newsroom::SiteFeeds
