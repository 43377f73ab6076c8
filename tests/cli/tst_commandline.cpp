// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandline.h"
#include "cli/commands.h"

#include <QTest>
#include <QTextStream>

using namespace Qt::StringLiterals;
using Newsroom::Invocation;

Q_DECLARE_METATYPE(Invocation::Kind)

class TestCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void commandArgumentsStayWithTheCommand();
    void aBackupFileIsOfferedForRestore();
    void usageListsEveryCommand();
    void infoReportsTheDatabaseDrivers();
    void infoRejectsArguments();
};

void TestCommandLine::parse_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<Invocation::Kind>("kind");
    QTest::addColumn<QString>("database");
    QTest::addColumn<QString>("screenshot");
    QTest::addColumn<QString>("errorMentions");

    using K = Invocation::Kind;
    QTest::newRow("nothing opens the window") << QStringList{} << K::OpenWindow << QString() << QString() << QString();
    QTest::newRow("--help") << QStringList{u"--help"_s} << K::ShowHelp << QString() << QString() << QString();
    QTest::newRow("-h") << QStringList{u"-h"_s} << K::ShowHelp << QString() << QString() << QString();
    QTest::newRow("--version") << QStringList{u"--version"_s} << K::ShowVersion << QString() << QString() << QString();
    QTest::newRow("database, separate value")
        << QStringList{u"--database"_s, u"sqlite:/tmp/a.db"_s} << K::OpenWindow << u"sqlite:/tmp/a.db"_s << QString()
        << QString();
    QTest::newRow("database, = value") << QStringList{u"--database=postgresql://ann@db:5432/news"_s} << K::OpenWindow
                                       << u"postgresql://ann@db:5432/news"_s << QString() << QString();
    QTest::newRow("database without value")
        << QStringList{u"--database"_s} << K::Invalid << QString() << QString() << u"--database"_s;
    QTest::newRow("database followed by an option")
        << QStringList{u"--database"_s, u"--help"_s} << K::Invalid << QString() << QString() << u"--database"_s;
    QTest::newRow("screenshot") << QStringList{u"--screenshot"_s, u"/tmp/shot.png"_s} << K::OpenWindow << QString()
                                << u"/tmp/shot.png"_s << QString();
    QTest::newRow("Qt's own options are left to QApplication")
        << QStringList{u"-platform"_s, u"offscreen"_s, u"-reverse"_s} << K::OpenWindow << QString() << QString()
        << QString();
    QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << K::Invalid << QString() << QString()
                                    << u"'--frobnicate'"_s;
    QTest::newRow("unknown command") << QStringList{u"pubilsh"_s} << K::Invalid << QString() << QString()
                                     << u"'pubilsh'"_s;
    QTest::newRow("command") << QStringList{u"info"_s} << K::RunCommand << QString() << QString() << QString();
    QTest::newRow("database after the command")
        << QStringList{u"info"_s, u"--database"_s, u"sqlite:x.db"_s} << K::RunCommand << u"sqlite:x.db"_s
        << QString() << QString();
    QTest::newRow("screenshot with a command")
        << QStringList{u"info"_s, u"--screenshot=x.png"_s} << K::RunCommand << QString() << QString() << QString();
    QTest::newRow("demo") << QStringList{u"--demo"_s} << K::OpenWindow << QString() << QString() << QString();
    QTest::newRow("demo and a database") << QStringList{u"--demo"_s, u"--database"_s, u"sqlite:a.db"_s} << K::Invalid
                                         << QString() << QString() << u"--demo"_s;
    QTest::newRow("demo with a command") << QStringList{u"--demo"_s, u"list"_s} << K::Invalid << QString() << QString()
                                         << u"--demo"_s;
    QTest::newRow("screenshot before a command")
        << QStringList{u"--screenshot=x.png"_s, u"info"_s} << K::Invalid << QString() << QString() << u"info"_s;
}

