// SPDX-License-Identifier: GPL-3.0-or-later
#include "storecommands.h"

#include "demo/demonewsroom.h"
#include "domain/articlejson.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/dictionaryrepository.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

QJsonObject summaryJson(const ArticleSummary &s, const QString &categoryPath)
{
    auto time = [](const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); };
    return {
        {u"id"_s, s.id},
        {u"headline"_s, s.headline},
        {u"kicker"_s, s.kicker},
        {u"slug"_s, s.slug},
        {u"status"_s, statusName(s.status)},
        {u"category"_s, categoryPath},
        {u"bylines"_s, QJsonArray::fromStringList(s.bylines)},
        {u"createdAt"_s, time(s.createdAt)},
        {u"updatedAt"_s, time(s.updatedAt)},
        {u"scheduledAt"_s, time(s.scheduledAt)},
        {u"publishedAt"_s, time(s.publishedAt)},
        {u"revision"_s, s.revision},
    };
}

// Category paths by id, looked up once per command.
class CategoryNames
{
public:
    explicit CategoryNames(Database &db)
        : m_repository(db)
    {
    }
    QString path(qint64 id)
    {
        if (id == 0)
            return {};
        if (!m_cache.contains(id))
            m_cache.insert(id, m_repository.pathOf(id).ok() ? *m_repository.pathOf(id) : QString());
        return m_cache.value(id);
    }

private:
    CategoryRepository m_repository;
    QHash<qint64, QString> m_cache;
};

} // namespace

int runInit(Context &context)
{
    const QString command = u"init"_s;
    QCommandLineParser parser;
    const QCommandLineOption demo(u"demo"_s, Words::tr("Fill the new newsroom with the demo stories."));
    const QCommandLineOption name(u"name"_s, Words::tr("The site's name."), Words::tr("name"));
    const QCommandLineOption city(u"city"_s, Words::tr("The newsroom's city."), Words::tr("city"));
    const QCommandLineOption zone(u"time-zone"_s, Words::tr("The newsroom's time zone (default Asia/Almaty)."), Words::tr("zone"));
    parser.addOptions({demo, name, city, zone});
    if (auto stop = parseOptions(context, parser, command, Words::tr("Create a newsroom database.")))
        return *stop;

    Expected<std::unique_ptr<Database>> db = openDatabase(context, Database::OpenMode::CreateIfMissing);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;

    if (parser.isSet(name) || parser.isSet(city) || parser.isSet(zone)) {
        SiteSettingsRepository settingsRepository(database);
        Expected<SiteSettings> settings = settingsRepository.load();
        if (!settings)
            return fail(context, command, settings.error());
        if (parser.isSet(name))
            settings->name = parser.value(name);
        if (parser.isSet(city))
            settings->city = parser.value(city);
        if (parser.isSet(zone))
            settings->timeZone = parser.value(zone);
        if (Status saved = settingsRepository.save(*settings); !saved)
            return fail(context, command, saved.error());
    }
    if (parser.isSet(demo)) {
        const Expected<qsizetype> stories = Demo::load(database);
        if (!stories)
            return fail(context, command, stories.error());
        context.out << Words::tr("Filled %1 with %n demo story(s).", nullptr, int(*stories)).arg(database.url().toDisplayString()) << Qt::endl;
        return ExitSuccess;
    }
    context.out << Words::tr("The newsroom is ready at %1 (schema %2).").arg(database.url().toDisplayString()).arg(database.schemaVersion())
                << Qt::endl;
    return ExitSuccess;
}

