// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Newsroom {

// Find and Replace in the story's body, under it: Enter finds the next, Shift+Enter the
// one before, round the end; Replace All is one step of the story's undo history. Esc
// closes it and gives the body back the keyboard.
class FindBar : public QWidget
{
    Q_OBJECT

public:
    explicit FindBar(QPlainTextEdit *text, QWidget *parent = nullptr);

    // Opens it, with the body's selected words to find (when they are on one line).
    void open(bool replacing);
    void close();
    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }
    // Goes to the next (or previous) match, from the cursor, round the end; false if none.
    bool findNext(bool backwards = false);
    // Replaces the match selected (if it is one) and goes to the next.
    void replaceOne();
    // Replaces every match as one undoable step; how many.
    int replaceAll();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTextDocument::FindFlags flags(bool backwards = false) const;
    bool selectionIsMatch() const;
    void countMatches();

    QPlainTextEdit *m_text;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_matchCase;
    QLabel *m_count;
    QWidget *m_replaceRow;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
};

} // namespace Newsroom
