// SPDX-License-Identifier: GPL-3.0-or-later
#include "storybrowser.h"

#include "calendarview.h"
#include "domain/permissions.h"
#include "emptystatewidget.h"
#include "navigationsidebar.h"
#include "session/desksettings.h"
#include "session/newsroomservice.h"
#include "storage/changefeed.h"
#include "storylistmodel.h"
#include "text/interfacelanguage.h"
#include "workflow/trash.h"

#include <QAbstractItemDelegate>
#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QStyleOptionViewItem>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Newsroom {

StoryBrowser::StoryBrowser(NewsroomService *newsroom, NavigationSidebar *sidebar, QWidget *parent)
    : QStackedWidget(parent)
    , m_newsroom(newsroom)
    , m_sidebar(sidebar)
    , m_emptyState(new EmptyStateWidget(this))
    , m_list(new QTreeView(this))
    , m_search(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_searchDelay(new QTimer(this))
    , m_trash(new QAction(tr("Move to &Trash"), this))
    , m_restore(new QAction(tr("&Restore from Trash"), this))
    , m_emptyTrash(new QAction(tr("&Purge Trash Older Than %n Day(s)…", nullptr, Trash::KeptDays), this))
    , m_saveSearch(new QAction(tr("Save Search"), this))
{
    addWidget(m_emptyState);
    addWidget(m_list);
    setUpList();
    setUpTrashActions();

    m_search->setObjectName(u"searchBox"_s);
    m_search->setAccessibleName(tr("Search stories"));
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Search stories (%1)").arg(QKeySequence(QKeySequence::Find).toString(QKeySequence::NativeText)));
    m_search->setMaximumWidth(360);
    m_search->setEnabled(m_newsroom != nullptr);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(300); // a pause in typing, not every letter
    connect(m_search, &QLineEdit::textEdited, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDelay->stop();
        refresh();
    });
    connect(m_searchDelay, &QTimer::timeout, this, &StoryBrowser::refresh);
    // Each language named in itself, as the interface languages are.
    m_language->setObjectName(u"languageFilter"_s);
    m_language->setAccessibleName(tr("Language of the stories"));
    m_language->setToolTip(tr("List and search the stories in every language, or in one"));
    m_language->addItem(tr("All languages"), QString());
    for (const QString &code : interfaceLanguages())
        m_language->addItem(nativeLanguageName(code), code);
    m_language->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_language->setEnabled(m_newsroom != nullptr);
    connect(m_language, &QComboBox::currentIndexChanged, this, &StoryBrowser::refresh);
    m_saveSearch->setObjectName(u"actionSaveSearch"_s);
    m_saveSearch->setToolTip(tr("Keep this search in the sidebar"));
    m_saveSearch->setEnabled(false);
    connect(m_saveSearch, &QAction::triggered, this, &StoryBrowser::saveCurrentSearch);
    connect(m_search, &QLineEdit::textChanged, m_saveSearch,
            [this](const QString &text) { m_saveSearch->setEnabled(!text.trimmed().isEmpty()); });

    connect(m_sidebar, &NavigationSidebar::currentViewChanged, this, &StoryBrowser::refresh);
    connect(m_sidebar, &NavigationSidebar::categoryChosen, this, &StoryBrowser::refresh);
    connect(m_sidebar, &NavigationSidebar::savedSearchChosen, this, [this](const QString &text) {
        m_search->setText(text);
        refresh();
    });
    connect(m_sidebar, &NavigationSidebar::savedSearchRemoved, this, [this](const QString &text) {
        QStringList searches = m_sidebar->savedSearches();
        searches.removeAll(text);
        setSavedSearches(searches);
    });
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
    if (m_newsroom)
        m_sidebar->setSavedSearches(DeskSettings::instance().savedSearches(m_newsroom->url()));
}

