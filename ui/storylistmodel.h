// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/newsroomservice.h"
#include "storage/articlerepository.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QPixmap>
#include <QSet>
#include <QTimeZone>

namespace Newsroom {

class NewsroomService;

// The stories of one view (a state, a section, all), fetched a page at a time as the
// list scrolls, so an archive of 100,000 stories opens as fast as one of ten. Pages come
// from the newsroom service's worker: on a server the list fills in when they arrive, and
// the screen never waits for them. Each row's picture is the small one stored for the
// list; one not made yet is made off the screen's thread and shown when it is there.
class StoryListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Headline, Status, Byline, Category, Updated, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };
    static constexpr int ThumbnailHeight = 32;

    explicit StoryListModel(NewsroomService &newsroom, QObject *parent = nullptr);

    // Shows the stories matching `query` (its limit is the page size); loaded() says when.
    void setQuery(const ArticleQuery &query);
    // Shows the best matches of a full-text search within `filter`, best first; loaded() says when.
    void setSearch(const QString &text, const ArticleFilter &filter);
    // Whether a page asked for has not arrived yet.
    bool isLoading() const { return m_loading; }
    bool isSearch() const { return !m_searchText.isEmpty(); }
    qint64 total() const { return m_total; }
    // Who is editing which story now (by id), shown beside its status.
    void setEditors(const QHash<qint64, QString> &editors);
    // The story open in the editor, shown in bold wherever the selection is (0: none).
    void setOpenStory(qint64 id);
    qint64 openStory() const { return m_openStory; }
    // The story listed in `row`, as read.
    const ArticleSummary &summaryAt(int row) const { return m_items.at(row); }
    QString lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    // By headline or by update time, in the store; other columns keep the order there is.
    void sort(int column, Qt::SortOrder order) override;
    void fetchMore(const QModelIndex &parent) override;

Q_SIGNALS:
    // The rows asked for by setQuery() or setSearch() are in (or lastError() says why not).
    void loaded();
    // A view asked for more while a page was just fetched and had to wait: it may be at
    // its bottom with nothing left to make it ask again.
    void fetchDeferred();

private:
    void show(const Expected<StoryListPage> &page, bool search);
    QVariant thumbnail(const ArticleSummary &story) const;
    void makeMissingThumbnails();

    NewsroomService &m_newsroom;
    ArticleQuery m_query;
    QList<ArticleSummary> m_items;
    QList<QString> m_snippets; // search hits only
    QString m_searchText;
    mutable QCache<qint64, QPixmap> m_thumbnails{400}; // by photo id
    mutable QList<qint64> m_thumbnailsWanted;           // photos whose list picture is to be made
    QSet<qint64> m_thumbnailsAsked;
    qint64 m_total = 0;
    QString m_error;
    QTimeZone m_zone;
    QHash<qint64, QString> m_sectionPaths;
    int m_generation = 0; // which request the rows that arrive answer
    bool m_loading = false;
    bool m_fetching = false;
    QHash<qint64, QString> m_editors;
    qint64 m_openStory = 0;
    bool m_pageJustFetched = false;
    mutable bool m_askedWhileBusy = false;
};


} // namespace Newsroom
