// SPDX-License-Identifier: GPL-3.0-or-later
#include "interfacelanguage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(InterfaceLanguage)
};

// The translators speak() installed, replaced when it is called again. QPointer: the
// application deletes them when it goes, and a test may make another application.
QList<QPointer<QTranslator>> &installedTranslators()
{
    static QList<QPointer<QTranslator>> translators;
    return translators;
}

// Qt's catalogue for `language`: Debian's (qt6-translations-l10n) where Qt has one, else
// the one this project ships (Qt has none in Kazakh).
QString qtCatalogue(const QString &language)
{
    const QString system = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_"_s + language + u".qm"_s;
    if (QFileInfo::exists(system))
        return system;
    return u":/i18n/qtbase_"_s + language + u".qm"_s;
}

} // namespace

QStringList installedCatalogues()
{
    QStringList files;
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        if (translator)
            files.append(translator->filePath());
    }
    return files;
}

QStringList interfaceLanguages()
{
    return {u"ru"_s, u"kk"_s, u"en"_s};
}

QString nativeLanguageName(const QString &language)
{
    if (language == "ru"_L1)
        return u"Русский"_s;
    if (language == "kk"_L1)
        return u"Қазақша"_s;
    if (language == "en"_L1)
        return u"English"_s;
    return language;
}

QString resolveInterfaceLanguage(const QString &chosen, const QStringList &systemLanguages)
{
    const QStringList spoken = interfaceLanguages();
    if (spoken.contains(chosen))
        return chosen;
    for (const QString &name : systemLanguages) {
        const QString language = name.section(u'-', 0, 0).section(u'_', 0, 0).toLower();
        if (spoken.contains(language))
            return language;
    }
    return u"en"_s;
}

bool speak(const QString &language, QString *error)
{
    for (const QPointer<QTranslator> &translator : std::as_const(installedTranslators())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installedTranslators().clear();

    const QLocale system = QLocale::system();
    const QLocale::Language spoken = QLocale(language).language();
    QLocale::setDefault(spoken == system.language() ? system : QLocale(spoken, system.territory()));

    // English is the source language: its catalogue holds only the plural forms ("1 story").
    QStringList files = {u":/i18n/newsroom_"_s + language + u".qm"_s};
    if (language != "en"_L1) {
        files.append(qtCatalogue(language));
        // The KDE Frameworks the window uses keep their own catalogues, where their
        // translators have made one (not every language has every one).
        for (const QString &framework : {u"sonnet6_qt"_s, u"syntaxhighlighting6_qt"_s}) {
            const QString found = QStandardPaths::locate(
                QStandardPaths::GenericDataLocation, u"locale/"_s + language + u"/LC_MESSAGES/"_s + framework + u".qm"_s);
            if (!found.isEmpty())
                files.append(found);
        }
    }
    QStringList missing;
    for (const QString &file : std::as_const(files)) {
        // Owned by the application, so that they go with it at the end.
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(file)) {
            QCoreApplication::installTranslator(translator);
            installedTranslators().append(translator);
        } else {
            delete translator;
            missing.append(file);
        }
    }
    if (!missing.isEmpty() && error)
        *error = Words::tr("cannot load the translation %1").arg(missing.join(u", "_s));
    return missing.isEmpty();
}

} // namespace Newsroom
