// SPDX-License-Identifier: GPL-3.0-or-later
// The editorial workflow, headless: people, submit … publish, publish-due, history.
#include "storecommands.h"

#include "export/outputfolder.h"
#include "export/siteexporter.h"

#include "storage/articlerepository.h"
#include "storage/peoplerepository.h"
#include "storage/translationrepository.h"
#include "text/typedtime.h"
#include "workflow/trash.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// Who acts: on a local file, `--as NAME`, or whoever its owner said they are, or the
// owner; on a shared server, the staff member whose login this connection uses.
Expected<Actor> actorFor(Database &database, const QCommandLineParser &parser, const QCommandLineOption &as)
{
    if (database.isSQLite()) {
        if (!parser.isSet(as))
            return Actor::signedIn(database);
        const Expected<Person> person = PeopleRepository(database).findByName(parser.value(as));
        if (!person)
            return person.error();
        return Actor::of(*person);
    }
    if (parser.isSet(as))
        return invalid(Words::tr("on a shared server your database login decides who you are; --as is for a local newsroom"));
    return Actor::signedIn(database);
}

// `--as` on a shared server is a usage mistake, said before connecting (exit 2).
std::optional<int> refuseAsOnServer(Context &context, const QString &command, const QCommandLineParser &parser,
                                    const QCommandLineOption &as)
{
    if (!parser.isSet(as))
        return std::nullopt;
    const Expected<DatabaseUrl> url = DatabaseUrl::resolve(context.invocation.database);
    if (!url || url->engine == DatabaseUrl::Engine::SQLite)
        return std::nullopt;
    return usageError(context, command,
                      Words::tr("on a shared server your database login decides who you are; --as is for a local newsroom"));
}

// Who acts, on which story (the one positional argument, by id or slug).
struct Step
{
    Actor actor;
    qint64 story = 0;
};

Expected<Step> stepFor(Database &database, const QCommandLineParser &parser, const QCommandLineOption &as)
{
    const Expected<Actor> actor = actorFor(database, parser, as);
    if (!actor)
        return actor.error();
    const Expected<qint64> id = storyId(database, parser.positionalArguments().first());
    if (!id)
        return id.error();
    return Step{*actor, *id};
}

// `--at` or `--until` as typed, "YYYY-MM-DD HH:MM" on the newsroom's clock, into `typed`;
// the usage error's exit code when it is not such a time.
std::optional<int> readTypedTime(Context &context, const QString &command, const QCommandLineParser &parser,
                                 const QCommandLineOption &option, QDateTime &typed)
{
    // Read as the window's Schedule dialog reads it: "2026-11-30 18:00", "30.11.2026 18:00",
    // "завтра 9:00".
    const Expected<QDateTime> read = TypedTime::parse(parser.value(option), QDate::currentDate());
    if (read) {
        typed = *read;
        return std::nullopt;
    }
    return usageError(context, command, Words::tr("--%1: %2").arg(option.names().first(), read.error().message));
}

// A typed time in the newsroom's zone, as UTC (refused when the clock skips it); none stays none.
Expected<QDateTime> newsroomUtc(const QDateTime &typed, const QTimeZone &zone)
{
    if (!typed.isValid())
        return QDateTime();
    return Workflow::newsroomTimeToUtc(typed.date(), typed.time(), zone);
}

QCommandLineOption asOption()
{
    return QCommandLineOption(u"as"_s, Words::tr("Act as this staff member (a local newsroom only)."),
                              Words::tr("name"));
}

// Where the site settings keep a folder current, what changed on the site goes there now.
int keepSiteCurrent(Context &context, Database &database, const QString &command)
{
    const Expected<std::optional<ExportReport>> report = exportAfterPublishing(database);
    if (!report) {
        context.err << Words::tr("%1: the change is made, but the site was not exported: %2").arg(command, report.error().message)
                    << Qt::endl;
        return ExitFailure;
    }
    if (report->has_value()) {
        const ExportReport &exported = **report;
        context.out << Words::tr("The site is up to date: %1.").arg(describeFileCounts(exported.written, exported.unchanged, exported.removed))
                    << Qt::endl;
    }
    return ExitSuccess;
}

