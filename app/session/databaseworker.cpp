// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseworker.h"

#include "storage/database.h"

#include <QThread>

namespace Newsroom {

// Lives on the worker's thread and owns the connection opened there.
class DatabaseWorker::Runner : public QObject
{
public:
    explicit Runner(DatabaseUrl url)
        : m_url(std::move(url))
    {
    }

    // The connection, opened on first use and again after the server was lost.
    Database *connection(Error *problem)
    {
        if (m_db) {
            if (Status answered = m_db->ensureConnected(); !answered) {
                *problem = answered.error();
                return nullptr;
            }
            return m_db.get();
        }
        Expected<std::unique_ptr<Database>> opened = Database::open(m_url);
        if (!opened) {
            *problem = opened.error();
            return nullptr;
        }
        m_db = std::move(*opened);
        return m_db.get();
    }

    void close() { m_db.reset(); }

private:
    DatabaseUrl m_url;
    std::unique_ptr<Database> m_db;
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

void DatabaseWorker::post(std::function<void(Database *, const Error &)> job, std::function<void()> answer)
{
    ++m_pending;
    QMetaObject::invokeMethod(
        m_runner,
        [this, runner = m_runner, job = std::move(job), answer = std::move(answer)]() mutable {
            Error problem;
            job(runner->connection(&problem), problem);
            // Back on the window's thread; dropped with this object if it is gone by then.
            QMetaObject::invokeMethod(
                this,
                [this, answer = std::move(answer)] {
                    answer();
                    if (--m_pending == 0)
                        Q_EMIT idle();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

} // namespace Newsroom
