// SPDX-License-Identifier: GPL-3.0-or-later
// The `newsroom` executable as a shell script or cron job sees it: exit codes, and
// messages on the right stream. No display is available to it here.
#include "damagedfile.h"
#include "newsroomprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

using Newsroom::Test::runNewsroom;
using Result = Newsroom::Test::ProcessResult;

class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void headlessCommandNeedsNoDisplay();
    void badCommandLines_data();
    void badCommandLines();
    void everyCommandHasHelp_data();
    void everyCommandHasHelp();
    void demoNewsroomFromTheShell();
    void theDictionaryIsTheNewsroomsToEdit();
    void aNewNewsroomGetsItsSections();
    void theSiteStaysCurrentAfterEachPublication();
    void theTrashFromTheShell();
    void importNamesTheFileAndLine();
    void refusesWhatIsNotANewsroom();
    void backupAndRestore();
    void aDamagedDatabaseIsNamedAndLeftAlone();
    void aFullDiskLosesNothing();
    void checkSaysWhatIsWrongAndImportWritesNothingIntoIt();
    void theDiskIsBlamedNotTheNewsroom();
    void onlyInitMakesANewsroom_data();
    void onlyInitMakesANewsroom();

private:
    QTemporaryDir m_dir;
};

void TestExecutable::version()
{
    const Result result = runNewsroom({u"--version"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Newsroom "_s), qPrintable(result.out));
}

void TestExecutable::help()
{
    const Result result = runNewsroom({u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Usage: newsroom"_s), qPrintable(result.out));
    QVERIFY(result.err.isEmpty());
}

void TestExecutable::headlessCommandNeedsNoDisplay()
{
    const Result result = runNewsroom({u"info"_s});
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"QSQLITE"_s), qPrintable(result.out));

    // The window without a display (over SSH, from a service) says so and points to the
    // commands, instead of Qt's abort about xcb libraries.
    for (const QStringList &window : {QStringList{}, QStringList{u"nightly.newsroom"_s}}) {
        const Result refused = runNewsroom(window);
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(u"no display"_s) && refused.err.contains(u"newsroom --help"_s),
                 qPrintable(refused.err));
    }
}

void TestExecutable::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"unknown option '--colour'"_s;
    QTest::newRow("missing value") << QStringList{u"--database"_s} << u"--database needs a value"_s;
    QTest::newRow("not a database address") << QStringList{u"list"_s, u"--database"_s, u"foo"_s}
                                            << u"'foo' is not a database URL"_s;
    QTest::newRow("an engine Newsroom does not speak")
        << QStringList{u"--database"_s, u"mysql://db/newsroom"_s, u"list"_s} << u"is not a database URL"_s;
    QTest::newRow("command's own argument") << QStringList{u"info"_s, u"extra"_s} << u"unexpected argument “extra”"_s;
    // A word a command takes none of is refused, never ignored.
    QTest::newRow("list with a word") << QStringList{u"list"_s, u"draft"_s} << u"unexpected argument “draft”"_s;
    QTest::newRow("publish-due with a word") << QStringList{u"publish-due"_s, u"now"_s} << u"unexpected argument “now”"_s;
    for (const char *bad : {"abc", "-1", "0", "2.5", ""}) {
        QTest::addRow("search --limit %s", bad) << QStringList{u"search"_s, u"--limit"_s, QString::fromLatin1(bad), u"аким"_s}
                                               << u"--limit takes a whole number"_s;
        QTest::addRow("list --limit %s", bad) << QStringList{u"list"_s, u"--limit"_s, QString::fromLatin1(bad)}
                                             << u"--limit takes a whole number"_s;
    }
}

void TestExecutable::badCommandLines()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, message);

    const Result result = runNewsroom(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY2(result.out.isEmpty(), qPrintable(result.out));
}

void TestExecutable::everyCommandHasHelp_data()
{
    QTest::addColumn<QString>("command");
    // Every command of `newsroom --help`, as listed there.
    const Result help = runNewsroom({u"--help"_s});
    static const QRegularExpression commandLine(u"^  ([a-z][a-z-]+)  "_s, QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(help.out); it.hasNext();)
        commands.append(it.next().captured(1));
    QVERIFY2(commands.size() >= 20 && commands.contains(u"info"_s), qPrintable(help.out));
    for (const QString &command : std::as_const(commands))
        QTest::newRow(qPrintable(command)) << command;
}

