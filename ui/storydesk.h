// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "session/storysession.h"

#include <QObject>

class QUndoGroup;
class QWidget;

namespace Newsroom {

class CommentsPanel;
class NewsroomService;
class PhotoPanel;
class PreviewPane;
class StoryEditor;

// The open story on screen: shows a StorySession's document in the editor, preview,
// photos and comments; says in the editor's banner who holds the story and what a
// colleague saved; asks the person to choose in the merge view. What the session decides
// is the session's; this only shows it and carries the answers back.
class StoryDesk : public QObject, public SessionDecisions
{
    Q_OBJECT

public:
    struct Views
    {
        StoryEditor *editor = nullptr;
        PreviewPane *preview = nullptr;
        PhotoPanel *photos = nullptr;
        CommentsPanel *comments = nullptr;
        QUndoGroup *undo = nullptr;
    };
    StoryDesk(StorySession *session, NewsroomService *newsroom, Views views, QWidget *window);
    ~StoryDesk() override;

    StorySession *session() const { return m_session; }
    NewsroomService *newsroom() const { return m_newsroom; }
    using Reply = StorySession::Reply;
    // Says to `done` that no newsroom is open (a window without a database has no desk).
    static void noNewsroom(const Reply &done);
    // Opens a stored story, a new one, or the text the journal kept under `key`, asking
    // first about unsaved changes to the one open. `done` hears how it went once it is
    // over (Cancelled when the person chose to stay); a failure is shown here too.
    void open(qint64 id, Reply done = {});
    void startNew(Reply done = {});
    void recover(const QString &key, Reply done = {});
    // Offers back the text the journal keeps (after a crash); `done` hears NotFound when
    // there was none, else once the choice is made.
    void offerRecovery(Reply done = {});
    // Asks about unsaved changes before they would go, then `then`: Done to go on (saved,
    // or given up on purpose), Cancelled to stay, or why the save failed.
    void maybeSave(Reply then);
    // Gives the editor the newsroom's sections and staff as they are now (for the section
    // list and for completing bylines).
    void loadChoices();
    // The newsroom dictionary as it is now, for the editor's spelling check.
    void loadWords();
    // Saves the open story as the person asked; the reason is shown when it could not be
    // (the text stays in the editor and in the journal).
    void save(Reply done = {});
    // Saves without asking when there is anything to save (unsaved text, a story never
    // saved), then `then`: what a workflow step or an embargo is taken on.
    void saveIfNeeded(Reply then);
    // Says why a save did not happen: a line when the merge was left for later, else a
    // warning the person must see.
    void showSaveProblem(const Error &error);

    std::optional<QList<MergeField>> chooseMerge(const QString &colleague, const Article &theirs,
                                                 const QList<MergeField> &fields) override;

Q_SIGNALS:
    void message(const QString &text, int timeoutMs);
    // The newsroom's sections, read afresh (at the start, and after the staff changed).
    void sectionsLoaded(const QList<Category> &sections);

private:
    void addToDictionary(const QString &word);
    void attach(ArticleDocument *document, bool reloaded);
    void showLease();
    // The editor's badge: where the open story stands.
    void showStatus();
    // Saves as asked, without the question about a published story.
    void saveNow(Reply done);

    StorySession *m_session;
    NewsroomService *m_newsroom;
    Views m_views;
    QWidget *m_window;
    QString m_newerBy; // the colleague whose newer revision waits for the next save
};

} // namespace Newsroom
