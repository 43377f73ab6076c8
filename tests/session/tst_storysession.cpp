// SPDX-License-Identifier: GPL-3.0-or-later
// A story's life at a desk, without a single widget: saving, a colleague's newer revision
// met by a merge the person decides, the lease taken, lost and taken over, autosave and
// recovery from the journal, workflow steps. On SQLite and on a real PostgreSQL server,
// where two desks in two threads also race for the lease and for the save.
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "document/editjournal.h"
#include "session/newsroomservice.h"
#include "session/storysession.h"
#include "storage/changefeed.h"
#include "storage/sitesettingsrepository.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/databaseurl.h"
#include "storage/peoplerepository.h"
#include "awaited.h"
#include "testdatabases.h"
#include "storage/editlocks.h"

#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QThread>
#include <QUndoStack>

#include <barrier>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

// The session's operations, waited for: at once on a file, a round trip on a server.
Status openNow(StorySession &session, qint64 id)
{
    return awaited<Status>([&](auto reply) { session.open(id, reply); });
}

Expected<Article> saveNow(StorySession &session, StorySession::SaveMode mode = StorySession::SaveMode::Asked)
{
    return awaited<Expected<Article>>([&](auto reply) { session.save(mode, {}, reply); });
}

Expected<Article> performNow(StorySession &session, WorkflowAction action)
{
    return awaited<Expected<Article>>([&](auto reply) { session.perform(action, {}, {}, reply); });
}

Status recoverNow(StorySession &session, const QString &key)
{
    return awaited<Status>([&](auto reply) { session.recover(key, reply); });
}

Status takeOverNow(StorySession &session)
{
    return awaited<Status>([&](auto reply) { session.takeOver(reply); });
}

// Answers the merge the way a person keeping everything would: the body from both, the
// other fields as suggested; or declines, leaving the text unsaved for now.
class Chooser : public SessionDecisions
{
public:
    bool accept = true;
    int asked = 0;
    QString colleague;

    std::optional<QList<MergeField>> chooseMerge(const QString &who, const Article &, const QList<MergeField> &fields) override
    {
        ++asked;
        colleague = who;
        if (!accept)
            return std::nullopt;
        QList<MergeField> chosen = fields;
        for (MergeField &field : chosen) {
            if (field.canTakeBoth())
                field.choice = MergeField::Choice::Both;
        }
        return chosen;
    }
};

void typeInto(ArticleDocument *document, const QString &text)
{
    QTextCursor cursor(document->body());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestStorySession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesNewStoryAndLetsGoOfTheJournal_data() { Test::TestDatabases::addEngineRows(); }
    void savesNewStoryAndLetsGoOfTheJournal();
    void conflictIsMergedAsChosenOrLeftUnsaved_data() { Test::TestDatabases::addEngineRows(); }
    void conflictIsMergedAsChosenOrLeftUnsaved();
    void quietSaveNeverMergesUnasked_data() { Test::TestDatabases::addEngineRows(); }
    void quietSaveNeverMergesUnasked();
    void colleaguesChangeIsShownOrWaits_data() { Test::TestDatabases::addEngineRows(); }
    void colleaguesChangeIsShownOrWaits();
    void lostLeaseKeepsTheTextAndTakeOverIsForEditors_data() { Test::TestDatabases::addEngineRows(); }
    void lostLeaseKeepsTheTextAndTakeOverIsForEditors();
    void autosaveAndRecoveryLoseNothing_data() { Test::TestDatabases::addEngineRows(); }
    void autosaveAndRecoveryLoseNothing();
    void workflowStepSavesFirst_data() { Test::TestDatabases::addEngineRows(); }
    void workflowStepSavesFirst();
    void theTimeZoneIsReadOnceAndAgainAfterAResync();
    void twoDesksRaceForTheLease();
    void twoDesksRaceToSave();

private:
    struct Room
    {
        std::unique_ptr<Database> db;
        Actor reporter;
        Actor editor;
        qint64 story = 0;
    };
    Room newsroom(const QString &engine);
    std::unique_ptr<Database> colleague(const Database &db) { return m_databases.open(db.url().toDisplayString()); }
    QString journal(const QString &name) { return m_databases.tempPath(u"journal-"_s + name); }

    Test::TestDatabases m_databases;
};