void TestExecutable::everyCommandHasHelp()
{
    QFETCH(QString, command);
    const Result result = runNewsroom({command, u"--help"_s});
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.startsWith(u"Usage: newsroom "_s + command), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"--database"_s), qPrintable(result.out));
}

void TestExecutable::aNewNewsroomGetsItsSections()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"sections.db"_s);
    QCOMPARE(runNewsroom({u"init"_s}, database).exitCode, 0);
    Result result = runNewsroom({u"sections"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"No sections yet"_s), qPrintable(result.out));
    for (const QString &path : {u"Новости/Общество"_s, u"Новости/Экономика"_s, u"Спорт"_s}) {
        result = runNewsroom({u"sections"_s, u"add"_s, path}, database);
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    }
    result = runNewsroom({u"sections"_s, u"add"_s, u"спорт"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"“Спорт”"_s), qPrintable(result.err));
    QCOMPARE(runNewsroom({u"sections"_s, u"rename"_s, u"Новости/Экономика"_s, u"Бизнес"_s}, database).exitCode, 0);
    QCOMPARE(runNewsroom({u"sections"_s, u"move"_s, u"Спорт"_s, u"Новости"_s}, database).exitCode, 0);
    const auto listed = [&] {
        QStringList paths;
        for (const QJsonValue value :
             QJsonDocument::fromJson(runNewsroom({u"sections"_s, u"--json"_s}, database).out.toUtf8()).array())
            paths.append(value[u"path"_s].toString() + u' ' + value[u"slug"_s].toString());
        return paths;
    };
    QCOMPARE(listed(), (QStringList{u"Новости novosti"_s, u"Новости/Общество obshchestvo"_s,
                                    u"Новости/Бизнес ekonomika"_s, u"Новости/Спорт sport"_s}));
    // The address as the site has it, the section's parents in it.
    result = runNewsroom({u"sections"_s, u"--json"_s}, database);
    QVERIFY2(result.out.contains(u"\"/section/novosti/sport/\""_s), qPrintable(result.out));
    // Parents made on the way are said; a name refused leaves none of them behind.
    result = runNewsroom({u"sections"_s, u"add"_s, u"Культура/Кино"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Культура."_s) && result.out.contains(u"Культура/Кино"_s), qPrintable(result.out));
    result = runNewsroom({u"sections"_s, u"add"_s, u"Афиша/!!!"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY(!listed().join(u' ').contains(u"Афиша"_s));
    QCOMPARE(runNewsroom({u"sections"_s, u"delete"_s, u"Культура/Кино"_s}, database).exitCode, 0);
    QCOMPARE(runNewsroom({u"sections"_s, u"delete"_s, u"Культура"_s}, database).exitCode, 0);
    // Argument errors show the whole command.
    result = runNewsroom({u"sections"_s, u"rename"_s, u"Новости"_s}, database);
    QVERIFY2(result.err.contains(u"sections rename Новости/Экономика Бизнес"_s), qPrintable(result.err));

    // A story in a section: deleting it is refused (nothing changes), merging takes it along.
    const QString story = m_dir.filePath(u"rynok.md"_s);
    QFile file(story);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Рынок у вокзала перенесут\ncategory: Новости/Бизнес\nstatus: draft\n---\nТекст.\n");
    file.close();
    QCOMPARE(runNewsroom({u"import"_s, story}, database).exitCode, 0);
    result = runNewsroom({u"sections"_s, u"delete"_s, u"Новости/Бизнес"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"merge"_s), qPrintable(result.err));
    QCOMPARE(listed().size(), 4);
    QCOMPARE(runNewsroom({u"sections"_s, u"merge"_s, u"Новости/Бизнес"_s, u"Новости/Общество"_s}, database).exitCode, 0);
    result = runNewsroom({u"list"_s, u"--category"_s, u"Новости/Общество"_s, u"--json"_s}, database);
    QVERIFY2(result.out.contains(u"Рынок у вокзала"_s), qPrintable(result.out));
    QCOMPARE(runNewsroom({u"sections"_s, u"delete"_s, u"Новости/Спорт"_s}, database).exitCode, 0);
    QCOMPARE(listed(), (QStringList{u"Новости novosti"_s, u"Новости/Общество obshchestvo"_s}));

    // Said wrong: a usage error, nothing changed.
    QCOMPARE(runNewsroom({u"sections"_s, u"rename"_s, u"Новости"_s}, database).exitCode, 2);
    QCOMPARE(runNewsroom({u"sections"_s, u"frob"_s}, database).exitCode, 2);
    QCOMPARE(listed().size(), 2);
}

void TestExecutable::theDictionaryIsTheNewsroomsToEdit()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"dictionary.db"_s);
    QCOMPARE(runNewsroom({u"init"_s}, database).exitCode, 0);
    const auto words = [&] {
        const Result listed = runNewsroom({u"dictionary"_s, u"--json"_s}, database);
        QHash<QString, bool> found;
        for (const QJsonValue value : QJsonDocument::fromJson(listed.out.toUtf8()).array())
            found.insert(value[u"word"_s].toString(), value[u"exact"_s].toBool());
        return found;
    };
    // A new newsroom starts with the words of Kazakhstan.
    const QHash<QString, bool> shipped = words();
    QVERIFY2(shipped.size() > 200, qPrintable(QString::number(shipped.size())));
    QCOMPARE(shipped.value(u"маслихат"_s, true), false);
    QCOMPARE(shipped.value(u"Алматы"_s), true);
    Result result = runNewsroom({u"dictionary"_s}, database);
    QVERIFY2(result.out.contains(u"\nАлматы (this form only)\n"_s), qPrintable(result.out.left(2000)));

    result = runNewsroom({u"dictionary"_s, u"add"_s, u"Осакаровка"_s, u"Егиндыбулак"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"Added to the newsroom dictionary: Осакаровка, Егиндыбулак\n"_s);
    // A word there already is said to be, not added again; one form only is said so.
    result = runNewsroom({u"dictionary"_s, u"add"_s, u"маслихат"_s, u"Егиндыбулак"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"Already in the newsroom dictionary: маслихат, Егиндыбулак\n"_s);
    result = runNewsroom({u"dictionary"_s, u"add"_s, u"--exact"_s, u"Топар"_s, u"Алматы"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(result.out, u"Added to the newsroom dictionary, in this form only: Топар\n"
                         "Already in the newsroom dictionary: Алматы\n"_s);
    QCOMPARE(words().value(u"Топар"_s), true);
    result = runNewsroom({u"dictionary"_s, u"remove"_s, u"Топар"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runNewsroom({u"dictionary"_s, u"remove"_s, u"Жезказган"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QHash<QString, bool> now = words();
    QVERIFY(now.contains(u"Осакаровка"_s) && now.contains(u"Егиндыбулак"_s) && !now.contains(u"Жезказган"_s));
    QCOMPARE(now.size(), shipped.size() + 1);

    // A word it does not have, among others: said, and none of them removed.
    result = runNewsroom({u"dictionary"_s, u"remove"_s, u"Осакаровка"_s, u"Жезказган"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"Жезказган"_s), qPrintable(result.err));
    // Two words in one argument: refused, nothing added.
    result = runNewsroom({u"dictionary"_s, u"add"_s, u"Шет"_s, u"два слова"_s}, database);
    QVERIFY(result.exitCode != 0);
    QCOMPARE(words(), now);
    result = runNewsroom({u"dictionary"_s, u"add"_s}, database);
    QCOMPARE(result.exitCode, 2);
}

void TestExecutable::demoNewsroomFromTheShell()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"demo.db"_s);
    Result result = runNewsroom({u"init"_s, u"--demo"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"15 demo stories"_s), qPrintable(result.out));

    result = runNewsroom({u"list"_s, u"--json"_s, u"--status"_s, u"published"_s, u"--limit"_s, u"3"_s}, database);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject page = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(page.value(u"total"_s).toInt(), 11);
    QCOMPARE(page.value(u"stories"_s).toArray().size(), 3);
    const QString slug = page.value(u"stories"_s).toArray().first().toObject().value(u"slug"_s).toString();

    result = runNewsroom({u"show"_s, slug, u"--json"_s}, database);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject story = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(story.value(u"slug"_s).toString(), slug);
    QVERIFY(!story.value(u"body"_s).toString().isEmpty());

    // A scheduled story says when it goes out.
    result = runNewsroom({u"list"_s, u"--json"_s, u"--status"_s, u"scheduled"_s}, database);
    const QString scheduled =
        QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"stories"_s).toArray().first().toObject().value(u"slug"_s).toString();
    QVERIFY(!scheduled.isEmpty());
    result = runNewsroom({u"show"_s, scheduled}, database);
    QVERIFY2(result.out.contains(u"\nScheduled: 2026-"_s), qPrintable(result.out));

    result = runNewsroom({u"search"_s, u"выборах"_s, u"--json"_s}, database);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(hits.size(), 1);
    QCOMPARE(hits.first().toObject().value(u"headline"_s).toString(), u"Выборы в молодёжный совет: итоги голосования"_s);

    // Kazakh word forms in the Kazakh stories (ағаштар, the ағаш of the park story), and a
    // search kept to one language.
    result = runNewsroom({u"search"_s, u"ағаштар"_s, u"--json"_s}, database);
    QCOMPARE(result.exitCode, 0);
    const QJsonArray kazakh = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(kazakh.size(), 1);
    QCOMPARE(kazakh.first().toObject().value(u"headline"_s).toString(), u"Теміртауда жаңа саябақ ашылды"_s);
    result = runNewsroom({u"search"_s, u"--language"_s, u"ru"_s, u"ағаштар"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"Stories found: 0"_s), qPrintable(result.out));
    result = runNewsroom({u"search"_s, u"--language"_s, u"kz"_s, u"ағаштар"_s}, database);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"unknown language “kz”"_s), qPrintable(result.err));

    // A linked draft translation, its group, and the refusals.
    result = runNewsroom({u"translate"_s, u"2"_s, u"--into"_s, u"kk"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runNewsroom({u"translations"_s, u"2"_s, u"--json"_s}, database);
    QCOMPARE(result.exitCode, 0);
    const QJsonObject group = QJsonDocument::fromJson(result.out.toUtf8()).object();
    QCOMPARE(group.value(u"original"_s).toInteger(), 2);
    const QJsonArray members = group.value(u"stories"_s).toArray();
    QCOMPARE(members.size(), 2);
    QCOMPARE(members.at(1).toObject().value(u"language"_s).toString(), u"kk"_s);
    QCOMPARE(members.at(1).toObject().value(u"behind"_s).toBool(), false);
    result = runNewsroom({u"translate"_s, u"2"_s, u"--into"_s, u"kk"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"already has a translation in Қазақша"_s), qPrintable(result.err));
    result = runNewsroom({u"translate"_s, u"2"_s}, database);
    QCOMPARE(result.exitCode, 2);
    result = runNewsroom({u"translate"_s, u"2"_s, u"--into"_s, u"xx"_s}, database);
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(u"“xx”"_s), qPrintable(result.err)); // named
    QCOMPARE(runNewsroom({u"translate"_s, u"2"_s, u"--into"_s, u"en"_s, u"--into"_s, u"kk"_s}, database).exitCode, 2);
    // Asked of a translation, the new one is made from the original, and said so.
    result = runNewsroom({u"translate"_s, u"13"_s, u"--into"_s, u"en"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"of story 1, the original of story 13"_s), qPrintable(result.out));
    QCOMPARE(runNewsroom({u"sections"_s, u"rename"_s, u"Новости"_s, u"News"_s, u"--language"_s, u"xx"_s}, database).exitCode, 2);
    result = runNewsroom({u"translations"_s, u"2"_s, u"--reviewed"_s}, database);
    QCOMPARE(result.exitCode, 1); // the original is no translation to review
    QVERIFY2(result.err.contains(u"not a translation"_s), qPrintable(result.err));

    // The demo's storm warning changed after its Kazakh translation was made: the group
    // says so with the words changed, and approving the translation warns without refusing.
    result = runNewsroom({u"translations"_s, u"4"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"behind: in step with revision 1"_s), qPrintable(result.out));
    QVERIFY2(result.out.contains(u"[-25-]{+30+}"_s), qPrintable(result.out));
    result = runNewsroom({u"translations"_s, u"14"_s, u"--json"_s}, database);
    const QJsonObject storm = QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"stories"_s).toArray().at(1).toObject();
    QVERIFY(storm.value(u"behind"_s).toBool());
    QVERIFY(!storm.value(u"untranslated"_s).toBool());
    QVERIFY2(storm.value(u"changed_since"_s).toString().contains(u"[-25-]{+30+}"_s), qPrintable(result.out));
    QCOMPARE(runNewsroom({u"submit"_s, u"14"_s}, database).exitCode, 0);
    result = runNewsroom({u"approve"_s, u"14"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.err.contains(u"newsroom approve: warning: The original, “Синоптики обещают"_s), qPrintable(result.err));
    QVERIFY(runNewsroom({u"translations"_s, u"14"_s, u"--reviewed"_s}, database).exitCode == 0);
    result = runNewsroom({u"schedule"_s, u"14"_s, u"--at"_s, u"2099-01-01 09:00"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(!result.err.contains(u"warning"_s), qPrintable(result.err)); // reviewed: nothing more to say

    result = runNewsroom({u"init"_s, u"--demo"_s}, database);
    QCOMPARE(result.exitCode, 1); // not into a newsroom that has stories
    QVERIFY2(result.err.contains(u"empty newsroom"_s), qPrintable(result.err));
    result = runNewsroom({u"list"_s, u"--status"_s, u"finished"_s}, database);
    QCOMPARE(result.exitCode, 2);
    result = runNewsroom({u"show"_s, u"no-such-story"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"no-such-story"_s), qPrintable(result.err));
}

void TestExecutable::theTrashFromTheShell()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"trash.db"_s);
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    const auto firstWith = [&](const QString &status) {
        const Result listed = runNewsroom({u"list"_s, u"--json"_s, u"--status"_s, status}, database);
        return QJsonDocument::fromJson(listed.out.toUtf8()).object().value(u"stories"_s).toArray().first().toObject();
    };
    const auto total = [&] {
        return QJsonDocument::fromJson(runNewsroom({u"list"_s, u"--json"_s}, database).out.toUtf8())
            .object()
            .value(u"total"_s)
            .toInt();
    };
    const int stories = total();
    const QString draft = firstWith(u"draft"_s).value(u"slug"_s).toString();
    const QString live = firstWith(u"published"_s).value(u"slug"_s).toString();
    QVERIFY(!draft.isEmpty() && !live.isEmpty());

    Result result = runNewsroom({u"trash"_s, u"list"_s}, database);
    QCOMPARE(result.exitCode, 0);
    QVERIFY2(result.out.contains(u"The trash is empty."_s), qPrintable(result.out));
    result = runNewsroom({u"trash"_s, live}, database);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"unpublish it first"_s), qPrintable(result.err));

    result = runNewsroom({u"trash"_s, draft}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"newsroom trash restore"_s), qPrintable(result.out));
    QCOMPARE(total(), stories - 1);
    result = runNewsroom({u"trash"_s, u"list"_s, u"--json"_s}, database);
    const QJsonArray trashed = QJsonDocument::fromJson(result.out.toUtf8()).array();
    QCOMPARE(trashed.size(), 1);
    QVERIFY(!trashed.first().toObject().value(u"trashedAt"_s).toString().isEmpty());
    QCOMPARE(runNewsroom({u"trash"_s, draft}, database).exitCode, 3); // there already
    result = runNewsroom({u"show"_s, draft}, database);
    QVERIFY2(result.out.contains(u"In the trash since"_s), qPrintable(result.out));
    // A scheduled story is taken off the schedule first, with a command that exists.
    const QString scheduled = firstWith(u"scheduled"_s).value(u"slug"_s).toString();
    result = runNewsroom({u"trash"_s, scheduled}, database);
    QCOMPARE(result.exitCode, 3);
    result = runNewsroom({u"unschedule"_s, scheduled}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"is approved now"_s), qPrintable(result.out));
    QCOMPARE(runNewsroom({u"trash"_s, scheduled}, database).exitCode, 0);
    QCOMPARE(runNewsroom({u"trash"_s, u"restore"_s, scheduled}, database).exitCode, 0);

    // Purging is an admin's, and takes nothing trashed today.
    result = runNewsroom({u"trash"_s, u"purge"_s, u"--as"_s, u"Ольга Ким"_s}, database);
    QCOMPARE(result.exitCode, 3);
    QVERIFY2(result.err.contains(u"admins"_s), qPrintable(result.err));
    result = runNewsroom({u"trash"_s, u"purge"_s, u"--as"_s, u"Марат Жумабеков"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"0 stories purged"_s), qPrintable(result.out));

    result = runNewsroom({u"trash"_s, u"restore"_s, draft}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QCOMPARE(total(), stories);
    result = runNewsroom({u"history"_s, draft}, database);
    QVERIFY2(result.out.contains(u"Moved to the trash"_s) && result.out.contains(u"Restored from the trash"_s),
             qPrintable(result.out));

    for (const QStringList &wrong :
         {QStringList {u"trash"_s}, QStringList {u"trash"_s, u"restore"_s},
          QStringList {u"trash"_s, u"list"_s, u"extra"_s}, QStringList {u"trash"_s, draft, u"--json"_s}}) {
        result = runNewsroom(wrong, database);
        QVERIFY2(result.exitCode == 2, qPrintable(wrong.join(u' ') + u": "_s + result.err));
    }
}

void TestExecutable::theSiteStaysCurrentAfterEachPublication()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"current.db"_s);
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    const QString site = m_dir.filePath(u"current-site"_s);
    Result result = runNewsroom({u"export"_s, u"--out"_s, site, u"--on-publish"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QString slug = u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s;
    const QString page = site + u"/news/"_s + slug + u".html"_s;
    QVERIFY(QFile::exists(page));

    // Taken off the site: its page goes at once; published again: it is back.
    result = runNewsroom({u"unpublish"_s, slug}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY2(result.out.contains(u"The site is up to date"_s), qPrintable(result.out));
    QVERIFY(!QFile::exists(page));
    result = runNewsroom({u"publish"_s, slug}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(QFile::exists(page));

    // Stopped: the next change leaves the folder alone.
    result = runNewsroom({u"export"_s, u"--not-on-publish"_s}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runNewsroom({u"unpublish"_s, slug}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(!result.out.contains(u"The site is up to date"_s));
    QVERIFY(QFile::exists(page));
    QCOMPARE(runNewsroom({u"export"_s, u"--out"_s, site, u"--on-publish"_s, u"--not-on-publish"_s}, database).exitCode, 2);
}

void TestExecutable::importNamesTheFileAndLine()
{
    const QString folder = m_dir.filePath(u"to-import"_s);
    QVERIFY(QDir().mkpath(folder));
    QFile good(folder + u"/good.md"_s);
    QVERIFY(good.open(QIODevice::WriteOnly));
    good.write("---\ntitle: Хороший материал\n---\nТекст.\n");
    good.close();
    QFile bad(folder + u"/bad.md"_s);
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("---\ntitle: Плохой\ndate: вчера\n---\nТекст.\n");
    bad.close();

    const QString database = u"sqlite:"_s + m_dir.filePath(u"imported.db"_s);
    const Result result = runNewsroom({u"import"_s, folder}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"bad.md:3:7: “date” is not a date"_s), qPrintable(result.err));
    QVERIFY2(result.out.contains(u"Imported 1 of 2"_s), qPrintable(result.out));
    const Result list = runNewsroom({u"list"_s, u"--json"_s}, database);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"total"_s).toInt(), 1);
}

void TestExecutable::refusesWhatIsNotANewsroom()
{
    const QString path = m_dir.filePath(u"notes.txt"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    const QByteArray notes = QByteArray("Позвонить в акимат до обеда.\n").repeated(100);
    file.write(notes);
    file.close();

    const Result result = runNewsroom({u"list"_s}, u"sqlite:"_s + path);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path) && result.err.contains(u"not a newsroom database"_s), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), notes);

    const Result missing = runNewsroom({u"list"_s}, u"sqlite:"_s + m_dir.filePath(u"nothing.db"_s));
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains(u"newsroom init"_s), qPrintable(missing.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"nothing.db"_s)));
}

