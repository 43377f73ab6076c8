// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandline.h"

#include "storage/databaseurl.h"

#include "commands.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)
};

// Splits "--name=value" into name and value; other tokens come back unchanged.
std::pair<QString, std::optional<QString>> splitOption(const QString &token)
{
    const qsizetype eq = token.indexOf(u'=');
    if (!token.startsWith(u"--") || eq < 0)
        return {token, std::nullopt};
    return {token.left(eq), token.mid(eq + 1)};
}

// Options QApplication consumes itself (see QGuiApplication's documentation): skipped here.
bool isQtOption(const QString &name, bool *takesValue)
{
    static const QStringList withValue = {
        u"-platform"_s, u"-platformpluginpath"_s, u"-platformtheme"_s, u"-plugin"_s, u"-qwindowgeometry"_s,
        u"-qwindowtitle"_s, u"-qwindowicon"_s, u"-display"_s, u"-style"_s, u"-stylesheet"_s, u"-session"_s,
    };
    static const QStringList flags = {u"-reverse"_s, u"-widgetcount"_s, u"-nograb"_s, u"-dograb"_s, u"-sync"_s};
    *takesValue = withValue.contains(name);
    return *takesValue || flags.contains(name);
}

// A file manager opens a backup as `newsroom /path/name.newsroom` (the desktop entry's %f).
bool isBackupFileName(const QString &argument)
{
    return argument.endsWith(u".newsroom"_s, Qt::CaseInsensitive) && argument.size() > 9;
}

} // namespace

Invocation parseCommandLine(const QStringList &arguments)
{
    Invocation result;
    auto invalid = [&result](const QString &message) {
        result.kind = Invocation::Kind::Invalid;
        result.error = message;
        return result;
    };

    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const auto [name, inlineValue] = splitOption(arguments.at(i));
        auto takeValue = [&, name = name, inlineValue = inlineValue]() -> std::optional<QString> {
            if (inlineValue)
                return inlineValue;
            if (i + 1 < arguments.size() && !arguments.at(i + 1).startsWith(u"--"))
                return arguments.at(++i);
            return std::nullopt;
        };

        if (!result.command.isEmpty() && name != u"--database") {
            result.commandArguments.append(arguments.at(i));
            continue;
        }
        if (bool takesValue = false; isQtOption(name, &takesValue)) {
            if (takesValue)
                ++i;
        } else if (name == u"-h" || name == u"--help") {
            result.kind = Invocation::Kind::ShowHelp;
        } else if (name == u"-v" || name == u"--version") {
            result.kind = Invocation::Kind::ShowVersion;
        } else if (name == u"--database") {
            const auto value = takeValue();
            if (!value || value->isEmpty())
                return invalid(Words::tr("option --database needs a value, e.g. --database sqlite:/path/newsroom.db"));
            // A mistyped address is a mistake in the command line, said before anything runs.
            if (const Expected<DatabaseUrl> url = DatabaseUrl::resolve(*value); !url)
                return invalid(url.error().message);
            result.database = *value;
        } else if (name == u"--open") {
            const auto value = takeValue();
            if (!value || value->isEmpty())
                return invalid(Words::tr("option --open needs a story's id or slug"));
            result.openStory = *value;
        } else if (name == u"--demo") {
            result.demo = true;
        } else if (name == u"--screenshot") {
            const auto value = takeValue();
            if (!value || value->isEmpty())
                return invalid(Words::tr("option --screenshot needs the path of a PNG file"));
            result.screenshotPath = *value;
        } else if (name.startsWith(u'-')) {
            return invalid(Words::tr("unknown option '%1'").arg(name));
        } else if (isBackupFileName(name)) {
            // What a file manager passes when a backup is opened with Newsroom.
            if (!result.backupFile.isEmpty())
                return invalid(Words::tr("open one backup at a time, not '%1' and '%2'").arg(result.backupFile, name));
            result.backupFile = name;
        } else if (!findCommand(name)) {
            if (name.contains(u'/'))
                return invalid(
                    Words::tr("%1 is not a Newsroom backup; the window opens backups, named NAME.newsroom").arg(name));
            return invalid(Words::tr("unknown command '%1'").arg(name));
        } else {
            result.command = name;
        }
    }

    if (result.kind == Invocation::Kind::ShowHelp || result.kind == Invocation::Kind::ShowVersion)
        return result;
    // A throwaway demo is not the newsroom named: one or the other, never one silently.
    if (result.demo && !result.database.isEmpty())
        return invalid(Words::tr("--demo opens a throwaway newsroom; it cannot be given with --database"));
    if (!result.command.isEmpty()) {
        if (!result.screenshotPath.isEmpty() || result.demo || !result.openStory.isEmpty())
            return invalid(Words::tr("--screenshot, --demo and --open are for the window, not for the command '%1'").arg(result.command));
        if (!result.backupFile.isEmpty())
            return invalid(Words::tr("to restore %1, write: newsroom restore %1").arg(result.backupFile));
        result.kind = Invocation::Kind::RunCommand;
    }
    return result;
}

QString usageText()
{
    QString text = Words::tr("Usage: newsroom [--database URL | --demo] [--open STORY] [--screenshot FILE] [BACKUP]\n"
                      "       newsroom COMMAND [OPTIONS]\n"
                      "\n"
                      "Without a command, opens the newsroom window.\n"
                      "\n"
                      "Options:\n"
                      "  --database URL     sqlite:PATH or postgresql://user@host:port/database\n"
                      "  --demo             open a throwaway newsroom filled with sample stories\n"
                      "  --open STORY       open a story, by id or slug, in the editor\n"
                      "  --screenshot FILE  open the window, save it as a PNG file and quit\n"
                      "  BACKUP             a .newsroom backup file: offer to restore it\n"
                      "  -h, --help         show this help\n"
                      "  -v, --version      show the version\n"
                      "\n"
                      "Commands (no display needed):\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1%2\n")
                    .arg(command.name, -19)
                    .arg(QCoreApplication::translate("Commands", command.summary));
    return text;
}

} // namespace Newsroom
