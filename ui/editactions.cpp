// SPDX-License-Identifier: GPL-3.0-or-later
#include "editactions.h"

#include "findbar.h"
#include "storyeditor.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace Newsroom {

EditActions::EditActions(QMenu *menu, StoryEditor *editor, QLineEdit *storySearch, QWidget *window)
    : QObject(window)
    , m_editor(editor)
    , m_search(storySearch)
{
    menu->addSeparator();
    const auto add = [this, menu](const QString &text, const QKeySequence &keys, const char *slot, const QString &name) {
        QAction *action = menu->addAction(text, this, [this, slot] {
            if (QWidget *field = focusedText())
                QMetaObject::invokeMethod(field, slot);
        });
        action->setShortcut(keys);
        action->setObjectName(name);
        return action;
    };
    m_cut = add(tr("Cu&t"), QKeySequence::Cut, "cut", u"actionCut"_s);
    m_copy = add(tr("&Copy"), QKeySequence::Copy, "copy", u"actionCopy"_s);
    m_paste = add(tr("&Paste"), QKeySequence::Paste, "paste", u"actionPaste"_s);
    m_pastePlain = menu->addAction(tr("Paste as Plain Te&xt"), this, [this] {
        QWidget *field = focusedText();
        const QString pasted = QApplication::clipboard()->text();
        if (auto *line = qobject_cast<QLineEdit *>(field); line && !line->isReadOnly())
            line->insert(plainText(pasted, true));
        else if (auto *text = qobject_cast<QPlainTextEdit *>(field); text && !text->isReadOnly())
            text->insertPlainText(plainText(pasted, false));
    });
    m_pastePlain->setObjectName(u"actionPastePlain"_s);
    m_pastePlain->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    m_selectAll = add(tr("Select &All"), QKeySequence::SelectAll, "selectAll", u"actionSelectAll"_s);
    menu->addSeparator();
    QAction *find = menu->addAction(tr("&Find…"), this, [this] {
        if (m_editor->isVisible() && m_editor->isAncestorOf(QApplication::focusWidget()))
            return m_editor->findBar()->open(false);
        m_search->setFocus(Qt::ShortcutFocusReason);
        m_search->selectAll();
    });
    find->setObjectName(u"actionFind"_s);
    find->setShortcuts(QKeySequence::Find);
    find->setToolTip(tr("In the story when you are writing it, else among the stories"));
    m_replace = menu->addAction(tr("R&eplace…"), this, [this] {
        if (m_editor->isVisible())
            m_editor->findBar()->open(true);
    });
    m_replace->setObjectName(u"actionReplace"_s);
    m_replace->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_H));
    connect(qApp, &QApplication::focusChanged, this, &EditActions::updateActions);
    connect(QApplication::clipboard(), &QClipboard::dataChanged, this, &EditActions::updateActions);
    connect(menu, &QMenu::aboutToShow, this, &EditActions::updateActions);
    updateActions();
}

QWidget *EditActions::focusedText() const
{
    QWidget *focus = QApplication::focusWidget();
    if (qobject_cast<QLineEdit *>(focus) || qobject_cast<QPlainTextEdit *>(focus) || qobject_cast<QTextEdit *>(focus))
        return focus;
    return nullptr;
}

void EditActions::updateActions()
{
    QWidget *field = focusedText();
    bool readOnly = true;
    if (auto *line = qobject_cast<QLineEdit *>(field))
        readOnly = line->isReadOnly();
    else if (auto *text = qobject_cast<QPlainTextEdit *>(field))
        readOnly = text->isReadOnly();
    else if (auto *rich = qobject_cast<QTextEdit *>(field))
        readOnly = rich->isReadOnly();
    const bool canPaste = field && !readOnly && !QApplication::clipboard()->text().isEmpty();
    m_cut->setEnabled(field && !readOnly);
    m_copy->setEnabled(field != nullptr);
    m_paste->setEnabled(canPaste);
    m_pastePlain->setEnabled(canPaste && !qobject_cast<QTextEdit *>(field));
    m_selectAll->setEnabled(field != nullptr);
    m_replace->setEnabled(m_editor->isVisible());
}

QString EditActions::plainText(const QString &pasted, bool oneLine)
{
    // Invisible characters that break spelling and search: soft hyphens, zero-width
    // spaces and joiners, direction marks, the byte-order mark.
    static const QRegularExpression invisible(u"[\\x{00AD}\\x{200B}-\\x{200F}\\x{2060}\\x{FEFF}]"_s);
    QString text = QString(pasted).remove(invisible);
    text.replace(u"\r\n"_s, u"\n"_s).replace(u'\r', u'\n').replace(QChar::LineSeparator, u'\n')
        .replace(QChar::ParagraphSeparator, u'\n').replace(u'\t', u' ');
    if (oneLine)
        return text.simplified();
    static const QRegularExpression trailing(u"[ \\x{00A0}]+\\n"_s);
    text.replace(trailing, u"\n"_s);
    return text;
}

} // namespace Newsroom
