// SPDX-License-Identifier: GPL-3.0-or-later
#include "damagedfile.h"
#include "demo/demonewsroom.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/healthcheck.h"
#include "storage/migrations.h"
#include "storage/peoplerepository.h"
#include "storage/statement.h"
#include "testdatabases.h"

#include <algorithm>

#include <QCryptographicHash>
#include <QSet>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseUrl_data();
    void parseUrl();
    void resolveUrl();
    void createsTheSchema_data() { Test::TestDatabases::addEngineRows(); }
    void createsTheSchema();
    void reopensWithoutMigratingAgain_data() { Test::TestDatabases::addEngineRows(); }
    void reopensWithoutMigratingAgain();
    void refusesANewerDatabase_data() { Test::TestDatabases::addEngineRows(); }
    void refusesANewerDatabase();
    void sqliteSettings();
    void refusesMissingFileUnlessCreating();
    void refusesFilesThatAreNotNewsroomDatabases_data();
    void refusesFilesThatAreNotNewsroomDatabases();
    void refusesAnotherApplicationsDatabase();
    void aDamagedFileStopsAllWriting();
    void aSchemaChangedByHandIsSaidInWords();
    void healthCheckOfASoundNewsroom_data() { Test::TestDatabases::addEngineRows(); }
    void healthCheckOfASoundNewsroom();
    void failedWriteRollsBack_data() { Test::TestDatabases::addEngineRows(); }
    void failedWriteRollsBack();
    void splitStatements();
    void statementsAreReusedNotShared_data() { Test::TestDatabases::addEngineRows(); }
    void statementsAreReusedNotShared();
    void newsroomDictionaryIsShared_data() { Test::TestDatabases::addEngineRows(); }
    void newsroomDictionaryIsShared();

private:
    Test::TestDatabases m_databases;
};

void TestDatabase::parseUrl_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("display");

    QTest::newRow("sqlite absolute") << u"sqlite:/var/lib/news/newsroom.db"_s << true << u"sqlite:/var/lib/news/newsroom.db"_s;
    QTest::newRow("sqlite triple slash") << u"sqlite:///srv/a.db"_s << true << u"sqlite:/srv/a.db"_s;
    QTest::newRow("postgresql") << u"postgresql://anna@db.local:5433/newsroom"_s << true
                                << u"postgresql://anna@db.local:5433/newsroom"_s;
    QTest::newRow("password is never shown") << u"postgresql://anna:secret@db.local/newsroom"_s << true
                                             << u"postgresql://anna@db.local:5432/newsroom"_s;
    QTest::newRow("postgres scheme") << u"postgres://db/news"_s << true << u"postgresql://db:5432/news"_s;
    QTest::newRow("sqlite without path") << u"sqlite:"_s << false << QString();
    QTest::newRow("postgresql without database") << u"postgresql://anna@db.local/"_s << false << QString();
    QTest::newRow("unknown scheme") << u"mysql://db/news"_s << false << QString();
    QTest::newRow("bare path") << u"/tmp/newsroom.db"_s << false << QString();
}

void TestDatabase::parseUrl()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, display);
    const Expected<DatabaseUrl> url = DatabaseUrl::parse(text);
    QCOMPARE(url.ok(), valid);
    if (valid) {
        QCOMPARE(url->toDisplayString(), display);
    } else {
        QCOMPARE(url.error().kind, Error::Kind::Invalid);
        QVERIFY2(url.error().message.contains(text), qPrintable(url.error().message));
    }
}

void TestDatabase::resolveUrl()
{
    qputenv("NEWSROOM_DATABASE", "sqlite:/from/environment.db");
    QCOMPARE(DatabaseUrl::resolve(u"sqlite:/from/option.db"_s)->path, u"/from/option.db"_s);
    QCOMPARE(DatabaseUrl::resolve(QString())->path, u"/from/environment.db"_s);
    qunsetenv("NEWSROOM_DATABASE");
    const Expected<DatabaseUrl> fallback = DatabaseUrl::resolve(QString());
    QVERIFY(fallback.ok());
    QCOMPARE(fallback->engine, DatabaseUrl::Engine::SQLite);
    QVERIFY(fallback->path.endsWith(u"/newsroom.db"_s));
}

void TestDatabase::createsTheSchema()
{
    QFETCH(QString, engine);
    auto db = m_databases.openFresh(engine);
    QVERIFY(db);
    QVERIFY(db->schemaVersion() > 0);
    QCOMPARE(db->schemaVersion(), Migrations::latestVersion(db->engine()));
    Statement query = db->prepare(u"SELECT count(*) FROM schema_migrations"_s);
    QVERIFY(db->exec(query).ok());
    QVERIFY(query.next());
    QCOMPARE(query.value(0).toInt(), Migrations::available(db->engine()).size());
}

