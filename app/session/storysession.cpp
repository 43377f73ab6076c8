// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysession.h"

#include "document/articlecompare.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "session/databaseworker.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/changefeed.h"
#include "storage/editlocks.h"
#include "storage/peoplerepository.h"
#include "workflow/trash.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

SessionDecisions::~SessionDecisions() = default;

namespace {

// Who saved `id` last, by name, for "… saved a newer version" (one column, not the revisions).
QString lastEditorOf(Database &db, qint64 id)
{
    const Expected<qint64> person = ArticleRepository(db).lastSavedBy(id);
    if (person && *person != 0) {
        if (const Expected<Person> who = PeopleRepository(db).find(*person); who && !who->name.isEmpty())
            return who->name;
    }
    return StorySession::tr("A colleague");
}

// What a save found: stored, or a colleague's newer revision with what the merge shows of it.
struct SaveOutcome
{
    SaveResult result;
    QString colleague;                  // who saved `theirs`
    QHash<qint64, QString> sectionPaths; // the sections the merge may name
};

struct StoredStory
{
    Article article;
    QString lastEditor;
};

} // namespace

StorySession::StorySession(Database &database, std::optional<Actor> actor, QString journalFolder, QObject *parent,
                           DatabaseWorker *worker)
    : QObject(parent)
    , m_db(database)
    , m_worker(worker ? worker : new DatabaseWorker(database, DatabaseWorker::Mode::Inline, this))
    , m_actor(std::move(actor))
    , m_journalFolder(std::move(journalFolder))
    , m_name(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // The lease is renewed well before it lapses, while the session lives.
    auto *renewal = new QTimer(this);
    renewal->setInterval(EditLocks::RenewEverySeconds * 1000);
    connect(renewal, &QTimer::timeout, this, &StorySession::renewLease);
    renewal->start();
}

StorySession::~StorySession()
{
    // The desk is closing: let colleagues in at once rather than when the lease lapses.
    if (m_leasedStory != 0)
        (void)EditLocks(m_db, m_name).release(m_leasedStory);
    delete m_document.data(); // before this object is gone: its autosaver reports here
}

void StorySession::exclusive(std::function<void()> work)
{
    if (m_busy) {
        m_waiting.append(std::move(work));
        return;
    }
    m_busy = true;
    Q_EMIT busyChanged(true);
    work();
}

void StorySession::finish()
{
    if (!m_waiting.isEmpty()) {
        const std::function<void()> next = m_waiting.takeFirst();
        next(); // still busy: the next one runs now
        return;
    }
    m_busy = false;
    Q_EMIT busyChanged(false);
}

qint64 StorySession::storyId() const
{
    return m_document ? m_document->saved().id : 0;
}

bool StorySession::mayChangeLiveStory() const
{
    return !m_document || m_document->saved().status != ArticleStatus::Published || m_liveChangesAllowed == storyId();
}

bool StorySession::isModified() const
{
    return m_document && m_document->isModified();
}

void StorySession::releaseLease()
{
    if (m_leasedStory == 0)
        return;
    const qint64 id = std::exchange(m_leasedStory, 0);
    m_worker->run(
        this, [id, name = m_name](Database &db) { return EditLocks(db, name).release(id); },
        [](const Status &) {
            // Not let go (offline): it lapses on its own within minutes.
        },
        DatabaseWorker::Priority::Background);
}

void StorySession::setDocument(ArticleDocument *document, const QString &journalKey, bool reloaded)
{
    ArticleDocument *previous = m_document;
    if (m_leasedStory != 0 && (!document || document->saved().id != m_leasedStory))
        releaseLease();
    if (m_autosaver) {
        // The story was saved, or its changes were given up on purpose.
        (void)m_autosaver->journal().remove(m_autosaver->key());
        m_autosaver = nullptr; // a child of the previous document
    }
    if (!reloaded) {
        m_lease = {};
        m_writable = true;
        m_liveChangesAllowed = 0; // asked again for each opening
    }
    m_document = document;
    if (document) {
        m_autosaver = new Autosaver(document, EditJournal(m_journalFolder), journalKey, document);
        connect(m_autosaver, &Autosaver::storeDue, this, &StorySession::storeQuietly);
        connect(m_autosaver, &Autosaver::journalFailed, this, [this](const QString &problem) {
            Q_EMIT message(tr("Unsaved text is not being kept: %1").arg(problem));
        });
    }
    Q_EMIT documentReplaced(document, reloaded);
    if (!reloaded)
        Q_EMIT leaseChanged();
    if (previous)
        previous->deleteLater();
}

