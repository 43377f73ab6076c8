// SPDX-License-Identifier: GPL-3.0-or-later
#include "storylistmodel.h"

#include "storage/database.h"
#include "storage/peoplerepository.h"

#include <QLocale>
#include <QTimer>

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

StoryListModel::StoryListModel(Database &database, QObject *parent)
    : QAbstractTableModel(parent)
    , m_database(database)
    , m_articles(database)
{
    const Expected<SiteSettings> settings = SiteSettingsRepository(database).load();
    m_zone = QTimeZone(settings ? settings->timeZone.toUtf8() : QByteArrayLiteral("Asia/Almaty"));
    if (!m_zone.isValid())
        m_zone = QTimeZone::systemTimeZone();
}

void StoryListModel::setQuery(const ArticleQuery &query)
{
    beginResetModel();
    m_query = query;
    m_query.offset = 0;
    m_items.clear();
    m_total = 0;
    m_error.clear();
    const Expected<ArticlePage> page = m_articles.list(m_query);
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
        const Expected<QString> path = CategoryRepository(m_database).pathOf(id);
        it = m_categories.insert(id, path ? QString(*path).replace(u'/', QStringLiteral(" › ")) : QString());
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
    if (role == Qt::ToolTipRole && index.column() == Headline)
        return story.kicker.isEmpty() ? story.headline : story.kicker + QStringLiteral(": ") + story.headline;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Headline:
        return story.headline.isEmpty() ? tr("(no headline yet)") : story.headline;
    case Status:
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

bool StoryListModel::canFetchMore(const QModelIndex &parent) const
{
    // One page per turn of the event loop: before a view has laid out the rows it got,
    // it may think its last row is in sight and ask again and again, down to the
    // archive's last story.
    return !parent.isValid() && m_items.size() < m_total && m_error.isEmpty() && !m_pageJustFetched;
}

void StoryListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    ArticleQuery next = m_query;
    next.offset = int(m_items.size());
    const Expected<ArticlePage> page = m_articles.list(next);
    if (!page) {
        m_error = page.error().message;
        return;
    }
    if (page->items.isEmpty())
        return;
    m_pageJustFetched = true;
    QTimer::singleShot(0, this, [this] { m_pageJustFetched = false; });
    beginInsertRows({}, int(m_items.size()), int(m_items.size() + page->items.size() - 1));
    m_items += page->items;
    m_total = page->total;
    endInsertRows();
}

} // namespace Newsroom
