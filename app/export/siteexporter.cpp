// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteexporter.h"

#include "markdown/markdownrenderer.h"
#include "media/photoattach.h"
#include "media/rendition.h"
#include "outputfolder.h"
#include "sitecontent.h"
#include "sitefeeds.h"
#include "storage/database.h"
#include "storage/photostore.h"

#include <KTextTemplate/CachingLoaderDecorator>
#include <KTextTemplate/Context>
#include <KTextTemplate/Engine>
#include <KTextTemplate/SafeString>
#include <KTextTemplate/Template>
#include <KTextTemplate/TemplateLoader>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Export", text);
}

constexpr int PageSize = 20;
constexpr int FeedSize = 12;
const QString DefaultTheme = u":/themes/default"_s;

// The site's own words, in its language.
QVariantHash wordsFor(const QString &language)
{
    if (language == u"kk") {
        return {{u"skip"_s, u"Мазмұнға өту"_s}, {u"sections"_s, u"Бөлімдер"_s}, {u"feed"_s, u"Жаңалықтар таспасы"_s},
                {u"breadcrumbs"_s, u"Сіз осындасыз"_s}, {u"updated"_s, u"жаңартылды"_s}, {u"photo"_s, u"Фото"_s},
                {u"corrected"_s, u"Түзетілді"_s}, {u"related"_s, u"Ұқсас мақалалар"_s},
                {u"nothing"_s, u"Әзірге материал жоқ."_s}, {u"pages"_s, u"Беттер"_s}, {u"newer"_s, u"Жаңарақ"_s},
                {u"older"_s, u"Ертерек"_s}, {u"home"_s, u"Басты бет"_s}, {u"tag"_s, u"Тақырып"_s},
                {u"author"_s, u"Автор"_s}, {u"news"_s, u"Жаңалықтар"_s}, {u"top"_s, u"Басты жаңалықтар"_s}};
    }
    if (language == u"en") {
        return {{u"skip"_s, u"Skip to content"_s}, {u"sections"_s, u"Sections"_s}, {u"feed"_s, u"Latest news"_s},
                {u"breadcrumbs"_s, u"You are here"_s}, {u"updated"_s, u"updated"_s}, {u"photo"_s, u"Photo"_s},
                {u"corrected"_s, u"Corrected"_s}, {u"related"_s, u"Related stories"_s},
                {u"nothing"_s, u"Nothing here yet."_s}, {u"pages"_s, u"Pages"_s}, {u"newer"_s, u"Newer"_s},
                {u"older"_s, u"Older"_s}, {u"home"_s, u"Home"_s}, {u"tag"_s, u"Topic"_s}, {u"author"_s, u"Author"_s},
                {u"news"_s, u"News"_s}, {u"top"_s, u"Top stories"_s}};
    }
    return {{u"skip"_s, u"Перейти к содержанию"_s}, {u"sections"_s, u"Разделы"_s}, {u"feed"_s, u"Лента новостей"_s},
            {u"breadcrumbs"_s, u"Вы здесь"_s}, {u"updated"_s, u"обновлено"_s}, {u"photo"_s, u"Фото"_s},
            {u"corrected"_s, u"Исправлено"_s}, {u"related"_s, u"Похожие статьи"_s},
            {u"nothing"_s, u"Здесь пока нет материалов."_s}, {u"pages"_s, u"Страницы"_s}, {u"newer"_s, u"Новее"_s},
            {u"older"_s, u"Раньше"_s}, {u"home"_s, u"Главная"_s}, {u"tag"_s, u"Тема"_s}, {u"author"_s, u"Автор"_s},
            {u"news"_s, u"Новости"_s}, {u"top"_s, u"Главное"_s}};
}

// A link from one page of the site to another file of it, relative so that the folder
// works opened from disk.
QString relative(const QString &fromPage, const QString &to)
{
    return u"../"_s.repeated(fromPage.count(u'/')) + to;
}

// JSON for a <script type="application/ld+json"> block: nothing in it can end the block.
KTextTemplate::SafeString jsonLd(const QJsonObject &object)
{
    QString json = QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
    json.replace(u'<', u"\\u003c"_s).replace(u'>', u"\\u003e"_s).replace(u'&', u"\\u0026"_s);
    return KTextTemplate::SafeString(json, KTextTemplate::SafeString::IsSafe);
}

