// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/databaseurl.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Newsroom {

// What opening a .newsroom backup from the file manager offers: what the backup holds,
// and restoring it into a new newsroom file, which the window then opens. The newsroom
// in use is never touched; a damaged backup is said to be, and nothing is written.
class RestoreBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RestoreBackupDialog(const QString &backupPath, QWidget *parent = nullptr);

    QLabel *summaryLabel() const { return m_summary; }
    QLabel *problemLabel() const { return m_problem; }
    QLineEdit *targetEdit() const { return m_target; }
    QPushButton *restoreButton() const { return m_restore; }
    // The newsroom restored, once the dialog was accepted.
    const DatabaseUrl &restored() const { return m_restored; }

    // A file name for the restored newsroom beside the default one, that is not taken yet.
    static QString suggestedTarget(const QString &backupPath);

private:
    void restore();
    void chooseTarget();
    void showProblem(const QString &message);

    QString m_backupPath;
    QLabel *m_summary;
    QLabel *m_problem;
    QLineEdit *m_target;
    QPushButton *m_restore;
    DatabaseUrl m_restored;
};

} // namespace Newsroom
