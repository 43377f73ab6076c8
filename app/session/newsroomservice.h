// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/category.h"
#include "domain/dictionaryword.h"
#include "domain/revision.h"
#include "export/sitecontent.h"
#include "export/storypreview.h"
#include "storage/photostore.h"
#include "storage/articlerepository.h"
#include "storage/databaseurl.h"
#include "storage/translationrepository.h"
#include "session/databaseworker.h"

#include <QHash>
#include <QImage>
#include <QSet>
#include "domain/sitesettings.h"

#include <QObject>
#include <QTimeZone>

#include <functional>
#include <optional>

namespace Newsroom {

class ChangeFeed;
class Database;
enum class WorkflowAction;

// A page of the story list with what its rows show besides the stories: their sections'
// paths, read in the same trip to the database.
struct StoryListPage
{
    QList<ArticleSummary> items;
    qint64 total = 0;
    QList<QString> snippets; // search hits: each row's matching passage
    QHash<qint64, QString> sectionPaths;
};

// The story as its page on the site will show it, with the pixels of its photos at the
// width asked (those the pane has already left out).
struct PreviewPage
{
    StoryPreview page;
    QHash<qint64, QImage> photos; // by photo id
};

// A story's editorial conversation as its panel shows it, read in one trip.
struct Discussion
{
    QList<WorkflowEvent> history;
    QList<EditorialComment> comments;
    QHash<qint64, QString> names; // staff by id
    QTimeZone zone;               // the newsroom's
};

// A story's record for its History and Revisions windows: what was done and kept, with the
// names of the staff and the paths of the sections it mentions, read in one trip.
struct StoryRecord
{
    QList<WorkflowEvent> history;
    QList<Revision> revisions;
    QHash<qint64, QString> names;        // staff by id
    QHash<qint64, QString> sectionPaths; // every section's, as people read it
};

// A story's versions in other languages as the Translations panel shows them, read in one trip.
struct Translations
{
    TranslationRepository::Group group; // empty when the story has no translations
    // When the story is a translation behind its original: what the publish check says,
    // and the words changed in the original since (headline, lead, body).
    QString behind;
    QList<DiffSpan> changes;
    bool untranslated = false; // still the original's words, as copied
    // When it is an original: its published translations that follow an older text.
    QStringList publishedBehind;
};

// What the editor's fields offer: the sections and the staff.
struct Choices
{
    QList<Category> sections; // parents before children
    QList<Person> staff;
};

// The section tree with how many stories each section holds (not those under it).
struct SectionTree
{
    QList<Category> sections; // parents before children, siblings in order
    QHash<qint64, int> stories;
    QString language = {}; // the newsroom's: the sections' own names are in it
};

// One change to the section tree, as the section editor asks for it.
struct SectionChange
{
    enum class Kind { Add, Rename, Move, Shift, Merge, Remove, NameIn };
    Kind kind = Kind::Add;
    qint64 section = 0; // the section changed (none for Add)
    qint64 other = 0;   // Add, Move: the parent (0: the top); Merge: the section merged into; Shift: -1 or +1
    QString name;       // Add, Rename, NameIn (empty: none of its own there)
    QString language = {}; // NameIn: the site's pages in this language show `name`
};

// A photo to attach: its bytes and the name it is known by (a file's, "a pasted picture").
struct PhotoToAttach
{
    QByteArray bytes;
    QString name;
};

// The newsroom as the window sees it: its stories, staff, sections, dictionary, photos,
// comments and history, asked for by what they are, with the person at this desk acting.
// The one door from the widgets to storage, so that no widget builds a repository or
// knows which queries a screen costs. What the screen waits on while a person works
// (the list, its pictures, who is editing what) is asked for here and answered later, by
// a callback, from the DatabaseWorker: on a shared server it never holds the screen.
class NewsroomService : public QObject
{
    Q_OBJECT

public:
    // Finds out who is signed in (the owner of a local file; on a server, the login's staff member).
    explicit NewsroomService(Database &database, QObject *parent = nullptr);
    ~NewsroomService() override;

    Database &database() const { return m_db; }
    const DatabaseUrl &url() const;
    // Who acts at this desk; none, with the reason in signInProblem(), when the server
    // knows nobody by this login.
    const std::optional<Actor> &actor() const { return m_actor; }
    const QString &signInProblem() const { return m_signInProblem; }
    // What colleagues do, as it happens (made on first use).
    ChangeFeed *changeFeed();
    // Where database work the screen must not wait for runs (a thread of its own on a server).
    DatabaseWorker *worker() const { return m_worker; }

    template<typename Result>
    using Answer = std::function<void(Expected<Result>)>;

    // Stories for the list, answered later to `context` (dropped if it is gone by then).
    void list(const ArticleQuery &query, QObject *context, Answer<StoryListPage> done);
    void search(const QString &text, const ArticleFilter &filter, int limit, QObject *context,
                Answer<StoryListPage> done);
    // Makes the list pictures this desk lacks for `photoIds`, from their originals, off the screen's thread.
    void makeThumbnails(const QList<qint64> &photoIds, QObject *context, Answer<QHash<qint64, QByteArray>> done);
    // Stories colleagues are editing now (by id, the holder's name), leaving out `desk`'s own.
    void colleaguesEditing(const QString &desk, QObject *context, Answer<QHash<qint64, QString>> done);
    // What was done to a story and the revisions kept of it.
    void record(qint64 articleId, QObject *context, Answer<StoryRecord> done);
    // Whether the person at this desk may take `action` on `story` now; why not when not.
    Status mayTake(WorkflowAction action, const Article &story) const;

