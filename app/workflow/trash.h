// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/article.h"
#include "domain/result.h"
#include "storage/articlerepository.h"

namespace Newsroom {

class Database;

// Where a story goes instead of being deleted: out of every list, search and export,
// its text and history kept, until someone restores it or, after KeptDays, an admin
// purges it. A reporter trashes and restores her own drafts (started by her or with her
// byline, while they are hers to write); editors any story that is off the site. A
// published story is unpublished first, a scheduled one taken off the schedule.
// Each move is saved as a new revision with a step in the story's history.
class Trash
{
public:
    static constexpr int KeptDays = 30;

    explicit Trash(Database &database);

    // Whether `actor` may move `story` to the trash (or, when it is there, out of it);
    // the reason when not.
    static Status check(const Actor &actor, const Article &story, qint64 createdBy);

    Expected<Article> moveToTrash(qint64 articleId, const Actor &actor);
    Expected<Article> restore(qint64 articleId, const Actor &actor);

    // What lies in the trash, the most recently trashed first.
    Expected<QList<ArticleSummary>> list() const;

    // Deletes for good, with their history, the stories trashed before `nowUtc` less
    // KeptDays; admins only. The headlines of those it deleted.
    Expected<QStringList> purge(const Actor &actor, const QDateTime &nowUtc);

private:
    Expected<Article> move(qint64 articleId, const Actor &actor, bool toTrash);

    Database &m_db;
};

} // namespace Newsroom
