// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsroomprocess.h"
#include "text/interfacelanguage.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

// The newsroom executable in a terminal set to `lang`, as nothing else overrides it.
Test::ProcessResult runIn(const QString &lang, const QStringList &arguments, const QString &database = {})
{
    QProcess process;
    QProcessEnvironment environment = Test::newsroomEnvironment(database);
    for (const char *name : {"LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        environment.remove(QString::fromLatin1(name));
    environment.insert(u"LANG"_s, lang);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NEWSROOM_EXECUTABLE), arguments);
    return Test::finishNewsroom(process, 60'000);
}

const QRegularExpression kazakhLetters(u"[әғқңөұүһі]"_s);
const QRegularExpression cyrillic(u"\\p{Cyrillic}"_s);
const QRegularExpression englishSentence(u"\\b(the|and|with|of|a|is|to)\\b"_s);

} // namespace

class TestInterfaceLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { speak(u"en"_s); }
    void theSystemsLanguageOrTheChosenOne_data();
    void theSystemsLanguageOrTheChosenOne();
    void russianHasThreePluralFormsAndKazakhOne();
    void qtsOwnWordsAreTranslatedToo();
    void datesAndNumbersFollowTheLanguage();
    void theCommandsSpeakTheTerminalsLanguage();
    void jsonIsTheSameInEveryLanguage();
};

void TestInterfaceLanguage::theSystemsLanguageOrTheChosenOne_data()
{
    QTest::addColumn<QString>("chosen");
    QTest::addColumn<QStringList>("system");
    QTest::addColumn<QString>("spoken");
    QTest::newRow("Russian in Kazakhstan") << QString() << QStringList{u"ru-KZ"_s, u"ru"_s} << u"ru"_s;
    QTest::newRow("Kazakh") << QString() << QStringList{u"kk-KZ"_s, u"kk"_s} << u"kk"_s;
    QTest::newRow("Russian in Russia") << QString() << QStringList{u"ru_RU"_s} << u"ru"_s;
    QTest::newRow("German first, then Russian") << QString() << QStringList{u"de-DE"_s, u"ru-RU"_s} << u"ru"_s;
    QTest::newRow("nothing spoken: English") << QString() << QStringList{u"fr-FR"_s} << u"en"_s;
    QTest::newRow("C locale") << QString() << QStringList{u"C"_s} << u"en"_s;
    QTest::newRow("chosen over the system") << u"kk"_s << QStringList{u"ru-RU"_s} << u"kk"_s;
    QTest::newRow("English chosen in Kazakhstan") << u"en"_s << QStringList{u"kk-KZ"_s} << u"en"_s;
    QTest::newRow("unknown choice: the system's") << u"xx"_s << QStringList{u"kk-KZ"_s} << u"kk"_s;
}

void TestInterfaceLanguage::theSystemsLanguageOrTheChosenOne()
{
    QFETCH(QString, chosen);
    QFETCH(QStringList, system);
    QFETCH(QString, spoken);
    QCOMPARE(resolveInterfaceLanguage(chosen, system), spoken);
}

void TestInterfaceLanguage::russianHasThreePluralFormsAndKazakhOne()
{
    QVERIFY(speak(u"en"_s));
    QCOMPARE(QCoreApplication::translate("Cli", "%1 of %n story(s)", nullptr, 1), u"%1 of 1 story"_s);
    QCOMPARE(QCoreApplication::translate("Cli", "%1 of %n story(s)", nullptr, 21), u"%1 of 21 stories"_s);

    QString error;
    QVERIFY2(speak(u"ru"_s, &error), qPrintable(error));
    QStringList forms;
    for (const int n : {1, 3, 5, 21, 22, 25})
        forms.append(QCoreApplication::translate("Newsroom::StoryEditor", "%n word(s)", nullptr, n)
                         .replace(QString::number(n), u"N"_s));
    QCOMPARE(forms.at(0), u"N слово"_s); // 1 and 21: one form
    QCOMPARE(forms.at(0), forms.at(3));
    QCOMPARE(forms.at(1), u"N слова"_s); // 3 and 22: another
    QCOMPARE(forms.at(1), forms.at(4));
    QCOMPARE(forms.at(2), u"N слов"_s); // 5 and 25: a third
    QCOMPARE(forms.at(2), forms.at(5));

    QVERIFY2(speak(u"kk"_s, &error), qPrintable(error));
    QCOMPARE(QCoreApplication::translate("Newsroom::StoryEditor", "%n word(s)", nullptr, 1), u"1 сөз"_s);
    QCOMPARE(QCoreApplication::translate("Newsroom::StoryEditor", "%n word(s)", nullptr, 5), u"5 сөз"_s); // unchanged after a number
}

