// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "export/outputfolder.h"
#include "export/siteexporter.h"
#include "importers/markdownexport.h"
#include "importers/markdownimport.h"
#include "storage/backup.h"
#include "storage/healthcheck.h"
#include "storage/sitesettingsrepository.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// "\r  1234/100000  name.md" on a terminal, at most ten times a second; nothing elsewhere.
class ProgressLine
{
public:
    explicit ProgressLine(QTextStream &stream)
        : m_stream(stream)
        , m_enabled(isTerminal(stderr))
    {
        m_clock.start();
    }
    void show(qsizetype done, qsizetype total, const QString &what)
    {
        if (!m_enabled || (done < total && m_clock.elapsed() < 100))
            return;
        m_clock.restart();
        m_stream << u"\r\x1b[K  %1/%2  %3"_s.arg(done).arg(total).arg(QFileInfo(what).fileName().left(60));
        m_stream.flush();
    }
    void finish()
    {
        if (m_enabled) {
            m_stream << u"\r\x1b[K"_s;
            m_stream.flush();
        }
    }

private:
    QTextStream &m_stream;
    bool m_enabled;
    QElapsedTimer m_clock;
};

} // namespace

int runImport(Context &context)
{
    const QString command = u"import"_s;
    QCommandLineParser parser;
    if (auto stop
        = parseOptions(context, parser, command,
                       Words::tr("Import Markdown stories with YAML front matter (Hugo and Jekyll files, or "
                                 "Newsroom's own), from files or folders. Each file is imported whole or not at "
                                 "all; the others go ahead."),
                       Words::tr("paths…")))
        return *stop;
    if (parser.positionalArguments().isEmpty())
        return usageError(context, command, Words::tr("name the files or folders to import"));

    const Expected<QStringList> files = MarkdownImporter::collectFiles(parser.positionalArguments());
    if (!files)
        return fail(context, command, files.error());
    if (files->isEmpty())
        return usageError(context, command, Words::tr("no .md files in %1").arg(parser.positionalArguments().join(u", "_s)));

    Expected<std::unique_ptr<Database>> db = openDatabase(context, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(context, command, db.error());

    // The stories are started in the name of whoever imports them: on a server the login's
    // staff member (the database holds a reporter to her own stories), else the newsroom.
    MarkdownImporter importer(**db);
    if (!(*db)->isSQLite()) {
        const Expected<Actor> actor = Actor::signedIn(**db);
        if (!actor)
            return fail(context, command, actor.error());
        importer.setActingPerson(actor->personId);
    }
    ProgressLine progress(context.err);
    const ImportReport report = importer.importFiles(
        *files, [&](qsizetype done, qsizetype total, const QString &file) { progress.show(done, total, file); });
    progress.finish();
    for (const QString &failure : report.failures)
        context.err << "newsroom import: " << failure << Qt::endl;
    for (const QString &note : report.notes)
        context.err << Words::tr("newsroom import: note: %1").arg(note) << Qt::endl;
    context.out << Words::tr("Imported %1 of %n file(s) into %2.", nullptr, int(files->size()))
                       .arg(report.imported.size())
                       .arg((*db)->url().toDisplayString())
                << Qt::endl;
    if (!report.publishedWithProblems.isEmpty()) {
        context.out << Words::tr("Published, but lacking what publishing asks for (%n story(s); they stay published, to be mended):",
                                 nullptr, int(report.publishedWithProblems.size()))
                    << Qt::endl;
        for (const QString &problem : report.publishedWithProblems)
            context.out << "  " << problem << Qt::endl;
    }
    if (!report.stoppedBecause.isEmpty()) {
        context.err << Words::tr("newsroom import: stopped: %1").arg(report.stoppedBecause) << Qt::endl;
        if (!report.importedFiles.isEmpty()) {
            context.err << Words::tr("These %n file(s) are in the newsroom:", nullptr, int(report.importedFiles.size())) << Qt::endl;
            for (const QString &file : report.importedFiles)
                context.err << "  " << QDir::toNativeSeparators(file) << Qt::endl;
        }
        context.err << Words::tr("These %n file(s) are not in the newsroom:", nullptr, int(report.notImported.size())) << Qt::endl;
        for (const QString &file : report.notImported)
            context.err << "  " << QDir::toNativeSeparators(file) << Qt::endl;
        context.err << Words::tr("Import those again once the server answers. Running the whole import again also "
                          "works for files that name their slug: those already in the newsroom are refused by it.")
                    << Qt::endl;
        return ExitFailure;
    }
    if (!report.failures.isEmpty()) {
        context.err << Words::tr("newsroom import: not imported: %n file(s); the newsroom has none of their content.", nullptr,
                                 int(report.failures.size()))
                    << Qt::endl;
        return ExitFailure;
    }
    return ExitSuccess;
}

int runExportMarkdown(Context &context)
{
    const QString command = u"export-markdown"_s;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, Words::tr("The folder to write into."), Words::tr("folder"));
    parser.addOption(out);
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Write every story as Markdown with YAML front matter, one folder per story "
                                    "with its photos: what `newsroom import` reads back.")))
        return *stop;
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(context, command, Words::tr("say where to write with --out FOLDER"));

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    ProgressLine progress(context.err);
    const Expected<MarkdownExportReport> report = MarkdownExporter(**db).exportAll(
        parser.value(out), [&](qsizetype done, qsizetype total) { progress.show(done, total, QString()); });
    progress.finish();
    if (!report)
        return fail(context, command, report.error());
    for (const QString &kept : report->kept)
        context.err << Words::tr("newsroom export-markdown: kept %1").arg(kept) << Qt::endl;
    context.out << Words::tr("Wrote %n story(s) to %1: %2.", nullptr, report->stories)
                       .arg(QDir::toNativeSeparators(parser.value(out)),
                            describeFileCounts(report->written, report->unchanged, report->removed))
                << Qt::endl;
    return ExitSuccess;
}

