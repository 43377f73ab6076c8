// SPDX-License-Identifier: GPL-3.0-or-later
#include "panelfitter.h"

#include <QAction>
#include <QDockWidget>
#include <QEvent>
#include <QMainWindow>
#include <QSignalBlocker>
#include <QSplitter>
#include <QStyle>
#include <QTimer>

#include <algorithm>

namespace Newsroom {

PanelFitter::PanelFitter(QMainWindow *window, QSplitter *splitter)
    : QObject(window)
    , m_window(window)
    , m_splitter(splitter)
{
    window->installEventFilter(this);
    splitter->installEventFilter(this);
}

void PanelFitter::addPanel(QAction *toggle, const QList<QWidget *> &widgets, QWidget *onlyBeside)
{
    Panel panel;
    panel.toggle = toggle;
    for (QWidget *widget : widgets)
        panel.widgets.append(widget);
    panel.onlyBeside = onlyBeside;
    m_panels.append(panel);
    // Asked for by the person: it stays, and the others make room for it.
    connect(toggle, &QAction::triggered, this, [this, toggle](bool checked) {
        for (Panel &p : m_panels) {
            if (p.toggle == toggle)
                p.hidden.clear(); // the person's choice now, not a giving way
        }
        if (checked)
            fit(toggle);
    });
}

void PanelFitter::setSuspended(bool suspended)
{
    m_suspended = suspended;
    if (!suspended)
        fitSoon();
}

bool PanelFitter::gaveWay(const QAction *toggle) const
{
    return std::any_of(m_panels.cbegin(), m_panels.cend(),
                       [toggle](const Panel &p) { return p.toggle == toggle && !p.hidden.isEmpty(); });
}

int PanelFitter::neededWidth() const
{
    return neededWidth(nullptr);
}

int PanelFitter::neededWidth(const Panel *also) const
{
    const auto counts = [also](const QWidget *widget) {
        return !widget->isHidden()
            || (also && std::any_of(also->hidden.cbegin(), also->hidden.cend(),
                                    [widget](const QPointer<QWidget> &w) { return w == widget; }));
    };
    const auto smallest = [](const QWidget *widget) {
        return widget->minimumWidth() > 0 ? widget->minimumWidth() : widget->minimumSizeHint().width();
    };
    int width = 0;
    int panes = 0;
    for (int i = 0; i < m_splitter->count(); ++i) {
        if (const QWidget *pane = m_splitter->widget(i); counts(pane)) {
            width += smallest(pane);
            ++panes;
        }
    }
    width += std::max(0, panes - 1) * m_splitter->handleWidth();
    int docks = 0;
    for (const QDockWidget *dock : m_window->findChildren<QDockWidget *>(Qt::FindDirectChildrenOnly)) {
        if (counts(dock) && !dock->isFloating())
            docks = std::max(docks, smallest(dock));
    }
    if (docks > 0)
        docks += m_window->style()->pixelMetric(QStyle::PM_DockWidgetSeparatorExtent, nullptr, m_window);
    const QMargins margins = m_window->contentsMargins();
    return width + docks + margins.left() + margins.right();
}

bool PanelFitter::shown(const Panel &panel) const
{
    return std::any_of(panel.widgets.cbegin(), panel.widgets.cend(), [](const QPointer<QWidget> &w) { return w && !w->isHidden(); });
}

void PanelFitter::giveWay(Panel &panel)
{
    for (const QPointer<QWidget> &widget : std::as_const(panel.widgets)) {
        if (widget && !widget->isHidden()) {
            panel.hidden.append(widget);
            widget->hide();
        }
    }
    if (panel.toggle && panel.toggle->isChecked()) {
        const QSignalBlocker quiet(panel.toggle); // unticked, without it hiding anything more
        panel.toggle->setChecked(false);
    }
}

void PanelFitter::comeBack(Panel &panel)
{
    for (const QPointer<QWidget> &widget : std::as_const(panel.hidden)) {
        if (widget)
            widget->show();
    }
    panel.hidden.clear();
    if (panel.toggle && !panel.toggle->isChecked()) {
        const QSignalBlocker quiet(panel.toggle);
        panel.toggle->setChecked(true);
    }
}

void PanelFitter::fit(const QAction *keep)
{
    if (m_suspended || m_fitting || !m_window->isVisible())
        return;
    m_fitting = true;
    bool changed = false;
    const int available = m_window->width();
    // Those that gave way come back while they fit, the most needed first.
    for (auto it = m_panels.rbegin(); it != m_panels.rend(); ++it) {
        if (!it->hidden.isEmpty() && neededWidth(&*it) <= available) {
            comeBack(*it);
            changed = true;
        }
    }
    // Then, while the panels shown are too wide, the least needed give way.
    for (Panel &panel : m_panels) {
        if (neededWidth() <= available)
            break;
        if (panel.toggle == keep || !shown(panel) || (panel.onlyBeside && panel.onlyBeside->isHidden()))
            continue;
        giveWay(panel);
        changed = true;
    }
    m_fitting = false;
    if (changed)
        Q_EMIT refitted();
}

void PanelFitter::fitSoon()
{
    if (m_pending)
        return;
    m_pending = true;
    QTimer::singleShot(0, this, [this] {
        m_pending = false;
        fit();
    });
}

bool PanelFitter::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_fitting
        && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest || event->type() == QEvent::Show
            || (watched == m_splitter && (event->type() == QEvent::ChildAdded || event->type() == QEvent::ChildRemoved))))
        fitSoon();
    return QObject::eventFilter(watched, event);
}

} // namespace Newsroom
