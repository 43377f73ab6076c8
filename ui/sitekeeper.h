// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"
#include "workflow/workflow.h"

#include <QObject>

class QThread;

namespace Newsroom {

// Keeps the exported site current from this desk: after a publication, a story taken
// off the site or a correction, exports to the folder the site settings name (if any),
// beside the window on a connection of its own. Changes made while an export runs are
// taken by one more export after it.
class SiteKeeper : public QObject
{
    Q_OBJECT

public:
    explicit SiteKeeper(const DatabaseUrl &database, QObject *parent = nullptr);
    ~SiteKeeper() override;

    bool isRunning() const { return m_thread != nullptr; }

public Q_SLOTS:
    // What is public has changed.
    void siteChanged();
    // A workflow step was taken: publishing, unpublishing and correcting change the site.
    void stepTaken(Newsroom::WorkflowAction action);

Q_SIGNALS:
    // After each export: what it did, or why it failed; nothing when none is set up.
    void exported(const QString &message, bool ok);

private:
    void start();
    void done(const QString &message, bool ok);

    DatabaseUrl m_database;
    QThread *m_thread = nullptr;
    bool m_again = false;
};

} // namespace Newsroom
