// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QSplitter;
class QWidget;

namespace Newsroom {

// Keeps the window within the screen it has: when the panels shown need more width than
// the window has, the least needed give way (hidden, their View action unticked) rather
// than the window growing past a laptop's screen; when room comes back, so do they. A
// panel the person has just asked for never gives way to make room for itself.
class PanelFitter : public QObject
{
    Q_OBJECT

public:
    // `splitter` is the window's central row of panes; dock widgets are counted apart.
    PanelFitter(QMainWindow *window, QSplitter *splitter);

    // A panel: the widgets `toggle` shows and hides. Added in the order they give way,
    // the first first; `onlyBeside` (if set) must be visible for this panel to give way
    // (the story list gives way only to an open story).
    void addPanel(QAction *toggle, const QList<QWidget *> &widgets, QWidget *onlyBeside = nullptr);
    // While suspended (focus mode), nothing is shown or hidden.
    void setSuspended(bool suspended);
    bool gaveWay(const QAction *toggle) const;
    // The width the panels shown need, side by side at their smallest.
    int neededWidth() const;
    // Fits the panels to the window now; `keep` does not give way.
    void fit(const QAction *keep = nullptr);

Q_SIGNALS:
    // Panels gave way or came back: the room left may be shared out again.
    void refitted();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Panel
    {
        QPointer<QAction> toggle;
        QList<QPointer<QWidget>> widgets;
        QPointer<QWidget> onlyBeside;
        QList<QPointer<QWidget>> hidden; // what giving way hid, to show again
    };
    bool shown(const Panel &panel) const;
    // As neededWidth(), with what `also` hid shown again.
    int neededWidth(const Panel *also) const;
    void giveWay(Panel &panel);
    void comeBack(Panel &panel);
    void fitSoon();

    QMainWindow *m_window;
    QSplitter *m_splitter;
    QList<Panel> m_panels;
    bool m_suspended = false;
    bool m_fitting = false;
    bool m_pending = false;
};

} // namespace Newsroom
