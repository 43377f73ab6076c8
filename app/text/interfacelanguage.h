// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Newsroom {

// The languages Newsroom's window and commands speak, by ISO 639-1 code: "ru", "kk", "en".
QStringList interfaceLanguages();

// A language's own name, as a person who speaks it would look for it: "Русский", "Қазақша",
// "English".
QString nativeLanguageName(const QString &language);

// The language to speak: `chosen` when it is one of interfaceLanguages(), else the first of
// the system's languages (QLocale::uiLanguages(), most preferred first: "ru-KZ", "kk", ...)
// that Newsroom speaks, else English.
QString resolveInterfaceLanguage(const QString &chosen, const QStringList &systemLanguages);

// Speaks `language` from now on: installs Newsroom's catalogue and Qt's own (its dialogs'
// buttons, the text fields' menus) on the running application, and makes it the default
// QLocale so dates and numbers follow ("30 ноября 2026", "1 234,5"), keeping the system's
// country. Returns false, with the reason in `error`, when a catalogue could not be loaded;
// the interface then stays English where it is missing.
bool speak(const QString &language, QString *error = nullptr);

// The catalogues speak() installed last, by file: Newsroom's, Qt's, the frameworks'.
QStringList installedCatalogues();

} // namespace Newsroom
