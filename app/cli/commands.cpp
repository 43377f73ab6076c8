// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "commandline.h"
#include "sectioncommands.h"
#include "storecommands.h"
#include "version.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// `newsroom info`: what a support person asks for first. Fails when a database driver
// Newsroom needs is missing, naming the Debian package that brings it.
int runInfo(Cli::Context &context)
{
    const QString command = u"info"_s;
    QCommandLineParser parser;
    if (auto stop = Cli::parseOptions(context, parser, command,
                                      Words::tr("Show the version, the database drivers and the data folder.")))
        return *stop;
    QTextStream &out = context.out;
    QTextStream &err = context.err;
    const QStringList drivers = Database::drivers();
    out << Words::tr("Newsroom %1 (Qt %2)").arg(QLatin1StringView(applicationVersion), QLatin1StringView(qVersion()))
        << Qt::endl;
    out << Words::tr("Database drivers: %1").arg(drivers.join(u", ")) << Qt::endl;
    out << Words::tr("Data folder: %1").arg(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)) << Qt::endl;

    static constexpr std::array required = {
        std::pair{"QSQLITE"_L1, "libqt6sql6-sqlite"_L1},
        std::pair{"QPSQL"_L1, "libqt6sql6-psql"_L1},
    };
    int status = ExitSuccess;
    for (const auto &[driver, package] : required) {
        if (!drivers.contains(driver)) {
            err << Words::tr("newsroom info: the Qt SQL driver %1 is missing (Debian package %2)").arg(driver, package)
                << Qt::endl;
            status = ExitFailure;
        }
    }
    return status;
}

template<int (*Run)(Cli::Context &)>
int withContext(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    Cli::Context context{invocation, out, err};
    return Run(context);
}

constexpr std::array commandTable = {
    Command{"init"_L1, QT_TRANSLATE_NOOP("Commands", "create a newsroom database (--demo: with sample stories)"),
            &withContext<Cli::runInit>},
    Command{"list"_L1, QT_TRANSLATE_NOOP("Commands", "list stories, with filters"), &withContext<Cli::runList>},
    Command{"show"_L1, QT_TRANSLATE_NOOP("Commands", "show one story"), &withContext<Cli::runShow>},
    Command{"search"_L1, QT_TRANSLATE_NOOP("Commands", "full-text search in every form of the words"),
            &withContext<Cli::runSearch>},
    Command{"import"_L1, QT_TRANSLATE_NOOP("Commands", "import Markdown stories with front matter"),
            &withContext<Cli::runImport>},
    Command{"export"_L1, QT_TRANSLATE_NOOP("Commands", "export the site as static HTML (--out DIR)"),
            &withContext<Cli::runExport>},
    Command{"export-markdown"_L1, QT_TRANSLATE_NOOP("Commands", "write every story as Markdown"),
            &withContext<Cli::runExportMarkdown>},
    Command{"backup"_L1, QT_TRANSLATE_NOOP("Commands", "save a consistent copy of the newsroom"),
            &withContext<Cli::runBackup>},
    Command{"restore"_L1, QT_TRANSLATE_NOOP("Commands", "restore a backup into an empty newsroom"),
            &withContext<Cli::runRestore>},
    Command{"check"_L1, QT_TRANSLATE_NOOP("Commands", "check that the newsroom's database is sound"),
            &withContext<Cli::runCheck>},
    Command{"dictionary"_L1, QT_TRANSLATE_NOOP("Commands", "list the newsroom dictionary, or add or remove words"),
            &withContext<Cli::runDictionary>},
    Command{"sections"_L1,
            QT_TRANSLATE_NOOP("Commands", "list the site's sections, or add, rename, move, merge or delete one"),
            &withContext<Cli::runSections>},
    Command{"people"_L1, QT_TRANSLATE_NOOP("Commands", "list the staff, or add someone with a role"),
            &withContext<Cli::runPeople>},
    Command{"submit"_L1, QT_TRANSLATE_NOOP("Commands", "send a story for review"), &withContext<Cli::runSubmit>},
    Command{"request-changes"_L1, QT_TRANSLATE_NOOP("Commands", "return a story to its reporter"),
            &withContext<Cli::runRequestChanges>},
    Command{"approve"_L1, QT_TRANSLATE_NOOP("Commands", "approve a submitted story"),
            &withContext<Cli::runApprove>},
    Command{"schedule"_L1, QT_TRANSLATE_NOOP("Commands", "schedule a story (--at, newsroom time)"),
            &withContext<Cli::runSchedule>},
    Command{"unschedule"_L1, QT_TRANSLATE_NOOP("Commands", "take a story off the schedule"),
            &withContext<Cli::runUnschedule>},
    Command{"publish"_L1, QT_TRANSLATE_NOOP("Commands", "publish a story now"), &withContext<Cli::runPublish>},
    Command{"unpublish"_L1, QT_TRANSLATE_NOOP("Commands", "take a story off the site"),
            &withContext<Cli::runUnpublish>},
    Command{"correct"_L1, QT_TRANSLATE_NOOP("Commands", "record a correction of a published story"),
            &withContext<Cli::runCorrect>},
    Command{"embargo"_L1, QT_TRANSLATE_NOOP("Commands", "keep a story off the site until a time (--until, --lift)"),
            &withContext<Cli::runEmbargo>},
    Command{"publish-due"_L1, QT_TRANSLATE_NOOP("Commands", "publish scheduled stories whose time has come"),
            &withContext<Cli::runPublishDue>},
    Command{"trash"_L1,
            QT_TRANSLATE_NOOP("Commands", "move a story to the trash; list, restore or purge what is there"),
            &withContext<Cli::runTrash>},
    Command{"translate"_L1, QT_TRANSLATE_NOOP("Commands", "make a linked draft translation of a story (--into kk)"),
            &withContext<Cli::runTranslate>},
    Command{"translations"_L1,
            QT_TRANSLATE_NOOP("Commands", "show a story's translations, which are behind, and what changed since"),
            &withContext<Cli::runTranslations>},
    Command{"history"_L1, QT_TRANSLATE_NOOP("Commands", "show a story's workflow history"),
            &withContext<Cli::runHistory>},
    Command{"info"_L1, QT_TRANSLATE_NOOP("Commands", "show the version, database drivers and data folder"),
            &withContext<runInfo>},
};

} // namespace

std::span<const Command> commands()
{
    return commandTable;
}

const Command *findCommand(QStringView name)
{
    const auto it = std::find_if(commandTable.begin(), commandTable.end(),
                                 [name](const Command &command) { return command.name == name; });
    return it == commandTable.end() ? nullptr : &*it;
}

int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err)
{
    // The SQL drivers' own chatter ("Unable to free statement", said after every statement
    // the server refused) is for a developer's console; each refusal reaches the user once,
    // in the command's own words.
    QLoggingCategory::setFilterRules(u"qt.sql.*.warning=false\nqt.sql.*.debug=false"_s);
    const Command *command = findCommand(invocation.command);
    if (!command) {
        err << Words::tr("newsroom: unknown command '%1'").arg(invocation.command) << Qt::endl;
        return ExitUsage;
    }
    return command->run(invocation, out, err);
}

} // namespace Newsroom
