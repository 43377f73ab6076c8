// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/category.h"
#include "domain/revision.h"
#include "export/sitecontent.h"
#include "export/storypreview.h"
#include "storage/photostore.h"
#include "storage/articlerepository.h"
#include "storage/databaseurl.h"

#include <QHash>
#include <QObject>
#include <QTimeZone>

#include <optional>

namespace Newsroom {

class ChangeFeed;
class Database;
enum class WorkflowAction;

// The newsroom as the window sees it: its stories, staff, sections, dictionary, photos,
// comments and history, asked for by what they are, with the person at this desk acting.
// The one door from the widgets to storage, so that no widget builds a repository or
// knows which queries a screen costs.
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

    // Stories.
    Expected<ArticlePage> list(const ArticleQuery &query) const;
    Expected<QList<SearchHit>> search(const QString &text, const ArticleFilter &filter, int limit) const;
    Expected<QList<Revision>> revisions(qint64 articleId) const;
    Expected<QList<WorkflowEvent>> history(qint64 articleId) const;
    // Whether the person at this desk may take `action` on `story` now; why not when not.
    Status mayTake(WorkflowAction action, const Article &story) const;
    // Stories colleagues are editing now (by id, the holder's name), leaving out `desk`'s own.
    QHash<qint64, QString> colleaguesEditing(const QString &desk) const;

    // Staff, sections, settings, words.
    Expected<QList<Person>> staff() const;
    QHash<qint64, QString> staffNames() const;
    Expected<Person> addPerson(const Person &person);
    Status updatePerson(const Person &person);
    Expected<QList<Category>> sections() const;
    // A section's path as people read it, "Новости › Регион" (empty for none).
    QString sectionPath(qint64 id) const;
    QTimeZone timeZone() const;
    Expected<QStringList> words() const;
    Status addWord(const QString &word);

    // The story as its page on the site will show it (the theme's own article), for the
    // preview. The authors' addresses are kept for a minute, or until a story changes.
    Expected<StoryPreview> preview(const Article &article);

    // Photos.
    Expected<QByteArray> photoBytes(qint64 photoId) const;
    Expected<QByteArray> photoBytes(const QString &sha256) const;
    Expected<AttachedPhoto> attachPhoto(const QByteArray &bytes, const QString &fileName);

    // The editorial conversation, in the name of the person at this desk.
    Expected<QList<EditorialComment>> comments(qint64 articleId) const;
    Expected<EditorialComment> addComment(qint64 articleId, const QString &text, qint64 parentId = 0);
    Expected<EditorialComment> editComment(qint64 commentId, const QString &text);

private:
    Error nobodySignedIn() const;

    Database &m_db;
    std::optional<Actor> m_actor;
    QString m_signInProblem;
    ChangeFeed *m_feed = nullptr;
    std::optional<SiteSlugs> m_authorSlugs; // for previews
    QDateTime m_authorSlugsAt;
};

} // namespace Newsroom