void TestExecutable::backupAndRestore()
{
    const QString database = u"sqlite:"_s + m_dir.filePath(u"to-back-up.db"_s);
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    const QString backup = m_dir.filePath(u"nightly.newsroom"_s);
    Result result = runNewsroom({u"backup"_s, backup}, database);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));

    const QString restored = u"sqlite:"_s + m_dir.filePath(u"restored.db"_s);
    result = runNewsroom({u"restore"_s, backup}, restored);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    result = runNewsroom({u"list"_s, u"--json"_s}, restored);
    QCOMPARE(QJsonDocument::fromJson(result.out.toUtf8()).object().value(u"total"_s).toInt(), 15);

    result = runNewsroom({u"restore"_s, backup}, restored);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"--replace"_s), qPrintable(result.err));
    QVERIFY(runNewsroom({u"restore"_s, backup, u"--replace"_s}, restored).exitCode == 0);
}

void TestExecutable::aDamagedDatabaseIsNamedAndLeftAlone()
{
    const QString path = m_dir.filePath(u"damaged.db"_s);
    const QString database = u"sqlite:"_s + path;
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QByteArray bytes = file.readAll();
    QVERIFY(bytes.size() > 8 * 4096);
    // Scribble over the b-tree pages after the first: the schema still reads, the stories do not.
    for (qsizetype page = 1; page < bytes.size() / 4096; ++page)
        for (int i = 0; i < 16; ++i)
            bytes[page * 4096 + i] = char(0xee);
    QVERIFY(file.seek(0));
    QCOMPARE(file.write(bytes), bytes.size());
    file.close();

    const Result result = runNewsroom({u"list"_s}, database);
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(path), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"damaged"_s) || result.err.contains(u"not a newsroom database"_s), qPrintable(result.err));
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), bytes);
}