void StoryBrowser::setUpTrashActions()
{
    m_trash->setObjectName(u"actionMoveToTrash"_s);
    m_trash->setShortcut(QKeySequence::Delete);
    m_trash->setShortcutContext(Qt::WidgetShortcut); // the list's Delete key, never the editor's
    m_trash->setToolTip(tr("Move the selected stories to the trash: out of every list and off the site's way, "
                           "kept %n day(s), restorable",
                           nullptr, Trash::KeptDays));
    m_restore->setObjectName(u"actionRestoreFromTrash"_s);
    m_emptyTrash->setObjectName(u"actionEmptyTrash"_s);
    m_emptyTrash->setToolTip(tr("Delete for good, with their history, the stories trashed more than %n day(s) ago",
                                nullptr, Trash::KeptDays));
    m_list->addAction(m_trash);
    m_list->addAction(m_restore);
    m_list->addAction(m_emptyTrash);
    m_list->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_trash, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedStories(); !ids.isEmpty())
            Q_EMIT trashRequested(ids, false);
    });
    connect(m_restore, &QAction::triggered, this, [this] {
        if (const QList<qint64> ids = selectedStories(); !ids.isEmpty())
            Q_EMIT trashRequested(ids, true);
    });
    connect(m_emptyTrash, &QAction::triggered, this, &StoryBrowser::emptyTrash);
    connect(m_sidebar, &NavigationSidebar::currentViewChanged, this, &StoryBrowser::updateTrashActions);
    connect(m_sidebar, &NavigationSidebar::categoryChosen, this, &StoryBrowser::updateTrashActions);
    if (QItemSelectionModel *selection = m_list->selectionModel())
        connect(selection, &QItemSelectionModel::selectionChanged, this, &StoryBrowser::updateTrashActions);
    updateTrashActions();
}

