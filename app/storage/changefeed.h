// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QObject>
#include <QTimer>

class QThread;

#include <memory>

namespace Newsroom {

class Database;


// What colleagues change, as it happens. On PostgreSQL a second connection LISTENs to
// the notifications the database's triggers send (a story saved, a lock taken, a
// comment written). It lives on a thread of its own, where it is checked every second
// without holding the screen for the network; after a dropped connection it is opened
// again, LISTEN is renewed, the main connection is opened again too, and resynced() says
// that anything may have changed meanwhile. On SQLite, where desks share one file, the file's
// data version is watched instead and any change by another program is a resync.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckEveryMs = 1000;

    explicit ChangeFeed(Database &database, QObject *parent = nullptr);
    ~ChangeFeed() override;

    // Whether changes are arriving (false while the server cannot be reached).
    bool isLive() const { return m_live; }
    // Whether the server has been heard from since the feed began: on a server, its first
    // LISTEN is not waited for (on SQLite, at once).
    bool isListening() const { return m_listening && m_live; }
    // One liveness check now (on a server, done on the listener's thread and said by
    // liveChanged()); the feed does this every CheckEveryMs by itself.
    void check();

Q_SIGNALS:
    void articleChanged(qint64 id);
    void lockChanged(qint64 articleId);
    void commentsChanged(qint64 articleId);
    // The section tree changed (added, renamed, moved, merged or deleted sections).
    void sectionsChanged();
    // Changes may have been missed (after a reconnection, or another program wrote to a
    // shared SQLite file): everything shown should be read again.
    void resynced();
    // The feed went quiet (reason says why) or came back.
    void liveChanged(bool live, const QString &reason);

private:
    class Listener;
    void checkSQLite();
    void cameBack();
    void began(const Status &listening);
    void setLive(bool live, const QString &reason = {});
    void received(const QString &channel, const QVariant &payload);

    Database &m_db;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr;
    QTimer m_timer;
    bool m_live = true;
    bool m_listening = false;
    qint64 m_dataVersion = -1;
};

} // namespace Newsroom
