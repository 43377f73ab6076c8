// SPDX-License-Identifier: GPL-3.0-or-later
// Working together: edit locks with a lease that do not lie, an editor's take-over, and
// the change feed that tells every desk what colleagues did, also after the connection
// to the server was cut. Each desk is its own connection to a real database.
#include "storage/articlerepository.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "testdatabases.h"
#include "storage/editlocks.h"
#include "workflow/workflow.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestEditLocks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lockIsTakenRenewedAndDropped_data() { Test::TestDatabases::addEngineRows(); }
    void lockIsTakenRenewedAndDropped();
    void lapsedLockIsFreeAgain_data() { Test::TestDatabases::addEngineRows(); }
    void lapsedLockIsFreeAgain();
    void editorTakesOverReporterMayNot_data() { Test::TestDatabases::addEngineRows(); }
    void editorTakesOverReporterMayNot();
    void embargoIsKeptAndOnlyEditorsSetIt_data() { Test::TestDatabases::addEngineRows(); }
    void embargoIsKeptAndOnlyEditorsSetIt();
    void feedHearsColleagues_data() { Test::TestDatabases::addEngineRows(); }
    void feedHearsColleagues();
    void feedResumesAfterTheConnectionIsKilled();

private:
    struct Desk
    {
        std::unique_ptr<Database> db;
        qint64 story = 0;
        Actor reporter;
        Actor editor;
    };
    Desk newsroom(const QString &engine);

    Test::TestDatabases m_databases;
};

TestEditLocks::Desk TestEditLocks::newsroom(const QString &engine)
{
    Desk desk;
    desk.db = m_databases.openFresh(engine);
    if (!desk.db)
        return desk;
    PeopleRepository people(*desk.db);
    Person reporter{0, u"Айгерим Сапарова"_s, Role::Reporter, {}};
    Person editor{0, u"Данияр Омаров"_s, Role::Editor, {}};
    const Expected<Person> r = people.add(reporter);
    const Expected<Person> e = people.add(editor);
    if (!r || !e)
        return desk;
    desk.reporter = Actor::of(*r);
    desk.editor = Actor::of(*e);
    Article story;
    story.headline = u"Мост через Нуру откроют к осени"_s;
    story.body = u"Подрядчик обещает закончить работы в августе."_s;
    const SaveResult saved = ArticleRepository(*desk.db).save(story);
    desk.story = saved.ok() ? saved.article.id : 0;
    return desk;
}

void TestEditLocks::lockIsTakenRenewedAndDropped()
{
    QFETCH(QString, engine);
    Desk desk = newsroom(engine);
    QVERIFY(desk.db && desk.story);
    auto colleaguesDb = m_databases.open(desk.db->url().toDisplayString());
    QVERIFY(colleaguesDb);

    EditLocks mine(*desk.db, u"window-a"_s);
    EditLocks theirs(*colleaguesDb, u"window-b"_s);
    const Expected<EditLock> taken = mine.acquire(desk.story, desk.reporter);
    QVERIFY2(taken, qPrintable(Test::errorText(taken)));
    QVERIFY(taken->heldBy(u"window-a"_s));
    QCOMPARE(taken->holder, desk.reporter.name);
    QCOMPARE(taken->acquiredAt.secsTo(taken->expiresAt), EditLocks::LeaseSeconds);

    // The colleague sees who edits and does not get the lock.
    const Expected<EditLock> refused = theirs.acquire(desk.story, desk.editor);
    QVERIFY(refused);
    QVERIFY(refused->heldBy(u"window-a"_s));
    QCOMPARE(refused->holder, u"Айгерим Сапарова"_s);
    const Expected<QHash<qint64, EditLock>> active = theirs.active();
    QVERIFY(active);
    QCOMPARE(active->value(desk.story).holder, u"Айгерим Сапарова"_s);

    // Taking it again from the same window is a renewal, not a refusal.
    QVERIFY(mine.acquire(desk.story, desk.reporter)->heldBy(u"window-a"_s));
    const Expected<bool> renewed = mine.renew(desk.story);
    QVERIFY(renewed && *renewed);
    QCOMPARE(*theirs.renew(desk.story), false); // not theirs to renew
    QVERIFY(theirs.release(desk.story));        // nor to drop
    QVERIFY(theirs.current(desk.story)->has_value());

    QVERIFY(mine.release(desk.story));
    QVERIFY(!theirs.current(desk.story)->has_value());
    QVERIFY(theirs.acquire(desk.story, desk.editor)->heldBy(u"window-b"_s));
}

