// SPDX-License-Identifier: GPL-3.0-or-later
#include "siteexporter.h"

#include "media/rendition.h"
#include "outputfolder.h"
#include "sitecontent.h"
#include "sitefeeds.h"
#include "sitepages.h"
#include "themerenderer.h"
#include "storage/articlerepository.h"
#include "storage/bodyreader.h"
#include "storage/database.h"
#include "storage/photostore.h"
#include "storage/sitesettingsrepository.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QMutex>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QWaitCondition>

#include <algorithm>
#include <deque>
#include <numeric>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QStringList TemplateNames{u"base.html"_s, u"article.html"_s, u"list.html"_s};

// One page of the site to make, and what it is made from.
struct PageJob
{
    enum class Kind { Front, Article, List };
    Kind kind = Kind::Front;
    qsizetype edition = 0; // the language's part of the site it belongs to
    qsizetype item = 0;   // the story (Article) or the list (List)
    qsizetype number = 1; // List: the page's number
    QString path;
    QString inputs;
};

// Pages handed from the thread that reads the archive to the threads that render: a
// short queue, so that bodies are read just ahead of their pages, not all at once.
class PageQueue
{
public:
    struct Task
    {
        const PageJob *job = nullptr;
        QString body; // for an article
    };

    explicit PageQueue(qsizetype capacity) : m_capacity(capacity) { }

    // False once the work has stopped (cancelled, or a page failed).
    bool push(Task task)
    {
        QMutexLocker locked(&m_mutex);
        while (!m_stopped && qsizetype(m_tasks.size()) >= m_capacity)
            m_room.wait(&m_mutex);
        if (m_stopped)
            return false;
        m_tasks.push_back(std::move(task));
        m_ready.wakeOne();
        return true;
    }
    std::optional<Task> pop()
    {
        QMutexLocker locked(&m_mutex);
        while (!m_stopped && !m_closed && m_tasks.empty())
            m_ready.wait(&m_mutex);
        if (m_stopped || m_tasks.empty())
            return std::nullopt;
        Task task = std::move(m_tasks.front());
        m_tasks.pop_front();
        m_room.wakeOne();
        return task;
    }
    // No more tasks will come: the renderers finish what is queued.
    void close()
    {
        const QMutexLocker locked(&m_mutex);
        m_closed = true;
        m_ready.wakeAll();
    }
    // Stop now: with the first failure, or none for a cancel.
    void stop(std::optional<Error> failure = std::nullopt)
    {
        const QMutexLocker locked(&m_mutex);
        if (failure && !m_failure)
            m_failure = std::move(failure);
        m_stopped = true;
        m_tasks.clear();
        m_ready.wakeAll();
        m_room.wakeAll();
    }
    std::optional<Error> failure() const
    {
        const QMutexLocker locked(&m_mutex);
        return m_failure;
    }

private:
    mutable QMutex m_mutex;
    QWaitCondition m_ready;
    QWaitCondition m_room;
    std::deque<Task> m_tasks;
    qsizetype m_capacity;
    bool m_closed = false;
    bool m_stopped = false;
    std::optional<Error> m_failure;
};

// One language's part of the site as it is exported: its content, its pages' values,
// its lists, and the pages the sitemap lists.
struct Edition
{
    SiteContent site;
    std::unique_ptr<SitePages> pages;
    std::vector<SiteStoryList> lists;
    QStringList listPages; // the front page and the lists' pages, for the sitemap
};

class Exporter
{
public:
    Exporter(Database &database, const ExportOptions &options, QList<SiteContent> editions, OutputFolder folder)
        : m_db(database)
        , m_options(options)
        , m_out(std::move(folder))
    {
        for (SiteContent &content : editions)
            m_editions.push_back({std::move(content), nullptr, {}, {}});
        const SiteSettings &settings = m_editions.front().site.settings;
        m_base = SitePages::folderUrl(options.baseUrl.isValid() && !options.baseUrl.isEmpty() ? options.baseUrl
                                                                                              : settings.baseUrl);
    }

