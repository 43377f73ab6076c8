// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseworker.h"

#include "storage/database.h"

#include <QMutex>
#include <QThread>

#include <deque>

namespace Newsroom {

// Lives on the worker's thread and owns the connection opened there. Jobs wait in two
// queues; each job posted is one turn of the thread's event loop, which takes the next
// job a person waits for if there is one, else the next of the others.
class DatabaseWorker::Runner : public QObject
{
public:
    using Job = std::function<bool(Database *, const Error &)>;

    explicit Runner(DatabaseUrl url)
        : m_url(std::move(url))
    {
    }

    void add(Job job, Priority priority)
    {
        const QMutexLocker lock(&m_mutex);
        (priority == Priority::Asked ? m_asked : m_background).push_back(std::move(job));
    }

    // One turn: the next job, with the connection (or why there is none).
    void runNext()
    {
        Job job;
        {
            const QMutexLocker lock(&m_mutex);
            std::deque<Job> &queue = m_asked.empty() ? m_background : m_asked;
            if (queue.empty())
                return;
            job = std::move(queue.front());
            queue.pop_front();
        }
        Error problem;
        Database *db = connection(&problem);
        m_suspect = !job(db, problem);
    }

    void close() { m_db.reset(); }

private:
    // The connection, opened on first use; checked (and opened again if the server was
    // lost) only after a job that failed, so that a job costs its own round trips only.
    Database *connection(Error *problem)
    {
        if (m_db && m_suspect) {
            if (Status answered = m_db->ensureConnected(); !answered) {
                *problem = answered.error();
                return nullptr;
            }
        }
        if (m_db)
            return m_db.get();
        Expected<std::unique_ptr<Database>> opened = Database::open(m_url);
        if (!opened) {
            *problem = opened.error();
            return nullptr;
        }
        m_db = std::move(*opened);
        return m_db.get();
    }

    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
    bool m_suspect = false;
    QMutex m_mutex;
    std::deque<Job> m_asked;
    std::deque<Job> m_background;
};

DatabaseWorker::Mode DatabaseWorker::modeFor(const Database &database)
{
    return database.isSQLite() ? Mode::Inline : Mode::Threaded;
}

DatabaseWorker::DatabaseWorker(Database &database, Mode mode, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_mode(mode)
{
    if (m_mode == Mode::Inline)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("newsroom-database"));
    m_runner = new Runner(database.url());
    m_runner->moveToThread(m_thread);
    // The connection is closed on the thread that opened it.
    connect(m_thread, &QThread::finished, m_runner, [runner = m_runner] { runner->close(); }, Qt::DirectConnection);
    m_thread->start();
}

DatabaseWorker::~DatabaseWorker()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    delete m_runner;
}

void DatabaseWorker::post(std::function<bool(Database *, const Error &)> job, std::function<void()> answer,
                          Priority priority)
{
    ++m_pending;
    m_runner->add(
        [this, job = std::move(job), answer = std::move(answer)](Database *db, const Error &problem) mutable {
            const bool ok = job(db, problem);
            // Back on the window's thread; dropped with this object if it is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, answer = std::move(answer)] {
                    answer();
                    if (--m_pending == 0)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
            return ok;
        },
        priority);
    QMetaObject::invokeMethod(m_runner, [runner = m_runner] { runner->runNext(); }, Qt::QueuedConnection);
}

} // namespace Newsroom
