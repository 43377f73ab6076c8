// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "export/outputfolder.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/photostore.h"
#include "storage/sitesettingsrepository.h"
#include "storage/translationrepository.h"
#include "storyfile.h"

#include <QDir>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// A photo's file name inside the bundle: its original name reduced to safe characters,
// prefixed with its position only when two photos of the story would share it.
QString photoFileName(qsizetype index, const QString &original, const QStringList &taken)
{
    static const QRegularExpression unsafe(u"[^a-z0-9._-]+"_s);
    static const QRegularExpression dots(u"\\.{2,}"_s);
    QString name = original.toLower();
    name.replace(unsafe, u"-"_s);
    name.replace(dots, u"."_s);
    if (name.isEmpty() || name.startsWith(u'.') || name.startsWith(u'-') || name == u"index.md")
        name.prepend(u"photo"_s);
    if (taken.contains(name, Qt::CaseInsensitive))
        name = u"%1-%2"_s.arg(index + 1, 2, 10, QChar(u'0')).arg(name);
    return name;
}

} // namespace

MarkdownExporter::MarkdownExporter(Database &database)
    : m_db(database)
{
}

Expected<MarkdownExportReport> MarkdownExporter::exportAll(const QString &folder, const Progress &progress)
{
    Expected<OutputFolder> out = OutputFolder::open(folder, false, OutputFolder::Kind::Markdown);
    if (!out)
        return out.error();

    const Expected<SiteSettings> settings = SiteSettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    QTimeZone zone(settings->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC);

    ArticleRepository articles(m_db);
    CategoryRepository categories(m_db);
    PhotoStore photos(m_db);
    const Expected<QHash<qint64, QString>> translationKeys = TranslationRepository(m_db).translationKeys();
    if (!translationKeys)
        return translationKeys.error();
    ArticleQuery query;
    query.sort = ArticleQuery::Sort::CreatedNewest;
    query.limit = 500;
    MarkdownExportReport report;
    for (;;) {
        const Expected<ArticlePage> page = articles.list(query);
        if (!page)
            return page.error();
        for (const ArticleSummary &summary : page->items) {
            const Expected<Article> article = articles.load(summary.id);
            if (!article)
                return article.error();
            QString categoryPath;
            if (article->categoryId != 0) {
                const Expected<QString> path = categories.pathOf(article->categoryId);
                if (!path)
                    return path.error();
                categoryPath = *path;
            }
            const QString bundle = article->slug + u'/';
            QStringList photoFiles;
            for (qsizetype i = 0; i < article->photos.size(); ++i) {
                const ArticlePhoto &photo = article->photos.at(i);
                const Expected<QByteArray> bytes = photos.bytes(photo.photoId);
                if (!bytes)
                    return bytes.error();
                photoFiles.append(photoFileName(i, photo.fileName, photoFiles));
                if (Status ok = out->put(bundle + photoFiles.last(), *bytes); !ok)
                    return ok.error();
            }
            if (Status ok = out->put(bundle + u"index.md"_s, StoryFile::write(*article, categoryPath, photoFiles, zone,
                                                                              translationKeys->value(article->id)));
                !ok)
                return ok.error();
            ++report.stories;
            if (progress)
                progress(report.stories, page->total);
        }
        if (page->items.size() < query.limit)
            break;
        query.offset += query.limit;
    }
    if (Status finished = out->finish(); !finished)
        return finished.error();
    report.written = out->written();
    report.unchanged = out->unchanged();
    report.removed = out->removed();
    report.kept = out->kept();
    return report;
}

} // namespace Newsroom
