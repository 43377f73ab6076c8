// SPDX-License-Identifier: GPL-3.0-or-later
#include "navigationsidebar.h"

#include <QHeaderView>
#include <QStandardItemModel>

namespace Newsroom {

namespace {

constexpr int ViewRole = Qt::UserRole + 1;

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

    m_stories->setFlags(Qt::ItemIsEnabled);
    QFont groupFont = font();
    groupFont.setBold(true);
    m_stories->setFont(groupFont);

    const std::pair<View, QString> views[] = {
        {View::MyStories, tr("My stories")},   {View::Drafts, tr("Drafts")},
        {View::Submitted, tr("Submitted")},    {View::Scheduled, tr("Scheduled")},
        {View::Published, tr("Published")},    {View::AllStories, tr("All stories")},
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
        if (const QVariant view = current.data(ViewRole); view.isValid())
            Q_EMIT currentViewChanged(view.value<View>());
    });
    setCurrentView(View::MyStories);
}

NavigationSidebar::View NavigationSidebar::currentView() const
{
    const QVariant view = currentIndex().data(ViewRole);
    return view.isValid() ? view.value<View>() : View::MyStories;
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
