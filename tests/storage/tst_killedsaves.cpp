// SPDX-License-Identifier: GPL-3.0-or-later
// A desk that dies mid-save (power cut, kill -9) must leave an intact database in which
// every save it reported as done is present. The same executable plays the desk: run
// with NEWSROOM_SAVE_CHILD set, it saves forever and prints each save that returned.
#include "storage/articlerepository.h"
#include "storage/statement.h"
#include "testdatabases.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

int runDesk(const QString &url)
{
    Expected<std::unique_ptr<Database>> db = Database::open(*DatabaseUrl::parse(url));
    if (!db) {
        std::fprintf(stderr, "%s\n", qPrintable(db.error().message));
        return 1;
    }
    ArticleRepository articles(**db);
    std::optional<Article> current;
    for (int i = 0;; ++i) {
        Article story;
        if (current && i % 4 != 0) {
            story = *current;
            story.body += u"\n\nАбзац %1, дописанный перед отключением."_s.arg(i);
            story.tags = {u"правка-%1"_s.arg(i % 7)};
        } else {
            story.headline = u"Материал %1 из редакции, где отключают свет"_s.arg(QRandomGenerator::global()->generate());
            story.lead = u"Лид."_s;
            story.bylines = {{Byline::Kind::Text, 0, u"Дежурный редактор"_s}};
        }
        const SaveResult saved = articles.save(story);
        if (!saved.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(saved.error->message));
            return 1;
        }
        current = saved.article;
        // Only now, after the commit returned, is the save "done".
        std::printf("saved %lld %d\n", saved.article.id, saved.article.revision);
        std::fflush(stdout);
    }
}

} // namespace

class TestKilledSaves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyReportedSaveSurvives();

private:
    Test::TestDatabases m_databases;
};

void TestKilledSaves::everyReportedSaveSurvives()
{
    const QString url = m_databases.freshUrl(u"sqlite"_s);
    QVERIFY(m_databases.open(url)); // creates the schema
    const quint32 seed = QRandomGenerator::global()->generate();
    QRandomGenerator random(seed);
    qInfo("seed %u", seed);

    QHash<qint64, int> reported; // story -> highest revision reported saved
    int totalReported = 0;
    constexpr int kills = 200;
    for (int round = 0; round < kills; ++round) {
        QProcess desk;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"NEWSROOM_SAVE_CHILD"_s, url);
        desk.setProcessEnvironment(environment);
        desk.start(QCoreApplication::applicationFilePath(), {});
        QVERIFY(desk.waitForStarted());
        // Killed while it saves, not while it starts: a slow start (a sanitizer build on a
        // busy machine) would otherwise leave nothing to check.
        QByteArray output;
        QElapsedTimer starting;
        starting.start();
        while (!output.contains("saved ") && desk.state() == QProcess::Running && starting.elapsed() < 30'000) {
            desk.waitForReadyRead(100);
            output += desk.readAllStandardOutput();
        }
        QThread::msleep(random.bounded(15, 120));
        desk.kill();
        QVERIFY(desk.waitForFinished(30'000));
        const QString err = QString::fromUtf8(desk.readAllStandardError());
        QVERIFY2(desk.exitStatus() == QProcess::CrashExit, qPrintable(u"the desk stopped by itself: "_s + err));
        output += desk.readAllStandardOutput();
        for (const QByteArray &line : output.split('\n')) {
            const QList<QByteArray> parts = line.split(' ');
            if (parts.size() != 3 || parts.at(0) != "saved")
                continue; // the last line may be cut short by the kill
            const qint64 id = parts.at(1).toLongLong();
            reported[id] = std::max(reported.value(id), parts.at(2).toInt());
            ++totalReported;
        }

        auto db = m_databases.open(url);
        QVERIFY(db);
        Statement check = db->prepare(u"PRAGMA integrity_check"_s);
        QVERIFY(db->exec(check).ok() && check.next());
        QCOMPARE(check.value(0).toString(), u"ok"_s);
        check.finish();
        Statement keys = db->prepare(u"PRAGMA foreign_key_check"_s);
        QVERIFY(db->exec(keys).ok());
        QVERIFY2(!keys.next(), "a row points at something that is not there");
    }
    QVERIFY2(totalReported > kills, "the desks hardly saved anything before being killed");

    auto db = m_databases.open(url);
    QVERIFY(db);
    ArticleRepository articles(*db);
    for (auto it = reported.cbegin(); it != reported.cend(); ++it) {
        const Expected<Article> story = articles.load(it.key());
        QVERIFY2(story.ok(), qPrintable(u"story %1 was reported saved and is gone"_s.arg(it.key())));
        QVERIFY(story->revision >= it.value());
        const QList<Revision> revisions = *articles.revisions(it.key());
        QCOMPARE(revisions.size(), story->revision);
    }
    qInfo("%d saves reported before %d kills; all present", totalReported, kills);
}

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("NEWSROOM_SAVE_CHILD")) {
        QCoreApplication app(argc, argv);
        return runDesk(qEnvironmentVariable("NEWSROOM_SAVE_CHILD"));
    }
    QCoreApplication app(argc, argv);
    TestKilledSaves test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "tst_killedsaves.moc"
