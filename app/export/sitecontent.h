// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/category.h"
#include "domain/result.h"
#include "domain/revision.h"
#include "domain/sitesettings.h"

#include <QHash>
#include <QMap>
#include <QSet>
#include <QTimeZone>

namespace Newsroom {

class Database;

// What the exported site is made of: the stories readers may see, each with where it
// goes, and the sections, tags and authors that list them. Built once per export, in
// an order that depends only on the stored data, so two exports are byte-identical.
struct SiteStory
{
    Article article; // without its body: BodyReader reads that when the page is made
    QString path;              // "news/<slug>.html"
    QList<qint64> sectionPath; // from the top section down to the story's own
    QStringList tagSlugs;      // the tags that make a valid address, in order
    QStringList tagNames;      // and their names
    QList<std::pair<QString, QString>> authors; // text bylines: name, author page slug
    QString excerpt;
    QList<WorkflowEvent> corrections; // oldest first
    QList<qsizetype> related;         // indexes into SiteContent::stories, best first
};

} // namespace Newsroom

Q_DECLARE_TYPEINFO(Newsroom::SiteStory, Q_RELOCATABLE_TYPE);

namespace Newsroom {

struct SiteSection
{
    Category category;
    QString path;               // "section/novosti/obshchestvo"
    QList<qsizetype> stories;   // its own and its subsections', newest first
};

struct SiteList
{
    QString name;
    QList<qsizetype> stories; // newest first
};

struct SiteContent
{
    SiteSettings settings;
    QTimeZone zone;
    QList<SiteStory> stories;        // newest first
    QList<Category> categories;      // parents before children, siblings in order
    QHash<qint64, SiteSection> sections;
    QMap<QString, SiteList> tags;    // by slug
    QMap<QString, SiteList> authors; // by slug
    QStringList skipped;             // left out, with the reason
};

// The site around its stories: settings, time zone, and the sections with their addresses.
Expected<SiteContent> loadSiteFrame(Database &database);

// Tag and author addresses handed out so far: the same name keeps its address, and two
// authors never share one.
struct SiteSlugs
{
    QHash<QString, QString> tags;    // name: slug
    QHash<QString, QString> authors; // name: slug
    QSet<QString> authorsTaken;

    QString tag(const QString &name, const QString &language);
    // Empty when the name makes no valid address. `language`: the site's.
    QString author(const QString &name, const QString &language);
};

// `article` as a page of `site`: its path, sections, tags and authors (addresses from
// `slugs`) and its excerpt (from the body when there is no lead).
SiteStory siteStoryOf(Article article, const SiteContent &site, SiteSlugs &slugs);

// Published stories whose embargo has passed by `nowUtc`, with their sections, tags,
// authors, corrections and related stories.
Expected<SiteContent> loadSiteContent(Database &database, const QDateTime &nowUtc);

// A story's text without its Markdown, shortened at a word to at most `length` characters.
QString plainExcerpt(const QString &markdown, int length = 220);

} // namespace Newsroom
