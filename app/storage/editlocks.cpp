// SPDX-License-Identifier: GPL-3.0-or-later
#include "editlocks.h"

#include "domain/article.h"
#include "statement.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(EditLocks)
};

const QString LockColumns = u"article_id, person_id, holder, session, acquired_at, expires_at, taken_from"_s;

EditLock lockFrom(const Statement &query)
{
    EditLock lock;
    lock.articleId = query.value(0).toLongLong();
    lock.personId = query.value(1).toLongLong();
    lock.holder = query.value(2).toString();
    lock.session = query.value(3).toString();
    lock.acquiredAt = fromStoredTime(query.value(4).toLongLong());
    lock.expiresAt = fromStoredTime(query.value(5).toLongLong());
    lock.takenFrom = query.value(6).toString();
    return lock;
}

} // namespace

EditLocks::EditLocks(Database &database, QString session)
    : m_db(database)
    , m_session(std::move(session))
{
}

Expected<qint64> EditLocks::databaseNow() const
{
    Statement query = m_db.prepare(m_db.isSQLite()
                                       ? u"SELECT CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)"_s
                                       : u"SELECT (extract(epoch FROM clock_timestamp()) * 1000)::BIGINT"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return failure(Words::tr("the database did not say what time it is"));
    return query.value(0).toLongLong();
}

Expected<std::optional<EditLock>> EditLocks::read(qint64 articleId, bool includeLapsed) const
{
    Statement query = m_db.prepare(u"SELECT "_s + LockColumns + u" FROM edit_locks WHERE article_id = :id"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return std::optional<EditLock>();
    EditLock lock = lockFrom(query);
    query.finish();
    if (!includeLapsed) {
        const Expected<qint64> now = databaseNow();
        if (!now)
            return now.error();
        if (lock.expiresAt.toMSecsSinceEpoch() < *now)
            return std::optional<EditLock>();
    }
    return std::optional<EditLock>(lock);
}

Expected<EditLock> EditLocks::acquire(qint64 articleId, const Actor &actor)
{
    return m_db.write([&]() -> Expected<EditLock> {
        const Expected<qint64> now = databaseNow();
        if (!now)
            return now.error();
        const Expected<std::optional<EditLock>> existing = read(articleId, true);
        if (!existing)
            return existing.error();
        const bool lapsed = *existing && (*existing)->expiresAt.toMSecsSinceEpoch() < *now;
        if (*existing && !lapsed && !(*existing)->heldBy(m_session))
            return **existing; // a colleague's, and live

        // Two desks may get here at once: the guard and ON CONFLICT let one win, and
        // the other reads the winner's lock.
        Statement query = m_db.prepare(
            *existing ? u"UPDATE edit_locks SET person_id = :person, holder = :holder, session = :session, "
                        "acquired_at = :now, expires_at = :expires, taken_from = NULL "
                        "WHERE article_id = :id AND (session = :session2 OR expires_at < :now2)"_s
                      : u"INSERT INTO edit_locks (article_id, person_id, holder, session, acquired_at, expires_at) "
                        "VALUES (:id, :person, :holder, :session, :now, :expires) "
                        "ON CONFLICT (article_id) DO NOTHING"_s);
        query.bindValue(u":id"_s, articleId);
        query.bindValue(u":person"_s, nullableId(actor.personId));
        query.bindValue(u":holder"_s, actor.name);
        query.bindValue(u":session"_s, m_session);
        query.bindValue(u":now"_s, *now);
        query.bindValue(u":expires"_s, *now + LeaseSeconds * 1000);
        if (*existing) {
            query.bindValue(u":session2"_s, m_session);
            query.bindValue(u":now2"_s, *now);
        }
        if (Status ran = m_db.exec(query); !ran)
            return ran.error();
        if (query.numRowsAffected() != 1) {
            const Expected<std::optional<EditLock>> winner = read(articleId, false);
            if (!winner)
                return winner.error();
            if (*winner)
                return **winner;
            return Error{Error::Kind::Conflict, Words::tr("someone else is opening story %1 at this moment").arg(articleId)};
        }
        return EditLock{articleId, actor.personId, actor.name, m_session, fromStoredTime(*now),
                        fromStoredTime(*now + LeaseSeconds * 1000), {}};
    });
}

Expected<bool> EditLocks::renew(qint64 articleId)
{
    const Expected<qint64> now = databaseNow();
    if (!now)
        return now.error();
    Statement query = m_db.prepare(u"UPDATE edit_locks SET expires_at = :expires "
                                   "WHERE article_id = :id AND session = :session"_s);
    query.bindValue(u":expires"_s, *now + LeaseSeconds * 1000);
    query.bindValue(u":id"_s, articleId);
    query.bindValue(u":session"_s, m_session);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    return query.numRowsAffected() == 1;
}

Status EditLocks::release(qint64 articleId)
{
    Statement query = m_db.prepare(u"DELETE FROM edit_locks WHERE article_id = :id AND session = :session"_s);
    query.bindValue(u":id"_s, articleId);
    query.bindValue(u":session"_s, m_session);
    return m_db.exec(query);
}

Expected<EditLock> EditLocks::takeOver(qint64 articleId, const Actor &actor)
{
    if (!roleMay(actor.role, Capability::EditAnyStory))
        return Error{Error::Kind::Permission, Words::tr("%1 may not take over a colleague's editing; %2 may")
                                                  .arg(actor.name, whoMay(Capability::EditAnyStory))};
    return m_db.write([&]() -> Expected<EditLock> {
        const Expected<std::optional<EditLock>> existing = read(articleId, true);
        if (!existing)
            return existing.error();
        if (!*existing || (*existing)->heldBy(m_session))
            return acquire(articleId, actor);
        const Expected<qint64> now = databaseNow();
        if (!now)
            return now.error();
        Statement query = m_db.prepare(u"UPDATE edit_locks SET person_id = :person, holder = :holder, "
                                       "session = :session, acquired_at = :now, expires_at = :expires, "
                                       "taken_from = :from WHERE article_id = :id"_s);
        query.bindValue(u":person"_s, nullableId(actor.personId));
        query.bindValue(u":holder"_s, actor.name);
        query.bindValue(u":session"_s, m_session);
        query.bindValue(u":now"_s, *now);
        query.bindValue(u":expires"_s, *now + LeaseSeconds * 1000);
        query.bindValue(u":from"_s, (*existing)->session);
        query.bindValue(u":id"_s, articleId);
        if (Status ran = m_db.exec(query); !ran)
            return ran.error();
        return EditLock{articleId, actor.personId, actor.name, m_session, fromStoredTime(*now),
                        fromStoredTime(*now + LeaseSeconds * 1000), (*existing)->session};
    });
}

Expected<std::optional<EditLock>> EditLocks::current(qint64 articleId) const
{
    return read(articleId, false);
}

Expected<QHash<qint64, EditLock>> EditLocks::active() const
{
    const Expected<qint64> now = databaseNow();
    if (!now)
        return now.error();
    Statement query = m_db.prepare(u"SELECT "_s + LockColumns + u" FROM edit_locks WHERE expires_at >= :now"_s);
    query.bindValue(u":now"_s, *now);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QHash<qint64, EditLock> locks;
    while (query.next()) {
        const EditLock lock = lockFrom(query);
        locks.insert(lock.articleId, lock);
    }
    return locks;
}

} // namespace Newsroom
