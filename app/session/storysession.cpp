// SPDX-License-Identifier: GPL-3.0-or-later
#include "storysession.h"

#include "document/articlecompare.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "storage/articlerepository.h"
#include "storage/changefeed.h"
#include "storage/categoryrepository.h"
#include "storage/peoplerepository.h"
#include "storage/editlocks.h"

#include <QTimer>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

SessionDecisions::~SessionDecisions() = default;

StorySession::StorySession(Database &database, std::optional<Actor> actor, QString journalFolder, QObject *parent)
    : QObject(parent)
    , m_db(database)
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
    if (m_leasedStory != 0)
        (void)EditLocks(m_db, m_name).release(m_leasedStory);
    delete m_document.data(); // before this object is gone: its autosaver reports here
}

qint64 StorySession::storyId() const
{
    return m_document ? m_document->saved().id : 0;
}

bool StorySession::isModified() const
{
    return m_document && m_document->isModified();
}

void StorySession::setDocument(ArticleDocument *document, const QString &journalKey, bool reloaded)
{
    ArticleDocument *previous = m_document;
    if (m_leasedStory != 0 && (!document || document->saved().id != m_leasedStory)) {
        (void)EditLocks(m_db, m_name).release(m_leasedStory);
        m_leasedStory = 0;
    }
    if (m_autosaver) {
        // The story was saved, or its changes were given up on purpose.
        (void)m_autosaver->journal().remove(m_autosaver->key());
        m_autosaver = nullptr; // a child of the previous document
    }
    if (!reloaded) {
        m_lease = {};
        m_writable = true;
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

Status StorySession::open(qint64 id)
{
    const Expected<Article> article = ArticleRepository(m_db).load(id);
    if (!article)
        return article.error();
    setDocument(new ArticleDocument(*article, this));
    takeLease();
    return Done{};
}

void StorySession::startNew()
{
    setDocument(new ArticleDocument(Article{}, this));
}

QList<KeptText> StorySession::keptTexts(QStringList *problems) const
{
    QList<KeptText> kept;
    const ArticleRepository articles(m_db);
    for (const EditJournal::Entry &entry : EditJournal(m_journalFolder).entries(problems)) {
        if (m_autosaver && entry.key == m_autosaver->key())
            continue; // the story open right now
        KeptText text{entry, std::nullopt};
        if (entry.article.id > 0) {
            if (Expected<Article> stored = articles.load(entry.article.id))
                text.stored = *stored;
        }
        kept.append(text);
    }
    return kept;
}

Status StorySession::discardKept(const QString &key)
{
    return EditJournal(m_journalFolder).remove(key);
}

Status StorySession::recover(const QString &key)
{
    const QList<EditJournal::Entry> entries = EditJournal(m_journalFolder).entries();
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const auto &e) { return e.key == key; });
    if (entry == entries.end())
        return Error{Error::Kind::NotFound, tr("No unsaved text is kept under %1.").arg(key)};
    // The baseline is the stored story with the revision the text was written on: if
    // someone saved since, saving this text is a conflict, never a silent overwrite.
    Article baseline;
    if (entry->article.id > 0) {
        if (Expected<Article> stored = ArticleRepository(m_db).load(entry->article.id)) {
            baseline = *stored;
            baseline.revision = std::min(baseline.revision, entry->article.revision);
        } else {
            Q_EMIT message(tr("The stored story is gone; the recovered text will be saved as a new story."));
        }
    }
    Article content = entry->article;
    content.id = baseline.id;
    content.revision = baseline.revision;
    setDocument(new ArticleDocument(baseline, this), baseline.id > 0 ? key : QString());
    takeLease();
    // Recovered text is this person's own: it stays writable and savable (through the
    // merge) even while a colleague holds the story.
    setLease(m_lease, true);
    m_document->replaceContent(content);
    // A story that is gone or was never saved gets a fresh entry; the old one goes only
    // once the text is safe under the new.
    if (Status kept = m_autosaver->sync(); kept && m_autosaver->key() != key)
        (void)EditJournal(m_journalFolder).remove(key);
    return Done{};
}

void StorySession::close()
{
    setDocument(nullptr);
}

