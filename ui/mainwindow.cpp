// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "emptystatewidget.h"
#include "storage/database.h"
#include "storylistmodel.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QHeaderView>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

const auto GeometryKey = "MainWindow/geometry"_L1;
const auto StateKey = "MainWindow/state"_L1;
const auto SplitterKey = "MainWindow/splitter"_L1;
const auto ViewKey = "MainWindow/view"_L1;

} // namespace

MainWindow::MainWindow(Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new NavigationSidebar(m_splitter))
    , m_content(new QStackedWidget(m_splitter))
    , m_emptyState(new EmptyStateWidget(m_content))
    , m_storyList(new QTreeView(m_content))
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

    m_storyList->setObjectName(u"storyList"_s);
    m_storyList->setAccessibleName(tr("Stories"));
    m_storyList->setRootIsDecorated(false);
    m_storyList->setUniformRowHeights(true);
    m_storyList->setAlternatingRowColors(true);
    m_storyList->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_content->addWidget(m_emptyState);
    m_content->addWidget(m_storyList);
    if (m_database) {
        m_stories = new StoryListModel(*m_database, this);
        m_storyList->setModel(m_stories);
        QHeaderView *header = m_storyList->header();
        header->setStretchLastSection(false);
        header->setSectionResizeMode(StoryListModel::Headline, QHeaderView::Stretch);
        for (int column = StoryListModel::Status; column < StoryListModel::ColumnCount; ++column)
            header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }

    createActions();
    statusBar()->showMessage(m_database ? m_database->url().toDisplayString() : tr("No newsroom database is open"));

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
    if (m_stories) {
        using View = NavigationSidebar::View;
        ArticleQuery query;
        query.limit = 200;
        // Nobody signs in to a local newsroom: there, "my stories" are all of them.
        static const QHash<View, ArticleStatus> states = {
            {View::Drafts, ArticleStatus::Draft},         {View::Submitted, ArticleStatus::Submitted},
            {View::Scheduled, ArticleStatus::Scheduled}, {View::Published, ArticleStatus::Published},
        };
        if (states.contains(view))
            query.filter.status = states.value(view);
        if (view == View::Published) {
            query.sort = ArticleQuery::Sort::PublishedNewest;
        }
        m_stories->setQuery(query);
        if (!m_stories->lastError().isEmpty())
            statusBar()->showMessage(m_stories->lastError());
        if (m_stories->total() > 0) {
            m_content->setCurrentWidget(m_storyList);
            statusBar()->showMessage(tr("%1 — %2 stories").arg(m_database->url().toDisplayString()).arg(m_stories->total()));
            return;
        }
    }
    showEmptyState(view);
    m_content->setCurrentWidget(m_emptyState);
}

void MainWindow::showEmptyState(NavigationSidebar::View view)
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
