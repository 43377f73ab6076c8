// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server as its staff and administrator use it, set up without a superuser:
// history and revisions in the actor's name, a byline's right through a save, imports in
// the importer's name and through races, a private backup restored, plain refusals, and
// an earlier superuser setup handed to the owner.
#include "importers/markdownimport.h"
#include "servernewsroom.h"
#include "storage/articlerepository.h"
#include "storage/backup.h"
#include "storage/migrations.h"
#include "storage/peoplerepository.h"
#include "workflow/workflow.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestServerSetup : public QObject, private Test::ServerNewsroom
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void historyWritesItselfInTheActorsName();
    void aBylineKeepsItsRightThroughASave();
    void importsAreInTheImportersName();
    void concurrentImportsLoseNothing();
    void backupIsPrivateAndRestoresWithoutSuperuser();
    void refusalsAreSaidPlainly();
    void anEarlierSuperuserSetupIsHandedToTheOwner();
};

void TestServerSetup::historyWritesItselfInTheActorsName()
{
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> actor = Actor::signedIn(*reporter);
    QVERIFY(actor);
    Article draft;
    draft.headline = u"Сессия маслихата"_s;
    draft.lead = u"Бюджет города утверждён."_s;
    draft.body = u"Депутаты утвердили бюджет."_s;
    draft.categoryId = m_category;
    SaveOptions options;
    options.personId = actor->personId;
    const SaveResult saved = ArticleRepository(*reporter).save(draft, options);
    QVERIFY2(saved.ok(), qPrintable(saved.error ? saved.error->message : QString()));
    QVERIFY(Workflow(*reporter).perform(saved.article.id, WorkflowAction::Submit, *actor, u"готово"_s));
    auto editorDb = open(u"daniyar"_s);
    const Expected<Actor> editor = Actor::signedIn(*editorDb);
    QVERIFY(editor);
    Workflow desk(*editorDb);
    QVERIFY(desk.perform(saved.article.id, WorkflowAction::Approve, *editor));
    QVERIFY(desk.perform(saved.article.id, WorkflowAction::Publish, *editor));
    QVERIFY(desk.perform(saved.article.id, WorkflowAction::Correct, *editor, u"Исправлена сумма"_s));

    const Expected<QList<WorkflowEvent>> events = desk.history(saved.article.id);
    QVERIFY(events);
    QCOMPARE(events->size(), 4);
    QCOMPARE(events->at(0).personId, actor->personId);
    QCOMPARE(events->at(0).to, ArticleStatus::Submitted);
    QCOMPARE(events->at(0).note, u"готово"_s);
    QCOMPARE(events->at(1).personId, editor->personId);
    QCOMPARE(events->at(2).to, ArticleStatus::Published);
    QCOMPARE(events->at(3).from, ArticleStatus::Published);
    QCOMPARE(events->at(3).note, u"Исправлена сумма"_s);
    QCOMPARE(desk.corrections()->value(saved.article.id).size(), 1);
    // Revisions by their authors, each once.
    const Expected<QList<Revision>> revisions = ArticleRepository(*editorDb).revisions(saved.article.id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 5);
    QCOMPARE(revisions->first().authorId, actor->personId);
    QCOMPARE(revisions->last().authorId, editor->personId);
}

void TestServerSetup::aBylineKeepsItsRightThroughASave()
{
    // The editor started it; her byline is what makes it hers.
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> actor = Actor::signedIn(*reporter);
    QVERIFY(actor);
    ArticleRepository articles(*reporter);
    Article story = *articles.load(m_editorsWithHerByline);
    story.body += u"\n\nДополнение корреспондента."_s;
    story.bylines.prepend(Byline{Byline::Kind::Text, 0, u"Гость Редакции"_s}); // she moves to second place
    SaveOptions options;
    options.personId = actor->personId;
    const SaveResult saved = articles.save(story, options);
    QVERIFY2(saved.ok(), qPrintable(saved.error ? saved.error->message : QString()));
    QCOMPARE(saved.article.bylines.size(), 3);
    QCOMPARE(saved.article.bylines.at(1).personId, actor->personId);
    const Expected<Article> submitted = Workflow(*reporter).perform(m_editorsWithHerByline, WorkflowAction::Submit, *actor);
    QVERIFY2(submitted, qPrintable(submitted ? QString() : submitted.error().message));
    QCOMPARE(submitted->status, ArticleStatus::Submitted);
}

