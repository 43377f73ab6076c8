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

    // What may be chosen, as (language, how it is shown): the system's (an empty
    // language) first, then each language Newsroom speaks, in its own name.
    static QList<std::pair<QString, QString>> choices();
    // The choice kept now ("" for the system's).
    static QString kept();
    // Keeps `language` for the next start; what to tell the person.
    static QString keep(const QString &language);

Q_SIGNALS:
    // Someone chose another language; `said` tells them when it takes effect.
    void chosen(const QString &said);
};

} // namespace Newsroom
