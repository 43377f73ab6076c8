// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitepages.h"

#include "media/rendition.h"

#include "markdown/markdownrenderer.h"
#include "domain/bylines.h"
#include "text/interfacelanguage.h"

#include <KTextTemplate/SafeString>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

// A link from one page of the site to another file of it, relative so that the folder
// works opened from disk.
QString relative(const QString &fromPage, const QString &to)
{
    return u"../"_s.repeated(fromPage.count(u'/')) + to;
}

// JSON for a <script type="application/ld+json"> block: nothing in it can end the block.
QVariant jsonLd(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(u'<', u"\\u003c"_s).replace(u'>', u"\\u003e"_s).replace(u'&', u"\\u0026"_s);
    return QVariant::fromValue(KTextTemplate::SafeString(json, KTextTemplate::SafeString::IsSafe));
}

bool hasLeadPhoto(const Article &article)
{
    return std::any_of(article.photos.cbegin(), article.photos.cend(),
                       [](const ArticlePhoto &photo) { return photo.role == PhotoRole::Lead; });
}

} // namespace

QString SitePhoto::pathNear(int wanted) const
{
    QString best = widths.isEmpty() ? QString() : widths.first().second;
    for (const auto &[width, path] : widths) {
        if (width <= wanted)
            best = path;
    }
    return best;
}

qsizetype SiteStoryList::pageCount() const
{
    return std::max<qsizetype>(1, (stories.size() + SitePages::PageSize - 1) / SitePages::PageSize);
}

QString SiteStoryList::pagePath(qsizetype number) const
{
    const QString name = number == 1 ? u"index.html"_s : u"page-%1.html"_s.arg(number);
    return folder.isEmpty() ? name : folder + u'/' + name;
}

SitePages::SitePages(const SiteContent &site, const SiteWords &words, const QUrl &base, const QDateTime &now,
                     const QHash<QString, SitePhoto> &photos, const QString &themeFingerprint)
    : m_site(site)
    , m_photos(photos)
    , m_base(base)
    , m_now(now)
    , m_locale(site.language)
    , m_siteWords(words)
    , m_words(words.words(site.language))
    , m_times(size_t(site.stories.size()))
    , m_timesReady(size_t(site.stories.size()), 0)
{
    for (const QString &language : words.languages())
        m_wordsIn.insert(language, words.words(language));
    m_stamps.reserve(size_t(site.stories.size()));
    for (const SiteStory &story : site.stories)
        m_stamps.push_back(QString::number(story.article.id) + u':' + QString::number(story.article.revision));
    const SiteSettings &settings = m_site.settings;
    QStringList parts{themeFingerprint, settings.name, settings.city, settings.language, settings.timeZone,
                      m_base.toString(), m_now.toTimeZone(m_site.zone).date().toString(Qt::ISODate),
                      m_site.language, m_site.prefix};
    // Every page links to every language's front page or sections (the switcher, hreflang).
    for (const SiteEdition &edition : m_site.editions) {
        QList<qint64> sections = edition.sections.values();
        std::sort(sections.begin(), sections.end());
        QStringList ids;
        for (const qint64 id : std::as_const(sections))
            ids.append(QString::number(id));
        parts.append(edition.language + u'=' + edition.prefix + u':' + ids.join(u','));
    }
    for (const Category &category : m_site.categories) {
        const SiteSection section = m_site.sections.value(category.id);
        parts.append(QString::number(category.id) + u'/' + QString::number(category.parentId) + u'/' + category.name
                     + u'/' + section.path + u'/' + QString::number(section.stories.isEmpty()));
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(m_site.stories.size(), FeedSize); ++i)
        parts.append(stamp(i));
    m_everyPage = QString::fromLatin1(
        QCryptographicHash::hash(parts.join(u'\n').toUtf8(), QCryptographicHash::Sha256).toHex().left(24));
}

QUrl SitePages::folderUrl(const QUrl &base)
{
    const QString text = base.toString();
    return text.isEmpty() || text.endsWith(u'/') ? base : QUrl(text + u'/');
}

