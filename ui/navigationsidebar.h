// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"

#include <QTreeView>

class QStandardItem;
class QStandardItemModel;

namespace Newsroom {

// The views a reporter or editor switches between: their own stories, the workflow
// states, all stories; the site's sections as a tree; and the searches they saved.
class NavigationSidebar : public QTreeView
{
    Q_OBJECT

public:
    enum class View { MyStories, Drafts, Submitted, Scheduled, Published, AllStories, Calendar, Trash };
    Q_ENUM(View)

    explicit NavigationSidebar(QWidget *parent = nullptr);

    // The story view chosen, or the one last chosen while a section or search is.
    View currentView() const;
    void setCurrentView(View view);
    // The section chosen; 0 when none is.
    qint64 currentCategory() const;
    void setCurrentCategory(qint64 id);
    // The saved search chosen; empty when none is.
    QString currentSavedSearch() const;

    void setCategories(const QList<Category> &categories);
    void setSavedSearches(const QStringList &searches);
    QStringList savedSearches() const;
    // As wide as its names need (within reason): the panes beside it take the rest.
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void currentViewChanged(Newsroom::NavigationSidebar::View view);
    void categoryChosen(qint64 id);
    void savedSearchChosen(const QString &text);
    // The reporter asked to forget a saved search (context menu or Delete).
    void savedSearchRemoved(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QStandardItem *itemFor(View view) const;
    QStandardItem *group(const QString &title);

    QStandardItemModel *m_model;
    QStandardItem *m_stories;
    QStandardItem *m_sections = nullptr;
    QStandardItem *m_searches = nullptr;
    View m_lastView = View::MyStories;
};

} // namespace Newsroom