void TestDatabase::reopensWithoutMigratingAgain()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    QVERIFY(!url.isEmpty());
    qint64 appliedAt = 0;
    {
        auto first = m_databases.open(url);
        QVERIFY(first);
        Statement query = first->prepare(u"SELECT max(applied_at) FROM schema_migrations"_s);
        QVERIFY(first->exec(query).ok() && query.next());
        appliedAt = query.value(0).toLongLong();
    }
    auto second = m_databases.open(url);
    QVERIFY(second);
    Statement query = second->prepare(u"SELECT max(applied_at), count(*) FROM schema_migrations"_s);
    QVERIFY(second->exec(query).ok() && query.next());
    QCOMPARE(query.value(0).toLongLong(), appliedAt);
}

void TestDatabase::refusesANewerDatabase()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    QVERIFY(!url.isEmpty());
    const int future = Migrations::latestVersion(engine == u"sqlite" ? DatabaseUrl::Engine::SQLite
                                                                     : DatabaseUrl::Engine::PostgreSQL) + 1;
    {
        auto db = m_databases.open(url);
        QVERIFY(db);
        Statement query = db->prepare(u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (:v, 'future', 0)"_s);
        query.bindValue(u":v"_s, future);
        QVERIFY(db->exec(query).ok());
        if (db->isSQLite())
            QVERIFY(db->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s).ok());
    }
    const QString path = DatabaseUrl::parse(url)->path;
    const QByteArray before = path.isEmpty() ? QByteArray() : fileHash(path);

    const Expected<std::unique_ptr<Database>> refused = Database::open(*DatabaseUrl::parse(url));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    QVERIFY2(refused.error().message.contains(u"newer Newsroom"_s), qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QString::number(future)), qPrintable(refused.error().message));
    if (!path.isEmpty())
        QCOMPARE(fileHash(path), before);
}

void TestDatabase::sqliteSettings()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    const std::pair<QString, QString> expected[] = {
        {u"PRAGMA journal_mode"_s, u"wal"_s},
        {u"PRAGMA synchronous"_s, u"2"_s}, // FULL
        {u"PRAGMA foreign_keys"_s, u"1"_s},
    };
    for (const auto &[pragma, value] : expected) {
        Statement query = db->prepare(pragma);
        QVERIFY(db->exec(query).ok());
        QVERIFY(query.next());
        QCOMPARE(query.value(0).toString(), value);
    }
}

void TestDatabase::refusesMissingFileUnlessCreating()
{
    const QString path = m_databases.tempPath(u"nothing-here.db"_s);
    const Expected<std::unique_ptr<Database>> missing = Database::open(*DatabaseUrl::parse(u"sqlite:"_s + path));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
    QVERIFY2(missing.error().message.contains(path), qPrintable(missing.error().message));
    QVERIFY(!QFile::exists(path));

    // Made when asked, readable by its owner alone (it holds drafts and embargoed
    // stories), whatever the umask; its write-ahead log likewise.
    const mode_t umaskBefore = ::umask(022);
    {
        Expected<std::unique_ptr<Database>> made
            = Database::open(*DatabaseUrl::parse(u"sqlite:"_s + path), Database::OpenMode::CreateIfMissing);
        QVERIFY2(made.ok(), qPrintable(Test::errorText(made)));
        const QFile::Permissions owner = QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
        QCOMPARE(QFile::permissions(path), owner);
        QVERIFY(QFile::exists(path + u"-wal"_s)); // the migrations wrote through it
        QCOMPARE(QFile::permissions(path + u"-wal"_s), owner);
    }
    ::umask(umaskBefore);
}

void TestDatabase::refusesFilesThatAreNotNewsroomDatabases_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QString>("message");

    QTest::newRow("text file") << QByteArray("title: not a database\n").repeated(200) << u"is not a newsroom database"_s;
    QTest::newRow("empty header, garbage") << QByteArray(8192, '\xa5') << u"is not a newsroom database"_s;
}

void TestDatabase::refusesFilesThatAreNotNewsroomDatabases()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, message);
    const QString path = m_databases.tempPath(u"impostor-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
    QVERIFY(writeFile(path, contents));
    const Expected<std::unique_ptr<Database>> opened =
        Database::open(*DatabaseUrl::parse(u"sqlite:"_s + path), Database::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(message), qPrintable(opened.error().message));
    QVERIFY2(opened.error().message.contains(path), qPrintable(opened.error().message));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), contents);
}

