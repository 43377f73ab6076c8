// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationspanel.h"

#include "changeview.h"
#include "text/interfacelanguage.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStyle>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

TranslationsPanel::TranslationsPanel(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_versions(new QTreeWidget(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_beside(new QPushButton(tr("Side &by Side"), this))
    , m_translate(new QToolButton(this))
    , m_translateMenu(new QMenu(this))
    , m_behind(new QLabel(this))
    , m_changes(new QTextBrowser(this))
    , m_reviewed(new QPushButton(tr("Mark &Reviewed"), this))
{
    setObjectName(u"translationsPanel"_s);
    m_intro->setWordWrap(true);
    m_intro->setTextFormat(Qt::PlainText);
    m_versions->setObjectName(u"translationVersions"_s);
    m_versions->setAccessibleName(tr("Versions in other languages"));
    m_versions->setHeaderHidden(true);
    m_versions->setRootIsDecorated(false);
    m_versions->setWordWrap(true);
    m_versions->setUniformRowHeights(false);
    m_versions->setTextElideMode(Qt::ElideNone);
    m_versions->header()->setSectionResizeMode(QHeaderView::Stretch);
    connect(m_versions->header(), &QHeaderView::sectionResized, m_versions, &QTreeView::doItemsLayout);
    connect(m_versions, &QTreeWidget::itemActivated, this, [this] {
        if (chosenId() != 0 && chosenId() != m_story)
            Q_EMIT openRequested(chosenId());
    });
    connect(m_versions, &QTreeWidget::currentItemChanged, this, &TranslationsPanel::updateButtons);

    m_open->setObjectName(u"translationOpen"_s);
    m_open->setToolTip(tr("Open the chosen version in the editor"));
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT openRequested(chosenId()); });
    m_beside->setObjectName(u"translationBeside"_s);
    m_beside->setToolTip(tr("Read the chosen version beside the story you are writing"));
    connect(m_beside, &QPushButton::clicked, this, [this] { Q_EMIT besideRequested(chosenId()); });
    m_translate->setObjectName(u"translateButton"_s);
    m_translate->setText(tr("&Translate Into"));
    m_translate->setPopupMode(QToolButton::InstantPopup);
    m_translate->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_translate->setMenu(m_translateMenu);
    connect(m_translateMenu, &QMenu::aboutToShow, this, &TranslationsPanel::fillTranslateMenu);

    m_behind->setObjectName(u"translationBehind"_s);
    m_behind->setWordWrap(true);
    m_behind->setTextFormat(Qt::PlainText);
    m_behind->setStyleSheet(u"background:#fff4d6; color:#3a2a00; padding:6px; border-radius:3px"_s);
    m_changes->setObjectName(u"translationChanges"_s);
    m_changes->setAccessibleName(tr("What changed in the original"));
    m_changes->setOpenLinks(false);
    m_reviewed->setObjectName(u"translationReviewed"_s);
    m_reviewed->setToolTip(tr("The translation says what the original says now"));
    connect(m_reviewed, &QPushButton::clicked, this, &TranslationsPanel::reviewedRequested);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_beside);
    buttons->addStretch(1);
    buttons->addWidget(m_translate);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_versions, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_behind);
    layout->addWidget(m_changes, 2);
    layout->addWidget(m_reviewed, 0, Qt::AlignRight);
    showTranslations(0, {}, {});
}

void TranslationsPanel::showTranslations(qint64 story, const QString &language, const Translations &found)
{
    m_story = story;
    m_language = language;
    m_found = found;
    m_versions->clear();
    const TranslationRepository::Group &group = m_found.group;
    if (story == 0)
        m_intro->setText(tr("Save the story to translate it."));
    else if (group.isEmpty())
        m_intro->setText(tr("This story has no versions in other languages yet. Translate Into makes a draft for the "
                            "translator, linked to it."));
    else
        m_intro->setText(tr("The same story in other languages. A translation is behind once its original changes."));
    m_versions->setVisible(!group.isEmpty());
    QTreeWidgetItem *current = nullptr;
    for (const TranslationRepository::Member &member : group.members) {
        const QString state = member.original       ? tr("original")
                              : member.untranslated    ? tr("not translated yet")
                              : group.isBehind(member) ? tr("behind: the original changed")
                                                       : tr("in step with the original");
        auto *item = new QTreeWidgetItem(m_versions, {u"%1 — %2\n%3"_s.arg(nativeLanguageName(member.language), state,
                                                                              member.headline)});
        item->setData(0, Qt::UserRole, member.id);
        item->setToolTip(0, member.headline);
        if (!member.original) {
            item->setIcon(0, style()->standardIcon(group.isBehind(member) || member.untranslated
                                                       ? QStyle::SP_MessageBoxWarning
                                                       : QStyle::SP_DialogApplyButton));
        }
        if (member.id == story) {
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            item->setText(0, item->text(0) + u"\n"_s + tr("(open in the editor)"));
            item->setFlags(item->flags() & ~Qt::ItemIsSelectable);
        } else if (!current) {
            current = item;
        }
    }
    m_versions->setCurrentItem(current);

    const bool warned = !m_found.behind.isEmpty();
    const bool behind = warned && !m_found.untranslated;
    m_behind->setVisible(warned || !m_found.publishedBehind.isEmpty());
    m_behind->setText(warned ? m_found.behind : m_found.publishedBehind.join(u'\n'));
    m_changes->setVisible(behind);
    m_changes->setHtml(behind ? changedPassagesHtml(m_found.changes) : QString());
    m_reviewed->setVisible(behind);
    updateButtons();
}

QStringList TranslationsPanel::languagesToTranslateInto() const
{
    if (m_story == 0)
        return {};
    QStringList taken{m_language};
    for (const TranslationRepository::Member &member : m_found.group.members)
        taken.append(member.language);
    QStringList open;
    for (const QString &language : interfaceLanguages()) {
        if (!taken.contains(language))
            open.append(language);
    }
    return open;
}

qint64 TranslationsPanel::chosenId() const
{
    return m_versions->currentItem() ? m_versions->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void TranslationsPanel::updateButtons()
{
    const bool other = chosenId() != 0 && chosenId() != m_story;
    m_open->setEnabled(other);
    m_beside->setEnabled(other);
    m_open->setVisible(!m_found.group.isEmpty());
    m_beside->setVisible(!m_found.group.isEmpty());
    m_translate->setEnabled(!languagesToTranslateInto().isEmpty());
}

void TranslationsPanel::fillTranslateMenu()
{
    m_translateMenu->clear();
    for (const QString &language : languagesToTranslateInto()) {
        QAction *action = m_translateMenu->addAction(nativeLanguageName(language),
                                                     this, [this, language] { Q_EMIT translateRequested(language); });
        action->setObjectName(u"translateInto-"_s + language);
    }
}

} // namespace Newsroom
