// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "session/newsroomservice.h"

#include <QFont>
#include <QLocale>
#include <QTimer>

#include <utility>

namespace Newsroom {

StoryListModel::StoryListModel(NewsroomService &newsroom, QObject *parent)
    : QAbstractTableModel(parent)
    , m_newsroom(newsroom)
{
    m_zone = m_newsroom.timeZone();
}

void StoryListModel::setSearch(const QString &text, const ArticleFilter &filter)
{
    m_searchText = text;
    m_loading = true;
    m_newsroom.search(text, filter, 200, this, [this, generation = ++m_generation](Expected<StoryListPage> page) {
        if (generation == m_generation)
            show(page, true);
    });
}

void StoryListModel::setQuery(const ArticleQuery &query)
{
    m_searchText.clear();
    m_query = query;
    m_query.offset = 0;
    m_loading = true;
    m_newsroom.list(m_query, this, [this, generation = ++m_generation](Expected<StoryListPage> page) {
        if (generation == m_generation)
            show(page, false);
    });
}

void StoryListModel::show(const Expected<StoryListPage> &page, bool search)
{
    beginResetModel();
    m_loading = false;
    m_fetching = false;
    m_items.clear();
    m_snippets.clear();
    m_total = 0;
    m_error.clear();
    if (page) {
        m_items = page->items;
        m_total = page->total;
        if (search)
            m_snippets = page->snippets;
        m_sectionPaths.insert(page->sectionPaths);
    } else {
        m_error = page.error().message;
    }
    endResetModel();
    Q_EMIT loaded();
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant StoryListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_items.size())
        return {};
    const ArticleSummary &story = m_items.at(index.row());
    if (role == IdRole)
        return story.id;
    if (role == Qt::ToolTipRole && index.column() == Headline) {
        QString tip = story.kicker.isEmpty() ? story.headline : story.kicker + QStringLiteral(": ") + story.headline;
        if (index.row() < m_snippets.size() && !m_snippets.at(index.row()).isEmpty())
            tip += QStringLiteral("\n\n") + m_snippets.at(index.row());
        return tip;
    }
    if (role == Qt::ToolTipRole && index.column() == Status && m_editors.contains(story.id))
        return tr("Editing now: %1").arg(m_editors.value(story.id));
    if (role == Qt::DecorationRole && index.column() == Headline)
        return thumbnail(story);
    if (role == Qt::FontRole && story.id == m_openStory && m_openStory != 0) {
        QFont open;
        open.setBold(true);
        return open;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Headline:
        return story.headline.isEmpty() ? tr("(no headline yet)") : story.headline;
    case Status:
        if (m_editors.contains(story.id))
            return tr("%1 · ✎ %2").arg(statusLabel(story.status), m_editors.value(story.id));
        return statusLabel(story.status);
    case Byline:
        return QLocale().createSeparatedList(story.bylines);
    case Category:
        return m_sectionPaths.value(story.categoryId);
    case Updated:
        return QLocale().toString(story.updatedAt.toTimeZone(m_zone), QStringLiteral("d MMM yyyy, HH:mm"));
    }
    return {};
}

void StoryListModel::setEditors(const QHash<qint64, QString> &editors)
{
    if (editors == m_editors)
        return;
    m_editors = editors;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, Status), index(int(m_items.size()) - 1, Status), {Qt::DisplayRole});
}

void StoryListModel::setOpenStory(qint64 id)
{
    if (id == m_openStory)
        return;
    const qint64 before = std::exchange(m_openStory, id);
    for (qsizetype row = 0; row < m_items.size(); ++row) {
        if (m_items.at(row).id == before || m_items.at(row).id == id)
            Q_EMIT dataChanged(index(int(row), 0), index(int(row), ColumnCount - 1), {Qt::FontRole});
    }
}

QVariant StoryListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Headline:
        return tr("Headline");
    case Status:
        return tr("Status");
    case Byline:
        return tr("Byline");
    case Category:
        return tr("Section");
    case Updated:
        return tr("Updated");
    }
    return {};
}

