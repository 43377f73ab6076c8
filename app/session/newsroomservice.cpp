// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsroomservice.h"

#include "media/rendition.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/changefeed.h"
#include "storage/commentrepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/editlocks.h"
#include "storage/historyrepository.h"
#include "storage/peoplerepository.h"
#include "storage/photostore.h"
#include "storage/sitesettingsrepository.h"
#include "workflow/trash.h"
#include "workflow/workflow.h"

namespace Newsroom {

NewsroomService::NewsroomService(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_worker(new DatabaseWorker(database, DatabaseWorker::modeFor(database), this))
{
    if (const Expected<Actor> actor = Actor::signedIn(m_db))
        m_actor = *actor;
    else
        m_signInProblem = actor.error().message;
    m_zone = SiteSettingsRepository(m_db).timeZone();
}

NewsroomService::~NewsroomService() = default;

const DatabaseUrl &NewsroomService::url() const
{
    return m_db.url();
}

ChangeFeed *NewsroomService::changeFeed()
{
    if (!m_feed) {
        m_feed = new ChangeFeed(m_db, this);
        connect(m_feed, &ChangeFeed::articleChanged, this, [this] { m_authorSlugs.reset(); });
        connect(m_feed, &ChangeFeed::resynced, this, [this] {
            m_authorSlugs.reset();
            m_worker->run(
                this, [](Database &db) { return Expected<QTimeZone>(SiteSettingsRepository(db).timeZone()); },
                [this](Expected<QTimeZone> zone) {
                    if (zone)
                        m_zone = *zone;
                },
                DatabaseWorker::Priority::Background);
        });
    }
    return m_feed;
}

Error NewsroomService::nobodySignedIn() const
{
    return Error{Error::Kind::Permission, tr("Nobody is signed in at this desk.")};
}

namespace {

// The sections' paths of the stories on a page, as the list shows them.
QHash<qint64, QString> sectionPathsOf(Database &db, const QList<ArticleSummary> &items)
{
    // One query for all sections, not one per step up each story's section.
    const Expected<QHash<qint64, QString>> all = CategoryRepository(db).displayPaths();
    QHash<qint64, QString> paths;
    for (const ArticleSummary &story : items) {
        if (story.categoryId > 0)
            paths.insert(story.categoryId, all ? all->value(story.categoryId, QString::number(story.categoryId))
                                               : QString::number(story.categoryId));
    }
    return paths;
}

} // namespace

void NewsroomService::list(const ArticleQuery &query, QObject *context, Answer<StoryListPage> done)
{
    m_worker->run(
        context,
        [query](Database &db) -> Expected<StoryListPage> {
            Expected<ArticlePage> page = ArticleRepository(db).list(query);
            if (!page)
                return page.error();
            return StoryListPage{page->items, page->total, {}, sectionPathsOf(db, page->items)};
        },
        std::move(done));
}

void NewsroomService::search(const QString &text, const ArticleFilter &filter, int limit, QObject *context,
                             Answer<StoryListPage> done)
{
    m_worker->run(
        context,
        [text, filter, limit](Database &db) -> Expected<StoryListPage> {
            const Expected<QList<SearchHit>> hits = ArticleRepository(db).search(text, filter, limit);
            if (!hits)
                return hits.error();
            StoryListPage page;
            for (const SearchHit &hit : *hits) {
                page.items.append(hit.article);
                page.snippets.append(hit.snippet.text);
            }
            page.total = page.items.size();
            page.sectionPaths = sectionPathsOf(db, page.items);
            return page;
        },
        std::move(done));
}

void NewsroomService::makeThumbnails(const QList<qint64> &photoIds, QObject *context,
                                     Answer<QHash<qint64, QByteArray>> done)
{
    m_worker->run(
        context, [photoIds](Database &db) { return PhotoStore(db).makeThumbnails(photoIds); }, std::move(done),
        DatabaseWorker::Priority::Background);
}

void NewsroomService::colleaguesEditing(const QString &desk, QObject *context, Answer<QHash<qint64, QString>> done)
{
    m_worker->run(
        context,
        [desk](Database &db) -> Expected<QHash<qint64, QString>> {
            const Expected<QHash<qint64, EditLock>> locks = EditLocks(db, desk).active();
            if (!locks)
                return locks.error();
            QHash<qint64, QString> editors;
            for (const EditLock &lock : *locks) {
                if (!lock.heldBy(desk))
                    editors.insert(lock.articleId, lock.holder);
            }
            return editors;
        },
        std::move(done), DatabaseWorker::Priority::Background);
}

void NewsroomService::record(qint64 articleId, QObject *context, Answer<StoryRecord> done)
{
    m_worker->run(
        context,
        [articleId](Database &db) -> Expected<StoryRecord> {
            StoryRecord record;
            Expected<QList<WorkflowEvent>> events = HistoryRepository(db).history(articleId);
            if (!events)
                return events.error();
            record.history = std::move(*events);
            Expected<QList<Revision>> revisions = ArticleRepository(db).revisions(articleId);
            if (!revisions)
                return revisions.error();
            record.revisions = std::move(*revisions);
            if (const Expected<QList<Person>> people = PeopleRepository(db).list()) {
                for (const Person &person : *people)
                    record.names.insert(person.id, person.name);
            }
            if (Expected<QHash<qint64, QString>> paths = CategoryRepository(db).displayPaths())
                record.sectionPaths = std::move(*paths);
            return record;
        },
        std::move(done));
}

Status NewsroomService::mayTake(WorkflowAction action, const Article &story) const
{
    if (!m_actor)
        return nobodySignedIn();
    // The story as the desk has it, by the person at it: core checks again when it is taken.
    return Workflow(m_db).check(*m_actor, action, story, m_actor->personId);
}

Status NewsroomService::mayTrash(const Article &story) const
{
    if (!m_actor)
        return nobodySignedIn();
    return Trash::check(*m_actor, story, m_actor->personId);
}

void NewsroomService::moveToTrash(const QList<qint64> &ids, bool restore, QObject *context, Answer<TrashMove> done)
{
    if (!m_actor)
        return done(nobodySignedIn());
    m_worker->run(
        context,
        [ids, restore, actor = *m_actor](Database &db) -> Expected<TrashMove> {
            TrashMove result;
            Trash trash(db);
            for (const qint64 id : ids) {
                const Expected<Article> moved = restore ? trash.restore(id, actor) : trash.moveToTrash(id, actor);
                if (moved)
                    result.moved.append(moved->headline);
                else
                    result.refused.append(moved.error().message);
            }
            return result;
        },
        std::move(done));
}

void NewsroomService::purgeTrash(QObject *context, Answer<QStringList> done)
{
    if (!m_actor)
        return done(nobodySignedIn());
    m_worker->run(
        context, [actor = *m_actor](Database &db) { return Trash(db).purge(actor, QDateTime::currentDateTimeUtc()); },
        std::move(done));
}

void NewsroomService::staff(QObject *context, Answer<QList<Person>> done)
{
    m_worker->run(context, [](Database &db) { return PeopleRepository(db).list(); }, std::move(done));
}

void NewsroomService::addPerson(const Person &person, QObject *context, Answer<Person> done)
{
    m_worker->run(context, [person](Database &db) { return PeopleRepository(db).add(person); }, std::move(done));
}

void NewsroomService::updatePerson(const Person &person, QObject *context, Answer<Done> done)
{
    m_worker->run(context, [person](Database &db) { return PeopleRepository(db).update(person); }, std::move(done));
}

void NewsroomService::siteSettings(QObject *context, Answer<SiteSettings> done)
{
    m_worker->run(context, [](Database &db) { return SiteSettingsRepository(db).load(); }, std::move(done));
}

void NewsroomService::saveSiteSettings(const SiteSettings &settings, QObject *context, Answer<Done> done)
{
    m_worker->run(
        context, [settings](Database &db) { return SiteSettingsRepository(db).save(settings); },
        [this, settings, done = std::move(done)](const Expected<Done> &saved) {
            if (saved)
                m_zone = QTimeZone(settings.timeZone.toUtf8());
            done(saved);
        });
}

void NewsroomService::setLocalPerson(const QString &name, Role role, QObject *context, Answer<Actor> done)
{
    if (!m_db.isSQLite())
        return done(Error{Error::Kind::Permission, tr("On a shared server your login says who you are.")});
    m_worker->run(
        context,
        [name = name.simplified(), role](Database &db) -> Expected<Actor> {
            if (name.isEmpty())
                return invalid(tr("Say your name: it goes on your bylines and in the history."));
            return db.write([&]() -> Expected<Actor> {
                PeopleRepository people(db);
                Expected<Person> person = people.findByName(name);
                if (!person && person.error().kind != Error::Kind::NotFound)
                    return person.error();
                if (!person) {
                    Person added;
                    added.name = name;
                    added.role = role;
                    person = people.add(added);
                    if (!person)
                        return person.error();
                } else if (person->role != role) {
                    person->role = role;
                    if (Status updated = people.update(*person); !updated)
                        return updated.error();
                }
                SiteSettingsRepository settings(db);
                Expected<SiteSettings> current = settings.load();
                if (!current)
                    return current.error();
                current->localPerson = person->id;
                if (Status saved = settings.save(*current); !saved)
                    return saved.error();
                return Actor::signedIn(db);
            });
        },
        [this, done = std::move(done)](const Expected<Actor> &actor) {
            if (actor) {
                m_actor = *actor;
                m_signInProblem.clear();
                Q_EMIT actorChanged(*actor);
            }
            done(actor);
        });
}

void NewsroomService::isNew(QObject *context, Answer<bool> done)
{
    m_worker->run(
        context,
        [](Database &db) -> Expected<bool> {
            const Expected<SiteSettings> settings = SiteSettingsRepository(db).load();
            if (!settings)
                return settings.error();
            const Expected<QList<Category>> sections = CategoryRepository(db).list();
            if (!sections)
                return sections.error();
            const Expected<qint64> stories = ArticleRepository(db).count();
            if (!stories)
                return stories.error();
            return settings->name.trimmed().isEmpty() && sections->isEmpty() && *stories == 0;
        },
        std::move(done));
}

void NewsroomService::addSectionPaths(const QStringList &paths, QObject *context, Answer<Done> done)
{
    m_worker->run(
        context,
        [paths](Database &db) {
            return db.write([&]() -> Status {
                for (const QString &path : paths) {
                    if (path.trimmed().isEmpty())
                        continue;
                    if (const Expected<Category> made = CategoryRepository(db).ensurePath(path); !made)
                        return made.error();
                }
                return Done{};
            });
        },
        std::move(done));
}

void NewsroomService::sections(QObject *context, Answer<SectionTree> done)
{
    m_worker->run(
        context,
        [](Database &db) -> Expected<SectionTree> {
            CategoryRepository repository(db);
            Expected<QList<Category>> sections = repository.list();
            if (!sections)
                return sections.error();
            Expected<QHash<qint64, int>> stories = repository.storyCounts();
            if (!stories)
                return stories.error();
            const Expected<SiteSettings> settings = SiteSettingsRepository(db).load();
            if (!settings)
                return settings.error();
            return SectionTree{std::move(*sections), std::move(*stories), settings->language};
        },
        std::move(done));
}

void NewsroomService::changeSections(const SectionChange &change, QObject *context, Answer<Done> done)
{
    m_worker->run(
        context,
        [change](Database &db) -> Status {
            CategoryRepository repository(db);
            switch (change.kind) {
            case SectionChange::Kind::Add: {
                const Expected<Category> added = repository.addLast(change.other, change.name);
                return added ? Status(Done{}) : Status(added.error());
            }
            case SectionChange::Kind::Rename: return repository.rename(change.section, change.name);
            case SectionChange::Kind::Move: return repository.move(change.section, change.other);
            case SectionChange::Kind::Shift: return repository.shift(change.section, int(change.other));
            case SectionChange::Kind::Merge: return repository.merge(change.section, change.other);
            case SectionChange::Kind::Remove: return repository.remove(change.section);
            case SectionChange::Kind::NameIn: return repository.setNameIn(change.section, change.language, change.name);
            }
            return Done{};
        },
        std::move(done));
}

void NewsroomService::choices(QObject *context, Answer<Choices> done)
{
    m_worker->run(
        context,
        [](Database &db) -> Expected<Choices> {
            Expected<QList<Category>> sections = CategoryRepository(db).list();
            if (!sections)
                return sections.error();
            Expected<QList<Person>> staff = PeopleRepository(db).list();
            if (!staff)
                return staff.error();
            return Choices{std::move(*sections), std::move(*staff)};
        },
        std::move(done));
}

void NewsroomService::words(QObject *context, Answer<QList<DictionaryWord>> done)
{
    m_worker->run(
        context, [](Database &db) { return DictionaryRepository(db).words(); }, std::move(done),
        DatabaseWorker::Priority::Background);
}

void NewsroomService::discussion(qint64 articleId, QObject *context, Answer<Discussion> done)
{
    m_worker->run(
        context,
        [articleId](Database &db) -> Expected<Discussion> {
            Discussion talk;
            Expected<QList<EditorialComment>> comments = CommentRepository(db).list(articleId);
            if (!comments)
                return comments.error();
            talk.comments = std::move(*comments);
            if (Expected<QList<WorkflowEvent>> events = HistoryRepository(db).history(articleId))
                talk.history = std::move(*events);
            if (const Expected<QList<Person>> people = PeopleRepository(db).list()) {
                for (const Person &person : *people)
                    talk.names.insert(person.id, person.name);
            }
            talk.zone = SiteSettingsRepository(db).timeZone();
            return talk;
        },
        std::move(done));
}

void NewsroomService::translations(qint64 articleId, QObject *context, Answer<Translations> done)
{
    m_worker->run(
        context,
        [articleId](Database &db) -> Expected<Translations> {
            TranslationRepository links(db);
            Translations found;
            Expected<TranslationRepository::Group> group = links.group(articleId);
            if (!group)
                return group.error();
            found.group = std::move(*group);
            if (found.group.isEmpty())
                return found;
            if (found.group.originalId != articleId) {
                Expected<QString> behind = links.behindWarning(found.group, articleId);
                if (!behind)
                    return behind.error();
                found.behind = *behind;
                const auto member = std::ranges::find(found.group.members, articleId, &TranslationRepository::Member::id);
                found.untranslated = member != found.group.members.cend() && member->untranslated;
                if (!found.behind.isEmpty() && !found.untranslated) {
                    Expected<QList<DiffSpan>> changes = links.changesSince(found.group, articleId);
                    if (!changes)
                        return changes.error();
                    found.changes = std::move(*changes);
                }
            } else {
                Expected<QStringList> published = links.publishedTranslationsBehind(found.group, articleId);
                if (!published)
                    return published.error();
                found.publishedBehind = *published;
            }
            return found;
        },
        std::move(done));
}

void NewsroomService::translate(qint64 original, const QString &language, QObject *context, Answer<qint64> done)
{
    if (!m_actor)
        return done(nobodySignedIn());
    const qint64 person = m_actor->personId;
    m_worker->run(
        context,
        [original, language, person](Database &db) { return TranslationRepository(db).translate(original, language, person); },
        std::move(done));
}

void NewsroomService::markReviewed(qint64 translation, QObject *context, Answer<Done> done)
{
    m_worker->run(
        context, [translation](Database &db) { return TranslationRepository(db).markInStep(translation); },
        std::move(done));
}

void NewsroomService::story(qint64 articleId, QObject *context, Answer<Article> done)
{
    m_worker->run(context, [articleId](Database &db) { return ArticleRepository(db).load(articleId); }, std::move(done));
}

void NewsroomService::addWord(const DictionaryWord &word, QObject *context, Answer<Done> done)
{
    m_worker->run(context, [word](Database &db) { return DictionaryRepository(db).add(word); }, std::move(done));
}

void NewsroomService::removeWords(const QStringList &words, QObject *context, Answer<Done> done)
{
    m_worker->run(
        context,
        [words](Database &db) {
            return db.write([&]() -> Status {
                for (const QString &word : words) {
                    if (Status removed = DictionaryRepository(db).remove(word); !removed)
                        return removed;
                }
                return Done{};
            });
        },
        std::move(done));
}

void NewsroomService::preview(const Article &article, int photoWidth, const QSet<qint64> &have, QObject *context,
                              Answer<PreviewPage> done)
{
    struct Rendered
    {
        PreviewPage page;
        SiteSlugs authors;
        bool freshAuthors = false;
    };
    const QDateTime now = QDateTime::currentDateTimeUtc();
    std::optional<SiteSlugs> authors;
    if (m_authorSlugs && m_authorSlugsAt.secsTo(now) <= 60)
        authors = m_authorSlugs;
    m_worker->run(
        this,
        [article, now, authors, photoWidth, have](Database &db) -> Expected<Rendered> {
            Rendered rendered;
            rendered.freshAuthors = !authors;
            if (authors) {
                rendered.authors = *authors;
            } else {
                Expected<SiteSlugs> exported = exportedAuthorSlugs(db, now);
                if (!exported)
                    return exported.error();
                rendered.authors = std::move(*exported);
            }
            Expected<StoryPreview> page = previewStory(db, article, now, &rendered.authors);
            if (!page)
                return page.error();
            rendered.page.page = std::move(*page);
            const PhotoStore store(db);
            for (const qint64 id : std::as_const(rendered.page.page.photoFiles)) {
                if (have.contains(id) || rendered.page.photos.contains(id))
                    continue;
                if (const Expected<QByteArray> bytes = store.bytes(id))
                    rendered.page.photos.insert(id, thumbnailOf(*bytes, photoWidth));
            }
            return rendered;
        },
        [this, now, context = QPointer<QObject>(context), done](Expected<Rendered> rendered) {
            if (rendered && rendered->freshAuthors) {
                m_authorSlugs = rendered->authors;
                m_authorSlugsAt = now;
            }
            if (!context)
                return;
            done(rendered ? Expected<PreviewPage>(std::move(rendered->page)) : Expected<PreviewPage>(rendered.error()));
        });
}

void NewsroomService::attachPhotos(const QList<PhotoToAttach> &photos, QObject *context,
                                   Answer<QList<Expected<AttachedPhoto>>> done)
{
    m_worker->run(
        context,
        [photos](Database &db) -> Expected<QList<Expected<AttachedPhoto>>> {
            PhotoStore store(db);
            QList<Expected<AttachedPhoto>> attached;
            for (const PhotoToAttach &photo : photos)
                attached.append(Newsroom::attachPhoto(store, photo.bytes, photo.name));
            return attached;
        },
        std::move(done));
}

void NewsroomService::photoPictures(const QList<qint64> &photoIds, int width, QObject *context,
                                    Answer<QHash<qint64, QImage>> done)
{
    m_worker->run(
        context,
        [photoIds, width](Database &db) -> Expected<QHash<qint64, QImage>> {
            const PhotoStore store(db);
            QHash<qint64, QImage> pictures;
            for (const qint64 id : photoIds) {
                if (const Expected<QByteArray> bytes = store.bytes(id))
                    pictures.insert(id, thumbnailOf(*bytes, width));
            }
            return pictures;
        },
        std::move(done));
}

void NewsroomService::addComment(qint64 articleId, const QString &text, qint64 parentId, QObject *context,
                                 Answer<EditorialComment> done)
{
    if (!m_actor)
        return done(nobodySignedIn());
    m_worker->run(
        context,
        [actor = *m_actor, articleId, text, parentId](Database &db) {
            return CommentRepository(db).add(articleId, actor, text, parentId);
        },
        std::move(done));
}

void NewsroomService::editComment(qint64 commentId, const QString &text, QObject *context,
                                  Answer<EditorialComment> done)
{
    if (!m_actor)
        return done(nobodySignedIn());
    m_worker->run(
        context,
        [actor = *m_actor, commentId, text](Database &db) { return CommentRepository(db).edit(commentId, actor, text); },
        std::move(done));
}

} // namespace Newsroom
