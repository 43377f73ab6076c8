// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QStandardItemModel>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr int ViewRole = Qt::UserRole + 1;
constexpr int CategoryRole = Qt::UserRole + 2;
constexpr int SearchRole = Qt::UserRole + 3;

} // namespace

NavigationSidebar::NavigationSidebar(QWidget *parent)
    : QTreeView(parent)
    , m_model(new QStandardItemModel(this))
    , m_stories(new QStandardItem(tr("Stories")))
{
    setObjectName(QStringLiteral("navigationSidebar"));
    setAccessibleName(tr("Story views"));
    setHeaderHidden(true);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setEditTriggers(NoEditTriggers);
    setSelectionMode(SingleSelection);
    setFrameShape(QFrame::NoFrame);
    // Its width follows its names: sections and searches added, a section opened.
    for (const auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved})
        connect(m_model, signal, this, [this] { updateGeometry(); });
    connect(this, &QTreeView::expanded, this, [this] { updateGeometry(); });
    connect(this, &QTreeView::collapsed, this, [this] { updateGeometry(); });

    m_stories->setFlags(Qt::ItemIsEnabled);
    QFont groupFont = font();
    groupFont.setBold(true);
    m_stories->setFont(groupFont);
    setRootIsDecorated(true); // sections nest

    const std::pair<View, QString> views[] = {
        {View::MyStories, tr("My stories")}, {View::Drafts, tr("Drafts")},       {View::Submitted, tr("Submitted")},
        {View::Scheduled, tr("Scheduled")},  {View::Published, tr("Published")}, {View::AllStories, tr("All stories")},
        {View::Calendar, tr("Calendar")},    {View::Trash, tr("Trash")},
    };
    for (const auto &[view, label] : views) {
        auto *item = new QStandardItem(label);
        item->setData(QVariant::fromValue(view), ViewRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_stories->appendRow(item);
    }
    m_model->appendRow(m_stories);
    setModel(m_model);
    expandAll();

    connect(selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (const QVariant view = current.data(ViewRole); view.isValid()) {
            m_lastView = view.value<View>();
            Q_EMIT currentViewChanged(m_lastView);
        } else if (const QVariant category = current.data(CategoryRole); category.isValid()) {
            Q_EMIT categoryChosen(category.toLongLong());
        } else if (const QVariant search = current.data(SearchRole); search.isValid()) {
            Q_EMIT savedSearchChosen(search.toString());
        }
    });
    setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *forget = new QAction(tr("Forget This Search"), this);
    forget->setObjectName(u"actionForgetSearch"_s);
    connect(forget, &QAction::triggered, this, [this] {
        if (const QString search = currentSavedSearch(); !search.isEmpty())
            Q_EMIT savedSearchRemoved(search);
    });
    addAction(forget);
    forget->setEnabled(false);
    connect(selectionModel(), &QItemSelectionModel::currentChanged, forget,
            [forget](const QModelIndex &current) { forget->setEnabled(current.data(SearchRole).isValid()); });
    setCurrentView(View::MyStories);
}

NavigationSidebar::View NavigationSidebar::currentView() const
{
    const QVariant view = currentIndex().data(ViewRole);
    return view.isValid() ? view.value<View>() : m_lastView;
}

qint64 NavigationSidebar::currentCategory() const
{
    return currentIndex().data(CategoryRole).toLongLong();
}

void NavigationSidebar::setCurrentCategory(qint64 id)
{
    if (!m_sections)
        return;
    const QModelIndexList found =
        m_model->match(m_sections->index(), CategoryRole, id, 1, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        setCurrentIndex(found.first());
}

QString NavigationSidebar::currentSavedSearch() const
{
    return currentIndex().data(SearchRole).toString();
}

QStandardItem *NavigationSidebar::group(const QString &title)
{
    auto *item = new QStandardItem(title);
    item->setFlags(Qt::ItemIsEnabled);
    QFont bold = font();
    bold.setBold(true);
    item->setFont(bold);
    m_model->appendRow(item);
    return item;
}

QSize NavigationSidebar::minimumSizeHint() const
{
    const int names = sizeHintForColumn(0) + 2 * frameWidth() + 4;
    return {std::clamp(names, 120, 260), QTreeView::minimumSizeHint().height()};
}

void NavigationSidebar::setCategories(const QList<Category> &categories)
{
    const qint64 chosen = currentCategory();
    if (!m_sections) {
        m_sections = group(tr("Sections"));
        // Keep the groups in order: stories, sections, searches.
        if (m_searches)
            m_model->insertRow(1, m_model->takeRow(m_sections->row()));
    }
    m_sections->removeRows(0, m_sections->rowCount());
    QHash<qint64, QStandardItem *> items;
    for (const Category &category : categories) { // parents come before children
        auto *item = new QStandardItem(category.name);
        item->setData(category.id, CategoryRole);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        QStandardItem *parent = items.value(category.parentId, m_sections);
        parent->appendRow(item);
        items.insert(category.id, item);
    }
    expand(m_sections->index());
    if (chosen)
        setCurrentCategory(chosen);
}

void NavigationSidebar::setSavedSearches(const QStringList &searches)
{
    const QString chosen = currentSavedSearch();
    if (!m_searches)
        m_searches = group(tr("Saved searches"));
    m_searches->removeRows(0, m_searches->rowCount());
    for (const QString &search : searches) {
        auto *item = new QStandardItem(search);
        item->setData(search, SearchRole);
        item->setToolTip(tr("Stories matching “%1”").arg(search));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_searches->appendRow(item);
    }
    expand(m_searches->index());
    if (!chosen.isEmpty() && searches.contains(chosen)) {
        const QModelIndexList found = m_model->match(m_searches->index(), SearchRole, chosen, 1, Qt::MatchExactly | Qt::MatchRecursive);
        if (!found.isEmpty())
            setCurrentIndex(found.first());
    } else if (!chosen.isEmpty()) {
        setCurrentView(m_lastView);
    }
}

QStringList NavigationSidebar::savedSearches() const
{
    QStringList result;
    for (int row = 0; m_searches && row < m_searches->rowCount(); ++row)
        result.append(m_searches->child(row)->data(SearchRole).toString());
    return result;
}

void NavigationSidebar::keyPressEvent(QKeyEvent *event)
{
    if (event->matches(QKeySequence::Delete) && !currentSavedSearch().isEmpty()) {
        Q_EMIT savedSearchRemoved(currentSavedSearch());
        return;
    }
    QTreeView::keyPressEvent(event);
}

void NavigationSidebar::setCurrentView(View view)
{
    if (QStandardItem *item = itemFor(view))
        setCurrentIndex(item->index());
}

QStandardItem *NavigationSidebar::itemFor(View view) const
{
    for (int row = 0; row < m_stories->rowCount(); ++row) {
        QStandardItem *item = m_stories->child(row);
        if (item->data(ViewRole).value<View>() == view)
            return item;
    }
    return nullptr;
}

} // namespace Newsroom