struct PhotoFiles
{
    QList<std::pair<int, QString>> widths; // width, path
    int height960 = 0;
    int width960 = 0;
    QString alt;
    QString caption;
    QString credit;

    QString pathNear(int wanted) const
    {
        QString best = widths.isEmpty() ? QString() : widths.first().second;
        for (const auto &[width, path] : widths) {
            if (width <= wanted)
                best = path;
        }
        return best;
    }
};

class Exporter
{
public:
    Exporter(Database &database, const ExportOptions &options, SiteContent content, OutputFolder folder)
        : m_db(database)
        , m_options(options)
        , m_site(std::move(content))
        , m_out(std::move(folder))
        , m_locale(m_site.settings.language)
        , m_words(wordsFor(m_site.settings.language))
    {
        m_base = options.baseUrl.isValid() && !options.baseUrl.isEmpty() ? options.baseUrl : m_site.settings.baseUrl;
        QString base = m_base.toString();
        if (!base.isEmpty() && !base.endsWith(u'/'))
            m_base = QUrl(base + u'/');
    }

    Expected<ExportReport> run();

private:
    Status setUpTheme();
    QString everyPageInputs(const QStringList &themeFolders) const;
    Status render(const QString &path, const QString &templateName, QVariantHash page, const QVariantHash &extra,
                  const QString &inputs = {});
    Status makeRenditions();
    QVariantHash siteFor(const QString &page, qint64 currentSection) const;
    QVariantList feedFor(const QString &page) const;
    QVariantHash storyItem(const QString &page, qsizetype index, bool withPhoto) const;
    QVariantHash photoFor(const QString &page, const ArticlePhoto &photo) const;
    QString absolute(const QString &path) const { return m_base.isEmpty() ? QString() : m_base.resolved(QUrl(path)).toString(); }
    QString dateText(const QDateTime &time) const;
    QString isoText(const QDateTime &time) const { return time.toTimeZone(m_site.zone).toString(Qt::ISODate); }
    Status writeArticle(qsizetype index);
    Status writeList(const QString &folder, const QString &title, const QList<qsizetype> &stories, qint64 section,
                     const QVariantList &crumbs, const QString &description);
    // RSS for the site and each section, the sitemaps.
    Status writeFeeds();
    bool step();

    Database &m_db;
    const ExportOptions &m_options;
    SiteContent m_site;
    OutputFolder m_out;
    QLocale m_locale;
    QVariantHash m_words;
    QUrl m_base;
    KTextTemplate::Engine m_engine;
    QHash<QString, PhotoFiles> m_photos; // by sha256 + credit + caption
    QStringList m_pages;                 // every HTML page, for the sitemap
    // Worked out once: a story's publication time as shown and as ISO 8601; the header
    // and the news feed for pages at each depth of the folder (and section in the menu).
    QList<std::pair<QString, QString>> m_published;
    mutable QHash<std::pair<qsizetype, qint64>, QVariantHash> m_siteCache;
    mutable QHash<qsizetype, QVariantList> m_feedCache;
    // What every page shows whatever its story (theme, settings, day, menu, news feed),
    // hashed: a page's inputs start with it, so a change there remakes every page.
    QString m_everyPage;
    QString stamp(qsizetype index) const
    {
        const Article &a = m_site.stories.at(index).article;
        return QString::number(a.id) + u':' + QString::number(a.revision);
    }
    qsizetype m_done = 0;
    qsizetype m_total = 0;
    bool m_cancelled = false;
};

QString photoKey(const ArticlePhoto &photo)
{
    return QString::fromLatin1(
        QCryptographicHash::hash((photo.sha256 + u'\n' + photo.credit + u'\n' + photo.caption).toUtf8(),
                                 QCryptographicHash::Sha256)
            .toHex()
            .left(20));
}