    Expected<ExportReport> run(ExportReport report);

private:
    Status setUpTheme();
    Status makeRenditions();
    Status makeRenditionsOf(PhotoStore &store, const ArticlePhoto &photo);
    void planLists(Edition &edition);
    void plan(qsizetype edition);
    void add(Edition &edition, PageJob job);
    Status renderAll();
    Status writeFeeds(const Edition &edition, QStringList &sitemaps);
    Status writeSitemapIndex(const QStringList &sitemaps);
    // Where an earlier export put a story that is elsewhere now (a Kazakh story, before the
    // site had a Kazakh part, was at news/…): a page that sends the reader on, so that no
    // link to it breaks. Kept as long as the export has written one there.
    Status writeMovedPages();
    Status writeMovedPage(const SiteStory &story, const QString &old);
    // Makes and writes the file unless the previous export made it from the same inputs.
    Status putUnlessSame(const QString &path, const QString &inputs, const std::function<QByteArray()> &make);
    // Tells the caller how far the export is; false once it asks to cancel.
    bool reportProgress(bool force);
    void lap(ExportReport &report, const QString &step) { report.timings.append({step, m_clock.restart()}); }

    Database &m_db;
    const ExportOptions &m_options;
    std::vector<Edition> m_editions; // the newsroom's language first
    OutputFolder m_out;
    QUrl m_base;
    QStringList m_themeFolders;
    QString m_themeFingerprint;
    SiteWords m_words;
    QHash<QString, SitePhoto> m_photos; // by SitePages::photoKey
    std::vector<PageJob> m_toRender;
    qsizetype m_total = 0;
    std::atomic<qsizetype> m_done = 0;
    bool m_cancelled = false;
    QElapsedTimer m_clock;
    QElapsedTimer m_sinceProgress;
};

Status Exporter::setUpTheme()
{
    // --theme, else the site settings' theme folder, over the default theme.
    const QString theme = m_options.themeFolder.isEmpty() ? m_editions.front().site.settings.themeFolder
                                                          : m_options.themeFolder;
    if (!theme.isEmpty()) {
        if (!QFileInfo(theme).isDir())
            return invalid(Words::tr("the theme folder %1 does not exist").arg(theme));
        m_themeFolders.append(theme);
    }
    m_themeFolders.append(ThemeRenderer::DefaultTheme);
    ThemeRenderer renderer(m_themeFolders);
    for (const QString &name : TemplateNames) {
        if (Status parsed = renderer.check(name); !parsed)
            return parsed;
    }
    // Every file of the theme, in order: a change to any of them remakes every page.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &folder : std::as_const(m_themeFolders)) {
        QStringList names;
        for (QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories); it.hasNext();)
            names.append(it.next());
        std::sort(names.begin(), names.end());
        for (const QString &name : std::as_const(names)) {
            QFile file(name);
            if (file.open(QIODevice::ReadOnly))
                hash.addData(QByteArray(QDir(folder).relativeFilePath(name).toUtf8() + '\n' + file.readAll()));
        }
    }
    m_themeFingerprint = QString::fromLatin1(hash.result().toHex());
    Expected<SiteWords> words = SiteWords::load(m_themeFolders);
    if (!words)
        return words.error();
    m_words = std::move(*words);
    // The stylesheet: the theme's own, else the default one.
    for (const QString &folder : std::as_const(m_themeFolders)) {
        QFile css(folder + u"/style.css"_s);
        if (css.open(QIODevice::ReadOnly))
            return m_out.put(u"assets/style.css"_s, css.readAll());
    }
    return failure(Words::tr("the theme has no style.css"));
}

Status Exporter::makeRenditions()
{
    PhotoStore store(m_db);
    for (const Edition &edition : m_editions) {
        for (const SiteStory &story : std::as_const(edition.site.stories)) {
            for (const ArticlePhoto &photo : story.article.photos) {
                if (Status made = makeRenditionsOf(store, photo); !made)
                    return made;
            }
        }
    }
    return Done{};
}

