// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/demonewsroom.h"
#include "storage/articlerepository.h"
#include "storage/backup.h"
#include "testdatabases.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

// What a restored newsroom must match: every story's content, in a stable order.
QList<std::pair<QString, QString>> storyDigest(Database &db)
{
    ArticleRepository articles(db);
    ArticleQuery query;
    query.sort = ArticleQuery::Sort::Headline;
    query.limit = 1000;
    const ArticlePage page = *articles.list(query);
    QList<std::pair<QString, QString>> result;
    for (const ArticleSummary &summary : page.items) {
        const Article a = *articles.load(summary.id);
        QStringList photos;
        for (const ArticlePhoto &p : a.photos)
            photos << p.sha256 << p.caption << p.credit;
        result.append({a.headline, a.body + a.lead + a.tags.join(u',') + photos.join(u',') + QString::number(a.revision)});
    }
    return result;
}

} // namespace

class TestBackup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void backupWhileWritingIsConsistent_data() { Test::TestDatabases::addEngineRows(); }
    void backupWhileWritingIsConsistent();
    void restoresIntoTheOtherEngine_data() { Test::TestDatabases::addEngineRows(); }
    void restoresIntoTheOtherEngine();
    void refusesDamagedBackups_data();
    void refusesDamagedBackups();
    void neverOverwritesSilently();
    void aBackupWithoutItsChecksumIsRefused();

private:
    QString demoBackup();

    Test::TestDatabases m_databases;
    QString m_demoBackup;
    QString m_demoSource;
};

QString TestBackup::demoBackup()
{
    if (!m_demoBackup.isEmpty())
        return m_demoBackup;
    m_demoSource = m_databases.freshUrl(u"sqlite"_s);
    auto db = m_databases.open(m_demoSource);
    if (!db || !Demo::load(*db).ok())
        return {};
    const QString path = m_databases.tempPath(u"demo-backup.newsroom"_s);
    if (!Backup::create(*db, path).ok())
        return {};
    m_demoBackup = path;
    return path;
}

void TestBackup::backupWhileWritingIsConsistent()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    QVERIFY(!url.isEmpty());
    auto db = m_databases.open(url);
    QVERIFY(db);
    QVERIFY(Demo::load(*db).ok());

    // A colleague keeps saving while the backup runs.
    std::atomic<bool> stop = false;
    std::atomic<int> saves = 0;
    QString writerError;
    QThread *writer = QThread::create([&] {
        Expected<std::unique_ptr<Database>> own = Database::open(*DatabaseUrl::parse(url));
        if (!own) {
            writerError = own.error().message;
            return;
        }
        ArticleRepository articles(**own);
        Article story = *articles.load(1);
        while (!stop) {
            story.body += u"\n\nЕщё абзац."_s;
            const SaveResult saved = articles.save(story);
            if (!saved.ok()) {
                writerError = saved.error->message;
                return;
            }
            story = saved.article;
            ++saves;
        }
    });
    writer->start();
    while (saves < 5 && !writer->isFinished())
        QThread::msleep(5);
    const QString path = m_databases.tempPath(u"live-%1.newsroom"_s.arg(engine));
    const Status made = Backup::create(*db, path);
    const int savesDuringBackup = saves;
    stop = true;
    QVERIFY(writer->wait(60'000));
    delete writer;
    QVERIFY2(writerError.isEmpty(), qPrintable(writerError));
    QVERIFY2(made.ok(), qPrintable(Test::errorText(made)));
    QVERIFY(Backup::verify(path).ok());

    const QString restoredPath = m_databases.tempPath(u"restored-%1.db"_s.arg(engine));
    QVERIFY2(Backup::restore(path, *DatabaseUrl::parse(u"sqlite:"_s + restoredPath)).ok(), "restore failed");
    auto restored = m_databases.open(u"sqlite:"_s + restoredPath);
    QVERIFY(restored);
    // A snapshot: the story's revisions are exactly those up to the revision it holds.
    const Article story = *ArticleRepository(*restored).load(1);
    QVERIFY(story.revision > 1);
    QVERIFY(story.revision <= savesDuringBackup + 2);
    const QList<Revision> revisions = *ArticleRepository(*restored).revisions(1);
    QCOMPARE(revisions.size(), story.revision);
    QCOMPARE(revisions.last().snapshot.body, story.body);
    QCOMPARE(*ArticleRepository(*restored).count(), 15);
    QVERIFY(!ArticleRepository(*restored).search(u"котельная"_s)->isEmpty());
}

void TestBackup::restoresIntoTheOtherEngine()
{
    QFETCH(QString, engine);
    const QString backup = demoBackup();
    QVERIFY(!backup.isEmpty());
    auto original = m_databases.open(m_demoSource);
    QVERIFY(original);

    const QString url = m_databases.freshUrl(engine);
    QVERIFY(!url.isEmpty());
    const DatabaseUrl target = *DatabaseUrl::parse(url);
    const Status restored = Backup::restore(backup, target, engine == u"postgresql");
    QVERIFY2(restored.ok(), qPrintable(Test::errorText(restored)));
    auto db = m_databases.open(url);
    QVERIFY(db);
    QCOMPARE(storyDigest(*db), storyDigest(*original));
    QCOMPARE(ArticleRepository(*db).search(u"выборах"_s)->size(), 1);

    // New stories continue after the restored ids.
    Article fresh;
    fresh.headline = u"Новый материал после восстановления"_s;
    const SaveResult saved = ArticleRepository(*db).save(fresh);
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    QVERIFY(saved.article.id > 12);

    // And back again: a backup of the PostgreSQL newsroom restores to SQLite.
    if (engine == u"postgresql") {
        const QString second = m_databases.tempPath(u"from-postgresql.newsroom"_s);
        QVERIFY(Backup::create(*db, second).ok());
        const QString path = m_databases.tempPath(u"from-postgresql.db"_s);
        QVERIFY(Backup::restore(second, *DatabaseUrl::parse(u"sqlite:"_s + path)).ok());
        auto again = m_databases.open(u"sqlite:"_s + path);
        QVERIFY(again);
        QCOMPARE(storyDigest(*again), storyDigest(*db));
    }
}

void TestBackup::refusesDamagedBackups_data()
{
    QTest::addColumn<QString>("damage");
    QTest::newRow("a flipped byte in a headline") << u"text"_s;
    QTest::newRow("a flipped byte in a page header") << u"page"_s;
    QTest::newRow("cut in half") << u"truncate"_s;
    QTest::newRow("not a database") << u"text-file"_s;
}

void TestBackup::refusesDamagedBackups()
{
    QFETCH(QString, damage);
    const QString backup = demoBackup();
    QVERIFY(!backup.isEmpty());
    QByteArray bytes = readAll(backup);
    if (damage == u"text") {
        const qsizetype at = bytes.indexOf(u"Комбинат начал перерабатывать"_s.toUtf8());
        QVERIFY(at > 0);
        bytes[at + 3] = char(bytes.at(at + 3) ^ 0x01);
    } else if (damage == u"page") {
        bytes[4096 * 2] = char(0x77); // the b-tree page type of the third page
    } else if (damage == u"truncate") {
        bytes.truncate(bytes.size() / 2);
    } else {
        bytes = "title: this is not a backup\n";
    }
    const QString damaged = m_databases.tempPath(u"damaged-%1.newsroom"_s.arg(damage));
    QVERIFY(writeAll(damaged, bytes));

    const Status verified = Backup::verify(damaged);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(damaged), qPrintable(verified.error().message));
    const QString target = m_databases.tempPath(u"from-damaged-%1.db"_s.arg(damage));
    const Status restored = Backup::restore(damaged, *DatabaseUrl::parse(u"sqlite:"_s + target));
    QVERIFY(!restored.ok());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(readAll(damaged), bytes); // the damaged file itself is left as it was
}