Status Exporter::setUpTheme()
{
    auto loader = QSharedPointer<KTextTemplate::FileSystemTemplateLoader>::create();
    QStringList folders;
    // --theme, else the site settings' theme folder, over the default theme.
    const QString theme = m_options.themeFolder.isEmpty() ? m_site.settings.themeFolder : m_options.themeFolder;
    if (!theme.isEmpty()) {
        if (!QFileInfo(theme).isDir())
            return invalid(tr("the theme folder %1 does not exist").arg(theme));
        folders.append(theme);
    }
    folders.append(DefaultTheme);
    loader->setTemplateDirs(folders);
    // Parsed once, rendered thousands of times.
    m_engine.addTemplateLoader(QSharedPointer<KTextTemplate::CachingLoaderDecorator>::create(loader));
    m_engine.setSmartTrimEnabled(true);
    m_everyPage = everyPageInputs(folders);
    // The stylesheet: the theme's own, else the default one.
    for (const QString &folder : std::as_const(folders)) {
        QFile css(folder + u"/style.css"_s);
        if (css.open(QIODevice::ReadOnly))
            return m_out.put(u"assets/style.css"_s, css.readAll());
    }
    return failure(tr("the theme has no style.css"));
}

QString Exporter::everyPageInputs(const QStringList &themeFolders) const
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &name : {u"base.html"_s, u"article.html"_s, u"list.html"_s, u"style.css"_s}) {
        for (const QString &folder : themeFolders) {
            QFile file(folder + u'/' + name);
            if (file.open(QIODevice::ReadOnly)) {
                hash.addData(file.readAll());
                break;
            }
        }
    }
    const SiteSettings &settings = m_site.settings;
    QStringList parts{settings.name, settings.city, settings.language, settings.timeZone, m_base.toString(),
                      m_options.now.toTimeZone(m_site.zone).date().toString(Qt::ISODate)};
    for (const Category &category : m_site.categories) {
        const SiteSection section = m_site.sections.value(category.id);
        parts.append(QString::number(category.id) + u'/' + QString::number(category.parentId) + u'/' + category.name
                     + u'/' + section.path + u'/' + QString::number(section.stories.isEmpty()));
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(m_site.stories.size(), FeedSize); ++i)
        parts.append(stamp(i));
    hash.addData(parts.join(u'\n').toUtf8());
    return QString::fromLatin1(hash.result().toHex().left(24));
}

QString Exporter::dateText(const QDateTime &time) const
{
    return m_locale.toString(time.toTimeZone(m_site.zone), u"d MMMM yyyy, HH:mm"_s);
}

bool Exporter::step()
{
    ++m_done;
    if (m_options.progress && !m_options.progress(m_done, m_total))
        m_cancelled = true;
    return !m_cancelled;
}

QVariantHash Exporter::siteFor(const QString &page, qint64 currentSection) const
{
    const std::pair<qsizetype, qint64> key{page.count(u'/'), currentSection};
    if (const auto cached = m_siteCache.constFind(key); cached != m_siteCache.cend())
        return *cached;
    const QDate today = m_options.now.toTimeZone(m_site.zone).date();
    QString todayText = m_locale.toString(today, u"dddd, d MMMM yyyy"_s);
    if (!todayText.isEmpty())
        todayText[0] = todayText.at(0).toUpper();
    QVariantList menu;
    for (const Category &category : m_site.categories) {
        if (category.parentId != 0 || !m_site.sections.contains(category.id))
            continue;
        const SiteSection &section = m_site.sections.value(category.id);
        if (section.stories.isEmpty())
            continue;
        menu.append(QVariantHash{{u"name"_s, category.name},
                                 {u"url"_s, relative(page, section.path + u"/index.html"_s)},
                                 {u"current"_s, category.id == currentSection}});
    }
    return m_siteCache[key] = {{u"name"_s, m_site.settings.name.isEmpty() ? tr("Newsroom") : m_site.settings.name},
            {u"city"_s, m_site.settings.city},
            {u"lang"_s, m_site.settings.language},
            {u"root"_s, relative(page, QString())},
            {u"today"_s, todayText},
            {u"todayIso"_s, today.toString(Qt::ISODate)},
            {u"year"_s, today.year()},
            {u"feed"_s, relative(page, u"feed.xml"_s)},
            {u"menu"_s, menu}};
}