void TestExecutable::onlyInitMakesANewsroom_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("one byte") << QByteArray("\n");
    // A valid SQLite database with no tables: a table made and dropped again.
    const QString path = m_dir.filePath(u"made-empty.db"_s);
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"made-empty"_s);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"CREATE TABLE scratch (x INTEGER)"_s) && query.exec(u"DROP TABLE scratch"_s));
        db.close();
    }
    QSqlDatabase::removeDatabase(u"made-empty"_s);
    QFile made(path);
    QVERIFY(made.open(QIODevice::ReadOnly));
    QTest::newRow("empty SQLite database") << made.readAll();
}

void TestExecutable::onlyInitMakesANewsroom()
{
    QFETCH(QByteArray, content);
    const QString path = m_dir.filePath(u"not-a-newsroom-%1.db"_s.arg(QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QCOMPARE(file.write(content), content.size());
    file.close();
    const QString database = u"sqlite:"_s + path;
    for (const QStringList &command : {QStringList{u"list"_s}, QStringList{u"search"_s, u"аким"_s},
                                       QStringList{u"show"_s, u"1"_s}, QStringList{u"publish-due"_s},
                                       QStringList{u"export"_s, u"--out"_s, m_dir.filePath(u"never-site"_s)}}) {
        const Result result = runNewsroom(command, database);
        QVERIFY2(result.exitCode != 0, qPrintable(command.join(u' ') + u": "_s + result.out));
        QVERIFY2(result.err.contains(path), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"not a newsroom database"_s), qPrintable(result.err));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), content); // left exactly as it was
        file.close();
    }
}