int runList(Context &context)
{
    const QString command = u"list"_s;
    QCommandLineParser parser;
    const QCommandLineOption status(u"status"_s, Words::tr("Only stories in this state (draft, submitted, ..., published)."), Words::tr("state"));
    const QCommandLineOption category(u"category"_s, Words::tr("Only this category and those under it, e.g. Новости/Общество."), Words::tr("path"));
    const QCommandLineOption author(u"author"_s, Words::tr("Only stories with this staff member in the byline."), Words::tr("name"));
    const QCommandLineOption tag(u"tag"_s, Words::tr("Only stories with this tag."), Words::tr("tag"));
    const QCommandLineOption from(u"from"_s, Words::tr("Changed on or after this date (newsroom time)."), Words::tr("date"));
    const QCommandLineOption to(u"to"_s, Words::tr("Changed before this date."), Words::tr("date"));
    const QCommandLineOption sort(u"sort"_s, Words::tr("updated (default), published, created or headline."), Words::tr("order"));
    const QCommandLineOption limit(u"limit"_s, Words::tr("At most this many stories (default 50)."), Words::tr("n"), u"50"_s);
    const QCommandLineOption offset(u"offset"_s, Words::tr("Skip this many first."), Words::tr("n"), u"0"_s);
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOptions({status, category, author, tag, from, to, sort, limit, offset, json});
    if (auto stop = parseOptions(context, parser, command, Words::tr("List the newsroom's stories, newest first.")))
        return *stop;

    // What the command line alone decides is checked before the newsroom is opened.
    ArticleQuery query;
    if (parser.isSet(status)) {
        query.filter.status = statusFromName(parser.value(status));
        if (!query.filter.status)
            return usageError(context, command, Words::tr("unknown state “%1”").arg(parser.value(status)));
    }
    const QString order = parser.value(sort);
    if (order == u"published") {
        query.sort = ArticleQuery::Sort::PublishedNewest;
        query.filter.dateField = ArticleFilter::DateField::Published;
    } else if (order == u"created") {
        query.sort = ArticleQuery::Sort::CreatedNewest;
        query.filter.dateField = ArticleFilter::DateField::Created;
    } else if (order == u"headline") {
        query.sort = ArticleQuery::Sort::Headline;
    } else if (!order.isEmpty() && order != u"updated") {
        return usageError(context, command, Words::tr("unknown order “%1”: updated, published, created or headline").arg(order));
    }
    const std::optional<int> count = positiveNumber(parser.value(limit));
    bool offsetOk = false;
    query.offset = parser.value(offset).toInt(&offsetOk);
    if (!count || !offsetOk || query.offset < 0)
        return usageError(context, command, Words::tr("--limit takes a whole number of at least 1, --offset one of at least 0"));
    query.limit = *count;

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    const QTimeZone zone = newsroomZone(database);

    if (parser.isSet(category)) {
        const Expected<qint64> id = CategoryRepository(database).findPath(parser.value(category));
        if (!id)
            return fail(context, command, id.error());
        query.filter.categoryId = *id;
    }
    if (parser.isSet(author)) {
        const Expected<Person> person = PeopleRepository(database).findByName(parser.value(author));
        if (!person)
            return fail(context, command, person.error());
        query.filter.authorId = person->id;
    }
    query.filter.tag = parser.value(tag);
    for (const auto &[option, target] : {std::pair{&from, &query.filter.from}, std::pair{&to, &query.filter.to}}) {
        if (!parser.isSet(*option))
            continue;
        const std::optional<QDateTime> time = parseTime(parser.value(*option), zone);
        if (!time)
            return usageError(context, command, Words::tr("“%1” is not a date: write 2026-01-31 or 2026-01-31T10:00").arg(parser.value(*option)));
        *target = *time;
    }

    const Expected<ArticlePage> page = ArticleRepository(database).list(query);
    if (!page)
        return fail(context, command, page.error());
    CategoryNames categories(database);
    if (parser.isSet(json)) {
        QJsonArray items;
        for (const ArticleSummary &s : page->items)
            items.append(summaryJson(s, categories.path(s.categoryId)));
        printJson(context, QJsonObject{{u"total"_s, page->total}, {u"offset"_s, query.offset}, {u"stories"_s, items}});
        return ExitSuccess;
    }
    for (const ArticleSummary &s : page->items) {
        context.out << QStringLiteral("%1  %2  %3  %4").arg(s.id, 6).arg(statusName(s.status), -17)
                           .arg(formatTime(s.updatedAt, zone), -16).arg(s.headline);
        if (!s.bylines.isEmpty())
            context.out << u" — "_s << s.bylines.join(u", "_s);
        context.out << Qt::endl;
    }
    context.out << Words::tr("%1 of %n story(s)", nullptr, int(page->total)).arg(page->items.size()) << Qt::endl;
    return ExitSuccess;
}

