// SPDX-License-Identifier: GPL-3.0-or-later
#include "layoutshortcuts.h"

#include <QAction>
#include <QApplication>
#include <QKeyEvent>
#include <QMenu>
#include <QWidget>

namespace Newsroom {

namespace {

// The letters of the Russian (ЙЦУКЕН) and Kazakh layouts and the Latin key each sits on.
// The two layouts share the letter keys; Kazakh adds its own letters on the digit row.
struct Place {
    char16_t letter; // upper case: Qt reports a letter key by its upper-case code point
    Qt::Key key;
};

constexpr Place places[] = {
    {u'Й', Qt::Key_Q}, {u'Ц', Qt::Key_W}, {u'У', Qt::Key_E}, {u'К', Qt::Key_R}, {u'Е', Qt::Key_T},
    {u'Н', Qt::Key_Y}, {u'Г', Qt::Key_U}, {u'Ш', Qt::Key_I}, {u'Щ', Qt::Key_O}, {u'З', Qt::Key_P},
    {u'Х', Qt::Key_BracketLeft}, {u'Ъ', Qt::Key_BracketRight},
    {u'Ф', Qt::Key_A}, {u'Ы', Qt::Key_S}, {u'В', Qt::Key_D}, {u'А', Qt::Key_F}, {u'П', Qt::Key_G},
    {u'Р', Qt::Key_H}, {u'О', Qt::Key_J}, {u'Л', Qt::Key_K}, {u'Д', Qt::Key_L}, {u'Ж', Qt::Key_Semicolon},
    {u'Э', Qt::Key_Apostrophe},
    {u'Я', Qt::Key_Z}, {u'Ч', Qt::Key_X}, {u'С', Qt::Key_C}, {u'М', Qt::Key_V}, {u'И', Qt::Key_B},
    {u'Т', Qt::Key_N}, {u'Ь', Qt::Key_M}, {u'Б', Qt::Key_Comma}, {u'Ю', Qt::Key_Period},
    {u'Ё', Qt::Key_QuoteLeft},
    // Kazakh, on the digit row
    {u'Ә', Qt::Key_2}, {u'І', Qt::Key_3}, {u'Ң', Qt::Key_4}, {u'Ғ', Qt::Key_5}, {u'Ү', Qt::Key_8},
    {u'Ұ', Qt::Key_9}, {u'Қ', Qt::Key_0}, {u'Ө', Qt::Key_Minus}, {u'Һ', Qt::Key_Equal},
};

// How closely a shortcut context ties an action to the focused widget: the closer one
// wins when two actions share a shortcut.
int closeness(Qt::ShortcutContext context)
{
    switch (context) {
    case Qt::WidgetShortcut:
        return 3;
    case Qt::WidgetWithChildrenShortcut:
        return 2;
    case Qt::WindowShortcut:
        return 1;
    case Qt::ApplicationShortcut:
        return 0;
    }
    return 0;
}

// Whether `action`, added to `holder`, answers its shortcut with `focus` focused.
bool inContext(const QAction *action, const QWidget *holder, const QWidget *focus)
{
    switch (action->shortcutContext()) {
    case Qt::WidgetShortcut:
        return holder == focus;
    case Qt::WidgetWithChildrenShortcut:
        return holder == focus || holder->isAncestorOf(focus);
    case Qt::WindowShortcut:
        // A menu's actions belong to the window of its menu bar; a hidden widget's to nobody.
        return holder->window() == focus->window() && (holder->isVisible() || qobject_cast<const QMenu *>(holder));
    case Qt::ApplicationShortcut:
        return true;
    }
    return false;
}

} // namespace

LayoutShortcuts::LayoutShortcuts(QObject *parent)
    : QObject(parent)
{
}

int LayoutShortcuts::latinKey(int key)
{
    for (const Place &place : places) {
        if (place.letter == key)
            return place.key;
    }
    return 0;
}

QAction *LayoutShortcuts::actionFor(const QKeySequence &sequence, QWidget *focus)
{
    if (!focus)
        return nullptr;
    QAction *found = nullptr;
    int foundCloseness = -1;
    const auto consider = [&](QWidget *holder) {
        for (QAction *action : holder->actions()) {
            if (!action->isEnabled() || !action->shortcuts().contains(sequence) || !inContext(action, holder, focus))
                continue;
            const int close = closeness(action->shortcutContext());
            if (close > foundCloseness) {
                found = action;
                foundCloseness = close;
            }
        }
    };
    QWidget *window = focus->window();
    consider(window);
    for (QWidget *widget : window->findChildren<QWidget *>())
        consider(widget);
    if (!found) { // application-wide shortcuts of the other windows
        for (QWidget *other : QApplication::topLevelWidgets()) {
            if (other == window)
                continue;
            for (QAction *action : other->actions()) {
                if (action->isEnabled() && action->shortcutContext() == Qt::ApplicationShortcut
                    && action->shortcuts().contains(sequence))
                    return action;
            }
        }
    }
    return found;
}

bool LayoutShortcuts::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !watched->isWidgetType())
        return false;
    auto *press = static_cast<QKeyEvent *>(event);
    const Qt::KeyboardModifiers modifiers = press->modifiers() & ~Qt::KeypadModifier;
    if (!(modifiers & Qt::ControlModifier))
        return false; // without Ctrl the key writes its letter, and Alt+letter is the menus' own
    const int key = latinKey(press->key());
    if (!key)
        return false;
    auto *focus = static_cast<QWidget *>(watched);
    if (QAction *action = actionFor(QKeySequence(QKeyCombination(modifiers, Qt::Key(key))), focus)) {
        action->trigger();
        return true;
    }
    // The field's own keys (select all, copy, paste, undo) answer the Latin key.
    QKeyEvent latin(QEvent::KeyPress, key, modifiers, press->nativeScanCode(), press->nativeVirtualKey(),
                    press->nativeModifiers(), QString(), press->isAutoRepeat(), press->count());
    QCoreApplication::sendEvent(focus, &latin); // goes up to the parents itself when the field declines
    event->accept();
    return true;
}

} // namespace Newsroom
