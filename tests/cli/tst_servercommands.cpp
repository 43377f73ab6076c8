// SPDX-License-Identifier: GPL-3.0-or-later
// The `newsroom` executable against a shared server, as an administrator and the staff
// run it: set up by a login that is no superuser, refusals with the right exit codes and
// without the SQL drivers' chatter, and an import that loses its connection halfway.
#include "newsroomprocess.h"
#include "text/interfacelanguage.h"
#include "postgrescluster.h"
#include "testfiles.h"
#include "storage/databaseurl.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;

using Newsroom::Test::finishNewsroom;
using Newsroom::Test::runNewsroom;
using Result = Newsroom::Test::ProcessResult;

class TestServerCommands : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void initAsAPlainOwner();
    void refusalsHaveTheirExitCodes();
    void aReporterImportsHerOwnStories();
    void aLostConnectionNamesEveryFile();
    void anEmptyDatabaseIsNoNewsroom();

private:
    QString urlAs(const QString &login, const QString &password = {}) const;
    QString admin(const QString &sql);

    QString storyAt(const QString &relative, const QString &text)
    {
        return Newsroom::Test::writeTextFile(m_dir.filePath(relative), text);
    }

    Newsroom::Test::PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_database;
};

QString TestServerCommands::urlAs(const QString &login, const QString &password) const
{
    return u"postgresql://%1:%2@127.0.0.1:%3/%4"_s.arg(login, password.isEmpty() ? u"pw-"_s + login : password)
        .arg(m_cluster.port())
        .arg(m_database);
}

QString TestServerCommands::admin(const QString &sql)
{
    const QString name = u"admin"_s;
    if (!QSqlDatabase::contains(name)) {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_cluster.port());
        db.setUserName(u"newsroom"_s); // the cluster's superuser, standing in for the administrator
        db.setDatabaseName(m_database);
        if (!db.open())
            return u"ERROR: "_s + db.lastError().text();
    }
    QSqlQuery query(QSqlDatabase::database(name));
    if (!query.exec(sql))
        return u"ERROR: "_s + query.lastError().text();
    return query.next() ? query.value(0).toString() : QString();
}

void TestServerCommands::initTestCase()
{
    Newsroom::speak(u"en"_s); // English, with its plural forms
    QVERIFY(m_dir.isValid());
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    const QString url = m_cluster.createDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    m_database = Newsroom::DatabaseUrl::parse(url)->databaseName;
    // The README's setup, as the administrator.
    for (const QString &statement :
         {u"CREATE ROLE newsroom_owner NOLOGIN"_s, u"CREATE ROLE newsroom_reporter NOLOGIN"_s,
          u"CREATE ROLE newsroom_editor NOLOGIN"_s, u"CREATE ROLE newsroom_admin NOLOGIN"_s,
          u"CREATE ROLE newsroom_setup LOGIN PASSWORD 'pw-newsroom_setup' IN ROLE newsroom_owner"_s,
          u"ALTER DATABASE %1 OWNER TO newsroom_owner"_s.arg(m_database),
          u"CREATE ROLE aigerim LOGIN PASSWORD 'pw-aigerim' IN ROLE newsroom_reporter"_s}) {
        const QString answer = admin(statement);
        QVERIFY2(!answer.startsWith(u"ERROR"_s), qPrintable(statement + u": "_s + answer));
    }
    for (const QString &login : {u"newsroom_setup"_s, u"aigerim"_s})
        QVERIFY2(m_cluster.requirePassword(login, &error), qPrintable(error));
}

void TestServerCommands::cleanupTestCase()
{
    if (QSqlDatabase::contains(u"admin"_s)) {
        QSqlDatabase::database(u"admin"_s, false).close();
        QSqlDatabase::removeDatabase(u"admin"_s);
    }
    m_cluster.stop();
}

void TestServerCommands::initAsAPlainOwner()
{
    const Result init = runNewsroom({u"init"_s, u"--demo"_s}, urlAs(u"newsroom_setup"_s));
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QVERIFY(init.out.contains(u"demo stories"_s));
    QVERIFY(admin(u"SELECT count(*) FROM articles"_s).toInt() > 0);
    // Running it again brings nothing new and breaks nothing.
    const Result again = runNewsroom({u"init"_s}, urlAs(u"newsroom_setup"_s));
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    // The staff member behind the reporter's login: the demo has her already, so she is
    // not added twice (refused, and said), but given her login, with the setup login.
    const Result twice = runNewsroom(
        {u"people"_s, u"add"_s, u"Айгерим Сапарова"_s, u"--role"_s, u"reporter"_s, u"--login"_s, u"aigerim"_s},
        urlAs(u"newsroom_setup"_s));
    QCOMPARE(twice.exitCode, 1);
    QVERIFY2(twice.err.contains(u"on the staff already"_s), qPrintable(twice.err));
    const Result person = runNewsroom({u"people"_s, u"set"_s, u"Айгерим Сапарова"_s, u"--login"_s, u"aigerim"_s},
                                      urlAs(u"newsroom_setup"_s));
    QVERIFY2(person.exitCode == 0, qPrintable(person.err));
    QVERIFY2(person.out.contains(u"with the login aigerim"_s), qPrintable(person.out));
}

