// SPDX-License-Identifier: GPL-3.0-or-later
// The `newsroom` executable: headless commands run on a QCoreApplication and need no
// display; everything else opens the window.
#include "cli/commandline.h"
#include "cli/commands.h"
#include "demo/demonewsroom.h"
#include "layoutshortcuts.h"
#include "mainwindow.h"
#include "passwordstore.h"
#include "restorebackupdialog.h"
#include "session/desksettings.h"
#include "signindialog.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "text/interfacelanguage.h"
#include "version.h"
#include "windowscreenshot.h"

#include <QApplication>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <csignal>

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

// The newsroom the window opens: a throwaway demo, or the one named on the command line,
// in $NEWSROOM_DATABASE or at the default place (created there on first start).
Newsroom::Expected<std::unique_ptr<Newsroom::Database>> openNewsroom(const Newsroom::Invocation &invocation,
                                                                       QTemporaryDir &demoFolder)
{
    using namespace Newsroom;
    if (invocation.demo) {
        if (!demoFolder.isValid())
            return failure(QCoreApplication::translate("main", "cannot create a temporary folder for the demo"));
        DatabaseUrl url;
        url.path = demoFolder.filePath(u"demo.db"_s);
        Expected<std::unique_ptr<Database>> database = Database::open(url, Database::OpenMode::CreateIfMissing);
        if (!database)
            return database;
        if (const Expected<qsizetype> loaded = Demo::load(**database); !loaded)
            return loaded.error();
        return database;
    }
    // The command line, then $NEWSROOM_DATABASE, then the newsroom opened last time (while
    // it is there), then the default file.
    QString chosen = invocation.database;
    DeskSettings &settings = DeskSettings::instance();
    if (chosen.isEmpty() && qEnvironmentVariableIsEmpty("NEWSROOM_DATABASE")) {
        const Expected<DatabaseUrl> last = DatabaseUrl::parse(settings.lastDatabase());
        if (last && (last->engine != DatabaseUrl::Engine::SQLite || QFileInfo::exists(last->path)))
            chosen = last->toDisplayString();
    }
    const Expected<DatabaseUrl> url = DatabaseUrl::resolve(chosen);
    if (!url)
        return url.error();
    // A shared server: each person signs in with their own login, the password kept in
    // the system keychain when they want.
    Expected<std::unique_ptr<Database>> database = openSignedIn(*url, PasswordStore());
    if (database)
        settings.setLastDatabase((*database)->url().toDisplayString()); // never a password
    return database;
}

// Whether the window has somewhere to open: a display, or a platform chosen by hand
// (QT_QPA_PLATFORM=offscreen, -platform), as tests and screenshots do.
bool hasDisplay(const QStringList &arguments)
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        || !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") || arguments.contains(u"-platform"_s);
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
    // A file-size limit (ulimit -f) would otherwise kill the program mid-write with
    // SIGXFSZ; ignored, the write fails with EFBIG and the user is told what happened.
    std::signal(SIGXFSZ, SIG_IGN);
    using Newsroom::Invocation;
    const QStringList arguments = argumentsOf(argc, argv);
    QTextStream out(stdout);
    QTextStream err(stderr);

    if (Newsroom::parseCommandLine(arguments).kind != Invocation::Kind::OpenWindow) {
        // The commands speak the language of the terminal ($LANG, $LC_MESSAGES), so the
        // command line is read again once its words are translated; --json stays as it is.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        Newsroom::speak(Newsroom::resolveInterfaceLanguage({}, QLocale::system().uiLanguages()));
        const Invocation invocation = Newsroom::parseCommandLine(arguments);
        switch (invocation.kind) {
        case Invocation::Kind::ShowHelp:
            out << Newsroom::usageText();
            return Newsroom::ExitSuccess;
        case Invocation::Kind::ShowVersion:
            out << "Newsroom " << Newsroom::applicationVersion << Qt::endl;
            return Newsroom::ExitSuccess;
        case Invocation::Kind::Invalid:
            err << "newsroom: " << invocation.error << Qt::endl
                << QCoreApplication::translate("main", "Try 'newsroom --help'.") << Qt::endl;
            return Newsroom::ExitUsage;
        case Invocation::Kind::RunCommand:
            return Newsroom::runCommand(invocation, out, err);
        case Invocation::Kind::OpenWindow:
            break;
        }
        return Newsroom::ExitUsage;
    }

    if (!hasDisplay(arguments)) {
        // Over SSH, or from a service: Qt would abort with words about xcb libraries.
        QCoreApplication app(argc, argv);
        setApplicationIdentity();
        Newsroom::speak(Newsroom::resolveInterfaceLanguage({}, QLocale::system().uiLanguages()));
        err << "newsroom: "
            << QCoreApplication::translate("main", "no display to open the window on (neither DISPLAY nor "
                                                   "WAYLAND_DISPLAY is set). The commands need none: see "
                                                   "'newsroom --help'.")
            << Qt::endl;
        return Newsroom::ExitFailure;
    }
    QApplication app(argc, argv);
    setApplicationIdentity();
    // The window speaks the language chosen in Settings › Interface Language, else the system's.
    Newsroom::speak(Newsroom::resolveInterfaceLanguage(Newsroom::DeskSettings::instance().interfaceLanguage(),
                                                        QLocale::system().uiLanguages()));
    Invocation invocation = Newsroom::parseCommandLine(arguments);
    QApplication::setWindowIcon(QIcon(u":/icons/newsroom.svg"_s));
    // Ctrl+S is the key marked S, whatever the keyboard layout writes with it.
    app.installEventFilter(new Newsroom::LayoutShortcuts(&app));
    QGuiApplication::setDesktopFileName(u"io.github.newsroomdesk.Newsroom"_s);

    // A backup opened from the file manager: restored into a new newsroom, which opens.
    if (!invocation.backupFile.isEmpty()) {
        Newsroom::RestoreBackupDialog restore(invocation.backupFile);
        if (restore.exec() == QDialog::Accepted)
            invocation.database = restore.restored().toDisplayString();
    }

    QTemporaryDir demoFolder;
    Newsroom::Expected<std::unique_ptr<Newsroom::Database>> database = openNewsroom(invocation, demoFolder);
    if (!database) {
        // The window still opens, saying no newsroom is open; nothing typed is at stake yet.
        err << "newsroom: " << database.error().message << Qt::endl;
        if (invocation.screenshotPath.isEmpty())
            QMessageBox::warning(nullptr, QApplication::translate("main", "Newsroom"), database.error().message);
    }
    Newsroom::MainWindow window(database ? database->get() : nullptr);
    window.show();
    if (database && !invocation.openStory.isEmpty()) {
        Newsroom::ArticleRepository articles(**database);
        bool isId = false;
        const qint64 id = invocation.openStory.toLongLong(&isId);
        const Newsroom::Expected<Newsroom::Article> story = isId ? articles.load(id) : articles.loadBySlug(invocation.openStory);
        if (story)
            window.openStory(story->id);
        else
            err << "newsroom: " << story.error().message << Qt::endl;
    }
    if (!invocation.screenshotPath.isEmpty())
        Newsroom::saveScreenshotAndQuit(&window, invocation.screenshotPath);
    else if (database)
        // Over the window, once it shows: unsaved text kept from before, then, for a new
        // newsroom, the assistant that sets it up.
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery([&window](const auto &) { window.offerSetup(); }); });
    return QApplication::exec();
}