void TestEditLocks::lapsedLockIsFreeAgain()
{
    QFETCH(QString, engine);
    Desk desk = newsroom(engine);
    QVERIFY(desk.db && desk.story);
    EditLocks crashed(*desk.db, u"crashed-window"_s);
    EditLocks next(*desk.db, u"next-window"_s);
    QVERIFY(crashed.acquire(desk.story, desk.reporter));
    // The crashed desk renewed for the last time a lease ago: by the database's clock.
    QSqlQuery age(desk.db->connection());
    QVERIFY(age.exec(u"UPDATE edit_locks SET expires_at = expires_at - %1"_s.arg(EditLocks::LeaseSeconds * 1000 + 1000)));
    QVERIFY(!next.current(desk.story)->has_value());
    QVERIFY(!next.active()->contains(desk.story));
    const Expected<EditLock> taken = next.acquire(desk.story, desk.editor);
    QVERIFY2(taken, qPrintable(Test::errorText(taken)));
    QVERIFY(taken->heldBy(u"next-window"_s));
    QCOMPARE(*crashed.renew(desk.story), false); // too late: the lock moved on
}

void TestEditLocks::editorTakesOverReporterMayNot()
{
    QFETCH(QString, engine);
    Desk desk = newsroom(engine);
    QVERIFY(desk.db && desk.story);
    EditLocks reporters(*desk.db, u"reporter-window"_s);
    EditLocks colleagues(*desk.db, u"colleague-window"_s);
    EditLocks editors(*desk.db, u"editor-window"_s);
    QVERIFY(reporters.acquire(desk.story, desk.reporter));

    Actor colleague = desk.reporter;
    colleague.name = u"Руслан Тулегенов"_s;
    const Expected<EditLock> refused = colleagues.takeOver(desk.story, colleague);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    QVERIFY2(refused.error().message.contains(u"editors"_s), qPrintable(refused.error().message));

    const Expected<EditLock> taken = editors.takeOver(desk.story, desk.editor);
    QVERIFY2(taken, qPrintable(Test::errorText(taken)));
    QVERIFY(taken->heldBy(u"editor-window"_s));
    QCOMPARE(taken->takenFrom, u"reporter-window"_s);
    // The reporter's window learns it on its next renewal, and reads who has it.
    QCOMPARE(*reporters.renew(desk.story), false);
    const Expected<std::optional<EditLock>> now = reporters.current(desk.story);
    QCOMPARE((*now)->holder, u"Данияр Омаров"_s);
    QCOMPARE((*now)->takenFrom, u"reporter-window"_s);
}

void TestEditLocks::embargoIsKeptAndOnlyEditorsSetIt()
{
    QFETCH(QString, engine);
    Desk desk = newsroom(engine);
    QVERIFY(desk.db && desk.story);
    Workflow workflow(*desk.db);
    const QDateTime until(QDate(2026, 12, 1), QTime(9, 0), QTimeZone::UTC);
    const Expected<Article> refused = workflow.setEmbargo(desk.story, desk.reporter, until);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);

    const Expected<Article> set = workflow.setEmbargo(desk.story, desk.editor, until);
    QVERIFY2(set, qPrintable(Test::errorText(set)));
    const Expected<Article> stored = ArticleRepository(*desk.db).load(desk.story);
    QCOMPARE(stored->embargoUntil, until);
    QCOMPARE(stored->revision, 2);
    const Expected<QList<Revision>> revisions = ArticleRepository(*desk.db).revisions(desk.story);
    QVERIFY(revisions->last().note.contains(u"2026-12-01 09:00"_s));

    QVERIFY(workflow.setEmbargo(desk.story, desk.editor, {}));
    QVERIFY(!ArticleRepository(*desk.db).load(desk.story)->embargoUntil.isValid());
}

