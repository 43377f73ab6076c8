// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QKeySequence>
#include <QObject>

class QAction;
class QWidget;

namespace Newsroom {

// Shortcuts by the place of the key, whatever letter the keyboard layout puts there.
//
// Ctrl+S is the key marked S, and on a Russian or Kazakh keyboard that key writes «ы».
// Qt finds the Latin letter of the key in another layout of the keymap (the usual
// "ru,us" setup), but a keyboard set up with the national layout alone has none: Qt then
// delivers Ctrl+Ы, nothing answers it, and Save, New, Copy and Paste are dead. This filter,
// installed on the application, takes such a key press that nothing took, finds the key
// it was (ЙЦУКЕН and the Kazakh letters of the digit row) and acts as that key would: the
// window's action with that shortcut, else the same press with the Latin key for the
// focused field's own keys (Ctrl+A, Ctrl+C, Ctrl+V, Ctrl+Z).
class LayoutShortcuts : public QObject
{
    Q_OBJECT

public:
    explicit LayoutShortcuts(QObject *parent = nullptr);

    // The Qt key at the place of `key` (a Qt key code: an upper-case Cyrillic letter) on
    // the Russian and Kazakh layouts, or 0 when `key` is not a letter of theirs.
    static int latinKey(int key);

    // The enabled action that `sequence` would trigger with `focus` focused, as Qt's own
    // shortcut contexts decide it, or null.
    static QAction *actionFor(const QKeySequence &sequence, QWidget *focus);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
};

} // namespace Newsroom