int runAction(Context &context, WorkflowAction action, const QString &description)
{
    const QString command = actionName(action);
    QCommandLineParser parser;
    const QCommandLineOption as = asOption();
    const QCommandLineOption note(
        u"note"_s, Words::tr("A note kept with the step (for a correction, shown to readers)."), Words::tr("text"));
    const QCommandLineOption at(
        u"at"_s, Words::tr("When to publish, \"YYYY-MM-DD HH:MM\" in the newsroom's time zone."), Words::tr("time"));
    parser.addOptions({as, note});
    if (action == WorkflowAction::Schedule)
        parser.addOption(at);
    if (auto stop = parseOptions(context, parser, command, description, Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));
    if (action == WorkflowAction::Schedule && !parser.isSet(at))
        return usageError(context, command, Words::tr("say when with --at \"YYYY-MM-DD HH:MM\""));
    QDateTime typed;
    if (action == WorkflowAction::Schedule) {
        if (auto stop = readTypedTime(context, command, parser, at, typed))
            return *stop;
    }

    if (auto refused = refuseAsOnServer(context, command, parser, as))
        return *refused;
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    const QTimeZone zone = newsroomZone(database);
    const Expected<QDateTime> when = newsroomUtc(typed, zone);
    if (!when)
        return fail(context, command, when.error());
    // A time already past would publish the story at once, which is not what scheduling
    // means: said, with the time it is now, and what to do instead.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (action == WorkflowAction::Schedule && *when <= now)
        return usageError(context, command,
                          Words::tr("%1 has passed: it is %2 now (newsroom time). Give a later time, or publish the story now "
                             "with `newsroom publish`.")
                              .arg(formatTime(*when, zone), formatTime(now, zone)));
    const Expected<Step> step = stepFor(database, parser, as);
    if (!step)
        return fail(context, command, step.error());
    const Expected<Article> done = Workflow(database).perform(step->story, action, step->actor, parser.value(note), *when);
    if (!done)
        return fail(context, command, done.error());
    QString line
        = Words::tr("“%1” is %2 now (revision %3)").arg(done->headline, statusText(done->status)).arg(done->revision);
    if (action == WorkflowAction::Schedule) {
        line += Words::tr("; it goes out at %1").arg(formatTime(done->scheduledAt, zone));
        if (zone != QTimeZone::systemTimeZone())
            line += Words::tr(" (%1 here)").arg(formatTime(done->scheduledAt, QTimeZone::systemTimeZone()));
    }
    context.out << line << Qt::endl;
    // A translation behind its original, or an original whose published translations now
    // follow an older text: said, as the window says it, without stopping the step.
    if (action == WorkflowAction::Approve || action == WorkflowAction::Schedule || action == WorkflowAction::Publish
        || action == WorkflowAction::Correct) {
        const TranslationRepository translations(database);
        QStringList warnings;
        if (const Expected<TranslationRepository::Group> group = translations.group(done->id)) {
            if (const Expected<QString> behind = translations.behindWarning(*group, done->id); behind && !behind->isEmpty())
                warnings.append(*behind);
            if (const Expected<QStringList> published = translations.publishedTranslationsBehind(*group, done->id))
                warnings.append(*published);
        }
        for (const QString &warning : std::as_const(warnings))
            context.err << Words::tr("newsroom %1: warning: %2").arg(command, warning) << Qt::endl;
    }
    if (action == WorkflowAction::Publish || action == WorkflowAction::Unpublish || action == WorkflowAction::Correct)
        return keepSiteCurrent(context, database, command);
    return ExitSuccess;
}

} // namespace

int runSubmit(Context &context)
{
    return runAction(context, WorkflowAction::Submit, Words::tr("Send a story for review."));
}
int runRequestChanges(Context &context)
{
    return runAction(context, WorkflowAction::RequestChanges, Words::tr("Return a story to its reporter, with --note."));
}
int runApprove(Context &context)
{
    return runAction(context, WorkflowAction::Approve, Words::tr("Approve a submitted story."));
}
int runSchedule(Context &context)
{
    return runAction(context, WorkflowAction::Schedule, Words::tr("Schedule an approved story for publication."));
}
int runUnschedule(Context &context)
{
    return runAction(context, WorkflowAction::Unschedule,
                     Words::tr("Take a scheduled story off the schedule; it stays approved."));
}
int runPublish(Context &context)
{
    return runAction(context, WorkflowAction::Publish, Words::tr("Publish a story now."));
}
int runUnpublish(Context &context)
{
    return runAction(context, WorkflowAction::Unpublish, Words::tr("Take a published story off the site."));
}
int runCorrect(Context &context)
{
    return runAction(context, WorkflowAction::Correct, Words::tr("Record a correction of a published story (--note)."));
}

