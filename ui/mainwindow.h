// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigationsidebar.h"

#include <QMainWindow>

class QSplitter;
class QStackedWidget;
class QTreeView;

namespace Newsroom {

class Database;
class EmptyStateWidget;
class StoryListModel;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a database the window shows its empty state only.
    explicit MainWindow(Database *database = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationSidebar *sidebar() const { return m_sidebar; }
    QTreeView *storyList() const { return m_storyList; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showView(NavigationSidebar::View view);
    void showAbout();
    void readSettings();
    void writeSettings() const;

    void showEmptyState(NavigationSidebar::View view);

    Database *m_database;
    QSplitter *m_splitter;
    NavigationSidebar *m_sidebar;
    QStackedWidget *m_content;
    EmptyStateWidget *m_emptyState;
    QTreeView *m_storyList;
    StoryListModel *m_stories = nullptr;
};

} // namespace Newsroom
