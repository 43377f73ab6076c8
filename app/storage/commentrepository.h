// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/revision.h"
#include "domain/actor.h"
#include "domain/permissions.h"

namespace Newsroom {

// Editorial comments on a story: threads of replies, each editable by its author (and
// by editors), kept through every revision and publication (they hang off the story,
// not a revision) and never exported.
class CommentRepository
{
public:
    explicit CommentRepository(Database &database);

    // `parentId` 0 starts a thread; a reply to a reply joins the same thread.
    Expected<EditorialComment> add(qint64 articleId, const Actor &author, const QString &body, qint64 parentId = 0);
    Expected<EditorialComment> edit(qint64 commentId, const Actor &who, const QString &body);
    // Threads in the order they began, each followed by its replies in order.
    Expected<QList<EditorialComment>> list(qint64 articleId) const;

private:
    Expected<EditorialComment> load(qint64 commentId) const;

    Database &m_db;
};

} // namespace Newsroom
