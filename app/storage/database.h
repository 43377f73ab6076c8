// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QSqlDatabase>
#include <QSqlQuery>

#include <memory>

namespace Newsroom {

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
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    const DatabaseUrl &url() const { return m_url; }
    DatabaseUrl::Engine engine() const { return m_url.engine; }
    bool isSQLite() const { return m_url.engine == DatabaseUrl::Engine::SQLite; }
    QSqlDatabase connection() const;
    int schemaVersion() const { return m_schemaVersion; }

    // A prepared query on this connection; run it with exec().
    QSqlQuery prepare(const QString &sql) const;
    // Executes a prepared query; on failure, an Error naming the database and the driver's reason.
    Status exec(QSqlQuery &query) const;
    Status exec(const QString &sql) const;

    // Runs `work` (returning Status or Expected<T>) in one write transaction: BEGIN IMMEDIATE
    // on SQLite, so two writers queue instead of failing halfway; committed when `work`
    // succeeds, rolled back otherwise. Inside another write(), `work` joins that
    // transaction, and its failure rolls the whole of it back.
    template<typename Work>
    auto write(Work &&work) -> decltype(work())
    {
        if (m_inTransaction)
            return work();
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

    Error errorFrom(const QSqlQuery &query) const;

    // Called by the migrations once they know the file is a newsroom's: the journal mode
    // is stored in the file, so it is not switched on a database we must leave alone.
    Status enableWriteAheadLog();

private:
    explicit Database(const DatabaseUrl &url);
    Status connect(OpenMode mode);
    Status configureSQLite();
    Status beginWrite();
    Status commit();
    void rollback();

    DatabaseUrl m_url;
    QString m_connectionName;
    int m_schemaVersion = 0;
    bool m_inTransaction = false;
};

} // namespace Newsroom