int runShow(Context &context)
{
    const QString command = u"show"_s;
    QCommandLineParser parser;
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOption(json);
    if (auto stop
        = parseOptions(context, parser, command, Words::tr("Show one story, by id or slug."), Words::tr("story")))
        return *stop;
    if (parser.positionalArguments().size() != 1)
        return usageError(context, command, Words::tr("name one story, by its id or its slug"));

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    Database &database = **db;
    ArticleRepository articles(database);
    const QString which = parser.positionalArguments().first();
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    const Expected<Article> article = isId ? articles.load(id) : articles.loadBySlug(which);
    if (!article)
        return fail(context, command, article.error());

    CategoryNames categories(database);
    if (parser.isSet(json)) {
        QJsonObject object = toJson(*article);
        object.insert(u"category"_s, categories.path(article->categoryId));
        printJson(context, object);
        return ExitSuccess;
    }
    const QTimeZone zone = newsroomZone(database);
    QTextStream &out = context.out;
    if (!article->kicker.isEmpty())
        out << article->kicker.toUpper() << Qt::endl;
    out << article->headline << Qt::endl << Qt::endl;
    QStringList authors;
    for (const Byline &b : article->bylines)
        if (b.kind == Byline::Kind::Text)
            authors.append(b.name);
    QStringList facts = {
        Words::tr("Story %1, revision %2, %3").arg(article->id).arg(article->revision).arg(statusLabel(article->status)),
        Words::tr("Slug: %1").arg(article->slug),
        Words::tr("Category: %1").arg(categories.path(article->categoryId)),
        Words::tr("Byline: %1").arg(authors.join(u", "_s)),
        Words::tr("Dateline: %1").arg(article->dateline),
        Words::tr("Updated: %1 (%2)").arg(formatTime(article->updatedAt, zone), QString::fromUtf8(zone.id())),
        Words::tr("Published: %1").arg(formatTime(article->publishedAt, zone)),
        Words::tr("Tags: %1").arg(article->tags.join(u", "_s)),
        Words::tr("Photos: %1").arg(article->photos.size()),
    };
    // When it goes out, and until when the site keeps it back: said only when set.
    if (article->scheduledAt.isValid())
        facts.insert(6, Words::tr("Scheduled: %1").arg(formatTime(article->scheduledAt, zone)));
    if (article->embargoUntil.isValid())
        facts.insert(6, Words::tr("Embargoed until: %1").arg(formatTime(article->embargoUntil, zone)));
    if (article->trashedAt.isValid())
        facts.insert(1,
                     Words::tr("In the trash since %1: `newsroom trash restore %2` brings it back")
                         .arg(formatTime(article->trashedAt, zone))
                         .arg(article->id));
    for (const QString &fact : facts)
        out << fact << Qt::endl;
    out << Qt::endl << article->lead << Qt::endl << Qt::endl << article->body << Qt::endl;
    return ExitSuccess;
}

int runSearch(Context &context)
{
    const QString command = u"search"_s;
    QCommandLineParser parser;
    const QCommandLineOption status(u"status"_s, Words::tr("Only stories in this state."), Words::tr("state"));
    const QCommandLineOption limit(u"limit"_s, Words::tr("At most this many results (default 20)."), Words::tr("n"), u"20"_s);
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    const QCommandLineOption language(u"language"_s, Words::tr("Only stories in this language: ru, kk or en."),
                                      Words::tr("language"));
    parser.addOptions({status, limit, language, json});
    if (auto stop
        = parseOptions(context, parser, command,
                       Words::tr("Search headlines, leads, bodies, bylines and captions. Every word must occur, in "
                                 "any of its forms; \"quoted words\" as a phrase; word* as a prefix."),
                       Words::tr("words")))
        return *stop;
    const QString text = parser.positionalArguments().join(u' ');
    if (text.trimmed().isEmpty())
        return usageError(context, command, Words::tr("give the words to search for"));
    const std::optional<int> count = positiveNumber(parser.value(limit));
    if (!count)
        return usageError(context, command, Words::tr("--limit takes a whole number of at least 1, not “%1”").arg(parser.value(limit)));

    ArticleFilter filter;
    if (parser.isSet(status)) {
        filter.status = statusFromName(parser.value(status));
        if (!filter.status)
            return usageError(context, command, Words::tr("unknown state “%1”").arg(parser.value(status)));
    }
    if (parser.isSet(language)) {
        filter.language = parser.value(language).toLower();
        if (!QStringList{u"ru"_s, u"kk"_s, u"en"_s}.contains(filter.language))
            return usageError(context, command,
                              Words::tr("unknown language “%1”: write ru, kk or en").arg(parser.value(language)));
    }

    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    const Expected<QList<SearchHit>> hits = ArticleRepository(**db).search(text, filter, *count);
    if (!hits)
        return fail(context, command, hits.error());

    if (parser.isSet(json)) {
        CategoryNames categories(**db);
        QJsonArray items;
        for (const SearchHit &hit : *hits) {
            QJsonObject item = summaryJson(hit.article, categories.path(hit.article.categoryId));
            QJsonArray highlights;
            for (const auto &[start, length] : hit.snippet.highlights)
                highlights.append(QJsonArray{start, length});
            item.insert(u"score"_s, hit.score);
            item.insert(u"snippet"_s, hit.snippet.text);
            item.insert(u"highlights"_s, highlights);
            items.append(item);
        }
        printJson(context, items);
        return ExitSuccess;
    }
    const bool terminal = isTerminal(stdout);
    for (const SearchHit &hit : *hits) {
        context.out << QStringLiteral("%1  %2").arg(hit.article.id, 6).arg(hit.article.headline) << Qt::endl;
        context.out << u"        "_s
                    << (terminal ? hit.snippet.marked(u"\x1b[1m", u"\x1b[0m") : hit.snippet.marked(u"[", u"]")) << Qt::endl;
    }
    context.out << Words::tr("Stories found: %1").arg(hits->size()) << Qt::endl;
    return ExitSuccess;
}

