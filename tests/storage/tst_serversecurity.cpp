// SPDX-License-Identifier: GPL-3.0-or-later
// The shared server attacked the way a colleague with psql would: every login signs in
// over TCP with its own password, the newsroom is set up by a login that is not a
// superuser (as the README tells an administrator), and every attack is plain SQL.
// Each must be refused and leave the database exactly as it was.
#include "servernewsroom.h"
#include "storage/articlerepository.h"
#include "storage/commentrepository.h"
#include "storage/dictionaryrepository.h"
#include "storage/editlocks.h"
#include "storage/photostore.h"
#include "testdatabases.h"
#include "workflow/workflow.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

// One row of an attack: statements that prepare it (they may be refused already), then
// the statement that would do the harm.
struct Attack
{
    QStringList preparation;
    QString harm;
};

} // namespace

Q_DECLARE_METATYPE(Attack)

class TestServerSecurity : public QObject, private Test::ServerNewsroom
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void checkedFunctionsReadOnlyWhatTheyName();
    void attacks_data();
    void attacks();
    void shadowsAreNeverReadEvenWithTemporaryTables_data();
    void shadowsAreNeverReadEvenWithTemporaryTables();
    void aStatementThatWaitsCannotChangeAPublishedStory_data();
    void aStatementThatWaitsCannotChangeAPublishedStory();
    void signedThingsStayInTheSignersName();
    void theTrashHoldsAgainstItsUsers();
    void aLoginInNoGroupCannotConnect();
    void listPicturesAreEachLoginsOwn();
    void translationLinksAreTheirWritersToMake();
};

void TestServerSecurity::checkedFunctionsReadOnlyWhatTheyName()
{
    QSqlQuery query(QSqlDatabase::database(connectionFor(u"newsroom"_s)));
    QVERIFY(query.exec(u"SELECT p.oid::regprocedure::text, r.rolname, r.rolsuper, r.rolcanlogin, "
                       "coalesce(array_to_string(p.proconfig, ';'), ''), has_function_privilege('public', p.oid, 'EXECUTE') "
                       "FROM pg_proc p JOIN pg_roles r ON r.oid = p.proowner "
                       "WHERE p.pronamespace = 'public'::regnamespace"_s));
    int definers = 0;
    int functions = 0;
    while (query.next()) {
        const QString name = query.value(0).toString();
        ++functions;
        QCOMPARE(query.value(1).toString(), u"newsroom_owner"_s);
        QVERIFY2(!query.value(2).toBool(), qPrintable(name + u" is owned by a superuser"_s));
        QVERIFY2(!query.value(3).toBool(), qPrintable(name + u" is owned by a login"_s));
        QVERIFY2(!query.value(5).toBool(), qPrintable(name + u" may be run by everyone"_s));
        QVERIFY2(query.value(4).toString().endsWith(u"search_path=pg_catalog, public, pg_temp"_s),
                 qPrintable(name + u": "_s + query.value(4).toString()));
    }
    QVERIFY(query.exec(u"SELECT count(*) FROM pg_proc WHERE prosecdef AND pronamespace = 'public'::regnamespace"_s));
    QVERIFY(query.next());
    definers = query.value(0).toInt();
    QVERIFY2(definers >= 4, qPrintable(QString::number(definers)));
    QVERIFY(functions > definers);
    // Whatever the schema holds belongs to the owner role.
    QCOMPARE(admin(u"SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace "
                   "AND relowner <> 'newsroom_owner'::regrole"_s),
             u"0"_s);
    // And nobody but the owner may create there, nor make temporary tables.
    QCOMPARE(admin(u"SELECT has_database_privilege('stranger', current_database(), 'TEMP')"_s), u"false"_s);
    QCOMPARE(admin(u"SELECT has_schema_privilege('aigerim', 'public', 'CREATE')"_s), u"false"_s);
}