Status Exporter::makeRenditionsOf(PhotoStore &store, const ArticlePhoto &photo)
{
    const QString key = SitePages::photoKey(photo);
    if (m_photos.contains(key) || photo.width <= 0 || photo.height <= 0)
        return Done{};
    const SitePhoto files = SitePages::photoFiles(photo);
    QByteArray original;
    for (const auto &[width, path] : files.widths) {
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
    m_photos.insert(key, files);
    return Done{};
}

void Exporter::planLists(Edition &edition)
{
    const SiteContent &site = edition.site;
    const SitePages &pages = *edition.pages;
    const QVariantHash home{{u"name"_s, pages.word(u"home"_s)}, {u"path"_s, QString(site.prefix + u"index.html"_s)}};
    for (const Category &category : std::as_const(site.categories)) {
        if (!site.sections.contains(category.id))
            continue;
        const SiteSection &section = site.sections.value(category.id);
        // Another language's part lists only the sections that have stories in it.
        if (section.stories.isEmpty() && !site.prefix.isEmpty())
            continue;
        SiteStoryList list{section.path, category.name, category.name, section.stories, 0, category.id, {home}, {}};
        QList<qint64> chain;
        for (qint64 id = category.parentId; id; id = site.sections.value(id).category.parentId)
            chain.prepend(id);
        for (const qint64 id : std::as_const(chain))
            list.crumbs.append(QVariantHash{{u"name"_s, site.sections.value(id).category.name},
                                            {u"path"_s, QString(site.sections.value(id).path + u"/index.html"_s)},
                                            {u"lang"_s, pages.nameLanguage(site.sections.value(id).category)}});
        const QString named = pages.nameLanguage(category);
        list.crumbs.append(QVariantHash{{u"name"_s, category.name}, {u"lang"_s, named}});
        list.titleLanguage = named == site.language ? QString() : named;
        list.section = chain.isEmpty() ? category.id : chain.first();
        edition.lists.push_back(std::move(list));
    }
    // Tag and author pages: one list each, under the front page.
    for (const auto &[lists, folder, word] : {std::tuple{&site.tags, u"tag/"_s, u"tag"_s},
                                              std::tuple{&site.authors, u"author/"_s, u"author"_s}}) {
        for (auto it = lists->cbegin(); it != lists->cend(); ++it) {
            edition.lists.push_back({site.prefix + folder + it.key(), it.value().name,
                                     pages.word(word) + u": "_s + it.value().name, it.value().stories, 0, 0,
                                     {home, QVariantHash{{u"name"_s, it.value().name}}}, {}});
        }
    }
}

void Exporter::add(Edition &edition, PageJob job)
{
    if (job.kind != PageJob::Kind::Article)
        edition.listPages.append(job.path);
    ++m_total;
    if (m_out.reuse(job.path, job.inputs)) {
        ++m_done;
        return;
    }
    SitePages &pages = *edition.pages;
    switch (job.kind) {
    case PageJob::Kind::Front: pages.prepareFront(); break;
    case PageJob::Kind::Article: pages.prepareArticle(job.item); break;
    case PageJob::Kind::List: pages.prepareList(edition.lists.at(size_t(job.item)), job.number); break;
    }
    m_toRender.push_back(std::move(job));
}

void Exporter::plan(qsizetype e)
{
    Edition &edition = m_editions.at(size_t(e));
    SitePages &pages = *edition.pages;
    // In the order the sitemap lists them: the front page, the articles, the lists.
    add(edition, {PageJob::Kind::Front, e, 0, 1, edition.site.prefix + u"index.html"_s, pages.frontInputs()});
    for (qsizetype i = 0; i < edition.site.stories.size(); ++i)
        add(edition, {PageJob::Kind::Article, e, i, 1, edition.site.stories.at(i).path, pages.articleInputs(i)});
    for (size_t l = 0; l < edition.lists.size(); ++l) {
        const SiteStoryList &list = edition.lists.at(l);
        for (qsizetype number = 1; number <= list.pageCount(); ++number)
            add(edition, {PageJob::Kind::List, e, qsizetype(l), number, list.pagePath(number),
                          pages.listInputs(list, number)});
    }
}

bool Exporter::reportProgress(bool force)
{
    // Often enough for a progress bar, not once for each of fifty thousand pages.
    if (!m_options.progress || m_cancelled || (!force && m_sinceProgress.isValid() && m_sinceProgress.elapsed() < 40))
        return !m_cancelled;
    m_sinceProgress.start();
    if (!m_options.progress(m_done.load(), m_total))
        m_cancelled = true;
    return !m_cancelled;
}

Status Exporter::renderAll()
{
    // Pages are made on as many threads as there are cores, each with its own parsed
    // theme; this thread reads the stories' bodies, in the archive's order (whatever their
    // language), just ahead of the pages that need them. Lists need no body: they go first.
    const auto storyOf = [this](const PageJob &job) -> const SiteStory & {
        return m_editions.at(size_t(job.edition)).site.stories.at(job.item);
    };
    const auto firstArticle = std::stable_partition(m_toRender.begin(), m_toRender.end(),
                                                    [](const PageJob &job) { return job.kind != PageJob::Kind::Article; });
    std::stable_sort(firstArticle, m_toRender.end(),
                     [&](const PageJob &a, const PageJob &b) { return storyOf(a).order < storyOf(b).order; });
    const qsizetype articles = m_toRender.end() - firstArticle;
    qsizetype stories = 0;
    for (const Edition &edition : m_editions)
        stories += edition.site.stories.size();
    BodyReader bodies(m_db, ArticleStatus::Published);
    bodies.expect(articles, stories);

    const int threads = std::max(1, QThread::idealThreadCount());
    PageQueue queue(8 * qsizetype(threads));
    QThreadPool pool;
    pool.setMaxThreadCount(threads);
    for (int t = 0; t < threads; ++t) {
        pool.start([this, &queue] {
            ThemeRenderer theme(m_themeFolders);
            while (std::optional<PageQueue::Task> task = queue.pop()) {
                const PageJob &job = *task->job;
                const Edition &edition = m_editions.at(size_t(job.edition));
                const SitePages &pages = *edition.pages;
                const PageValues values = job.kind == PageJob::Kind::Front ? pages.front()
                    : job.kind == PageJob::Kind::Article                   ? pages.article(job.item, task->body)
                                                                           : pages.list(edition.lists.at(size_t(job.item)), job.number);
                const Expected<QByteArray> html = theme.render(values);
                const Status put = html ? m_out.put(job.path, *html, job.inputs) : Status(html.error());
                if (!put)
                    queue.stop(put.error());
                ++m_done;
            }
        });
    }
    for (const PageJob &job : std::as_const(m_toRender)) {
        PageQueue::Task task{&job, {}};
        if (job.kind == PageJob::Kind::Article) {
            Expected<QString> body = bodies.body(storyOf(job).article.id);
            if (!body) {
                queue.stop(body.error());
                break;
            }
            task.body = std::move(*body);
        }
        if (!reportProgress(false)) {
            queue.stop();
            break;
        }
        if (!queue.push(std::move(task)))
            break;
    }
    queue.close();
    while (!pool.waitForDone(40)) {
        if (!reportProgress(false))
            queue.stop();
    }
    if (std::optional<Error> failed = queue.failure())
        return *failed;
    reportProgress(true);
    return Done{};
}

Status Exporter::putUnlessSame(const QString &path, const QString &inputs, const std::function<QByteArray()> &make)
{
    if (m_out.reuse(path, inputs))
        return Done{};
    return m_out.put(path, make(), inputs);
}

Status Exporter::writeFeeds(const Edition &edition, QStringList &sitemaps)
{
    const SiteContent &site = edition.site;
    const SitePages &pages = *edition.pages;
    const SiteFeeds::Context context{site, m_base, pages.siteName(), m_options.now,
                                     [&pages](const QDateTime &time) { return pages.isoText(time); }};
    QList<qsizetype> all(site.stories.size());
    std::iota(all.begin(), all.end(), 0);
    const QString feed = site.prefix + u"feed.xml"_s;
    if (Status written = putUnlessSame(feed, pages.storiesInputs(feed, all, SiteFeeds::RssSize),
                                       [&] { return SiteFeeds::rss(context, context.siteName, all); });
        !written)
        return written;
    for (const SiteSection &section : std::as_const(site.sections)) {
        if (section.stories.isEmpty())
            continue;
        const QString path = section.path + u"/feed.xml"_s;
        const QString title = section.category.name + u" — "_s + context.siteName;
        if (Status written = putUnlessSame(path, pages.storiesInputs(path, section.stories, SiteFeeds::RssSize),
                                           [&] { return SiteFeeds::rss(context, title, section.stories); });
            !written)
            return written;
    }
    // Search engines want absolute addresses: without a base URL there is no sitemap.
    if (m_base.isEmpty())
        return Done{};

    // Sitemaps of each language's part: its front page and lists in one, its articles by
    // the year of their publication, each at most SitemapLimit addresses. A change to a
    // story remakes only its year's. The site's one index lists them all.
    const auto putSitemaps = [&](const QString &name, const QList<SiteFeeds::SitemapEntry> &entries,
                                 const QString &inputs) -> Status {
        for (qsizetype first = 0, part = 1; first < entries.size() || part == 1; first += SiteFeeds::SitemapLimit, ++part) {
            const QString path = (part == 1 ? name : name + u'-' + QString::number(part)) + u".xml"_s;
            const QList<SiteFeeds::SitemapEntry> chunk = entries.mid(first, SiteFeeds::SitemapLimit);
            sitemaps.append(path);
            if (Status written = putUnlessSame(path, inputs + u' ' + QString::number(part),
                                               [&] { return SiteFeeds::sitemap(context, chunk); });
                !written)
                return written;
        }
        return Done{};
    };
    QList<SiteFeeds::SitemapEntry> lists;
    for (const QString &page : std::as_const(edition.listPages))
        lists.append({page, {}});
    std::sort(lists.begin(), lists.end(), [](const auto &a, const auto &b) { return a.path < b.path; });
    if (Status written = putSitemaps(site.prefix + u"sitemap-pages"_s, lists,
                                     pages.storiesInputs(edition.listPages.join(u' '), {}, 0));
        !written)
        return written;
    QMap<int, QList<qsizetype>> byYear;
    for (qsizetype i = 0; i < site.stories.size(); ++i)
        byYear[site.stories.at(i).article.publishedAt.toTimeZone(site.zone).date().year()].append(i);
    for (auto year = byYear.cbegin(); year != byYear.cend(); ++year) {
        QList<qsizetype> stories = year.value();
        std::sort(stories.begin(), stories.end(),
                  [&](qsizetype a, qsizetype b) { return site.stories.at(a).path < site.stories.at(b).path; });
        QList<SiteFeeds::SitemapEntry> entries;
        for (const qsizetype i : std::as_const(stories)) {
            const Article &a = site.stories.at(i).article;
            entries.append({site.stories.at(i).path, a.updatedAt.isValid() ? a.updatedAt : a.publishedAt});
        }
        const QString name = site.prefix + u"sitemap-"_s + QString::number(year.key());
        if (Status written = putSitemaps(name, entries, pages.storiesInputs(name, stories, stories.size())); !written)
            return written;
    }

    QList<qsizetype> recent;
    for (qsizetype i = 0; i < site.stories.size(); ++i) {
        if (site.stories.at(i).article.publishedAt.secsTo(m_options.now) <= SiteFeeds::NewsSitemapSeconds)
            recent.append(i);
    }
    const QString news = site.prefix + u"news-sitemap.xml"_s;
    return putUnlessSame(news, pages.storiesInputs(news, recent, recent.size()),
                         [&] { return SiteFeeds::newsSitemap(context); });
}

Status Exporter::writeSitemapIndex(const QStringList &sitemaps)
{
    if (m_base.isEmpty())
        return Done{};
    const Edition &main = m_editions.front();
    const SitePages &pages = *main.pages;
    const SiteFeeds::Context context{main.site, m_base, pages.siteName(), m_options.now,
                                     [&pages](const QDateTime &time) { return pages.isoText(time); }};
    return putUnlessSame(u"sitemap.xml"_s, pages.storiesInputs(sitemaps.join(u' '), {}, 0),
                         [&] { return SiteFeeds::sitemapIndex(context, sitemaps); });
}

Status Exporter::writeMovedPages()
{
    QSet<QString> taken;
    for (const Edition &edition : m_editions) {
        for (const SiteStory &story : edition.site.stories)
            taken.insert(story.path);
    }
    for (const Edition &edition : m_editions) {
        if (edition.site.prefix.isEmpty())
            continue;
        for (const SiteStory &story : edition.site.stories) {
            // Where it may have been: at the top (before the site had this language's
            // part), or under the language's code (before its folder was renamed).
            const QString own = story.path.mid(edition.site.prefix.size());
            for (const QString &old : {own, QString(story.article.language + u'/' + own)}) {
                if (taken.contains(old) || !m_out.wroteBefore(old))
                    continue;
                if (Status put = writeMovedPage(story, old); !put)
                    return put;
            }
        }
    }
    return Done{};
}

Status Exporter::writeMovedPage(const SiteStory &story, const QString &old)
{
    const QString to = u"../"_s.repeated(old.count(u'/')) + story.path;
    const QString canonical = m_base.isEmpty() ? to : m_base.resolved(QUrl(story.path)).toString();
    const QString headline = story.article.headline.toHtmlEscaped();
    const QString html = u"<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n<meta charset=\"utf-8\">\n<title>%2</title>\n"
                         "<meta http-equiv=\"refresh\" content=\"0; url=%3\">\n<link rel=\"canonical\" href=\"%4\">\n"
                         "<meta name=\"robots\" content=\"noindex\">\n</head>\n<body>\n<p><a href=\"%3\">%2</a></p>\n"
                         "</body>\n</html>\n"_s.arg(story.article.language.toHtmlEscaped(), headline, to.toHtmlEscaped(),
                                                   canonical.toHtmlEscaped());
    return putUnlessSame(old, u"moved "_s + story.path + u' ' + headline, [&] { return html.toUtf8(); });
}

Expected<ExportReport> Exporter::run(ExportReport report)
{
    m_clock.start();
    if (Status theme = setUpTheme(); !theme)
        return theme.error();
    if (Status photos = makeRenditions(); !photos)
        return photos.error();
    lap(report, u"photos"_s);
    for (qsizetype e = 0; e < qsizetype(m_editions.size()); ++e) {
        Edition &edition = m_editions.at(size_t(e));
        edition.pages = std::make_unique<SitePages>(edition.site, m_words, m_base, m_options.now, m_photos,
                                                    m_themeFingerprint);
        planLists(edition);
        plan(e);
    }
    lap(report, u"plan"_s);
    report.skipped = m_editions.front().site.skipped;
    if (Status rendered = renderAll(); !rendered)
        return rendered.error();
    lap(report, u"pages"_s);
    report.cancelled = m_cancelled;
    if (m_cancelled)
        return report; // the site stays as the last export left it
    QStringList sitemaps;
    for (const Edition &edition : m_editions) {
        if (Status feeds = writeFeeds(edition, sitemaps); !feeds)
            return feeds.error();
    }
    if (Status index = writeSitemapIndex(sitemaps); !index)
        return index.error();
    if (Status moved = writeMovedPages(); !moved)
        return moved.error();
    lap(report, u"feeds"_s);
    if (Status finished = m_out.finish(); !finished)
        return finished.error();
    lap(report, u"finish"_s);
    report.stories = 0;
    for (const Edition &edition : m_editions)
        report.stories += int(edition.site.stories.size());
    report.written = m_out.written();
    report.unchanged = m_out.unchanged();
    report.removed = m_out.removed();
    report.kept = m_out.kept();
    report.files = report.written + report.unchanged;
    return report;
}

} // namespace

