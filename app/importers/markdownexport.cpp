// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownexport.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/photostore.h"
#include "storyfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QRegularExpression>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::MarkdownExporter", text);
}

Status writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return failure(tr("cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done{};
}

// A photo's file name inside the bundle: its original name reduced to safe characters,
// prefixed with its position only when two photos of the story would share it.
QString photoFileName(qsizetype index, const QString &original, const QStringList &taken)
{
    static const QRegularExpression unsafe(u"[^A-Za-z0-9._-]+"_s);
    QString name = original;
    name.replace(unsafe, u"-"_s);
    if (name.isEmpty() || name.startsWith(u'.') || name == u"index.md")
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

Expected<qsizetype> MarkdownExporter::exportAll(const QString &folder, const Progress &progress)
{
    const QDir root(folder);
    if (!QDir().mkpath(root.absolutePath()))
        return failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(root.absolutePath())));

    const Expected<SiteSettings> settings = SiteSettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    QTimeZone zone(settings->timeZone.toUtf8());
    if (!zone.isValid())
        zone = QTimeZone(QTimeZone::UTC);

    ArticleRepository articles(m_db);
    CategoryRepository categories(m_db);
    PhotoStore photos(m_db);
    ArticleQuery query;
    query.sort = ArticleQuery::Sort::CreatedNewest;
    query.limit = 500;
    qsizetype written = 0;
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
            const QDir bundle(root.filePath(article->slug));
            if (!QDir().mkpath(bundle.absolutePath()))
                return failure(tr("cannot create the folder %1").arg(QDir::toNativeSeparators(bundle.absolutePath())));
            QStringList photoFiles;
            for (qsizetype i = 0; i < article->photos.size(); ++i) {
                const ArticlePhoto &photo = article->photos.at(i);
                const Expected<QByteArray> bytes = photos.bytes(photo.photoId);
                if (!bytes)
                    return bytes.error();
                photoFiles.append(photoFileName(i, photo.fileName, photoFiles));
                if (Status ok = writeFile(bundle.filePath(photoFiles.last()), *bytes); !ok)
                    return ok.error();
            }
            if (Status ok = writeFile(bundle.filePath(u"index.md"_s),
                                      StoryFile::write(*article, categoryPath, photoFiles, zone));
                !ok)
                return ok.error();
            ++written;
            if (progress)
                progress(written, page->total);
        }
        if (page->items.size() < query.limit)
            break;
        query.offset += query.limit;
    }
    return written;
}

} // namespace Newsroom