Expected<Article> StorySession::save(SaveMode mode, const QString &note)
{
    if (!m_document)
        return Error{Error::Kind::NotFound, tr("No story is open.")};
    if (!m_writable)
        return Error{Error::Kind::Permission, tr("This story is not yours to change now.")};
    SaveOptions options;
    options.personId = m_actor ? m_actor->personId : 0; // on a shared server, the database checks it is them
    options.note = note;
    const bool isNew = m_document->saved().id == 0;
    ArticleRepository articles(m_db);
    SaveResult result = articles.save(m_document->snapshot(), options);
    // A colleague saved meanwhile: choose what to keep from each, then save on top of
    // theirs. (Three rounds at most: they may save again while the choice is made.)
    for (int round = 0; mode == SaveMode::Asked && result.isConflict() && result.theirs && round < 3; ++round) {
        const Article &theirs = *result.theirs;
        const Article base = m_document->saved();
        const Article mine = m_document->snapshot();
        Database *db = &m_db;
        const QList<MergeField> fields = mergeFields(base, mine, theirs, [db](qint64 id) {
            return CategoryRepository(*db).displayPath(id);
        });
        if (fields.isEmpty()) {
            // The same text on both sides: only the bookkeeping moved on.
            m_document->rebase(theirs, mine, tr("Catch up with revision %1").arg(theirs.revision));
        } else {
            const std::optional<QList<MergeField>> chosen =
                m_decisions ? m_decisions->chooseMerge(lastEditorOf(theirs), theirs, fields) : std::nullopt;
            if (!chosen)
                return Error{Error::Kind::Cancelled,
                             tr("Not saved: your text is as you left it, and kept on this computer.")};
            m_document->rebase(theirs, mergedArticle(base, mine, theirs, *chosen),
                               tr("Merge with revision %1").arg(theirs.revision));
        }
        result = articles.save(m_document->snapshot(), options);
    }
    if (!result.ok()) {
        // The document and the journal keep every word typed.
        if (mode == SaveMode::Quiet && result.isConflict())
            Q_EMIT newerElsewhere(result.theirs ? lastEditorOf(*result.theirs) : tr("A colleague"), false);
        return *result.error;
    }
    m_document->markSaved(result.article);
    if (isNew)
        takeLease();
    if (Status kept = m_autosaver->sync(); !kept)
        Q_EMIT message(kept.error().message);
    Q_EMIT saved(result.article, isNew);
    return result.article;
}

Status StorySession::saveFirst()
{
    if (!m_document)
        return Error{Error::Kind::NotFound, tr("No story is open.")};
    if (m_document->isModified() || m_document->saved().id == 0) {
        if (const Expected<Article> stored = save(); !stored)
            return stored.error();
    }
    return Done{};
}

void StorySession::storeQuietly()
{
    // A story without a headline is not worth a revision yet; the journal keeps it.
    if (!m_document || !m_writable || m_document->field(ArticleDocument::Field::Headline).trimmed().isEmpty())
        return;
    const Expected<Article> stored = save(SaveMode::Quiet);
    if (!stored && stored.error().kind != Error::Kind::Conflict)
        Q_EMIT message(tr("Not saved to the newsroom yet: %1. Your text is kept on this computer.")
                           .arg(stored.error().message));
}

Expected<Article> StorySession::finishStep(const Expected<Article> &done)
{
    if (!done)
        return done;
    m_document->markSaved(*done); // the step is a new revision: the editor works on it
    if (Status kept = m_autosaver->sync(); !kept)
        Q_EMIT message(kept.error().message);
    return done;
}

Expected<Article> StorySession::perform(WorkflowAction action, const QString &note, const QDateTime &whenUtc)
{
    if (!m_actor)
        return Error{Error::Kind::Permission, tr("Nobody is signed in at this desk.")};
    if (Status ready = saveFirst(); !ready)
        return ready.error();
    const Expected<Article> done = finishStep(Workflow(m_db).perform(storyId(), action, *m_actor, note, whenUtc));
    if (done)
        Q_EMIT stepTaken(action, *done);
    return done;
}

Expected<Article> StorySession::setEmbargo(const QDateTime &untilUtc)
{
    if (!m_actor)
        return Error{Error::Kind::Permission, tr("Nobody is signed in at this desk.")};
    if (Status ready = saveFirst(); !ready)
        return ready.error();
    return finishStep(Workflow(m_db).setEmbargo(storyId(), *m_actor, untilUtc));
}

Expected<Article> StorySession::restoreRevision(int revision)
{
    if (!m_document)
        return Error{Error::Kind::NotFound, tr("No story is open.")};
    const Expected<QList<Revision>> revisions = ArticleRepository(m_db).revisions(storyId());
    if (!revisions)
        return revisions.error();
    for (const Revision &candidate : *revisions) {
        if (candidate.revision != revision)
            continue;
        // One undoable step in the editor, then saved: history grows, nothing is rewritten.
        m_document->replaceContent(restoredFrom(m_document->snapshot(), candidate.snapshot));
        return save(SaveMode::Asked, tr("Restored revision %1").arg(revision));
    }
    return Error{Error::Kind::NotFound, tr("The story has no revision %1.").arg(revision)};
}

void StorySession::setLease(Lease lease, bool writable)
{
    m_lease = std::move(lease);
    m_writable = writable;
    Q_EMIT leaseChanged();
}