void TestExecutable::aFullDiskLosesNothing()
{
    const QString path = m_dir.filePath(u"full-disk.db"_s);
    const QString database = u"sqlite:"_s + path;
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    const QString story = m_dir.filePath(u"long-story.md"_s);
    QFile file(story);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: Очень длинный материал\n---\n");
    file.write(QByteArray("Абзац, который не поместится на диск. ").repeated(40'000));
    file.close();

    // The disk "fills up" after 256 KiB of any file the import writes: the file-size limit
    // makes every write past it fail as a full disk would, SIGXFSZ ignored.
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"NEWSROOM_DATABASE"_s, database);
    environment.remove(u"DISPLAY"_s);
    process.setProcessEnvironment(environment);
    process.start(u"sh"_s, {u"-c"_s, u"trap '' XFSZ; exec prlimit --fsize=262144 \"$0\" import \"$1\""_s,
                            QStringLiteral(NEWSROOM_EXECUTABLE), story});
    QVERIFY(process.waitForFinished(60'000));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains(story), qPrintable(err));
    QVERIFY2(err.contains(u"disk"_s, Qt::CaseInsensitive) || err.contains(u"full"_s, Qt::CaseInsensitive), qPrintable(err));

    // Nothing of it is in the newsroom, and what was there is intact.
    const Result list = runNewsroom({u"list"_s, u"--json"_s}, database);
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).object().value(u"total"_s).toInt(), 15);
    const Result search = runNewsroom({u"search"_s, u"поместится"_s, u"--json"_s}, database);
    QCOMPARE(QJsonDocument::fromJson(search.out.toUtf8()).array().size(), 0);
}

namespace {

QByteArray contentOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The executable under a limit on the size of any one file it writes (ulimit -f).
Result runLimited(qint64 bytes, const QStringList &arguments, const QString &database)
{
    QProcess process;
    process.setProcessEnvironment(Newsroom::Test::newsroomEnvironment(database));
    process.start(u"prlimit"_s, QStringList{u"--fsize=%1"_s.arg(bytes), QStringLiteral(NEWSROOM_EXECUTABLE)} + arguments);
    return Newsroom::Test::finishNewsroom(process);
}

} // namespace

void TestExecutable::checkSaysWhatIsWrongAndImportWritesNothingIntoIt()
{
    const QString path = m_dir.filePath(u"checked.db"_s);
    const QString database = u"sqlite:"_s + path;
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);
    const Result sound = runNewsroom({u"check"_s}, database);
    QVERIFY2(sound.exitCode == 0, qPrintable(sound.err));
    QVERIFY2(sound.out.contains(u"no problems found (4 checks)"_s), qPrintable(sound.out));

    QVERIFY(Newsroom::Test::damageTable(path, u"comments"_s));
    const QByteArray damaged = contentOf(path);
    const Result found = runNewsroom({u"check"_s}, database);
    QCOMPARE(found.exitCode, 1);
    QVERIFY2(found.err.contains(u"newsroom check: the file: "_s), qPrintable(found.err));
    QVERIFY2(found.err.contains(u"is damaged"_s) && found.err.contains(u"newsroom restore"_s), qPrintable(found.err));

    // An import would only have touched healthy pages; it looks first, and writes nothing.
    const QString story = m_dir.filePath(u"into-damaged.md"_s);
    QFile file(story);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("---\ntitle: В повреждённый файл\n---\nТекст.\n");
    file.close();
    const Result import = runNewsroom({u"import"_s, story}, database);
    QCOMPARE(import.exitCode, 1);
    QVERIFY2(import.err.contains(u"is damaged"_s) && import.err.contains(u"nothing was imported"_s), qPrintable(import.err));
    QCOMPARE(contentOf(path), damaged);
}

