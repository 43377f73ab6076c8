// SPDX-License-Identifier: GPL-3.0-or-later
#include "restorebackupdialog.h"

#include "storage/backup.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

RestoreBackupDialog::RestoreBackupDialog(const QString &backupPath, QWidget *parent)
    : QDialog(parent)
    , m_backupPath(backupPath)
    , m_summary(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_target(new QLineEdit(suggestedTarget(backupPath), this))
    , m_restore(nullptr)
{
    setObjectName(u"restoreBackupDialog"_s);
    setWindowTitle(tr("Restore Backup"));
    const QString fileName = QFileInfo(backupPath).fileName().toHtmlEscaped();
    m_summary->setObjectName(u"restoreBackupSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::RichText);
    m_problem->setObjectName(u"restoreBackupProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette warning = m_problem->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa9, 0x32, 0x26));
    m_problem->setPalette(warning);
    m_problem->hide();

    m_target->setObjectName(u"restoreBackupTarget"_s);
    m_target->setAccessibleName(tr("New newsroom file"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, &RestoreBackupDialog::chooseTarget);
    auto *targetRow = new QHBoxLayout;
    targetRow->addWidget(m_target, 1);
    targetRow->addWidget(browse);
    auto *targetLabel = new QLabel(tr("Restore into a new &newsroom file:"), this);
    targetLabel->setBuddy(m_target);
    auto *keeps = new QLabel(tr("The newsroom you work in now is left as it is. Once restored, the window opens "
                                "the new one."),
                             this);
    keeps->setWordWrap(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_restore = buttons->button(QDialogButtonBox::Ok);
    m_restore->setText(tr("&Restore"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreBackupDialog::restore);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_problem);
    layout->addSpacing(6);
    layout->addWidget(targetLabel);
    layout->addLayout(targetRow);
    layout->addWidget(keeps);
    layout->addStretch(1);
    layout->addWidget(buttons);
    setMinimumWidth(520);

    // The file is checked before anything is offered: a damaged one cannot be restored.
    const Expected<Backup::Summary> summary = Backup::inspect(backupPath);
    if (!summary) {
        m_summary->setText(tr("<b>%1</b> cannot be restored.").arg(fileName));
        showProblem(summary.error().message);
        m_restore->setEnabled(false);
        for (QWidget *offer : std::initializer_list<QWidget *>{targetLabel, m_target, browse, keeps})
            offer->hide();
        buttons->button(QDialogButtonBox::Cancel)->setFocus();
        return;
    }
    const QString made = QLocale().toString(summary->madeAt, QLocale::ShortFormat);
    const QString stories = tr("%n story(s)", nullptr, int(summary->stories));
    m_summary->setText(summary->newsroomName.isEmpty()
                           ? tr("<b>%1</b> is a Newsroom backup made %2, with %3.").arg(fileName, made, stories)
                           : tr("<b>%1</b> is a backup of the newsroom “%2”, made %3, with %4.")
                                 .arg(fileName, summary->newsroomName.toHtmlEscaped(), made, stories));
    m_restore->setFocus();
}

QString RestoreBackupDialog::suggestedTarget(const QString &backupPath)
{
    const QDir folder = QFileInfo(DatabaseUrl::defaultLocation().path).absoluteDir();
    const QString base = QFileInfo(backupPath).completeBaseName();
    QString candidate = folder.filePath(base + u".db"_s);
    for (int n = 2; QFileInfo::exists(candidate); ++n)
        candidate = folder.filePath(u"%1 (%2).db"_s.arg(base).arg(n));
    return QDir::toNativeSeparators(candidate);
}

void RestoreBackupDialog::chooseTarget()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Restore Into"), m_target->text(),
                                                        tr("Newsroom files (*.db)"));
    if (!chosen.isEmpty())
        m_target->setText(QDir::toNativeSeparators(chosen));
}

void RestoreBackupDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void RestoreBackupDialog::restore()
{
    const QString path = QDir::fromNativeSeparators(m_target->text().trimmed());
    if (path.isEmpty()) {
        showProblem(tr("Name the new newsroom file to restore into."));
        m_target->setFocus();
        return;
    }
    DatabaseUrl target;
    target.path = QFileInfo(path).absoluteFilePath();
    // Newsroom's own data folder may not be there yet on a new desk; any other folder must be.
    const QString dataFolder = QFileInfo(DatabaseUrl::defaultLocation().path).absolutePath();
    if (QFileInfo(target.path).absolutePath() == dataFolder)
        QDir().mkpath(dataFolder);
    // Never over a file that is there: the check is the restore's own (no --replace here).
    if (const Status restored = Backup::restore(m_backupPath, target); !restored) {
        showProblem(restored.error().message);
        m_target->setFocus();
        return;
    }
    m_restored = target;
    accept();
}

} // namespace Newsroom
