// SPDX-License-Identifier: GPL-3.0-or-later
#include "focusmode.h"

#include "panelfitter.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QMenuBar>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// About 75 characters of body text a line: wider is hard to read.
constexpr int StoryWidthInCharacters = 75;

} // namespace

FocusMode::FocusMode(QMainWindow *window, QWidget *story, PanelFitter *fitter)
    : QObject(window)
    , m_window(window)
    , m_story(story)
    , m_fitter(fitter)
    , m_action(new QAction(tr("F&ocus Mode"), this))
    , m_leave(new QAction(this))
{
    m_action->setObjectName(u"actionFocusMode"_s);
    m_action->setCheckable(true);
    m_action->setShortcut(QKeySequence(Qt::Key_F11));
    m_action->setToolTip(tr("The story alone on the screen (F11 or Esc to come back)"));
    connect(m_action, &QAction::toggled, this, &FocusMode::setOn);
    // Esc leaves too, but only while in focus mode: elsewhere it closes popups and dialogs.
    m_leave->setShortcut(QKeySequence(Qt::Key_Escape));
    m_leave->setShortcutContext(Qt::WindowShortcut);
    m_leave->setEnabled(false);
    connect(m_leave, &QAction::triggered, this, [this] { setOn(false); });
    window->addAction(m_action);
    window->addAction(m_leave);
}

void FocusMode::setOn(bool on)
{
    if (on == m_on)
        return;
    m_on = on;
    if (m_action->isChecked() != on)
        m_action->setChecked(on);
    m_leave->setEnabled(on);
    if (on) {
        m_fitter->setSuspended(true);
        QList<QWidget *> others{m_window->menuBar(), m_window->statusBar()};
        for (QToolBar *bar : m_window->findChildren<QToolBar *>(Qt::FindDirectChildrenOnly))
            others.append(bar);
        for (QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly))
            others.append(dock);
        if (auto *row = qobject_cast<QSplitter *>(m_story->parentWidget())) {
            for (int i = 0; i < row->count(); ++i) {
                if (row->widget(i) != m_story)
                    others.append(row->widget(i));
            }
        }
        m_putAway.clear();
        for (QWidget *widget : std::as_const(others)) {
            if (widget && !widget->isHidden()) {
                m_putAway.append(widget);
                widget->hide();
            }
        }
        m_wasFullScreen = m_window->isFullScreen();
        m_window->showFullScreen();
        m_story->installEventFilter(this);
        centre();
    } else {
        m_story->removeEventFilter(this);
        m_story->setContentsMargins(0, 0, 0, 0);
        if (!m_wasFullScreen)
            m_window->showNormal();
        for (const QPointer<QWidget> &widget : std::as_const(m_putAway)) {
            if (widget)
                widget->show();
        }
        m_putAway.clear();
        m_fitter->setSuspended(false);
    }
}

void FocusMode::centre()
{
    const int column = m_story->fontMetrics().averageCharWidth() * StoryWidthInCharacters + 160; // with its labels
    const int side = std::max(0, (m_story->width() - column) / 2);
    m_story->setContentsMargins(side, 0, side, 0);
}

bool FocusMode::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_story && event->type() == QEvent::Resize && m_on)
        centre();
    return QObject::eventFilter(watched, event);
}

} // namespace Newsroom
