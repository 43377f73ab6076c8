// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace Newsroom {

// The views a reporter or editor switches between: their own stories, the workflow
// states, all stories; sections and saved searches join as the newsroom gains them.
class NavigationSidebar : public QTreeView
{
    Q_OBJECT

public:
    enum class View { MyStories, Drafts, Submitted, Scheduled, Published, AllStories };
    Q_ENUM(View)

    explicit NavigationSidebar(QWidget *parent = nullptr);

    View currentView() const;
    void setCurrentView(View view);

Q_SIGNALS:
    void currentViewChanged(Newsroom::NavigationSidebar::View view);

private:
    QStandardItem *itemFor(View view) const;

    QStandardItemModel *m_model;
    QStandardItem *m_stories;
};

} // namespace Newsroom