void TestServerSetup::importsAreInTheImportersName()
{
    const QString file = storyAt(u"own/own.md"_s,
                                   u"---\ntitle: Репортаж с вокзала\ndraft: true\ntags: [вокзал]\n---\nТекст.\n"_s);
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    MarkdownImporter importer(*reporter);
    importer.setActingPerson(m_person.value(u"aigerim"_s));
    const ImportReport report = importer.importFiles({file});
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(*ArticleRepository(*reporter).lastSavedBy(report.imported.first()), m_person.value(u"aigerim"_s));
    QCOMPARE(admin(u"SELECT created_by FROM articles WHERE id = %1"_s.arg(report.imported.first())),
             QString::number(m_person.value(u"aigerim"_s)));

    // An editor's story in a section nobody has made yet: said plainly, nothing stored.
    const QString sectioned = storyAt(u"own/sectioned.md"_s,
                                        u"---\ntitle: Новости района\ncategories: [Районы/Абай]\n---\nТекст.\n"_s);
    auto editor = open(u"daniyar"_s);
    MarkdownImporter editorImporter(*editor);
    editorImporter.setActingPerson(m_person.value(u"daniyar"_s));
    const QString before = fingerprint();
    const ImportReport refused = editorImporter.importFiles({sectioned});
    QCOMPARE(refused.failures.size(), 1);
    QVERIFY2(refused.failures.first().contains(u"only an admin may add sections"_s), qPrintable(refused.failures.first()));
    QVERIFY(!refused.failures.first().contains(u"permission denied"_s));
    QCOMPARE(fingerprint(), before);
}

