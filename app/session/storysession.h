// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articledocument.h"
#include "document/articlemerge.h"
#include "document/editjournal.h"
#include "domain/result.h"
#include "workflow/workflow.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace Newsroom {

class Autosaver;
class ChangeFeed;
class Database;
class DatabaseWorker;
struct EditLock;

// What a session asks of the person at the desk. The window answers with a dialog, a
// test answers directly; core never shows anything itself.
class SessionDecisions
{
public:
    virtual ~SessionDecisions();
    // A save met `theirs`, a newer revision `colleague` saved meanwhile. `fields`: each
    // field where the two differ, with a suggestion. The fields as chosen, or nothing to
    // leave the text unsaved for now (it stays in the editor and in the journal).
    virtual std::optional<QList<MergeField>> chooseMerge(const QString &colleague, const Article &theirs,
                                                         const QList<MergeField> &fields) = 0;
};

// Unsaved text the journal keeps of a story not open now (after a crash), with the
// story as the database has it now, when it has one.
struct KeptText
{
    EditJournal::Entry entry;
    std::optional<Article> stored;
};

// The edit lease on the open story, as this desk sees it.
struct Lease
{
    enum class State {
        None,      // no story, a story never saved, or nobody could be told (offline)
        Mine,      // this desk holds it: colleagues see who is editing
        Colleague, // another desk holds it: read-only here until they close it
        Denied,    // the server's row security says the story is not this person's to change
        Lost,      // a colleague took it over while this desk held it
    };
    State state = State::None;
    QString holder;        // Colleague, Lost: who holds it now
    QDateTime since;       // Colleague: since when (UTC)
    QString reason;        // Denied: the server's words
    bool mayTakeOver = false; // Colleague: this person may take it over (an editor)
    int keptRevision = 0;  // Lost: the revision that holds this desk's unsaved text, -1 when it could not be stored
};

// One open story and its whole life at a desk, without widgets: the ArticleDocument,
// the journal of unsaved text and the autosave, the edit lease (taken, renewed, lost,
// taken over), saving with the revision check and the merge when a colleague saved
// first, workflow steps on the story, and a colleague's changes arriving. The window
// shows what it says and asks the person through SessionDecisions.
//
// The database work runs on a DatabaseWorker and is answered later, through the callback
// each operation takes (and the signals): on a shared server a save or an open never
// holds the screen while the network answers. Operations on the story run one at a time,
// in the order asked: one asked while another is under way waits for it (isBusy()).
// Typing goes on meanwhile; a save stores the text as it was when the save began.
class StorySession : public QObject
{
    Q_OBJECT

public:
    using Reply = std::function<void(const Status &)>;
    using ArticleReply = std::function<void(const Expected<Article> &)>;
    // Gives `reply`, if there is one, what came of it.
    static void tell(const Reply &reply, const Status &status)
    {
        if (reply)
            reply(status);
    }

    // `actor`: who works at this desk (none when the database could not say).
    // `journalFolder`: where unsaved text of this database's stories is kept.
    // `worker`: where the database work runs; none to run it at once on `database`.
    StorySession(Database &database, std::optional<Actor> actor, QString journalFolder, QObject *parent = nullptr,
                 DatabaseWorker *worker = nullptr);
    // Lets go of the lease. The journal keeps any text not saved.
    ~StorySession() override;

    void setDecisions(SessionDecisions *decisions) { m_decisions = decisions; }
    // This desk's name in the edit locks (a fresh one per session).
    const QString &name() const { return m_name; }
    const std::optional<Actor> &actor() const { return m_actor; }
    // Someone else works at this desk from now on (a local file's "I am …").
    void setActor(const Actor &actor);
    Database &database() const { return m_db; }
    const QString &journalFolder() const { return m_journalFolder; }

    ArticleDocument *document() const { return m_document; }
    Autosaver *autosaver() const { return m_autosaver; }
    qint64 storyId() const;
    bool isModified() const;
    // False while the story is not this desk's to change (a colleague has it, the server
    // says no, or it is in the trash); recovered text stays writable whatever the lease.
    bool isWritable() const { return m_writable && !isInTrash(); }
    // Whether changes to the open story, published, may go online: the person has said so
    // (a correction or a silent fix) since opening it. Until then the autosave keeps them
    // on this computer only, and saving asks first.
    bool mayChangeLiveStory() const;
    void allowLiveChanges() { m_liveChangesAllowed = storyId(); }
    const Lease &lease() const { return m_lease; }
    // Whether an operation on the story is under way (the next one waits for it).
    bool isBusy() const { return m_busy; }

