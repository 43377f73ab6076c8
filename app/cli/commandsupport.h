// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandline.h"
#include "commands.h"
#include "domain/result.h"
#include "storage/database.h"

#include <QCommandLineParser>
#include <QJsonValue>
#include <QTextStream>
#include <QTimeZone>

#include <memory>
#include <optional>

namespace Newsroom::Cli {

// What every headless command gets: its arguments and where to write.
struct Context
{
    const Invocation &invocation;
    QTextStream &out;
    QTextStream &err;
};

// A whole number of at least 1, as typed for --limit and the like; nothing for "abc",
// "0", "-1" or "2.5".
std::optional<int> positiveNumber(const QString &text);

// Parses a command's own options. Returns an exit code when the command should stop
// here (after --help, or with a usage error already reported), otherwise nothing.
std::optional<int> parseOptions(Context &context, QCommandLineParser &parser, const QString &command,
                                const QString &description, const QString &positionalSyntax = {});

// Reports an error as "newsroom COMMAND: message" and returns its exit code:
// 3 for a conflict or a refused permission, 1 for anything else.
int fail(Context &context, const QString &command, const Error &error);

// A wrong option value or argument: the message, a hint, and exit code 2.
int usageError(Context &context, const QString &command, const QString &message);

Expected<std::unique_ptr<Database>> openDatabase(const Context &context,
                                                 Database::OpenMode mode = Database::OpenMode::OpenExisting);

// A story named on the command line by its id or its slug.
Expected<qint64> storyId(Database &database, const QString &which);

// The newsroom's time zone (site settings), for showing times.
QTimeZone newsroomZone(Database &database);
QString formatTime(const QDateTime &time, const QTimeZone &zone);

// A date or date-time typed on the command line, read in `zone` when it has no offset.
std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone);

bool isTerminal(FILE *stream);

// Prints an object or array as indented JSON.
void printJson(Context &context, const QJsonValue &value);

} // namespace Newsroom::Cli
