// SPDX-License-Identifier: GPL-3.0-or-later
// The `newsroom` executable: headless commands run on a QCoreApplication and need no
// display; everything else opens the window.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "mainwindow.h"
#include "version.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QIcon>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

QStringList argumentsOf(int argc, char **argv)
{
    QStringList arguments;
    arguments.reserve(argc);
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(u"Newsroom"_s);
    QCoreApplication::setApplicationName(u"Newsroom"_s);
    QCoreApplication::setApplicationVersion(QLatin1StringView(Newsroom::applicationVersion));
}

} // namespace

int main(int argc, char *argv[])
{
    using Newsroom::Invocation;
    const Invocation invocation = Newsroom::parseCommandLine(argumentsOf(argc, argv));
    QTextStream out(stdout);
    QTextStream err(stderr);

    switch (invocation.kind) {
    case Invocation::Kind::ShowHelp:
        out << Newsroom::usageText();
        return Newsroom::ExitSuccess;
    case Invocation::Kind::ShowVersion:
        out << "Newsroom " << Newsroom::applicationVersion << Qt::endl;
        return Newsroom::ExitSuccess;
    case Invocation::Kind::Invalid:
        err << "newsroom: " << invocation.error << Qt::endl << "Try 'newsroom --help'." << Qt::endl;
        return Newsroom::ExitUsage;
    case Invocation::Kind::RunCommand: {
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        return Newsroom::runCommand(invocation, out, err);
    }
    case Invocation::Kind::OpenWindow:
        break;
    }

    QApplication app(argc, argv);
    setApplicationIdentity();
    QApplication::setWindowIcon(QIcon(u":/icons/newsroom.svg"_s));
    QGuiApplication::setDesktopFileName(u"org.newsroom.Newsroom"_s);

    Newsroom::MainWindow window;
    window.show();
    if (!invocation.screenshotPath.isEmpty())
        Newsroom::saveScreenshotAndQuit(&window, invocation.screenshotPath);
    return QApplication::exec();
}
