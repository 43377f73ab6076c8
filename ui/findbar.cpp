// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBlock>
#include <QTextCursor>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace Newsroom {

FindBar::FindBar(QPlainTextEdit *text, QWidget *parent)
    : QWidget(parent)
    , m_text(text)
    , m_find(new QLineEdit(this))
    , m_replace(new QLineEdit(this))
    , m_matchCase(new QCheckBox(tr("Match case"), this))
    , m_count(new QLabel(this))
    , m_replaceRow(new QWidget(this))
    , m_replaceOne(new QPushButton(tr("Replace"), this))
    , m_replaceAll(new QPushButton(tr("Replace All"), this))
{
    setObjectName(u"findBar"_s);
    m_find->setObjectName(u"findText"_s);
    m_find->setAccessibleName(tr("Find"));
    m_find->setPlaceholderText(tr("Find in the story"));
    m_find->setClearButtonEnabled(true);
    m_replace->setObjectName(u"replaceText"_s);
    m_replace->setAccessibleName(tr("Replace with"));
    m_replace->setPlaceholderText(tr("Replace with"));
    m_replaceOne->setObjectName(u"replaceOne"_s);
    m_replaceAll->setObjectName(u"replaceAll"_s);
    m_count->setObjectName(u"findCount"_s);
    auto *previous = new QToolButton(this);
    previous->setText(u"↑"_s);
    previous->setToolTip(tr("Previous (Shift+Enter)"));
    previous->setAccessibleName(tr("Previous"));
    auto *next = new QToolButton(this);
    next->setText(u"↓"_s);
    next->setToolTip(tr("Next (Enter)"));
    next->setAccessibleName(tr("Next"));
    auto *hide = new QToolButton(this);
    hide->setText(u"✕"_s);
    hide->setToolTip(tr("Close (Esc)"));
    hide->setAccessibleName(tr("Close"));
    hide->setAutoRaise(true);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_find, 0, 0);
    layout->addWidget(previous, 0, 1);
    layout->addWidget(next, 0, 2);
    layout->addWidget(m_matchCase, 0, 3);
    layout->addWidget(m_count, 0, 4);
    layout->addWidget(hide, 0, 5);
    auto *replaceLayout = new QHBoxLayout(m_replaceRow);
    replaceLayout->setContentsMargins(0, 0, 0, 0);
    replaceLayout->addWidget(m_replace, 1);
    replaceLayout->addWidget(m_replaceOne);
    replaceLayout->addWidget(m_replaceAll);
    layout->addWidget(m_replaceRow, 1, 0, 1, 6);
    layout->setColumnStretch(0, 1);

    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    connect(next, &QToolButton::clicked, this, [this] { findNext(); });
    connect(hide, &QToolButton::clicked, this, &FindBar::close);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceOne);
    connect(m_replaceAll, &QPushButton::clicked, this, [this] {
        const int replaced = replaceAll();
        m_count->setText(tr("%n replaced", nullptr, replaced));
    });
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        // As it is typed: from where the match began, so that it grows in place.
        QTextCursor from = m_text->textCursor();
        from.setPosition(from.selectionStart());
        m_text->setTextCursor(from);
        if (!m_find->text().isEmpty())
            findNext();
        countMatches();
    });
    connect(m_matchCase, &QCheckBox::toggled, this, &FindBar::countMatches);
    m_find->installEventFilter(this);
    m_replace->installEventFilter(this);
    QWidget::hide();
}

void FindBar::open(bool replacing)
{
    const QString selected = m_text->textCursor().selectedText();
    if (!selected.isEmpty() && !selected.contains(QChar::ParagraphSeparator))
        m_find->setText(selected);
    m_replaceRow->setVisible(replacing);
    const bool writable = !m_text->isReadOnly();
    m_replace->setEnabled(writable);
    m_replaceOne->setEnabled(writable);
    m_replaceAll->setEnabled(writable);
    show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    countMatches();
}

void FindBar::close()
{
    hide();
    m_text->setFocus(Qt::OtherFocusReason);
}

QTextDocument::FindFlags FindBar::flags(bool backwards) const
{
    QTextDocument::FindFlags found;
    if (m_matchCase->isChecked())
        found |= QTextDocument::FindCaseSensitively;
    if (backwards)
        found |= QTextDocument::FindBackward;
    return found;
}

bool FindBar::findNext(bool backwards)
{
    const QString text = m_find->text();
    if (text.isEmpty())
        return false;
    if (m_text->find(text, flags(backwards)))
        return true;
    // Round the end, from the other end.
    const QTextCursor was = m_text->textCursor();
    QTextCursor from(m_text->document());
    from.movePosition(backwards ? QTextCursor::End : QTextCursor::Start);
    m_text->setTextCursor(from);
    if (m_text->find(text, flags(backwards)))
        return true;
    m_text->setTextCursor(was);
    return false;
}

bool FindBar::selectionIsMatch() const
{
    const QString selected = m_text->textCursor().selectedText();
    return !selected.isEmpty()
        && selected.compare(m_find->text(), m_matchCase->isChecked() ? Qt::CaseSensitive : Qt::CaseInsensitive) == 0;
}

void FindBar::replaceOne()
{
    if (m_text->isReadOnly() || m_find->text().isEmpty())
        return;
    if (selectionIsMatch()) {
        QTextCursor cursor = m_text->textCursor();
        cursor.insertText(m_replace->text()); // through the body's undo, into the story's history
        m_text->setTextCursor(cursor);
    }
    findNext();
    countMatches();
}

int FindBar::replaceAll()
{
    const QString text = m_find->text();
    if (m_text->isReadOnly() || text.isEmpty())
        return 0;
    QTextDocument *document = m_text->document();
    QTextCursor edit(document);
    edit.beginEditBlock();
    int replaced = 0;
    QTextCursor match = document->find(text, 0, flags());
    while (!match.isNull()) {
        match.insertText(m_replace->text());
        ++replaced;
        match = document->find(text, match.position(), flags());
    }
    edit.endEditBlock();
    countMatches();
    return replaced;
}

void FindBar::countMatches()
{
    const QString text = m_find->text();
    if (text.isEmpty()) {
        m_count->clear();
        return;
    }
    int count = 0;
    for (QTextCursor match = m_text->document()->find(text, 0, flags()); !match.isNull();
         match = m_text->document()->find(text, match, flags()))
        ++count;
    m_count->setText(count == 0 ? tr("Not found") : tr("%n match(es)", nullptr, count));
}

bool FindBar::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Escape) {
            close();
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            if (watched == m_replace)
                replaceOne();
            else
                findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Newsroom
