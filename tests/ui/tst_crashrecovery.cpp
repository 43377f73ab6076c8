// SPDX-License-Identifier: GPL-3.0-or-later
// Kills the real main window while a reporter types, a hundred times, and checks that
// the next start gets the text back with at most two seconds of typing lost.
#include "awaited.h"
#include "document/editjournal.h"
#include "mainwindow.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"
#include "testdatabases.h"

#include <QPlainTextEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

constexpr int Kills = 100;
constexpr int Parallel = 4;
// At most two seconds of typing lost, counted on the typist's own clock (its keystrokes,
// one per cadence), not the wall clock: a machine that stalls the typist stalls its
// journal alike, and a loaded CI machine must not turn into lost text. What the journal
// costs in wall-clock time is bench_desk's to measure (journalLatency).
constexpr qint64 AllowedLossMs = 2000;

const QString Typed = u"Аким Темиртау пообещал закончить ремонт дорог до холодов. «Работы идут по графику», — "
                      "сказал он журналистам.\nЖители микрорайона ждут новый автобусный маршрут. "_s;

struct Run
{
    std::unique_ptr<QProcess> process;
    std::unique_ptr<QTemporaryDir> home;
    qint64 storyId = 0; // 0: a new story
    QString journalFolder;
    int killAfterMs = 0;  // counted from when the window is ready to type
    bool killTimed = false;
    qsizetype typed = 0; // characters typed
    int cadenceMs = 0;   // the typist's clock: one character each
    QByteArray pending;

    void read()
    {
        pending += process->readAllStandardOutput();
        qsizetype newline;
        while ((newline = pending.indexOf('\n')) >= 0) {
            const QList<QByteArray> words = pending.left(newline).split(' ');
            pending.remove(0, newline + 1);
            if (words.value(0) == "journal")
                journalFolder = QString::fromUtf8(words.value(1));
            else if (words.value(0) == "cadence")
                cadenceMs = words.value(1).toInt();
            else if (words.value(0) == "typed")
                typed = words.value(1).toLongLong();
        }
    }
};

} // namespace

class TestCrashRecovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void killedWhileTypingLosesAtMostTwoSeconds();
    void theNextStartOffersTheTextBack();

private:
    QTemporaryDir m_dir;
    QString m_databasePath;
    Article m_story;
    // One story per run that edits a stored story: a killed run's edit lock holds its
    // story for a lease, as it should, so no two runs share one.
    QList<qint64> m_storyIds;
    QString m_typist;
    QString m_keptFolder; // the journal of one killed run, for the next test
    qint64 m_keptStory = 0;
};

void TestCrashRecovery::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_crashrecovery"_s);
    m_typist = QCoreApplication::applicationDirPath() + u"/typist"_s;
    QVERIFY(QFile::exists(m_typist));
    m_databasePath = m_dir.filePath(u"newsroom.db"_s);
    DatabaseUrl url;
    url.path = m_databasePath;
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY2(db, qPrintable(Test::errorText(db)));
    Article story;
    story.headline = u"Министр посетил Темиртау"_s;
    story.body = u"Визит начался с комбината."_s;
    for (int i = 0; i < Kills / 2; ++i) {
        const SaveResult saved = ArticleRepository(**db).save(story);
        QVERIFY(saved.ok());
        m_story = saved.article;
        m_storyIds.append(saved.article.id);
    }
}

