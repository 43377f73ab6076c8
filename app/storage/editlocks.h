// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/actor.h"
#include "domain/permissions.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace Newsroom {

class Database;

// Who is editing a story: one window's lease on it, by the database's clock.
struct EditLock
{
    qint64 articleId = 0;
    qint64 personId = 0;
    QString holder;  // the name others see: "Редактирует: Айгерим Сапарова"
    QString session; // the window that holds it
    QDateTime acquiredAt;
    QDateTime expiresAt;
    QString takenFrom; // the session an editor took it over from, if one did

    bool heldBy(const QString &window) const { return session == window; }
};

// Edit locks with a short lease: a window takes the lock when it opens a story, renews
// it while the editor stays open, and drops it on close. A crashed desk's lock lapses by
// itself after the lease; an editor may take over a live one (the holder's window then
// keeps its unsaved text as a revision and turns read-only). Locks are advice between
// colleagues, not a gate on saving: a save is still checked against the revision.
class EditLocks
{
public:
    static constexpr int LeaseSeconds = 60;
    static constexpr int RenewEverySeconds = 20;

    // `session` names the window taking locks (a fresh QUuid per window).
    EditLocks(Database &database, QString session);

    // Takes the lock on a story for `actor` when it is free, lapsed, or already this
    // session's. The lock as it now stands: this session's, or the colleague's who
    // has it (the caller tells them apart with heldBy()).
    Expected<EditLock> acquire(qint64 articleId, const Actor &actor);
    // Extends this session's lease; false when the lock is no longer this session's.
    Expected<bool> renew(qint64 articleId);
    // Drops this session's lock; a lock held by another stays.
    Status release(qint64 articleId);
    // Takes the lock whoever holds it; editors only (Permission error otherwise).
    Expected<EditLock> takeOver(qint64 articleId, const Actor &actor);
    // The live lock on a story, if anyone holds one.
    Expected<std::optional<EditLock>> current(qint64 articleId) const;
    // Every live lock, by story.
    Expected<QHash<qint64, EditLock>> active() const;

    const QString &session() const { return m_session; }

private:
    Expected<std::optional<EditLock>> read(qint64 articleId, bool includeLapsed) const;
    Expected<qint64> databaseNow() const;

    Database &m_db;
    QString m_session;
};

} // namespace Newsroom
