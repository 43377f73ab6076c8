// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

namespace Newsroom {

// Settings › Interface Language: the system's language, Русский, Қазақша or English. The
// choice is kept in DeskSettings and taken at the next start (every window, dialog and
// message is made in one language); the menu says so when a choice is made.
class LanguageMenu : public QMenu
{
    Q_OBJECT

public:
    explicit LanguageMenu(QWidget *parent = nullptr);

Q_SIGNALS:
    // Someone chose another language; `said` tells them when it takes effect.
    void chosen(const QString &said);

private:
    void choose(const QString &language);
};

} // namespace Newsroom
