// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>

#include <memory>
#include <optional>

class QSqlDatabase;
class QSqlError;
class QSqlQuery;

namespace Newsroom {

class Statement;

// One connection to a newsroom's database, SQLite or PostgreSQL, with the schema brought
// up to date. Not thread-safe: each thread opens its own.
class Database
{
public:
    enum class OpenMode {
        OpenExisting, // refuse when there is no newsroom database at the URL yet
        CreateIfMissing,
    };

    static Expected<std::unique_ptr<Database>> open(const DatabaseUrl &url, OpenMode mode = OpenMode::OpenExisting);
    // The Qt SQL drivers this machine has ("QSQLITE", "QPSQL", ...).
    static QStringList drivers();
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Engine engine() const { return m_url.engine; }
    bool isSQLite() const { return m_url.engine == DatabaseUrl::Engine::SQLite; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared statement on this connection (storage/statement.h); run it with exec().
    // The same SQL prepared again on this connection reuses the one handed back.
    Statement prepare(const QString &sql) const;
    // Executes a prepared statement; on failure, an Error naming the database and the driver's reason.
    Status exec(Statement &statement) const;
    Status exec(const QString &sql) const;

    // Runs `work` (returning Status or Expected<T>) in one write transaction: BEGIN IMMEDIATE
    // on SQLite, so two writers queue instead of failing halfway; committed when `work`
    // succeeds, rolled back otherwise. Inside another write(), `work` runs under a
    // savepoint: its failure undoes only its own changes, and the outer work decides.
    template<typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        if (m_inTransaction)
            return nested(std::forward<Work>(work));
        if (Status begun = beginWrite(); !begun)
            return begun.error();
        auto result = work();
        if (!result) {
            rollback();
            return result;
        }
        if (Status committed = commit(); !committed)
            return committed.error();
        return result;
    }

    // Runs `work` on one consistent snapshot: every query in it sees the database as it was
    // at the first, whatever colleagues save meanwhile (a deferred transaction on SQLite's
    // write-ahead log, REPEATABLE READ ONLY on PostgreSQL). Inside another transaction,
    // `work` simply runs in that one.
    template<typename Work>
    auto read(Work &&work) -> decltype(work())
    {
        if (m_inTransaction)
            return work();
        if (Status begun = beginRead(); !begun)
            return begun.error();
        auto result = work();
        rollback(); // nothing was written: ending it is all
        return result;
    }

    Error errorFrom(const Statement &statement) const;
    // What SQLite's error says of the disk, in a few words ("the disk is full", "the file or
    // its folder is read-only"), or empty when it is not about the disk.
    static QString diskProblem(const QSqlError &error);
    // Whether a statement found the file damaged (SQLITE_CORRUPT, SQLITE_NOTADB): from
    // then on this connection writes nothing, whatever the statement.
    bool damaged() const { return m_damaged; }
    // Stops all writing on this connection, as a damaged file found elsewhere (a check on
    // another connection) asks.
    void refuseWrites() { m_damaged = true; }

    // Checks that the server still answers, and opens the connection again when it does
    // not (a restarted server, a dropped network): what was in flight is lost, but the
    // next query works. Does nothing inside a transaction, or on SQLite.
    Status ensureConnected();
    // Whether the server still answers on this connection, without reconnecting (inside a
    // transaction too): a failure says the connection is lost.
    Status ping();

    // Called by the migrations once they know the file is a newsroom's: the journal mode
    // is stored in the file, so it is not switched on a database we must leave alone.
    Status enableWriteAheadLog();

private:
    friend class Statement;
    // A statement handed back after use, kept for the next prepare() of its SQL.
    void takeBack(QSqlQuery &&query) const;
    Status run(QSqlQuery &query) const;
    Error errorFrom(const QSqlQuery &query) const;

    template<typename Work>
    auto nested(Work &&work) -> decltype(work())
    {
        const QString savepoint = QStringLiteral("newsroom_%1").arg(++m_savepoints);
        if (Status set = exec(QStringLiteral("SAVEPOINT ") + savepoint); !set)
            return set.error();
        auto result = work();
        if (!result)
            (void)exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepoint);
        if (Status released = exec(QStringLiteral("RELEASE SAVEPOINT ") + savepoint); !released && result)
            return released.error();
        return result;
    }

    explicit Database(const DatabaseUrl &url);
    Status connect(OpenMode mode);
    Status configureSQLite();
    Status stillOpen() const;
    std::optional<Error> sqliteFault(const QSqlError &error) const;
    Status beginWrite();
    Status beginRead();
    Status commit();
    void rollback();

    DatabaseUrl m_url;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
    int m_savepoints = 0;
    mutable bool m_damaged = false;
    mutable QHash<QString, QString> m_unprepared; // SQL the schema refused: why
    struct Statements;
    std::unique_ptr<Statements> m_statements; // prepared, not in use: for the next prepare()
};

// Values to bind for columns where "none" is SQL NULL: an id of 0, an invalid time
// (stored as milliseconds since the epoch).
inline QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

// Qt binds a null QString as SQL NULL; the text columns hold '' for "nothing".
inline QString textValue(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

inline QVariant nullableTime(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

} // namespace Newsroom
