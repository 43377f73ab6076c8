// SPDX-License-Identifier: GPL-3.0-or-later
#include "storypreview.h"

#include "sitecontent.h"
#include "sitepages.h"
#include "storage/articlerepository.h"
#include "storage/historyrepository.h"
#include "text/slug.h"
#include "themerenderer.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Newsroom {

QString articleElement(const QString &page)
{
    const qsizetype start = page.indexOf(u"<article"_s);
    const qsizetype end = page.indexOf(u"</article>"_s, start);
    if (start < 0 || end < 0)
        return {};
    return page.mid(start, end + qsizetype(u"</article>"_s.size()) - start);
}

Expected<SiteSlugs> exportedAuthorSlugs(Database &database, const QDateTime &nowUtc)
{
    SiteSlugs slugs;
    const Expected<SiteContent> site = loadSiteFrame(database);
    if (!site)
        return site.error();
    const Expected<QList<ArticleRepository::PublishedByline>> named = ArticleRepository(database).publishedBylines();
    if (!named)
        return named.error();
    for (const ArticleRepository::PublishedByline &byline : *named) {
        const bool onSite = Slug::isValid(byline.slug) && !(byline.embargoUntil.isValid() && byline.embargoUntil > nowUtc);
        if (onSite && !byline.name.trimmed().isEmpty())
            (void)slugs.author(byline.name, site->settings.language);
    }
    return slugs;
}

Expected<StoryPreview> previewStory(Database &database, const Article &article, const QDateTime &nowUtc,
                                    const SiteSlugs *authors)
{
    Expected<SiteContent> site = loadSiteFrame(database, article.language);
    if (!site)
        return site.error();
    Article shown = article;
    if (!Slug::isValid(shown.slug))
        shown.slug = u"story"_s; // not saved yet: where it goes is not known, how deep it is is
    // Authors get the addresses the export gives them.
    SiteSlugs slugs;
    if (authors) {
        slugs = *authors;
    } else {
        Expected<SiteSlugs> exported = exportedAuthorSlugs(database, nowUtc);
        if (!exported)
            return exported.error();
        slugs = std::move(*exported);
    }
    SiteStory story = siteStoryOf(shown, *site, slugs);
    if (article.id > 0) {
        const Expected<QList<WorkflowEvent>> history = HistoryRepository(database).history(article.id);
        if (!history)
            return history.error();
        for (const WorkflowEvent &event : *history) {
            if (event.from == ArticleStatus::Published && event.to == ArticleStatus::Published && !event.note.isEmpty())
                story.corrections.append(event);
        }
    }
    site->stories = {story};

    StoryPreview preview;
    QHash<QString, SitePhoto> photos;
    for (const ArticlePhoto &photo : article.photos) {
        if (photo.width <= 0 || photo.height <= 0)
            continue;
        const SitePhoto files = SitePages::photoFiles(photo);
        photos.insert(SitePages::photoKey(photo), files);
        for (const auto &[width, path] : files.widths)
            preview.photoFiles.insert(QFileInfo(path).fileName(), photo.photoId);
    }
    const QStringList themeFolders = ThemeRenderer::folders(site->settings.themeFolder);
    const Expected<SiteWords> words = SiteWords::load(themeFolders);
    if (!words)
        return words.error();
    SitePages pages(*site, *words, SitePages::folderUrl(site->settings.baseUrl), nowUtc, photos, {});
    pages.prepareArticle(0);
    const Expected<QByteArray> page = ThemeRenderer(themeFolders).render(pages.article(0, article.body));
    if (!page)
        return page.error();
    preview.html = articleElement(QString::fromUtf8(*page));
    return preview;
}

} // namespace Newsroom