void TestServerCommands::refusalsHaveTheirExitCodes()
{
    // A wrong password: a refusal (3).
    const Result wrong = runNewsroom({u"list"_s}, urlAs(u"aigerim"_s, u"not-her-password"_s));
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains(u"password authentication failed"_s), qPrintable(wrong.err));
    // --as on a server: a usage mistake (2), said before connecting.
    const QString story = admin(u"SELECT min(id) FROM articles WHERE status = 'published'"_s);
    const Result as = runNewsroom({u"unpublish"_s, story, u"--as"_s, u"Данияр"_s}, urlAs(u"aigerim"_s));
    QCOMPARE(as.exitCode, 2);
    QVERIFY(as.err.contains(u"--as"_s));
    // A reporter's step the database refuses: 3, said once, without the drivers' chatter.
    const Result refused = runNewsroom({u"unpublish"_s, story}, urlAs(u"aigerim"_s));
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(!refused.err.contains(u"qt.sql"_s) && !refused.err.contains(u"Unable to free"_s), qPrintable(refused.err));
    QCOMPARE(admin(u"SELECT status FROM articles WHERE id = %1"_s.arg(story)), u"published"_s);
}

void TestServerCommands::aReporterImportsHerOwnStories()
{
    const QString file = storyAt(u"hers/vokzal.md"_s,
                                    u"---\ntitle: Новый вокзал\ndraft: true\ntags: [вокзал, транспорт]\n---\nТекст.\n"_s);
    const Result imported = runNewsroom({u"import"_s, file}, urlAs(u"aigerim"_s));
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
    QCOMPARE(admin(u"SELECT p.login FROM articles a JOIN people p ON p.id = a.created_by WHERE a.headline = 'Новый вокзал'"_s),
             u"aigerim"_s);
    // What she may not import is refused plainly, and nothing of it stays.
    const QString published = storyAt(u"hers/published.md"_s, u"---\ntitle: Сразу в номер\n---\nТекст.\n"_s);
    const Result refused = runNewsroom({u"import"_s, published}, urlAs(u"aigerim"_s));
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(u"published.md"_s), qPrintable(refused.err));
    QVERIFY2(!refused.err.contains(u"qt.sql"_s), qPrintable(refused.err));
    QCOMPARE(admin(u"SELECT count(*) FROM articles WHERE headline = 'Сразу в номер'"_s), u"0"_s);
}

void TestServerCommands::aLostConnectionNamesEveryFile()
{
    constexpr int Files = 1000;
    QStringList files;
    for (int i = 0; i < Files; ++i)
        files << storyAt(u"archive/%1.md"_s.arg(i, 4, 10, QLatin1Char('0')),
                            u"---\ntitle: Архивная заметка %1\nslug: arkhiv-%1\n---\nТекст заметки %1.\n"_s.arg(i));
    const QString count = u"SELECT count(*) FROM articles WHERE slug LIKE 'arkhiv-%'"_s;

    QProcess process;
    process.setProcessEnvironment(Newsroom::Test::newsroomEnvironment(urlAs(u"newsroom_setup"_s)));
    process.start(QStringLiteral(NEWSROOM_EXECUTABLE), {u"import"_s, m_dir.filePath(u"archive"_s)});
    QVERIFY(process.waitForStarted());
    // Once the first batch is in, the server drops the import's connection.
    QElapsedTimer clock;
    clock.start();
    while (admin(count).toInt() == 0 && clock.elapsed() < 60'000 && process.state() == QProcess::Running)
        QThread::msleep(10);
    QVERIFY2(!admin(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'newsroom_setup'"_s)
                  .startsWith(u"ERROR"_s),
             "cannot drop the connection");
    const Result result = finishNewsroom(process, 120'000);
    const int inNewsroom = admin(count).toInt();
    QVERIFY2(inNewsroom > 0 && inNewsroom < Files, qPrintable(QString::number(inNewsroom)));
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"stopped: lost the connection"_s), qPrintable(result.err.left(2000)));
    QVERIFY2(result.err.contains(u"These %1 files are in the newsroom:"_s.arg(inNewsroom)), qPrintable(result.err.left(2000)));
    QVERIFY2(result.err.contains(u"These %1 files are not in the newsroom:"_s.arg(Files - inNewsroom)),
             qPrintable(result.err.left(2000)));
    // Every file named once, on the side it is on.
    for (int i = 0; i < Files; ++i) {
        const QString name = QDir::toNativeSeparators(files.at(i));
        QCOMPARE(result.err.count(u"  "_s + name + u'\n'), 1);
    }
    QVERIFY(!result.err.contains(u"database not open"_s));
    QVERIFY(!result.err.contains(u"qt.sql"_s));
    QVERIFY(result.out.contains(u"Imported %1 of %2"_s.arg(inNewsroom).arg(Files)));
}

void TestServerCommands::anEmptyDatabaseIsNoNewsroom()
{
    // Only init makes a newsroom: a command that meant to read one leaves an empty
    // database empty, and says so.
    QString error;
    const QString url = m_cluster.createDatabase(&error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const Result list = runNewsroom({u"list"_s}, url);
    QCOMPARE(list.exitCode, 1);
    QVERIFY2(list.err.contains(u"not a newsroom database"_s) && list.err.contains(u"newsroom init"_s), qPrintable(list.err));
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, u"empty-check"_s);
    const Newsroom::DatabaseUrl parsed = *Newsroom::DatabaseUrl::parse(url);
    db.setHostName(parsed.host);
    db.setPort(parsed.port);
    db.setUserName(parsed.user);
    db.setDatabaseName(parsed.databaseName);
    QVERIFY(db.open());
    QSqlQuery tables(db);
    QVERIFY(tables.exec(u"SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace"_s) && tables.next());
    QCOMPARE(tables.value(0).toInt(), 0);
    tables.finish();
    db.close();
    db = QSqlDatabase();
    QSqlDatabase::removeDatabase(u"empty-check"_s);
}

QTEST_GUILESS_MAIN(TestServerCommands)
#include "tst_servercommands.moc"