void TestBackup::neverOverwritesSilently()
{
    const QString backup = demoBackup();
    QVERIFY(!backup.isEmpty());
    const QString target = m_databases.tempPath(u"existing.db"_s);
    auto existing = m_databases.open(u"sqlite:"_s + target);
    QVERIFY(existing);
    Article mine;
    mine.headline = u"Материал, который нельзя потерять"_s;
    QVERIFY(ArticleRepository(*existing).save(mine).ok());
    existing.reset();

    const Status refused = Backup::restore(backup, *DatabaseUrl::parse(u"sqlite:"_s + target));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"--replace"_s), qPrintable(refused.error().message));
    auto still = m_databases.open(u"sqlite:"_s + target);
    QCOMPARE(*ArticleRepository(*still).count(), 1);

    // Backups never overwrite either.
    const Status again = Backup::create(*still, backup);
    QVERIFY(!again.ok());
    QVERIFY(Backup::verify(backup).ok());

    // Nor make a folder that is not there (a backup disk that is not mounted): said, and
    // nothing is written.
    const QString unmounted = m_databases.tempPath(u"nas"_s);
    const Status nowhere = Backup::create(*still, unmounted + u"/nightly.newsroom"_s);
    QCOMPARE(nowhere.error().kind, Error::Kind::Invalid);
    QVERIFY2(nowhere.error().message.contains(unmounted), qPrintable(nowhere.error().message));
    const Status nowhereToo = Backup::restore(backup, *DatabaseUrl::parse(u"sqlite:"_s + unmounted + u"/x.db"_s));
    QCOMPARE(nowhereToo.error().kind, Error::Kind::Invalid);
    QVERIFY(!QFileInfo::exists(unmounted));
}

void TestBackup::aBackupWithoutItsChecksumIsRefused()
{
    // An edited headline, and the checksum renamed out of the way so that it is not
    // compared: today's trick. A plain newsroom file has no checksum either.
    const QString backup = demoBackup();
    QVERIFY(!backup.isEmpty());
    const QString edited = m_databases.tempPath(u"edited.newsroom"_s);
    QVERIFY(QFile::copy(backup, edited));
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"editor"_s);
        db.setDatabaseName(edited);
        QVERIFY(db.open());
        QSqlQuery query(db);
        QVERIFY(query.exec(u"ALTER TABLE backup_digest RENAME TO backup_digest_old"_s));
        QVERIFY(query.exec(u"UPDATE articles SET headline = 'Подменённый заголовок' WHERE id = 1"_s));
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"editor"_s);
    const QByteArray bytes = readAll(edited);
    const Status verified = Backup::verify(edited);
    QVERIFY(!verified.ok());
    QVERIFY2(verified.error().message.contains(u"has no checksum"_s) && verified.error().message.contains(edited),
             qPrintable(verified.error().message));
    const QString target = m_databases.tempPath(u"from-edited.db"_s);
    QVERIFY(!Backup::restore(edited, *DatabaseUrl::parse(u"sqlite:"_s + target)).ok());
    QVERIFY(!QFile::exists(target));
    QCOMPARE(readAll(edited), bytes);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