void StoryBrowser::setOpenStory(qint64 id)
{
    if (!m_stories)
        return;
    m_stories->setOpenStory(id);
    for (int row = 0; id != 0 && row < m_stories->rowCount(); ++row) {
        const QModelIndex index = m_stories->index(row, 0);
        if (index.data(StoryListModel::IdRole).toLongLong() == id) {
            m_list->selectionModel()->setCurrentIndex(index,
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_list->scrollTo(index);
            return;
        }
    }
}

QList<qint64> StoryBrowser::selectedStories() const
{
    QList<qint64> ids;
    if (!m_stories)
        return ids;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        ids.append(index.data(StoryListModel::IdRole).toLongLong());
    if (ids.isEmpty() && m_list->currentIndex().isValid())
        ids.append(m_list->currentIndex().data(StoryListModel::IdRole).toLongLong());
    return ids;
}

bool StoryBrowser::showsTrash() const
{
    return m_sidebar->currentView() == NavigationSidebar::View::Trash && m_sidebar->currentCategory() == 0
        && m_sidebar->currentSavedSearch().isEmpty();
}

void StoryBrowser::updateTrashActions()
{
    const bool inTrash = showsTrash();
    const bool chosen = m_stories && !selectedStories().isEmpty();
    m_trash->setVisible(!inTrash);
    m_trash->setEnabled(chosen);
    m_restore->setVisible(inTrash);
    m_restore->setEnabled(chosen);
    const bool mayPurge
        = m_newsroom && m_newsroom->actor() && roleMay(m_newsroom->actor()->role, Capability::PurgeTrash);
    // Offered only when something listed has lain there long enough.
    bool old = false;
    const QDateTime due = QDateTime::currentDateTimeUtc().addDays(-Trash::KeptDays);
    for (int row = 0; inTrash && m_stories && row < m_stories->rowCount(); ++row)
        old = old || m_stories->summaryAt(row).trashedAt < due;
    m_emptyTrash->setVisible(inTrash);
    m_emptyTrash->setEnabled(mayPurge && old);
    m_emptyTrash->setStatusTip(!mayPurge ? tr("Only admins empty the trash")
                                   : !old
                                   ? tr("Nothing has lain in the trash for %n day(s) yet.", nullptr, Trash::KeptDays)
                                   : QString());
}

void StoryBrowser::emptyTrash()
{
    if (!m_newsroom)
        return;
    const QMessageBox::StandardButton answer = QMessageBox::question(
        this, tr("Empty the Trash"),
        tr("Delete for good the stories that were moved to the trash more than %n day(s) ago? Their text, revisions "
           "and history go with them; this cannot be undone. Stories trashed since stay.",
           nullptr, Trash::KeptDays),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    m_newsroom->purgeTrash(this, [this](const Expected<QStringList> &gone) {
        if (!gone) {
            QMessageBox::warning(this, tr("The Trash Was Not Emptied"), gone.error().message);
            return;
        }
        Q_EMIT message(gone->isEmpty()
                           ? tr("Nothing has lain in the trash for %n day(s) yet.", nullptr, Trash::KeptDays)
                           : tr("Deleted %n story(s) for good.", nullptr, int(gone->size())),
                       8000);
        refresh();
    });
}

void StoryBrowser::follow(ChangeFeed *feed)
{
    auto *refreshSoon = new QTimer(this);
    refreshSoon->setSingleShot(true);
    refreshSoon->setInterval(150);
    connect(refreshSoon, &QTimer::timeout, this, &StoryBrowser::refreshInPlace);
    connect(feed, &ChangeFeed::articleChanged, refreshSoon, qOverload<>(&QTimer::start));
    connect(feed, &ChangeFeed::resynced, refreshSoon, qOverload<>(&QTimer::start));
    connect(feed, &ChangeFeed::lockChanged, this, &StoryBrowser::showEditors);
}

void StoryBrowser::setUpList()
{
    m_list->setObjectName(u"storyList"_s);
    m_list->setAccessibleName(tr("Stories"));
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setAlternatingRowColors(true);
    m_list->setIconSize(QSize(StoryListModel::ThumbnailHeight * 3 / 2, StoryListModel::ThumbnailHeight));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    if (!m_newsroom)
        return;
    m_stories = new StoryListModel(*m_newsroom, this);
    connect(m_stories, &StoryListModel::loaded, this, &StoryBrowser::storiesLoaded);
    m_list->setModel(m_stories);
    QHeaderView *header = m_list->header();
    header->setStretchLastSection(false);
    header->setSectionsMovable(false); // dragging a border resizes, it never moves a column
    header->setSectionResizeMode(StoryListModel::Headline, QHeaderView::Stretch);
    for (int column = StoryListModel::Status; column < StoryListModel::ColumnCount; ++column)
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_list->installEventFilter(this);
    connect(m_stories, &StoryListModel::fetchDeferred, this, [this] {
        // Fetch on only while the list's last row is in sight.
        const QModelIndex bottom = m_list->indexAt(QPoint(1, m_list->viewport()->height() - 1));
        if ((!bottom.isValid() || bottom.row() >= m_stories->rowCount() - 2) && m_stories->canFetchMore({}))
            m_stories->fetchMore({});
    });
    // Sortable by headline and by update time, in the store, so 100k stories sort as fast as ten.
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setSortIndicator(StoryListModel::Updated, Qt::DescendingOrder);
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (column != StoryListModel::Headline && column != StoryListModel::Updated) {
            const QSignalBlocker quiet(header);
            header->setSortIndicator(m_sortColumn, m_sortOrder);
            return;
        }
        m_sortColumn = column;
        m_sortOrder = header->sortIndicatorOrder();
        refresh();
    });
    m_calendar = new CalendarView(m_newsroom, this);
    addWidget(m_calendar);
    connect(m_calendar, &CalendarView::storyActivated, this, &StoryBrowser::storyActivated);
    connect(m_list, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { Q_EMIT storyActivated(index.data(StoryListModel::IdRole).toLongLong()); });
}

