// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "export/siteexporter.h"
#include "storage/databaseurl.h"

#include <QDialog>

#include <atomic>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QThread;

namespace Newsroom {

// File › Export Site: where to, then the export running beside the window (on its own
// database connection) with a progress bar and Cancel, then "Open in Browser". A
// cancelled export leaves the previous site as it was.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(const DatabaseUrl &database, const QString &folder, QWidget *parent = nullptr);
    ~ExportDialog() override;

    QLineEdit *folderEdit() const { return m_folder; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *openButton() const { return m_open; }
    QProgressBar *progress() const { return m_progress; }
    QLabel *result() const { return m_result; }
    bool isRunning() const { return m_thread != nullptr; }

    // Starts the export into the folder shown.
    void start();
    void cancel();

Q_SIGNALS:
    void finished(bool ok);

private:
    void done(const Expected<ExportReport> &report);

    DatabaseUrl m_database;
    QLineEdit *m_folder;
    QProgressBar *m_progress;
    QLabel *m_result;
    QPushButton *m_export;
    QPushButton *m_open;
    QDialogButtonBox *m_buttons;
    QThread *m_thread = nullptr;
    std::atomic<bool> m_cancel{false};
};

} // namespace Newsroom