TestStorySession::Room TestStorySession::newsroom(const QString &engine)
{
    Room room;
    room.db = m_databases.openFresh(engine);
    if (!room.db)
        return room;
    PeopleRepository people(*room.db);
    const Expected<Person> reporter = people.add(Person{0, u"Айгерим Сапарова"_s, Role::Reporter, {}});
    const Expected<Person> editor = people.add(Person{0, u"Данияр Омаров"_s, Role::Editor, {}});
    if (!reporter || !editor)
        return room;
    room.reporter = Actor::of(*reporter);
    room.editor = Actor::of(*editor);
    Article story;
    story.headline = u"Министр посетил Темиртау"_s;
    story.body = u"Визит начался с доменного цеха.\n\nРабочие спросили о зарплатах."_s;
    story.bylines = {Byline{Byline::Kind::Text, reporter->id, reporter->name}};
    SaveOptions options;
    options.personId = reporter->id;
    const SaveResult saved = ArticleRepository(*room.db).save(story, options);
    room.story = saved.ok() ? saved.article.id : 0;
    return room;
}

void TestStorySession::savesNewStoryAndLetsGoOfTheJournal()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    StorySession session(*room.db, room.reporter, journal(u"new-"_s + engine));
    QSignalSpy replaced(&session, &StorySession::documentReplaced);
    QSignalSpy saved(&session, &StorySession::saved);
    session.startNew();
    QCOMPARE(replaced.size(), 1);
    ArticleDocument *document = session.document();
    QVERIFY(document);
    document->setField(ArticleDocument::Field::Headline, u"Аким ответил жителям Сарани"_s);
    typeInto(document, u"Встреча прошла в доме культуры."_s);
    QVERIFY(session.autosaver()->sync());
    QCOMPARE(EditJournal(session.journalFolder()).entries().size(), 1);

    const Expected<Article> stored = saveNow(session);
    QVERIFY2(stored, qPrintable(Test::errorText(stored)));
    QVERIFY(stored->id > 0);
    QCOMPARE(stored->revision, 1);
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().at(1).toBool(), true); // a new story
    QVERIFY(!session.isModified());
    QVERIFY(EditJournal(session.journalFolder()).entries().isEmpty()); // the database has it all
    // Once saved, colleagues see who is editing it.
    QCOMPARE(session.lease().state, Lease::State::Mine);
    const Expected<std::optional<EditLock>> lock = EditLocks(*room.db, u"someone"_s).current(stored->id);
    QVERIFY(lock && *lock && (*lock)->heldBy(session.name()));
    QCOMPARE(ArticleRepository(*room.db).load(stored->id)->body, u"Встреча прошла в доме культуры."_s);

    session.close();
    QVERIFY(!session.document());
    QVERIFY(!*EditLocks(*room.db, u"someone"_s).current(stored->id)); // the lease goes with the story
}

void TestStorySession::conflictIsMergedAsChosenOrLeftUnsaved()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    StorySession session(*room.db, room.reporter, journal(u"merge-"_s + engine));
    Chooser chooser;
    session.setDecisions(&chooser);
    QVERIFY(openNow(session, room.story));
    typeInto(session.document(), u"\n\nАбзац репортёра о новом цехе."_s);

    // Meanwhile an editor saves from another desk (a command, say, that takes no lease).
    auto othersDb = colleague(*room.db);
    Article theirs = *ArticleRepository(*othersDb).load(room.story);
    theirs.body = u"Вставка редактора.\n\n"_s + theirs.body;
    SaveOptions options;
    options.personId = room.editor.personId;
    const SaveResult editors = ArticleRepository(*othersDb).save(theirs, options);
    QVERIFY(editors.ok());

    // Declined: nothing written, the text as typed, the journal holding it.
    chooser.accept = false;
    const Expected<Article> declined = saveNow(session);
    QVERIFY(!declined);
    QCOMPARE(declined.error().kind, Error::Kind::Cancelled);
    QCOMPARE(chooser.asked, 1);
    QCOMPARE(chooser.colleague, u"Данияр Омаров"_s);
    QVERIFY(session.document()->body()->toPlainText().endsWith(u"Абзац репортёра о новом цехе."_s));
    QVERIFY(session.isModified());
    QCOMPARE(ArticleRepository(*room.db).load(room.story)->revision, editors.article.revision);
    QVERIFY(session.autosaver()->sync());
    QCOMPARE(EditJournal(session.journalFolder()).entries().size(), 1);

    // Chosen: saved on top of theirs, with both paragraphs.
    chooser.accept = true;
    const Expected<Article> merged = saveNow(session);
    QVERIFY2(merged, qPrintable(Test::errorText(merged)));
    QCOMPARE(merged->revision, editors.article.revision + 1);
    QVERIFY(merged->body.startsWith(u"Вставка редактора."_s));
    QVERIFY(merged->body.endsWith(u"Абзац репортёра о новом цехе."_s));
    QVERIFY(!session.isModified());
    // Undo takes the merge back as one step, as in the editor.
    QVERIFY(session.document()->undoStack()->canUndo());
}