void TestDatabase::refusesAnotherApplicationsDatabase()
{
    const QString path = m_databases.tempPath(u"someone-elses.db"_s);
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-app"_s);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QSqlQuery query(other);
        QVERIFY(query.exec(u"CREATE TABLE recipes (name TEXT)"_s));
        QVERIFY(query.exec(u"INSERT INTO recipes VALUES ('бешбармак')"_s));
        other.close();
    }
    QSqlDatabase::removeDatabase(u"other-app"_s);
    const QByteArray before = fileHash(path);

    const Expected<std::unique_ptr<Database>> opened =
        Database::open(*DatabaseUrl::parse(u"sqlite:"_s + path), Database::OpenMode::CreateIfMissing);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().message.contains(u"not a newsroom's"_s), qPrintable(opened.error().message));
    QCOMPARE(fileHash(path), before); // not even switched to write-ahead logging
    QVERIFY(!QFile::exists(path + u"-wal"_s));
}

void TestDatabase::aDamagedFileStopsAllWriting()
{
    const QString url = m_databases.freshUrl(u"sqlite"_s);
    const QString path = url.mid(int(qstrlen("sqlite:")));
    {
        auto db = m_databases.open(url);
        QVERIFY(db && Demo::load(*db));
    } // closed: the write-ahead log is folded into the file
    QVERIFY(!QFile::exists(path + u"-wal"_s));
    // Damage the first page of the revisions table, as a failing disk would.
    QVERIFY(Test::damageTable(path, u"revisions"_s));
    const QByteArray damaged = fileHash(path);

    auto db = m_databases.open(url);
    QVERIFY(db);
    QVERIFY(!db->damaged());
    const Status read = db->exec(u"SELECT * FROM revisions"_s);
    QVERIFY(!read);
    QVERIFY2(read.error().message.contains(u"is damaged"_s), qPrintable(read.error().message));
    QVERIFY(db->damaged());
    // A write that touches nothing damaged is refused all the same.
    const Expected<Person> added = PeopleRepository(*db).add({0, u"Новый сотрудник"_s, Role::Reporter, {}});
    QVERIFY(!added);
    QVERIFY2(added.error().message.contains(u"nothing more is written in this session"_s), qPrintable(added.error().message));
    db.reset();
    QCOMPARE(fileHash(path), damaged);

    // `newsroom check` finds it.
    auto again = m_databases.open(url);
    QVERIFY(again);
    const Expected<HealthReport> health = checkHealth(*again);
    QVERIFY2(health, qPrintable(Test::errorText(health)));
    QVERIFY(!health->problems.isEmpty());
    QVERIFY2(health->problems.first().startsWith(u"the file: "_s), qPrintable(health->problems.join(u'\n')));
}

void TestDatabase::aSchemaChangedByHandIsSaidInWords()
{
    const QString url = m_databases.freshUrl(u"sqlite"_s);
    {
        auto db = m_databases.open(url);
        QVERIFY(db && Demo::load(*db));
        QVERIFY(db->exec(u"ALTER TABLE people RENAME COLUMN name TO full_name"_s));
    }
    auto db = m_databases.open(url);
    QVERIFY(db);
    const auto staff = PeopleRepository(*db).list();
    QVERIFY(!staff);
    const QString message = staff.error().message;
    QVERIFY2(message.contains(u"does not have the tables this Newsroom expects"_s), qPrintable(message));
    QVERIFY2(!message.contains(u"Parameter count mismatch"_s) && !message.contains(u"SELECT"_s), qPrintable(message));
    QVERIFY(db->damaged()); // and nothing more is written into it
}

void TestDatabase::healthCheckOfASoundNewsroom()
{
    QFETCH(QString, engine);
    auto db = m_databases.openFresh(engine);
    QVERIFY(db && Demo::load(*db));
    Expected<HealthReport> health = checkHealth(*db);
    QVERIFY2(health, qPrintable(Test::errorText(health)));
    QVERIFY2(health->problems.isEmpty(), qPrintable(health->problems.join(u'\n')));
    QCOMPARE(health->checks, engine == u"sqlite" ? 4 : 1);
    // A story that lost its place in the search index is found.
    QVERIFY(db->exec(engine == u"sqlite" ? u"DELETE FROM article_search WHERE rowid = 3"_s
                                         : u"DELETE FROM article_search WHERE article_id = 3"_s));
    health = checkHealth(*db);
    QVERIFY(health);
    QCOMPARE(health->problems, QStringList{u"the search index: story 3 is missing"_s});
}

