// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthwatch.h"

#include "editbanner.h"
#include "storage/database.h"
#include "storage/healthcheck.h"

#include <QThread>

namespace Newsroom {

HealthWatch::HealthWatch(const DatabaseUrl &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

void HealthWatch::guard(Database *database, EditBanner *banner)
{
    connect(this, &HealthWatch::damaged, banner, [database, banner](const QString &problem) {
        database->refuseWrites();
        banner->showWarning(tr("%1 is damaged: a check of the file found faults in it. Nothing more is saved into it; "
                               "what you type is kept on this computer. Restore the newsroom from a backup with "
                               "`newsroom restore`.")
                                .arg(database->url().toDisplayString()));
        banner->setToolTip(problem); // what the check found, for whoever mends it
    });
}

HealthWatch::~HealthWatch()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void HealthWatch::start()
{
    if (m_thread || m_database.engine != DatabaseUrl::Engine::SQLite)
        return;
    const DatabaseUrl url = m_database;
    m_thread = QThread::create([this, url] {
        QString message;
        Expected<std::unique_ptr<Database>> database = Database::open(url);
        if (!database) {
            message = database.error().message;
        } else if (const Expected<HealthReport> report = checkHealth(**database, HealthDepth::Quick); !report) {
            message = report.error().message;
        } else if (!report->problems.isEmpty()) {
            message = report->problems.first();
        }
        QMetaObject::invokeMethod(this, [this, message] {
            m_thread->wait();
            delete m_thread;
            m_thread = nullptr;
            if (!message.isEmpty())
                Q_EMIT damaged(message);
            Q_EMIT finished();
        });
    });
    m_thread->start(QThread::LowPriority);
}

} // namespace Newsroom
