// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/storysession.h"
#include "workflow/workflow.h"

#include <QHash>
#include <QMenu>

namespace Newsroom {

class NewsroomService;
class StoryDesk;
class StorySession;

// The Story menu: workflow steps on the open story (each shown only as far as the
// person's role and the story's state allow, and saying why not), the embargo, the
// story's history and its revisions, with the dialogs each one asks through.
class StoryMenu : public QMenu
{
    Q_OBJECT

public:
    // Without a desk (no database) every step stays disabled.
    StoryMenu(StoryDesk *desk, QWidget *window);

    // Takes a step on the open story (saving unsaved text first); the reason is shown when
    // it cannot be taken. `done` hears how it went.
    void performWorkflow(WorkflowAction action, StorySession::Reply done = {});
    // Sets or lifts the open story's embargo (export keeps it off the site until then).
    void setEmbargo(StorySession::Reply done = {});
    // The story's history and its revisions, in windows of their own once read; `done`
    // hears when the window is closed (and a chosen revision restored).
    void showHistory(StorySession::Reply done = {});
    void showRevisions(StorySession::Reply done = {});
    // Moves the open story to the trash (saving what is typed first), or, when it is
    // there, brings it back.
    void moveToTrash(StorySession::Reply done = {});
    void restoreFromTrash(StorySession::Reply done = {});
    // Puts revision `revision`'s text back and saves it as a new revision.
    void restoreRevision(int revision, StorySession::Reply done = {});
    void updateActions();

Q_SIGNALS:
    // A step changed the story's state or text in the store (the list shows it again).
    void storyChanged();
    void message(const QString &text, int timeoutMs = 0);

private:
    void takeStep(WorkflowAction action, const StorySession::Reply &done);
    // The step itself, once every question is answered.
    void performStep(WorkflowAction action, const QString &note, const QDateTime &when,
                     const StorySession::Reply &done);

    StoryDesk *m_desk;
    StorySession *m_session;
    NewsroomService *m_newsroom;
    QWidget *m_window;
    QHash<WorkflowAction, QAction *> m_workflowActions;
    QAction *m_embargo;
    QAction *m_history;
    QAction *m_revisions;
    QAction *m_trash;
};

} // namespace Newsroom