void TestCommandLine::parse()
{
    QFETCH(QStringList, arguments);
    QFETCH(Invocation::Kind, kind);
    QFETCH(QString, database);
    QFETCH(QString, screenshot);
    QFETCH(QString, errorMentions);

    arguments.prepend(u"newsroom"_s);
    const Invocation invocation = Newsroom::parseCommandLine(arguments);
    QCOMPARE(invocation.kind, kind);
    if (kind == Invocation::Kind::Invalid) {
        QVERIFY2(invocation.error.contains(errorMentions), qPrintable(invocation.error));
        return;
    }
    QVERIFY2(invocation.error.isEmpty(), qPrintable(invocation.error));
    QCOMPARE(invocation.database, database);
    QCOMPARE(invocation.screenshotPath, screenshot);
}

void TestCommandLine::commandArgumentsStayWithTheCommand()
{
    const Invocation invocation =
        Newsroom::parseCommandLine({u"newsroom"_s, u"info"_s, u"--out"_s, u"site"_s, u"--full"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::RunCommand);
    QCOMPARE(invocation.command, u"info"_s);
    QCOMPARE(invocation.commandArguments, (QStringList{u"--out"_s, u"site"_s, u"--full"_s}));
}

void TestCommandLine::aBackupFileIsOfferedForRestore()
{
    // As a file manager starts it through the desktop entry's `Exec=newsroom %f`.
    Invocation invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"/home/ann/Загрузки/nightly.newsroom"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::OpenWindow);
    QCOMPARE(invocation.backupFile, u"/home/ann/Загрузки/nightly.newsroom"_s);
    invocation
        = Newsroom::parseCommandLine({u"newsroom"_s, u"--database"_s, u"sqlite:/tmp/a.db"_s, u"Night.NEWSROOM"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::OpenWindow);
    QCOMPARE(invocation.backupFile, u"Night.NEWSROOM"_s);

    // As an argument of `restore` it stays the command's.
    invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"restore"_s, u"nightly.newsroom"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::RunCommand);
    QVERIFY(invocation.backupFile.isEmpty());
    QCOMPARE(invocation.commandArguments, QStringList{u"nightly.newsroom"_s});

    // Two backups, a backup before a command, a file that is no backup: each said plainly.
    invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"a.newsroom"_s, u"b.newsroom"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::Invalid);
    QVERIFY2(invocation.error.contains(u"'b.newsroom'"_s), qPrintable(invocation.error));
    invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"a.newsroom"_s, u"list"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::Invalid);
    QVERIFY2(invocation.error.contains(u"newsroom restore a.newsroom"_s), qPrintable(invocation.error));
    invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"/home/ann/story.docx"_s});
    QCOMPARE(invocation.kind, Invocation::Kind::Invalid);
    QVERIFY2(invocation.error.contains(u"/home/ann/story.docx"_s), qPrintable(invocation.error));
    QVERIFY2(invocation.error.contains(u".newsroom"_s), qPrintable(invocation.error));
    // A bare ".newsroom" names no file.
    QCOMPARE(Newsroom::parseCommandLine({u"newsroom"_s, u".newsroom"_s}).kind, Invocation::Kind::Invalid);
}

void TestCommandLine::usageListsEveryCommand()
{
    const QString usage = Newsroom::usageText();
    QVERIFY(!Newsroom::commands().empty());
    for (const Newsroom::Command &command : Newsroom::commands())
        QVERIFY2(usage.contains(u"  "_s + command.name + u' '), qPrintable(usage));
}

void TestCommandLine::infoReportsTheDatabaseDrivers()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const Invocation invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"info"_s});
    // Both engines Newsroom supports must be present in this build environment.
    QCOMPARE(Newsroom::runCommand(invocation, outStream, errStream), int(Newsroom::ExitSuccess));
    QVERIFY2(out.contains(u"QSQLITE"_s) && out.contains(u"QPSQL"_s), qPrintable(out));
    QVERIFY2(err.isEmpty(), qPrintable(err));
}

void TestCommandLine::infoRejectsArguments()
{
    QString out;
    QString err;
    QTextStream outStream(&out);
    QTextStream errStream(&err);
    const Invocation invocation = Newsroom::parseCommandLine({u"newsroom"_s, u"info"_s, u"--verbose"_s});
    QCOMPARE(Newsroom::runCommand(invocation, outStream, errStream), int(Newsroom::ExitUsage));
    // Said as every command says it (info parses its options like the others now).
    QVERIFY2(err.contains(u"Unknown option 'verbose'"_s) && err.contains(u"newsroom info --help"_s), qPrintable(err));
    QVERIFY(out.isEmpty());
}

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
