// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QAction;
class QLineEdit;
class QMenu;
class QWidget;

namespace Newsroom {

class StoryEditor;

// The Edit menu's text commands for whatever field has the keyboard: Cut, Copy, Paste,
// Paste as Plain Text (without the invisible characters and odd line breaks web pages and
// Word put in), Select All; and Find and Replace, in the story when the keyboard is in it
// (else Find searches the stories).
class EditActions : public QObject
{
    Q_OBJECT

public:
    EditActions(QMenu *menu, StoryEditor *editor, QLineEdit *storySearch, QWidget *window);

    // Text as Paste as Plain Text puts it in: no soft hyphens, zero-width or direction
    // marks, no carriage returns; one line for a one-line field.
    static QString plainText(const QString &pasted, bool oneLine);

private:
    QWidget *focusedText() const;
    void updateActions();

    StoryEditor *m_editor;
    QLineEdit *m_search;
    QAction *m_cut;
    QAction *m_copy;
    QAction *m_paste;
    QAction *m_pastePlain;
    QAction *m_selectAll;
    QAction *m_replace;
};

} // namespace Newsroom