QVariant StoryListModel::thumbnail(const ArticleSummary &story) const
{
    if (story.leadPhotoId == 0) {
        // Room where a photo would be, so headlines line up.
        static const QPixmap blank = [] {
            QPixmap room(ThumbnailHeight * 3 / 2, ThumbnailHeight);
            room.fill(Qt::transparent);
            return room;
        }();
        return blank;
    }
    if (QPixmap *cached = m_thumbnails.object(story.leadPhotoId))
        return *cached;
    if (story.leadThumbnail.isEmpty()) {
        // Not made at this desk yet: made from the original after this paint, off the screen's thread.
        if (!m_thumbnailsAsked.contains(story.leadPhotoId) && !m_thumbnailsWanted.contains(story.leadPhotoId)) {
            if (m_thumbnailsWanted.isEmpty())
                QTimer::singleShot(0, const_cast<StoryListModel *>(this), &StoryListModel::makeMissingThumbnails);
            m_thumbnailsWanted.append(story.leadPhotoId);
        }
        return {};
    }
    // A few kilobytes of JPEG, 64 pixels high: shown at the icon's size.
    QPixmap pixmap;
    if (pixmap.loadFromData(story.leadThumbnail, "JPEG"))
        pixmap.setDevicePixelRatio(qreal(pixmap.height()) / ThumbnailHeight);
    m_thumbnails.insert(story.leadPhotoId, new QPixmap(pixmap)); // an empty one too: not tried again
    return pixmap.isNull() ? QVariant() : QVariant(pixmap);
}

void StoryListModel::makeMissingThumbnails()
{
    const QList<qint64> wanted = std::exchange(m_thumbnailsWanted, {});
    if (wanted.isEmpty())
        return;
    for (const qint64 id : wanted)
        m_thumbnailsAsked.insert(id); // asked once: one that cannot be made is not asked again
    m_newsroom.makeThumbnails(wanted, this, [this](Expected<QHash<qint64, QByteArray>> made) {
        if (!made)
            return; // the rows keep their room; the next list asks again
        for (int row = 0; row < m_items.size(); ++row) {
            ArticleSummary &story = m_items[row];
            if (const auto found = made->constFind(story.leadPhotoId); found != made->cend()) {
                story.leadThumbnail = *found;
                const QModelIndex cell = index(row, Headline);
                Q_EMIT dataChanged(cell, cell, {Qt::DecorationRole});
            }
        }
    });
}

void StoryListModel::sort(int column, Qt::SortOrder order)
{
    if (isSearch() || (column != Headline && column != Updated))
        return;
    ArticleQuery query = m_query;
    query.sort = column == Headline ? ArticleQuery::Sort::Headline : ArticleQuery::Sort::UpdatedNewest;
    // Headlines read A to Я ascending; times newest first descending.
    query.reversed = column == Headline ? order == Qt::DescendingOrder : order == Qt::AscendingOrder;
    setQuery(query);
}

bool StoryListModel::canFetchMore(const QModelIndex &parent) const
{
    if (isSearch())
        return false; // the best matches, all at once
    // One page per turn of the event loop: before a view has laid out the rows it got,
    // it may think its last row is in sight and ask again and again, down to the
    // archive's last story.
    const bool more = !parent.isValid() && m_items.size() < m_total && m_error.isEmpty() && !m_loading;
    const bool busy = m_pageJustFetched || m_fetching;
    if (more && busy)
        m_askedWhileBusy = true;
    return more && !busy;
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleQuery next = m_query;
    next.offset = int(m_items.size());
    m_fetching = true;
    m_newsroom.list(next, this, [this, generation = m_generation](Expected<StoryListPage> page) {
        if (generation != m_generation)
            return; // the list shows something else now
        m_fetching = false;
        if (!page) {
            m_error = page.error().message;
            return;
        }
        if (page->items.isEmpty())
            return;
        m_sectionPaths.insert(page->sectionPaths);
        m_pageJustFetched = true;
        QTimer::singleShot(0, this, [this] {
            m_pageJustFetched = false;
            if (std::exchange(m_askedWhileBusy, false))
                Q_EMIT fetchDeferred();
        });
        beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->items.size() - 1));
        m_items += page->items;
        m_total = page->total;
        endInsertRows();
    });
}

} // namespace Newsroom