namespace {

Status keepExportedOnPublish(Database &database, const QString &folder)
{
    SiteSettingsRepository repository(database);
    Expected<SiteSettings> settings = repository.load();
    if (!settings)
        return settings.error();
    settings->exportOnPublish = folder;
    return repository.save(*settings);
}

} // namespace

int runExport(Context &context)
{
    const QString command = u"export"_s;
    QCommandLineParser parser;
    const QCommandLineOption out(u"out"_s, Words::tr("The folder of the site (empty, or a previous export)."), Words::tr("folder"));
    const QCommandLineOption full(u"full"_s, Words::tr("Rewrite every file, not only what changed."));
    const QCommandLineOption baseUrl(u"base-url"_s,
                                     Words::tr("Where the site will be, e.g. https://news.example.kz/ "
                                               "(else the site settings')."),
                                     Words::tr("url"));
    const QCommandLineOption theme(u"theme"_s, Words::tr("A folder of templates and CSS overriding the default theme."),
                                   Words::tr("folder"));
    const QCommandLineOption at(
        u"at"_s, Words::tr("Export as at this UTC time, \"YYYY-MM-DD HH:MM\" (for reproducible builds)."),
        Words::tr("time"));
    const QCommandLineOption timings(u"timings"_s, Words::tr("Say how long each step of the export took."));
    const QCommandLineOption onPublish(u"on-publish"_s, Words::tr("Keep this folder current: export to it again after each "
                                                           "publication, unpublication and correction."));
    const QCommandLineOption notOnPublish(u"not-on-publish"_s, Words::tr("Stop exporting after each publication."));
    parser.addOptions({out, full, baseUrl, theme, at, timings, onPublish, notOnPublish});
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Export the site as static HTML: published stories past their embargo, with "
                                    "section, tag and author pages, feeds and sitemaps. Only what changed is "
                                    "rewritten.")))
        return *stop;
    if (parser.isSet(onPublish) && parser.isSet(notOnPublish))
        return usageError(context, command, Words::tr("--on-publish and --not-on-publish say opposite things"));
    if (parser.isSet(notOnPublish) && !parser.isSet(out)) {
        Expected<std::unique_ptr<Database>> db = openDatabase(context);
        if (!db)
            return fail(context, command, db.error());
        if (Status saved = keepExportedOnPublish(**db, QString()); !saved)
            return fail(context, command, saved.error());
        context.out << Words::tr("The site is exported only when asked from now on.") << Qt::endl;
        return ExitSuccess;
    }
    if (!parser.isSet(out) || parser.value(out).isEmpty())
        return usageError(context, command, Words::tr("say where to write with --out FOLDER"));
    ExportOptions options;
    options.outDir = parser.value(out);
    options.full = parser.isSet(full);
    options.themeFolder = parser.value(theme);
    if (parser.isSet(baseUrl)) {
        options.baseUrl = QUrl(parser.value(baseUrl), QUrl::StrictMode);
        if (!options.baseUrl.isValid() || !QStringList{u"http"_s, u"https"_s}.contains(options.baseUrl.scheme()))
            return usageError(context, command, Words::tr("--base-url wants an http or https address, not “%1”").arg(parser.value(baseUrl)));
    }
    if (parser.isSet(at)) {
        options.now = QDateTime::fromString(parser.value(at), u"yyyy-MM-dd HH:mm"_s);
        if (!options.now.isValid())
            return usageError(context, command, Words::tr("--at wants \"YYYY-MM-DD HH:MM\", not “%1”").arg(parser.value(at)));
        options.now.setTimeZone(QTimeZone::UTC);
    }

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    ProgressLine progress(context.err);
    options.progress = [&](qsizetype done, qsizetype total) {
        progress.show(done, total, QString());
        return true;
    };
    const Expected<ExportReport> report = exportSite(**db, options);
    progress.finish();
    if (!report)
        return fail(context, command, report.error());
    for (const QString &skipped : report->skipped)
        context.err << Words::tr("left out: %1").arg(skipped) << Qt::endl;
    for (const QString &kept : report->kept)
        context.err << Words::tr("newsroom export: kept %1").arg(kept) << Qt::endl;
    if (parser.isSet(timings)) {
        for (const auto &[step, milliseconds] : report->timings)
            context.err << Words::tr("%1: %2 ms").arg(step).arg(milliseconds) << Qt::endl;
    }
    if (parser.isSet(onPublish) || parser.isSet(notOnPublish)) {
        const QString kept = parser.isSet(onPublish) ? QDir(parser.value(out)).absolutePath() : QString();
        if (Status saved = keepExportedOnPublish(**db, kept); !saved)
            return fail(context, command, saved.error());
    }
    context.out << Words::tr("Exported %n story(s) to %1: %2.", nullptr, report->stories)
                       .arg(QDir::toNativeSeparators(parser.value(out)),
                            describeFileCounts(report->written, report->unchanged, report->removed))
                << Qt::endl;
    return ExitSuccess;
}

