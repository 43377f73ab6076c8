// SPDX-License-Identifier: GPL-3.0-or-later
// PostgreSQL enforces the roles itself, for each person's own login: a reporter with psql
// can neither publish nor touch a colleague's story; an editor can; the app works for both.
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "testdatabases.h"
#include "workflow/workflow.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestRowSecurity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void reporterCannotPublishOrTouchOthersStories();
    void editorCan();
    void theAppWorksForAReporterWithinTheRules();

private:
    std::unique_ptr<Database> as(const QString &login);
    // Runs one statement; the number of rows it changed, or -1 when the database refused.
    int run(Database &db, const QString &sql, QString *error = nullptr);

    Test::TestDatabases m_databases;
    QString m_url;
    std::unique_ptr<Database> m_owner;
    QHash<QString, Person> m_people; // by login
    qint64 m_reportersStory = 0;
    qint64 m_colleaguesStory = 0;
    qint64 m_category = 0;
};

std::unique_ptr<Database> TestRowSecurity::as(const QString &login)
{
    return Test::TestDatabases::openAs(m_url, login);
}

int TestRowSecurity::run(Database &db, const QString &sql, QString *error)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        if (error)
            *error = query.lastError().databaseText();
        return -1;
    }
    return query.numRowsAffected();
}

void TestRowSecurity::initTestCase()
{
    m_url = m_databases.freshUrl(u"postgresql"_s);
    QVERIFY(!m_url.isEmpty());
    m_owner = m_databases.open(m_url); // the superuser who set the newsroom up
    QVERIFY(m_owner);
    const std::tuple<QString, QString, Role> staff[] = {
        {u"aigerim"_s, u"Айгерим Сапарова"_s, Role::Reporter},
        {u"ruslan"_s, u"Руслан Тулегенов"_s, Role::Reporter},
        {u"daniyar"_s, u"Данияр Омаров"_s, Role::Editor},
        {u"olga"_s, u"Ольга Ким"_s, Role::Admin},
    };
    for (const auto &[login, name, role] : staff) {
        QCOMPARE(run(*m_owner, u"CREATE ROLE %1 LOGIN IN ROLE newsroom_%2"_s.arg(login, roleName(role))), 0);
        Person person;
        person.name = name;
        person.role = role;
        person.login = login;
        const Expected<Person> added = PeopleRepository(*m_owner).add(person);
        QVERIFY2(added, qPrintable(Test::errorText(added)));
        m_people.insert(login, *added);
    }
    const Expected<Category> category = CategoryRepository(*m_owner).ensurePath(u"Новости"_s);
    QVERIFY(category);
    m_category = category->id;
    for (const auto &[login, target] : {std::pair{u"aigerim"_s, &m_reportersStory}, std::pair{u"ruslan"_s, &m_colleaguesStory}}) {
        Article story;
        story.headline = u"Черновик %1"_s.arg(login);
        story.lead = u"Лид."_s;
        story.body = u"Текст."_s;
        story.categoryId = m_category;
        SaveOptions options;
        options.personId = m_people.value(login).id;
        const SaveResult saved = ArticleRepository(*m_owner).save(story, options);
        QVERIFY(saved.ok());
        *target = saved.article.id;
    }
}

void TestRowSecurity::reporterCannotPublishOrTouchOthersStories()
{
    auto reporter = as(u"aigerim"_s);
    QVERIFY(reporter);
    QString error;
    // Publishing her own draft with plain SQL: refused by the policy.
    QCOMPARE(run(*reporter, u"UPDATE articles SET status = 'published', revision = revision + 1, updated_by = %2 "
                            "WHERE id = %1"_s.arg(m_reportersStory).arg(m_people.value(u"aigerim"_s).id),
                 &error),
             -1);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    // A colleague's story: not hers to change; nothing happens to it.
    QCOMPARE(run(*reporter, u"UPDATE articles SET headline = 'взлом' WHERE id = %1"_s.arg(m_colleaguesStory)), 0);
    QCOMPARE(run(*reporter, u"DELETE FROM articles WHERE id = %1"_s.arg(m_colleaguesStory)), -1); // no staff login deletes
    QCOMPARE(ArticleRepository(*m_owner).load(m_colleaguesStory)->headline, u"Черновик ruslan"_s);
    // A workflow event claiming publication, or a new staff member: refused.
    QCOMPARE(run(*reporter, u"INSERT INTO workflow_events (article_id, from_status, to_status, created_at) "
                            "VALUES (%1, 'approved', 'published', 0)"_s.arg(m_reportersStory)), -1);
    QCOMPARE(run(*reporter, u"INSERT INTO people (name, role, created_at) VALUES ('Хакер', 'admin', 0)"_s), -1);
    // Nor promote herself, through the app or not.
    Person promoted = m_people.value(u"aigerim"_s);
    promoted.role = Role::Admin;
    QVERIFY(!PeopleRepository(*reporter).update(promoted));
    QCOMPARE(PeopleRepository(*m_owner).findByName(promoted.name)->role, Role::Reporter);
    // Editing her own draft is hers to do, as a save does it: in her name, one revision on.
    QCOMPARE(run(*reporter, u"UPDATE articles SET headline = 'Мой заголовок', revision = revision + 1, updated_by = %2 "
                            "WHERE id = %1"_s.arg(m_reportersStory).arg(m_people.value(u"aigerim"_s).id)),
             1);
    // And the app says the same, with the permission error the UI shows.
    const SaveResult published = [&] {
        Article story = *ArticleRepository(*reporter).load(m_reportersStory);
        story.status = ArticleStatus::Published;
        return ArticleRepository(*reporter).save(story);
    }();
    QVERIFY(!published.ok());
    QCOMPARE(published.error->kind, Error::Kind::Permission);
}

