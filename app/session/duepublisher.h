// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflow/workflow.h"

#include <QObject>

class QTimer;

namespace Newsroom {

class Database;
class DatabaseWorker;

// Publishes the scheduled stories whose time has come, on a timer while the app runs
// (well within 30 s of their time), and says what it did.
class DuePublisher : public QObject
{
    Q_OBJECT

public:
    static constexpr int IntervalMs = 15000;

    // `worker`: where the publishing runs (off the screen's thread on a server); none to
    // run it at once on `database`.
    explicit DuePublisher(Database &database, QObject *parent = nullptr, DatabaseWorker *worker = nullptr);

    // Publishes what is due now; the timer calls it every IntervalMs.
    void run();

Q_SIGNALS:
    // Stories that went out now (ids), and those that were due and went back to the desk.
    void published(const QList<qint64> &ids);
    void heldBack();
    void message(const QString &text, int timeoutMs = 0);

private:
    void report(const Expected<Workflow::DueReport> &report);

    DatabaseWorker *m_worker;
    QTimer *m_timer;
};

} // namespace Newsroom
