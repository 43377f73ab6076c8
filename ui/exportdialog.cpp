// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "export/outputfolder.h"
#include "session/desksettings.h"

#include "storage/database.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

ExportDialog::ExportDialog(const DatabaseUrl &database, const QString &folder, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_folder(new QLineEdit(QDir::toNativeSeparators(folder), this))
    , m_progress(new QProgressBar(this))
    , m_result(new QLabel(this))
    , m_export(new QPushButton(tr("&Export"), this))
    , m_open(new QPushButton(tr("&Open in Browser"), this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Close, this))
{
    setObjectName(u"exportDialog"_s);
    setWindowTitle(tr("Export the Site"));
    m_folder->setObjectName(u"exportFolder"_s);
    m_folder->setAccessibleName(tr("Folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString chosen = QFileDialog::getExistingDirectory(this, tr("Export the Site To"), m_folder->text());
        if (!chosen.isEmpty())
            m_folder->setText(QDir::toNativeSeparators(chosen));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_folder, 1);
    row->addWidget(browse);
    auto *form = new QFormLayout;
    auto *folderLabel = new QLabel(tr("&Folder:"), this);
    folderLabel->setBuddy(m_folder);
    form->addRow(folderLabel, row);
    auto *explanation = new QLabel(tr("Published stories past their embargo, as static pages that work opened from "
                                      "disk or uploaded to any web server. Only what changed since the last export "
                                      "is written."),
                                   this);
    explanation->setWordWrap(true);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_result->setObjectName(u"exportResult"_s);
    m_result->setWordWrap(true);
    m_export->setObjectName(u"exportButton"_s);
    m_export->setDefault(true);
    m_open->setObjectName(u"openInBrowserButton"_s);
    m_open->setEnabled(false);
    m_buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    m_buttons->addButton(m_open, QDialogButtonBox::ActionRole);
    connect(m_export, &QPushButton::clicked, this, [this] { isRunning() ? cancel() : start(); });
    connect(m_open, &QPushButton::clicked, this, [this] {
        QDesktopServices::openUrl(QUrl::fromLocalFile(QDir(QDir::fromNativeSeparators(m_folder->text())).filePath(u"index.html"_s)));
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        cancel();
        reject();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(explanation);
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_result);
    layout->addWidget(m_buttons);
    // Tall enough for the wrapped explanation at this width.
    const int width = 560;
    resize(width, std::max(layout->heightForWidth(width), sizeHint().height()));
}

ExportDialog::~ExportDialog()
{
    cancel();
    if (m_thread)
        m_thread->wait();
}

void ExportDialog::start()
{
    if (m_thread)
        return;
    m_cancel = false;
    m_result->clear();
    m_open->setEnabled(false);
    m_export->setText(tr("&Cancel Export"));
    m_progress->setRange(0, 0); // busy until the first page tells how many there are
    ExportOptions options;
    options.outDir = QDir::fromNativeSeparators(m_folder->text().trimmed());
    options.progress = [this](qsizetype done, qsizetype total) {
        QMetaObject::invokeMethod(this, [this, done, total] {
            m_progress->setRange(0, int(total));
            m_progress->setValue(int(done));
        });
        return !m_cancel.load();
    };
    const DatabaseUrl url = m_database;
    // Its own connection: a database connection belongs to one thread.
    m_thread = QThread::create([this, url, options] {
        Expected<ExportReport> report = [&]() -> Expected<ExportReport> {
            Expected<std::unique_ptr<Database>> database = Database::open(url);
            if (!database)
                return database.error();
            return exportSite(**database, options);
        }();
        QMetaObject::invokeMethod(this, [this, report] { done(report); });
    });
    m_thread->start();
}

void ExportDialog::cancel()
{
    m_cancel = true;
}

void ExportDialog::done(const Expected<ExportReport> &report)
{
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
    m_export->setText(tr("&Export"));
    m_progress->setRange(0, 1);
    if (!report) {
        m_progress->setValue(0);
        m_result->setText(tr("Not exported: %1").arg(report.error().message));
        Q_EMIT finished(false);
        return;
    }
    if (report->cancelled) {
        m_progress->setValue(0);
        m_result->setText(tr("Cancelled. The site in the folder is as the last export left it."));
        Q_EMIT finished(false);
        return;
    }
    m_progress->setValue(1);
    QString text = tr("Exported %n stories: ", nullptr, report->stories)
        + describeFileCounts(report->written, report->unchanged, report->removed) + u"."_s;
    if (!report->skipped.isEmpty())
        text += u"\n"_s + tr("Left out: %1").arg(report->skipped.join(u"; "_s));
    if (!report->kept.isEmpty())
        text += u"\n"_s + tr("Kept as they were (changed by hand, or not the export's): %1").arg(report->kept.join(u"; "_s));
    m_result->setText(text);
    m_open->setEnabled(true);
    DeskSettings::instance().setExportFolder(m_database, m_folder->text().trimmed()); // offered next time
    Q_EMIT finished(true);
}

} // namespace Newsroom