SitePhoto SitePages::photoFiles(const ArticlePhoto &photo)
{
    SitePhoto files;
    files.alt = photo.altText;
    files.caption = photo.caption;
    files.credit = photo.credit;
    QList<int> widths;
    for (const int width : Rendition::Widths) {
        if (width < photo.width)
            widths.append(width);
    }
    widths.append(std::min(photo.width, Rendition::Widths.last()));
    widths.erase(std::unique(widths.begin(), widths.end()), widths.end());
    const QString key = photoKey(photo);
    for (const int width : std::as_const(widths))
        files.widths.append({width, u"media/%1-%2.jpg"_s.arg(key).arg(width)});
    files.width960 = files.widths.isEmpty() ? 0 : std::min(960, files.widths.last().first);
    for (const auto &[width, path] : std::as_const(files.widths)) {
        if (width <= 960)
            files.width960 = width;
    }
    files.height960 = photo.width > 0 ? int(qRound64(double(files.width960) * photo.height / photo.width)) : 0;
    return files;
}

QString SitePages::photoKey(const ArticlePhoto &photo)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((photo.sha256 + u'\n' + photo.credit + u'\n' + photo.caption).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(20));
}

QString SitePages::siteName() const
{
    return m_site.settings.name.isEmpty() ? Words::tr("Newsroom") : m_site.settings.name;
}

QString SitePages::dateText(const QDateTime &time, const QString &language) const
{
    return QLocale(language).toString(time.toTimeZone(m_site.zone), m_siteWords.word(language, u"dateFormat"_s));
}

QString SitePages::isoText(const QDateTime &time) const
{
    return time.toTimeZone(m_site.zone).toString(Qt::ISODate);
}

QString SitePages::absolute(const QString &path) const
{
    return m_base.isEmpty() ? QString() : m_base.resolved(QUrl(path)).toString();
}

QString SitePages::nameLanguage(const Category &section) const
{
    return section.names.contains(m_site.language) ? m_site.language : m_site.settings.language;
}

QString SitePages::linkFrom(const QString &page, const QString &path) const
{
    return m_base.isEmpty() ? relative(page, path) : absolute(path);
}

void SitePages::addLanguages(const QString &page, const QList<SiteVersion> &versions, bool alternates,
                             QVariantHash &pageValues) const
{
    // The switcher: each language's version of this page, or its front page when it has
    // none (never a page in another language under that language's name).
    if (m_site.editions.size() > 1) {
        QVariantList languages;
        for (const SiteEdition &edition : m_site.editions) {
            const auto version = std::ranges::find(versions, edition.language, &SiteVersion::language);
            const bool has = version != versions.cend();
            languages.append(QVariantHash{{u"lang"_s, edition.language},
                                          {u"name"_s, nativeLanguageName(edition.language)},
                                          {u"url"_s, relative(page, has ? version->path : edition.prefix + u"index.html"_s)},
                                          {u"current"_s, edition.language == m_site.language},
                                          {u"same"_s, has}});
        }
        pageValues.insert(u"languages"_s, languages);
    }
    // hreflang: every version names all of them and itself, so each link is answered from
    // the other side; x-default is the newsroom's language's, else the original.
    if (alternates && versions.size() > 1) {
        QVariantList links;
        QString fallback = versions.constFirst().path;
        for (const SiteVersion &version : versions) {
            links.append(QVariantHash{{u"hreflang"_s, version.language}, {u"href"_s, linkFrom(page, version.path)}});
            if (version.language == m_site.settings.language)
                fallback = version.path;
        }
        links.append(QVariantHash{{u"hreflang"_s, u"x-default"_s}, {u"href"_s, linkFrom(page, fallback)}});
        pageValues.insert(u"alternates"_s, links);
    }
}

void SitePages::prepareTimes(qsizetype story)
{
    if (m_timesReady[size_t(story)])
        return;
    const SiteStory &s = m_site.stories.at(story);
    const Article &a = s.article;
    Times &times = m_times[size_t(story)];
    times.published = dateText(a.publishedAt, a.language);
    times.publishedIso = isoText(a.publishedAt);
    // "Updated" only when it was, later than a minute after publication.
    if (a.updatedAt.isValid() && a.publishedAt.isValid() && a.publishedAt.secsTo(a.updatedAt) > 60) {
        times.updated = dateText(a.updatedAt, a.language);
        times.updatedIso = isoText(a.updatedAt);
    }
    for (const WorkflowEvent &event : s.corrections)
        times.corrections.append(QVariantHash{{u"note"_s, event.note}, {u"date"_s, dateText(event.at, a.language)}, {u"iso"_s, isoText(event.at)}});
    m_timesReady[size_t(story)] = 1;
}