void TestStorySession::quietSaveNeverMergesUnasked()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    StorySession session(*room.db, room.reporter, journal(u"quiet-"_s + engine));
    Chooser chooser;
    session.setDecisions(&chooser);
    QVERIFY(openNow(session, room.story));
    QSignalSpy newer(&session, &StorySession::newerElsewhere);
    typeInto(session.document(), u" Дополнение."_s);
    Article theirs = *ArticleRepository(*room.db).load(room.story);
    theirs.headline = u"Министр осмотрел комбинат"_s;
    QVERIFY(ArticleRepository(*room.db).save(theirs).ok());

    const Expected<Article> quiet = saveNow(session, StorySession::SaveMode::Quiet);
    QVERIFY(!quiet);
    QCOMPARE(quiet.error().kind, Error::Kind::Conflict);
    QCOMPARE(chooser.asked, 0); // nobody is asked while they type
    QCOMPARE(newer.size(), 1);
    QCOMPARE(newer.first().at(1).toBool(), false); // not shown: it waits for the next save
    QVERIFY(session.isModified());
}

void TestStorySession::colleaguesChangeIsShownOrWaits()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    StorySession session(*room.db, room.editor, journal(u"feed-"_s + engine));
    QVERIFY(openNow(session, room.story));
    QSignalSpy replaced(&session, &StorySession::documentReplaced);
    QSignalSpy newer(&session, &StorySession::newerElsewhere);

    ArticleRepository articles(*room.db);
    Article theirs = *articles.load(room.story);
    theirs.lead = u"Министр провёл на комбинате весь день."_s;
    SaveOptions options;
    options.personId = room.reporter.personId;
    QVERIFY(articles.save(theirs, options).ok());
    session.storedChanged();
    // Nothing typed here: the newer revision is shown, in the same place.
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(replaced.first().at(1).toBool(), true);
    QCOMPARE(session.document()->field(ArticleDocument::Field::Lead), theirs.lead);
    QCOMPARE(newer.size(), 1);
    QCOMPARE(newer.first().at(0).toString(), u"Айгерим Сапарова"_s);
    QCOMPARE(session.lease().state, Lease::State::Mine); // still this desk's

    // With text typed here, it waits for the save.
    typeInto(session.document(), u" Правка редактора."_s);
    theirs = *articles.load(room.story);
    theirs.lead = u"Министр провёл на комбинате полдня."_s;
    QVERIFY(articles.save(theirs, options).ok());
    session.storedChanged();
    QCOMPARE(replaced.size(), 1);
    QCOMPARE(newer.size(), 2);
    QCOMPARE(newer.last().at(1).toBool(), false);
    QVERIFY(session.document()->body()->toPlainText().endsWith(u"Правка редактора."_s));
}