void TestDatabase::failedWriteRollsBack()
{
    QFETCH(QString, engine);
    auto db = m_databases.openFresh(engine);
    QVERIFY(db);
    const Status failed = db->write([&]() -> Status {
        if (Status ran = db->exec(u"INSERT INTO site_settings (key, value) VALUES ('name', 'Half-written')"_s); !ran)
            return ran;
        return db->exec(u"INSERT INTO site_settings (key, value) VALUES ('name', 'duplicate key')"_s);
    });
    QVERIFY(!failed.ok());
    Statement query = db->prepare(u"SELECT count(*) FROM site_settings"_s);
    QVERIFY(db->exec(query).ok() && query.next());
    QCOMPARE(query.value(0).toInt(), 0);
    // And the connection is usable afterwards.
    QVERIFY(db->write([&] { return db->exec(u"INSERT INTO site_settings (key, value) VALUES ('city', 'Темиртау')"_s); }).ok());
}

void TestDatabase::statementsAreReusedNotShared()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    auto db = m_databases.open(url);
    QVERIFY(db);
    QVERIFY(db->write([&]() -> Status {
                  for (const char *key : {"name", "city", "time_zone"}) {
                      if (Status ran = db->exec(u"INSERT INTO site_settings (key, value) VALUES ('%1', 'x')"_s.arg(
                              QLatin1StringView(key)));
                          !ran)
                          return ran;
                  }
                  return Done{};
              }).ok());
    const QString sql = u"SELECT key FROM site_settings WHERE key <> :skip ORDER BY key"_s;
    const auto keys = [&](Statement &query, const QString &skip) {
        query.bindValue(u":skip"_s, skip);
        QStringList read;
        if (!db->exec(query).ok())
            return QStringList{u"(failed)"_s};
        while (query.next())
            read.append(query.value(0).toString());
        return read;
    };
    {
        // Two of the same SQL at once: each its own, with its own values. (On a server a
        // forward-only read cannot be interleaved with another query at all.)
        Statement outer = db->prepare(sql);
        QCOMPARE(keys(outer, u"city"_s), (QStringList{u"name"_s, u"time_zone"_s}));
        Statement inner = db->prepare(sql);
        QCOMPARE(keys(inner, u"name"_s), (QStringList{u"city"_s, u"time_zone"_s}));
        QVERIFY(db->exec(outer).ok()); // still skipping "city", whatever inner was given
        QStringList again;
        while (outer.next())
            again.append(outer.value(0).toString());
        QCOMPARE(again, (QStringList{u"name"_s, u"time_zone"_s}));
    }
    {
        // Handed back with rows unread: the next use starts afresh, with its own values.
        Statement half = db->prepare(sql);
        half.bindValue(u":skip"_s, u"none"_s);
        QVERIFY(db->exec(half).ok() && half.next());
    }
    Statement again = db->prepare(sql);
    QCOMPARE(keys(again, u"time_zone"_s), (QStringList{u"city"_s, u"name"_s}));
    if (!db->isSQLite()) {
        // The server holds the two prepared once each, not one per use.
        Statement prepared = db->prepare(u"SELECT count(*) FROM pg_prepared_statements WHERE statement LIKE "
                                         "'%SELECT key FROM site_settings WHERE key <>%' "
                                         "AND statement NOT LIKE '%pg_prepared_statements%'"_s);
        QVERIFY(db->exec(prepared).ok() && prepared.next());
        QCOMPARE(prepared.value(0).toInt(), 2);
        // Set as the connection began: no notices on a reporter's console.
        Statement notices = db->prepare(u"SELECT current_setting('client_min_messages')"_s);
        QVERIFY(db->exec(notices).ok() && notices.next());
        QCOMPARE(notices.value(0).toString(), u"warning"_s);
    }
    // A write while the statements wait: nothing they hold stands in its way (on SQLite,
    // a statement left mid-read would keep the checkpoint and other writers waiting).
    auto colleague = m_databases.open(url);
    QVERIFY(colleague);
    QVERIFY(colleague->write([&] { return colleague->exec(u"DELETE FROM site_settings WHERE key = 'city'"_s); }).ok());
    QCOMPARE(keys(again, u"none"_s), (QStringList{u"name"_s, u"time_zone"_s}));
}