void SitePages::preparePage(const QString &page, qint64 section)
{
    const qsizetype depth = page.count(u'/');
    for (const qint64 current : {qint64(0), section}) {
        const std::pair<qsizetype, qint64> key{depth, current};
        if (m_siteAt.contains(key))
            continue;
        const QDate today = m_now.toTimeZone(m_site.zone).date();
        QString todayText = m_locale.toString(today, m_words.value(u"todayFormat"_s).toString());
        if (!todayText.isEmpty())
            todayText[0] = todayText.at(0).toUpper();
        QVariantList menu;
        for (const Category &category : m_site.categories) {
            if (category.parentId != 0 || !m_site.sections.contains(category.id))
                continue;
            const SiteSection &s = m_site.sections.value(category.id);
            if (s.stories.isEmpty())
                continue;
            menu.append(QVariantHash{{u"name"_s, category.name},
                                     {u"lang"_s, nameLanguage(category)},
                                     {u"url"_s, relative(page, s.path + u"/index.html"_s)},
                                     {u"current"_s, category.id == current}});
        }
        m_siteAt.insert(key, {{u"name"_s, siteName()},
                              {u"city"_s, m_site.settings.city},
                              {u"lang"_s, m_site.language},
                              // The newsroom's name and city are in its own language.
                              {u"nameLang"_s, m_site.settings.language},
                              {u"root"_s, relative(page, QString())},
                              {u"home"_s, relative(page, m_site.prefix + u"index.html"_s)},
                              {u"today"_s, todayText},
                              {u"todayIso"_s, today.toString(Qt::ISODate)},
                              {u"year"_s, today.year()},
                              {u"feed"_s, relative(page, m_site.prefix + u"feed.xml"_s)},
                              {u"menu"_s, menu}});
    }
    if (!m_feedAt.contains(depth)) {
        QVariantList feed;
        for (qsizetype i = 0; i < std::min<qsizetype>(m_site.stories.size(), FeedSize); ++i) {
            prepareTimes(i);
            feed.append(storyItem(page, i, false));
        }
        m_feedAt.insert(depth, feed);
    }
}

QVariantHash SitePages::siteFor(const QString &page, qint64 section) const
{
    return m_siteAt.value({page.count(u'/'), section});
}

QVariantHash SitePages::photoFor(const QString &page, const ArticlePhoto &photo, const QString &language) const
{
    const SitePhoto files = m_photos.value(photoKey(photo));
    if (files.widths.isEmpty())
        return {};
    QStringList srcset;
    for (const auto &[width, path] : files.widths)
        srcset.append(relative(page, path) + u' ' + QString::number(width) + u'w');
    // "Фото: Ерлан Ахметов", unless the credit says it is a photo itself ("Фото автора",
    // "Ерлан Ахметовтің суреті").
    const QString creditLine = files.credit.isEmpty() || m_siteWords.creditSaysPhoto(language, files.credit)
        ? files.credit
        : m_siteWords.word(language, u"photo"_s) + u": "_s + files.credit;
    return {{u"src"_s, relative(page, files.pathNear(960))}, {u"srcset"_s, srcset.join(u", "_s)},
            {u"width"_s, files.width960}, {u"height"_s, files.height960}, {u"alt"_s, files.alt},
            {u"caption"_s, files.caption}, {u"credit"_s, creditLine}};
}

QVariantHash SitePages::storyItem(const QString &page, qsizetype story, bool withPhoto) const
{
    const SiteStory &s = m_site.stories.at(story);
    const Times &times = m_times[size_t(story)];
    QVariantHash item{{u"headline"_s, s.article.headline},
                      {u"kicker"_s, s.article.kicker},
                      {u"url"_s, relative(page, s.path)},
                      {u"excerpt"_s, s.excerpt},
                      {u"date"_s, times.published},
                      {u"iso"_s, times.publishedIso},
                      {u"lang"_s, s.article.language}};
    if (withPhoto) {
        for (const ArticlePhoto &photo : s.article.photos) {
            if (photo.role == PhotoRole::Lead) {
                item.insert(u"thumb"_s, photoFor(page, photo, s.article.language));
                break;
            }
        }
    }
    return item;
}

