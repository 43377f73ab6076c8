// SPDX-License-Identifier: GPL-3.0-or-later
// `newsroom translate` and `newsroom translations`: stories in several languages kept in
// step (storage/translationrepository.h).
#include "storecommands.h"
#include "domain/actor.h"
#include "storage/database.h"
#include "storage/translationrepository.h"
#include "text/interfacelanguage.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Commands)
};

// The word diff as a terminal shows it: [-removed-] and {+inserted+}, as git does.
QString markedChanges(const QList<DiffSpan> &spans)
{
    QString text;
    for (const DiffSpan &span : spans) {
        if (span.kind == DiffSpan::Kind::Removed)
            text += u"[-"_s + span.text + u"-]"_s;
        else if (span.kind == DiffSpan::Kind::Inserted)
            text += u"{+"_s + span.text + u"+}"_s;
        else
            text += span.text;
    }
    return text;
}

} // namespace

int runTranslate(Context &context)
{
    const QString command = u"translate"_s;
    QCommandLineParser parser;
    const QCommandLineOption into(u"into"_s, Words::tr("The language of the translation: ru, kk or en."),
                                  Words::tr("language"));
    parser.addOption(into);
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Make a draft translation of a story, linked to it: headline, lead and body "
                                           "copied for the translator to write over, section, tags and photos shared."),
                                 Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));
    if (parser.values(into).size() > 1)
        return usageError(context, command, Words::tr("give --into once: one translation at a time"));
    const QString language = parser.value(into).toLower();
    if (!parser.isSet(into))
        return usageError(context, command, Words::tr("say which language with --into ru, kk or en"));
    if (!interfaceLanguages().contains(language))
        return usageError(context, command,
                          Words::tr("unknown language “%1”: write ru, kk or en").arg(parser.value(into)));

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    const Expected<qint64> original = storyId(**db, parser.positionalArguments().first());
    if (!original)
        return fail(context, command, original.error());
    // Started in the name of whoever translates: on a server the login's staff member.
    qint64 person = 0;
    if (!(*db)->isSQLite()) {
        const Expected<Actor> actor = Actor::signedIn(**db);
        if (!actor)
            return fail(context, command, actor.error());
        person = actor->personId;
    }
    const Expected<qint64> made = TranslationRepository(**db).translate(*original, language, person);
    if (!made)
        return fail(context, command, made.error());
    // Asked of a translation, it is made from the group's original: said so.
    const Expected<TranslationRepository::Group> group = TranslationRepository(**db).group(*made);
    const qint64 from = group ? group->originalId : *original;
    context.out << (from == *original
                        ? Words::tr("Made story %1, a draft translation of story %2 into %3.")
                              .arg(*made)
                              .arg(*original)
                              .arg(nativeLanguageName(language))
                        : Words::tr("Made story %1, a draft translation into %2 of story %3, the original of story %4.")
                              .arg(*made)
                              .arg(nativeLanguageName(language))
                              .arg(from)
                              .arg(*original))
                << Qt::endl;
    return ExitSuccess;
}

int runTranslations(Context &context)
{
    const QString command = u"translations"_s;
    QCommandLineParser parser;
    const QCommandLineOption reviewed(u"reviewed"_s,
                                      Words::tr("The translation was checked against its original as it is now."));
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOptions({reviewed, json});
    if (auto stop = parseOptions(context, parser, command,
                                 Words::tr("Show a story's translations (or a translation's original and the others), "
                                           "which are behind their original, and what changed in it since."),
                                 Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    const Expected<qint64> story = storyId(**db, parser.positionalArguments().first());
    if (!story)
        return fail(context, command, story.error());
    TranslationRepository translations(**db);
    if (parser.isSet(reviewed)) {
        if (Status marked = translations.markInStep(*story); !marked)
            return fail(context, command, marked.error());
    }
    const Expected<TranslationRepository::Group> group = translations.group(*story);
    if (!group)
        return fail(context, command, group.error());

    if (parser.isSet(json)) {
        QJsonArray members;
        for (const TranslationRepository::Member &member : group->members) {
            QJsonObject item{{u"id"_s, member.id},
                             {u"language"_s, member.language},
                             {u"headline"_s, member.headline},
                             {u"original"_s, member.original}};
            if (!member.original) {
                item.insert(u"in_step_with"_s, member.inStepWith);
                item.insert(u"behind"_s, group->isBehind(member));
                item.insert(u"untranslated"_s, member.untranslated);
                if (group->isBehind(member)) {
                    const Expected<QList<DiffSpan>> changes = translations.changesSince(*group, member.id);
                    if (!changes)
                        return fail(context, command, changes.error());
                    item.insert(u"changed_since"_s, markedChanges(aroundChanges(*changes)).simplified());
                }
            }
            members.append(item);
        }
        printJson(context, QJsonObject{{u"original"_s, group->originalId},
                                       {u"original_revision"_s, group->originalRevision},
                                       {u"stories"_s, members}});
        return ExitSuccess;
    }
    if (group->isEmpty()) {
        context.out << Words::tr("Story %1 has no translations.").arg(*story) << Qt::endl;
        return ExitSuccess;
    }
    for (const TranslationRepository::Member &member : group->members) {
        const QString state = member.original ? Words::tr("original, revision %1").arg(group->originalRevision)
                              : member.untranslated ? Words::tr("not translated yet")
                              : group->isBehind(member)
                                  ? Words::tr("behind: in step with revision %1 of the original").arg(member.inStepWith)
                                  : Words::tr("in step with the original");
        context.out << QStringLiteral("%1  %2  %3  (%4)").arg(member.id, 6).arg(member.language, member.headline, state)
                    << Qt::endl;
        if (group->isBehind(member)) {
            const Expected<QList<DiffSpan>> changes = translations.changesSince(*group, member.id);
            if (!changes)
                return fail(context, command, changes.error());
            context.out << u"        "_s << Words::tr("Changed since: %1").arg(markedChanges(aroundChanges(*changes)).simplified())
                        << Qt::endl;
        }
    }
    return ExitSuccess;
}

} // namespace Newsroom::Cli