void TestDatabase::splitStatements()
{
    const QString script = u"-- a comment; with a semicolon\n"
                           "CREATE TABLE a (x TEXT DEFAULT 'semi;colon');\n"
                           "/* block; comment */ INSERT INTO a VALUES ('it''s; fine');\n"
                           "CREATE FUNCTION f() RETURNS int AS $body$ SELECT 1; $body$ LANGUAGE sql;\n"
                           "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 'y'; DELETE FROM a; END;\n"
                           "SELECT 1;\n"
                           // PostgreSQL: a trigger function, then the trigger that calls it.
                           "CREATE FUNCTION g() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$;\n"
                           "CREATE TRIGGER u AFTER UPDATE ON a FOR EACH ROW EXECUTE FUNCTION g();\n"
                           "SELECT 2"_s;
    const QStringList statements = Migrations::splitStatements(script);
    QCOMPARE(statements.size(), 8);
    QCOMPARE(statements.at(0), u"CREATE TABLE a (x TEXT DEFAULT 'semi;colon')"_s);
    QCOMPARE(statements.at(1), u"INSERT INTO a VALUES ('it''s; fine')"_s);
    QVERIFY(statements.at(2).endsWith(u"$body$ SELECT 1; $body$ LANGUAGE sql"_s));
    QVERIFY(statements.at(3).endsWith(u"DELETE FROM a; END"_s));
    QCOMPARE(statements.at(4), u"SELECT 1"_s);
    QVERIFY(statements.at(5).endsWith(u"$$ BEGIN RETURN NULL; END $$"_s));
    QCOMPARE(statements.at(6), u"CREATE TRIGGER u AFTER UPDATE ON a FOR EACH ROW EXECUTE FUNCTION g()"_s);
    QCOMPARE(statements.at(7), u"SELECT 2"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"

void TestDatabase::newsroomDictionaryIsShared()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    auto desk1 = m_databases.open(url);
    auto desk2 = m_databases.open(url);
    QVERIFY(desk1 && desk2);
    DictionaryRepository first(*desk1);
    const auto has = [](const Expected<QList<DictionaryWord>> &words, const DictionaryWord &word) {
        return words && words->contains(word);
    };
    const auto spelled = [](const Expected<QList<DictionaryWord>> &words, const QString &word) {
        return words && std::ranges::any_of(*words, [&](const DictionaryWord &w) { return w.word == word; });
    };

    // A new newsroom starts with the words of Kazakhstan, each once; Алматы in that form only.
    const Expected<QList<DictionaryWord>> shipped = first.words();
    QVERIFY(shipped);
    QVERIFY2(shipped->size() > 200, qPrintable(QString::number(shipped->size())));
    QVERIFY(has(shipped, {u"акимат"_s, false}));
    QVERIFY(has(shipped, {u"Жезказган"_s, false}));
    QVERIFY(has(shipped, {u"Алматы"_s, true}));
    QVERIFY(has(shipped, {u"әкімдік"_s, false}));
    QSet<QString> once;
    for (const DictionaryWord &word : *shipped)
        once.insert(word.word);
    QCOMPARE(once.size(), shipped->size());

    QVERIFY(first.add({u"Осакаровка"_s}).ok());
    QVERIFY(first.add({u"  Егиндыбулак "_s}).ok());
    QVERIFY(first.add({u"Осакаровка"_s}).ok()); // twice is once
    // What one desk adds, the other sees.
    const Expected<QList<DictionaryWord>> seen = DictionaryRepository(*desk2).words();
    QVERIFY(has(seen, {u"Осакаровка"_s, false}));
    QVERIFY(has(seen, {u"Егиндыбулак"_s, false}));
    QCOMPARE(seen->size(), shipped->size() + 2);
    // Adding it again as exact changes only that.
    QVERIFY(first.add({u"Осакаровка"_s, true}).ok());
    QVERIFY(has(DictionaryRepository(*desk2).words(), {u"Осакаровка"_s, true}));
    for (const QString &bad : {u""_s, u"два слова"_s, QString(101, u'я')}) {
        const Status refused = first.add({bad});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    }
    // A shipped word is the newsroom's to remove like its own; removing it twice is said.
    QVERIFY(DictionaryRepository(*desk2).remove(u"Жезказган"_s).ok());
    QVERIFY(!spelled(first.words(), u"Жезказган"_s));
    const Status again = first.remove(u"Жезказган"_s);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().kind, Error::Kind::NotFound);
    QVERIFY(again.error().message.contains(u"Жезказган"_s));
    QCOMPARE(first.words()->size(), shipped->size() + 1);
}