void TestInterfaceLanguage::qtsOwnWordsAreTranslatedToo()
{
    QString error;
    QVERIFY2(speak(u"ru"_s, &error), qPrintable(error));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Отмена"_s); // Debian's catalogue
    QVERIFY2(speak(u"kk"_s, &error), qPrintable(error));
    const QString cancel = QCoreApplication::translate("QPlatformTheme", "Cancel"); // ours: Qt has no Kazakh
    QVERIFY2(cancel.contains(cyrillic), qPrintable(cancel));
    const QString paste = QCoreApplication::translate("QLineEdit", "&Paste");
    QVERIFY2(paste.contains(cyrillic) && paste.contains(u'&'), qPrintable(paste));
    // The frameworks' own catalogues, where their translators made one.
    const QStringList kazakh = installedCatalogues();
    QVERIFY2(kazakh.filter(u"sonnet6_qt.qm"_s).size() == 1, qPrintable(kazakh.join(u", "_s)));
    QVERIFY(speak(u"en"_s));
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Cancel"_s);
}

void TestInterfaceLanguage::datesAndNumbersFollowTheLanguage()
{
    const QDate day(2026, 11, 30);
    QVERIFY(speak(u"ru"_s));
    QCOMPARE(QLocale().toString(day, u"d MMMM yyyy"_s), u"30 ноября 2026"_s);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u00a0234,5"_s);
    QCOMPARE(QLocale().firstDayOfWeek(), Qt::Monday);
    QVERIFY(speak(u"kk"_s));
    const QString kazakhDay = QLocale().toString(day, QLocale::LongFormat);
    QVERIFY2(kazakhDay.contains(u"қараша"_s) && kazakhDay.contains(u"2026"_s), qPrintable(kazakhDay));
    QCOMPARE(QLocale().firstDayOfWeek(), Qt::Monday);
    QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1\u00a0234,5"_s);
}

