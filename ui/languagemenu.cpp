// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "session/desksettings.h"
#include "text/interfacelanguage.h"

#include <QActionGroup>
#include <QLocale>

#include <utility>

using namespace Qt::StringLiterals;

namespace Newsroom {

QList<std::pair<QString, QString>> LanguageMenu::choices()
{
    const QString system = resolveInterfaceLanguage({}, QLocale::system().uiLanguages());
    QList<std::pair<QString, QString>> result = {{QString(), tr("The System's (%1)").arg(nativeLanguageName(system))}};
    for (const QString &language : interfaceLanguages())
        result.append({language, nativeLanguageName(language)});
    return result;
}

QString LanguageMenu::kept()
{
    const QString language = DeskSettings::instance().interfaceLanguage();
    return interfaceLanguages().contains(language) ? language : QString();
}

QString LanguageMenu::keep(const QString &language)
{
    DeskSettings::instance().setInterfaceLanguage(language);
    const QString name = nativeLanguageName(resolveInterfaceLanguage(language, QLocale::system().uiLanguages()));
    return tr("Newsroom will speak %1 from its next start.").arg(name);
}

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("Interface &Language"), parent)
{
    setObjectName(u"interfaceLanguageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString current = kept();
    bool first = true;
    for (const auto &[language, text] : choices()) {
        QAction *action = addAction(text);
        action->setObjectName(u"language-"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(current == language);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { Q_EMIT chosen(keep(language)); });
        if (std::exchange(first, false))
            addSeparator();
    }
}

} // namespace Newsroom
