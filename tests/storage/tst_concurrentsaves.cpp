// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks save the same story as fast as they can, each on its own connection and
// thread. Every save either lands as the next revision or is refused as a conflict:
// none may silently overwrite the other's.
#include "storage/articlerepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>
#include <QThread>

#include <barrier>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

struct DeskLog
{
    QString error;
    QHash<int, QString> landed; // revision -> the body this desk saved as it
    int conflicts = 0;
};

// Each round, both desks read the story, then both save their edit at the same moment:
// one must land and the other be told it met a newer revision.
void desk(const QString &url, qint64 articleId, const QString &name, int rounds, std::barrier<> *sync, DeskLog *log)
{
    Expected<std::unique_ptr<Database>> db = Database::open(*DatabaseUrl::parse(url));
    if (!db)
        log->error = db.error().message;
    std::optional<ArticleRepository> articles;
    if (db)
        articles.emplace(**db);
    for (int round = 0; round < rounds; ++round) {
        sync->arrive_and_wait();
        Expected<Article> current = log->error.isEmpty() ? articles->load(articleId) : Expected<Article>(Article{});
        if (!current)
            log->error = current.error().message;
        sync->arrive_and_wait();
        if (!log->error.isEmpty())
            continue; // keep arriving so the other desk is not left waiting
        Article mine = *current;
        mine.body = u"%1, round %2, on top of revision %3"_s.arg(name).arg(round).arg(mine.revision);
        const SaveResult result = articles->save(mine);
        if (result.ok())
            log->landed.insert(result.article.revision, mine.body);
        else if (result.isConflict() && result.theirs && result.theirs->revision > mine.revision)
            ++log->conflicts;
        else
            log->error = result.error ? result.error->message : u"a conflict without the newer version"_s;
    }
}

} // namespace

class TestConcurrentSaves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSilentOverwrites_data() { Test::TestDatabases::addEngineRows(); }
    void noSilentOverwrites();

private:
    Test::TestDatabases m_databases;
};

void TestConcurrentSaves::noSilentOverwrites()
{
    QFETCH(QString, engine);
    const QString url = m_databases.freshUrl(engine);
    QVERIFY(!url.isEmpty());
    qint64 id = 0;
    {
        auto db = m_databases.open(url);
        QVERIFY(db);
        Article article;
        article.headline = u"Материал, который правят двое"_s;
        const SaveResult created = ArticleRepository(*db).save(article);
        QVERIFY2(created.ok(), qPrintable(Test::errorText(created)));
        id = created.article.id;
    }

    constexpr int rounds = 500; // 1,000 saves in all
    std::barrier sync(2);
    DeskLog left;
    DeskLog right;
    QThread *a = QThread::create(desk, url, id, u"left"_s, rounds, &sync, &left);
    QThread *b = QThread::create(desk, url, id, u"right"_s, rounds, &sync, &right);
    a->start();
    b->start();
    QVERIFY(a->wait(QDeadlineTimer(300'000)));
    QVERIFY(b->wait(QDeadlineTimer(300'000)));
    delete a;
    delete b;
    QVERIFY2(left.error.isEmpty(), qPrintable(left.error));
    QVERIFY2(right.error.isEmpty(), qPrintable(right.error));

    // Every round, exactly one save landed and the other was refused.
    QCOMPARE(left.landed.size() + right.landed.size(), rounds);
    QCOMPARE(left.conflicts + right.conflicts, rounds);

    auto db = m_databases.open(url);
    QVERIFY(db);
    ArticleRepository articles(*db);
    const Expected<QList<Revision>> revisions = articles.revisions(id);
    QVERIFY(revisions.ok());
    const int landed = int(left.landed.size() + right.landed.size());
    // One revision per landed save, numbered without gaps, each holding what its desk wrote.
    QCOMPARE(revisions->size(), landed + 1);
    for (int i = 0; i < revisions->size(); ++i)
        QCOMPARE(revisions->at(i).revision, i + 1);
    for (const DeskLog *log : {&left, &right}) {
        for (auto it = log->landed.cbegin(); it != log->landed.cend(); ++it) {
            QVERIFY2(!(left.landed.contains(it.key()) && right.landed.contains(it.key())),
                     "two desks were both told they saved the same revision");
            QCOMPARE(revisions->at(it.key() - 1).snapshot.body, it.value());
        }
    }
    // And each save was based on the revision just before it: nobody skipped one.
    for (int i = 1; i < revisions->size(); ++i)
        QVERIFY2(revisions->at(i).snapshot.body.endsWith(u"on top of revision %1"_s.arg(i)),
                 qPrintable(revisions->at(i).snapshot.body));
    QCOMPARE(articles.load(id)->revision, landed + 1);
    qInfo("%s: %d saves landed, %d refused as conflicts", qPrintable(engine), landed,
          int(left.conflicts + right.conflicts));
}

QTEST_GUILESS_MAIN(TestConcurrentSaves)
#include "tst_concurrentsaves.moc"