void TestServerSecurity::attacks_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<Attack>("attack");
    const QString her = QString::number(m_hersEmbargoed);
    const QString his = QString::number(m_colleagues);
    const QString live = QString::number(m_published);
    const QString editor = QString::number(m_person.value(u"daniyar"_s));
    const QString aigerim = QString::number(m_person.value(u"aigerim"_s));
    const QString now = u"(extract(epoch FROM now()) * 1000)::bigint"_s;

    // Temporary-schema shadowing: refused at once, TEMP is nobody's.
    for (const QString &login : {u"aigerim"_s, u"stranger"_s}) {
        QTest::addRow("%s: shadow people", qPrintable(login))
            << login
            << Attack{{u"CREATE TEMP TABLE people (id bigint, name text, role text, login text, created_at bigint)"_s,
                       u"INSERT INTO pg_temp.people VALUES (%1, 'x', 'admin', '%2', 0)"_s.arg(aigerim, login)},
                      u"UPDATE public.articles SET status = 'published' WHERE id = %1"_s.arg(her)};
    }

    // Forged history.
    QTest::newRow("reporter: event signed by the editor")
        << u"aigerim"_s
        << Attack{{},
                  u"INSERT INTO workflow_events (article_id, from_status, to_status, person_id, created_at, note) "
                  "VALUES (%1, 'published', 'submitted', %2, %3, 'вернул')"_s.arg(her, editor, now)};
    QTest::newRow("reporter: event in her own name")
        << u"aigerim"_s
        << Attack{{},
                  u"INSERT INTO workflow_events (article_id, from_status, to_status, person_id, created_at) "
                  "VALUES (%1, 'approved', 'published', %2, %3)"_s.arg(her, aigerim, now)};
    QTest::newRow("reporter: revision by the editor")
        << u"aigerim"_s
        << Attack{{},
                  u"INSERT INTO revisions (article_id, revision, snapshot, author_id, created_at, note) SELECT id, "
                  "revision, '{}', %2, %3, 'правка' FROM articles WHERE id = %1"_s.arg(her, editor, now)};
    QTest::newRow("reporter: an old revision rewritten")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO revisions (article_id, revision, snapshot, author_id, created_at) "
                      "VALUES (%1, 1, '{}', %2, %3)"_s.arg(her, aigerim, now)};
    QTest::newRow("reporter: a revision edited")
        << u"aigerim"_s << Attack{{}, u"UPDATE revisions SET note = 'x' WHERE article_id = %1"_s.arg(her)};
    QTest::newRow("reporter: history deleted")
        << u"aigerim"_s << Attack{{}, u"DELETE FROM workflow_events WHERE article_id = %1"_s.arg(live)};
    QTest::newRow("editor: event signed by a reporter")
        << u"daniyar"_s
        << Attack{{},
                  u"INSERT INTO workflow_events (article_id, from_status, to_status, person_id, created_at) "
                  "VALUES (%1, 'draft', 'submitted', %2, %3)"_s.arg(his, aigerim, now)};
    QTest::newRow("editor: revisions deleted") << u"daniyar"_s << Attack{{}, u"DELETE FROM revisions"_s};
    QTest::newRow("editor: history rewritten")
        << u"daniyar"_s << Attack{{}, u"UPDATE workflow_events SET person_id = NULL"_s};
    QTest::newRow("editor: revision by a reporter")
        << u"daniyar"_s
        << Attack{{},
                  u"INSERT INTO revisions (article_id, revision, snapshot, author_id, created_at) SELECT id, revision, "
                  "'{}', %2, %3 FROM articles WHERE id = %1"_s.arg(his, aigerim, now)};

    // What a reporter may not change on her own draft.
    const QString save = u"UPDATE articles SET %1, revision = revision + 1, updated_by = %2 WHERE id = %3"_s;
    QTest::newRow("reporter: lifts the embargo")
        << u"aigerim"_s << Attack{{}, save.arg(u"embargo_until = NULL"_s, aigerim, her)};
    QTest::newRow("reporter: sets the publication time")
        << u"aigerim"_s << Attack{{}, save.arg(u"published_at = 1"_s, aigerim, her)};
    QTest::newRow("reporter: schedules") << u"aigerim"_s << Attack{{}, save.arg(u"scheduled_at = 1"_s, aigerim, her)};
    QTest::newRow("reporter: revision 500")
        << u"aigerim"_s << Attack{{}, u"UPDATE articles SET revision = 500, updated_by = %1 WHERE id = %2"_s.arg(aigerim, her)};
    QTest::newRow("reporter: saves in the editor's name")
        << u"aigerim"_s << Attack{{}, save.arg(u"headline = 'x'"_s, editor, her)};
    QTest::newRow("reporter: gives her story another creator")
        << u"aigerim"_s << Attack{{}, save.arg(u"created_by = %1"_s.arg(editor), aigerim, her)};
    QTest::newRow("reporter: approves")
        << u"aigerim"_s << Attack{{}, save.arg(u"status = 'approved'"_s, aigerim, her)};
    QTest::newRow("reporter: starts a published story")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO articles (headline, slug, status, created_at, updated_at, revision, created_by, "
                      "updated_by) VALUES ('x', 'vzlom', 'published', 0, 0, 1, %1, %1)"_s.arg(aigerim)};
    QTest::newRow("reporter: starts a draft in the editor's name")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO articles (headline, slug, status, created_at, updated_at, revision, created_by, "
                      "updated_by) VALUES ('x', 'vzlom', 'draft', 0, 0, 1, %1, %1)"_s.arg(editor)};
    QTest::newRow("reporter: starts a backdated publication")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO articles (headline, slug, status, created_at, updated_at, revision, created_by, "
                      "updated_by, published_at) VALUES ('x', 'vzlom', 'draft', 0, 0, 1, %1, %1, 1)"_s.arg(aigerim)};

    // Others' stories.
    QTest::newRow("reporter: a colleague's draft")
        << u"aigerim"_s << Attack{{}, save.arg(u"headline = 'взлом'"_s, aigerim, his)};
    QTest::newRow("reporter: a published story")
        << u"aigerim"_s << Attack{{}, save.arg(u"headline = 'взлом'"_s, aigerim, live)};
    QTest::newRow("reporter: deletes a colleague's draft")
        << u"aigerim"_s << Attack{{}, u"DELETE FROM articles WHERE id = %1"_s.arg(his)};
    QTest::newRow("reporter: bylines herself onto a colleague's story")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO bylines (article_id, kind, position, person_id) VALUES (%1, 'text', 9, %2)"_s.arg(his, aigerim)};
    QTest::newRow("reporter: takes a colleague's lock")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO edit_locks (article_id, person_id, holder, session, acquired_at, expires_at) "
                      "VALUES (%1, %2, 'x', 'x', 0, 9999999999999)"_s.arg(his, aigerim)};
    QTest::newRow("reporter: comments as the editor")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO comments (article_id, author_id, body, created_at, updated_at) "
                      "VALUES (%1, %2, 'одобряю', 0, 0)"_s.arg(her, editor)};
    QTest::newRow("reporter: promotes herself")
        << u"aigerim"_s << Attack{{}, u"UPDATE people SET role = 'admin' WHERE login = 'aigerim'"_s};
    QTest::newRow("reporter: new section") << u"aigerim"_s
                                           << Attack{{}, u"INSERT INTO categories (name, slug) VALUES ('x', 'x')"_s};
    // The section editor's changes are an admin's, whoever asks through psql.
    for (const QString &login : {u"aigerim"_s, u"daniyar"_s}) {
        QTest::addRow("%s: renames a section", qPrintable(login))
            << login << Attack{{}, u"UPDATE categories SET name = 'Реклама' WHERE id = (SELECT min(id) FROM categories)"_s};
        QTest::addRow("%s: moves a section", qPrintable(login))
            << login << Attack{{}, u"UPDATE categories SET parent_id = NULL, position = 99"_s};
        QTest::addRow("%s: deletes a section", qPrintable(login)) << login << Attack{{}, u"DELETE FROM categories"_s};
    }

    // What the red team found next: photos under another's hash, ids taken in advance,
    // names put on others' words, saves dated in the future, leases held for ever,
    // stories deleted with their history.
    QTest::newRow("reporter: a picture under another picture's hash")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO photos (sha256, bytes, file_name, mime_type, width, height, created_at) "
                      "SELECT encode(sha256('другое'::bytea), 'hex'), bytes, 'wire.png', 'image/png', 64, 48, 0 "
                      "FROM photos ORDER BY id LIMIT 1"_s};
    // The story list's pictures: each login sees only those it made, and makes only its own.
    QTest::newRow("reporter: a list picture in a colleague's name")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO photo_thumbnails (photo_id, made_by, bytes) SELECT id, 'ruslan', '\\xffd8ff'::bytea "
                      "FROM photos ORDER BY id LIMIT 1"_s};
    QTest::newRow("reporter: replaces the list pictures others made")
        << u"aigerim"_s << Attack{{}, u"UPDATE photo_thumbnails SET bytes = '\\x00'::bytea"_s};
    QTest::newRow("reporter: deletes the list pictures others made")
        << u"aigerim"_s << Attack{{}, u"DELETE FROM photo_thumbnails"_s};
    QTest::newRow("reporter: takes over a colleague's list picture")
        << u"aigerim"_s << Attack{{}, u"UPDATE photo_thumbnails SET made_by = 'aigerim'"_s};
    QTest::newRow("reporter: the next story ids taken in advance")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO articles (id, headline, slug, status, created_at, updated_at, revision, "
                      "created_by, updated_by) SELECT g, 'x', 'x-' || g, 'draft', 0, 0, 1, %1, %1 "
                      "FROM generate_series((SELECT max(id) + 1 FROM articles), (SELECT max(id) + 3 FROM articles)) g"_s
                          .arg(aigerim)};
    QTest::newRow("reporter: the next comment ids taken in advance")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO comments (id, article_id, author_id, body, created_at, updated_at) "
                      "VALUES ((SELECT max(id) + 1 FROM comments), %1, %2, 'x', 0, 0)"_s.arg(her, aigerim)};
    QTest::newRow("reporter: a save dated next century")
        << u"aigerim"_s << Attack{{}, save.arg(u"updated_at = 4102444800000"_s, aigerim, her)};
    QTest::newRow("reporter: her comment moved to another story")
        << u"aigerim"_s
        << Attack{{}, u"UPDATE comments SET article_id = %1 WHERE id = %2"_s.arg(his).arg(m_herComment)};
    QTest::newRow("reporter: her comment backdated")
        << u"aigerim"_s << Attack{{}, u"UPDATE comments SET created_at = 0 WHERE id = %1"_s.arg(m_herComment)};
    QTest::newRow("editor: a comment handed to a reporter")
        << u"daniyar"_s
        << Attack{{}, u"UPDATE comments SET author_id = %1 WHERE id = %2"_s.arg(aigerim).arg(m_editorsComment)};
    QTest::newRow("editor: a comment in a reporter's name")
        << u"daniyar"_s
        << Attack{{}, u"INSERT INTO comments (article_id, author_id, body, created_at, updated_at) "
                      "VALUES (%1, %2, 'согласна', 0, 0)"_s.arg(her, aigerim)};
    QTest::newRow("reporter: a lease for ever")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO edit_locks (article_id, person_id, holder, session, acquired_at, expires_at) "
                      "VALUES (%1, %2, 'Айгерим Сапарова', 'x', 0, 9000000000000000)"_s.arg(her, aigerim)};
    QTest::newRow("reporter: a lease in the editor's name")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO edit_locks (article_id, person_id, holder, session, acquired_at, expires_at) "
                      "VALUES (%1, %2, 'Данияр Омаров', 'x', 0, %3 + 60000)"_s.arg(her, aigerim, now)};
    QTest::newRow("editor: a story deleted with its history")
        << u"daniyar"_s << Attack{{}, u"DELETE FROM articles WHERE id = %1"_s.arg(live)};

    // The trash: whose story, what is on the site, and what an admin may purge.
    QTest::newRow("reporter: trashes a colleague's draft")
        << u"aigerim"_s << Attack {{}, save.arg(u"trashed_at = %1"_s.arg(now), aigerim, his)};
    QTest::newRow("reporter: trashes a published story")
        << u"aigerim"_s << Attack {{}, save.arg(u"trashed_at = %1"_s.arg(now), aigerim, live)};
    QTest::newRow("editor: trashes a published story")
        << u"daniyar"_s << Attack {{}, save.arg(u"trashed_at = %1"_s.arg(now), editor, live)};
    QTest::newRow("admin: purges a draft never trashed")
        << u"olga"_s << Attack {{}, u"DELETE FROM articles WHERE id = %1"_s.arg(his)};
    QTest::newRow("admin: purges the whole archive") << u"olga"_s << Attack {{}, u"DELETE FROM articles"_s};

    // A section's names in other languages are an admin's to change, as the sections are.
    QTest::newRow("reporter: names a section in Kazakh")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO category_names (category_id, language, name) SELECT id, 'kk', 'Бұзу' FROM categories"_s};
    QTest::newRow("editor: renames the sections in Kazakh")
        << u"daniyar"_s << Attack{{}, u"UPDATE category_names SET name = 'Бұзу'"_s};
    QTest::newRow("editor: removes the sections' English names")
        << u"daniyar"_s << Attack{{}, u"DELETE FROM category_names WHERE language = 'en'"_s};

    // Translations: who may link, mark in step and unlink, and what a link may say.
    const QString colleaguesKazakh = QString::number(m_colleaguesInKazakh);
    const QString hersKazakh = QString::number(m_hersInKazakh);
    const QString link = u"INSERT INTO story_translations (article_id, original_id, language, original_revision) "
                         "VALUES (%1, %2, 'kk', %3)"_s;
    QTest::newRow("reporter: a colleague's story linked as a translation")
        << u"aigerim"_s
        << Attack{{}, link.arg(QString::number(m_colleaguesLooseKazakh), QString::number(m_editorsWithHerByline), u"1"_s)};
    QTest::newRow("reporter: a colleague's translation marked in step")
        << u"aigerim"_s
        << Attack{{}, u"UPDATE story_translations SET original_revision = original_revision + 1 WHERE article_id = %1"_s.arg(
                          colleaguesKazakh)};
    QTest::newRow("reporter: unlinks a translation")
        << u"aigerim"_s << Attack{{}, u"DELETE FROM story_translations"_s};
    QTest::newRow("reporter: her translation in step with a revision to come")
        << u"aigerim"_s << Attack{{}, link.arg(hersKazakh, QString::number(m_editorsWithHerByline), u"99"_s)};
    QTest::newRow("reporter: her story linked in another language than its own")
        << u"aigerim"_s
        << Attack{{}, u"INSERT INTO story_translations (article_id, original_id, language, original_revision) "
                      "VALUES (%1, %2, 'en', 1)"_s.arg(hersKazakh, QString::number(m_editorsWithHerByline))};
    QTest::newRow("reporter: her story linked under a translation")
        << u"aigerim"_s << Attack{{}, link.arg(hersKazakh, colleaguesKazakh, u"1"_s)};
    QTest::newRow("editor: a translation in step with a revision to come")
        << u"daniyar"_s << Attack{{}, u"UPDATE story_translations SET original_revision = 999"_s};
    QTest::newRow("editor: a link moved to another original")
        << u"daniyar"_s
        << Attack{{}, u"UPDATE story_translations SET original_id = %1 WHERE article_id = %2"_s.arg(
                          QString::number(m_editorsWithHerByline), colleaguesKazakh)};
    QTest::newRow("editor: a translation's language changed")
        << u"daniyar"_s
        << Attack{{}, u"UPDATE story_translations SET language = 'en' WHERE article_id = %1"_s.arg(colleaguesKazakh)};

    // DDL, roles and files.
    const QString ddl[] = {
        u"CREATE TABLE public.people2 (id int)"_s,
        u"CREATE FUNCTION public.newsroom_evil() RETURNS int LANGUAGE sql AS 'SELECT 1'"_s,
        u"ALTER TABLE articles DISABLE ROW LEVEL SECURITY"_s,
        u"DROP POLICY articles_reporter_edit ON articles"_s,
        u"ALTER FUNCTION newsroom_is_editor() OWNER TO aigerim"_s,
        u"CREATE OR REPLACE FUNCTION newsroom_is_editor() RETURNS boolean LANGUAGE sql AS 'SELECT true'"_s,
        u"SET ROLE newsroom_owner"_s,
        u"SET ROLE newsroom_editor"_s,
        u"ALTER ROLE aigerim SUPERUSER"_s,
        u"GRANT newsroom_editor TO aigerim"_s,
        u"SELECT pg_read_file('/etc/hostname')"_s,
        u"COPY articles TO '/tmp/newsroom-stolen.csv'"_s,
        u"SELECT lo_import('/etc/hostname')"_s,
        u"CREATE TEMP TABLE scratch (x int)"_s,
        u"TRUNCATE revisions"_s,
    };
    for (const QString &login : {u"aigerim"_s, u"daniyar"_s, u"stranger"_s}) {
        for (const QString &statement : ddl)
            QTest::addRow("%s: %s", qPrintable(login), qPrintable(statement.left(48))) << login << Attack{{}, statement};
    }
    // A login in no newsroom group reads and runs nothing of the newsroom's.
    for (const QString &statement : {u"SELECT * FROM articles"_s, u"SELECT * FROM people"_s,
                                     u"SELECT newsroom_is_editor()"_s, u"SELECT newsroom_may_write(1)"_s})
        QTest::addRow("stranger: %s", qPrintable(statement)) << u"stranger"_s << Attack{{}, statement};
}

