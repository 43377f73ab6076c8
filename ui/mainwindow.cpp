// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "emptystatewidget.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

const auto GeometryKey = "MainWindow/geometry"_L1;
const auto StateKey = "MainWindow/state"_L1;
const auto SplitterKey = "MainWindow/splitter"_L1;
const auto ViewKey = "MainWindow/view"_L1;

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new NavigationSidebar(m_splitter))
    , m_emptyState(new EmptyStateWidget(m_splitter))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsroom"));
    resize(1200, 760);

    m_splitter->setObjectName(u"mainSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({220, 980});
    m_sidebar->setMinimumWidth(160);
    setCentralWidget(m_splitter);

    createActions();
    statusBar()->showMessage(tr("No newsroom database is open"));

    connect(m_sidebar, &NavigationSidebar::currentViewChanged, this, &MainWindow::showView);
    readSettings();
    showView(m_sidebar->currentView());
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *showSidebar = viewMenu->addAction(tr("Show &Sidebar"));
    showSidebar->setObjectName(u"actionShowSidebar"_s);
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showSidebar->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(u"actionFullScreen"_s);
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Newsroom"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::showView(NavigationSidebar::View view)
{
    using View = NavigationSidebar::View;
    switch (view) {
    case View::MyStories:
        m_emptyState->setMessage(tr("No stories of yours yet"),
                                 tr("Stories you write or share a byline on appear here, newest first."));
        break;
    case View::Drafts:
        m_emptyState->setMessage(tr("No drafts"), tr("Stories being written, not yet sent for review."));
        break;
    case View::Submitted:
        m_emptyState->setMessage(tr("Nothing waiting for review"),
                                 tr("Stories reporters have submitted appear here until an editor acts on them."));
        break;
    case View::Scheduled:
        m_emptyState->setMessage(tr("Nothing scheduled"),
                                 tr("Approved stories with a publication time, in the newsroom's time zone."));
        break;
    case View::Published:
        m_emptyState->setMessage(tr("Nothing published yet"), tr("Stories readers can see on the site."));
        break;
    case View::AllStories:
        m_emptyState->setMessage(tr("No stories yet"), tr("Every story of the newsroom, in every state."));
        break;
    }
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Newsroom"),
                       tr("<h3>Newsroom %1</h3><p>A desktop newsroom editor: write, review, schedule "
                          "and publish stories, and export the site as static HTML.</p>")
                           .arg(QLatin1StringView(applicationVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    const QVariant view = settings.value(ViewKey);
    if (view.isValid())
        m_sidebar->setCurrentView(static_cast<NavigationSidebar::View>(view.toInt()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ViewKey, static_cast<int>(m_sidebar->currentView()));
}

} // namespace Newsroom
