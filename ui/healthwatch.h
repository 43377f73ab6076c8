// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QObject>

class QThread;

namespace Newsroom {

class Database;
class EditBanner;

// Looks over a newsroom file once after the window opens it (SQLite's quick check, on a
// connection of its own, beside the window): a damaged file is said at once, before a
// day's work goes into it.
class HealthWatch : public QObject
{
    Q_OBJECT

public:
    explicit HealthWatch(const DatabaseUrl &database, QObject *parent = nullptr);
    ~HealthWatch() override;

    // What a window does when the file is damaged: nothing more is saved into it (what is
    // typed stays in the journal), and `banner` says so above everything.
    void guard(Database *database, EditBanner *banner);

    void start();
    bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // The file is damaged: what the check found, in a sentence.
    void damaged(const QString &message);
    void finished();

private:
    DatabaseUrl m_database;
    QThread *m_thread = nullptr;
};

} // namespace Newsroom