void TestStorySession::lostLeaseKeepsTheTextAndTakeOverIsForEditors()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    auto editorsDb = colleague(*room.db);
    StorySession reporter(*room.db, room.reporter, journal(u"lease-r-"_s + engine));
    StorySession editor(*editorsDb, room.editor, journal(u"lease-e-"_s + engine));
    QVERIFY(openNow(reporter, room.story));
    QCOMPARE(reporter.lease().state, Lease::State::Mine);
    typeInto(reporter.document(), u"\n\nРабочим обещали вернуться весной."_s);

    QVERIFY(openNow(editor, room.story));
    QCOMPARE(editor.lease().state, Lease::State::Colleague);
    QCOMPARE(editor.lease().holder, u"Айгерим Сапарова"_s);
    QVERIFY(editor.lease().mayTakeOver);
    QVERIFY(!editor.isWritable());
    const Expected<Article> refused = saveNow(editor);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);

    QVERIFY(takeOverNow(editor));
    QCOMPARE(editor.lease().state, Lease::State::Mine);
    QVERIFY(editor.isWritable());

    // The reporter's desk hears of it (the feed, here asked directly).
    QSignalSpy replaced(&reporter, &StorySession::documentReplaced);
    reporter.checkLease();
    QCOMPARE(reporter.lease().state, Lease::State::Lost);
    QCOMPARE(reporter.lease().holder, u"Данияр Омаров"_s);
    QVERIFY(!reporter.isWritable());
    QVERIFY(reporter.lease().keptRevision > 1);
    QCOMPARE(replaced.size(), 1);
    QVERIFY(!reporter.isModified());
    const Article stored = *ArticleRepository(*room.db).load(room.story);
    QCOMPARE(stored.revision, reporter.lease().keptRevision);
    QVERIFY(stored.body.endsWith(u"Рабочим обещали вернуться весной."_s));

    // The editor's desk shows it; a reporter cannot take the story back.
    editor.storedChanged();
    QVERIFY(editor.document()->body()->toPlainText().endsWith(u"Рабочим обещали вернуться весной."_s));
    const Status back = takeOverNow(reporter);
    QVERIFY(!back);
    QCOMPARE(back.error().kind, Error::Kind::Permission);
}

void TestStorySession::autosaveAndRecoveryLoseNothing()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    const QString folder = journal(u"crash-"_s + engine);
    QString key;
    {
        auto *session = new StorySession(*room.db, room.reporter, folder);
        QVERIFY(openNow(*session, room.story));
        session->document()->setField(ArticleDocument::Field::Lead, u"Министр пробыл на комбинате шесть часов."_s);
        // A pause in typing asks for a quiet save: a new revision, nothing asked.
        Q_EMIT session->autosaver()->storeDue();
        QVERIFY(!session->isModified());
        QCOMPARE(ArticleRepository(*room.db).load(room.story)->lead, u"Министр пробыл на комбинате шесть часов."_s);

        // Text typed after it reaches the journal within a second, then the desk dies.
        typeInto(session->document(), u"\n\nПосле обеда министр уехал в Караганду."_s);
        key = session->autosaver()->key();
        QTRY_COMPARE_WITH_TIMEOUT(EditJournal(folder).entries().size(), 1, 3000);
        // A crash: no close, no save. (The lease is let go, as a lapsed one would be.)
        delete session;
    }
    QCOMPARE(EditJournal(folder).entries().size(), 1);

    StorySession next(*room.db, room.reporter, folder);
    QVERIFY(recoverNow(next, key));
    QVERIFY(next.isModified());
    QVERIFY(next.isWritable());
    QVERIFY(next.document()->body()->toPlainText().endsWith(u"После обеда министр уехал в Караганду."_s));
    const Expected<Article> saved = saveNow(next);
    QVERIFY2(saved, qPrintable(Test::errorText(saved)));
    QVERIFY(saved->body.endsWith(u"После обеда министр уехал в Караганду."_s));
    QCOMPARE(saved->lead, u"Министр пробыл на комбинате шесть часов."_s);
    QVERIFY(EditJournal(folder).entries().isEmpty());
}