void TestInterfaceLanguage::theCommandsSpeakTheTerminalsLanguage()
{
    const Test::ProcessResult english = runIn(u"C.UTF-8"_s, {u"--help"_s});
    QCOMPARE(english.exitCode, 0);
    QVERIFY2(english.out.contains(englishSentence), qPrintable(english.out));

    const Test::ProcessResult russian = runIn(u"ru_RU.UTF-8"_s, {u"--help"_s});
    QCOMPARE(russian.exitCode, 0);
    QVERIFY2(russian.out.count(cyrillic) > 200, qPrintable(russian.out));
    QVERIFY2(!russian.out.contains(englishSentence), qPrintable(russian.out));
    QVERIFY2(!russian.out.contains(kazakhLetters), qPrintable(russian.out));

    const Test::ProcessResult kazakh = runIn(u"kk_KZ.UTF-8"_s, {u"--help"_s});
    QCOMPARE(kazakh.exitCode, 0);
    QVERIFY2(kazakh.out.contains(kazakhLetters), qPrintable(kazakh.out));
    QVERIFY2(!kazakh.out.contains(englishSentence), qPrintable(kazakh.out));

    // A command's own help, Qt's words in it included ("Usage:", "Options:").
    const Test::ProcessResult exportHelp = runIn(u"kk_KZ.UTF-8"_s, {u"export"_s, u"--help"_s});
    QCOMPARE(exportHelp.exitCode, 0);
    QVERIFY2(exportHelp.out.startsWith(u"Қолданылуы: newsroom export [опциялар]"_s), qPrintable(exportHelp.out));
    QVERIFY2(!exportHelp.out.contains(englishSentence) && !exportHelp.out.contains(u"Options:"_s), qPrintable(exportHelp.out));
    const Test::ProcessResult russianHelp = runIn(u"ru_RU.UTF-8"_s, {u"export"_s, u"--help"_s});
    QVERIFY2(russianHelp.out.startsWith(u"Использование: newsroom export [параметры]"_s), qPrintable(russianHelp.out));

    // Every command's help, its placeholders too ("[words…]", "<time>", STORY; a number's <n> is
    // the same everywhere): only the commands and options themselves stay as they are typed.
    static const QRegularExpression commandLine(u"^  ([a-z-]+) {2,}"_s, QRegularExpression::MultilineOption);
    QStringList commands;
    for (auto it = commandLine.globalMatch(english.out.mid(english.out.indexOf(u"Commands"_s))); it.hasNext();)
        commands.append(it.next().captured(1));
    QVERIFY2(commands.size() > 20, qPrintable(commands.join(u' ')));
    static const QRegularExpression englishPlaceholder(
        u"<[a-z]{2,}>|\\[[a-z]+…?\\]|\\b(STORY|FILE|COMMAND|OPTIONS|WORD|NAME|FOLDER|TIME)\\b"_s);
    for (const QString &lang : {u"ru_RU.UTF-8"_s, u"kk_KZ.UTF-8"_s}) {
        const Test::ProcessResult overview = runIn(lang, {u"--help"_s});
        QVERIFY2(!overview.out.contains(englishPlaceholder), qPrintable(lang + u": "_s + overview.out));
        for (const QString &command : std::as_const(commands)) {
            const Test::ProcessResult help = runIn(lang, {command, u"--help"_s});
            QCOMPARE(help.exitCode, 0);
            QVERIFY2(!help.out.contains(englishPlaceholder), qPrintable(lang + u": "_s + help.out));
            static const QRegularExpression option(u"--[a-z-]+"_s);
            QVERIFY2(!QString(help.out).remove(option).contains(englishSentence), qPrintable(lang + u": "_s + help.out));
        }
    }

    // Errors too, with the exit code unchanged.
    for (const QString &lang : {u"ru_RU.UTF-8"_s, u"kk_KZ.UTF-8"_s}) {
        const Test::ProcessResult unknown = runIn(lang, {u"frobnicate"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY2(unknown.err.contains(u"frobnicate"_s) && unknown.err.count(cyrillic) > 10, qPrintable(unknown.err));
        QVERIFY2(!unknown.err.contains(englishSentence), qPrintable(unknown.err));
        const Test::ProcessResult badOption = runIn(lang, {u"export"_s, u"--frob"_s});
        QCOMPARE(badOption.exitCode, 2);
        QVERIFY2(badOption.err.contains(u"frob"_s) && !badOption.err.contains(englishSentence)
                     && !badOption.err.contains(u"Unknown"_s),
                 qPrintable(badOption.err));
        const Test::ProcessResult missing = runIn(lang, {u"list"_s, u"--database"_s, u"sqlite:/nonexistent/newsroom.db"_s});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(missing.err.count(cyrillic) > 10 && !missing.err.contains(englishSentence), qPrintable(missing.err));
    }
}

void TestInterfaceLanguage::jsonIsTheSameInEveryLanguage()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString database = u"sqlite:"_s + dir.filePath(u"newsroom.db"_s);
    QCOMPARE(runIn(u"C.UTF-8"_s, {u"init"_s, u"--demo"_s, u"--database"_s, database}).exitCode, 0);
    for (const QStringList &command : {QStringList{u"list"_s, u"--json"_s}, QStringList{u"show"_s, u"1"_s, u"--json"_s},
                                       QStringList{u"people"_s, u"--json"_s}}) {
        const QStringList arguments = command + QStringList{u"--database"_s, database};
        const Test::ProcessResult english = runIn(u"C.UTF-8"_s, arguments);
        QCOMPARE(english.exitCode, 0);
        QVERIFY(english.out.size() > 20);
        for (const QString &lang : {u"ru_RU.UTF-8"_s, u"kk_KZ.UTF-8"_s}) {
            const Test::ProcessResult other = runIn(lang, arguments);
            QCOMPARE(other.exitCode, 0);
            QCOMPARE(other.out, english.out);
        }
    }
}

QTEST_GUILESS_MAIN(TestInterfaceLanguage)
#include "tst_interfacelanguage.moc"