void TestServerSecurity::attacks()
{
    QFETCH(QString, login);
    QFETCH(Attack, attack);
    endSession(login); // each attack in a session of its own
    const QString before = fingerprint();
    // A login in no group may not even connect; were CONNECT given back, it still could
    // do nothing.
    const bool outsider = login == u"stranger";
    if (outsider)
        QVERIFY(!admin(u"GRANT CONNECT ON DATABASE %1 TO stranger"_s.arg(m_database)).startsWith(u"ERROR"_s));
    QVERIFY2(QSqlDatabase::database(connectionFor(login)).isOpen(), "the attack never connected");
    for (const QString &statement : std::as_const(attack.preparation))
        run(login, statement);
    QString error;
    const int rows = run(login, attack.harm, &error);
    endSession(login);
    if (outsider)
        QVERIFY(!admin(u"REVOKE CONNECT ON DATABASE %1 FROM stranger"_s.arg(m_database)).startsWith(u"ERROR"_s));
    QVERIFY2(rows <= 0, qPrintable(u"%1 rows: %2"_s.arg(rows).arg(attack.harm)));
    QCOMPARE(fingerprint(), before);
}

void TestServerSecurity::shadowsAreNeverReadEvenWithTemporaryTables_data()
{
    // Even where an administrator gives TEMP back, the checked functions read only the
    // newsroom's own tables: shadows of every name they use are made, readable by all (as
    // an attacker would make them), and change nothing.
    QTest::addColumn<QString>("login");
    QTest::addColumn<Attack>("attack");
    const QString her = QString::number(m_hersEmbargoed);
    const QString his = QString::number(m_colleagues);
    const QString aigerim = QString::number(m_person.value(u"aigerim"_s));
    const QString editor = QString::number(m_person.value(u"daniyar"_s));
    for (const QString &login : {u"aigerim"_s, u"stranger"_s}) {
        QTest::addRow("%s: people says admin", qPrintable(login))
            << login
            << Attack{{u"CREATE TEMP TABLE people (id bigint, name text, role text, login text, created_at bigint)"_s,
                       u"INSERT INTO pg_temp.people VALUES (%1, 'x', 'admin', '%2', 0)"_s.arg(aigerim, login),
                       u"GRANT SELECT ON pg_temp.people TO PUBLIC"_s},
                      u"UPDATE public.articles SET status = 'published', revision = revision + 1, updated_by = %1 "
                      "WHERE id = %2"_s.arg(aigerim, her)};
        QTest::addRow("%s: people runs my function", qPrintable(login))
            << login
            << Attack{{u"CREATE FUNCTION pg_temp.evil() RETURNS text LANGUAGE plpgsql AS $$ BEGIN "
                       "EXECUTE 'ALTER ROLE %1 SUPERUSER'; RETURN '%1'; END $$"_s.arg(login),
                       u"CREATE TEMP VIEW people AS SELECT %1::bigint AS id, 'x'::text AS name, 'admin'::text AS role, "
                       "pg_temp.evil() AS login, 0::bigint AS created_at"_s.arg(aigerim),
                       u"GRANT SELECT ON pg_temp.people TO PUBLIC"_s},
                      u"UPDATE public.articles SET status = 'published', revision = revision + 1, updated_by = %1 "
                      "WHERE id = %2"_s.arg(aigerim, her)};
        QTest::addRow("%s: articles says mine", qPrintable(login))
            << login
            << Attack{{u"CREATE TEMP TABLE articles AS SELECT * FROM public.articles WITH NO DATA"_s,
                       u"INSERT INTO pg_temp.articles (id, slug, status, created_at, updated_at, revision, created_by) "
                       "VALUES (%1, 'x', 'draft', 0, 0, 1, %2)"_s.arg(his, aigerim),
                       u"GRANT SELECT ON pg_temp.articles TO PUBLIC"_s},
                      u"UPDATE public.articles SET headline = 'взлом', revision = revision + 1, updated_by = %1 "
                      "WHERE id = %2"_s.arg(aigerim, his)};
        QTest::addRow("%s: bylines say mine", qPrintable(login))
            << login
            << Attack{{u"CREATE TEMP TABLE bylines (article_id bigint, kind text, position int, person_id bigint, "
                       "guest_name text)"_s,
                       u"INSERT INTO pg_temp.bylines VALUES (%1, 'text', 0, %2, NULL)"_s.arg(his, aigerim),
                       u"GRANT SELECT ON pg_temp.bylines TO PUBLIC"_s},
                      u"UPDATE public.articles SET headline = 'взлом', revision = revision + 1, updated_by = %1 "
                      "WHERE id = %2"_s.arg(aigerim, his)};
        QTest::addRow("%s: the functions say editor", qPrintable(login))
            << login
            << Attack{{u"CREATE FUNCTION pg_temp.newsroom_is_editor() RETURNS boolean LANGUAGE sql AS 'SELECT true'"_s,
                       u"CREATE FUNCTION pg_temp.newsroom_person() RETURNS bigint LANGUAGE sql AS 'SELECT %1::bigint'"_s.arg(editor),
                       u"CREATE FUNCTION pg_temp.newsroom_may_write(bigint) RETURNS boolean LANGUAGE sql AS 'SELECT true'"_s},
                      u"UPDATE public.articles SET status = 'published', revision = revision + 1, updated_by = %1 "
                      "WHERE id = %2"_s.arg(aigerim, her)};
    }
}

