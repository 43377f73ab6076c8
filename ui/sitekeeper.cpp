// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitekeeper.h"

#include "export/outputfolder.h"
#include "export/siteexporter.h"
#include "storage/database.h"

#include <QThread>

namespace Newsroom {

SiteKeeper::SiteKeeper(const DatabaseUrl &database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

SiteKeeper::~SiteKeeper()
{
    // An export under way finishes: the folder is never left half moved into place.
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void SiteKeeper::stepTaken(WorkflowAction action)
{
    if (action == WorkflowAction::Publish || action == WorkflowAction::Unpublish || action == WorkflowAction::Correct)
        siteChanged();
}

void SiteKeeper::siteChanged()
{
    if (m_thread) {
        m_again = true;
        return;
    }
    start();
}

void SiteKeeper::start()
{
    m_again = false;
    const DatabaseUrl url = m_database;
    m_thread = QThread::create([this, url] {
        QString message;
        bool ok = true;
        Expected<std::unique_ptr<Database>> database = Database::open(url);
        if (!database) {
            message = tr("The site was not updated: %1").arg(database.error().message);
            ok = false;
        } else if (const Expected<std::optional<ExportReport>> report = exportAfterPublishing(**database); !report) {
            message = tr("The site was not updated: %1").arg(report.error().message);
            ok = false;
        } else if (report->has_value()) {
            message = tr("The site is up to date: %1.")
                          .arg(describeFileCounts((*report)->written, (*report)->unchanged, (*report)->removed));
        }
        QMetaObject::invokeMethod(this, [this, message, ok] { done(message, ok); });
    });
    m_thread->start();
}

void SiteKeeper::done(const QString &message, bool ok)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    if (!message.isEmpty())
        Q_EMIT exported(message, ok);
    if (m_again)
        start();
}

} // namespace Newsroom
