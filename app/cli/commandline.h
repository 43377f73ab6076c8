// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Newsroom {

// What the user asked for on the command line. `newsroom` alone opens the window;
// `newsroom COMMAND ...` runs a headless command that needs no display.
struct Invocation
{
    enum class Kind { OpenWindow, RunCommand, ShowHelp, ShowVersion, Invalid };

    Kind kind = Kind::OpenWindow;
    QString command;
    QStringList commandArguments;
    QString database;       // --database URL, empty when not given
    QString screenshotPath; // --screenshot FILE: save the window as PNG and quit
    bool demo = false;      // --demo: open a throwaway newsroom filled with the demo stories
    QString openStory;      // --open STORY: its id or slug, opened in the editor
    QString backupFile;     // NAME.newsroom, as a file manager opens a backup: offered for restore
    QString error;          // why the command line is Invalid
};

// `arguments` as from QCoreApplication::arguments(): the program name comes first.
Invocation parseCommandLine(const QStringList &arguments);

QString usageText();

} // namespace Newsroom