Expected<ExportReport> exportSite(Database &database, const ExportOptions &options)
{
    ExportOptions chosen = options;
    if (!chosen.now.isValid())
        chosen.now = QDateTime::currentDateTimeUtc();
    // The folder first: a wrong one is refused before the archive is read.
    Expected<OutputFolder> folder = OutputFolder::open(chosen.outDir, chosen.full);
    if (!folder)
        return folder.error();
    // One snapshot of the database for the whole export, whatever colleagues save meanwhile.
    return database.read([&]() -> Expected<ExportReport> {
        ExportReport report;
        QElapsedTimer clock;
        clock.start();
        Expected<QList<SiteContent>> content = loadSiteEditions(database, chosen.now);
        if (!content)
            return content.error();
        report.timings.append({u"read"_s, clock.restart()});
        Exporter exporter(database, chosen, std::move(*content), std::move(*folder));
        return exporter.run(std::move(report));
    });
}

Expected<std::optional<ExportReport>> exportAfterPublishing(Database &database)
{
    const Expected<SiteSettings> settings = SiteSettingsRepository(database).load();
    if (!settings)
        return settings.error();
    if (settings->exportOnPublish.isEmpty())
        return std::optional<ExportReport>();
    ExportOptions options;
    options.outDir = settings->exportOnPublish;
    Expected<ExportReport> report = exportSite(database, options);
    if (!report)
        return report.error();
    return std::optional<ExportReport>(std::move(*report));
}

} // namespace Newsroom
