// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflow.h"

#include "domain/bylines.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "storage/commentrepository.h"

#include <QCoreApplication>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Workflow)
};

struct Transition
{
    WorkflowAction action;
    const char *name;
    QList<ArticleStatus> from;
    ArticleStatus to;
    Capability needs;
    const char *verb; // for messages: "published"
};

const QList<Transition> &transitions()
{
    using S = ArticleStatus;
    static const QList<Transition> table = {
        {WorkflowAction::Submit, "submit", {S::Draft, S::ChangesRequested}, S::Submitted, Capability::Submit,
         QT_TRANSLATE_NOOP("Workflow", "submitted")},
        {WorkflowAction::RequestChanges, "request-changes", {S::Submitted, S::Approved, S::Scheduled},
         S::ChangesRequested, Capability::RequestChanges, QT_TRANSLATE_NOOP("Workflow", "returned for changes")},
        {WorkflowAction::Approve, "approve", {S::Submitted}, S::Approved, Capability::Approve,
         QT_TRANSLATE_NOOP("Workflow", "approved")},
        {WorkflowAction::Schedule, "schedule", {S::Approved, S::Scheduled, S::Unpublished}, S::Scheduled,
         Capability::Schedule, QT_TRANSLATE_NOOP("Workflow", "scheduled")},
        {WorkflowAction::Unschedule, "unschedule", {S::Scheduled}, S::Approved, Capability::Schedule,
         QT_TRANSLATE_NOOP("Workflow", "taken off the schedule")},
        {WorkflowAction::Publish, "publish", {S::Approved, S::Scheduled, S::Unpublished}, S::Published,
         Capability::Publish, QT_TRANSLATE_NOOP("Workflow", "published")},
        {WorkflowAction::Unpublish, "unpublish", {S::Published}, S::Unpublished, Capability::Unpublish,
         QT_TRANSLATE_NOOP("Workflow", "unpublished")},
        {WorkflowAction::Correct, "correct", {S::Published}, S::Published, Capability::Correct,
         QT_TRANSLATE_NOOP("Workflow", "corrected")},
    };
    return table;
}

const Transition &transition(WorkflowAction action)
{
    for (const Transition &t : transitions()) {
        if (t.action == action)
            return t;
    }
    Q_UNREACHABLE();
}

} // namespace

QString statusText(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft: return Words::tr("a draft");
    case ArticleStatus::Submitted: return Words::tr("submitted");
    case ArticleStatus::ChangesRequested: return Words::tr("back with its reporter for changes");
    case ArticleStatus::Approved: return Words::tr("approved");
    case ArticleStatus::Scheduled: return Words::tr("scheduled");
    case ArticleStatus::Published: return Words::tr("published");
    case ArticleStatus::Unpublished: return Words::tr("unpublished");
    }
    return {};
}

QString actionName(WorkflowAction action)
{
    return QString::fromLatin1(transition(action).name);
}

std::optional<WorkflowAction> actionFromName(QStringView name)
{
    for (const Transition &t : transitions()) {
        if (name == QLatin1StringView(t.name))
            return t.action;
    }
    return std::nullopt;
}

Workflow::Workflow(Database &database)
    : m_db(database)
{
}

QList<ArticleStatus> Workflow::from(WorkflowAction action)
{
    return transition(action).from;
}

ArticleStatus Workflow::to(WorkflowAction action)
{
    return transition(action).to;
}

Capability Workflow::needs(WorkflowAction action)
{
    return transition(action).needs;
}

QStringList Workflow::publishProblems(const Article &story)
{
    QStringList problems;
    if (story.headline.trimmed().isEmpty())
        problems.append(Words::tr("it has no headline"));
    if (story.lead.trimmed().isEmpty())
        problems.append(Words::tr("it has no lead"));
    if (story.categoryId == 0)
        problems.append(Words::tr("it is in no section"));
    if (story.body.trimmed().isEmpty())
        problems.append(Words::tr("its body is empty"));
    problems += photoProblems(story);
    return problems;
}

bool Workflow::isOwn(const Actor &actor, const Article &story, qint64 createdBy)
{
    if (actor.personId == 0)
        return false;
    if (createdBy == actor.personId)
        return true;
    return std::ranges::any_of(story.bylines, [&](const Byline &byline) {
        return byline.kind == Byline::Kind::Text && byline.personId == actor.personId;
    });
}

