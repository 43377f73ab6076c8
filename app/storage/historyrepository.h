// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/revision.h"

#include <QHash>
#include <QList>

namespace Newsroom {

class Database;

// The stories' workflow history: each step taken, from which state to which, by whom,
// when, and why. On a server the database records each step itself, in the session's
// name (nobody writes history by hand); it is only told which step and why.
class HistoryRepository
{
public:
    explicit HistoryRepository(Database &database);

    // On a server: tells the trigger that records the step being saved which it is, and why.
    Status explainStep(const QString &step, const QString &note);
    // On a local file: records a step.
    Status record(qint64 articleId, ArticleStatus from, ArticleStatus to, qint64 personId, const QString &note);
    // A story's steps, oldest first.
    Expected<QList<WorkflowEvent>> history(qint64 articleId) const;
    // Every correction of a published story, by story, oldest first.
    Expected<QHash<qint64, QList<WorkflowEvent>>> corrections() const;

private:
    Database &m_db;
};

} // namespace Newsroom