    // Opens a stored story and takes its lease. Past the caller's question about the
    // story open before: its unsaved text was saved or given up on purpose.
    void open(qint64 id, Reply done = {});
    void startNew();
    // What the journal keeps besides the open story, each with its story as stored now
    // (read on the worker); files it cannot read are named in `problems` and left where
    // they are.
    using KeptReply = std::function<void(const QList<KeptText> &kept, const QStringList &problems)>;
    void keptTexts(KeptReply done);
    // Gives up the text kept under `key`, on purpose.
    Status discardKept(const QString &key);
    // Opens the journal's text for `key` on top of the stored story it was written on.
    void recover(const QString &key, Reply done = {});
    // Closes the open story: its journal entry goes, the lease is let go.
    void close();

    enum class SaveMode {
        Asked,  // the person asked: a conflict goes to the merge decision
        Quiet,  // autosave: a conflict is reported (newerElsewhere), never merged unasked
    };
    // Saves the text as a new revision. Conflict (quiet), Cancelled (the merge was left
    // for later), Permission (read-only) or the store's error otherwise.
    void save(SaveMode mode = SaveMode::Asked, const QString &note = {}, ArticleReply done = {});

    // A workflow step on the open story, saving unsaved text (or a new story) first.
    void perform(WorkflowAction action, const QString &note = {}, const QDateTime &whenUtc = {},
                 ArticleReply done = {});
    void setEmbargo(const QDateTime &untilUtc, ArticleReply done = {});
    // Moves the open story to the trash (saving unsaved text first), or brings it back.
    // While there it is read-only here (isWritable()).
    void moveToTrash(ArticleReply done = {});
    void restoreFromTrash(ArticleReply done = {});
    bool isInTrash() const;
    // Puts back revision `revision`'s text as one undoable step and saves it.
    void restoreRevision(int revision, ArticleReply done = {});

    // The lease: renewed on a timer, checked when the change feed says a lock moved.
    void renewLease();
    void checkLease();
    void takeOver(Reply done = {});
    // The change feed says the stored story changed: an unmodified story shows the new
    // revision; with unsaved text, newerElsewhere asks for a merge at the next save.
    void storedChanged();
    // The stored story moved on without new text (a scheduled story went out): the
    // document follows unless there is unsaved text, which meets it at the next save.
    void followStored();
    // The same, when the story open is among `ids` (what the due publisher sent out).
    void followStored(const QList<qint64> &ids);
    // Listens to what colleagues do to the open story: its revisions and its lease.
    void follow(ChangeFeed *feed);

Q_SIGNALS:
    // A new document is open (or none). `reloaded`: the same story, now at a newer
    // revision, so the view keeps the reader's place.
    void documentReplaced(Newsroom::ArticleDocument *document, bool reloaded);
    void leaseChanged();
    void saved(const Newsroom::Article &story, bool wasNew);
    void stepTaken(Newsroom::WorkflowAction action, const Newsroom::Article &story);
    // The open story went into the trash or came out of it.
    void trashChanged(const Newsroom::Article &story);
    // A colleague saved a newer revision: shown now (`reloaded`) or met at the next save.
    void newerElsewhere(const QString &colleague, bool reloaded);
    // Something to tell the person that needs no answer (for the status bar).
    void message(const QString &text, int timeoutMs = 0);
    void busyChanged(bool busy);

private:
    // Runs `work` once no other operation is under way; `work` calls finish() when done.
    void exclusive(std::function<void()> work);
    void finish();
    void setDocument(ArticleDocument *document, const QString &journalKey = {}, bool reloaded = false);
    void takeLease(std::function<void()> then);
    // What came of asking for the lease on story `id` (taken, a colleague's, refused).
    void holdLease(qint64 id, const Expected<EditLock> &lock, const std::function<void()> &then);
    void releaseLease();
    void setLease(Lease lease, bool writable);
    void lostLease(const EditLock &now, std::function<void()> then);
    void storeQuietly();
    void saveNow(SaveMode mode, const QString &note, int round, ArticleReply then);
    void saveFirstNow(Reply then);
    void step(std::function<Expected<Article>(Database &, qint64)> job, ArticleReply then);

    Database &m_db;
    DatabaseWorker *m_worker;
    qint64 m_liveChangesAllowed = 0; // the story whose published text may change, since opened
    std::optional<Actor> m_actor;
    QString m_journalFolder;
    QString m_name;
    SessionDecisions *m_decisions = nullptr;
    QPointer<ArticleDocument> m_document;
    Autosaver *m_autosaver = nullptr;
    Lease m_lease;
    bool m_writable = true;
    qint64 m_leasedStory = 0; // the story whose edit lock this session holds
    bool m_busy = false;
    QList<std::function<void()>> m_waiting; // operations asked for while one was under way
};

} // namespace Newsroom