void TestCrashRecovery::killedWhileTypingLosesAtMostTwoSeconds()
{
    QRandomGenerator random(20261125);
    int started = 0;
    int checked = 0;
    int recovered = 0;
    int longRuns = 0; // typed for longer than the loss allowed: the journal must have kept some
    qint64 worstLossMs = 0;
    QList<Run *> running;
    while (checked < Kills) {
        while (started < Kills && running.size() < Parallel) {
            auto *run = new Run;
            run->home = std::make_unique<QTemporaryDir>();
            run->storyId = started % 2 == 0 ? m_storyIds.at(started / 2) : 0;
            run->process = std::make_unique<QProcess>();
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(u"XDG_DATA_HOME"_s, run->home->path());
            environment.insert(u"XDG_CONFIG_HOME"_s, run->home->path());
            environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
            run->process->setProcessEnvironment(environment);
            run->process->start(m_typist, {m_databasePath, run->storyId ? QString::number(run->storyId) : u"new"_s, Typed});
            QVERIFY(run->process->waitForStarted());
            // Killed somewhere from before the first save to the journal to well after it,
            // counted from when the window is up: how long a start takes depends on what
            // else the machine is doing, the typing does not. A window that never comes up
            // is killed all the same.
            run->killAfterMs = 150 + random.bounded(3500);
            QProcess *process = run->process.get();
            QTimer::singleShot(60'000, process, [process] { process->kill(); });
            running.append(run);
            ++started;
        }
        QTest::qWait(20);
        for (qsizetype i = running.size() - 1; i >= 0; --i) {
            Run *run = running.at(i);
            run->read();
            if (!run->killTimed && !run->journalFolder.isEmpty()) {
                QProcess *process = run->process.get();
                QTimer::singleShot(run->killAfterMs, process, [process] { process->kill(); });
                run->killTimed = true;
            }
            if (run->process->state() != QProcess::NotRunning)
                continue;
            run->read();
            running.removeAt(i);
            const std::unique_ptr<Run> done(run);
            QCOMPARE(run->process->exitStatus(), QProcess::CrashExit);
            QVERIFY2(!run->journalFolder.isEmpty() || run->typed == 0, run->process->readAllStandardError().constData());
            ++checked;

            QStringList problems;
            const QList<EditJournal::Entry> entries = EditJournal(run->journalFolder).entries(&problems);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY(entries.size() <= 1);
            const QString before = run->storyId ? m_story.body : QString();
            qsizetype kept = 0;
            if (!entries.isEmpty()) {
                const Article &article = entries.first().article;
                QCOMPARE(article.id, run->storyId);
                QVERIFY(article.body.startsWith(before));
                kept = article.body.size() - before.size();
                // The typist starts over at the end of the text: a long run types it twice.
                QCOMPARE(article.body.mid(before.size()), Typed.repeated(3).left(kept));
                ++recovered;
                if (run->storyId && kept > 0 && m_keptFolder.isEmpty()) {
                    m_keptFolder = run->journalFolder;
                    m_keptStory = run->storyId;
                    (void)run->home->autoRemove();
                    run->home->setAutoRemove(false);
                }
            }
            const qsizetype typed = run->typed;
            QVERIFY(kept <= typed);
            if (typed == 0)
                continue;
            QVERIFY(run->cadenceMs > 0);
            if ((typed - 1) * run->cadenceMs > AllowedLossMs)
                ++longRuns;
            if (kept < typed) {
                // Lost: from the first character not kept to the last one typed, on the typist's clock.
                const qint64 lossMs = (typed - 1 - kept) * run->cadenceMs;
                worstLossMs = std::max(worstLossMs, lossMs);
                QVERIFY2(lossMs <= AllowedLossMs, qPrintable(u"run %1 lost %2 ms of typing (%3 of %4 characters)"_s
                                                                 .arg(checked).arg(lossMs).arg(typed - kept).arg(typed)));
            }
        }
    }
    qInfo("%d kills, %d with text in the journal, %d typed for over %lld ms, at most %lld ms of typing lost", checked,
          recovered, longRuns, AllowedLossMs, worstLossMs);
    QVERIFY(longRuns >= 10);
}

void TestCrashRecovery::theNextStartOffersTheTextBack()
{
    QVERIFY2(!m_keptFolder.isEmpty(), "no killed run of an existing story kept text");
    const QList<EditJournal::Entry> entries = EditJournal(m_keptFolder).entries();
    QCOMPARE(entries.size(), 1);
    DatabaseUrl url;
    url.path = m_databasePath;
    auto db = Database::open(url);
    QVERIFY2(db, qPrintable(Test::errorText(db)));
    MainWindow window(db->get());
    // The window's journal is the test's own; put the killed run's entry there.
    QDir().mkpath(window.journalFolder());
    const QString target = window.journalFolder() + u'/' + entries.first().key + u".json"_s;
    QFile::remove(target);
    QVERIFY(QFile::copy(entries.first().fileName, target));
    QVERIFY(finished(window, &MainWindow::recoverStory, entries.first().key));
    QCOMPARE(window.editor()->bodyEdit()->toPlainText(), entries.first().article.body);
    QCOMPARE(window.editor()->document()->snapshot().id, m_keptStory);
    QVERIFY(window.editor()->document()->isModified());
    QVERIFY(finished(window, &MainWindow::saveStory));
    QVERIFY(EditJournal(window.journalFolder()).entries().isEmpty());
    const Expected<Article> stored = ArticleRepository(**db).load(m_keptStory);
    QVERIFY(stored);
    QCOMPARE(stored->body, entries.first().article.body);
    QDir(m_keptFolder).removeRecursively();
}

QTEST_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