int runEmbargo(Context &context)
{
    const QString command = u"embargo"_s;
    QCommandLineParser parser;
    const QCommandLineOption as = asOption();
    const QCommandLineOption until(
        u"until"_s, Words::tr("Until when, \"YYYY-MM-DD HH:MM\" in the newsroom's time zone."), Words::tr("time"));
    const QCommandLineOption lift(u"lift"_s, Words::tr("Lift the embargo."));
    parser.addOptions({as, until, lift});
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Keep a story off the exported site until a time, whatever its state."),
                                 Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));
    if (parser.isSet(until) == parser.isSet(lift))
        return usageError(context, command, Words::tr("say either --until \"YYYY-MM-DD HH:MM\" or --lift"));
    QDateTime typed;
    if (parser.isSet(until)) {
        if (auto stop = readTypedTime(context, command, parser, until, typed))
            return *stop;
    }

    if (auto refused = refuseAsOnServer(context, command, parser, as))
        return *refused;
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    const QTimeZone zone = newsroomZone(database);
    const Expected<QDateTime> when = newsroomUtc(typed, zone);
    if (!when)
        return fail(context, command, when.error());
    const Expected<Step> step = stepFor(database, parser, as);
    if (!step)
        return fail(context, command, step.error());
    const Expected<Article> done = Workflow(database).setEmbargo(step->story, step->actor, *when);
    if (!done)
        return fail(context, command, done.error());
    if (when->isValid())
        context.out << Words::tr("“%1” stays off the site until %2").arg(done->headline, formatTime(*when, zone)) << Qt::endl;
    else
        context.out << Words::tr("“%1” is no longer under embargo").arg(done->headline) << Qt::endl;
    return ExitSuccess;
}

int runPublishDue(Context &context)
{
    const QString command = u"publish-due"_s;
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOption(json);
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Publish every scheduled story whose time has come (for cron or a systemd timer).")))
        return *stop;
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    const Expected<Workflow::DueReport> report = Workflow(**db).publishDue(QDateTime::currentDateTimeUtc());
    if (!report)
        return fail(context, command, report.error());
    const auto problemsJson = [](const QList<Workflow::DueReport::Problem> &problems) {
        QJsonArray list;
        for (const Workflow::DueReport::Problem &problem : problems)
            list.append(QJsonObject{{u"id"_s, problem.id}, {u"headline"_s, problem.headline}, {u"reason"_s, problem.reason}});
        return list;
    };
    if (parser.isSet(json)) {
        QJsonArray ids;
        for (const qint64 id : report->published)
            ids.append(id);
        printJson(context, QJsonObject{{u"published"_s, ids},
                                       {u"heldBack"_s, problemsJson(report->heldBack)},
                                       {u"failed"_s, problemsJson(report->failed)}});
    } else {
        context.out << QCoreApplication::translate("Commands", "Published %n due stories.", nullptr,
                                                   int(report->published.size()))
                    << Qt::endl;
    }
    for (const Workflow::DueReport::Problem &problem : report->heldBack)
        context.err << Words::tr("newsroom %1: story %2 “%3” was not published and is back with the desk as approved: %4")
                           .arg(command)
                           .arg(problem.id)
                           .arg(problem.headline, problem.reason)
                    << Qt::endl;
    for (const Workflow::DueReport::Problem &problem : report->failed)
        context.err << Words::tr("newsroom %1: story %2 “%3” was not published; the next run tries again: %4")
                           .arg(command)
                           .arg(problem.id)
                           .arg(problem.headline, problem.reason)
                    << Qt::endl;
    const int status = report->heldBack.isEmpty() && report->failed.isEmpty() ? ExitSuccess : ExitFailure;
    if (report->published.isEmpty())
        return status;
    const int exported = keepSiteCurrent(context, **db, command);
    return status != ExitSuccess ? status : exported;
}