ArticleFilter StoryBrowser::currentFilter() const
{
    using View = NavigationSidebar::View;
    ArticleFilter filter;
    filter.language = m_language->currentData().toString(); // in every view and search
    if (const qint64 category = m_sidebar->currentCategory()) {
        filter.categoryId = category;
        return filter;
    }
    if (!m_sidebar->currentSavedSearch().isEmpty())
        return filter; // a saved search looks through everything
    if (m_sidebar->currentView() == View::Trash) {
        filter.trash = ArticleFilter::Trash::Trashed;
        return filter;
    }
    // My stories: those the person here started or shares a byline on. Where nobody is
    // named (a local file whose owner has not said who they are), all of them.
    if (m_sidebar->currentView() == View::MyStories && m_newsroom && m_newsroom->actor())
        filter.ownedBy = m_newsroom->actor()->personId;
    static const QHash<View, ArticleStatus> states = {
        {View::Drafts, ArticleStatus::Draft},         {View::Submitted, ArticleStatus::Submitted},
        {View::Scheduled, ArticleStatus::Scheduled}, {View::Published, ArticleStatus::Published},
    };
    if (states.contains(m_sidebar->currentView()))
        filter.status = states.value(m_sidebar->currentView());
    return filter;
}

void StoryBrowser::refresh()
{
    const QString text = m_search->text().trimmed();
    if (m_calendar && text.isEmpty() && m_sidebar->currentView() == NavigationSidebar::View::Calendar
        && m_sidebar->currentCategory() == 0 && m_sidebar->currentSavedSearch().isEmpty()) {
        m_calendar->setTimeZone(m_newsroom->timeZone());
        m_calendar->refresh();
        setCurrentWidget(m_calendar);
        return;
    }
    if (m_stories) {
        if (!text.isEmpty()) {
            m_stories->setSearch(text, currentFilter());
        } else {
            ArticleQuery query;
            query.limit = 200;
            query.filter = currentFilter();
            if (m_sortColumn == StoryListModel::Headline) {
                query.sort = ArticleQuery::Sort::Headline;
                query.reversed = m_sortOrder == Qt::DescendingOrder;
            } else {
                if (query.filter.status == ArticleStatus::Published)
                    query.sort = ArticleQuery::Sort::PublishedNewest;
                query.reversed = m_sortOrder == Qt::AscendingOrder;
            }
            m_stories->setQuery(query);
        }
        return; // storiesLoaded() goes on once they are in
    }
    showNoStories(text);
}

QSize StoryBrowser::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize StoryBrowser::minimumSizeHint() const
{
    const QWidget *page = currentWidget();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize()) : QStackedWidget::minimumSizeHint();
}

bool StoryBrowser::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::Resize)
        QTimer::singleShot(0, this, &StoryBrowser::fitColumns);
    return QStackedWidget::eventFilter(watched, event);
}

int StoryBrowser::columnWidth(int column) const
{
    // As ResizeToContents measures it, for a column hidden as well as shown.
    QStyleOptionViewItem option;
    option.initFrom(m_list);
    option.font = m_list->font();
    option.features |= QStyleOptionViewItem::HasDisplay;
    int width = m_list->header()->sectionSizeHint(column);
    const int rows = std::min(m_stories->rowCount(), 200);
    for (int row = 0; row < rows; ++row)
        width = std::max(width, m_list->itemDelegate()->sizeHint(option, m_stories->index(row, column)).width());
    return width;
}

void StoryBrowser::fitColumns()
{
    if (!m_stories)
        return;
    // The headline keeps most of the room; the other columns show while they fit beside it,
    // the state first and the section last.
    QHeaderView *header = m_list->header();
    const int width = m_list->viewport()->width();
    const int headline = std::max(260, width / 3);
    int used = 0;
    for (const int column : {StoryListModel::Status, StoryListModel::Byline, StoryListModel::Updated, StoryListModel::Category}) {
        const int wanted = columnWidth(column);
        const bool fits = used + wanted + headline <= width;
        header->setSectionHidden(column, !fits);
        if (fits)
            used += wanted;
    }
}

