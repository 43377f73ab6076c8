// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectioncommands.h"

#include "storage/categoryrepository.h"
#include "storage/sitesettingsrepository.h"
#include "storage/database.h"
#include "text/interfacelanguage.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

// What each verb takes after it, and says when it is missing.
struct Verb
{
    QString name;
    int arguments;
};

} // namespace

int runSections(Context &context)
{
    const QString command = u"sections"_s;
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    const QCommandLineOption language(u"language"_s,
                                      Words::tr("With rename: the section's name on the site's pages in this language "
                                                "(ru, kk or en); an empty name removes it."),
                                      Words::tr("language"));
    parser.addOptions({json, language});
    if (auto stop = parseOptions(
            context, parser, command,
            Words::tr("List the site's sections, or change them: sections add Новости/Экономика, rename PATH NAME "
                      "(--language kk: its name on the Kazakh pages), move PATH PARENT (/ for the top), merge PATH "
                      "INTO, delete PATH. A renamed section keeps its address; only an empty section can be deleted."),
            u"list|add|rename|move|merge|delete ["_s + Words::tr("path") + u"…]"_s))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0, u"list"_s);
    static const QList<Verb> verbs = {{u"list"_s, 0}, {u"add"_s, 1},   {u"rename"_s, 2},
                                      {u"move"_s, 2}, {u"merge"_s, 2}, {u"delete"_s, 1}};
    const auto known = std::find_if(verbs.cbegin(), verbs.cend(), [&verb](const Verb &v) { return v.name == verb; });
    if (known == verbs.cend())
        return usageError(context, command, Words::tr("say list, add, rename, move, merge or delete, not “%1”").arg(verb));
    if (std::max<qsizetype>(0, args.size() - 1) != known->arguments)
        return usageError(context, command,
                          Words::tr("“sections %1” takes %n argument(s), e.g. sections %2", nullptr, known->arguments)
                              .arg(verb, verb + u' '
                                             + (verb == u"list"                                ? QString()
                                                : verb == u"add" || verb == u"delete"          ? u"Новости/Экономика"_s
                                                : verb == u"rename"                            ? u"Новости/Экономика Бизнес"_s
                                                : verb == u"move"                              ? u"Экономика Новости"_s
                                                                                                : u"Бизнес Новости/Экономика"_s)));
    if (parser.isSet(language) && verb != u"rename")
        return usageError(context, command, Words::tr("--language goes with rename only"));
    if (parser.isSet(language) && !interfaceLanguages().contains(parser.value(language).toLower()))
        return usageError(context, command,
                          Words::tr("unknown language “%1”: write ru, kk or en").arg(parser.value(language)));
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    CategoryRepository sections(**db);
    const auto find = [&](const QString &path) -> Expected<qint64> {
        if (path == u"/")
            return qint64(0);
        return sections.findPath(path);
    };

    if (verb == u"list") {
        const Expected<QList<Category>> all = sections.list();
        if (!all)
            return fail(context, command, all.error());
        const Expected<QHash<qint64, int>> counts = sections.storyCounts();
        if (!counts)
            return fail(context, command, counts.error());
        QHash<qint64, QString> paths;
        QHash<qint64, QString> addresses; // as the exported site has them
        QHash<qint64, int> depth;
        QJsonArray array;
        for (const Category &section : *all) { // parents before children
            const QString path = section.parentId ? paths.value(section.parentId) + u'/' + section.name : section.name;
            paths.insert(section.id, path);
            const QString address = (section.parentId ? addresses.value(section.parentId) : u"/section/"_s) + section.slug + u'/';
            addresses.insert(section.id, address);
            depth.insert(section.id, section.parentId ? depth.value(section.parentId) + 1 : 0);
            QStringList languages = section.names.keys();
            languages.sort();
            if (parser.isSet(json)) {
                QJsonObject names;
                for (const QString &in : std::as_const(languages))
                    names.insert(in, section.names.value(in));
                array.append(QJsonObject{{u"id"_s, section.id},
                                         {u"path"_s, path},
                                         {u"name"_s, section.name},
                                         {u"names"_s, names},
                                         {u"slug"_s, section.slug},
                                         {u"address"_s, address},
                                         {u"parent"_s, section.parentId},
                                         {u"stories"_s, counts->value(section.id)}});
            } else {
                QString line = QString(depth.value(section.id) * 2, u' ') + section.name;
                for (const QString &in : std::as_const(languages))
                    line += u" · "_s + in + u": "_s + section.names.value(in);
                context.out << line << u"  "_s
                            << Words::tr("(%n story(s), %1)", nullptr, counts->value(section.id)).arg(address)
                            << Qt::endl;
            }
        }
        if (parser.isSet(json))
            printJson(context, array);
        else if (all->isEmpty())
            context.out << Words::tr("No sections yet: newsroom sections add Новости") << Qt::endl;
        return ExitSuccess;
    }

    Status done = Done{};
    QString said;
    if (verb == u"add") {
        const QString path = args.at(1);
        const qsizetype slash = path.lastIndexOf(u'/');
        qint64 parent = 0;
        QStringList made; // the sections above it that were not there yet
        std::optional<Category> added;
        // All of it or, refused, nothing: no parent is left made for a name refused.
        done = (*db)->write([&]() -> Status {
            if (slash > 0) {
                const QStringList above = path.left(slash).split(u'/', Qt::SkipEmptyParts);
                for (qsizetype i = 1; i <= above.size(); ++i) {
                    const QString prefix = above.mid(0, i).join(u'/');
                    if (!sections.findPath(prefix))
                        made.append(prefix);
                }
                const Expected<Category> parentSection = sections.ensurePath(path.left(slash));
                if (!parentSection)
                    return parentSection.error();
                parent = parentSection->id;
            }
            const Expected<Category> section = sections.addLast(parent, path.mid(slash + 1));
            if (!section)
                return section.error();
            added = *section;
            return Done{};
        });
        if (added) {
            said = Words::tr("Added the section %1.").arg(path);
            if (!made.isEmpty())
                said += u' ' + Words::tr("Made the sections above it too: %1.").arg(made.join(u", "_s));
        }
    } else {
        const Expected<qint64> section = find(args.at(1));
        if (!section)
            return fail(context, command, section.error());
        if (*section == 0)
            return usageError(context, command, Words::tr("name a section, not the top"));
        if (verb == u"rename" && parser.isSet(language)) {
            const QString in = parser.value(language).toLower();
            const Expected<SiteSettings> settings = SiteSettingsRepository(**db).load();
            if (!settings)
                return fail(context, command, settings.error());
            if (in == settings->language)
                return usageError(context, command,
                                  Words::tr("the sections' own names are in %1: rename it without --language")
                                      .arg(nativeLanguageName(in)));
            done = sections.setNameIn(*section, in, args.at(2));
            said = args.at(2).trimmed().isEmpty()
                ? Words::tr("%1 has no name of its own in %2 now: its pages there show “%1”.")
                      .arg(args.at(1), nativeLanguageName(in))
                : Words::tr("%1 is “%2” on the site's pages in %3.").arg(args.at(1), args.at(2), nativeLanguageName(in));
        } else if (verb == u"rename") {
            done = sections.rename(*section, args.at(2));
            said = Words::tr("Renamed %1 to “%2”; its address stays as it was.").arg(args.at(1), args.at(2));
        } else if (verb == u"delete") {
            done = sections.remove(*section);
            said = Words::tr("Deleted the section %1.").arg(args.at(1));
        } else {
            const Expected<qint64> other = find(args.at(2));
            if (!other)
                return fail(context, command, other.error());
            if (verb == u"move") {
                done = sections.move(*section, *other);
                said = *other == 0 ? Words::tr("Moved %1 to the top.").arg(args.at(1))
                                   : Words::tr("Moved %1 under %2.").arg(args.at(1), args.at(2));
            } else {
                if (*other == 0)
                    return usageError(context, command, Words::tr("name the section to merge into"));
                done = sections.merge(*section, *other);
                said = Words::tr("Merged %1 into %2: its stories and subsections are there now.").arg(args.at(1), args.at(2));
            }
        }
    }
    if (!done)
        return fail(context, command, done.error());
    context.out << said << Qt::endl;
    return ExitSuccess;
}

} // namespace Newsroom::Cli
