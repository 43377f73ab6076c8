// SPDX-License-Identifier: GPL-3.0-or-later
// The trash, on both engines: a story moved there leaves the lists and the search, keeps
// its text and history, comes back as it was; only what is off the site goes there, only
// whose it is may move it, and only an admin purges, and only what has lain there long.
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "testdatabases.h"
#include "workflow/trash.h"
#include "workflow/workflow.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestTrash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aTrashedStoryLeavesListsAndSearchAndComesBackAsItWas_data() { Test::TestDatabases::addEngineRows(); }
    void aTrashedStoryLeavesListsAndSearchAndComesBackAsItWas();
    void onlyWhatIsOffTheSiteGoesThere_data() { Test::TestDatabases::addEngineRows(); }
    void onlyWhatIsOffTheSiteGoesThere();
    void whoMayMoveAStoryThere_data() { Test::TestDatabases::addEngineRows(); }
    void whoMayMoveAStoryThere();
    void purgeTakesOnlyWhatLayThereThirtyDays_data() { Test::TestDatabases::addEngineRows(); }
    void purgeTakesOnlyWhatLayThereThirtyDays();

private:
    struct Newsroom
    {
        std::unique_ptr<Database> db;
        qint64 section = 0;
        Actor reporter, colleague, editor, admin;
    };
    Newsroom make(const QString &engine);
    qint64 story(Database &db, const QString &headline, const Actor &by, qint64 section);
    QStringList listed(Database &db, ArticleFilter::Trash which = ArticleFilter::Trash::Kept);

    Test::TestDatabases m_databases;
};

TestTrash::Newsroom TestTrash::make(const QString &engine)
{
    Newsroom n;
    n.db = m_databases.openFresh(engine);
    if (!n.db)
        return n;
    PeopleRepository people(*n.db);
    const auto person = [&](const QString &name, Role role) {
        Person p;
        p.name = name;
        p.role = role;
        const Expected<Person> added = people.add(p);
        return added ? Actor::of(*added) : Actor{};
    };
    n.reporter = person(u"Айгерим Сапарова"_s, Role::Reporter);
    n.colleague = person(u"Руслан Ахметов"_s, Role::Reporter);
    n.editor = person(u"Данияр Омаров"_s, Role::Editor);
    n.admin = person(u"Ольга Ким"_s, Role::Admin);
    const Expected<Category> section = CategoryRepository(*n.db).ensurePath(u"Новости"_s);
    n.section = section ? section->id : 0;
    return n;
}

qint64 TestTrash::story(Database &db, const QString &headline, const Actor &by, qint64 section)
{
    Article story;
    story.headline = headline;
    story.lead = u"Лид заметки."_s;
    story.body = u"В Темиртау открылся новый каток у дворца культуры металлургов."_s;
    story.categoryId = section;
    story.bylines = {Byline{Byline::Kind::Text, by.personId, by.name}};
    SaveOptions options;
    options.personId = by.personId;
    const SaveResult saved = ArticleRepository(db).save(story, options);
    return saved.ok() ? saved.article.id : 0;
}

QStringList TestTrash::listed(Database &db, ArticleFilter::Trash which)
{
    ArticleQuery query;
    query.filter.trash = which;
    const Expected<ArticlePage> page = ArticleRepository(db).list(query);
    QStringList headlines;
    if (page) {
        for (const ArticleSummary &item : page->items)
            headlines.append(item.headline);
    }
    return headlines;
}

