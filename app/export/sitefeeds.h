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

constexpr qsizetype RssSize = 50;
// Google News wants the stories of the last two days.
constexpr qint64 NewsSitemapSeconds = 2 * 24 * 3600;

// RSS 2.0 of `stories` (indexes into the site's, newest first), the newest RssSize.
QByteArray rss(const Context &context, const QString &title, const QList<qsizetype> &stories);
// A sitemap holds at most this many addresses (sitemaps.org).
constexpr qsizetype SitemapLimit = 50000;

struct SitemapEntry
{
    QString path;
    QDateTime modified; // invalid: not said
};

// Pages of the site, in the order given, with their last changes; needs a base URL.
QByteArray sitemap(const Context &context, const QList<SitemapEntry> &pages);
// The sitemaps of the site, for search engines to read one by one.
QByteArray sitemapIndex(const Context &context, const QStringList &sitemaps);
// Google News: the stories of the last two days; needs a base URL.
QByteArray newsSitemap(const Context &context);

} // namespace Newsroom::SiteFeeds