void TestRowSecurity::editorCan()
{
    auto editor = as(u"daniyar"_s);
    QVERIFY(editor);
    const qint64 me = m_people.value(u"daniyar"_s).id;
    QCOMPARE(run(*editor, u"UPDATE articles SET headline = 'Правка редактора', revision = revision + 1, updated_by = %2 "
                          "WHERE id = %1"_s.arg(m_colleaguesStory).arg(me)),
             1);
    QCOMPARE(run(*editor, u"UPDATE articles SET status = 'published', revision = revision + 1, updated_by = %2 "
                          "WHERE id = %1"_s.arg(m_colleaguesStory).arg(me)),
             1);
    QCOMPARE(ArticleRepository(*m_owner).load(m_colleaguesStory)->status, ArticleStatus::Published);
    // But only an admin adds people.
    QCOMPARE(run(*editor, u"INSERT INTO people (name, role, created_at) VALUES ('Новый', 'reporter', 0)"_s), -1);
    auto admin = as(u"olga"_s);
    QVERIFY(admin);
    QCOMPARE(run(*admin, u"INSERT INTO people (name, role, created_at) VALUES ('Новый', 'reporter', 0)"_s), 1);
}

void TestRowSecurity::theAppWorksForAReporterWithinTheRules()
{
    auto reporter = as(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> actor = Actor::signedIn(*reporter);
    QVERIFY2(actor, qPrintable(Test::errorText(actor)));
    QCOMPARE(actor->name, u"Айгерим Сапарова"_s);
    QCOMPARE(actor->role, Role::Reporter);
    // A new story of hers, saved with bylines, tags and search index, then submitted.
    Article story;
    story.headline = u"Новый сквер на Восточном"_s;
    story.lead = u"Сквер открыли в субботу."_s;
    story.body = u"Жители сами выбрали деревья."_s;
    story.categoryId = m_category;
    story.tags = {u"город"_s, u"экология"_s};
    story.bylines = {Byline{Byline::Kind::Text, actor->personId, actor->name}};
    SaveOptions options;
    options.personId = actor->personId;
    const SaveResult saved = ArticleRepository(*reporter).save(story, options);
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    Workflow workflow(*reporter);
    const Expected<Article> submitted = workflow.perform(saved.article.id, WorkflowAction::Submit, *actor);
    QVERIFY2(submitted, qPrintable(Test::errorText(submitted)));
    QVERIFY(!ArticleRepository(*reporter).search(u"сквера"_s)->isEmpty());
    // Publishing is refused by core before the database is asked; the editor's login may.
    QVERIFY(!workflow.perform(saved.article.id, WorkflowAction::Approve, *actor));
    auto editor = as(u"daniyar"_s);
    const Expected<Actor> editorActor = Actor::signedIn(*editor);
    QVERIFY(editorActor);
    QVERIFY(Workflow(*editor).perform(saved.article.id, WorkflowAction::Approve, *editorActor));
    const Expected<Article> published = Workflow(*editor).perform(saved.article.id, WorkflowAction::Publish, *editorActor);
    QVERIFY2(published, qPrintable(Test::errorText(published)));
    // Once published, her story is no longer hers to change.
    QCOMPARE(run(*reporter, u"UPDATE articles SET headline = 'Поздняя правка' WHERE id = %1"_s.arg(saved.article.id)), 0);
}

QTEST_GUILESS_MAIN(TestRowSecurity)
#include "tst_rowsecurity.moc"