QVariantHash Exporter::photoFor(const QString &page, const ArticlePhoto &photo) const
{
    const PhotoFiles files = m_photos.value(photoKey(photo));
    if (files.widths.isEmpty())
        return {};
    QStringList srcset;
    for (const auto &[width, path] : files.widths)
        srcset.append(relative(page, path) + u' ' + QString::number(width) + u'w');
    // "Фото: Ерлан Ахметов", unless the credit says "Фото" itself ("Фото автора").
    const QString photoWord = m_words.value(u"photo"_s).toString();
    const QString creditLine = files.credit.isEmpty() || files.credit.startsWith(photoWord, Qt::CaseInsensitive)
        ? files.credit
        : photoWord + u": "_s + files.credit;
    return {{u"src"_s, relative(page, files.pathNear(960))}, {u"srcset"_s, srcset.join(u", "_s)},
            {u"width"_s, files.width960}, {u"height"_s, files.height960}, {u"alt"_s, files.alt},
            {u"caption"_s, files.caption}, {u"credit"_s, creditLine}};
}

QVariantHash Exporter::storyItem(const QString &page, qsizetype index, bool withPhoto) const
{
    const SiteStory &story = m_site.stories.at(index);
    QVariantHash item{{u"headline"_s, story.article.headline},
                      {u"kicker"_s, story.article.kicker},
                      {u"url"_s, relative(page, story.path)},
                      {u"excerpt"_s, story.excerpt},
                      {u"date"_s, m_published.at(index).first},
                      {u"iso"_s, m_published.at(index).second}};
    if (withPhoto) {
        for (const ArticlePhoto &photo : story.article.photos) {
            if (photo.role == PhotoRole::Lead) {
                item.insert(u"thumb"_s, photoFor(page, photo));
                break;
            }
        }
    }
    return item;
}

QVariantList Exporter::feedFor(const QString &page) const
{
    const qsizetype depth = page.count(u'/');
    if (const auto cached = m_feedCache.constFind(depth); cached != m_feedCache.cend())
        return *cached;
    QVariantList feed;
    for (qsizetype i = 0; i < std::min<qsizetype>(m_site.stories.size(), FeedSize); ++i)
        feed.append(storyItem(page, i, false));
    return m_feedCache[depth] = feed;
}

Status Exporter::render(const QString &path, const QString &templateName, QVariantHash page, const QVariantHash &extra,
                        const QString &inputs)
{
    const KTextTemplate::Template theme = m_engine.loadByName(templateName);
    if (!theme || theme->error())
        return invalid(tr("the theme's %1: %2").arg(templateName, theme ? theme->errorString() : tr("not found")));
    QVariantHash values = extra;
    if (!page.contains(u"ogTitle"_s))
        page.insert(u"ogTitle"_s, page.value(u"title"_s));
    if (!page.contains(u"ogType"_s))
        page.insert(u"ogType"_s, u"website"_s);
    if (!page.contains(u"canonical"_s))
        page.insert(u"canonical"_s, absolute(path));
    values.insert(u"page"_s, page);
    values.insert(u"words"_s, m_words);
    if (!values.contains(u"feed"_s))
        values.insert(u"feed"_s, feedFor(path));
    if (!values.contains(u"site"_s))
        values.insert(u"site"_s, siteFor(path, 0));
    KTextTemplate::Context context(values);
    const QString html = theme->render(&context);
    if (theme->error())
        return invalid(tr("the theme's %1: %2").arg(templateName, theme->errorString()));
    m_pages.append(path);
    if (!inputs.isEmpty())
        m_out.noteInputs(path, inputs);
    return m_out.put(path, html.toUtf8());
}

Status Exporter::makeRenditions()
{
    PhotoStore store(m_db);
    for (const SiteStory &story : std::as_const(m_site.stories)) {
        for (const ArticlePhoto &photo : story.article.photos) {
            const QString key = photoKey(photo);
            if (m_photos.contains(key) || photo.width <= 0 || photo.height <= 0)
                continue;
            PhotoFiles files;
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
            QByteArray original;
            for (const int width : std::as_const(widths)) {
                const QString path = u"media/%1-%2.jpg"_s.arg(key).arg(width);
                files.widths.append({width, path});
                if (m_out.keep(path))
                    continue; // named after its content: the same pixels and words as last time
                if (original.isEmpty()) {
                    const Expected<QByteArray> bytes = store.bytes(photo.sha256);
                    if (!bytes)
                        return bytes.error();
                    original = *bytes;
                }
                PhotoMetadata words;
                words.caption = photo.caption;
                words.credit = photo.credit;
                const Expected<Rendition::Image> image = Rendition::make(original, width, words, photo.fileName);
                if (!image)
                    return image.error();
                if (Status put = m_out.put(path, image->jpeg); !put)
                    return put;
            }
            files.width960 = files.widths.isEmpty() ? 0 : std::min(960, files.widths.last().first);
            for (const auto &[width, path] : std::as_const(files.widths)) {
                if (width <= 960)
                    files.width960 = width;
            }
            files.height960 = int(qRound64(double(files.width960) * photo.height / photo.width));
            m_photos.insert(key, files);
        }
    }
    return Done{};
}