// `newsroom dictionary`: the newsroom's own words for the spelling check, which a new
// newsroom starts with the words of Kazakhstan; list, add (--exact: that form only) and
// remove them. Several words at once are all taken or, at the first refusal, none.
int runDictionary(Context &context)
{
    const QString command = u"dictionary"_s;
    QCommandLineParser parser;
    const QCommandLineOption exact(u"exact"_s, Words::tr("With add: the word in that form only, without endings."));
    const QCommandLineOption json(u"json"_s, Words::tr("Print JSON."));
    parser.addOptions({exact, json});
    if (auto stop
        = parseOptions(context, parser, command,
                       Words::tr("List the newsroom dictionary, or add or remove words: dictionary add WORD…"),
                       u"list|add|remove ["_s + Words::tr("words") + u"…]"_s))
        return *stop;
    const QStringList args = parser.positionalArguments();
    const QString verb = args.value(0, u"list"_s);
    if (verb != u"list" && verb != u"add" && verb != u"remove")
        return usageError(context, command, Words::tr("say list, add or remove, not “%1”").arg(verb));
    const QStringList given = args.mid(1);
    if (verb != u"list" && given.isEmpty())
        return usageError(context, command, Words::tr("name the words: dictionary %1 Осакаровка").arg(verb));
    if (verb == u"list" && !given.isEmpty())
        return usageError(context, command, Words::tr("unexpected argument “%1”").arg(given.first()));
    Expected<std::unique_ptr<Database>> db = openDatabase(context);
    if (!db)
        return fail(context, command, db.error());
    DictionaryRepository dictionary(**db);
    if (verb == u"remove") {
        const Status done = (*db)->write([&]() -> Status {
            for (const QString &word : given) {
                if (Status one = dictionary.remove(word); !one)
                    return one;
            }
            return Done{};
        });
        if (!done)
            return fail(context, command, done.error());
        context.out << Words::tr("Removed from the newsroom dictionary: %1").arg(given.join(u", "_s)) << Qt::endl;
        return ExitSuccess;
    }
    if (verb == u"add") {
        // Said apart: the words that were there already, as asked, change nothing.
        QStringList added;
        QStringList known;
        const Status done = (*db)->write([&]() -> Status {
            const Expected<QList<DictionaryWord>> before = dictionary.words();
            if (!before)
                return before.error();
            for (const QString &word : given) {
                const DictionaryWord wanted{word, parser.isSet(exact)};
                const bool there = std::any_of(before->cbegin(), before->cend(), [&](const DictionaryWord &w) {
                    return w.word == wanted.word.trimmed() && w.exact == wanted.exact;
                });
                if (Status one = dictionary.add(wanted); !one)
                    return one;
                (there ? known : added).append(word.trimmed());
            }
            return Done{};
        });
        if (!done)
            return fail(context, command, done.error());
        if (!added.isEmpty())
            context.out << (parser.isSet(exact) ? Words::tr("Added to the newsroom dictionary, in this form only: %1")
                                                : Words::tr("Added to the newsroom dictionary: %1"))
                               .arg(added.join(u", "_s))
                        << Qt::endl;
        if (!known.isEmpty())
            context.out << Words::tr("Already in the newsroom dictionary: %1").arg(known.join(u", "_s)) << Qt::endl;
        return ExitSuccess;
    }
    const Expected<QList<DictionaryWord>> words = dictionary.words();
    if (!words)
        return fail(context, command, words.error());
    QJsonArray array;
    for (const DictionaryWord &word : *words) {
        if (parser.isSet(json))
            array.append(QJsonObject{{u"word"_s, word.word}, {u"exact"_s, word.exact}});
        else
            context.out << (word.exact ? Words::tr("%1 (this form only)").arg(word.word) : word.word) << Qt::endl;
    }
    if (parser.isSet(json))
        printJson(context, array);
    return ExitSuccess;
}

} // namespace Newsroom::Cli
