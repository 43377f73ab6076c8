// SPDX-License-Identifier: GPL-3.0-or-later
#include "duepublisher.h"

#include "workflow/workflow.h"

#include <QTimer>

namespace Newsroom {

DuePublisher::DuePublisher(Database &database, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(IntervalMs);
    connect(m_timer, &QTimer::timeout, this, &DuePublisher::run);
    m_timer->start();
}

void DuePublisher::run()
{
    const Expected<Workflow::DueReport> report = Workflow(m_db).publishDue(QDateTime::currentDateTimeUtc());
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
