// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "migrations.h"
#include "serverowner.h"
#include "statement.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>
#include <unordered_map>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};

QString uniqueConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"newsroom-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

QString reasonOf(const QSqlError &error)
{
    QString reason = error.databaseText().trimmed();
    if (reason.isEmpty())
        reason = error.driverText().trimmed();
    return reason;
}

// A refused login (a wrong or missing password, a login the server does not let in) is a
// permission refusal, not trouble with the server. The driver gives no SQLSTATE when
// connecting, only libpq's message, so the message is what there is to go by.
bool isAuthenticationFailure(const QString &reason)
{
    static const QLatin1StringView signs[] = {"password authentication failed"_L1, "no password supplied"_L1,
                                              "authentication failed"_L1, "no pg_hba.conf entry"_L1,
                                              "permission denied for database"_L1, "28P01"_L1, "28000"_L1};
    for (const QLatin1StringView sign : signs) {
        if (reason.contains(sign, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace

// Prepared statements handed back, ready for their SQL again. At most Kept of them: SQL
// made on the fly (a list of N ids) would otherwise keep growing the server's memory for
// as long as the window is open.
struct Database::Statements
{
    static constexpr std::size_t Kept = 200;
    std::unordered_multimap<QString, QSqlQuery> idle;
    // Those of a connection since lost: freeing one would talk to the connection, so they
    // are let go only after it is removed, when Qt's driver frees nothing on the server.
    std::vector<QSqlQuery> orphaned;
};

Database::Database(const DatabaseUrl &url)
    : m_url(url)
    , m_connectionName(uniqueConnectionName())
    , m_statements(std::make_unique<Statements>())
{
}

QStringList Database::drivers()
{
    return QSqlDatabase::drivers();
}

Database::~Database()
{
    if (m_inTransaction)
        rollback();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    // Only now: with the connection gone, the driver frees nothing on the server, where
    // closing the session has freed them all (a round trip each otherwise, at closing).
    m_statements.reset();
}

Expected<std::unique_ptr<Database>> Database::open(const DatabaseUrl &url, OpenMode mode)
{
    std::unique_ptr<Database> database(new Database(url));
    if (Status connected = database->connect(mode); !connected)
        return connected.error();
    Expected<int> version = Migrations::apply(*database, mode == OpenMode::CreateIfMissing);
    if (!version)
        return version.error();
    database->m_schemaVersion = *version;
    return database;
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Status Database::connect(OpenMode mode)
{
    const QString where = m_url.toDisplayString();
    if (isSQLite()) {
        const QFileInfo file(m_url.path);
        if (!file.exists()) {
            if (mode == OpenMode::OpenExisting)
                return Error{Error::Kind::NotFound,
                             Words::tr("there is no newsroom database at %1; create one with `newsroom init`")
                                 .arg(QDir::toNativeSeparators(m_url.path))};
            if (!QDir().mkpath(file.absolutePath()))
                return failure(Words::tr("cannot create the folder %1").arg(QDir::toNativeSeparators(file.absolutePath())));
            if (!QFileInfo(file.absolutePath()).isWritable())
                return failure(Words::tr("cannot create %1: the folder %2 is read-only, or not yours to write in")
                                   .arg(QDir::toNativeSeparators(m_url.path), QDir::toNativeSeparators(file.absolutePath())));
            // Drafts, comments and embargoed stories are for their owner's eyes, as a
            // backup is: the file is made readable by its owner alone (SQLite gives its
            // journal files the same mode), whatever the umask would allow.
            const int fd = ::open(QFile::encodeName(m_url.path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
            if (fd < 0 && errno != EEXIST)
                return failure(Words::tr("cannot create %1: %2")
                                   .arg(QDir::toNativeSeparators(m_url.path), QString::fromLocal8Bit(std::strerror(errno))));
            if (fd >= 0)
                ::close(fd);
        } else if (!file.isFile()) {
            return invalid(Words::tr("%1 is not a file").arg(QDir::toNativeSeparators(m_url.path)));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_url.path);
        // Writers queue for each other (BEGIN IMMEDIATE) for up to this long.
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=15000"_s);
        if (!db.open())
            return failure(Words::tr("cannot open %1: %2").arg(where, reasonOf(db.lastError())));
        return configureSQLite();
    }

    QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    db.setHostName(m_url.host);
    db.setPort(m_url.port);
    db.setUserName(m_url.user);
    db.setPassword(m_url.password);
    db.setDatabaseName(m_url.databaseName);
    // Notices ("relation already exists, skipping") are for a DBA's console, not a
    // reporter's: turned off in the connection's start-up packet, not by a round trip.
    db.setConnectOptions(u"connect_timeout=10;application_name=newsroom;options=-cclient_min_messages=warning"_s);
    if (!db.open()) {
        const QString reason = reasonOf(db.lastError());
        if (reason.contains("permission denied for database"_L1))
            return ServerOwner::notInAnyGroup(m_url.user, where);
        const Error refused{isAuthenticationFailure(reason) ? Error::Kind::Permission : Error::Kind::Failure,
                            Words::tr("cannot connect to %1: %2").arg(where, reason)};
        return refused;
    }
    return Done{};
}

Status Database::ensureConnected()
{
    if (isSQLite() || m_inTransaction)
        return Done{};
    QSqlDatabase db = connection();
    if (db.isOpen()) {
        QSqlQuery ping(db);
        if (ping.exec(u"SELECT 1"_s))
            return Done{};
    }
    for (auto &[sql, idle] : m_statements->idle)
        m_statements->orphaned.push_back(std::move(idle));
    m_statements->idle.clear();
    db.close();
    if (!db.open())
        return failure(Words::tr("cannot connect to %1: %2").arg(m_url.toDisplayString(), reasonOf(db.lastError())));
    return Done{};
}

Status Database::ping()
{
    if (isSQLite())
        return Done{};
    QSqlDatabase db = connection();
    if (db.isOpen()) {
        QSqlQuery query(db);
        if (query.exec(u"SELECT 1"_s))
            return Done{};
        return failure(Words::tr("lost the connection to %1: %2").arg(m_url.toDisplayString(), reasonOf(query.lastError())));
    }
    return failure(Words::tr("lost the connection to %1").arg(m_url.toDisplayString()));
}

Status Database::configureSQLite()
{
    const QString where = QDir::toNativeSeparators(m_url.path);
    QSqlQuery query(connection());
    // The first read tells a database from any other file.
    if (!query.exec(u"PRAGMA schema_version"_s) || !query.next()) {
        // A disk that refuses (a file-size limit, a read-only folder for the write-ahead
        // log) is said as such: calling the file damaged would invite a needless restore.
        if (const QString disk = diskProblem(query.lastError()); !disk.isEmpty())
            return failure(Words::tr("cannot open %1: %2").arg(where, disk));
        return invalid(Words::tr("%1 is not a newsroom database, or it is damaged: %2").arg(where, reasonOf(query.lastError())));
    }
    query.finish();
    for (const auto pragma : {"PRAGMA synchronous = FULL"_L1, "PRAGMA foreign_keys = ON"_L1}) {
        if (!query.exec(pragma))
            return failure(Words::tr("cannot use %1: %2").arg(where, reasonOf(query.lastError())));
    }
    return Done{};
}

Status Database::enableWriteAheadLog()
{
    if (!isSQLite())
        return Done{};
    const QString where = QDir::toNativeSeparators(m_url.path);
    QSqlQuery query(connection());
    if (!query.exec(u"PRAGMA journal_mode = WAL"_s) || !query.next())
        return failure(Words::tr("cannot use %1: %2").arg(where, reasonOf(query.lastError())));
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return failure(Words::tr("cannot switch %1 to write-ahead logging (is its folder read-only?)").arg(where));
    return Done{};
}

Statement Database::prepare(const QString &sql) const
{
    if (const auto idle = m_statements->idle.find(sql); idle != m_statements->idle.end()) {
        QSqlQuery again = std::move(idle->second);
        m_statements->idle.erase(idle);
        return Statement(std::move(again), this);
    }
    QSqlQuery query(connection());
    query.setForwardOnly(true);
    // A dropped connection is said by exec(). A statement the schema cannot take (a table
    // or column missing) is said by exec() too, in words, not as the driver's "Parameter
    // count mismatch" with the SQL beside it.
    if (!query.prepare(sql)) {
        if (connection().isOpen())
            m_unprepared.insert(sql, reasonOf(query.lastError()));
        return Statement(std::move(query), nullptr);
    }
    return Statement(std::move(query), this);
}

void Database::takeBack(QSqlQuery &&query) const
{
    query.finish(); // the rows it still holds, and on SQLite the read they keep open
    query.setForwardOnly(true);
    if (m_statements->idle.size() >= Statements::Kept)
        m_statements->idle.erase(m_statements->idle.begin()); // freed on the server: one round trip
    QString sql = query.lastQuery();
    m_statements->idle.emplace(std::move(sql), std::move(query));
}

Status Database::exec(Statement &statement) const
{
    return run(statement.query());
}

Status Database::run(QSqlQuery &query) const
{
    if (Status open = stillOpen(); !open)
        return open;
    if (const auto unprepared = m_unprepared.constFind(query.lastQuery()); unprepared != m_unprepared.cend()) {
        m_damaged = true; // whatever it would write could not be trusted to fit either
        return failure(Words::tr("%1 does not have the tables this Newsroom expects (%2): it was changed by another program, "
                          "or it is damaged. Nothing was changed; run `newsroom check`, and restore the newsroom from "
                          "a backup with `newsroom restore`.")
                           .arg(m_url.toDisplayString(), *unprepared));
    }
    if (!query.exec())
        return errorFrom(query);
    return Done{};
}

Status Database::exec(const QString &sql) const
{
    if (Status open = stillOpen(); !open)
        return open;
    QSqlQuery query(connection());
    if (!query.exec(sql))
        return errorFrom(query);
    return Done{};
}

// The driver closes a connection the server dropped; every later query would fail with
// Qt's own warning on the console. Said once, here, in the newsroom's words.
Status Database::stillOpen() const
{
    if (connection().isOpen())
        return Done{};
    return failure(Words::tr("lost the connection to %1").arg(m_url.toDisplayString()));
}

QString Database::diskProblem(const QSqlError &error)
{
    // SQLite's result codes, also as extended codes (the low byte is the primary code).
    switch (error.nativeErrorCode().toInt() & 0xff) {
    case 13: // SQLITE_FULL
        return Words::tr("the disk is full");
    case 8: // SQLITE_READONLY
        return Words::tr("the file or its folder is read-only");
    case 10: // SQLITE_IOERR
        return Words::tr("the disk refused the write (%1): a full disk, a file-size limit or a failing disk")
            .arg(reasonOf(error));
    case 14: // SQLITE_CANTOPEN
        return Words::tr("the file cannot be opened or created there (%1)").arg(reasonOf(error));
    default:
        return {};
    }
}

std::optional<Error> Database::sqliteFault(const QSqlError &error) const
{
    const int code = error.nativeErrorCode().toInt() & 0xff;
    if (code == 11 || code == 26) { // SQLITE_CORRUPT, SQLITE_NOTADB
        // Whatever else this session would write could land on damaged pages: it writes
        // nothing more.
        m_damaged = true;
        return failure(Words::tr("%1 is damaged (%2). Nothing was changed, and nothing more will be written in this "
                          "session; run `newsroom check` to see what is wrong, and restore the newsroom from a backup "
                          "with `newsroom restore`.")
                           .arg(m_url.toDisplayString(), reasonOf(error)));
    }
    const QString disk = diskProblem(error);
    if (disk.isEmpty())
        return std::nullopt;
    return failure(Words::tr("cannot write %1: %2. Nothing of this change was saved.")
                       .arg(QDir::toNativeSeparators(m_url.path), disk));
}

Error Database::errorFrom(const Statement &statement) const
{
    return errorFrom(statement.query());
}

Error Database::errorFrom(const QSqlQuery &query) const
{
    const QSqlError error = query.lastError();
    if (isSQLite()) {
        if (std::optional<Error> fault = sqliteFault(error))
            return *fault;
    }
    const QString message = Words::tr("%1: %2").arg(m_url.toDisplayString(), reasonOf(error));
    if (isSQLite())
        return failure(message);
    const QString state = error.nativeErrorCode();
    // 42501: insufficient_privilege, what row-level security, grants and the guards answer.
    if (state == u"42501")
        return {Error::Kind::Permission, message};
    // Two desks adding the same new thing at once: the server lets one through and stops the
    // other; said plainly, without the SQL, and marked as worth another try.
    if (state == u"23505") {
        const QString reason = reasonOf(error);
        const QString what = reason.contains(u"slug"_s) ? Words::tr("address")
            : reason.contains(u"tags"_s)                ? Words::tr("tag")
            : reason.contains(u"categories"_s)          ? Words::tr("section")
                                                        : Words::tr("entry");
        return {Error::Kind::Failure,
                Words::tr("%1: a colleague saved the same new %2 at the same moment; nothing of this was saved, try again")
                    .arg(m_url.toDisplayString(), what),
                true};
    }
    // 40P01 deadlock_detected, 40001 serialization_failure.
    if (state == u"40P01" || state == u"40001")
        return {Error::Kind::Failure,
                Words::tr("%1: the server broke off this change because a colleague was changing the same things; nothing "
                   "of it was saved, try again")
                    .arg(m_url.toDisplayString()),
                true};
    return failure(message);
}

Status Database::beginWrite()
{
    Q_ASSERT(!m_inTransaction);
    if (m_damaged)
        return failure(Words::tr("%1 is damaged: nothing more is written in this session. Run `newsroom check`, and restore "
                          "the newsroom from a backup with `newsroom restore`.")
                           .arg(m_url.toDisplayString()));
    if (Status begun = exec(isSQLite() ? u"BEGIN IMMEDIATE"_s : u"BEGIN"_s); !begun)
        return begun;
    m_inTransaction = true;
    return Done{};
}

Status Database::beginRead()
{
    Q_ASSERT(!m_inTransaction);
    if (Status begun = exec(isSQLite() ? u"BEGIN"_s : u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s); !begun)
        return begun;
    m_inTransaction = true;
    return Done{};
}

Status Database::commit()
{
    Status committed = exec(u"COMMIT"_s);
    if (!committed)
        rollback();
    m_inTransaction = false;
    return committed;
}

void Database::rollback()
{
    if (connection().isOpen()) {
        QSqlQuery query(connection());
        query.exec(u"ROLLBACK"_s);
    }
    m_inTransaction = false;
}

} // namespace Newsroom
