// SPDX-License-Identifier: GPL-3.0-or-later
// A .newsroom backup opened from the file manager: the window says what it holds and
// restores it into a new newsroom file, never over a file that is there, and refuses a
// damaged one before anything is written.
#include "demo/demonewsroom.h"
#include "restorebackupdialog.h"
#include "storage/articlerepository.h"
#include "storage/backup.h"
#include "storage/sitesettingsrepository.h"
#include "testdatabases.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QByteArray digestOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256)
                                          : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class TestRestoreBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void saysWhatTheBackupHoldsAndRestoresIt();
    void suggestsAFreeNameBesideTheDefaultNewsroom();
    void neverRestoresOverAFileThatIsThere();
    void aDamagedBackupCannotBeRestored();

private:
    Test::TestDatabases m_databases;
    QString m_backup;
    qsizetype m_stories = 0;
};

void TestRestoreBackup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_restorebackup"_s);
    QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Kazakhstan));
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    const Expected<qsizetype> loaded = Demo::load(*db);
    QVERIFY2(loaded, qPrintable(Test::errorText(loaded)));
    m_stories = *loaded;
    SiteSettingsRepository settings(*db);
    SiteSettings site = *settings.load();
    site.name = u"Темиртау <Таймс>"_s;
    QVERIFY(settings.save(site));
    m_backup = m_databases.tempPath(u"ночная копия.newsroom"_s);
    const Status made = Backup::create(*db, m_backup);
    QVERIFY2(made, qPrintable(Test::errorText(made)));
}

void TestRestoreBackup::saysWhatTheBackupHoldsAndRestoresIt()
{
    RestoreBackupDialog dialog(m_backup);
    const QString summary = dialog.summaryLabel()->text();
    QVERIFY2(summary.contains(u"ночная копия.newsroom"_s), qPrintable(summary));
    // The newsroom's name as text, not markup.
    QVERIFY2(summary.contains(u"Темиртау &lt;Таймс&gt;"_s), qPrintable(summary));
    QVERIFY2(summary.contains(QString::number(m_stories)), qPrintable(summary));
    QVERIFY(dialog.problemLabel()->isHidden());
    QVERIFY(dialog.restoreButton()->isEnabled());

    // A folder that is not there is said, not made (a disk that is not mounted).
    const QString target = m_databases.tempPath(u"restored/temirtau.db"_s);
    dialog.show();
    dialog.targetEdit()->setText(target);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(u"does not exist"_s), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(!QFileInfo::exists(QFileInfo(target).absolutePath()));
    QVERIFY(QDir().mkpath(QFileInfo(target).absolutePath()));

    const QByteArray before = digestOf(m_backup);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.restored().path, target);
    QCOMPARE(digestOf(m_backup), before); // the backup itself is only read

    auto restored = m_databases.open(dialog.restored().toDisplayString());
    QVERIFY(restored);
    const Expected<qint64> stories = ArticleRepository(*restored).count();
    QVERIFY2(stories, qPrintable(Test::errorText(stories)));
    QCOMPARE(*stories, m_stories);
    QCOMPARE(SiteSettingsRepository(*restored).load()->name, u"Темиртау <Таймс>"_s);
}

void TestRestoreBackup::suggestsAFreeNameBesideTheDefaultNewsroom()
{
    const QString folder = QFileInfo(DatabaseUrl::defaultLocation().path).absolutePath();
    QVERIFY(QDir().mkpath(folder));
    const QString first = RestoreBackupDialog::suggestedTarget(m_backup);
    QCOMPARE(first, QDir::toNativeSeparators(folder + u"/ночная копия.db"_s));
    QFile taken(first);
    QVERIFY(taken.open(QIODevice::WriteOnly));
    taken.close();
    QCOMPARE(RestoreBackupDialog::suggestedTarget(m_backup),
             QDir::toNativeSeparators(folder + u"/ночная копия (2).db"_s));
    QVERIFY(QFile::remove(first));

    // The dialog starts with that name.
    RestoreBackupDialog dialog(m_backup);
    QCOMPARE(dialog.targetEdit()->text(), first);
}

void TestRestoreBackup::neverRestoresOverAFileThatIsThere()
{
    const QString existing = m_databases.tempPath(u"someone-elses.db"_s);
    QVERIFY(writeFile(existing, "not ours to overwrite"));

    RestoreBackupDialog dialog(m_backup);
    dialog.show();
    dialog.targetEdit()->setText(existing);
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible()); // still asking
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(existing), qPrintable(dialog.problemLabel()->text()));
    QVERIFY(dialog.restored().path.isEmpty());
    QFile again(existing);
    QVERIFY(again.open(QIODevice::ReadOnly));
    QCOMPARE(again.readAll(), QByteArray("not ours to overwrite"));

    // An empty name is asked for, not guessed.
    dialog.targetEdit()->clear();
    QTest::mouseClick(dialog.restoreButton(), Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.problemLabel()->text().isEmpty());
}

void TestRestoreBackup::aDamagedBackupCannotBeRestored()
{
    // A backup with one byte changed in its middle, as a bad disk or transfer leaves it.
    const QString damaged = m_databases.tempPath(u"damaged.newsroom"_s);
    QVERIFY(QFile::copy(m_backup, damaged));
    {
        QFile file(damaged);
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(file.size() / 2));
        const QByteArray byte = file.read(1);
        QVERIFY(file.seek(file.size() / 2));
        file.write(QByteArray(1, char(byte.at(0) ^ 0x5a)));
    }
    RestoreBackupDialog dialog(damaged);
    dialog.show();
    QVERIFY(!dialog.restoreButton()->isEnabled());
    QVERIFY(dialog.problemLabel()->isVisible());
    QVERIFY2(dialog.problemLabel()->text().contains(damaged), qPrintable(dialog.problemLabel()->text()));
    QVERIFY2(dialog.summaryLabel()->text().contains(u"damaged.newsroom"_s), qPrintable(dialog.summaryLabel()->text()));
    QVERIFY(dialog.targetEdit()->isHidden()); // nowhere to restore it to
    QVERIFY(!QFileInfo::exists(QDir::fromNativeSeparators(dialog.targetEdit()->text())));

    // Not a backup at all: a text file named like one.
    const QString text = m_databases.tempPath(u"notes.newsroom"_s);
    QVERIFY(writeFile(text, "Планёрка в 10:00\n"));
    RestoreBackupDialog second(text);
    QVERIFY(!second.restoreButton()->isEnabled());
    QVERIFY2(second.problemLabel()->text().contains(text), qPrintable(second.problemLabel()->text()));

    if (const QString shots = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !shots.isEmpty()) {
        RestoreBackupDialog good(m_backup);
        good.show();
        QTest::qWait(100);
        good.grab().save(shots + u"/restore-backup.png"_s);
        QTest::qWait(100);
        dialog.grab().save(shots + u"/restore-backup-damaged.png"_s);
    }
}

QTEST_MAIN(TestRestoreBackup)
#include "tst_restorebackup.moc"