void StorySession::open(qint64 id, Reply done)
{
    // The story and its lease in one trip to the worker: what the panels beside it ask
    // for once it shows does not stand between the reporter and writing.
    struct Opened
    {
        Article article;
        std::optional<Expected<EditLock>> lock; // none without a person to hold it
    };
    exclusive([this, id, done] {
        m_worker->run(
            this,
            [id, actor = m_actor, name = m_name](Database &db) -> Expected<Opened> {
                Expected<Article> article = ArticleRepository(db).load(id);
                if (!article)
                    return article.error();
                Opened opened{std::move(*article), std::nullopt};
                if (actor)
                    opened.lock = EditLocks(db, name).acquire(id, *actor);
                return opened;
            },
            [this, id, done](const Expected<Opened> &opened) {
                if (!opened) {
                    finish();
                    tell(done, opened.error());
                    return;
                }
                setDocument(new ArticleDocument(opened->article, this));
                const auto ready = [this, done] {
                    finish();
                    tell(done, Done{});
                };
                if (!opened->lock)
                    return takeLease(ready); // nobody to hold it: says so
                holdLease(id, *opened->lock, ready);
            });
    });
}

void StorySession::startNew()
{
    // A story started at a desk carries the byline of whoever works there.
    Article story;
    if (m_actor && m_actor->personId != 0)
        story.bylines = {Byline{Byline::Kind::Text, m_actor->personId, m_actor->name}};
    setDocument(new ArticleDocument(story, this));
}

void StorySession::setActor(const Actor &actor)
{
    m_actor = actor;
}

void StorySession::keptTexts(KeptReply done)
{
    QStringList problems;
    QList<KeptText> kept;
    QList<qint64> ids;
    for (const EditJournal::Entry &entry : EditJournal(m_journalFolder).entries(&problems)) {
        if (m_autosaver && entry.key == m_autosaver->key())
            continue; // the story open right now
        kept.append(KeptText{entry, std::nullopt});
        if (entry.article.id > 0)
            ids.append(entry.article.id);
    }
    if (ids.isEmpty())
        return done(kept, problems);
    m_worker->run(
        this,
        [ids](Database &db) -> Expected<QHash<qint64, Article>> {
            const ArticleRepository articles(db);
            QHash<qint64, Article> stored;
            for (const qint64 id : ids) {
                if (Expected<Article> article = articles.load(id))
                    stored.insert(id, *article);
            }
            return stored;
        },
        [kept, problems, done](const Expected<QHash<qint64, Article>> &stored) mutable {
            for (KeptText &text : kept) {
                if (stored && stored->contains(text.entry.article.id))
                    text.stored = stored->value(text.entry.article.id);
            }
            done(kept, problems);
        });
}

Status StorySession::discardKept(const QString &key)
{
    return EditJournal(m_journalFolder).remove(key);
}

void StorySession::recover(const QString &key, Reply done)
{
    const QList<EditJournal::Entry> entries = EditJournal(m_journalFolder).entries();
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.key == key; });
    if (entry == entries.end())
        return tell(done, Error{Error::Kind::NotFound, tr("No unsaved text is kept under %1.").arg(key)});
    const EditJournal::Entry kept = *entry;
    exclusive([this, kept, done] {
        const qint64 id = kept.article.id;
        m_worker->run(
            this,
            [id](Database &db) -> Expected<std::optional<Article>> {
                if (id <= 0)
                    return std::optional<Article>();
                if (Expected<Article> stored = ArticleRepository(db).load(id))
                    return std::optional<Article>(*stored);
                return std::optional<Article>();
            },
            [this, kept, done](const Expected<std::optional<Article>> &stored) {
                // The baseline is the stored story with the revision the text was written on: if
                // someone saved since, saving this text is a conflict, never a silent overwrite.
                Article baseline;
                if (stored && *stored) {
                    baseline = **stored;
                    baseline.revision = std::min(baseline.revision, kept.article.revision);
                } else if (kept.article.id > 0) {
                    Q_EMIT message(tr("The stored story is gone; the recovered text will be saved as a new story."));
                }
                Article content = kept.article;
                content.id = baseline.id;
                content.revision = baseline.revision;
                setDocument(new ArticleDocument(baseline, this), baseline.id > 0 ? kept.key : QString());
                takeLease([this, kept, content, done] {
                    // Recovered text is this person's own: it stays writable and savable (through
                    // the merge) even while a colleague holds the story.
                    setLease(m_lease, true);
                    m_document->replaceContent(content);
                    // A story that is gone or was never saved gets a fresh entry; the old one goes
                    // only once the text is safe under the new.
                    if (Status safe = m_autosaver->sync(); safe && m_autosaver->key() != kept.key)
                        (void)EditJournal(m_journalFolder).remove(kept.key);
                    finish();
                    tell(done, Done{});
                });
            });
    });
}