void StorySession::takeLease()
{
    const qint64 id = storyId();
    if (!m_actor || id == 0)
        return setLease({}, true);
    const Expected<EditLock> lock = EditLocks(m_db, m_name).acquire(id, *m_actor);
    if (!lock) {
        if (lock.error().kind == Error::Kind::Permission) {
            // Row security says this story is not theirs to change now.
            Lease denied;
            denied.state = Lease::State::Denied;
            denied.reason = lock.error().message;
            return setLease(denied, false);
        }
        Q_EMIT message(tr("Cannot tell colleagues you are editing this story: %1").arg(lock.error().message));
        return setLease({}, true);
    }
    if (lock->heldBy(m_name)) {
        m_leasedStory = id;
        return setLease({Lease::State::Mine, {}, {}, {}, false, 0}, true);
    }
    Lease colleague;
    colleague.state = Lease::State::Colleague;
    colleague.holder = lock->holder;
    colleague.since = lock->acquiredAt;
    colleague.mayTakeOver = roleMay(m_actor->role, Capability::EditAnyStory);
    setLease(colleague, false);
}

void StorySession::renewLease()
{
    if (m_leasedStory == 0)
        return;
    const Expected<bool> renewed = EditLocks(m_db, m_name).renew(m_leasedStory);
    if (renewed && !*renewed)
        checkLease();
}

void StorySession::checkLease()
{
    const qint64 id = storyId();
    if (id == 0)
        return;
    const Expected<std::optional<EditLock>> lock = EditLocks(m_db, m_name).current(id);
    if (!lock)
        return; // offline: the feed says so, and this is asked again once it is back
    if (m_leasedStory == id) {
        if (!*lock)
            takeLease(); // lapsed while this desk slept: take it again
        else if (!(*lock)->heldBy(m_name))
            lostLease(**lock);
        return;
    }
    // Read-only until now: the colleague closed the story, so this desk may edit it.
    if (!*lock && !m_writable) {
        takeLease();
        if (m_leasedStory == id)
            Q_EMIT message(tr("The story is free: you can edit it now."), 5000);
    }
}

void StorySession::lostLease(const EditLock &now)
{
    m_leasedStory = 0;
    Lease lost;
    lost.state = Lease::State::Lost;
    lost.holder = now.holder;
    if (m_document->isModified()) {
        // Nothing typed is lost: the text goes into the story as a revision, on top of
        // whatever is stored now, for whoever took over to see and use.
        lost.keptRevision = -1;
        ArticleRepository articles(m_db);
        if (const Expected<Article> stored = articles.load(storyId())) {
            SaveOptions options;
            options.personId = m_actor ? m_actor->personId : 0;
            options.note = tr("Unsaved text of %1, kept when %2 took over editing")
                               .arg(m_actor ? m_actor->name : tr("a colleague"), now.holder);
            // On top of what is stored; if the colleague saved already, each field as the
            // merge would suggest, and the body with paragraphs of both.
            const Article base = m_document->saved();
            const Article mine = m_document->snapshot();
            const Article text = stored->revision == base.revision
                ? restoredFrom(*stored, mine)
                : mergedArticle(base, mine, *stored, mergeFields(base, mine, *stored));
            if (const SaveResult kept = articles.save(text, options); kept.ok()) {
                lost.keptRevision = kept.article.revision;
                setDocument(new ArticleDocument(kept.article, this), {}, true);
            }
        }
    }
    setLease(lost, false);
}

Status StorySession::takeOver()
{
    const qint64 id = storyId();
    if (!m_actor || id == 0)
        return Error{Error::Kind::NotFound, tr("No stored story is open.")};
    const Expected<EditLock> lock = EditLocks(m_db, m_name).takeOver(id, *m_actor);
    if (!lock)
        return lock.error();
    m_leasedStory = id;
    setLease({Lease::State::Mine, {}, {}, {}, false, 0}, true);
    return Done{};
}

void StorySession::storedChanged()
{
    const qint64 id = storyId();
    if (id == 0)
        return;
    const Expected<Article> stored = ArticleRepository(m_db).load(id);
    if (!stored || stored->revision == m_document->saved().revision)
        return;
    if (!m_document->isModified()) {
        setDocument(new ArticleDocument(*stored, this), {}, true);
        Q_EMIT newerElsewhere(lastEditorOf(*stored), true);
        return;
    }
    if (m_writable)
        Q_EMIT newerElsewhere(lastEditorOf(*stored), false);
}

void StorySession::followStored()
{
    if (!m_document || m_document->isModified() || storyId() == 0)
        return;
    if (const Expected<Article> current = ArticleRepository(m_db).load(storyId()))
        m_document->markSaved(*current);
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

QString StorySession::lastEditorOf(const Article &story) const
{
    // Called on every change a colleague makes: one column, not the story's revisions.
    const Expected<qint64> person = ArticleRepository(m_db).lastSavedBy(story.id);
    if (person && *person != 0) {
        if (const Expected<Person> who = PeopleRepository(m_db).find(*person); who && !who->name.isEmpty())
            return who->name;
    }
    return tr("A colleague");
}

} // namespace Newsroom
