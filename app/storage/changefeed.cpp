// SPDX-License-Identifier: GPL-3.0-or-later
#include "changefeed.h"

#include "database.h"
#include "statement.h"

#include <QSqlDriver>
#include <QSqlQuery>
#include <QThread>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

const auto ArticlesChannel = "newsroom_articles"_L1;
const auto LocksChannel = "newsroom_locks"_L1;
const auto CommentsChannel = "newsroom_comments"_L1;
const auto SectionsChannel = "newsroom_sections"_L1;

} // namespace

// The LISTENing connection, on the feed's own thread: it is opened, pinged and opened
// again there, and what it hears is posted to the feed on the window's thread.
class ChangeFeed::Listener : public QObject
{
public:
    Listener(ChangeFeed *feed, DatabaseUrl url)
        : m_feed(feed)
        , m_url(std::move(url))
    {
    }

    Status listen()
    {
        Expected<std::unique_ptr<Database>> listener = Database::open(m_url);
        if (!listener)
            return listener.error();
        QSqlDriver *driver = (*listener)->connection().driver();
        for (const QLatin1StringView channel : {ArticlesChannel, LocksChannel, CommentsChannel, SectionsChannel}) {
            if (!driver->subscribeToNotification(channel))
                return failure(ChangeFeed::tr("cannot listen for changes on %1").arg(m_url.toDisplayString()));
        }
        QObject::connect(driver, &QSqlDriver::notification, this,
                         [feed = m_feed](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                             QMetaObject::invokeMethod(
                                 feed, [feed, name, payload] { feed->received(name, payload); }, Qt::QueuedConnection);
                         });
        m_db = std::move(*listener);
        return Done{};
    }

    void check()
    {
        if (m_db) {
            QSqlQuery ping(m_db->connection());
            if (ping.exec(u"SELECT 1"_s))
                return;
            m_db.reset(); // its socket is dead; a new connection LISTENs afresh
            tell(false, ChangeFeed::tr("the connection to %1 was lost").arg(m_url.toDisplayString()));
        }
        if (Status listening = listen(); !listening)
            return tell(false, listening.error().message);
        QMetaObject::invokeMethod(m_feed, [feed = m_feed] { feed->cameBack(); }, Qt::QueuedConnection);
    }

    // The window's side found the server gone after all: listen afresh at the next check.
    void drop() { m_db.reset(); }
    void close() { m_db.reset(); }

private:
    void tell(bool live, const QString &reason)
    {
        QMetaObject::invokeMethod(m_feed, [feed = m_feed, live, reason] { feed->setLive(live, reason); },
                                  Qt::QueuedConnection);
    }

    ChangeFeed *m_feed;
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
};

ChangeFeed::ChangeFeed(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
{
    m_timer.setInterval(CheckEveryMs);
    connect(&m_timer, &QTimer::timeout, this, &ChangeFeed::check);
    m_timer.start();
    if (m_db.isSQLite()) {
        m_listening = true;
        checkSQLite();
        return;
    }
    m_thread = new QThread(this);
    m_thread->setObjectName(u"newsroom-changes"_s);
    m_listener = new Listener(this, m_db.url());
    m_listener->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_listener, [listener = m_listener] { listener->close(); },
            Qt::DirectConnection);
    m_thread->start();
    // The first LISTEN is not waited for either: on a server far away its connection would
    // hold the window's start for seconds. What colleagues did before it was heard is
    // read again once it is (resynced()).
    QMetaObject::invokeMethod(
        m_listener,
        [feed = this, listener = m_listener] {
            const Status listening = listener->listen();
            QMetaObject::invokeMethod(feed, [feed, listening] { feed->began(listening); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void ChangeFeed::began(const Status &listening)
{
    if (!listening)
        return setLive(false, listening.error().message); // the checks try again every second
    m_listening = true;
    Q_EMIT resynced();
}

ChangeFeed::~ChangeFeed()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_listener;
}

void ChangeFeed::check()
{
    if (m_db.isSQLite())
        return checkSQLite();
    QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->check(); }, Qt::QueuedConnection);
}

void ChangeFeed::checkSQLite()
{
    // data_version moves when another connection commits to the file.
    Statement query = m_db.prepare(u"PRAGMA data_version"_s);
    if (!m_db.exec(query) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    if (m_dataVersion >= 0 && version != m_dataVersion)
        Q_EMIT resynced();
    m_dataVersion = version;
}

void ChangeFeed::cameBack()
{
    // The main connection is likely gone too, and whatever happened meanwhile was not heard.
    if (Status reconnected = m_db.ensureConnected(); !reconnected) {
        QMetaObject::invokeMethod(m_listener, [listener = m_listener] { listener->drop(); }, Qt::QueuedConnection);
        setLive(false, reconnected.error().message);
        return;
    }
    m_listening = true;
    setLive(true);
    Q_EMIT resynced();
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
    else if (channel == SectionsChannel)
        Q_EMIT sectionsChanged();
}

void ChangeFeed::setLive(bool live, const QString &reason)
{
    if (live == m_live)
        return;
    m_live = live;
    Q_EMIT liveChanged(live, reason);
}

} // namespace Newsroom