void StorySession::close()
{
    setDocument(nullptr);
}

void StorySession::save(SaveMode mode, const QString &note, ArticleReply done)
{
    exclusive([this, mode, note, done] {
        saveNow(mode, note, 0, [this, done](const Expected<Article> &saved) {
            finish();
            if (done)
                done(saved);
        });
    });
}

void StorySession::saveNow(SaveMode mode, const QString &note, int round, ArticleReply then)
{
    if (!m_document)
        return then(Error{Error::Kind::NotFound, tr("No story is open.")});
    if (!m_writable)
        return then(Error{Error::Kind::Permission, tr("This story is not yours to change now.")});
    SaveOptions options;
    options.personId = m_actor ? m_actor->personId : 0; // on a shared server, the database checks it is them
    options.note = note;
    const bool isNew = m_document->saved().id == 0;
    // The text as it is now goes; what is typed while it travels stays unsaved, in the journal.
    const Article text = m_document->snapshot();
    const QList<qint64> sections{m_document->saved().categoryId, text.categoryId};
    m_worker->run(
        this,
        [text, options, sections](Database &db) -> Expected<SaveOutcome> {
            SaveOutcome outcome{ArticleRepository(db).save(text, options), {}, {}};
            if (outcome.result.isConflict() && outcome.result.theirs) {
                outcome.colleague = lastEditorOf(db, outcome.result.theirs->id);
                const CategoryRepository categories(db);
                for (const qint64 id : sections + QList<qint64>{outcome.result.theirs->categoryId})
                    outcome.sectionPaths.insert(id, categories.displayPath(id));
            }
            return outcome;
        },
        [this, mode, note, round, then, isNew, document = m_document](const Expected<SaveOutcome> &outcome) {
            if (document != m_document)
                return then(Error{Error::Kind::Cancelled, tr("The story was closed before it was saved.")});
            if (!outcome)
                return then(outcome.error());
            const SaveResult &result = outcome->result;
            // A colleague saved meanwhile: choose what to keep from each, then save on top of
            // theirs. (Three rounds at most: they may save again while the choice is made.)
            if (mode == SaveMode::Asked && result.isConflict() && result.theirs && round < 3) {
                const Article &theirs = *result.theirs;
                const Article base = m_document->saved();
                const Article mine = m_document->snapshot();
                const QHash<qint64, QString> paths = outcome->sectionPaths;
                const QList<MergeField> fields = mergeFields(base, mine, theirs, [paths](qint64 id) {
                    return paths.value(id, QString::number(id));
                });
                if (fields.isEmpty()) {
                    // The same text on both sides: only the bookkeeping moved on.
                    m_document->rebase(theirs, mine, tr("Catch up with revision %1").arg(theirs.revision));
                } else {
                    const std::optional<QList<MergeField>> chosen =
                        m_decisions ? m_decisions->chooseMerge(outcome->colleague, theirs, fields) : std::nullopt;
                    if (!chosen || document != m_document)
                        return then(Error{Error::Kind::Cancelled,
                                          tr("Not saved: your text is as you left it, and kept on this computer.")});
                    m_document->rebase(theirs, mergedArticle(base, m_document->snapshot(), theirs, *chosen),
                                       tr("Merge with revision %1").arg(theirs.revision));
                }
                return saveNow(mode, note, round + 1, then);
            }
            if (!result.ok()) {
                // The document and the journal keep every word typed.
                if (mode == SaveMode::Quiet && result.isConflict())
                    Q_EMIT newerElsewhere(result.theirs ? outcome->colleague : tr("A colleague"), false);
                return then(*result.error);
            }
            m_document->markSaved(result.article);
            if (Status kept = m_autosaver->sync(); !kept)
                Q_EMIT message(kept.error().message);
            Q_EMIT saved(result.article, isNew);
            if (!isNew)
                return then(result.article);
            takeLease([then, article = result.article] { then(article); });
        });
}