int runTrash(Context &context)
{
    const QString command = u"trash"_s;
    QCommandLineParser parser;
    const QCommandLineOption as = asOption();
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON (with list)."));
    parser.addOptions({as, json});
    if (auto stop = parseOptions(
            context, parser, command,
            Words::tr("Move a story to the trash (by its id or slug), or: list what is there, restore a story from it, "
                      "purge what has lain there for %n day(s) (admins).",
                      nullptr, Trash::KeptDays),
            Words::tr("story") + u" | list | restore "_s + Words::tr("story") + u" | purge"_s))
        return *stop;
    const QStringList arguments = parser.positionalArguments();
    if (arguments.isEmpty())
        return usageError(context, command,
                          Words::tr("name a story to move to the trash, or say list, restore or purge"));
    const QString verb = arguments.first();
    const bool listing = verb == u"list", restoring = verb == u"restore", purging = verb == u"purge";
    const qsizetype wanted = restoring ? 2 : 1;
    if (arguments.size() != wanted)
        return usageError(context, command,
                          restoring ? Words::tr("name one story to restore, by its id or its slug")
                                    : Words::tr("unexpected argument “%1”").arg(arguments.value(1)));
    if (parser.isSet(json) && !listing)
        return usageError(context, command, Words::tr("--json goes with list"));

    if (auto refused = refuseAsOnServer(context, command, parser, as))
        return *refused;
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    Trash trash(database);
    const QTimeZone zone = newsroomZone(database);

    if (listing) {
        const Expected<QList<ArticleSummary>> stories = trash.list();
        if (!stories)
            return fail(context, command, stories.error());
        QJsonArray array;
        for (const ArticleSummary &story : *stories) {
            const QDateTime purgeable = story.trashedAt.addDays(Trash::KeptDays);
            if (parser.isSet(json)) {
                array.append(QJsonObject {{u"id"_s, story.id},
                                          {u"headline"_s, story.headline},
                                          {u"status"_s, statusName(story.status)},
                                          {u"bylines"_s, QJsonArray::fromStringList(story.bylines)},
                                          {u"trashedAt"_s, story.trashedAt.toString(Qt::ISODateWithMs)},
                                          {u"purgeableFrom"_s, purgeable.toString(Qt::ISODateWithMs)}});
            } else {
                context.out << story.id << u"  "_s << formatTime(story.trashedAt, zone) << u"  "_s
                            << (story.headline.isEmpty() ? Words::tr("(no headline)") : story.headline) << u"  "_s
                            << Words::tr("(purged from %1)").arg(formatTime(purgeable, zone)) << Qt::endl;
            }
        }
        if (parser.isSet(json))
            printJson(context, array);
        else if (stories->isEmpty())
            context.out << Words::tr("The trash is empty.") << Qt::endl;
        return ExitSuccess;
    }

    const Expected<Actor> actor = actorFor(database, parser, as);
    if (!actor)
        return fail(context, command, actor.error());
    if (purging) {
        const Expected<QStringList> gone = trash.purge(*actor, QDateTime::currentDateTimeUtc());
        if (!gone)
            return fail(context, command, gone.error());
        for (const QString &headline : *gone)
            context.out << Words::tr("Deleted for good: “%1”").arg(headline) << Qt::endl;
        context.out << Words::tr("%n story(ies) purged; what was trashed less than %1 days ago stays.", nullptr,
                                 int(gone->size()))
                           .arg(Trash::KeptDays)
                    << Qt::endl;
        return ExitSuccess;
    }
    const Expected<qint64> id = storyId(database, arguments.last());
    if (!id)
        return fail(context, command, id.error());
    const Expected<Article> done = restoring ? trash.restore(*id, *actor) : trash.moveToTrash(*id, *actor);
    if (!done)
        return fail(context, command, done.error());
    if (restoring)
        context.out << Words::tr("“%1” is back among the stories, %2 as before (revision %3)")
                           .arg(done->headline, statusText(done->status))
                           .arg(done->revision)
                    << Qt::endl;
    else
        context.out << Words::tr("“%1” is in the trash (revision %2); `newsroom trash restore %3` brings it back, "
                                 "and after %4 days an admin may purge it")
                           .arg(done->headline)
                           .arg(done->revision)
                           .arg(done->id)
                           .arg(Trash::KeptDays)
                    << Qt::endl;
    return ExitSuccess;
}