void StoryBrowser::storiesLoaded()
{
    const bool announce = std::exchange(m_announce, true);
    const std::optional<Place> place = std::exchange(m_keepPlace, std::nullopt);
    const QString text = m_search->text().trimmed();
    if (!m_stories->lastError().isEmpty())
        Q_EMIT message(m_stories->lastError());
    showEditors();
    updateTrashActions(); // what is listed decides what may be restored or purged
    if (m_stories->total() == 0) {
        if (announce)
            Q_EMIT message(m_newsroom->url().toDisplayString() + u" — "_s + tr("no stories here"));
        return showNoStories(text);
    }
    setCurrentWidget(m_list);
    fitColumns();
    if (announce)
        Q_EMIT message(text.isEmpty() ? tr("%1 — %n story(s)", nullptr, int(m_stories->total())).arg(m_newsroom->url().toDisplayString())
                                      : tr("%n best matches for “%1”", nullptr, int(m_stories->total())).arg(text));
    if (!place)
        return setOpenStory(m_stories->openStory()); // a list just shown: the open story chosen in it
    for (int row = 0; row < m_stories->rowCount(); ++row) {
        const QModelIndex index = m_stories->index(row, 0);
        const qint64 id = index.data(StoryListModel::IdRole).toLongLong();
        if (id == place->current)
            m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (place->selected.contains(id))
            m_list->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_list->verticalScrollBar()->setValue(place->scroll);
}

void StoryBrowser::showNoStories(const QString &text)
{
    if (!text.isEmpty())
        m_emptyState->setMessage(tr("Nothing matches “%1”").arg(text),
                                 tr("Every form of each word is searched for in headlines, leads, bodies, bylines and "
                                    "captions. Try fewer words, or another section."));
    else
        showEmptyState();
    setCurrentWidget(m_emptyState);
}

void StoryBrowser::refreshInPlace()
{
    if (!m_stories || currentWidget() != m_list)
        return refresh();
    Place place;
    for (const QModelIndex &index : m_list->selectionModel()->selectedRows())
        place.selected.append(index.data(StoryListModel::IdRole).toLongLong());
    place.current = m_list->currentIndex().data(StoryListModel::IdRole).toLongLong();
    place.scroll = m_list->verticalScrollBar()->value();
    m_keepPlace = place;
    m_announce = false; // the count is no news; the status bar keeps what it says
    refresh();
}

void StoryBrowser::showEditors()
{
    if (!m_stories)
        return;
    m_newsroom->colleaguesEditing(m_deskName, this, [this](Expected<QHash<qint64, QString>> editors) {
        if (editors)
            m_stories->setEditors(*editors);
    });
}

void StoryBrowser::saveCurrentSearch()
{
    const QString text = m_search->text().trimmed();
    if (text.isEmpty())
        return;
    QStringList searches = m_sidebar->savedSearches();
    if (!searches.contains(text))
        searches.append(text);
    setSavedSearches(searches);
    Q_EMIT message(tr("Saved the search “%1” in the sidebar.").arg(text), 5000);
}

void StoryBrowser::setSavedSearches(const QStringList &searches)
{
    DeskSettings::instance().setSavedSearches(m_newsroom->url(), searches);
    m_sidebar->setSavedSearches(searches);
}

void StoryBrowser::showEmptyState()
{
    using View = NavigationSidebar::View;
    switch (m_sidebar->currentView()) {
    case View::MyStories:
        m_emptyState->setMessage(tr("No stories of yours yet"),
                                 tr("Stories you write or share a byline on appear here, newest first. "
                                    "Start one with File › New Story (%1).")
                                     .arg(QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText)));
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
    case View::Trash:
        m_emptyState->setMessage(tr("The trash is empty"),
                                 tr("Stories moved to the trash wait here for %n day(s), out of every list and search, "
                                    "and come back as they were with Restore. After that an admin may delete them "
                                    "for good.",
                                    nullptr, Trash::KeptDays));
        break;
    case View::AllStories:
    case View::Calendar: // shown only without a database
        m_emptyState->setMessage(tr("No stories yet"), tr("Every story of the newsroom, in every state."));
        break;
    }
}

} // namespace Newsroom
