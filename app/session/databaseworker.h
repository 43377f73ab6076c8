// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "storage/databaseurl.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>
#include <type_traits>

class QThread;

namespace Newsroom {

class Database;

// Where the window's database work runs, so that nothing a person waits on holds the
// screen's thread for the network. On a shared server, jobs run one after another on a
// thread of their own with a second connection (same login, same URL), and their results
// come back to the asking object's thread as queued calls; on a local file, where a query
// costs microseconds, they run at once on the connection given.
//
// A job gets the worker's Database and returns a Status or Expected<T>; it must take
// everything it needs by value and touch no widget and no object of the caller's.
class DatabaseWorker : public QObject
{
    Q_OBJECT

public:
    enum class Mode {
        Inline,   // at once, on `database`, on the asking thread
        Threaded, // on a thread of its own, with a connection opened to database.url() there
    };
    // Threaded for a server, inline for a file (Mode::Threaded on a file works too: tests use it).
    static Mode modeFor(const Database &database);

    DatabaseWorker(Database &database, Mode mode, QObject *parent = nullptr);
    // Waits for the job running now; jobs not started yet are dropped with their results.
    ~DatabaseWorker() override;

    Mode mode() const { return m_mode; }

    enum class Priority {
        Asked,      // a person waits for it: opening, saving, a step, the list they chose
        Background, // nobody waits: pictures, who is editing, the lease, publish-due
    };

    // Runs `job(Database &)`, then `done(result)` on this worker's thread (the window's),
    // unless `context` is gone by then. Jobs run in the order they were asked for, those
    // a person waits for before those nobody waits for.
    template<typename Job, typename Done>
    void run(QObject *context, Job job, Done done, Priority priority = Priority::Asked)
    {
        using Result = std::invoke_result_t<Job &, Database &>;
        if (m_mode == Mode::Inline) {
            done(job(m_database));
            return;
        }
        auto result = std::make_shared<std::optional<Result>>();
        post(
            [job = std::move(job), result](Database *db, const Error &unreachable) mutable {
                *result = db ? job(*db) : Result(unreachable);
                return result->value().ok();
            },
            [context = QPointer<QObject>(context), done = std::move(done), result]() mutable {
                if (context && *result)
                    done(std::move(**result));
            },
            priority);
    }

    // How many jobs have been asked for and not yet answered (for tests and benchmarks).
    int pending() const { return m_pending; }

Q_SIGNALS:
    // Every job asked for so far has been answered.
    void idle();

private:
    // `job` says whether it went well: after one that did not, the connection is checked
    // (and opened again) before the next.
    void post(std::function<bool(Database *, const Error &)> job, std::function<void()> answer, Priority priority);

    class Runner;
    Database &m_database;
    Mode m_mode;
    QThread *m_thread = nullptr;
    Runner *m_runner = nullptr;
    int m_pending = 0;
};

} // namespace Newsroom