PageValues SitePages::finish(const QString &page, const QString &templateName, QVariantHash pageValues,
                             QVariantHash values, const QString &language) const
{
    const QString spoken = language.isEmpty() ? m_site.language : language;
    pageValues.insert(u"lang"_s, spoken);
    if (!pageValues.contains(u"ogTitle"_s))
        pageValues.insert(u"ogTitle"_s, pageValues.value(u"title"_s));
    if (!pageValues.contains(u"ogType"_s))
        pageValues.insert(u"ogType"_s, u"website"_s);
    if (!pageValues.contains(u"canonical"_s))
        pageValues.insert(u"canonical"_s, absolute(page));
    values.insert(u"page"_s, pageValues);
    const auto words = m_wordsIn.constFind(spoken);
    values.insert(u"words"_s, words != m_wordsIn.cend() ? *words : m_wordsIn.value(u"en"_s));
    values.insert(u"feed"_s, m_feedAt.value(page.count(u'/')));
    if (!values.contains(u"site"_s))
        values.insert(u"site"_s, siteFor(page, 0));
    return {templateName, values};
}

// The front page ------------------------------------------------------------------------

QList<qsizetype> SitePages::frontStories(qsizetype *lead) const
{
    *lead = -1;
    QList<qsizetype> shown;
    for (qsizetype i = 0; i < m_site.stories.size() && shown.size() < PageSize; ++i) {
        if (*lead < 0 && hasLeadPhoto(m_site.stories.at(i).article))
            *lead = i;
        else
            shown.append(i);
    }
    // The lead may come later than the first twenty others.
    for (qsizetype i = shown.isEmpty() ? 0 : shown.last() + 1; *lead < 0 && i < m_site.stories.size(); ++i) {
        if (hasLeadPhoto(m_site.stories.at(i).article))
            *lead = i;
    }
    return shown;
}

QString SitePages::frontInputs() const
{
    qsizetype lead = -1;
    QStringList parts{m_everyPage, u"front"_s};
    for (const qsizetype story : frontStories(&lead))
        parts.append(stamp(story));
    parts.append(lead < 0 ? u"-"_s : stamp(lead));
    return parts.join(u' ');
}

void SitePages::prepareFront()
{
    qsizetype lead = -1;
    for (const qsizetype story : frontStories(&lead))
        prepareTimes(story);
    if (lead >= 0)
        prepareTimes(lead);
    preparePage(m_site.prefix + u"index.html"_s, 0);
}

PageValues SitePages::front() const
{
    const QString page = m_site.prefix + u"index.html"_s;
    qsizetype lead = -1;
    const QList<qsizetype> shown = frontStories(&lead);
    QVariantHash list{{u"title"_s, m_words.value(u"top"_s)}};
    if (lead >= 0)
        list.insert(u"lead"_s, storyItem(page, lead, true));
    QVariantList items;
    for (const qsizetype story : shown)
        items.append(storyItem(page, story, true));
    list.insert(u"items"_s, items);
    const QString name = siteName();
    QVariantHash pageValues{{u"title"_s, m_site.settings.city.isEmpty() ? name : name + u" — "_s + m_site.settings.city},
                            {u"description"_s, m_words.value(u"feed"_s)}};
    QList<SiteVersion> fronts;
    for (const SiteEdition &edition : m_site.editions)
        fronts.append({edition.language, edition.prefix + u"index.html"_s, edition.language == m_site.settings.language});
    addLanguages(page, fronts, true, pageValues);
    return finish(page, u"list.html"_s, pageValues, {{u"list"_s, list}});
}

// Articles ----------------------------------------------------------------------------

QString SitePages::articleInputs(qsizetype story) const
{
    // Made from the same story, related stories, sections and authors as last time: kept.
    const SiteStory &s = m_site.stories.at(story);
    QStringList parts{m_everyPage, stamp(story)};
    for (const qsizetype other : s.related)
        parts.append(stamp(other));
    for (const qint64 id : s.sectionPath)
        parts.append(m_site.sections.value(id).category.name);
    for (const auto &[name, slug] : s.authors)
        parts.append(slug);
    for (const SiteVersion &version : s.versions)
        parts.append(version.language + u'=' + version.path);
    return parts.join(u' ');
}