void StorySession::saveFirstNow(Reply then)
{
    if (!m_document)
        return then(Error{Error::Kind::NotFound, tr("No story is open.")});
    if (!m_document->isModified() && m_document->saved().id != 0)
        return then(Done{});
    saveNow(SaveMode::Asked, {}, 0, [then](const Expected<Article> &stored) {
        then(stored ? Status(Done{}) : Status(stored.error()));
    });
}

void StorySession::storeQuietly()
{
    exclusive([this] {
        // A story without a headline is not worth a revision yet, and a published story's
        // changes wait for the person to say they go online: the journal keeps both.
        if (!m_document || !m_writable || m_document->field(ArticleDocument::Field::Headline).trimmed().isEmpty()
            || !mayChangeLiveStory())
            return finish();
        saveNow(SaveMode::Quiet, {}, 0, [this](const Expected<Article> &stored) {
            if (!stored && stored.error().kind != Error::Kind::Conflict)
                Q_EMIT message(tr("Not saved to the newsroom yet: %1. Your text is kept on this computer.")
                                   .arg(stored.error().message));
            finish();
        });
    });
}

void StorySession::step(std::function<Expected<Article>(Database &, qint64)> job, ArticleReply then)
{
    if (!m_actor)
        return then(Error{Error::Kind::Permission, tr("Nobody is signed in at this desk.")});
    saveFirstNow([this, job, then](const Status &ready) {
        if (!ready)
            return then(ready.error());
        m_worker->run(this, [job, id = storyId()](Database &db) { return job(db, id); },
                      [this, then, document = m_document](const Expected<Article> &done) {
                          if (done && document == m_document) {
                              m_document->markSaved(*done); // the step is a new revision: the editor works on it
                              if (Status kept = m_autosaver->sync(); !kept)
                                  Q_EMIT message(kept.error().message);
                          }
                          then(done);
                      });
    });
}


void StorySession::perform(WorkflowAction action, const QString &note, const QDateTime &whenUtc, ArticleReply done)
{
    exclusive([this, action, note, whenUtc, done] {
        const std::optional<Actor> actor = m_actor;
        step(
            [actor, action, note, whenUtc](Database &db, qint64 id) {
                return Workflow(db).perform(id, action, *actor, note, whenUtc);
            },
            [this, action, done](const Expected<Article> &taken) {
                if (taken)
                    Q_EMIT stepTaken(action, *taken);
                finish();
                if (done)
                    done(taken);
            });
    });
}

void StorySession::setEmbargo(const QDateTime &untilUtc, ArticleReply done)
{
    exclusive([this, untilUtc, done] {
        const std::optional<Actor> actor = m_actor;
        step([actor, untilUtc](Database &db, qint64 id) { return Workflow(db).setEmbargo(id, *actor, untilUtc); },
             [this, done](const Expected<Article> &set) {
                 finish();
                 if (done)
                     done(set);
             });
    });
}

bool StorySession::isInTrash() const
{
    return m_document && m_document->saved().trashedAt.isValid();
}

void StorySession::moveToTrash(ArticleReply done)
{
    exclusive([this, done] {
        const std::optional<Actor> actor = m_actor;
        step([actor](Database &db, qint64 id) { return Trash(db).moveToTrash(id, *actor); },
             [this, done](const Expected<Article> &moved) {
                 if (moved)
                     Q_EMIT trashChanged(*moved);
                 finish();
                 if (done)
                     done(moved);
             });
    });
}

void StorySession::restoreFromTrash(ArticleReply done)
{
    exclusive([this, done] {
        const std::optional<Actor> actor = m_actor;
        if (!actor || !m_document) {
            finish();
            if (done)
                done(Error{Error::Kind::Permission, tr("Nobody is signed in at this desk.")});
            return;
        }
        // Nothing typed to save first: in the trash the story is read-only.
        m_worker->run(
            this, [actor, id = storyId()](Database &db) { return Trash(db).restore(id, *actor); },
            [this, done, document = m_document](const Expected<Article> &back) {
                if (back && document == m_document) {
                    m_document->markSaved(*back);
                    Q_EMIT trashChanged(*back);
                }
                finish();
                if (done)
                    done(back);
            });
    });
}