void TestTrash::aTrashedStoryLeavesListsAndSearchAndComesBackAsItWas()
{
    QFETCH(QString, engine);
    Newsroom n = make(engine);
    QVERIFY(n.db && n.section && n.reporter.personId);
    Database &db = *n.db;
    const qint64 kept = story(db, u"Каток у дворца металлургов"_s, n.reporter, n.section);
    const qint64 gone = story(db, u"Каток на набережной"_s, n.reporter, n.section);
    QVERIFY(kept && gone);
    ArticleRepository articles(db);
    const Article before = *articles.load(gone);

    Trash trash(db);
    const Expected<Article> trashed = trash.moveToTrash(gone, n.reporter);
    QVERIFY2(trashed, qPrintable(Test::errorText(trashed)));
    QVERIFY(trashed->trashedAt.isValid());
    QVERIFY(qAbs(trashed->trashedAt.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QCOMPARE(trashed->revision, before.revision + 1);

    QCOMPARE(listed(db), QStringList{u"Каток у дворца металлургов"_s});
    QCOMPARE(listed(db, ArticleFilter::Trash::Trashed), QStringList{u"Каток на набережной"_s});
    const Expected<QList<SearchHit>> hits = articles.search(u"каток"_s);
    QVERIFY(hits);
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().article.id, kept);
    const Expected<QList<ArticleSummary>> inTrash = trash.list();
    QVERIFY(inTrash);
    QCOMPARE(inTrash->size(), 1);
    QCOMPARE(inTrash->first().id, gone);
    QCOMPARE(inTrash->first().trashedAt, trashed->trashedAt);

    // While there it is kept as it was: no save, no step, no second move.
    Article edited = *trashed;
    edited.body = u"Другой текст."_s;
    const SaveResult refused = articles.save(edited);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->kind, Error::Kind::Invalid);
    const Expected<Article> submitted = Workflow(db).perform(gone, WorkflowAction::Submit, n.reporter);
    QVERIFY(!submitted);
    QVERIFY2(submitted.error().message.contains(u"trash"_s), qPrintable(submitted.error().message));
    QCOMPARE(trash.moveToTrash(gone, n.reporter).error().kind, Error::Kind::Conflict);

    const Expected<Article> back = trash.restore(gone, n.reporter);
    QVERIFY2(back, qPrintable(Test::errorText(back)));
    QVERIFY(!back->trashedAt.isValid());
    QVERIFY(back->sameContent(before));
    QCOMPARE(back->status, ArticleStatus::Draft);
    QCOMPARE(listed(db).size(), 2);
    QVERIFY(listed(db, ArticleFilter::Trash::Trashed).isEmpty());
    QCOMPARE(articles.search(u"набережной"_s)->size(), 1);
    QCOMPARE(trash.restore(gone, n.reporter).error().kind, Error::Kind::Conflict);

    // Both moves are in its history, the state unchanged: in the reporter's name on a local
    // file; on a server in the session's (here the owner's, who is no staff member).
    const Expected<QList<WorkflowEvent>> history = Workflow(db).history(gone);
    QVERIFY(history);
    QCOMPARE(history->size(), 2);
    for (const WorkflowEvent &event : *history) {
        QCOMPARE(event.from, ArticleStatus::Draft);
        QCOMPARE(event.to, ArticleStatus::Draft);
        QCOMPARE(event.personId, db.isSQLite() ? n.reporter.personId : 0);
    }
    QCOMPARE(history->at(0).note, u"Moved to the trash"_s);
    QCOMPARE(history->at(1).note, u"Restored from the trash"_s);
    QCOMPARE(articles.load(gone)->revision, before.revision + 2);
}

void TestTrash::onlyWhatIsOffTheSiteGoesThere()
{
    QFETCH(QString, engine);
    Newsroom n = make(engine);
    QVERIFY(n.db && n.section);
    Database &db = *n.db;
    const qint64 id = story(db, u"Маслихат утвердил бюджет"_s, n.reporter, n.section);
    Workflow workflow(db);
    for (const WorkflowAction action : {WorkflowAction::Submit, WorkflowAction::Approve, WorkflowAction::Publish})
        QVERIFY(workflow.perform(id, action, n.editor));
    Trash trash(db);
    const Expected<Article> live = trash.moveToTrash(id, n.editor);
    QVERIFY(!live);
    QCOMPARE(live.error().kind, Error::Kind::Conflict);
    QVERIFY2(live.error().message.contains(u"unpublish it first"_s), qPrintable(live.error().message));

    QVERIFY(workflow.perform(id, WorkflowAction::Unpublish, n.editor));
    QVERIFY(workflow.perform(id, WorkflowAction::Schedule, n.editor, {}, QDateTime::currentDateTimeUtc().addDays(1)));
    const Expected<Article> scheduled = trash.moveToTrash(id, n.editor);
    QVERIFY(!scheduled);
    QVERIFY2(scheduled.error().message.contains(u"schedule"_s), qPrintable(scheduled.error().message));
    QVERIFY(workflow.perform(id, WorkflowAction::Unschedule, n.editor));

    QVERIFY(trash.moveToTrash(id, n.editor));
    // From the trash nothing goes out: not by a step, and not by the database's own rule,
    // whoever writes to it (here the file's or the server's owner, past every policy).
    const Expected<Article> published = workflow.perform(id, WorkflowAction::Publish, n.editor);
    QVERIFY(!published);
    Statement sneak = db.prepare(u"UPDATE articles SET status = 'published' WHERE id = :id"_s);
    sneak.bindValue(u":id"_s, id);
    QVERIFY(!db.exec(sneak));
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Approved);
    const Expected<QList<Article>> site = ArticleRepository(db).loadAllWithStatus(ArticleStatus::Published);
    QVERIFY(site);
    QVERIFY(site->isEmpty());
}