void SitePages::prepareArticle(qsizetype story)
{
    const SiteStory &s = m_site.stories.at(story);
    prepareTimes(story);
    for (const qsizetype other : s.related)
        prepareTimes(other);
    preparePage(s.path, s.sectionPath.isEmpty() ? 0 : s.sectionPath.first());
}

PageValues SitePages::article(qsizetype story, const QString &body) const
{
    const SiteStory &s = m_site.stories.at(story);
    const Article &a = s.article;
    const Times &times = m_times[size_t(story)];
    const QString page = s.path;

    MarkdownRenderer markdown;
    // The story's biggest subheading becomes <h2>, under the page's <h1>, whether the
    // reporter wrote it with # or ##.
    static const QRegularExpression headingLine(u"^(#{1,6})\\s"_s, QRegularExpression::MultilineOption);
    int topLevel = 6;
    for (auto it = headingLine.globalMatch(body); it.hasNext();)
        topLevel = std::min(topLevel, int(it.next().capturedLength(1)));
    markdown.setFirstHeadingLevel(3 - topLevel);
    markdown.setPhotoResolver([&](qint64 photoId) {
        for (const ArticlePhoto &photo : a.photos) {
            if (photo.photoId == photoId) {
                const SitePhoto files = m_photos.value(photoKey(photo));
                return MarkdownRenderer::Photo{QUrl(relative(page, files.pathNear(960))), photo.caption, photo.credit,
                                               photo.altText};
            }
        }
        return MarkdownRenderer::Photo{};
    });

    const QString home = m_siteWords.word(a.language, u"home"_s);
    const QString front = m_site.prefix + u"index.html"_s;
    QVariantList crumbs{QVariantHash{{u"name"_s, home}, {u"url"_s, relative(page, front)}}};
    QJsonArray crumbsLd{QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, 1}, {u"name"_s, home},
                                    {u"item"_s, absolute(front)}}};
    for (const qint64 id : s.sectionPath) {
        const SiteSection &section = m_site.sections.value(id);
        crumbs.append(QVariantHash{{u"name"_s, section.category.name},
                                   {u"url"_s, relative(page, section.path + u"/index.html"_s)},
                                   {u"lang"_s, nameLanguage(section.category)}});
        crumbsLd.append(QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, crumbsLd.size() + 1},
                                    {u"name"_s, section.category.name},
                                    {u"item"_s, absolute(section.path + u"/index.html"_s)}});
    }
    crumbs.append(QVariantHash{{u"name"_s, a.headline}});
    crumbsLd.append(QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, crumbsLd.size() + 1},
                                {u"name"_s, a.headline}, {u"item"_s, absolute(page)}});

    QVariantList bylines;
    QJsonArray authorsLd;
    for (const auto &[name, slug] : s.authors) {
        bylines.append(QVariantHash{{u"name"_s, name},
                                    {u"url"_s, relative(page, m_site.prefix + u"author/"_s + slug + u"/index.html"_s)},
                                    {u"before"_s, bylineJoiner(bylines.size(), s.authors.size(), a.language)}});
        authorsLd.append(QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, name},
                                     {u"url"_s, absolute(m_site.prefix + u"author/"_s + slug + u"/index.html"_s)}});
    }
    QVariantList tags;
    for (qsizetype t = 0; t < s.tagSlugs.size(); ++t)
        tags.append(QVariantHash{{u"name"_s, s.tagNames.at(t)},
                                 {u"url"_s, relative(page, m_site.prefix + u"tag/"_s + s.tagSlugs.at(t) + u"/index.html"_s)}});
    QVariantList related;
    for (const qsizetype other : s.related)
        related.append(storyItem(page, other, false));

    QVariantHash article{{u"kicker"_s, a.kicker},
                         {u"headline"_s, a.headline},
                         {u"lead"_s, a.lead},
                         {u"dateline"_s, a.dateline},
                         {u"published"_s, times.published},
                         {u"publishedIso"_s, times.publishedIso},
                         {u"body"_s, QVariant::fromValue(KTextTemplate::SafeString(markdown.toHtml(body),
                                                                                   KTextTemplate::SafeString::IsSafe))},
                         {u"breadcrumbs"_s, crumbs},
                         {u"bylines"_s, bylines},
                         {u"photographers"_s, formatBylines(a.bylines, Byline::Kind::Photo, a.language)},
                         {u"tags"_s, tags},
                         {u"corrections"_s, times.corrections},
                         {u"related"_s, related}};
    if (!times.updated.isEmpty()) {
        article.insert(u"updated"_s, times.updated);
        article.insert(u"updatedIso"_s, times.updatedIso);
    }

    QJsonObject newsArticle{{u"@context"_s, u"https://schema.org"_s},
                            {u"@type"_s, u"NewsArticle"_s},
                            {u"headline"_s, a.headline},
                            {u"datePublished"_s, times.publishedIso},
                            {u"dateModified"_s, isoText(a.updatedAt.isValid() ? a.updatedAt : a.publishedAt)},
                            {u"inLanguage"_s, a.language},
                            {u"author"_s, authorsLd}};
    if (!a.lead.isEmpty())
        newsArticle.insert(u"description"_s, a.lead);
    if (!s.sectionPath.isEmpty())
        newsArticle.insert(u"articleSection"_s, m_site.sections.value(s.sectionPath.last()).category.name);
    if (!a.dateline.isEmpty()) {
        newsArticle.insert(u"dateline"_s, a.dateline);
        newsArticle.insert(u"locationCreated"_s, QJsonObject{{u"@type"_s, u"Place"_s}, {u"name"_s, a.dateline}});
    }
    if (!m_base.isEmpty())
        newsArticle.insert(u"mainEntityOfPage"_s, absolute(page));
    // The same story in the site's other languages (schema.org's translation links).
    const auto work = [this, &page](const SiteVersion &version) {
        return QJsonObject{{u"@type"_s, u"NewsArticle"_s}, {u"url"_s, linkFrom(page, version.path)},
                           {u"inLanguage"_s, version.language}};
    };
    if (!s.versions.isEmpty()) {
        const SiteVersion &original = s.versions.constFirst();
        if (original.path != page && original.original) {
            newsArticle.insert(u"translationOfWork"_s, work(original));
        } else if (original.path == page && original.original) {
            QJsonArray translations;
            for (const SiteVersion &version : s.versions.sliced(1))
                translations.append(work(version));
            newsArticle.insert(u"workTranslation"_s, translations);
        }
    }
    QString ogImage;
    for (const ArticlePhoto &photo : a.photos) {
        if (photo.role != PhotoRole::Lead)
            continue;
        const QVariantHash files = photoFor(page, photo, a.language);
        if (files.isEmpty())
            break;
        article.insert(u"leadPhoto"_s, files);
        const QString largest = m_photos.value(photoKey(photo)).widths.last().second;
        ogImage = absolute(largest);
        newsArticle.insert(u"image"_s, QJsonObject{{u"@type"_s, u"ImageObject"_s},
                                                   {u"url"_s, ogImage.isEmpty() ? largest : ogImage},
                                                   {u"caption"_s, photo.caption},
                                                   {u"creditText"_s, photo.credit}});
        break;
    }
    const QString title = (a.seoTitle.isEmpty() ? a.headline : a.seoTitle) + u" — "_s + siteName();
    QVariantHash pageValues{{u"title"_s, title},
                            {u"ogTitle"_s, a.headline},
                            {u"ogType"_s, u"article"_s},
                            {u"description"_s, a.seoDescription.isEmpty() ? s.excerpt : a.seoDescription},
                            {u"image"_s, ogImage},
                            {u"jsonLd"_s, QVariantList{jsonLd(newsArticle),
                                                       jsonLd(QJsonObject{{u"@context"_s, u"https://schema.org"_s},
                                                                          {u"@type"_s, u"BreadcrumbList"_s},
                                                                          {u"itemListElement"_s, crumbsLd}})}}};
    addLanguages(page, s.versions.isEmpty() ? QList<SiteVersion>{{a.language, page, true}} : s.versions, true, pageValues);
    const qint64 section = s.sectionPath.isEmpty() ? 0 : s.sectionPath.first();
    return finish(page, u"article.html"_s, pageValues, {{u"article"_s, article}, {u"site"_s, siteFor(page, section)}},
                  a.language);
}