void TestStorySession::workflowStepSavesFirst()
{
    QFETCH(QString, engine);
    Room room = newsroom(engine);
    QVERIFY(room.db && room.story);
    StorySession session(*room.db, room.reporter, journal(u"step-"_s + engine));
    QSignalSpy steps(&session, &StorySession::stepTaken);
    QVERIFY(openNow(session, room.story));
    typeInto(session.document(), u" Последняя правка."_s);
    const Expected<Article> submitted = performNow(session, WorkflowAction::Submit);
    QVERIFY2(submitted, qPrintable(Test::errorText(submitted)));
    QCOMPARE(submitted->status, ArticleStatus::Submitted);
    QVERIFY(submitted->body.endsWith(u"Последняя правка."_s)); // the text went in first
    QCOMPARE(steps.size(), 1);
    QCOMPARE(session.document()->saved().revision, submitted->revision);
    QVERIFY(!session.isModified());

    // What a reporter may not do is refused, and the story stays as it was.
    const Expected<Article> published = performNow(session, WorkflowAction::Publish);
    QVERIFY(!published);
    QCOMPARE(published.error().kind, Error::Kind::Permission);
    QCOMPARE(ArticleRepository(*room.db).load(room.story)->status, ArticleStatus::Submitted);
    QCOMPARE(steps.size(), 1);
}

void TestStorySession::twoDesksRaceForTheLease()
{
    Room room = newsroom(u"postgresql"_s);
    QVERIFY(room.db && room.story);
    const QString url = room.db->url().toDisplayString();
    // Two desks, each its own thread and connection, open the story at the same moment,
    // again and again: each time exactly one holds the lease and the other is told who.
    constexpr int Rounds = 20;
    std::barrier sync(2);
    Lease::State states[2][Rounds];
    QString holders[2][Rounds];
    QString names[2];
    QString failures[2];
    auto desk = [&](int who) {
        Expected<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        Expected<std::unique_ptr<Database>> db = Database::open(*parsed);
        if (!db) {
            failures[who] = db.error().message;
            for (int round = 0; round < Rounds * 2; ++round)
                sync.arrive_and_wait();
            return;
        }
        StorySession session(**db, who == 0 ? room.reporter : room.editor, journal(u"race-lease-%1"_s.arg(who)));
        names[who] = session.name();
        QRandomGenerator jitter(quint32(20261130 + who));
        for (int round = 0; round < Rounds; ++round) {
            sync.arrive_and_wait();
            // The desk that reaches the barrier last leaves it first: a few hundred
            // microseconds either way let either desk be first to the server.
            QThread::usleep(jitter.bounded(800));
            if (Status opened = openNow(session, room.story); !opened)
                failures[who] = opened.error().message;
            states[who][round] = session.lease().state;
            holders[who][round] = session.lease().holder;
            sync.arrive_and_wait(); // both have looked before either lets go
            session.close();
        }
    };
    // QThreads, not bare threads: each session's timers need an event dispatcher.
    std::unique_ptr<QThread> first(QThread::create(desk, 0));
    std::unique_ptr<QThread> second(QThread::create(desk, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(QDeadlineTimer(60'000)) && second->wait(QDeadlineTimer(60'000)));
    QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(), qPrintable(failures[0] + failures[1]));
    int wonByFirst = 0;
    for (int round = 0; round < Rounds; ++round) {
        const bool firstHolds = states[0][round] == Lease::State::Mine;
        const bool secondHolds = states[1][round] == Lease::State::Mine;
        QVERIFY2(firstHolds != secondHolds, qPrintable(u"round %1: both or neither hold the lease"_s.arg(round)));
        const int loser = firstHolds ? 1 : 0;
        QCOMPARE(states[loser][round], Lease::State::Colleague);
        QCOMPARE(holders[loser][round], loser == 1 ? room.reporter.name : room.editor.name);
        wonByFirst += firstHolds ? 1 : 0;
    }
    qInfo("the lease went to the first desk %d times of %d", wonByFirst, Rounds);
    QVERIFY(!*EditLocks(*room.db, u"look"_s).current(room.story)); // both let go
}

