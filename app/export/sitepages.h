// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sitecontent.h"
#include "sitewords.h"

#include <QHash>
#include <QLocale>
#include <QUrl>
#include <QVariantHash>

#include <vector>

namespace Newsroom {

// A photo's renditions in the exported site, and the words printed with it.
struct SitePhoto
{
    QList<std::pair<int, QString>> widths; // width, path; narrowest first
    int width960 = 0;
    int height960 = 0;
    QString alt;
    QString caption;
    QString credit;

    QString pathNear(int wanted) const;
};

// Stories shown a page of twenty at a time: a section, a tag, an author.
struct SiteStoryList
{
    QString folder;
    QString title;
    QString description;
    QList<qsizetype> stories; // newest first
    qint64 section = 0;       // the top section the menu marks as current
    qint64 category = 0;      // a section's own list: that section (its other languages' lists are its versions)
    QVariantList crumbs;      // {name, path, lang}; the last has no path
    QString titleLanguage;    // when the title is in another language than the page (a section's untranslated name)

    qsizetype pageCount() const;
    QString pagePath(qsizetype number) const; // "section/novosti/page-2.html"
};

// A page ready to render: the theme's template and the values it is rendered with.
struct PageValues
{
    QString templateName;
    QVariantHash values;
};

// What each page of the site shows, as template values, and a fingerprint of it (its
// inputs: the same inputs make the same page, so an export keeps that page unrendered).
//
// The prepare...() calls work out, on one thread, what the pages to render need (times
// in the newsroom's zone, the header and news feed at each depth of the folder). After
// them, inputs and values may be asked for from several threads at once.
class SitePages
{
public:
    static constexpr int PageSize = 20;
    static constexpr int FeedSize = 12;

    // `site`: one language's edition. `words`: the theme's words in each language; a
    // story's page is in its own language, the others in the edition's.
    SitePages(const SiteContent &site, const SiteWords &words, const QUrl &base, const QDateTime &now,
              const QHash<QString, SitePhoto> &photos, const QString &themeFingerprint);

    static QString photoKey(const ArticlePhoto &photo);
    // The site's address as a folder (ending in '/'), so that its pages resolve under it.
    static QUrl folderUrl(const QUrl &base);
    // The files a photo becomes on the site (its renditions' widths and names), and the
    // words printed with it. The photo must know its size.
    static SitePhoto photoFiles(const ArticlePhoto &photo);
    const QUrl &base() const { return m_base; }
    QString siteName() const;
    QString word(const QString &key) const { return m_words.value(key).toString(); } // in the site's language
    QString isoText(const QDateTime &time) const;
    // The language a section's name is in on this edition's pages: its own name's, else the newsroom's.
    QString nameLanguage(const Category &section) const;

    // The front page: the newest story with a lead photo, then the newest others.
    QString frontInputs() const;
    void prepareFront();
    PageValues front() const;

    QString articleInputs(qsizetype story) const;
    void prepareArticle(qsizetype story);
    PageValues article(qsizetype story, const QString &body) const;

    QString listInputs(const SiteStoryList &list, qsizetype number) const;
    // For a feed or sitemap of the first `count` of `stories`, under `name`.
    QString storiesInputs(const QString &name, const QList<qsizetype> &stories, qsizetype count) const;
    void prepareList(const SiteStoryList &list, qsizetype number);
    PageValues list(const SiteStoryList &list, qsizetype number) const;

private:
    struct Times
    {
        QString published;
        QString publishedIso;
        QString updated; // empty unless updated over a minute after publication
        QString updatedIso;
        QVariantList corrections;
    };

    QString dateText(const QDateTime &time, const QString &language) const;
public:
    const QString &stamp(qsizetype story) const { return m_stamps[size_t(story)]; }

private:
    void prepareTimes(qsizetype story);
    void preparePage(const QString &page, qint64 section);
    QList<qsizetype> frontStories(qsizetype *lead) const;
    QString absolute(const QString &path) const;
    // A link for hreflang and JSON-LD: absolute with a base URL, else relative to `page`.
    QString linkFrom(const QString &page, const QString &path) const;
    // The language switcher (page.languages) and the hreflang links (page.alternates, when
    // `alternates`) of `page`, whose versions in the site's languages are `versions`.
    void addLanguages(const QString &page, const QList<SiteVersion> &versions, bool alternates,
                      QVariantHash &pageValues) const;
    QVariantHash siteFor(const QString &page, qint64 section) const;
    QVariantHash storyItem(const QString &page, qsizetype story, bool withPhoto) const;
    QVariantHash photoFor(const QString &page, const ArticlePhoto &photo, const QString &language) const;
    // `language`: the page's, for its words and lang attribute; empty: the site's.
    PageValues finish(const QString &page, const QString &templateName, QVariantHash pageValues, QVariantHash values,
                      const QString &language = {}) const;

    const SiteContent &m_site;
    const QHash<QString, SitePhoto> &m_photos;
    QUrl m_base;
    QDateTime m_now;
    QLocale m_locale;    // the site's language
    SiteWords m_siteWords;
    QVariantHash m_words; // in the site's language
    QHash<QString, QVariantHash> m_wordsIn; // by language
    // What every page shows whatever its story (theme, settings, day, menu, news feed),
    // hashed: each page's inputs start with it, so a change there remakes every page.
    QString m_everyPage;
    std::vector<QString> m_stamps; // each story's id and revision: what says it changed
    // Filled by the prepare...() calls.
    std::vector<Times> m_times;
    std::vector<char> m_timesReady;
    QHash<std::pair<qsizetype, qint64>, QVariantHash> m_siteAt; // by depth and section
    QHash<qsizetype, QVariantList> m_feedAt;                    // by depth
};

} // namespace Newsroom
