// SPDX-License-Identifier: GPL-3.0-or-later
// Working together: the edit lock on the open story, what colleagues change arriving
// through the change feed, and the merge when a save meets a newer revision.
#include "mainwindow.h"

#include "commentspanel.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "editbanner.h"
#include "mergedialog.h"
#include "photopanel.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "workflow/editlocks.h"

#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QScrollBar>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Newsroom {

void MainWindow::setUpTogether()
{
    m_session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"offlineLabel"_s);
    statusBar()->addPermanentWidget(m_offline);
    m_offline->hide();
    connect(m_editor->banner(), &EditBanner::takeOverRequested, this, &MainWindow::takeOverEditing);
    if (!m_database)
        return;

    m_feed = new ChangeFeed(*m_database, this);
    m_listRefresh = new QTimer(this);
    m_listRefresh->setSingleShot(true);
    m_listRefresh->setInterval(150); // a burst of changes is one refresh
    connect(m_listRefresh, &QTimer::timeout, this, &MainWindow::refreshListInPlace);
    connect(m_feed, &ChangeFeed::articleChanged, this, [this](qint64 id) {
        m_listRefresh->start();
        if (openStoryId() == id)
            storyChangedElsewhere();
    });
    connect(m_feed, &ChangeFeed::lockChanged, this, [this](qint64 id) {
        showEditors();
        if (openStoryId() == id)
            checkLock();
    });
    connect(m_feed, &ChangeFeed::commentsChanged, this, [this](qint64 id) {
        if (openStoryId() == id)
            m_comments->setStory(id);
    });
    connect(m_feed, &ChangeFeed::resynced, this, [this] {
        m_listRefresh->start();
        if (openStoryId() != 0) {
            storyChangedElsewhere();
            checkLock();
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

    m_lockRenewal = new QTimer(this);
    m_lockRenewal->setInterval(EditLocks::RenewEverySeconds * 1000);
    connect(m_lockRenewal, &QTimer::timeout, this, &MainWindow::renewLock);
    m_lockRenewal->start();
}

qint64 MainWindow::openStoryId() const
{
    return m_document ? m_document->saved().id : 0;
}

void MainWindow::setStoryReadOnly(bool readOnly)
{
    m_editor->setReadOnly(readOnly);
    m_photos->setEnabled(!readOnly);
    // Undo would change the text too; Save has nothing to do.
    if (m_document)
        m_undoGroup->setActiveStack(readOnly ? nullptr : m_document->undoStack());
}

void MainWindow::takeLock(qint64 id)
{
    m_editor->banner()->clear();
    setStoryReadOnly(false);
    if (!m_database || !m_actor || id == 0)
        return;
    const Expected<EditLock> lock = EditLocks(*m_database, m_session).acquire(id, *m_actor);
    if (!lock) {
        if (lock.error().kind == Error::Kind::Permission) {
            // Row security says this story is not theirs to change now.
            setStoryReadOnly(true);
            m_editor->banner()->showNotice(tr("You may read this story but not change it now: %1")
                                               .arg(lock.error().message));
        } else {
            statusBar()->showMessage(tr("Cannot tell colleagues you are editing this story: %1").arg(lock.error().message));
        }
        return;
    }
    if (lock->heldBy(m_session)) {
        m_lockedStory = id;
        return;
    }
    setStoryReadOnly(true);
    const QString since = QLocale().toString(lock->acquiredAt.toLocalTime().time(), QLocale::ShortFormat);
    m_editor->banner()->showNotice(tr("<b>Editing now: %1</b> (since %2). You can read the story; it opens for "
                                      "you when they close it.")
                                       .arg(lock->holder.toHtmlEscaped(), since),
                                   roleMay(m_actor->role, Capability::EditAnyStory));
}

void MainWindow::renewLock()
{
    if (!m_database || m_lockedStory == 0)
        return;
    const Expected<bool> renewed = EditLocks(*m_database, m_session).renew(m_lockedStory);
    if (renewed && !*renewed)
        checkLock();
}

void MainWindow::releaseLock()
{
    if (m_database && m_lockedStory != 0)
        (void)EditLocks(*m_database, m_session).release(m_lockedStory);
    m_lockedStory = 0;
}

void MainWindow::checkLock()
{
    const qint64 id = openStoryId();
    if (!m_database || id == 0)
        return;
    const Expected<std::optional<EditLock>> lock = EditLocks(*m_database, m_session).current(id);
    if (!lock)
        return; // offline: the feed says so, and checks again once it is back
    if (m_lockedStory == id) {
        if (!*lock || !(*lock)->heldBy(m_session)) {
            if (*lock)
                lostLock(**lock);
            else
                takeLock(id); // lapsed while this desk slept: take it again
        }
        return;
    }
    // Read-only until now: the colleague closed the story, so this desk may edit it.
    if (!*lock && m_editor->isReadOnly()) {
        takeLock(id);
        if (m_lockedStory == id)
            statusBar()->showMessage(tr("The story is free: you can edit it now."), 5000);
    }
}

void MainWindow::lostLock(const EditLock &now)
{
    m_lockedStory = 0;
    const QString taker = now.holder;
    QString kept;
    if (m_document->isModified()) {
        // Nothing typed is lost: the text goes into the story as a revision, on top of
        // whatever is stored now, for whoever took over to see and use.
        ArticleRepository articles(*m_database);
        const Expected<Article> stored = articles.load(m_document->saved().id);
        if (stored) {
            SaveOptions options;
            options.personId = m_actor ? m_actor->personId : 0;
            options.note = tr("Unsaved text of %1, kept when %2 took over editing")
                               .arg(m_actor ? m_actor->name : tr("a colleague"), taker);
            // On top of what is stored; if the colleague saved already, each field as the
            // merge view would suggest, and the body with paragraphs of both.
            const Article base = m_document->saved();
            const Article mine = m_document->snapshot();
            const Article text = stored->revision == base.revision
                ? restoredFrom(*stored, mine)
                : mergedArticle(base, mine, *stored, mergeFields(base, mine, *stored));
            const SaveResult saved = articles.save(text, options);
            if (saved.ok()) {
                kept = tr(" Your unsaved text was kept as revision %1.").arg(saved.article.revision);
                reloadOpenStory(saved.article);
            }
        }
        if (kept.isEmpty())
            kept = tr(" Your unsaved text could not be stored; it stays here and on this computer — copy it before "
                      "closing.");
    }
    setStoryReadOnly(true);
    m_editor->banner()->showNotice(tr("<b>%1 took over editing this story.</b>%2")
                                       .arg(taker.toHtmlEscaped(), kept.toHtmlEscaped()));
}

bool MainWindow::takeOverEditing()
{
    const qint64 id = openStoryId();
    if (!m_database || !m_actor || id == 0)
        return false;
    const Expected<EditLock> lock = EditLocks(*m_database, m_session).takeOver(id, *m_actor);
    if (!lock) {
        statusBar()->showMessage(lock.error().message);
        return false;
    }
    m_lockedStory = id;
    setStoryReadOnly(false);
    m_editor->banner()->clear();
    statusBar()->showMessage(tr("You are editing the story now. Your colleague's unsaved text, if any, arrives as "
                                "a new revision in a moment."),
                             10000);
    return true;
}

void MainWindow::storyChangedElsewhere()
{
    const qint64 id = openStoryId();
    if (!m_database || id == 0)
        return;
    const Expected<Article> stored = ArticleRepository(*m_database).load(id);
    if (!stored || stored->revision == m_document->saved().revision)
        return;
    if (!m_document->isModified()) {
        reloadOpenStory(*stored);
        statusBar()->showMessage(tr("%1 saved a newer version; it is shown now.").arg(lastEditorOf(*stored)), 5000);
        return;
    }
    if (m_editor->isReadOnly())
        return;
    m_editor->banner()->showNotice(tr("%1 saved a newer version of this story. Keep writing: when you save, you "
                                      "choose what to keep from each.")
                                       .arg(lastEditorOf(*stored).toHtmlEscaped()));
}

void MainWindow::reloadOpenStory(const Article &stored)
{
    // Where the reader was, so that a colleague's save does not throw them to the top.
    const int cursor = m_editor->bodyEdit()->textCursor().position();
    const int scroll = m_editor->bodyEdit()->verticalScrollBar()->value();
    const bool readOnly = m_editor->isReadOnly();
    const QString banner = m_editor->banner()->text();
    const qint64 locked = m_lockedStory;
    m_lockedStory = 0; // setDocument would drop the lock; this is the same story
    setDocument(new ArticleDocument(stored, this));
    m_lockedStory = locked;
    QTextCursor restored = m_editor->bodyEdit()->textCursor();
    restored.setPosition(std::min<int>(cursor, m_editor->bodyEdit()->document()->characterCount() - 1));
    m_editor->bodyEdit()->setTextCursor(restored);
    m_editor->bodyEdit()->verticalScrollBar()->setValue(scroll);
    setStoryReadOnly(readOnly);
    if (!banner.isEmpty())
        m_editor->banner()->showNotice(banner, m_editor->banner()->takeOverButton()->isVisibleTo(m_editor->banner()));
}

QString MainWindow::lastEditorOf(const Article &story) const
{
    // Called on every change a colleague makes: one column, not the story's revisions.
    const Expected<qint64> person = ArticleRepository(*m_database).lastSavedBy(story.id);
    const QString name = person && *person != 0 ? staffNames().value(*person) : QString();
    return name.isEmpty() ? tr("A colleague") : name;
}

bool MainWindow::mergeWithTheirs(const Article &theirs)
{
    const Article base = m_document->saved();
    const Article mine = m_document->snapshot();
    const QList<MergeField> fields = mergeFields(base, mine, theirs, sectionNamer());
    if (fields.isEmpty()) {
        // The same text on both sides: only the bookkeeping moved on.
        m_document->rebase(theirs, mine, tr("Catch up with revision %1").arg(theirs.revision));
        return true;
    }
    MergeDialog dialog(lastEditorOf(theirs), theirs, fields, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    m_document->rebase(theirs, mergedArticle(base, mine, theirs, dialog.choices()),
                       tr("Merge with revision %1").arg(theirs.revision));
    m_editor->banner()->clear();
    return true;
}

void MainWindow::showEditors()
{
    if (!m_stories)
        return;
    QHash<qint64, QString> editors;
    if (const Expected<QHash<qint64, EditLock>> locks = EditLocks(*m_database, m_session).active()) {
        for (const EditLock &lock : *locks) {
            if (!lock.heldBy(m_session))
                editors.insert(lock.articleId, lock.holder);
        }
    }
    m_stories->setEditors(editors);
}

void MainWindow::refreshListInPlace()
{
    if (!m_stories || m_content->currentWidget() != m_storyList)
        return refreshList();
    QList<qint64> selected;
    for (const QModelIndex &index : m_storyList->selectionModel()->selectedRows())
        selected.append(index.data(StoryListModel::IdRole).toLongLong());
    const qint64 current = m_storyList->currentIndex().data(StoryListModel::IdRole).toLongLong();
    const int scroll = m_storyList->verticalScrollBar()->value();
    const QString message = statusBar()->currentMessage();
    refreshList();
    statusBar()->showMessage(message);
    for (int row = 0; row < m_stories->rowCount(); ++row) {
        const QModelIndex index = m_stories->index(row, 0);
        const qint64 id = index.data(StoryListModel::IdRole).toLongLong();
        if (id == current)
            m_storyList->selectionModel()->setCurrentIndex(index, QItemSelectionModel::NoUpdate);
        if (selected.contains(id))
            m_storyList->selectionModel()->select(index, QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    m_storyList->verticalScrollBar()->setValue(scroll);
}

} // namespace Newsroom