void TestServerSetup::concurrentImportsLoseNothing()
{
    // Two desks import at once: the same new tags, in opposite orders, and the same
    // headlines (so the same addresses). Nothing may be lost, nor said in SQL.
    constexpr int Trials = 20;
    constexpr int Files = 6;
    for (int trial = 0; trial < Trials; ++trial) {
        QStringList editorFiles;
        QStringList reporterFiles;
        for (int i = 0; i < Files; ++i) {
            const QString tags = u"[тур%1-а, тур%1-б, тур%1-в]"_s.arg(trial);
            const QString reversed = u"[тур%1-в, тур%1-б, тур%1-а]"_s.arg(trial);
            const QString title = u"Сход жителей %1-%2"_s.arg(trial).arg(i);
            editorFiles << storyAt(u"race-%1-e/%2.md"_s.arg(trial).arg(i),
                                     u"---\ntitle: %1\ntags: %2\n---\nТекст.\n"_s.arg(title, tags));
            reporterFiles << storyAt(u"race-%1-r/%2.md"_s.arg(trial).arg(i),
                                       u"---\ntitle: %1\ndraft: true\ntags: %2\n---\nТекст.\n"_s.arg(title, reversed));
        }
        ImportReport reports[2];
        auto importAs = [&](int which, const QString &login, const QStringList &files) {
            Expected<std::unique_ptr<Database>> db = Database::open(urlFor(login));
            if (!db) {
                reports[which].failures.append(db.error().message);
                return;
            }
            MarkdownImporter importer(**db);
            importer.setActingPerson(m_person.value(login));
            reports[which] = importer.importFiles(files);
        };
        std::unique_ptr<QThread> editorDesk(QThread::create(importAs, 0, u"daniyar"_s, editorFiles));
        std::unique_ptr<QThread> reporterDesk(QThread::create(importAs, 1, u"aigerim"_s, reporterFiles));
        editorDesk->start();
        reporterDesk->start();
        QVERIFY(editorDesk->wait(120'000));
        QVERIFY(reporterDesk->wait(120'000));
        for (const ImportReport &report : reports) {
            QVERIFY2(report.failures.isEmpty(), qPrintable(u"trial %1: "_s.arg(trial) + report.failures.join(u'\n')));
            QVERIFY(report.stoppedBecause.isEmpty());
            QCOMPARE(report.imported.size(), Files);
        }
        QCOMPARE(admin(u"SELECT count(*) FROM tags WHERE name LIKE 'тур%1-%%'"_s.arg(trial)), u"3"_s);
        QCOMPARE(admin(u"SELECT count(DISTINCT slug) FROM articles WHERE headline LIKE 'Сход жителей %1-%%'"_s.arg(trial)),
                 QString::number(2 * Files));
    }
}

void TestServerSetup::backupIsPrivateAndRestoresWithoutSuperuser()
{
    auto owner = open(u"setup"_s);
    QVERIFY(owner);
    const QString path = m_dir.filePath(u"nightly.newsroom"_s);
    const Status made = Backup::create(*owner, path);
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    struct stat info {};
    QCOMPARE(::stat(QFile::encodeName(path).constData(), &info), 0);
    QCOMPARE(info.st_mode & 0777, 0600u);

    QString error;
    const QString otherUrl = m_cluster.createDatabase(&error);
    QVERIFY2(!otherUrl.isEmpty(), qPrintable(error));
    const QString other = DatabaseUrl::parse(otherUrl)->databaseName;
    QVERIFY(!admin(u"ALTER DATABASE %1 OWNER TO newsroom_owner"_s.arg(other)).startsWith(u"ERROR"_s));
    const Status restored = Backup::restore(path, urlFor(u"setup"_s, other), false);
    QVERIFY2(restored, qPrintable(restored ? QString() : restored.error().message));
    auto copy = open(u"setup"_s, other);
    QVERIFY(copy);
    QCOMPARE(*ArticleRepository(*copy).count(), *ArticleRepository(*owner).count());
    // The copy holds against a reporter as the original does.
    auto reporter = open(u"aigerim"_s, other);
    QVERIFY(reporter);
    QSqlQuery publish(reporter->connection());
    QVERIFY(!publish.exec(u"UPDATE articles SET status = 'published', revision = revision + 1, updated_by = %1 WHERE id = %2"_s
                              .arg(m_person.value(u"aigerim"_s))
                              .arg(m_hersEmbargoed)));
}

void TestServerSetup::refusalsAreSaidPlainly()
{
    // A wrong password is a refusal, not trouble with the server.
    DatabaseUrl wrong = urlFor(u"aigerim"_s);
    wrong.password = u"not-her-password"_s;
    const Expected<std::unique_ptr<Database>> refused = Database::open(wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().kind, Error::Kind::Permission);
    // A login nobody set up as the newsroom's owner cannot set one up, and is told who can.
    QVERIFY(!admin(u"CREATE ROLE latecomer LOGIN PASSWORD 'pw-latecomer'"_s).startsWith(u"ERROR"_s));
    QString error;
    QVERIFY(m_cluster.requirePassword(u"latecomer"_s, &error));
    const QString emptyUrl = m_cluster.createDatabase(&error);
    const QString empty = DatabaseUrl::parse(emptyUrl)->databaseName;
    QVERIFY(!admin(u"ALTER DATABASE %1 OWNER TO latecomer"_s.arg(empty)).startsWith(u"ERROR"_s));
    const Expected<std::unique_ptr<Database>> init =
        Database::open(urlFor(u"latecomer"_s, empty), Database::OpenMode::CreateIfMissing);
    QVERIFY(!init);
    QCOMPARE(init.error().kind, Error::Kind::Permission);
    QVERIFY2(init.error().message.contains(u"GRANT newsroom_owner TO \"latecomer\""_s), qPrintable(init.error().message));
}

void TestServerSetup::anEarlierSuperuserSetupIsHandedToTheOwner()
{
    // A newsroom set up by the previous Newsroom, run by a superuser: schema 4, every
    // object the superuser's, functions reading the session's temporary schema first.
    QString error;
    const QString url = m_cluster.createDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const QString old = DatabaseUrl::parse(url)->databaseName;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"earlier"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(u"newsroom"_s);
        db.setDatabaseName(old);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                           "applied_at BIGINT NOT NULL)"_s));
        for (const Migrations::Migration &migration : Migrations::available(DatabaseUrl::Engine::PostgreSQL)) {
            if (migration.version > 4)
                break;
            for (const QString &statement : Migrations::splitStatements(migration.script))
                QVERIFY2(query.exec(statement), qPrintable(statement.left(80) + query.lastError().text()));
            QVERIFY(query.exec(u"INSERT INTO schema_migrations VALUES (%1, '%2', 0)"_s.arg(migration.version)
                                   .arg(migration.name)));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(u"earlier"_s);

    // A reporter's window on it is told who must upgrade it, and changes nothing.
    const Expected<std::unique_ptr<Database>> reporter = Database::open(urlFor(u"aigerim"_s, old));
    QVERIFY(!reporter);
    QCOMPARE(reporter.error().kind, Error::Kind::Permission);
    QVERIFY2(reporter.error().message.contains(
                 u"from version 4 to %1"_s.arg(Migrations::latestVersion(DatabaseUrl::Engine::PostgreSQL))),
             qPrintable(reporter.error().message));

    // The superuser who set it up upgrades it once: everything goes to newsroom_owner.
    DatabaseUrl superuser = urlFor(u"newsroom"_s, old);
    superuser.password.clear();
    const Expected<std::unique_ptr<Database>> upgraded = Database::open(superuser);
    QVERIFY2(upgraded, qPrintable(upgraded ? QString() : upgraded.error().message));
    QCOMPARE((*upgraded)->schemaVersion(), Migrations::latestVersion(DatabaseUrl::Engine::PostgreSQL));
    QSqlQuery owners((*upgraded)->connection());
    QVERIFY(owners.exec(u"SELECT (SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                        "AND relowner <> 'newsroom_owner'::regrole) + (SELECT count(*) FROM pg_proc WHERE "
                        "pronamespace = 'public'::regnamespace AND (proowner <> 'newsroom_owner'::regrole OR "
                        "NOT array_to_string(proconfig, ';') LIKE '%pg_temp'))"_s));
    QVERIFY(owners.next());
    QCOMPARE(owners.value(0).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestServerSetup)
#include "tst_serversetup.moc"
