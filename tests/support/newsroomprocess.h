// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QString>
#include <QStringList>

// The `newsroom` executable run as a shell script or cron job runs it: no display, the
// newsroom named by $NEWSROOM_DATABASE. Header-only, for tests that link no library.
// The test's CMake target defines NEWSROOM_EXECUTABLE.
namespace Newsroom::Test {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

inline QProcessEnvironment newsroomEnvironment(const QString &database)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (!database.isEmpty())
        environment.insert(QStringLiteral("NEWSROOM_DATABASE"), database);
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"})
        environment.remove(QString::fromLatin1(name));
    return environment;
}

// Waits for a started process; an empty result (exit code -1) when it hung or crashed.
inline ProcessResult finishNewsroom(QProcess &process, int timeoutMs = 30'000)
{
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit)
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

inline ProcessResult runNewsroom(const QStringList &arguments, const QString &database = {}, int timeoutMs = 30'000)
{
    QProcess process;
    process.setProcessEnvironment(newsroomEnvironment(database));
    process.start(QStringLiteral(NEWSROOM_EXECUTABLE), arguments);
    return finishNewsroom(process, timeoutMs);
}

} // namespace Newsroom::Test
