// SPDX-License-Identifier: GPL-3.0-or-later
#include "duepublisher.h"

#include "session/databaseworker.h"
#include "workflow/workflow.h"

#include <QTimer>

namespace Newsroom {

DuePublisher::DuePublisher(Database &database, QObject *parent, DatabaseWorker *worker)
    : QObject(parent)
    , m_worker(worker ? worker : new DatabaseWorker(database, DatabaseWorker::Mode::Inline, this))
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DuePublisher::run);
    m_timer->start();
}

void DuePublisher::run()
{
    m_worker->run(
        this, [now = QDateTime::currentDateTimeUtc()](Database &db) { return Workflow(db).publishDue(now); },
        [this](const Expected<Workflow::DueReport> &done) { report(done); }, DatabaseWorker::Priority::Background);
}

void DuePublisher::report(const Expected<Workflow::DueReport> &report)
{
    if (!report) {
        Q_EMIT message(tr("Scheduled stories could not be published: %1").arg(report.error().message));
        return;
    }
    if (!report->heldBack.isEmpty()) {
        const Workflow::DueReport::Problem &first = report->heldBack.first();
        Q_EMIT message(tr("“%1” was not published at its time and is back with the desk: %2")
                           .arg(first.headline, first.reason));
        Q_EMIT heldBack();
    }
    if (report->published.isEmpty())
        return;
    if (report->heldBack.isEmpty())
        Q_EMIT message(tr("Published %n scheduled stories.", nullptr, int(report->published.size())), 8000);
    Q_EMIT published(report->published);
}

} // namespace Newsroom
