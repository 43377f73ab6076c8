// SPDX-License-Identifier: GPL-3.0-or-later
// Working together: what colleagues change arriving through the change feed, for the
// list and for the open story's session.
#include "mainwindow.h"

#include "commentspanel.h"
#include "storage/changefeed.h"
#include "document/articledocument.h"
#include "session/storysession.h"
#include "storage/database.h"
#include "storybrowser.h"
#include "workflow/editlocks.h"

#include <QLabel>
#include <QStackedWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>

using namespace Qt::StringLiterals;

namespace Newsroom {

void MainWindow::setUpTogether()
{
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"offlineLabel"_s);
    statusBar()->addPermanentWidget(m_offline);
    m_offline->hide();
    if (!m_database)
        return;

    m_feed = new ChangeFeed(*m_database, this);
    m_listRefresh = new QTimer(this);
    m_listRefresh->setSingleShot(true);
    m_listRefresh->setInterval(150); // a burst of changes is one refresh
    connect(m_listRefresh, &QTimer::timeout, m_browser, &StoryBrowser::refreshInPlace);
    connect(m_feed, &ChangeFeed::articleChanged, this, [this](qint64 id) {
        m_listRefresh->start();
        if (openStoryId() == id)
            m_session->storedChanged();
    });
    connect(m_feed, &ChangeFeed::lockChanged, this, [this](qint64 id) {
        m_browser->showEditors();
        if (openStoryId() == id)
            m_session->checkLease();
    });
    connect(m_feed, &ChangeFeed::commentsChanged, this, [this](qint64 id) {
        if (openStoryId() == id)
            m_comments->setStory(id);
    });
    connect(m_feed, &ChangeFeed::resynced, this, [this] {
        m_listRefresh->start();
        if (openStoryId() != 0) {
            m_session->storedChanged();
            m_session->checkLease();
            m_comments->setStory(openStoryId());
        }
    });
    connect(m_feed, &ChangeFeed::liveChanged, this, [this](bool live, const QString &reason) {
        m_offline->setText(tr("Offline: changes by colleagues are not arriving"));
        m_offline->setToolTip(reason);
        m_offline->setVisible(!live);
        if (!live)
            statusBar()->showMessage(tr("%1. Trying again every second; your text is kept on this computer.").arg(reason));
        else
            statusBar()->showMessage(tr("Connected again to %1.").arg(m_database->url().toDisplayString()), 5000);
    });
}

ArticleDocument *MainWindow::document() const
{
    return m_session ? m_session->document() : nullptr;
}

qint64 MainWindow::openStoryId() const
{
    return m_session ? m_session->storyId() : 0;
}

} // namespace Newsroom
