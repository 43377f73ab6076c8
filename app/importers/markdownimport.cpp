// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownimport.h"

#include "domain/article.h"
#include "storage/photostore.h"
#include "storage/articlerepository.h"
#include "storage/translationrepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/healthcheck.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "storyfile.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(MarkdownImporter)
};

constexpr qint64 MaxPhotoSize = 64 * 1024 * 1024;

bool isStoryFile(const QString &path)
{
    return path.endsWith(u".md"_s, Qt::CaseInsensitive) || path.endsWith(u".markdown"_s, Qt::CaseInsensitive);
}

Expected<QByteArray> readFile(const QString &path, qint64 limit)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failure(Words::tr("%1: cannot read it: %2").arg(path, file.errorString()));
    if (file.size() > limit)
        return invalid(Words::tr("%1: the file is %2 MB; at most %3 MB is accepted")
                           .arg(path)
                           .arg(double(file.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(limit / (1024 * 1024)));
    const QByteArray bytes = file.readAll();
    if (file.error() != QFile::NoError)
        return failure(Words::tr("%1: cannot read it: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace

MarkdownImporter::MarkdownImporter(Database &database)
    : m_db(database)
{
    const Expected<SiteSettings> settings = SiteSettingsRepository(database).load();
    m_zone = QTimeZone(settings ? settings->timeZone.toUtf8() : QByteArrayLiteral("Asia/Almaty"));
    if (!m_zone.isValid())
        m_zone = QTimeZone(QTimeZone::UTC);
}

Expected<QStringList> MarkdownImporter::collectFiles(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            return Error{Error::Kind::NotFound, Words::tr("%1: no such file or folder").arg(path)};
        if (info.isFile()) {
            files.append(info.absoluteFilePath());
            continue;
        }
        QStringList found;
        QDirIterator it(info.absoluteFilePath(), QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString file = it.next();
            if (isStoryFile(file))
                found.append(file);
        }
        found.sort();
        files += found;
    }
    return files;
}

Expected<MarkdownImporter::Imported> MarkdownImporter::importFile(const QString &path)
{
    const Expected<QByteArray> bytes = readFile(path, StoryFile::MaxFileSize);
    if (!bytes)
        return bytes.error();
    Expected<StoryFile::Parsed> parsed = StoryFile::parse(*bytes, path, m_zone);
    if (!parsed)
        return parsed.error();

    // Read every photo before touching the database.
    const QDir folder = QFileInfo(path).absoluteDir();
    QList<QByteArray> photoBytes;
    for (const StoryFile::PhotoEntry &photo : parsed->photos) {
        const QString photoPath = folder.absoluteFilePath(photo.file);
        if (!QFileInfo(photoPath).isFile())
            return Error{Error::Kind::NotFound,
                         Words::tr("%1:%2: the photo “%3” is not there (looked for %4)").arg(path).arg(photo.line).arg(photo.file, photoPath)};
        const Expected<QByteArray> read = readFile(photoPath, MaxPhotoSize);
        if (!read)
            return Error{read.error().kind, Words::tr("%1:%2: %3").arg(path).arg(photo.line).arg(read.error().message)};
        photoBytes.append(*read);
    }

    Article article = parsed->article;
    Imported imported;
    imported.notes = parsed->ignored;
    imported.translationKey = parsed->translationKey;
    // Hugo leaves a post dated in the future off the site until then; here it would go out at
    // once. Said, so the file says what is meant.
    if (article.status == ArticleStatus::Published && article.publishedAt > QDateTime::currentDateTimeUtc())
        return invalid(Words::tr("%1: the story is published but dated %2, which is still to come: give it “status: "
                          "scheduled” and “scheduled:” with that time, or correct the date")
                           .arg(path, article.publishedAt.toTimeZone(m_zone).toString(u"yyyy-MM-dd HH:mm"_s)));
    if (article.status == ArticleStatus::Scheduled && !article.scheduledAt.isValid())
        return invalid(Words::tr("%1: the story is scheduled but says not when: add “scheduled:” with the time it goes out, "
                          "or give it another status")
                           .arg(path));
    Status written = m_db.write([&]() -> Status {
        if (!parsed->categoryPath.trimmed().isEmpty()) {
            const Expected<Category> category = CategoryRepository(m_db).ensurePath(parsed->categoryPath);
            if (!category)
                return reworded(category.error(), Words::tr("%1: %2").arg(path, category.error().message));
            article.categoryId = category->id;
        }
        // Photos go in as the window attaches them: checked, stored once, caption and credit
        // prefilled from the file's IPTC/XMP/EXIF where the story file gives none.
        PhotoStore photos(m_db);
        const bool namesPhotographers = std::any_of(article.bylines.begin(), article.bylines.end(),
                                                    [](const Byline &b) { return b.kind == Byline::Kind::Photo; });
        for (qsizetype i = 0; i < parsed->photos.size(); ++i) {
            const StoryFile::PhotoEntry &entry = parsed->photos.at(i);
            const QString name = QFileInfo(entry.file).fileName();
            const Expected<AttachedPhoto> attached = attachPhoto(photos, photoBytes.at(i), name, 0);
            if (!attached)
                return reworded(attached.error(), Words::tr("%1:%2: %3").arg(path).arg(entry.line).arg(attached.error().message));
            ArticlePhoto photo = attached->photo;
            if (!entry.caption.isEmpty())
                photo.caption = entry.caption;
            if (!entry.credit.isEmpty())
                photo.credit = entry.credit;
            photo.altText = entry.altText;
            photo.role = entry.role;
            article.photos.append(photo);
            const QString photographer = attached->metadata.photographer.simplified();
            const bool known = std::any_of(article.bylines.begin(), article.bylines.end(), [&](const Byline &b) {
                return b.kind == Byline::Kind::Photo && b.name.compare(photographer, Qt::CaseInsensitive) == 0;
            });
            if (!namesPhotographers && !photographer.isEmpty() && !known)
                article.bylines.append({Byline::Kind::Photo, 0, photographer.left(StoryLimits::ShortText)});
            if (attached->metadata.hasGps)
                imported.notes.append(Words::tr("%1:%2: %3").arg(path).arg(entry.line).arg(gpsNote(name)));
        }
        const QStringList problems = Workflow::publishProblems(article);
        if (article.status == ArticleStatus::Scheduled && !problems.isEmpty())
            return invalid(Words::tr("%1: the story is scheduled, but could never go out: %2; mend the file, or import it as "
                              "a draft")
                               .arg(path, problems.join(u"; "_s)));
        if ((article.status == ArticleStatus::Published) && !problems.isEmpty())
            imported.publishedWithProblems = Words::tr("%1: “%2” is published, but %3").arg(path, article.headline, problems.join(u"; "_s));
        PeopleRepository people(m_db);
        for (Byline &byline : article.bylines) {
            if (const Expected<Person> staff = people.findByName(byline.name))
                byline.personId = staff->id;
        }
        ArticleRepository articles(m_db);
        if (!article.slug.isEmpty()) {
            if (const Expected<Article> existing = articles.loadBySlug(article.slug))
                return invalid(Words::tr("%1: the newsroom already has a story at “%2” (story %3, “%4”)")
                                   .arg(path, article.slug)
                                   .arg(existing->id)
                                   .arg(existing->headline));
        }
        const SaveResult saved =
            articles.save(article, {m_personId, Words::tr("imported from %1").arg(QFileInfo(path).fileName()), true});
        if (!saved.ok())
            return reworded(*saved.error, Words::tr("%1: %2").arg(path, saved.error->message));
        imported.id = saved.article.id;
        return Done{};
    });
    if (!written)
        return written.error();
    return imported;
}

ImportReport MarkdownImporter::importFiles(const QStringList &files, const Progress &progress)
{
    // Files go in batches, one transaction each and a savepoint per file: a file that
    // fails leaves no trace, and the newsroom pays for one durable commit per batch.
    constexpr qsizetype BatchSize = 200;
    // A file that lost a race with a colleague's import (the same new tag, a deadlock) is
    // tried again: the colleague's rows are there by then.
    constexpr int Attempts = 5;
    ImportReport report;
    QList<std::pair<QString, qint64>> keyed; // stories imported with a translationKey
    // A damaged file would take the import's pages among its damaged ones: look first (a
    // few seconds on the largest file), and import nothing into a file that fails.
    if (m_db.isSQLite() && !files.isEmpty()) {
        const Expected<HealthReport> health = checkHealth(m_db, HealthDepth::Quick);
        const QString problem = !health ? health.error().message
            : health->problems.isEmpty() ? QString()
                                         : Words::tr("%1 is damaged (%2); nothing was imported. Run `newsroom check`, and "
                                              "restore the newsroom from a backup with `newsroom restore`.")
                                               .arg(m_db.url().toDisplayString(), health->problems.first());
        if (!problem.isEmpty()) {
            report.stoppedBecause = problem;
            report.notImported = files;
            return report;
        }
    }
    for (qsizetype start = 0; start < files.size() && report.stoppedBecause.isEmpty(); start += BatchSize) {
        const qsizetype end = std::min(files.size(), start + BatchSize);
        QList<qint64> batch;
        QStringList batchFailures;
        QStringList batchFiles;
        QStringList batchNotes;
        QStringList batchProblems;
        QList<std::pair<QString, qint64>> batchKeys;
        QSet<QString> refused;
        const Status committed = m_db.write([&]() -> Status {
            for (qsizetype i = start; i < end; ++i) {
                Expected<Imported> imported = importFile(files.at(i));
                for (int attempt = 1; !imported && imported.error().transient && attempt < Attempts; ++attempt)
                    imported = importFile(files.at(i));
                if (imported) {
                    batch.append(imported->id);
                    batchFiles.append(files.at(i));
                    batchNotes += imported->notes;
                    if (!imported->publishedWithProblems.isEmpty())
                        batchProblems.append(imported->publishedWithProblems);
                    if (!imported->translationKey.isEmpty())
                        batchKeys.append({imported->translationKey, imported->id});
                } else if (Status alive = m_db.ping(); !alive) {
                    // The server is gone: this batch is lost with its transaction.
                    report.stoppedBecause = alive.error().message;
                    return alive.error();
                } else {
                    batchFailures.append(imported.error().message);
                    refused.insert(files.at(i));
                }
                if (progress)
                    progress(i + 1, files.size(), files.at(i));
            }
            return Done{};
        });
        report.failures += batchFailures;
        if (committed) {
            report.imported += batch;
            report.importedFiles += batchFiles;
            report.notes += batchNotes;
            report.publishedWithProblems += batchProblems;
            keyed += batchKeys;
            continue;
        }
        // The batch could not be committed (the disk filled up, the connection dropped):
        // none of its files is in the newsroom, and after a lost connection no later one.
        if (Status alive = m_db.ping(); report.stoppedBecause.isEmpty() && !alive)
            report.stoppedBecause = alive.error().message;
        if (!report.stoppedBecause.isEmpty()) {
            for (const QString &file : files.mid(start)) {
                if (!refused.contains(file))
                    report.notImported.append(file);
            }
            break;
        }
        for (const QString &file : std::as_const(batchFiles))
            report.failures.append(Words::tr("%1: not imported: %2").arg(file, committed.error().message));
    }
    if (!keyed.isEmpty() && report.stoppedBecause.isEmpty()) {
        const Expected<QStringList> linked = linkTranslations(keyed);
        if (linked)
            report.notes += *linked;
        else
            report.notes.append(Words::tr("the translations were not linked: %1").arg(linked.error().message));
    }
    return report;
}

Expected<QStringList> MarkdownImporter::linkTranslations(const QList<std::pair<QString, qint64>> &keyed)
{
    QMap<QString, QList<qint64>> byKey;
    for (const auto &[key, id] : keyed)
        byKey[key].append(id);
    const Expected<SiteSettings> settings = SiteSettingsRepository(m_db).load();
    if (!settings)
        return settings.error();
    return m_db.write([&]() -> Expected<QStringList> {
        ArticleRepository articles(m_db);
        TranslationRepository translations(m_db);
        QStringList notes;
        for (auto group = byKey.cbegin(); group != byKey.cend(); ++group) {
            QList<qint64> ids = group.value();
            qint64 original = 0;
            if (const Expected<Article> atKey = articles.loadBySlug(group.key()))
                original = atKey->id;
            for (qsizetype i = 0; i < ids.size() && original == 0; ++i) {
                const Expected<Article> story = articles.load(ids.at(i));
                if (!story)
                    return story.error();
                if (story->language == settings->language)
                    original = story->id;
            }
            if (original == 0)
                original = ids.constFirst();
            for (const qint64 id : std::as_const(ids)) {
                if (id == original)
                    continue;
                if (Status linked = translations.link(id, original); !linked)
                    notes.append(Words::tr("translationKey “%1”: story %2 was not linked: %3")
                                     .arg(group.key())
                                     .arg(id)
                                     .arg(linked.error().message));
            }
        }
        return notes;
    });
}

} // namespace Newsroom
