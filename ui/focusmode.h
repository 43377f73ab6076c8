// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QWidget;

namespace Newsroom {

class PanelFitter;

// Focus mode: the story alone on the whole screen, its lines a comfortable width in the
// middle; everything else (menus, bars, lists, panels) is put away and comes back as it
// was when the mode is left (F11 again, or Esc).
class FocusMode : public QObject
{
    Q_OBJECT

public:
    // `story` stays; every other child of the window is put away. `fitter` rests meanwhile.
    FocusMode(QMainWindow *window, QWidget *story, PanelFitter *fitter);

    QAction *action() const { return m_action; }
    bool isOn() const { return m_on; }
    void setOn(bool on);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void centre();

    QMainWindow *m_window;
    QWidget *m_story;
    PanelFitter *m_fitter;
    QAction *m_action;
    QAction *m_leave;
    bool m_on = false;
    bool m_wasFullScreen = false;
    QList<QPointer<QWidget>> m_putAway;
};

} // namespace Newsroom