Status Workflow::check(const Actor &actor, WorkflowAction action, const Article &story, qint64 createdBy) const
{
    const Transition &t = transition(action);
    const QString verb = QCoreApplication::translate("Workflow", t.verb);
    if (!roleMay(actor.role, t.needs))
        return Error{Error::Kind::Permission, Words::tr("only %1 may have a story %2; %3's role is “%4”")
                                                  .arg(whoMay(t.needs), verb, actor.name, roleLabel(actor.role))};
    if (story.trashedAt.isValid())
        return Error{Error::Kind::Conflict, Words::tr("“%1” is in the trash: restore it first").arg(story.headline)};
    if (actor.role == Role::Reporter) {
        if (!isOwn(actor, story, createdBy))
            return Error{Error::Kind::Permission,
                         Words::tr("“%1” is not %2's story; only its reporters, editors and admins may have it %3")
                             .arg(story.headline, actor.name, verb)};
    }
    if (!t.from.contains(story.status))
        return Error{Error::Kind::Conflict,
                     Words::tr("“%1” is %2: it cannot be %3 from there").arg(story.headline, statusText(story.status), verb)};
    if (action == WorkflowAction::Publish || action == WorkflowAction::Schedule) {
        if (const QStringList problems = publishProblems(story); !problems.isEmpty())
            return invalid(Words::tr("“%1” cannot be %2 yet: %3").arg(story.headline, verb, problems.join(u"; "_s)));
    }
    return Done{};
}

Expected<Article> Workflow::perform(qint64 articleId, WorkflowAction action, const Actor &actor, const QString &note,
                                    const QDateTime &at)
{
    return m_db.write([&]() -> Expected<Article> {
        ArticleRepository articles(m_db);
        const Expected<Article> story = articles.load(articleId);
        if (!story)
            return story.error();
        const Expected<qint64> creator = articles.createdBy(articleId);
        if (!creator)
            return creator.error();
        if (Status allowed = check(actor, action, *story, *creator); !allowed)
            return allowed.error();

        Article changed = *story;
        changed.status = to(action);
        switch (action) {
        case WorkflowAction::Schedule:
            if (!at.isValid())
                return invalid(Words::tr("a time to publish “%1” is needed").arg(story->headline));
            // Scheduled for a time already past, it would go out at once, unannounced: a
            // publication is asked for by name (Publish), never by accident.
            if (at < QDateTime::currentDateTimeUtc())
                return invalid(Words::tr("%1 UTC has passed: choose a time to come for “%2”, or publish it now")
                                   .arg(at.toUTC().toString(u"yyyy-MM-dd HH:mm"_s), story->headline));
            changed.scheduledAt = at.toUTC();
            break;
        case WorkflowAction::Unschedule:
            changed.scheduledAt = {};
            break;
        case WorkflowAction::Publish:
            changed.scheduledAt = {};
            if (!changed.publishedAt.isValid()) // first publication stays the publication time
                changed.publishedAt = QDateTime::currentDateTimeUtc();
            break;
        case WorkflowAction::Correct:
            if (note.trimmed().isEmpty())
                return invalid(Words::tr("a correction needs a note for readers saying what was corrected"));
            break;
        default:
            break;
        }
        const QString eventNote = note.isNull() ? u""_s : note; // a null QString would bind NULL
        if (!m_db.isSQLite()) {
            // On a server the step records itself (a trigger, in the session's name, at the
            // server's time; nobody may write history by hand): it is told only why.
            if (Status told = HistoryRepository(m_db).explainStep(QString::fromLatin1(transition(action).name), eventNote);
                !told)
                return told.error();
        }
        SaveOptions options;
        options.personId = actor.personId;
        options.note = note.isEmpty() ? QCoreApplication::translate("Workflow", transition(action).verb) : note;
        const SaveResult saved = articles.save(changed, options);
        if (!saved.ok())
            return *saved.error;
        if (!m_db.isSQLite())
            return saved.article;

        if (Status recorded = HistoryRepository(m_db).record(articleId, story->status, changed.status, actor.personId, eventNote);
            !recorded)
            return recorded.error();
        return saved.article;
    });
}

