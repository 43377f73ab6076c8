// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlerepository.h"

#include <QStackedWidget>

#include <optional>

class QAction;
class QComboBox;
class QLineEdit;
class QTimer;
class QTreeView;

namespace Newsroom {

class CalendarView;
class ChangeFeed;
class NewsroomService;
class EmptyStateWidget;
class NavigationSidebar;
class StoryListModel;

// What the window lists: the stories of the view, section or saved search the sidebar
// picks, or the search box's best matches, sorted in the store; the calendar; or, when
// there is nothing to list, a word on what would be there. Saved searches are kept per
// newsroom.
class StoryBrowser : public QStackedWidget
{
    Q_OBJECT

public:
    // Without a newsroom only the empty state shows.
    StoryBrowser(NewsroomService *newsroom, NavigationSidebar *sidebar, QWidget *parent = nullptr);

    QTreeView *list() const { return m_list; }
    // As big as the page shown asks for (the calendar's month does not widen the list).
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    CalendarView *calendar() const { return m_calendar; }
    QLineEdit *searchBox() const { return m_search; }
    QAction *saveSearchAction() const { return m_saveSearch; }
    // Every language, or the stories of one (ru, kk, en): for the list and for searches.
    QComboBox *languageFilter() const { return m_language; }
    // On the stories selected: Move to Trash (Delete) outside the trash, Restore in it; and
    // Empty Trash… (admins) for what has lain there long enough.
    QAction *trashAction() const { return m_trash; }
    QAction *restoreAction() const { return m_restore; }
    QAction *emptyTrashAction() const { return m_emptyTrash; }
    // The story open in the editor: shown in bold, and chosen in the list (0: none).
    void setOpenStory(qint64 id);
    // The stories selected in the list (the current one when none is).
    QList<qint64> selectedStories() const;
    // The desk whose own edit locks are not shown as a colleague's.
    void setDeskName(const QString &name) { m_deskName = name; }

    // The list for what the sidebar and the search box ask for now.
    void refresh();
    // The same after a colleague's change: the selection, current row and scroll stay.
    void refreshInPlace();
    // Marks the stories colleagues are editing.
    void showEditors();
    // Shows what colleagues change as it happens (a burst of changes is one refresh).
    void follow(ChangeFeed *feed);

Q_SIGNALS:
    void storyActivated(qint64 id);
    // The person asked to move these stories to the trash, or out of it.
    void trashRequested(const QList<qint64> &ids, bool restore);
    void message(const QString &text, int timeoutMs = 0);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    int columnWidth(int column) const;
    void storiesLoaded();
    void showNoStories(const QString &text);
    void setUpList();
    ArticleFilter currentFilter() const;
    void showEmptyState();
    void saveCurrentSearch();
    void setSavedSearches(const QStringList &searches);
    void setUpTrashActions();
    bool showsTrash() const;
    void updateTrashActions();
    void emptyTrash();

    NewsroomService *m_newsroom;
    NavigationSidebar *m_sidebar;
    EmptyStateWidget *m_emptyState;
    QTreeView *m_list;
    StoryListModel *m_stories = nullptr;
    CalendarView *m_calendar = nullptr;
    QLineEdit *m_search;
    QComboBox *m_language;
    QTimer *m_searchDelay;
    QAction *m_trash;
    QAction *m_restore;
    QAction *m_emptyTrash;
    QAction *m_saveSearch;
    QString m_deskName;
    int m_sortColumn = 4; // StoryListModel::Updated
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    // Where the reader was in the list, kept across a refresh in place.
    struct Place
    {
        QList<qint64> selected;
        qint64 current = 0;
        int scroll = 0;
    };
    std::optional<Place> m_keepPlace;
    bool m_announce = true; // says how many stories there are (not after a colleague's change)
};

} // namespace Newsroom