Status Exporter::writeArticle(qsizetype index)
{
    const SiteStory &story = m_site.stories.at(index);
    const Article &a = story.article;
    const QString page = story.path;
    // Made from the same story, related stories, sections and authors as last time: kept.
    QStringList inputParts{m_everyPage, stamp(index)};
    for (const qsizetype other : story.related)
        inputParts.append(stamp(other));
    for (const qint64 id : story.sectionPath)
        inputParts.append(m_site.sections.value(id).category.name);
    for (const auto &[name, slug] : story.authors)
        inputParts.append(slug);
    const QString inputs = inputParts.join(u' ');
    if (m_out.reuse(page, inputs)) {
        m_pages.append(page);
        return Done{};
    }

    MarkdownRenderer markdown;
    // The story's biggest subheading becomes <h2>, under the page's <h1>, whether the
    // reporter wrote it with # or ##.
    static const QRegularExpression headingLine(u"^(#{1,6})\\s"_s, QRegularExpression::MultilineOption);
    int topLevel = 6;
    for (auto it = headingLine.globalMatch(a.body); it.hasNext();)
        topLevel = std::min(topLevel, int(it.next().capturedLength(1)));
    markdown.setFirstHeadingLevel(3 - topLevel);
    markdown.setPhotoResolver([&](qint64 photoId) {
        for (const ArticlePhoto &photo : a.photos) {
            if (photo.photoId == photoId) {
                const PhotoFiles files = m_photos.value(photoKey(photo));
                return MarkdownRenderer::Photo{QUrl(relative(page, files.pathNear(960))), photo.caption, photo.credit,
                                               photo.altText};
            }
        }
        return MarkdownRenderer::Photo{};
    });

    QVariantList crumbs{QVariantHash{{u"name"_s, m_words.value(u"home"_s)}, {u"url"_s, relative(page, u"index.html"_s)}}};
    QJsonArray crumbsLd{QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, 1},
                                    {u"name"_s, m_words.value(u"home"_s).toString()}, {u"item"_s, absolute(u"index.html"_s)}}};
    for (const qint64 id : story.sectionPath) {
        const SiteSection &section = m_site.sections.value(id);
        crumbs.append(QVariantHash{{u"name"_s, section.category.name},
                                   {u"url"_s, relative(page, section.path + u"/index.html"_s)}});
        crumbsLd.append(QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, crumbsLd.size() + 1},
                                    {u"name"_s, section.category.name},
                                    {u"item"_s, absolute(section.path + u"/index.html"_s)}});
    }
    crumbs.append(QVariantHash{{u"name"_s, a.headline}});
    crumbsLd.append(QJsonObject{{u"@type"_s, u"ListItem"_s}, {u"position"_s, crumbsLd.size() + 1},
                                {u"name"_s, a.headline}, {u"item"_s, absolute(page)}});

    QVariantList bylines;
    QJsonArray authorsLd;
    for (const auto &[name, slug] : story.authors) {
        bylines.append(QVariantHash{{u"name"_s, name}, {u"url"_s, relative(page, u"author/"_s + slug + u"/index.html"_s)}});
        authorsLd.append(QJsonObject{{u"@type"_s, u"Person"_s}, {u"name"_s, name},
                                     {u"url"_s, absolute(u"author/"_s + slug + u"/index.html"_s)}});
    }
    QVariantList tags;
    for (qsizetype t = 0; t < story.tagSlugs.size(); ++t)
        tags.append(QVariantHash{{u"name"_s, story.tagNames.at(t)},
                                 {u"url"_s, relative(page, u"tag/"_s + story.tagSlugs.at(t) + u"/index.html"_s)}});
    QVariantList corrections;
    for (const WorkflowEvent &event : story.corrections)
        corrections.append(QVariantHash{{u"note"_s, event.note}, {u"date"_s, dateText(event.at)}, {u"iso"_s, isoText(event.at)}});
    QVariantList related;
    for (const qsizetype other : story.related)
        related.append(storyItem(page, other, false));

    QVariantHash article{{u"kicker"_s, a.kicker},
                         {u"headline"_s, a.headline},
                         {u"lead"_s, a.lead},
                         {u"dateline"_s, a.dateline},
                         {u"published"_s, m_published.at(index).first},
                         {u"publishedIso"_s, m_published.at(index).second},
                         {u"body"_s, QVariant::fromValue(KTextTemplate::SafeString(markdown.toHtml(a.body),
                                                                                   KTextTemplate::SafeString::IsSafe))},
                         {u"breadcrumbs"_s, crumbs},
                         {u"bylines"_s, bylines},
                         {u"photographers"_s, formatBylines(a.bylines, Byline::Kind::Photo, a.language)},
                         {u"tags"_s, tags},
                         {u"corrections"_s, corrections},
                         {u"related"_s, related}};
    // "Updated" only when it was, later than a minute after publication.
    if (a.updatedAt.isValid() && a.publishedAt.isValid() && a.publishedAt.secsTo(a.updatedAt) > 60) {
        article.insert(u"updated"_s, dateText(a.updatedAt));
        article.insert(u"updatedIso"_s, isoText(a.updatedAt));
    }

    QJsonObject newsArticle{{u"@context"_s, u"https://schema.org"_s},
                            {u"@type"_s, u"NewsArticle"_s},
                            {u"headline"_s, a.headline},
                            {u"datePublished"_s, isoText(a.publishedAt)},
                            {u"dateModified"_s, isoText(a.updatedAt.isValid() ? a.updatedAt : a.publishedAt)},
                            {u"inLanguage"_s, a.language},
                            {u"author"_s, authorsLd}};
    if (!a.lead.isEmpty())
        newsArticle.insert(u"description"_s, a.lead);
    if (!story.sectionPath.isEmpty())
        newsArticle.insert(u"articleSection"_s, m_site.sections.value(story.sectionPath.last()).category.name);
    if (!a.dateline.isEmpty()) {
        newsArticle.insert(u"dateline"_s, a.dateline);
        newsArticle.insert(u"locationCreated"_s, QJsonObject{{u"@type"_s, u"Place"_s}, {u"name"_s, a.dateline}});
    }
    if (!m_base.isEmpty())
        newsArticle.insert(u"mainEntityOfPage"_s, absolute(page));
    QString ogImage;
    for (const ArticlePhoto &photo : a.photos) {
        if (photo.role != PhotoRole::Lead)
            continue;
        const QVariantHash files = photoFor(page, photo);
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
    const QString title = (a.seoTitle.isEmpty() ? a.headline : a.seoTitle) + u" — "_s
        + siteFor(page, 0).value(u"name"_s).toString();
    QVariantHash pageValues{{u"title"_s, title},
                            {u"ogTitle"_s, a.headline},
                            {u"ogType"_s, u"article"_s},
                            {u"description"_s, a.seoDescription.isEmpty() ? story.excerpt : a.seoDescription},
                            {u"image"_s, ogImage},
                            {u"jsonLd"_s, QVariantList{QVariant::fromValue(jsonLd(newsArticle)),
                                                       QVariant::fromValue(jsonLd(QJsonObject{
                                                           {u"@context"_s, u"https://schema.org"_s},
                                                           {u"@type"_s, u"BreadcrumbList"_s},
                                                           {u"itemListElement"_s, crumbsLd}}))}}};
    const qint64 section = story.sectionPath.isEmpty() ? 0 : story.sectionPath.first();
    return render(page, u"article.html"_s, pageValues, {{u"article"_s, article}, {u"site"_s, siteFor(page, section)}},
                  inputs);
}