void TestServerSecurity::shadowsAreNeverReadEvenWithTemporaryTables()
{
    QFETCH(QString, login);
    QFETCH(Attack, attack);
    endSession(login);
    const QString before = fingerprint();
    QVERIFY(!admin(u"GRANT CONNECT, TEMPORARY ON DATABASE %1 TO %2"_s.arg(m_database, login)).startsWith(u"ERROR"_s));
    for (const QString &statement : std::as_const(attack.preparation)) {
        QString error;
        QVERIFY2(run(login, statement, &error) >= 0, qPrintable(statement + u": "_s + error));
    }
    // Every function the policies use, called with the shadows in place.
    for (const QString &call : {u"SELECT public.newsroom_person()"_s, u"SELECT public.newsroom_is_editor()"_s,
                                u"SELECT public.newsroom_may_write(%1)"_s.arg(m_colleagues)})
        run(login, call);
    QString error;
    const int rows = run(login, attack.harm, &error);
    QVERIFY2(rows <= 0, qPrintable(u"%1 rows: %2"_s.arg(rows).arg(attack.harm)));
    endSession(login); // its temporary objects go with it
    QVERIFY(!admin(u"REVOKE CONNECT, TEMPORARY ON DATABASE %1 FROM %2"_s.arg(m_database, login)).startsWith(u"ERROR"_s));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(admin(u"SELECT rolsuper FROM pg_roles WHERE rolname = '%1'"_s.arg(login)), u"false"_s);
}

