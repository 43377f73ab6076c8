// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagemenu.h"

#include "session/desksettings.h"
#include "text/interfacelanguage.h"

#include <QActionGroup>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Newsroom {

LanguageMenu::LanguageMenu(QWidget *parent)
    : QMenu(tr("Interface &Language"), parent)
{
    setObjectName(u"interfaceLanguageMenu"_s);
    auto *group = new QActionGroup(this);
    const QString kept = DeskSettings::instance().interfaceLanguage();
    const QString system = resolveInterfaceLanguage({}, QLocale::system().uiLanguages());
    const auto add = [&](const QString &language, const QString &text) {
        QAction *action = addAction(text);
        action->setObjectName(u"language-"_s + (language.isEmpty() ? u"system"_s : language));
        action->setCheckable(true);
        action->setChecked(kept == language || (language.isEmpty() && !interfaceLanguages().contains(kept)));
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, language] { choose(language); });
    };
    add({}, tr("The System's (%1)").arg(nativeLanguageName(system)));
    addSeparator();
    for (const QString &language : interfaceLanguages())
        add(language, nativeLanguageName(language));
}

void LanguageMenu::choose(const QString &language)
{
    DeskSettings::instance().setInterfaceLanguage(language);
    const QString name = nativeLanguageName(resolveInterfaceLanguage(language, QLocale::system().uiLanguages()));
    Q_EMIT chosen(tr("Newsroom will speak %1 from its next start.").arg(name));
}

} // namespace Newsroom