int runBackup(Context &context)
{
    const QString command = u"backup"_s;
    QCommandLineParser parser;
    if (auto stop
        = parseOptions(context, parser, command,
                       Words::tr("Save a consistent copy of the whole newsroom to a new file, while others keep "
                                 "working. The copy is an SQLite newsroom, whichever engine the newsroom uses."),
                       Words::tr("file")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name the backup file to create"));
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    if (Status made = Backup::create(**db, parser.positionalArguments().first()); !made)
        return fail(context, command, made.error());
    context.out << Words::tr("Backed up %1 to %2.").arg((*db)->url().toDisplayString(), parser.positionalArguments().first())
                << Qt::endl;
    return ExitSuccess;
}

int runRestore(Context &context)
{
    const QString command = u"restore"_s;
    QCommandLineParser parser;
    const QCommandLineOption replace(u"replace"_s, Words::tr("Overwrite an existing SQLite newsroom file."));
    parser.addOption(replace);
    if (auto stop
        = parseOptions(context, parser, command,
                       Words::tr("Restore a backup into the newsroom named by --database: a new SQLite file, or "
                                 "an empty PostgreSQL database. A damaged backup is refused before anything is "
                                 "written."),
                       Words::tr("file")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name the backup file to restore"));
    const Expected<DatabaseUrl> target = DatabaseUrl::resolve(context.invocation.database);
    if (!target)
        return fail(context, command, target.error());
    if (Status restored = Backup::restore(parser.positionalArguments().first(), *target, parser.isSet(replace)); !restored)
        return fail(context, command, restored.error());
    context.out << Words::tr("Restored %1 into %2.").arg(parser.positionalArguments().first(), target->toDisplayString())
                << Qt::endl;
    return ExitSuccess;
}

int runCheck(Context &context)
{
    const QString command = u"check"_s;
    QCommandLineParser parser;
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Check that the newsroom's database is sound: on a file, SQLite's integrity "
                                    "check, the links between tables and the search index; on a server, the search "
                                    "index. Changes nothing.")))
        return *stop;
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    const Expected<HealthReport> report = checkHealth(**db);
    if (!report)
        return fail(context, command, report.error());
    if (report->problems.isEmpty()) {
        context.out << Words::tr("%1: no problems found (%n checks).", nullptr, report->checks).arg((*db)->url().toDisplayString())
                    << Qt::endl;
        return ExitSuccess;
    }
    for (const QString &problem : report->problems)
        context.err << Words::tr("newsroom check: %1").arg(problem) << Qt::endl;
    context.err << Words::tr("newsroom check: %1 is damaged. Stop working in it, and restore the newsroom from a backup with "
                      "`newsroom restore`.")
                       .arg((*db)->url().toDisplayString())
                << Qt::endl;
    return ExitFailure;
}

} // namespace Newsroom::Cli