void TestTrash::whoMayMoveAStoryThere()
{
    QFETCH(QString, engine);
    Newsroom n = make(engine);
    QVERIFY(n.db && n.section);
    Database &db = *n.db;
    Trash trash(db);
    const qint64 hers = story(db, u"Черновик Айгерим"_s, n.reporter, n.section);
    const qint64 his = story(db, u"Черновик Руслана"_s, n.colleague, n.section);

    const Expected<Article> colleagues = trash.moveToTrash(his, n.reporter);
    QVERIFY(!colleagues);
    QCOMPARE(colleagues.error().kind, Error::Kind::Permission);
    QVERIFY(trash.moveToTrash(hers, n.reporter));
    QCOMPARE(trash.restore(hers, n.colleague).error().kind, Error::Kind::Permission);
    QVERIFY(trash.restore(hers, n.reporter));

    // Approved, it is the desk's: an editor's to trash, not hers.
    Workflow workflow(db);
    QVERIFY(workflow.perform(hers, WorkflowAction::Submit, n.reporter));
    QVERIFY(workflow.perform(hers, WorkflowAction::Approve, n.editor));
    QCOMPARE(trash.moveToTrash(hers, n.reporter).error().kind, Error::Kind::Permission);
    QVERIFY(trash.moveToTrash(hers, n.editor));
    QVERIFY(trash.moveToTrash(his, n.editor));
    QVERIFY(trash.restore(his, n.admin));
}

void TestTrash::purgeTakesOnlyWhatLayThereThirtyDays()
{
    QFETCH(QString, engine);
    Newsroom n = make(engine);
    QVERIFY(n.db && n.section);
    Database &db = *n.db;
    Trash trash(db);
    const qint64 old = story(db, u"Давний черновик"_s, n.reporter, n.section);
    const qint64 recent = story(db, u"Недавний черновик"_s, n.reporter, n.section);
    const qint64 kept = story(db, u"Живой черновик"_s, n.reporter, n.section);
    QVERIFY(trash.moveToTrash(old, n.reporter) && trash.moveToTrash(recent, n.reporter));
    // Thirty-one days ago and ten (written by the owner, whom the server lets date it).
    for (const auto &[id, days] : {std::pair{old, 31}, std::pair{recent, 10}}) {
        Statement date = db.prepare(u"UPDATE articles SET trashed_at = :at WHERE id = :id"_s);
        date.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().addDays(-days).toMSecsSinceEpoch());
        date.bindValue(u":id"_s, id);
        QVERIFY(db.exec(date));
    }

    for (const Actor &notAdmin : {n.reporter, n.editor}) {
        const Expected<QStringList> refused = trash.purge(notAdmin, QDateTime::currentDateTimeUtc());
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
    }
    const Expected<QStringList> purged = trash.purge(n.admin, QDateTime::currentDateTimeUtc());
    QVERIFY2(purged, qPrintable(Test::errorText(purged)));
    QCOMPARE(*purged, QStringList{u"Давний черновик"_s});

    ArticleRepository articles(db);
    QCOMPARE(articles.load(old).error().kind, Error::Kind::NotFound);
    QVERIFY(articles.load(recent));
    QVERIFY(articles.load(kept));
    QVERIFY(Workflow(db).history(old)->isEmpty());
    QVERIFY(articles.revisions(old)->isEmpty());
    // Nothing of it is left in the search index either.
    QVERIFY(articles.search(u"Давний"_s)->isEmpty());
    Statement index = db.prepare(db.isSQLite() ? u"SELECT count(*) FROM article_search WHERE rowid = :id"_s
                                               : u"SELECT count(*) FROM article_search WHERE article_id = :id"_s);
    index.bindValue(u":id"_s, old);
    QVERIFY(db.exec(index) && index.next());
    QCOMPARE(index.value(0).toInt(), 0);
    const Expected<QStringList> again = trash.purge(n.admin, QDateTime::currentDateTimeUtc());
    QVERIFY(again && again->isEmpty());
}

QTEST_GUILESS_MAIN(TestTrash)
#include "tst_trash.moc"
