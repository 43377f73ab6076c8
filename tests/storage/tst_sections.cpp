// SPDX-License-Identifier: GPL-3.0-or-later
// The site's sections on SQLite and PostgreSQL: added, renamed, moved, merged and deleted
// without losing a story, and named in each of the site's languages.
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "testdatabases.h"

#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestSections : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void sectionsAreEditedWithoutLosingAStory_data() { Test::TestDatabases::addEngineRows(); }
    void sectionsAreEditedWithoutLosingAStory();
    void aSectionHasANameInEachLanguage_data() { Test::TestDatabases::addEngineRows(); }
    void aSectionHasANameInEachLanguage();

private:
    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestSections::init()
{
    QFETCH(QString, engine);
    m_db = m_databases.openFresh(engine);
}

void TestSections::cleanup()
{
    m_db.reset();
}

void TestSections::aSectionHasANameInEachLanguage()
{
    QVERIFY(m_db);
    CategoryRepository sections(*m_db);
    const Expected<Category> city = sections.ensurePath(u"Новости/Город"_s);
    QVERIFY(city);
    QVERIFY(sections.setNameIn(city->id, u"kk"_s, u"  Қала "_s));
    QVERIFY(sections.setNameIn(city->id, u"en"_s, u"City"_s));
    const auto cityNow = [&] {
        const QList<Category> all = *sections.list();
        return *std::ranges::find(all, city->id, &Category::id);
    };
    QCOMPARE(cityNow().nameIn(u"kk"_s), u"Қала"_s);
    QCOMPARE(cityNow().nameIn(u"en"_s), u"City"_s);
    QCOMPARE(cityNow().nameIn(u"ru"_s), u"Город"_s); // the section's own
    // Renamed in another language: the address and the own name stay.
    QVERIFY(sections.setNameIn(city->id, u"kk"_s, u"Шаһар"_s));
    QCOMPARE(cityNow().nameIn(u"kk"_s), u"Шаһар"_s);
    QCOMPARE(cityNow().name, u"Город"_s);
    QCOMPARE(cityNow().slug, city->slug);
    // Removed: the own name shows there again. Refused: an unknown language, a name of marks.
    QVERIFY(sections.setNameIn(city->id, u"en"_s, QString()));
    QVERIFY(!cityNow().names.contains(u"en"_s));
    QCOMPARE(sections.setNameIn(city->id, u"kz"_s, u"Қала"_s).error().kind, Error::Kind::Invalid);
    QCOMPARE(sections.setNameIn(city->id, u"kk"_s, u"—"_s).error().kind, Error::Kind::Invalid);
    QCOMPARE(cityNow().nameIn(u"kk"_s), u"Шаһар"_s);
    // Beside it, no other section may read the same in Kazakh.
    const Expected<Category> society = sections.ensurePath(u"Новости/Общество"_s);
    QCOMPARE(sections.setNameIn(society->id, u"kk"_s, u"шаһар"_s).error().kind, Error::Kind::Invalid);
    QVERIFY(sections.setNameIn(society->id, u"kk"_s, u"Қоғам"_s));
    // A section deleted takes its names with it.
    QVERIFY(sections.remove(city->id));
    QVERIFY(sections.remove(society->id));
    QSqlQuery left(m_db->connection());
    QVERIFY(left.exec(u"SELECT count(*) FROM category_names"_s) && left.next());
    QCOMPARE(left.value(0).toInt(), 0);
}


void TestSections::sectionsAreEditedWithoutLosingAStory()
{
    QVERIFY(m_db);
    CategoryRepository sections(*m_db);
    const auto names = [&](qint64 parent) {
        QStringList found;
        const QList<Category> all = *sections.list(); // kept: a loop over *temporary would dangle
        for (const Category &c : all)
            if (c.parentId == parent)
                found.append(c.name);
        return found;
    };
    const Category news = *sections.addLast(0, u"Новости"_s);
    const Category sport = *sections.addLast(0, u"Спорт"_s);
    const Category culture = *sections.addLast(0, u" Культура "_s);
    QCOMPARE(culture.name, u"Культура"_s);
    QCOMPARE(names(0), (QStringList{u"Новости"_s, u"Спорт"_s, u"Культура"_s})); // in the order added
    const Category economy = *sections.addLast(news.id, u"Экономика"_s);
    const Category society = *sections.addLast(news.id, u"Общество"_s);

    // A name taken among its siblings, in any case, or one without a letter: refused.
    for (const QString &bad : {u"спорт"_s, u"  "_s, u"!!!"_s, u"Спорт/Футбол"_s, u"Новости › Спорт"_s, QString(81, u'я')}) {
        const Expected<Category> added = sections.addLast(0, bad);
        QVERIFY(!added);
        QCOMPARE(added.error().kind, Error::Kind::Invalid);
    }

    // Renamed, its address kept; reordered; moved, not under itself.
    QVERIFY(sections.rename(economy.id, u"Бизнес"_s));
    QCOMPARE(*sections.pathOf(economy.id), u"Новости/Бизнес"_s);
    QCOMPARE(*sections.findPath(u"novosti/ekonomika"_s), economy.id);
    QVERIFY(!sections.rename(economy.id, u"Общество"_s));
    QCOMPARE(sections.rename(economy.id, u"Бизнес/Финансы"_s).error().kind, Error::Kind::Invalid);
    QVERIFY(sections.shift(culture.id, -1));
    QCOMPARE(names(0), (QStringList{u"Новости"_s, u"Культура"_s, u"Спорт"_s}));
    QVERIFY(sections.shift(news.id, -1)); // already first: nothing moves
    QCOMPARE(names(0), (QStringList{u"Новости"_s, u"Культура"_s, u"Спорт"_s}));
    const Status loop = sections.move(news.id, society.id);
    QVERIFY(!loop);
    QCOMPARE(loop.error().kind, Error::Kind::Invalid);
    QVERIFY(sections.move(society.id, 0));
    QCOMPARE(names(0), (QStringList{u"Новости"_s, u"Культура"_s, u"Спорт"_s, u"Общество"_s}));

    // A section with stories is not deleted; merged, its stories and subsections go along.
    ArticleRepository articles(*m_db);
    Article story;
    story.headline = u"Рынок у вокзала перенесут"_s;
    story.body = u"Текст материала."_s;
    story.categoryId = economy.id;
    const SaveResult saved = articles.save(story);
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    const Category shops = *sections.addLast(economy.id, u"Торговля"_s);
    const Status held = sections.remove(economy.id);
    QVERIFY(!held);
    QVERIFY2(held.error().message.contains(u"1"_s), qPrintable(held.error().message));
    QVERIFY(sections.list()->size() == 6);
    QCOMPARE(sections.storyCounts()->value(economy.id), 1);
    QVERIFY(!sections.merge(news.id, shops.id)); // not into its own subsection
    QVERIFY(sections.merge(economy.id, society.id));
    QCOMPARE(articles.load(saved.article.id)->categoryId, society.id);
    QCOMPARE(*sections.pathOf(shops.id), u"Общество/Торговля"_s);
    QVERIFY(!sections.findPath(u"Новости/Бизнес"_s));
    QCOMPARE(sections.storyCounts()->value(society.id), 1);
    // An empty one goes.
    QVERIFY(sections.remove(sport.id));
    QCOMPARE(names(0), (QStringList{u"Новости"_s, u"Культура"_s, u"Общество"_s}));
}

QTEST_GUILESS_MAIN(TestSections)
#include "tst_sections.moc"
