// SPDX-License-Identifier: GPL-3.0-or-later
#include "migrations.h"

#include "articlerepository.h"

#include "database.h"
#include "serverowner.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom::Migrations {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
};

QString engineFolder(DatabaseUrl::Engine engine)
{
    return engine == DatabaseUrl::Engine::SQLite ? u":/sql/sqlite"_s : u":/sql/postgresql"_s;
}

// Whether `word` starts at `i` in `text`, as a whole word, ignoring case.
bool wordAt(const QString &text, qsizetype i, QLatin1StringView word)
{
    if (i > 0 && (text.at(i - 1).isLetterOrNumber() || text.at(i - 1) == u'_'))
        return false;
    if (QStringView(text).mid(i, word.size()).compare(word, Qt::CaseInsensitive) != 0)
        return false;
    const qsizetype end = i + word.size();
    return end >= text.size() || !(text.at(end).isLetterOrNumber() || text.at(end) == u'_');
}

struct Inspection
{
    bool hasMigrationsTable = false;
    bool hasOtherTables = false;
    int version = 0;
};

Expected<Inspection> inspect(Database &database)
{
    Inspection result;
    // On PostgreSQL the catalogue, which shows every table to every login (the information
    // schema shows a login only the tables it may use).
    const QString tables = database.isSQLite()
        ? u"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"_s
        : u"SELECT c.relname FROM pg_catalog.pg_class c WHERE c.relnamespace = current_schema()::regnamespace "
          "AND c.relkind IN ('r', 'p', 'v', 'm', 'f')"_s;
    Statement query = database.prepare(tables);
    if (Status ran = database.exec(query); !ran)
        return ran.error();
    while (query.next()) {
        if (query.value(0).toString() == u"schema_migrations")
            result.hasMigrationsTable = true;
        else
            result.hasOtherTables = true;
    }
    if (result.hasMigrationsTable) {
        Statement version = database.prepare(u"SELECT coalesce(max(version), 0) FROM schema_migrations"_s);
        if (Status ran = database.exec(version); !ran) {
            if (ran.error().kind == Error::Kind::Permission)
                return ServerOwner::notInAnyGroup(database.url().user, database.url().toDisplayString());
            return ran.error();
        }
        if (version.next())
            result.version = version.value(0).toInt();
    }
    return result;
}

// What SQL cannot do, done in the transaction of the migration it belongs to.
Status codeStep(Database &database, const QString &migration)
{
    if (migration == u"kazakh_search") {
        // Kazakh stories were indexed with Russian stems; now they have Kazakh ones.
        Statement kazakh = database.prepare(u"SELECT id FROM articles WHERE language = 'kk'"_s);
        if (Status ran = database.exec(kazakh); !ran)
            return ran;
        QList<qint64> ids;
        while (kazakh.next())
            ids.append(kazakh.value(0).toLongLong());
        kazakh.finish();
        ArticleRepository articles(database);
        for (const qint64 id : ids) {
            if (Status indexed = articles.reindex(id); !indexed)
                return indexed;
        }
    }
    return Done{};
}

Status applyOne(Database &database, const Migration &migration)
{
    if (!database.isSQLite()) {
        // Two desks starting the first time at once: one migrates, the other waits here.
        if (Status locked = database.exec(u"SELECT pg_advisory_xact_lock(7243015001)"_s); !locked)
            return locked;
        // Whatever the migration creates belongs to the owner role, never to the login
        // (nor the superuser) that happens to run it.
        if (Status owner = database.exec(u"SET LOCAL ROLE newsroom_owner"_s); !owner)
            return owner;
    }
    if (Status created = database.exec(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                                       "version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at BIGINT NOT NULL)"_s);
        !created)
        return created;

    Statement applied = database.prepare(u"SELECT 1 FROM schema_migrations WHERE version = :version"_s);
    applied.bindValue(u":version"_s, migration.version);
    if (Status ran = database.exec(applied); !ran)
        return ran;
    if (applied.next())
        return Done{}; // someone else got there first
    applied.finish();

    const auto failed = [&](const Error &error) {
        return Error{error.kind, Words::tr("migration %1 (%2) failed: %3")
                                     .arg(migration.version)
                                     .arg(migration.name, error.message)};
    };
    for (const QString &statement : splitStatements(migration.script)) {
        if (Status ran = database.exec(statement); !ran)
            return failed(ran.error());
    }
    if (Status stepped = codeStep(database, migration.name); !stepped)
        return failed(stepped.error());
    Statement record = database.prepare(
        u"INSERT INTO schema_migrations (version, name, applied_at) VALUES (:version, :name, :at)"_s);
    record.bindValue(u":version"_s, migration.version);
    record.bindValue(u":name"_s, migration.name);
    record.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
    return database.exec(record);
}

} // namespace

