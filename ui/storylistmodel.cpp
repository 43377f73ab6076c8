// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "session/newsroomservice.h"

#include <QBuffer>
#include <QImageReader>


#include <QLocale>
#include <QTimer>

#include <utility>

namespace Newsroom {

QString statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return StoryListModel::tr("Draft");
    case ArticleStatus::Submitted:
        return StoryListModel::tr("Submitted");
    case ArticleStatus::ChangesRequested:
        return StoryListModel::tr("Changes requested");
    case ArticleStatus::Approved:
        return StoryListModel::tr("Approved");
    case ArticleStatus::Scheduled:
        return StoryListModel::tr("Scheduled");
    case ArticleStatus::Published:
        return StoryListModel::tr("Published");
    case ArticleStatus::Unpublished:
        return StoryListModel::tr("Unpublished");
    }
    return {};
}

StoryListModel::StoryListModel(NewsroomService &newsroom, QObject *parent)
    : QAbstractTableModel(parent)
    , m_newsroom(newsroom)
{
    m_zone = m_newsroom.timeZone();
}

void StoryListModel::setSearch(const QString &text, const ArticleFilter &filter)
{
    beginResetModel();
    m_searchText = text;
    m_items.clear();
    m_snippets.clear();
    m_total = 0;
    m_error.clear();
    const Expected<QList<SearchHit>> hits = m_newsroom.search(text, filter, 200);
    if (hits) {
        for (const SearchHit &hit : *hits) {
            m_items.append(hit.article);
            m_snippets.append(hit.snippet.text);
        }
        m_total = m_items.size();
    } else {
        m_error = hits.error().message;
    }
    endResetModel();
}

void StoryListModel::setQuery(const ArticleQuery &query)
{
    beginResetModel();
    m_searchText.clear();
    m_snippets.clear();
    m_query = query;
    m_query.offset = 0;
    m_items.clear();
    m_total = 0;
    m_error.clear();
    const Expected<ArticlePage> page = m_newsroom.list(m_query);
    if (page) {
        m_items = page->items;
        m_total = page->total;
    } else {
        m_error = page.error().message;
    }
    endResetModel();
}

int StoryListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int StoryListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString StoryListModel::categoryPath(qint64 id) const
{
    if (id == 0)
        return {};
    auto it = m_categories.constFind(id);
    if (it == m_categories.cend()) {
        it = m_categories.insert(id, m_newsroom.sectionPath(id));
    }
    return *it;
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
        return thumbnail(story.leadPhotoSha256);
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
        return categoryPath(story.categoryId);
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

QVariant StoryListModel::thumbnail(const QString &sha256) const
{
    if (sha256.isEmpty()) {
        // Room where a photo would be, so headlines line up.
        static const QPixmap blank = [] {
            QPixmap room(ThumbnailHeight * 3 / 2, ThumbnailHeight);
            room.fill(Qt::transparent);
            return room;
        }();
        return blank;
    }
    if (QPixmap *cached = m_thumbnails.object(sha256))
        return *cached;
    // Decoded at the size shown (JPEG decodes scaled for a fraction of the cost), once.
    QPixmap pixmap;
    if (const Expected<QByteArray> bytes = m_newsroom.photoBytes(sha256)) {
        QBuffer buffer;
        buffer.setData(*bytes);
        QImageReader reader(&buffer);
        reader.setAllocationLimit(64);
        const QSize size = reader.size();
        if (size.isValid() && size.height() > 0) {
            reader.setScaledSize(QSize(std::max(1, size.width() * ThumbnailHeight / size.height()), ThumbnailHeight));
            pixmap = QPixmap::fromImage(reader.read());
        }
    }
    m_thumbnails.insert(sha256, new QPixmap(pixmap)); // an empty one too: not tried again
    return pixmap.isNull() ? QVariant() : QVariant(pixmap);
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
    const bool more = !parent.isValid() && m_items.size() < m_total && m_error.isEmpty();
    if (more && m_pageJustFetched)
        m_askedWhileBusy = true;
    return more && !m_pageJustFetched;
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleQuery next = m_query;
    next.offset = int(m_items.size());
    const Expected<ArticlePage> page = m_newsroom.list(next);
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->items.isEmpty())
        return;
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
}

} // namespace Newsroom