    // The trash: whether the person here may move `story` there (or back); moving stories
    // there or back, each on its own (the headlines moved, and why each other was not);
    // purging what has lain there long enough (the headlines deleted for good).
    Status mayTrash(const Article &story) const;
    struct TrashMove
    {
        QStringList moved;
        QStringList refused;
    };
    void moveToTrash(const QList<qint64> &ids, bool restore, QObject *context, Answer<TrashMove> done);
    void purgeTrash(QObject *context, Answer<QStringList> done);

    // Staff, sections, settings, words.
    void staff(QObject *context, Answer<QList<Person>> done);
    void addPerson(const Person &person, QObject *context, Answer<Person> done);
    void updatePerson(const Person &person, QObject *context, Answer<Done> done);
    // The site's settings (name, city, address, language, time zone, export folder), and
    // saving them (on a server, admins only); the time zone here follows at once.
    void siteSettings(QObject *context, Answer<SiteSettings> done);
    // On a local file: who works here ("I am …"): the staff member of that name, added with
    // `role` when there is none, given `role` when there is; from then on the desk acts
    // as them (actorChanged). Refused on a shared server, where the login says who.
    void setLocalPerson(const QString &name, Role role, QObject *context, Answer<Actor> done);
    void saveSiteSettings(const SiteSettings &settings, QObject *context, Answer<Done> done);
    // Whether the newsroom is new: no name, no sections and no stories yet.
    void isNew(QObject *context, Answer<bool> done);
    // Sections by path ("Новости/Общество"), made with their parents where missing.
    void addSectionPaths(const QStringList &paths, QObject *context, Answer<Done> done);
    // The section tree, for the section editor; a change to it (on a server, admins only).
    void sections(QObject *context, Answer<SectionTree> done);
    void changeSections(const SectionChange &change, QObject *context, Answer<Done> done);
    // The sections and the staff, for the editor's fields and the sidebar.
    void choices(QObject *context, Answer<Choices> done);
    // The newsroom's time zone: read when the window opens, and again after the change
    // feed resyncs (the site settings seldom change; asking each time cost a round trip).
    QTimeZone timeZone() const { return m_zone; }
    void addWord(const DictionaryWord &word, QObject *context, Answer<Done> done);
    // Removes all of `words` or, at the first refusal, none.
    void removeWords(const QStringList &words, QObject *context, Answer<Done> done);

    // The story as its page on the site will show it (the theme's own article), for the
    // preview, rendered on the worker with its photos `photoWidth` wide, leaving out those
    // in `have`. The authors' addresses are kept for a minute, or until a story changes.
    void preview(const Article &article, int photoWidth, const QSet<qint64> &have, QObject *context,
                 Answer<PreviewPage> done);

    // Photos: stored, checked and read for their metadata off the screen's thread, each
    // answered in the order given; and their pictures `width` pixels wide, by photo id.
    void attachPhotos(const QList<PhotoToAttach> &photos, QObject *context,
                      Answer<QList<Expected<AttachedPhoto>>> done);
    void photoPictures(const QList<qint64> &photoIds, int width, QObject *context,
                       Answer<QHash<qint64, QImage>> done);

    // The editorial conversation, in the name of the person at this desk.
    void discussion(qint64 articleId, QObject *context, Answer<Discussion> done);
    // The story's translations (or, for a translation, its original and the others).
    void translations(qint64 articleId, QObject *context, Answer<Translations> done);
    // A draft translation of `original` into `language`, linked to it: the new story's id.
    void translate(qint64 original, const QString &language, QObject *context, Answer<qint64> done);
    // The translation was checked against its original as it is now.
    void markReviewed(qint64 translation, QObject *context, Answer<Done> done);
    // A story as stored, to read beside the one open.
    void story(qint64 articleId, QObject *context, Answer<Article> done);

    // The newsroom's own words for the spelling check, as they are now.
    void words(QObject *context, Answer<QList<DictionaryWord>> done);
    void addComment(qint64 articleId, const QString &text, qint64 parentId, QObject *context,
                    Answer<EditorialComment> done);
    void editComment(qint64 commentId, const QString &text, QObject *context, Answer<EditorialComment> done);

Q_SIGNALS:
    // The person at this desk is someone else now (a local file's "I am …").
    void actorChanged(const Newsroom::Actor &actor);

private:
    Error nobodySignedIn() const;

    Database &m_db;
    DatabaseWorker *m_worker;
    std::optional<Actor> m_actor;
    QTimeZone m_zone;
    QString m_signInProblem;
    ChangeFeed *m_feed = nullptr;
    std::optional<SiteSlugs> m_authorSlugs; // for previews
    QDateTime m_authorSlugsAt;
};

} // namespace Newsroom