int runHistory(Context &context)
{
    const QString command = u"history"_s;
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOption(json);
    if (auto stop
        = parseOptions(context, parser, command, Words::tr("Show a story's workflow history."), Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    const Expected<qint64> id = storyId(database, parser.positionalArguments().first());
    if (!id)
        return fail(context, command, id.error());
    const Expected<QList<WorkflowEvent>> events = Workflow(database).history(*id);
    if (!events)
        return fail(context, command, events.error());
    QHash<qint64, QString> names;
    if (const Expected<QList<Person>> staff = PeopleRepository(database).list()) {
        for (const Person &person : *staff)
            names.insert(person.id, person.name);
    }
    const QTimeZone zone = newsroomZone(database);
    QJsonArray array;
    for (const WorkflowEvent &event : *events) {
        const QString who = event.personId ? names.value(event.personId) : Words::tr("the newsroom");
        if (parser.isSet(json)) {
            array.append(QJsonObject{{u"from"_s, statusName(event.from)}, {u"to"_s, statusName(event.to)},
                                     {u"by"_s, who}, {u"at"_s, event.at.toString(Qt::ISODateWithMs)},
                                     {u"note"_s, event.note}});
        } else {
            context.out << formatTime(event.at, zone) << u"  "_s << statusName(event.from) << u" → "_s
                        << statusName(event.to) << u"  "_s << who
                        << (event.note.isEmpty() ? QString() : u"  — "_s + event.note) << Qt::endl;
        }
    }
    if (parser.isSet(json))
        printJson(context, array);
    return ExitSuccess;
}

int runPeople(Context &context)
{
    const QString command = u"people"_s;
    QCommandLineParser parser;
    const QCommandLineOption role(u"role"_s, Words::tr("reporter, editor or admin (with add or set)."),
                                  Words::tr("role"), u"reporter"_s);
    const QCommandLineOption login(u"login"_s, Words::tr("Their database login on a shared server (with add or set)."),
                                   Words::tr("login"));
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOptions({role, login, json});
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("List the staff, add someone (people add NAME --role R), or give someone "
                                           "on the staff a role or a login (people set NAME --login L)."),
                                 u"list|add|set ["_s + Words::tr("name") + u"]"_s))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0, u"list"_s);
    if (verb != u"list" && verb != u"add" && verb != u"set")
        return usageError(context, command, Words::tr("say list, add or set, not “%1”").arg(verb));
    if (verb == u"add" && args.size() != 2)
        return usageError(context, command, Words::tr("add one person: people add \"Имя Фамилия\" --role editor"));
    if (verb == u"set" && (args.size() != 2 || (!parser.isSet(role) && !parser.isSet(login))))
        return usageError(context, command,
                          Words::tr("name one person and what changes: people set \"Имя Фамилия\" --role editor "
                                    "--login login"));
    const std::optional<Role> parsedRole = roleFromName(parser.value(role));
    if (!parsedRole)
        return usageError(context, command, Words::tr("--role is reporter, editor or admin, not “%1”").arg(parser.value(role)));
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    PeopleRepository people(**db);
    if (verb == u"add") {
        Person person;
        person.name = args.at(1);
        person.role = *parsedRole;
        person.login = parser.value(login);
        const Expected<Person> added = people.add(person);
        if (!added)
            return fail(context, command, added.error());
        context.out << Words::tr("Added %1 (%2), id %3").arg(added->name, roleLabel(added->role)).arg(added->id) << Qt::endl;
        return ExitSuccess;
    }
    if (verb == u"set") {
        Expected<Person> person = people.findByName(args.at(1));
        if (!person)
            return fail(context, command, person.error());
        if (parser.isSet(role))
            person->role = *parsedRole;
        if (parser.isSet(login))
            person->login = parser.value(login).trimmed();
        if (Status updated = people.update(*person); !updated)
            return fail(context, command, updated.error());
        context.out << Words::tr("%1 is %2 now").arg(person->name, roleLabel(person->role))
                    << (person->login.isEmpty() ? QString() : Words::tr(", with the login %1").arg(person->login))
                    << Qt::endl;
        return ExitSuccess;
    }
    const Expected<QList<Person>> staff = people.list();
    if (!staff)
        return fail(context, command, staff.error());
    QJsonArray array;
    for (const Person &person : *staff) {
        if (parser.isSet(json))
            array.append(QJsonObject{{u"id"_s, person.id}, {u"name"_s, person.name}, {u"role"_s, roleName(person.role)},
                                     {u"login"_s, person.login}});
        else
            context.out << person.id << u"  "_s << person.name << u"  "_s << roleName(person.role)
                        << (person.login.isEmpty() ? QString() : u"  ("_s + person.login + u')') << Qt::endl;
    }
    if (parser.isSet(json))
        printJson(context, array);
    if ((*db)->isSQLite() && !parser.isSet(json))
        context.out << Words::tr("(A local newsroom: commands act as the person its settings name, or as its owner; "
                                 "--as names someone else.)")
                    << Qt::endl;
    return ExitSuccess;
}

} // namespace Newsroom::Cli
