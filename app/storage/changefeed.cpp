// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "database.h"

#include <QSqlDriver>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

const auto ArticlesChannel = "newsroom_articles"_L1;
const auto LocksChannel = "newsroom_locks"_L1;
const auto CommentsChannel = "newsroom_comments"_L1;

} // namespace

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(CheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::check);
    m_timer.start();
    if (m_db.isSQLite()) {
        checkSQLite();
    } else if (Status listening = listen(); !listening) {
        m_live = false;
    }
}

ChangeFeed::~ChangeFeed() = default;

void ChangeFeed::check()
{
    if (m_db.isSQLite())
        checkSQLite();
    else
        checkPostgreSQL();
}

void ChangeFeed::checkSQLite()
{
    // data_version moves when another connection commits to the file.
    QSqlQuery query = m_db.prepare(u"PRAGMA data_version"_s);
    if (!m_db.exec(query) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT resynced();
    m_dataVersion = version;
}

void ChangeFeed::checkPostgreSQL()
{
    if (m_listener) {
        QSqlQuery ping(m_listener->connection());
        if (ping.exec(u"SELECT 1"_s)) {
            // The listener heard everything; the main connection may still have been
            // dropped on its own, and the next save should not be the one to find out.
            (void)m_db.ensureConnected();
            return;
        }
        m_listener.reset(); // its socket is dead; a new connection LISTENs afresh
        setLive(false, tr("the connection to %1 was lost").arg(m_db.url().toDisplayString()));
    }
    if (Status listening = listen(); !listening) {
        setLive(false, listening.error().message);
        return;
    }
    // Back: the main connection is likely gone too, and whatever happened meanwhile
    // was not heard.
    if (Status reconnected = m_db.ensureConnected(); !reconnected) {
        m_listener.reset();
        setLive(false, reconnected.error().message);
        return;
    }
    setLive(true);
    Q_EMIT resynced();
}

Status ChangeFeed::listen()
{
    Expected<std::unique_ptr<Database>> listener = Database::open(m_db.url());
    if (!listener)
        return listener.error();
    QSqlDriver *driver = (*listener)->connection().driver();
    for (const QLatin1StringView channel : {ArticlesChannel, LocksChannel, CommentsChannel}) {
        if (!driver->subscribeToNotification(channel))
            return failure(tr("cannot listen for changes on %1").arg(m_db.url().toDisplayString()));
    }
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                received(name, payload);
            });
    m_listener = std::move(*listener);
    return Done{};
}

void ChangeFeed::received(const QString &channel, const QVariant &payload)
{
    bool isNumber = false;
    const qint64 id = payload.toString().toLongLong(&isNumber);
    if (!isNumber)
        return;
    if (channel == ArticlesChannel)
        Q_EMIT articleChanged(id);
    else if (channel == LocksChannel)
        Q_EMIT lockChanged(id);
    else if (channel == CommentsChannel)
        Q_EMIT commentsChanged(id);
}

void ChangeFeed::setLive(bool live, const QString &reason)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live, reason);
}

} // namespace Newsroom