// Lists ---------------------------------------------------------------------------------

QString SitePages::listInputs(const SiteStoryList &list, qsizetype number) const
{
    QStringList crumbNames;
    for (const QVariant &crumb : list.crumbs)
        crumbNames.append(crumb.toHash().value(u"name"_s).toString());
    QStringList parts{m_everyPage, list.title, list.description, crumbNames.join(u'/'), QString::number(list.section),
                      QString::number(number), QString::number(list.pageCount())};
    const qsizetype first = (number - 1) * PageSize;
    for (qsizetype i = first; i < std::min<qsizetype>(list.stories.size(), first + PageSize); ++i)
        parts.append(stamp(list.stories.at(i)));
    return parts.join(u' ');
}

QString SitePages::storiesInputs(const QString &name, const QList<qsizetype> &stories, qsizetype count) const
{
    QStringList parts{m_everyPage, name};
    for (qsizetype i = 0; i < std::min(count, stories.size()); ++i)
        parts.append(stamp(stories.at(i)));
    return parts.join(u' ');
}

void SitePages::prepareList(const SiteStoryList &list, qsizetype number)
{
    const qsizetype first = (number - 1) * PageSize;
    for (qsizetype i = first; i < std::min<qsizetype>(list.stories.size(), first + PageSize); ++i)
        prepareTimes(list.stories.at(i));
    preparePage(list.pagePath(number), list.section);
}