void StorySession::restoreRevision(int revision, ArticleReply done)
{
    exclusive([this, revision, done] {
        auto finished = [this, done](const Expected<Article> &restored) {
            finish();
            if (done)
                done(restored);
        };
        if (!m_document)
            return finished(Error{Error::Kind::NotFound, tr("No story is open.")});
        m_worker->run(
            this, [id = storyId()](Database &db) { return ArticleRepository(db).revisions(id); },
            [this, revision, finished, document = m_document](const Expected<QList<Revision>> &revisions) {
                if (!revisions)
                    return finished(revisions.error());
                if (document != m_document)
                    return finished(Error{Error::Kind::Cancelled, tr("The story was closed meanwhile.")});
                for (const Revision &candidate : *revisions) {
                    if (candidate.revision != revision)
                        continue;
                    // One undoable step in the editor, then saved: history grows, nothing is rewritten.
                    m_document->replaceContent(restoredFrom(m_document->snapshot(), candidate.snapshot));
                    return saveNow(SaveMode::Asked, tr("Restored revision %1").arg(revision), 0, finished);
                }
                finished(Error{Error::Kind::NotFound, tr("The story has no revision %1.").arg(revision)});
            });
    });
}

void StorySession::setLease(Lease lease, bool writable)
{
    m_lease = std::move(lease);
    m_writable = writable;
    Q_EMIT leaseChanged();
}

void StorySession::takeLease(std::function<void()> then)
{
    const qint64 id = storyId();
    if (!m_actor || id == 0) {
        setLease({}, true);
        return then();
    }
    m_worker->run(
        this, [id, actor = *m_actor, name = m_name](Database &db) { return EditLocks(db, name).acquire(id, actor); },
        [this, id, then](const Expected<EditLock> &lock) { holdLease(id, lock, then); });
}

void StorySession::holdLease(qint64 id, const Expected<EditLock> &lock, const std::function<void()> &then)
{
    if (storyId() != id) {
        // Another story is open by now: this one is not being edited here.
        if (lock && lock->heldBy(m_name)) {
            m_leasedStory = id;
            releaseLease();
        }
        return then();
    }
    if (!lock) {
        if (lock.error().kind == Error::Kind::Permission) {
            // Row security says this story is not theirs to change now.
            Lease denied;
            denied.state = Lease::State::Denied;
            denied.reason = lock.error().message;
            setLease(denied, false);
            return then();
        }
        Q_EMIT message(tr("Cannot tell colleagues you are editing this story: %1").arg(lock.error().message));
        setLease({}, true);
        return then();
    }
    if (lock->heldBy(m_name)) {
        m_leasedStory = id;
        setLease({Lease::State::Mine, {}, {}, {}, false, 0}, true);
        return then();
    }
    Lease colleague;
    colleague.state = Lease::State::Colleague;
    colleague.holder = lock->holder;
    colleague.since = lock->acquiredAt;
    colleague.mayTakeOver = roleMay(m_actor->role, Capability::EditAnyStory);
    setLease(colleague, false);
    then();
}

void StorySession::renewLease()
{
    if (m_leasedStory == 0)
        return;
    m_worker->run(
        this, [id = m_leasedStory, name = m_name](Database &db) { return EditLocks(db, name).renew(id); },
        [this](const Expected<bool> &renewed) {
            if (renewed && !*renewed)
                checkLease();
        },
        DatabaseWorker::Priority::Background);
}

void StorySession::checkLease()
{
    exclusive([this] {
        const qint64 id = storyId();
        if (id == 0)
            return finish();
        m_worker->run(
            this, [id, name = m_name](Database &db) { return EditLocks(db, name).current(id); },
            [this, id](const Expected<std::optional<EditLock>> &lock) {
                if (!lock || storyId() != id)
                    return finish(); // offline: the feed says so, and this is asked again once it is back
                if (m_leasedStory == id) {
                    if (!*lock)
                        return takeLease([this] { finish(); }); // lapsed while this desk slept: take it again
                    if (!(*lock)->heldBy(m_name))
                        return lostLease(**lock, [this] { finish(); });
                    return finish();
                }
                // Read-only until now: the colleague closed the story, so this desk may edit it.
                if (*lock || m_writable)
                    return finish();
                takeLease([this, id] {
                    if (m_leasedStory == id)
                        Q_EMIT message(tr("The story is free: you can edit it now."), 5000);
                    finish();
                });
            });
    });
}