void TestServerSecurity::aStatementThatWaitsCannotChangeAPublishedStory_data()
{
    // Policies judge a statement by the story as it was when the statement began. One that
    // sleeps first, and lands after an editor published the story, must still be refused.
    QTest::addColumn<QString>("statement");
    const QString me = QString::number(m_person.value(u"aigerim"_s));
    QTest::newRow("text and status") << u"UPDATE articles SET headline = 'ИСПОРЧЕНО', status = 'submitted', "
                                        "revision = revision + 1, updated_by = %1 FROM (SELECT pg_sleep(3)) s "
                                        "WHERE articles.id = %2"_s.arg(me);
    QTest::newRow("a byline") << u"WITH s AS MATERIALIZED (SELECT pg_sleep(3)) INSERT INTO bylines "
                                 "SELECT %2, 'text', 7, NULL, 'Подставной автор' FROM s"_s;
    QTest::newRow("a tag") << u"WITH s AS MATERIALIZED (SELECT pg_sleep(3)) INSERT INTO article_tags "
                              "SELECT %2, t.id, 9 FROM tags t, s ORDER BY t.id LIMIT 1"_s;
    QTest::newRow("a photo") << u"WITH s AS MATERIALIZED (SELECT pg_sleep(3)) INSERT INTO article_photos "
                                "SELECT %2, 9, p.id, 'inline', 'подпись', 'автор', 'описание' FROM photos p, s "
                                "ORDER BY p.id LIMIT 1"_s;
    QTest::newRow("a byline removed") << u"WITH s AS MATERIALIZED (SELECT pg_sleep(3)) DELETE FROM bylines b "
                                         "USING s WHERE b.article_id = %2"_s;
}