void TestStorySession::twoDesksRaceToSave()
{
    Room room = newsroom(u"postgresql"_s);
    QVERIFY(room.db && room.story);
    const QString url = room.db->url().toDisplayString();
    const Article base = *ArticleRepository(*room.db).load(room.story);
    // Both desks have the story with their own text (each recovered it from its journal,
    // so both may save whoever holds the lease) and save at the same moment, quietly
    // first, as autosave does, then as a person does.
    const QString paragraphs[2] = {u"Абзац репортёра о новом цехе."_s, u"Абзац редактора о планах завода."_s};
    for (int who = 0; who < 2; ++who) {
        Article mine = base;
        mine.body += u"\n\n"_s + paragraphs[who];
        QVERIFY(EditJournal(journal(u"race-save-%1"_s.arg(who))).write(u"story-%1"_s.arg(room.story), mine));
    }
    std::barrier sync(2);
    Error::Kind quiet[2] = {};
    bool quietOk[2] = {};
    QString failures[2];
    int asked[2] = {};
    auto desk = [&](int who) {
        Expected<DatabaseUrl> parsed = DatabaseUrl::parse(url);
        Expected<std::unique_ptr<Database>> db = Database::open(*parsed);
        if (!db) {
            failures[who] = db.error().message;
            sync.arrive_and_wait();
            return;
        }
        StorySession session(**db, who == 0 ? room.reporter : room.editor, journal(u"race-save-%1"_s.arg(who)));
        Chooser chooser;
        session.setDecisions(&chooser);
        if (Status recovered = recoverNow(session, u"story-%1"_s.arg(room.story)); !recovered)
            failures[who] = recovered.error().message;
        sync.arrive_and_wait();
        const Expected<Article> first = saveNow(session, StorySession::SaveMode::Quiet);
        quietOk[who] = first.ok();
        quiet[who] = first ? Error::Kind::Failure : first.error().kind;
        if (!first) {
            const Expected<Article> second = saveNow(session);
            if (!second)
                failures[who] = second.error().message;
        }
        asked[who] = chooser.asked;
    };
    // QThreads, not bare threads: each session's timers need an event dispatcher.
    std::unique_ptr<QThread> first(QThread::create(desk, 0));
    std::unique_ptr<QThread> second(QThread::create(desk, 1));
    first->start();
    second->start();
    QVERIFY(first->wait(QDeadlineTimer(60'000)) && second->wait(QDeadlineTimer(60'000)));
    QVERIFY2(failures[0].isEmpty() && failures[1].isEmpty(), qPrintable(failures[0] + u" / "_s + failures[1]));
    // Exactly one quiet save went through; the other met it as a conflict and wrote
    // nothing, then merged when asked.
    QVERIFY(quietOk[0] != quietOk[1]);
    const int loser = quietOk[0] ? 1 : 0;
    QCOMPARE(quiet[loser], Error::Kind::Conflict);
    QCOMPARE(asked[loser], 1);
    QCOMPARE(asked[1 - loser], 0);
    const Article stored = *ArticleRepository(*room.db).load(room.story);
    QCOMPARE(stored.revision, base.revision + 2);
    QVERIFY2(stored.body.contains(paragraphs[0]) && stored.body.contains(paragraphs[1]), qPrintable(stored.body));
    QVERIFY(stored.body.startsWith(u"Визит начался с доменного цеха."_s));
    const Expected<QList<Revision>> revisions = ArticleRepository(*room.db).revisions(room.story);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), base.revision + 2); // no revision written twice or lost
}

void TestStorySession::theTimeZoneIsReadOnceAndAgainAfterAResync()
{
    // On a file another program writes to, a change of the file is a resync.
    Room room = newsroom(u"sqlite"_s);
    QVERIFY(room.db);
    NewsroomService newsroom(*room.db);
    ChangeFeed *feed = newsroom.changeFeed();
    QCOMPARE(newsroom.timeZone().id(), QByteArray("Asia/Almaty"));
    const std::unique_ptr<Database> other = colleague(*room.db);
    QVERIFY(other);
    SiteSettingsRepository settings(*other);
    Expected<SiteSettings> site = settings.load();
    QVERIFY(site);
    site->timeZone = u"Asia/Aqtobe"_s;
    QVERIFY(settings.save(*site));
    QCOMPARE(newsroom.timeZone().id(), QByteArray("Asia/Almaty")); // not asked for at every use
    QSignalSpy resynced(feed, &ChangeFeed::resynced);
    feed->check();
    QCOMPARE(resynced.size(), 1);
    QTRY_COMPARE(newsroom.timeZone().id(), QByteArray("Asia/Aqtobe"));
}

QTEST_MAIN(TestStorySession)
#include "tst_storysession.moc"