Status Exporter::writeList(const QString &folder, const QString &title, const QList<qsizetype> &stories, qint64 section,
                           const QVariantList &crumbs, const QString &description)
{
    const qsizetype pages = std::max<qsizetype>(1, (stories.size() + PageSize - 1) / PageSize);
    const auto pagePath = [&](qsizetype number) {
        const QString name = number == 1 ? u"index.html"_s : u"page-%1.html"_s.arg(number);
        return folder.isEmpty() ? name : folder + u'/' + name;
    };
    QStringList crumbNames;
    for (const QVariant &crumb : crumbs)
        crumbNames.append(crumb.toHash().value(u"name"_s).toString());
    for (qsizetype number = 1; number <= pages; ++number) {
        const QString page = pagePath(number);
        const qsizetype first = (number - 1) * PageSize;
        QStringList inputParts{m_everyPage, title, description, crumbNames.join(u'/'), QString::number(section),
                               QString::number(number), QString::number(pages)};
        for (qsizetype i = first; i < std::min<qsizetype>(stories.size(), first + PageSize); ++i)
            inputParts.append(stamp(stories.at(i)));
        const QString inputs = inputParts.join(u' ');
        if (m_out.reuse(page, inputs)) {
            m_pages.append(page);
            if (!step())
                return Done{};
            continue;
        }
        QVariantList items;
        for (qsizetype i = first; i < std::min<qsizetype>(stories.size(), first + PageSize); ++i)
            items.append(storyItem(page, stories.at(i), true));
        QVariantHash list{{u"title"_s, title}, {u"items"_s, items}};
        QVariantList linkedCrumbs;
        for (const QVariant &crumb : crumbs) {
            QVariantHash c = crumb.toHash();
            if (c.contains(u"path"_s))
                c.insert(u"url"_s, relative(page, c.value(u"path"_s).toString()));
            linkedCrumbs.append(c);
        }
        list.insert(u"breadcrumbs"_s, linkedCrumbs);
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
                numbers.append(QVariantHash{{u"number"_s, n}, {u"url"_s, relative(page, pagePath(n))}, {u"current"_s, n == number}});
            }
            list.insert(u"pages"_s, numbers);
            if (number > 1)
                list.insert(u"previous"_s, relative(page, pagePath(number - 1)));
            if (number < pages)
                list.insert(u"next"_s, relative(page, pagePath(number + 1)));
        }
        const QString pageTitle = (number == 1 ? title : tr("%1, page %2").arg(title).arg(number)) + u" — "_s
            + siteFor(page, 0).value(u"name"_s).toString();
        if (Status written = render(page, u"list.html"_s, {{u"title"_s, pageTitle}, {u"description"_s, description}},
                                    {{u"list"_s, list}, {u"site"_s, siteFor(page, section)}}, inputs);
            !written)
            return written;
        if (!step())
            return Done{};
    }
    return Done{};
}