void TestServerSecurity::aStatementThatWaitsCannotChangeAPublishedStory()
{
    QFETCH(QString, statement);
    // A fresh submitted story of hers, with her byline.
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> actor = Actor::signedIn(*reporter);
    QVERIFY(actor);
    Article story;
    story.headline = u"Отчёт акима за год"_s;
    story.lead = u"Аким отчитался перед жителями."_s;
    story.body = u"Вопросы задавали до вечера."_s;
    story.categoryId = m_category;
    story.bylines = {Byline{Byline::Kind::Text, actor->personId, actor->name}};
    SaveOptions options;
    options.personId = actor->personId;
    const SaveResult saved = ArticleRepository(*reporter).save(story, options);
    QVERIFY2(saved.ok(), qPrintable(saved.error ? saved.error->message : QString()));
    const qint64 id = saved.article.id;
    QVERIFY(Workflow(*reporter).perform(id, WorkflowAction::Submit, *actor));
    reporter.reset();

    // Her statement starts and waits...
    QString error;
    int rows = -2;
    std::unique_ptr<QThread> attacker(QThread::create([&] {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"sleeper"_s);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setDatabaseName(m_database);
        db.setUserName(u"aigerim"_s);
        db.setPassword(u"pw-aigerim"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(statement.arg(id)))
                rows = query.numRowsAffected();
            else
                error = query.lastError().databaseText();
        }
        db.close();
    }));
    attacker->start();
    QElapsedTimer clock;
    clock.start();
    while (admin(u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'aigerim' AND query LIKE '%pg_sleep%' "
                 "AND state = 'active'"_s)
                   .toInt()
               == 0
           && clock.elapsed() < 20'000)
        QThread::msleep(20);
    // ...while the editor approves and publishes.
    auto editor = open(u"daniyar"_s);
    const Expected<Actor> editorActor = Actor::signedIn(*editor);
    QVERIFY(editorActor);
    QVERIFY(Workflow(*editor).perform(id, WorkflowAction::Approve, *editorActor));
    const Expected<Article> published = Workflow(*editor).perform(id, WorkflowAction::Publish, *editorActor);
    QVERIFY2(published, qPrintable(published ? QString() : published.error().message));
    const QString before = fingerprint();
    QVERIFY(attacker->wait(60'000));
    QSqlDatabase::removeDatabase(u"sleeper"_s);
    QVERIFY2(rows <= 0, qPrintable(u"%1 rows changed on a published story"_s.arg(rows)));
    QVERIFY2(error.contains(u"is published now"_s) || error.contains(u"no longer this reporter's"_s),
             qPrintable(error));
    QCOMPARE(fingerprint(), before);
    QCOMPARE(ArticleRepository(*editor).load(id)->status, ArticleStatus::Published);
}

void TestServerSecurity::signedThingsStayInTheSignersName()
{
    // A word for the dictionary is recorded as added by whoever added it, whatever the
    // statement says.
    QCOMPARE(run(u"aigerim"_s, u"INSERT INTO dictionary_words (word, added_by, added_at) VALUES ('Осакаровка', %1, 0)"_s
                                   .arg(m_person.value(u"daniyar"_s))),
             1);
    QCOMPARE(admin(u"SELECT added_by FROM dictionary_words WHERE word = 'Осакаровка'"_s),
             QString::number(m_person.value(u"aigerim"_s)));
    endSession(u"aigerim"_s);
    // And the app's own words, comments and leases pass the same rules.
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> actor = Actor::signedIn(*reporter);
    QVERIFY(actor);
    DictionaryRepository words(*reporter);
    QVERIFY(words.add({u"Егиндыбулак"_s}));
    QVERIFY(words.add({u"Шымкент"_s})); // the newsroom has it already: nothing to do
    // Taking a word out of the dictionary, or changing its form, is for editors.
    const QString shipped = admin(u"SELECT count(*) FROM dictionary_words"_s);
    const Status removed = words.remove(u"Шымкент"_s);
    QVERIFY(!removed);
    QCOMPARE(removed.error().kind, Error::Kind::Permission);
    const Status exact = words.add({u"Шымкент"_s, true});
    QVERIFY(!exact);
    QCOMPARE(exact.error().kind, Error::Kind::Permission);
    QCOMPARE(admin(u"SELECT count(*) FROM dictionary_words"_s), shipped);
    QCOMPARE(admin(u"SELECT exact FROM dictionary_words WHERE word = 'Шымкент'"_s), u"0"_s);
    QVERIFY(CommentRepository(*reporter).add(m_editorsWithHerByline, *actor, u"Добавила цитату."_s));
    QVERIFY(EditLocks(*reporter, u"desk-1"_s).acquire(m_editorsWithHerByline, *actor));
}

void TestServerSecurity::theTrashHoldsAgainstItsUsers()
{
    // Her own draft: she may move it to the trash, but not date it into the purge.
    auto reporter = open(u"aigerim"_s);
    QVERIFY(reporter);
    const Expected<Actor> her = Actor::signedIn(*reporter);
    QVERIFY(her);
    Article draft;
    draft.headline = u"Черновик для корзины"_s;
    SaveOptions options;
    options.personId = her->personId;
    const SaveResult saved = ArticleRepository(*reporter).save(draft, options);
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    const QString id = QString::number(saved.article.id);
    const QString aigerim = QString::number(her->personId);
    QCOMPARE(run(u"aigerim"_s,
                 u"UPDATE articles SET trashed_at = 1, revision = revision + 1, updated_by = %1 "
                 "WHERE id = %2"_s.arg(aigerim, id)),
             1);
    const qint64 trashedAt = admin(u"SELECT trashed_at FROM articles WHERE id = %1"_s.arg(id)).toLongLong();
    QVERIFY2(qAbs(trashedAt - QDateTime::currentMSecsSinceEpoch()) < 60000, qPrintable(QString::number(trashedAt)));
    // Recorded in her name, though no program said so.
    QCOMPARE(admin(u"SELECT person_id || ' ' || note FROM workflow_events WHERE article_id = %1"_s.arg(id)),
             aigerim + u" Moved to the trash"_s);

    // In the trash nobody changes it or publishes it; nobody but an admin deletes it, and
    // an admin only thirty days on.
    QString error;
    QCOMPARE(run(u"aigerim"_s,
                 u"UPDATE articles SET headline = 'x', revision = revision + 1, updated_by = %1 "
                 "WHERE id = %2"_s.arg(aigerim, id),
                 &error),
             -1);
    QVERIFY2(error.contains(u"in the trash"_s), qPrintable(error));
    const QString daniyar = QString::number(m_person.value(u"daniyar"_s));
    QCOMPARE(run(u"daniyar"_s,
                 u"UPDATE articles SET status = 'published', revision = revision + 1, updated_by = %1 "
                 "WHERE id = %2"_s.arg(daniyar, id),
                 &error),
             -1);
    QCOMPARE(run(u"aigerim"_s, u"DELETE FROM articles WHERE id = %1"_s.arg(id)), -1);
    QCOMPARE(run(u"daniyar"_s, u"DELETE FROM articles WHERE id = %1"_s.arg(id)), -1);
    QCOMPARE(run(u"olga"_s, u"DELETE FROM articles WHERE id = %1"_s.arg(id)), 0);
    QVERIFY(!admin(u"UPDATE articles SET trashed_at = trashed_at - 31 * 86400000::bigint WHERE id = %1"_s.arg(id))
                 .startsWith(u"ERROR"_s));
    QCOMPARE(run(u"daniyar"_s, u"DELETE FROM articles WHERE id = %1"_s.arg(id)), -1);
    QCOMPARE(run(u"olga"_s, u"DELETE FROM articles WHERE id = %1"_s.arg(id)), 1);
    QCOMPARE(admin(u"SELECT count(*) FROM revisions WHERE article_id = %1"_s.arg(id)), u"0"_s);
    for (const QString &login : {u"aigerim"_s, u"daniyar"_s, u"olga"_s})
        endSession(login);
}

void TestServerSecurity::aLoginInNoGroupCannotConnect()
{
    QCOMPARE(admin(u"SELECT has_database_privilege('stranger', current_database(), 'CONNECT')"_s), u"false"_s);
    QCOMPARE(admin(u"SELECT has_database_privilege('aigerim', current_database(), 'CONNECT')"_s), u"true"_s);
    const Expected<std::unique_ptr<Database>> outsider = Database::open(urlFor(u"stranger"_s));
    QVERIFY(!outsider);
    QCOMPARE(outsider.error().kind, Error::Kind::Permission);
    QVERIFY2(outsider.error().message.contains(u"GRANT newsroom_reporter TO \"stranger\""_s),
             qPrintable(outsider.error().message));
}

void TestServerSecurity::listPicturesAreEachLoginsOwn()
{
    ArticleQuery everything;
    everything.limit = 1000;
    auto lead = [&](Database &db) {
        QHash<qint64, QByteArray> pictures; // by lead photo, as the login's list shows them
        const Expected<ArticlePage> page = ArticleRepository(db).list(everything);
        for (const ArticleSummary &story : page ? page->items : QList<ArticleSummary>()) {
            if (story.leadPhotoId != 0)
                pictures.insert(story.leadPhotoId, story.leadThumbnail);
        }
        return pictures;
    };
    // The demo's photos were attached by the setup login: its list shows their pictures...
    auto setup = open(u"setup"_s);
    QVERIFY(setup);
    const QHash<qint64, QByteArray> setups = lead(*setup);
    QVERIFY(!setups.isEmpty());
    for (const QByteArray &picture : setups)
        QVERIFY(picture.startsWith("\xff\xd8\xff")); // a JPEG
    // ...a reporter's has none of them, until her desk makes its own from the photos.
    auto aigerim = open(u"aigerim"_s);
    QVERIFY(aigerim);
    QHash<qint64, QByteArray> hers = lead(*aigerim);
    QCOMPARE(hers.size(), setups.size());
    for (const QByteArray &picture : std::as_const(hers))
        QVERIFY(picture.isEmpty());
    const Expected<QHash<qint64, QByteArray>> made = PhotoStore(*aigerim).makeThumbnails(hers.keys());
    QVERIFY2(made, qPrintable(made ? QString() : made.error().message));
    QCOMPARE(made->size(), hers.size());
    hers = lead(*aigerim);
    for (auto it = hers.cbegin(); it != hers.cend(); ++it)
        QCOMPARE(it.value(), made->value(it.key()));
    // What she made is hers alone: a colleague's list still has none.
    auto ruslan = open(u"ruslan"_s);
    QVERIFY(ruslan);
    for (const QByteArray &picture : lead(*ruslan))
        QVERIFY(picture.isEmpty());
}

void TestServerSecurity::translationLinksAreTheirWritersToMake()
{
    // What the attacks above were refused, their rightful makers may do: the refusals were
    // the policies', not an accident of the rows. (Last: it changes the newsroom.)
    QString error;
    QCOMPARE(run(u"aigerim"_s, u"INSERT INTO story_translations (article_id, original_id, language, original_revision) "
                               "VALUES (%1, %2, 'kk', 1)"_s.arg(m_colleaguesLooseKazakh).arg(m_editorsWithHerByline),
                 &error),
             -1);
    QVERIFY2(error.contains(u"row-level security"_s), qPrintable(error));
    QCOMPARE(run(u"ruslan"_s, u"INSERT INTO story_translations (article_id, original_id, language, original_revision) "
                              "VALUES (%1, %2, 'kk', 1)"_s.arg(m_colleaguesLooseKazakh).arg(m_editorsWithHerByline),
                 &error),
             1);
    const QString inStep = u"UPDATE story_translations SET original_revision = (SELECT revision FROM articles WHERE id = "
                           "original_id) WHERE article_id = %1"_s.arg(m_colleaguesInKazakh);
    QCOMPARE(run(u"aigerim"_s, inStep), 0);
    QCOMPARE(run(u"ruslan"_s, inStep, &error), 1);
    QCOMPARE(run(u"ruslan"_s, u"DELETE FROM story_translations WHERE article_id = %1"_s.arg(m_colleaguesInKazakh)), 0);
    QCOMPARE(run(u"daniyar"_s, u"DELETE FROM story_translations WHERE article_id = %1"_s.arg(m_colleaguesInKazakh)), 1);
    endSession(u"aigerim"_s);
    endSession(u"ruslan"_s);
    endSession(u"daniyar"_s);
}

QTEST_GUILESS_MAIN(TestServerSecurity)
#include "tst_serversecurity.moc"
