// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigationsidebar.h"

#include <QMainWindow>

class QSplitter;

namespace Newsroom {

class EmptyStateWidget;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationSidebar *sidebar() const { return m_sidebar; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showView(NavigationSidebar::View view);
    void showAbout();
    void readSettings();
    void writeSettings() const;

    QSplitter *m_splitter;
    NavigationSidebar *m_sidebar;
    EmptyStateWidget *m_emptyState;
};

} // namespace Newsroom
