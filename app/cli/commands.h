// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLatin1StringView>

#include <span>

class QTextStream;

namespace Newsroom {

struct Invocation;

// Process exit codes of the `newsroom` executable.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // the command ran and failed; stored data is unchanged
    ExitUsage = 2,   // the command line itself is wrong
    ExitRefused = 3, // a conflict with someone else's change, or a permission refused
};

// A headless command: runs without a display, prints to `out`, reports errors on `err`.
struct Command
{
    QLatin1StringView name;
    const char *summary; // untranslated, passed through tr() when shown
    int (*run)(const Invocation &invocation, QTextStream &out, QTextStream &err);
};

std::span<const Command> commands();
const Command *findCommand(QStringView name);

// Runs invocation.command; the caller has a QCoreApplication.
int runCommand(const Invocation &invocation, QTextStream &out, QTextStream &err);

} // namespace Newsroom
