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
// The same story in another language of the site, where its page is.
struct SiteVersion
{
    QString language;
    QString path;
    bool original = false; // the one the others were translated from
};

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
    QList<qsizetype> related;         // indexes into SiteContent::stories, best first, in its language
    // The story in each language the site has it in, itself included, the original first;
    // empty when there is only this one.
    QList<SiteVersion> versions;
    qsizetype order = 0; // among all the site's stories, newest first: bodies are read in this order
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

// One language's part of the site, as every page links to it (the language switcher,
// hreflang): where its pages are, and which sections have a page in it.
struct SiteEdition
{
    QString language;
    QString prefix; // "" for the newsroom's language, "kk/" for another
    QSet<qint64> sections;
};

// The site in one language: its stories, and the sections, tags and authors that list
// them, under its prefix. A site in several languages is one of these per language
// (loadSiteEditions), each with its own front page, lists, feeds and sitemaps.
struct SiteContent
{
    SiteSettings settings; // the newsroom's; its language is the main edition's
    QString language;      // this edition's
    QString prefix;        // where its pages are: "" for the newsroom's language, "kk/"
    QList<SiteEdition> editions; // every language of the site, the newsroom's first
    QTimeZone zone;
    QList<SiteStory> stories;        // newest first
    QList<Category> categories;      // parents before children, siblings in order
    QHash<qint64, SiteSection> sections;
    QMap<QString, SiteList> tags;    // by slug
    QMap<QString, SiteList> authors; // by slug
    QStringList skipped;             // left out, with the reason
};

// The site around its stories: settings, time zone, and the sections with their addresses,
// in `language`'s edition (the newsroom's language when empty).
Expected<SiteContent> loadSiteFrame(Database &database, const QString &language = {});

// Where a language's pages are: "" for the newsroom's own, "kk/" (or the folder the site
// settings give it) for another.
QString editionPrefix(const SiteSettings &settings, const QString &language);

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
// authors, corrections, related stories and versions in other languages: one edition per
// language that has stories, the newsroom's language first (it always has one). What was
// left out, and why, is in the first's `skipped`.
Expected<QList<SiteContent>> loadSiteEditions(Database &database, const QDateTime &nowUtc);

// A story's text without its Markdown, shortened at a word to at most `length` characters.
QString plainExcerpt(const QString &markdown, int length = 220);

} // namespace Newsroom