PageValues SitePages::list(const SiteStoryList &list, qsizetype number) const
{
    const QString page = list.pagePath(number);
    const qsizetype pages = list.pageCount();
    const qsizetype first = (number - 1) * PageSize;
    QVariantList items;
    for (qsizetype i = first; i < std::min<qsizetype>(list.stories.size(), first + PageSize); ++i)
        items.append(storyItem(page, list.stories.at(i), true));
    QVariantHash values{{u"title"_s, list.title}, {u"titleLang"_s, list.titleLanguage}, {u"items"_s, items}};
    QVariantList crumbs;
    for (const QVariant &crumb : list.crumbs) {
        QVariantHash c = crumb.toHash();
        if (c.contains(u"path"_s))
            c.insert(u"url"_s, relative(page, c.value(u"path"_s).toString()));
        crumbs.append(c);
    }
    values.insert(u"breadcrumbs"_s, crumbs);
    if (pages > 1) {
        // The first and last pages and three either side of this one: a section of
        // a thousand pages does not list a thousand links on each.
        QVariantList numbers;
        for (qsizetype n = 1; n <= pages; ++n) {
            if (n != 1 && n != pages && std::abs(n - number) > 3) {
                if (numbers.isEmpty() || !numbers.last().toHash().value(u"gap"_s).toBool())
                    numbers.append(QVariantHash{{u"gap"_s, true}});
                continue;
            }
            numbers.append(QVariantHash{{u"number"_s, n}, {u"url"_s, relative(page, list.pagePath(n))}, {u"current"_s, n == number}});
        }
        values.insert(u"pages"_s, numbers);
        if (number > 1)
            values.insert(u"previous"_s, relative(page, list.pagePath(number - 1)));
        if (number < pages)
            values.insert(u"next"_s, relative(page, list.pagePath(number + 1)));
    }
    const QString pageTitle = (number == 1 ? list.title : Words::tr("%1, page %2").arg(list.title).arg(number)) + u" — "_s + siteName();
    QVariantHash pageValues{{u"title"_s, pageTitle}, {u"description"_s, list.description}};
    // A section's list in the languages that have stories in it; tags and authors are
    // each language's own.
    QList<SiteVersion> versions{{m_site.language, page, true}};
    if (list.category != 0) {
        const QString folder = m_site.sections.value(list.category).path.mid(m_site.prefix.size());
        for (const SiteEdition &edition : m_site.editions) {
            if (edition.language != m_site.language && edition.sections.contains(list.category))
                versions.append({edition.language, edition.prefix + folder + u"/index.html"_s, false});
        }
    }
    addLanguages(page, versions, number == 1, pageValues);
    return finish(page, u"list.html"_s, pageValues, {{u"list"_s, values}, {u"site"_s, siteFor(page, list.section)}});
}

} // namespace Newsroom