Status Exporter::writeFeeds()
{
    const SiteFeeds::Context context{m_site, m_base, siteFor(u"feed.xml"_s, 0).value(u"name"_s).toString(), m_options.now,
                                     [this](const QDateTime &time) { return isoText(time); }};
    QList<qsizetype> all(m_site.stories.size());
    std::iota(all.begin(), all.end(), 0);
    if (Status written = m_out.put(u"feed.xml"_s, SiteFeeds::rss(context, context.siteName, all)); !written)
        return written;
    for (const SiteSection &section : std::as_const(m_site.sections)) {
        if (section.stories.isEmpty())
            continue;
        const QString title = section.category.name + u" — "_s + context.siteName;
        if (Status written = m_out.put(section.path + u"/feed.xml"_s, SiteFeeds::rss(context, title, section.stories));
            !written)
            return written;
    }
    // Search engines want absolute addresses: without a base URL there is no sitemap.
    if (m_base.isEmpty())
        return Done{};
    if (Status written = m_out.put(u"sitemap.xml"_s, SiteFeeds::sitemap(context, m_pages)); !written)
        return written;
    return m_out.put(u"news-sitemap.xml"_s, SiteFeeds::newsSitemap(context));
}

Expected<ExportReport> Exporter::run()
{
    if (Status theme = setUpTheme(); !theme)
        return theme.error();
    if (Status photos = makeRenditions(); !photos)
        return photos.error();
    m_published.reserve(m_site.stories.size());
    for (const SiteStory &story : std::as_const(m_site.stories))
        m_published.append({dateText(story.article.publishedAt), isoText(story.article.publishedAt)});
    m_total = m_site.stories.size() + 1 + m_site.sections.size() + m_site.tags.size() + m_site.authors.size();

    // The front page: the newest story with a photo leads, then the rest.
    {
        QList<qsizetype> rest(m_site.stories.size());
        std::iota(rest.begin(), rest.end(), 0);
        QVariantHash list{{u"title"_s, m_words.value(u"top"_s)}};
        const auto lead = std::find_if(rest.begin(), rest.end(), [&](qsizetype i) {
            return std::any_of(m_site.stories.at(i).article.photos.cbegin(), m_site.stories.at(i).article.photos.cend(),
                               [](const ArticlePhoto &p) { return p.role == PhotoRole::Lead; });
        });
        if (lead != rest.end()) {
            list.insert(u"lead"_s, storyItem(u"index.html"_s, *lead, true));
            rest.erase(lead);
        }
        QVariantList items;
        for (qsizetype i = 0; i < std::min<qsizetype>(rest.size(), PageSize); ++i)
            items.append(storyItem(u"index.html"_s, rest.at(i), true));
        list.insert(u"items"_s, items);
        const QString name = siteFor(u"index.html"_s, 0).value(u"name"_s).toString();
        if (Status front = render(u"index.html"_s, u"list.html"_s,
                                  {{u"title"_s, m_site.settings.city.isEmpty() ? name : name + u" — "_s + m_site.settings.city},
                                   {u"description"_s, m_words.value(u"feed"_s)}},
                                  {{u"list"_s, list}});
            !front)
            return front.error();
        if (!step())
            return ExportReport{};
    }

    for (qsizetype i = 0; i < m_site.stories.size() && !m_cancelled; ++i) {
        if (Status written = writeArticle(i); !written)
            return written.error();
        step();
    }
    const QVariantHash home{{u"name"_s, m_words.value(u"home"_s)}, {u"path"_s, u"index.html"_s}};
    for (const Category &category : std::as_const(m_site.categories)) {
        if (m_cancelled || !m_site.sections.contains(category.id))
            continue;
        const SiteSection &section = m_site.sections.value(category.id);
        QVariantList crumbs{home};
        QList<qint64> chain;
        for (qint64 id = category.parentId; id; id = m_site.sections.value(id).category.parentId)
            chain.prepend(id);
        for (const qint64 id : std::as_const(chain))
            crumbs.append(QVariantHash{{u"name"_s, m_site.sections.value(id).category.name},
                                       {u"path"_s, QString(m_site.sections.value(id).path + u"/index.html"_s)}});
        crumbs.append(QVariantHash{{u"name"_s, category.name}});
        const qint64 top = chain.isEmpty() ? category.id : chain.first();
        if (Status written = writeList(section.path, category.name, section.stories, top, crumbs, category.name); !written)
            return written.error();
    }
    // Tag and author pages: one list each, under the front page.
    for (const auto &[lists, folder, word] : {std::tuple{&m_site.tags, u"tag/"_s, u"tag"_s},
                                              std::tuple{&m_site.authors, u"author/"_s, u"author"_s}}) {
        for (auto it = lists->cbegin(); it != lists->cend() && !m_cancelled; ++it) {
            const QVariantList crumbs{home, QVariantHash{{u"name"_s, it.value().name}}};
            if (Status written = writeList(folder + it.key(), it.value().name, it.value().stories, 0, crumbs,
                                           m_words.value(word).toString() + u": "_s + it.value().name);
                !written)
                return written.error();
        }
    }
    ExportReport report;
    report.cancelled = m_cancelled;
    report.skipped = m_site.skipped;
    if (m_cancelled)
        return report; // the manifest stays the previous one: the next export puts it right
    if (Status feeds = writeFeeds(); !feeds)
        return feeds.error();
    if (Status finished = m_out.finish(); !finished)
        return finished.error();
    report.stories = int(m_site.stories.size());
    report.written = m_out.written();
    report.unchanged = m_out.unchanged();
    report.removed = m_out.removed();
    report.files = report.written + report.unchanged;
    return report;
}

} // namespace

Expected<ExportReport> exportSite(Database &database, const ExportOptions &options)
{
    ExportOptions chosen = options;
    if (!chosen.now.isValid())
        chosen.now = QDateTime::currentDateTimeUtc();
    Expected<SiteContent> content = loadSiteContent(database, chosen.now);
    if (!content)
        return content.error();
    Expected<OutputFolder> folder = OutputFolder::open(chosen.outDir, chosen.full);
    if (!folder)
        return folder.error();
    Exporter exporter(database, chosen, std::move(*content), std::move(*folder));
    return exporter.run();
}

} // namespace Newsroom