void StorySession::lostLease(const EditLock &now, std::function<void()> then)
{
    m_leasedStory = 0;
    Lease lost;
    lost.state = Lease::State::Lost;
    lost.holder = now.holder;
    if (!m_document->isModified()) {
        setLease(lost, false);
        return then();
    }
    // Nothing typed is lost: the text goes into the story as a revision, on top of
    // whatever is stored now, for whoever took over to see and use.
    lost.keptRevision = -1;
    SaveOptions options;
    options.personId = m_actor ? m_actor->personId : 0;
    options.note = tr("Unsaved text of %1, kept when %2 took over editing")
                       .arg(m_actor ? m_actor->name : tr("a colleague"), now.holder);
    const Article base = m_document->saved();
    const Article mine = m_document->snapshot();
    m_worker->run(
        this,
        [base, mine, options](Database &db) -> Expected<Article> {
            ArticleRepository articles(db);
            const Expected<Article> stored = articles.load(base.id);
            if (!stored)
                return stored.error();
            // On top of what is stored; if the colleague saved already, each field as the
            // merge would suggest, and the body with paragraphs of both.
            const Article text = stored->revision == base.revision
                ? restoredFrom(*stored, mine)
                : mergedArticle(base, mine, *stored, mergeFields(base, mine, *stored));
            SaveResult kept = articles.save(text, options);
            if (!kept.ok())
                return *kept.error;
            return kept.article;
        },
        [this, lost, then, document = m_document](const Expected<Article> &kept) mutable {
            if (kept && document == m_document) {
                lost.keptRevision = kept->revision;
                setDocument(new ArticleDocument(*kept, this), {}, true);
            }
            setLease(lost, false);
            then();
        });
}

void StorySession::takeOver(Reply done)
{
    exclusive([this, done] {
        const qint64 id = storyId();
        auto finished = [this, done](const Status &taken) {
            finish();
            tell(done, taken);
        };
        if (!m_actor || id == 0)
            return finished(Error{Error::Kind::NotFound, tr("No stored story is open.")});
        m_worker->run(
            this,
            [id, actor = *m_actor, name = m_name](Database &db) { return EditLocks(db, name).takeOver(id, actor); },
            [this, id, finished](const Expected<EditLock> &lock) {
                if (!lock)
                    return finished(lock.error());
                if (storyId() == id) {
                    m_leasedStory = id;
                    setLease({Lease::State::Mine, {}, {}, {}, false, 0}, true);
                }
                finished(Done{});
            });
    });
}

void StorySession::storedChanged()
{
    exclusive([this] {
        const qint64 id = storyId();
        if (id == 0)
            return finish();
        m_worker->run(
            this,
            [id](Database &db) -> Expected<StoredStory> {
                Expected<Article> stored = ArticleRepository(db).load(id);
                if (!stored)
                    return stored.error();
                return StoredStory{*stored, lastEditorOf(db, id)};
            },
            [this, id](const Expected<StoredStory> &stored) {
                if (!stored || storyId() != id || stored->article.revision == m_document->saved().revision)
                    return finish();
                if (!m_document->isModified()) {
                    setDocument(new ArticleDocument(stored->article, this), {}, true);
                    Q_EMIT newerElsewhere(stored->lastEditor, true);
                } else if (m_writable) {
                    Q_EMIT newerElsewhere(stored->lastEditor, false);
                }
                finish();
            });
    });
}

void StorySession::followStored()
{
    exclusive([this] {
        const qint64 id = storyId();
        if (!m_document || m_document->isModified() || id == 0)
            return finish();
        m_worker->run(this, [id](Database &db) { return ArticleRepository(db).load(id); },
                      [this, id](const Expected<Article> &current) {
                          if (current && storyId() == id && !m_document->isModified())
                              m_document->markSaved(*current);
                          finish();
                      });
    });
}

void StorySession::follow(ChangeFeed *feed)
{
    connect(feed, &ChangeFeed::articleChanged, this, [this](qint64 id) {
        if (id == storyId())
            storedChanged();
    });
    connect(feed, &ChangeFeed::lockChanged, this, [this](qint64 id) {
        if (id == storyId())
            checkLease();
    });
    // Back after the connection was lost: whatever happened meanwhile.
    connect(feed, &ChangeFeed::resynced, this, [this] {
        storedChanged();
        checkLease();
    });
}

void StorySession::followStored(const QList<qint64> &ids)
{
    if (ids.contains(storyId()))
        followStored();
}

} // namespace Newsroom