void TestEditLocks::feedHearsColleagues()
{
    QFETCH(QString, engine);
    Desk desk = newsroom(engine);
    QVERIFY(desk.db && desk.story);
    auto colleaguesDb = m_databases.open(desk.db->url().toDisplayString());
    QVERIFY(colleaguesDb);

    ChangeFeed feed(*desk.db);
    QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 5000); // its first LISTEN, not waited for
    QSignalSpy stories(&feed, &ChangeFeed::articleChanged);
    QSignalSpy locks(&feed, &ChangeFeed::lockChanged);
    QSignalSpy resyncs(&feed, &ChangeFeed::resynced);

    // A colleague, on their own connection, saves the story and opens it for editing.
    ArticleRepository colleagues(*colleaguesDb);
    Article story = *colleagues.load(desk.story);
    story.headline = u"Мост через Нуру откроют в сентябре"_s;
    QElapsedTimer clock;
    clock.start();
    QVERIFY(colleagues.save(story).ok());
    QVERIFY(EditLocks(*colleaguesDb, u"colleague"_s).acquire(desk.story, desk.editor));

    if (engine == u"sqlite") {
        // One file: any change by another connection is a resync, checked every second.
        QTRY_VERIFY_WITH_TIMEOUT(resyncs.size() >= 1, 2000);
    } else {
        QTRY_VERIFY_WITH_TIMEOUT(!stories.isEmpty() && !locks.isEmpty(), 2000);
        QCOMPARE(stories.first().first().toLongLong(), desk.story);
        QCOMPARE(locks.first().first().toLongLong(), desk.story);
        QCOMPARE(resyncs.size(), 0);
    }
    qInfo("heard the colleague's change after %lld ms", qint64(clock.elapsed()));
}

void TestEditLocks::feedResumesAfterTheConnectionIsKilled()
{
    Desk desk = newsroom(u"postgresql"_s);
    QVERIFY(desk.db && desk.story);
    auto colleaguesDb = m_databases.open(desk.db->url().toDisplayString());
    QVERIFY(colleaguesDb);
    ChangeFeed feed(*desk.db);
    QTRY_VERIFY_WITH_TIMEOUT(feed.isListening(), 5000); // its first LISTEN, not waited for
    QSignalSpy stories(&feed, &ChangeFeed::articleChanged);
    QSignalSpy resyncs(&feed, &ChangeFeed::resynced);
    QSignalSpy live(&feed, &ChangeFeed::liveChanged);

    // Cut every connection of this desk (the listener and the main one) at the server.
    QSqlQuery kill(colleaguesDb->connection());
    QVERIFY(kill.exec(u"SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                      "WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_type = 'client backend'"_s));
    QVERIFY(kill.next());

    // The feed notices, comes back, says that changes may have been missed, and the
    // desk's own connection works again.
    QTRY_VERIFY_WITH_TIMEOUT(resyncs.size() >= 1, 5000);
    QVERIFY(feed.isLive());
    QCOMPARE(live.first().first().toBool(), false);
    QCOMPARE(live.last().first().toBool(), true);
    QVERIFY(ArticleRepository(*desk.db).load(desk.story));

    // And it hears colleagues again.
    Article story = *ArticleRepository(*colleaguesDb).load(desk.story);
    story.lead = u"Движение по мосту запустят сразу после приёмки."_s;
    QVERIFY(ArticleRepository(*colleaguesDb).save(story).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!stories.isEmpty(), 2000);
    QCOMPARE(stories.last().first().toLongLong(), desk.story);
}

QTEST_GUILESS_MAIN(TestEditLocks)
#include "tst_editlocks.moc"