QList<Migration> available(DatabaseUrl::Engine engine)
{
    static const QRegularExpression pattern(u"^(\\d{4})_([a-z0-9_]+)\\.sql$"_s);
    QList<Migration> migrations;
    // The engine's own migrations, and those written once for both (:/sql/common).
    for (const QString &path : {engineFolder(engine), u":/sql/common"_s}) {
        const QDir folder(path);
        for (const QString &entry : folder.entryList(QDir::Files, QDir::Name)) {
            const QRegularExpressionMatch match = pattern.match(entry);
            if (!match.hasMatch())
                continue;
            QFile file(folder.filePath(entry));
            if (!file.open(QIODevice::ReadOnly))
                continue;
            migrations.append({match.captured(1).toInt(), match.captured(2), QString::fromUtf8(file.readAll())});
        }
    }
    std::ranges::sort(migrations, {}, &Migration::version);
    return migrations;
}

int latestVersion(DatabaseUrl::Engine engine)
{
    const QList<Migration> migrations = available(engine);
    return migrations.isEmpty() ? 0 : migrations.last().version;
}

Expected<int> apply(Database &database, bool mayCreate)
{
    const QString where = database.url().toDisplayString();
    Expected<Inspection> state = inspect(database);
    if (!state)
        return state.error();
    if (!state->hasMigrationsTable && state->hasOtherTables)
        return invalid(Words::tr("%1 holds a database that is not a newsroom's; it was left as it was").arg(where));
    // An empty file or database is no newsroom: only `init` (or the window's first start)
    // makes one, never a command that meant to read one.
    if (!state->hasMigrationsTable && !mayCreate)
        return invalid(Words::tr("%1 is not a newsroom database (it holds nothing); it was left as it was. Create a "
                          "newsroom there with `newsroom init`.")
                           .arg(where));

    const QList<Migration> migrations = available(database.engine());
    const int latest = migrations.isEmpty() ? 0 : migrations.last().version;
    if (state->version > latest)
        return invalid(Words::tr("%1 was written by a newer Newsroom (schema %2; this program knows up to %3). "
                          "It was not changed: update Newsroom to open it.")
                           .arg(where)
                           .arg(state->version)
                           .arg(latest));

    if (Status wal = database.enableWriteAheadLog(); !wal)
        return wal.error();
    if (!database.isSQLite() && state->version < latest) {
        Status prepared = database.write([&]() -> Status {
            if (Status locked = database.exec(u"SELECT pg_advisory_xact_lock(7243015001)"_s); !locked)
                return locked;
            return ServerOwner::prepare(database, state->version, latest);
        });
        if (!prepared)
            return prepared.error();
    }
    for (const Migration &migration : migrations) {
        if (migration.version <= state->version)
            continue;
        if (Status done = database.write([&] { return applyOne(database, migration); }); !done)
            return done.error();
    }
    return latest;
}

QStringList splitStatements(const QString &script)
{
    QStringList statements;
    QString current;
    qsizetype i = 0;
    const qsizetype n = script.size();
    bool inTrigger = false;

    auto flush = [&] {
        const QString statement = current.trimmed();
        if (!statement.isEmpty())
            statements.append(statement);
        current.clear();
        inTrigger = false;
    };

    while (i < n) {
        const QChar c = script.at(i);
        if (c == u'-' && i + 1 < n && script.at(i + 1) == u'-') { // line comment
            while (i < n && script.at(i) != u'\n')
                ++i;
            continue;
        }
        if (c == u'/' && i + 1 < n && script.at(i + 1) == u'*') { // block comment
            const qsizetype end = script.indexOf(u"*/"_s, i + 2);
            i = end < 0 ? n : end + 2;
            continue;
        }
        if (c == u'\'' || c == u'"') { // quoted; doubled quotes stay inside
            const qsizetype start = i++;
            while (i < n) {
                if (script.at(i) == c) {
                    if (i + 1 < n && script.at(i + 1) == c) {
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                ++i;
            }
            current += QStringView(script).mid(start, i - start);
            continue;
        }
        if (c == u'$') { // dollar quoting: $tag$ ... $tag$
            static const QRegularExpression tag(u"\\G\\$[A-Za-z_]*\\$"_s);
            const QRegularExpressionMatch match = tag.match(script, i);
            if (match.hasMatch()) {
                const qsizetype end = script.indexOf(match.captured(), i + match.capturedLength());
                const qsizetype stop = end < 0 ? n : end + match.capturedLength();
                current += QStringView(script).mid(i, stop - i);
                i = stop;
                continue;
            }
        }
        // A trigger body, BEGIN … END, holds semicolons of its own (SQLite's triggers; a
        // PostgreSQL trigger calls a function instead).
        if (wordAt(script, i, "BEGIN"_L1) && current.trimmed().startsWith(u"CREATE"_s, Qt::CaseInsensitive)
            && current.contains(u"TRIGGER"_s, Qt::CaseInsensitive))
            inTrigger = true;
        if (c == u';') {
            if (!inTrigger || current.trimmed().endsWith(u"END"_s, Qt::CaseInsensitive)) {
                flush();
                ++i;
                continue;
            }
        }
        current += c;
        ++i;
    }
    flush();
    return statements;
}

} // namespace Newsroom::Migrations