void TestExecutable::theDiskIsBlamedNotTheNewsroom()
{
    const QString path = m_dir.filePath(u"limited.db"_s);
    const QString database = u"sqlite:"_s + path;
    QCOMPARE(runNewsroom({u"init"_s, u"--demo"_s}, database).exitCode, 0);

    // A file-size limit smaller than a photo rendition: said as such, never "Unknown error".
    const Result exported = runLimited(40'000, {u"export"_s, u"--out"_s, m_dir.filePath(u"limited-site"_s)}, database);
    QCOMPARE(exported.exitCode, 1);
    QVERIFY2(exported.err.contains(u"size limit"_s) && !exported.err.contains(u"Unknown error"_s), qPrintable(exported.err));
    const Result markdown = runLimited(40'000, {u"export-markdown"_s, u"--out"_s, m_dir.filePath(u"limited-md"_s)}, database);
    QCOMPARE(markdown.exitCode, 1);
    QVERIFY2(markdown.err.contains(u"size limit"_s), qPrintable(markdown.err));

    // The backup that cannot be written is named, not the newsroom, which is not "damaged".
    const QString backup = m_dir.filePath(u"limited.newsroom"_s);
    const Result backedUp = runLimited(200'000, {u"backup"_s, backup}, database);
    QCOMPARE(backedUp.exitCode, 1);
    QVERIFY2(backedUp.err.contains(u"cannot write the backup "_s + backup), qPrintable(backedUp.err));
    QVERIFY2(!backedUp.err.contains(u"damaged"_s), qPrintable(backedUp.err));
    QVERIFY(!QFile::exists(backup));

    // Even opening needs room for the write-ahead index: a limit below it is no damage.
    const Result opened = runLimited(20'000, {u"list"_s}, database);
    QCOMPARE(opened.exitCode, 1);
    QVERIFY2(opened.err.contains(u"the disk refused the write"_s) && !opened.err.contains(u"damaged"_s),
             qPrintable(opened.err));
    QCOMPARE(runNewsroom({u"check"_s}, database).exitCode, 0);
}

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
