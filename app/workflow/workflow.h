// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/actor.h"
#include "domain/article.h"
#include "domain/person.h"
#include "domain/result.h"
#include "domain/revision.h"
#include "domain/permissions.h"

#include <QTimeZone>

namespace Newsroom {

class Database;

enum class WorkflowAction { Submit, RequestChanges, Approve, Schedule, Unschedule, Publish, Unpublish, Correct };
QString actionName(WorkflowAction action);
// Where a story stands, for a sentence: "a draft", "back with its reporter for changes".
QString statusText(ArticleStatus status); // "submit", "request-changes", ...
std::optional<WorkflowAction> actionFromName(QStringView name);

// A story's way from draft to published, one transition at a time: permission checked
// against the one table, the state checked against the transitions, each change saved as
// a new revision (so nobody's older copy can silently undo it) with its workflow event,
// in one transaction.
class Workflow
{
public:
    explicit Workflow(Database &database);

    // The states an action leaves from, and the one it leads to.
    static QList<ArticleStatus> from(WorkflowAction action);
    static ArticleStatus to(WorkflowAction action);
    static Capability needs(WorkflowAction action);

    // A story of the actor's own: one they started (`createdBy`) or have a text byline on.
    static bool isOwn(const Actor &actor, const Article &story, qint64 createdBy);

    // Whether `actor` may take `action` on `story` now; the reason when not.
    Status check(const Actor &actor, WorkflowAction action, const Article &story, qint64 createdBy) const;

    // What keeps a story from publication: no headline, lead, section or body, photos
    // without credit or alt text. Empty when nothing does.
    static QStringList publishProblems(const Article &story);

    // `at` is for Schedule (UTC). The note is kept with the event (and shown to the
    // reporter for RequestChanges; on the page for Correct).
    Expected<Article> perform(qint64 articleId, WorkflowAction action, const Actor &actor, const QString &note = {},
                              const QDateTime &at = {});

    // Holds a story off the exported site until `untilUtc` (invalid: lifts the embargo),
    // whatever its state; those who may schedule may set it. Saved as a new revision.
    Expected<Article> setEmbargo(qint64 articleId, const Actor &actor, const QDateTime &untilUtc);

    // What publishDue did: the stories it published, and those it could not, each on its
    // own. A story that fails the publish check goes back to approved, with the reason as
    // a step in its history and a comment to its desk, so that it is not tried again and
    // again; any other failure is named and left for the next run.
    struct DueReport
    {
        struct Problem
        {
            qint64 id = 0;
            QString headline;
            QString reason;
        };
        QList<qint64> published;
        QList<Problem> heldBack; // back to approved: someone must mend it and schedule it again
        QList<Problem> failed;   // left scheduled: the next run tries again
    };

    // Publishes every scheduled story whose time has come, each exactly once even when
    // two programs do this at the same moment, and each whatever happens to the others.
    Expected<DueReport> publishDue(const QDateTime &nowUtc);

    Expected<QList<WorkflowEvent>> history(qint64 articleId) const;
    // The corrections of every story (a published story corrected, with its note for
    // readers), oldest first, by story.
    Expected<QHash<qint64, QList<WorkflowEvent>>> corrections() const;

    // A wall-clock time in the newsroom's zone, to UTC: refused when the clock skips it
    // (a DST gap); the earlier of two when it happens twice.
    static Expected<QDateTime> newsroomTimeToUtc(const QDate &date, const QTime &time, const QTimeZone &zone);

private:
    Database &m_db;
};

} // namespace Newsroom