Expected<Article> Workflow::setEmbargo(qint64 articleId, const Actor &actor, const QDateTime &untilUtc)
{
    if (!roleMay(actor.role, Capability::Schedule))
        return Error{Error::Kind::Permission, Words::tr("%1 may not set an embargo; %2 may")
                                                  .arg(actor.name, whoMay(Capability::Schedule))};
    ArticleRepository articles(m_db);
    Expected<Article> story = articles.load(articleId);
    if (!story)
        return story.error();
    story->embargoUntil = untilUtc.isValid() ? untilUtc.toUTC() : QDateTime();
    SaveOptions options;
    options.personId = actor.personId;
    options.note = untilUtc.isValid() ? Words::tr("Embargo until %1 UTC").arg(story->embargoUntil.toString(u"yyyy-MM-dd HH:mm"_s))
                                      : Words::tr("Embargo lifted");
    const SaveResult saved = articles.save(*story, options);
    if (!saved.ok())
        return *saved.error;
    return saved.article;
}

Expected<Workflow::DueReport> Workflow::publishDue(const QDateTime &nowUtc)
{
    const Expected<QList<std::pair<qint64, QString>>> stories = ArticleRepository(m_db).dueForPublication(nowUtc);
    if (!stories)
        return stories.error();

    DueReport report;
    // On a server each save is in the name of the login's staff member (the database holds
    // every desk to that); the newsroom's own setup login has none and acts as the owner.
    // On a local file the schedule is the file's owner's, whoever works on it.
    Expected<Actor> schedule = m_db.isSQLite() ? Expected<Actor>(Actor::owner()) : Actor::signedIn(m_db);
    if (!schedule)
        return schedule.error();
    schedule->name = Words::tr("the schedule");
    for (const auto &[id, headline] : *stories) {
        // Another program may publish it first: then its state or revision has moved on,
        // and this one leaves it. That is what makes it exactly once.
        const Expected<Article> done = perform(id, WorkflowAction::Publish, *schedule, Words::tr("published on schedule"));
        if (done) {
            report.published.append(id);
            continue;
        }
        const Error &error = done.error();
        if (error.kind == Error::Kind::Conflict)
            continue;
        if (error.kind == Error::Kind::Permission)
            return error; // this login may not publish at all: nothing else will go either
        if (error.kind != Error::Kind::Invalid) {
            report.failed.append({id, headline, error.message});
            continue;
        }
        // It cannot go out as it is: back to the desk, once, with the reason.
        const QString reason = Words::tr("Not published at its scheduled time: %1").arg(error.message);
        const Expected<Article> back = perform(id, WorkflowAction::Unschedule, *schedule, reason);
        if (!back) {
            report.failed.append({id, headline, error.message});
            continue;
        }
        QString said = error.message;
        if (const Expected<EditorialComment> told = CommentRepository(m_db).add(id, *schedule, reason); !told)
            said += Words::tr(" (no comment could be left for the desk: %1)").arg(told.error().message);
        report.heldBack.append({id, headline, said});
    }
    return report;
}

Expected<QList<WorkflowEvent>> Workflow::history(qint64 articleId) const
{
    return HistoryRepository(m_db).history(articleId);
}

Expected<QHash<qint64, QList<WorkflowEvent>>> Workflow::corrections() const
{
    return HistoryRepository(m_db).corrections();
}

Expected<QDateTime> Workflow::newsroomTimeToUtc(const QDate &date, const QTime &time, const QTimeZone &zone)
{
    if (!date.isValid() || !time.isValid() || !zone.isValid())
        return invalid(Words::tr("%1 %2 is not a date and time").arg(date.toString(Qt::ISODate), time.toString(u"HH:mm"_s)));
    const QDateTime exact(date, time, zone, QDateTime::TransitionResolution::Reject);
    if (exact.isValid())
        return exact.toUTC();
    // Twice that day (clocks going back): the first. Never (clocks going forward): refuse.
    const QDateTime earlier(date, time, zone, QDateTime::TransitionResolution::PreferBefore);
    if (earlier.isValid() && earlier.time() == time && earlier.date() == date)
        return earlier.toUTC();
    return invalid(Words::tr("%1 %2 does not exist in %3: the clocks skip it that night")
                       .arg(date.toString(Qt::ISODate), time.toString(u"HH:mm"_s), QString::fromUtf8(zone.id())));
}

} // namespace Newsroom
