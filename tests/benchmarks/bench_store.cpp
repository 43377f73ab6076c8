// SPDX-License-Identifier: GPL-3.0-or-later
// The article store at archive scale, SQLite and PostgreSQL side by side in one run:
// import, size, open-and-first-page, full-text search and save latencies.
#include "corpus.h"
#include "importers/markdownimport.h"
#include "postgrescluster.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/statement.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

struct Figures
{
    QList<double> samples; // milliseconds

    double percentile(double p) const
    {
        if (samples.isEmpty())
            return 0;
        QList<double> sorted = samples;
        std::sort(sorted.begin(), sorted.end());
        const qsizetype index = std::min<qsizetype>(sorted.size() - 1, qsizetype(p * double(sorted.size() - 1) + 0.5));
        return sorted.at(index);
    }
    double median() const { return percentile(0.5); }
};

double elapsedMs(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(message));
    std::exit(1);
}

struct EngineResult
{
    QString engine;
    double importSeconds = 0;
    qint64 bytes = 0;
    Figures firstPage;
    Figures search;        // every language: each word as Russian and as Kazakh stems it
    Figures searchRussian; // --language ru: one stem per word, Russian stories only
    Figures save;
};

EngineResult run(const QString &engine, const QString &url, const QStringList &files, int runs)
{
    EngineResult result;
    result.engine = engine;
    const DatabaseUrl where = *DatabaseUrl::parse(url);
    {
        Expected<std::unique_ptr<Database>> db = Database::open(where, Database::OpenMode::CreateIfMissing);
        if (!db)
            die(db.error().message);
        QElapsedTimer timer;
        timer.start();
        const ImportReport report = MarkdownImporter(**db).importFiles(files, [&](qsizetype done, qsizetype total, const QString &) {
            if (done % 10000 == 0)
                std::printf("  %s: %lld/%lld imported, %.0f s\n", qPrintable(engine), qlonglong(done), qlonglong(total),
                     elapsedMs(timer) / 1000);
        });
        result.importSeconds = elapsedMs(timer) / 1000;
        if (!report.failures.isEmpty())
            die(report.failures.first());
        if ((*db)->isSQLite()) {
            (void)(*db)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            result.bytes = QFileInfo(where.path).size();
        } else {
            Statement size = (*db)->prepare(u"SELECT pg_database_size(current_database())"_s);
            if ((*db)->exec(size).ok() && size.next())
                result.bytes = size.value(0).toLongLong();
            (void)(*db)->exec(u"VACUUM ANALYZE"_s);
        }
    }

    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        Expected<std::unique_ptr<Database>> db = Database::open(where);
        if (!db)
            die(db.error().message);
        ArticleQuery query;
        query.limit = 50;
        const Expected<ArticlePage> page = ArticleRepository(**db).list(query);
        if (!page || page->items.size() != 50)
            die(u"the first page did not come back"_s);
        result.firstPage.samples.append(elapsedMs(timer));
    }

    Expected<std::unique_ptr<Database>> db = Database::open(where);
    if (!db)
        die(db.error().message);
    ArticleRepository articles(**db);
    ArticleFilter russian;
    russian.language = u"ru"_s;
    for (const QString &query : Bench::Corpus::queries()) {
        (void)articles.search(query); // warm
        (void)articles.search(query, russian);
        Figures perQuery;
        Figures perQueryRussian;
        qsizetype found = 0;
        qsizetype foundRussian = 0;
        // Side by side, alternating: every language, then Russian only.
        for (int i = 0; i < runs; ++i) {
            for (const bool everyLanguage : {true, false}) {
                QElapsedTimer timer;
                timer.start();
                const Expected<QList<SearchHit>> hits = articles.search(query, everyLanguage ? ArticleFilter() : russian);
                const double ms = elapsedMs(timer);
                if (!hits)
                    die(hits.error().message);
                (everyLanguage ? found : foundRussian) = hits->size();
                (everyLanguage ? perQuery : perQueryRussian).samples.append(ms);
                (everyLanguage ? result.search : result.searchRussian).samples.append(ms);
            }
        }
        std::printf("  %s: search %-26s median %7.2f ms every language, %7.2f ms Russian only  (%lld/%lld hits shown)\n",
                    qPrintable(engine), qPrintable(query), perQuery.median(), perQueryRussian.median(), qlonglong(found),
                    qlonglong(foundRussian));
    }

    Article story = *articles.load(std::max<qsizetype>(1, *articles.count() / 2));
    for (int i = 0; i < std::max(runs * 10, 200); ++i) {
        story.body += u"\n\nПравка %1."_s.arg(i);
        QElapsedTimer timer;
        timer.start();
        const SaveResult saved = articles.save(story);
        result.save.samples.append(elapsedMs(timer));
        if (!saved.ok())
            die(saved.error->message);
        story = saved.article;
    }
    return result;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // figures appear as they are measured
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Article store benchmark"_s);
    parser.addHelpOption();
    const QCommandLineOption count(u"count"_s, u"Stories in the archive (default 100000)."_s, u"n"_s, u"100000"_s);
    const QCommandLineOption runs(u"runs"_s, u"Repetitions per measurement (default 20)."_s, u"n"_s, u"20"_s);
    const QCommandLineOption engines(u"engine"_s, u"sqlite, postgresql or both (default)."_s, u"engine"_s, u"both"_s);
    const QCommandLineOption reuse(u"reuse"_s,
                                   u"Keep the SQLite archive in this file and reuse it when it is there (skips the import)."_s,
                                   u"file"_s);
    parser.addOptions({count, runs, engines, reuse});
    parser.process(app);
    const int stories = parser.value(count).toInt();
    const int repetitions = std::max(1, parser.value(runs).toInt());
    const QString which = parser.value(engines);

    QTemporaryDir folder;
    if (!folder.isValid())
        die(u"no temporary folder"_s);
    const bool reusing = parser.isSet(reuse) && QFileInfo::exists(parser.value(reuse)) && which == u"sqlite";
    std::printf("Generating %d stories...\n", reusing ? 0 : stories);
    const Bench::Corpus corpus;
    QStringList files;
    qint64 corpusBytes = 0;
    for (int i = 1; i <= (reusing ? 0 : stories); ++i) {
        const QString path = folder.filePath(u"%1/story-%2.md"_s.arg(i / 1000, 3, 10, QChar(u'0')).arg(i, 6, 10, QChar(u'0')));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        const QByteArray bytes = corpus.story(i);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            die(u"cannot write "_s + path);
        corpusBytes += bytes.size();
        files.append(path);
    }
    std::printf("Corpus: %d stories, %.1f MB of Markdown\n", stories, double(corpusBytes) / 1e6);

    QList<EngineResult> results;
    if (which == u"sqlite" || which == u"both") {
        const QString file = parser.isSet(reuse) ? parser.value(reuse) : folder.filePath(u"bench.db"_s);
        const bool reused = QFileInfo::exists(file);
        results.append(run(u"SQLite"_s, u"sqlite:"_s + file, reused ? QStringList() : files, repetitions));
    }
    Test::PostgresCluster cluster;
    if (which == u"postgresql" || which == u"both") {
        QString error;
        if (!cluster.start(&error, true))
            die(error);
        const QString url = cluster.createDatabase(&error);
        if (url.isEmpty())
            die(error);
        results.append(run(u"PostgreSQL"_s, url, files, repetitions));
    }

    std::printf("\n%-11s %10s %9s %16s %16s %16s %16s %16s\n", "engine", "import", "size", "first page p50",
         "search p50/p95", "ru only p50/p95", "save p50", "save p99");
    for (const EngineResult &r : results) {
        std::printf("%-11s %8.1f s %6.0f MB %13.2f ms %7.2f/%6.2f ms %7.2f/%6.2f ms %13.2f ms %13.2f ms\n",
             qPrintable(r.engine), r.importSeconds, double(r.bytes) / 1e6, r.firstPage.median(), r.search.median(),
             r.search.percentile(0.95), r.searchRussian.median(), r.searchRussian.percentile(0.95), r.save.median(),
             r.save.percentile(0.99));
    }
    std::printf("(%d stories; %d runs per measurement; search: %lld timings over %lld queries)\n", stories, repetitions,
         qlonglong(results.isEmpty() ? 0 : results.first().search.samples.size()), qlonglong(Bench::Corpus::queries().size()));
    return 0;
}
