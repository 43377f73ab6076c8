// SPDX-License-Identifier: GPL-3.0-or-later
// The `newsroom` executable as a shell script or cron job sees it: exit codes, and
// messages on the right stream. No display is available to it here.
#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Result
{
    int exitCode = -1;
    QString out;
    QString err;
};

Result runNewsroom(const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(u"DISPLAY"_s);
    environment.remove(u"WAYLAND_DISPLAY"_s);
    environment.remove(u"QT_QPA_PLATFORM"_s);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(NEWSROOM_EXECUTABLE), arguments);
    if (!process.waitForFinished(30'000) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestExecutable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void version();
    void help();
    void headlessCommandNeedsNoDisplay();
    void badCommandLines_data();
    void badCommandLines();
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
}

void TestExecutable::badCommandLines_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("message");

    QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command 'frobnicate'"_s;
    QTest::newRow("unknown option") << QStringList{u"--colour"_s} << u"unknown option '--colour'"_s;
    QTest::newRow("missing value") << QStringList{u"--database"_s} << u"--database needs a value"_s;
    QTest::newRow("command's own argument") << QStringList{u"info"_s, u"extra"_s} << u"unexpected argument 'extra'"_s;
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

QTEST_GUILESS_MAIN(TestExecutable)
#include "tst_executable.moc"
