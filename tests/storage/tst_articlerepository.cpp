// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/articlerepository.h"
#include "storage/bodyreader.h"
#include "storage/categoryrepository.h"
#include "storage/peoplerepository.h"
#include "media/rendition.h"
#include "storage/photostore.h"
#include "storage/sitesettingsrepository.h"
#include "storage/statement.h"
#include "testdatabases.h"

#include <QBuffer>
#include <QImage>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QByteArray pngBytes(const QColor &color, int width = 64, int height = 48)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(color);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

Article minimalStory(const QString &headline)
{
    Article article;
    article.headline = headline;
    article.lead = u"Лид: "_s + headline;
    article.body = u"Текст материала."_s;
    return article;
}

} // namespace

class TestArticleRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void savesAndLoadsEveryField_data() { Test::TestDatabases::addEngineRows(); }
    void savesAndLoadsEveryField();
    void everySaveWritesARevision_data() { Test::TestDatabases::addEngineRows(); }
    void everySaveWritesARevision();
    void staleSaveIsAConflict_data() { Test::TestDatabases::addEngineRows(); }
    void staleSaveIsAConflict();
    void slugs_data() { Test::TestDatabases::addEngineRows(); }
    void slugs();
    void theListShowsItsOwnSmallPicture_data() { Test::TestDatabases::addEngineRows(); }
    void theListShowsItsOwnSmallPicture();
    void samePhotoIsStoredOnce_data() { Test::TestDatabases::addEngineRows(); }
    void samePhotoIsStoredOnce();
    void rejectsWhatIsNotAnImage_data() { Test::TestDatabases::addEngineRows(); }
    void rejectsWhatIsNotAnImage();
    void listFiltersSortsAndPages_data() { Test::TestDatabases::addEngineRows(); }
    void listFiltersSortsAndPages();
    void theArchiveIsReadWithoutItsBodies_data() { Test::TestDatabases::addEngineRows(); }
    void theArchiveIsReadWithoutItsBodies();
    void searchFindsRussianWordForms_data();
    void searchFindsRussianWordForms();
    void searchFindsKazakhWordForms_data();
    void searchFindsKazakhWordForms();
    void kazakhStoriesIndexedBeforeAreIndexedAgain_data() { Test::TestDatabases::addEngineRows(); }
    void kazakhStoriesIndexedBeforeAreIndexedAgain();
    void searchKeepsToOneLanguage_data() { Test::TestDatabases::addEngineRows(); }
    void searchKeepsToOneLanguage();
    void searchRanksHeadlineMatchesFirst_data() { Test::TestDatabases::addEngineRows(); }
    void searchRanksHeadlineMatchesFirst();
    void categoriesFormATree_data() { Test::TestDatabases::addEngineRows(); }
    void categoriesFormATree();
    void siteSettings_data() { Test::TestDatabases::addEngineRows(); }
    void siteSettings();

private:
    bool openDatabase();

    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestArticleRepository::init()
{
    QFETCH(QString, engine);
    m_db = m_databases.openFresh(engine);
}

void TestArticleRepository::cleanup()
{
    m_db.reset();
}

void TestArticleRepository::savesAndLoadsEveryField()
{
    QVERIFY(m_db);
    PeopleRepository people(*m_db);
    CategoryRepository categories(*m_db);
    PhotoStore photos(*m_db);
    ArticleRepository articles(*m_db);

    const Expected<Person> reporter = people.add({0, u"Айгерим Сапарова"_s, Role::Reporter, {}});
    QVERIFY(reporter.ok());
    const Expected<Category> society = categories.ensurePath(u"Новости/Общество"_s);
    QVERIFY(society.ok());
    Expected<ArticlePhoto> photo = photos.store(pngBytes(Qt::darkCyan), u"plant.png"_s);
    QVERIFY2(photo.ok(), qPrintable(Test::errorText(photo)));
    photo->caption = u"Министр на заводе"_s;
    photo->credit = u"Фото автора"_s;
    photo->altText = u"Министр в каске у доменной печи"_s;
    photo->role = PhotoRole::Lead;

    Article article;
    article.headline = u"Министр посетил Темиртау"_s;
    article.kicker = u"Визит"_s;
    article.lead = u"Министр промышленности осмотрел новый цех металлургического комбината."_s;
    article.body = u"## На заводе\n\nРабочие показали новую линию.\n\n> «Мы ждали этого десять лет», — сказал мастер."_s;
    article.dateline = u"Темиртау"_s;
    article.categoryId = society->id;
    article.language = u"ru"_s;
    article.seoTitle = u"Визит министра в Темиртау"_s;
    article.seoDescription = u"Министр осмотрел новый цех."_s;
    article.scheduledAt = QDateTime(QDate(2026, 12, 1), QTime(4, 0), QTimeZone::UTC);
    article.bylines = {{Byline::Kind::Photo, 0, u"Ерлан Ахметов"_s},
                       {Byline::Kind::Text, reporter->id, reporter->name},
                       {Byline::Kind::Text, 0, u"Гость Редакции"_s}};
    article.photos = {*photo};
    article.tags = {u"промышленность"_s, u"Темиртау"_s, u"промышленность"_s};

    const SaveResult saved = articles.save(article, {reporter->id, u"first draft"_s});
    QVERIFY2(saved.ok(), qPrintable(Test::errorText(saved)));
    QVERIFY(saved.article.id > 0);
    QCOMPARE(saved.article.revision, 1);
    QCOMPARE(saved.article.slug, u"ministr-posetil-temirtau"_s);
    QVERIFY(saved.article.createdAt.isValid());
    QCOMPARE(saved.article.createdAt.timeSpec(), Qt::UTC);

    const Expected<Article> loaded = articles.load(saved.article.id);
    QVERIFY(loaded.ok());
    QCOMPARE(*loaded, saved.article);
    QCOMPARE(loaded->headline, article.headline);
    QCOMPARE(loaded->body, article.body);
    QCOMPARE(loaded->scheduledAt, article.scheduledAt);
    // Text bylines come first, in their order; then the photographer.
    QCOMPARE(loaded->bylines.size(), 3);
    QCOMPARE(loaded->bylines.at(0).name, u"Айгерим Сапарова"_s);
    QCOMPARE(loaded->bylines.at(0).personId, reporter->id);
    QCOMPARE(loaded->bylines.at(1).name, u"Гость Редакции"_s);
    QVERIFY(loaded->bylines.at(1).isGuest());
    QCOMPARE(loaded->bylines.at(2).kind, Byline::Kind::Photo);
    QCOMPARE(loaded->photos.size(), 1);
    QCOMPARE(loaded->photos.first(), *photo);
    QCOMPARE(loaded->tags, (QStringList{u"промышленность"_s, u"Темиртау"_s}));
    QCOMPARE(articles.loadBySlug(u"ministr-posetil-temirtau"_s)->id, saved.article.id);

    const Expected<Article> missing = articles.load(saved.article.id + 1000);
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().kind, Error::Kind::NotFound);
}

void TestArticleRepository::everySaveWritesARevision()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    SaveResult saved = articles.save(minimalStory(u"Первый вариант"_s));
    QVERIFY(saved.ok());
    for (int i = 2; i <= 4; ++i) {
        Article next = saved.article;
        next.body += u"\n\nАбзац %1."_s.arg(i);
        saved = articles.save(next, {0, u"правка %1"_s.arg(i)});
        QVERIFY(saved.ok());
        QCOMPARE(saved.article.revision, i);
    }
    const Expected<QList<Revision>> revisions = articles.revisions(saved.article.id);
    QVERIFY(revisions.ok());
    QCOMPARE(revisions->size(), 4);
    for (int i = 0; i < 4; ++i) {
        QCOMPARE(revisions->at(i).revision, i + 1);
        QCOMPARE(revisions->at(i).snapshot.revision, i + 1);
    }
    QCOMPARE(revisions->last().snapshot, saved.article);
    QCOMPARE(revisions->last().note, u"правка 4"_s);
    QVERIFY(!revisions->first().snapshot.body.contains(u"Абзац"_s));
}

void TestArticleRepository::staleSaveIsAConflict()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    const SaveResult created = articles.save(minimalStory(u"Общий материал"_s));
    QVERIFY(created.ok());

    Article mine = created.article;
    Article theirs = created.article;
    theirs.lead = u"Коллега успел первым."_s;
    const SaveResult first = articles.save(theirs);
    QVERIFY(first.ok());

    mine.lead = u"Моя версия лида."_s;
    const SaveResult second = articles.save(mine);
    QVERIFY(!second.ok());
    QVERIFY(second.isConflict());
    QVERIFY(second.theirs.has_value());
    QCOMPARE(second.theirs->lead, u"Коллега успел первым."_s);
    QCOMPARE(second.theirs->revision, 2);
    QVERIFY2(second.error->message.contains(u"Общий материал"_s), qPrintable(second.error->message));

    const Expected<Article> stored = articles.load(created.article.id);
    QCOMPARE(stored->lead, u"Коллега успел первым."_s);
    QCOMPARE(articles.revisions(created.article.id)->size(), 2);
}

void TestArticleRepository::slugs()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    const SaveResult a = articles.save(minimalStory(u"Снег в Караганде"_s));
    const SaveResult b = articles.save(minimalStory(u"Снег в Караганде"_s));
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.article.slug, u"sneg-v-karagande"_s);
    QCOMPARE(b.article.slug, u"sneg-v-karagande-2"_s);

    Article bad = minimalStory(u"Плохой адрес"_s);
    bad.slug = u"Плохой адрес"_s;
    const SaveResult refused = articles.save(bad);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error->kind, Error::Kind::Invalid);

    // Renaming before publication is fine; after it the address is frozen.
    Article draft = a.article;
    draft.slug = u"sneg-i-moroz"_s;
    SaveResult renamed = articles.save(draft);
    QVERIFY(renamed.ok());
    QCOMPARE(renamed.article.slug, u"sneg-i-moroz"_s);

    Article published = renamed.article;
    published.status = ArticleStatus::Published;
    const SaveResult out = articles.save(published);
    QVERIFY(out.ok());
    QVERIFY(out.article.publishedAt.isValid());

    Article moved = out.article;
    moved.slug = u"novyy-adres"_s;
    const SaveResult frozen = articles.save(moved);
    QVERIFY(!frozen.ok());
    QCOMPARE(frozen.error->kind, Error::Kind::Invalid);
    QVERIFY2(frozen.error->message.contains(u"sneg-i-moroz"_s), qPrintable(frozen.error->message));

    Article unpublished = out.article;
    unpublished.status = ArticleStatus::Unpublished;
    unpublished.headline = u"Совсем другой заголовок"_s;
    unpublished.slug.clear();
    const SaveResult stillFrozen = articles.save(unpublished);
    QVERIFY(stillFrozen.ok());
    QCOMPARE(stillFrozen.article.slug, u"sneg-i-moroz"_s);

    // Saved before it had a headline: "story" for now, the headline's once it has one;
    // never again once the story has been on the site.
    Article untitled = minimalStory(QString());
    SaveResult first = articles.save(untitled);
    QVERIFY2(first.ok(), qPrintable(Test::errorText(first)));
    QVERIFY2(first.article.slug.startsWith(u"story"_s), qPrintable(first.article.slug));
    Article titled = first.article;
    titled.headline = u"Сквер на проспекте Мира открыт"_s;
    const SaveResult second = articles.save(titled);
    QVERIFY2(second.ok(), qPrintable(Test::errorText(second)));
    QCOMPARE(second.article.slug, u"skver-na-prospekte-mira-otkryt"_s);
}

void TestArticleRepository::samePhotoIsStoredOnce()
{
    QVERIFY(m_db);
    PhotoStore photos(*m_db);
    const QByteArray bytes = pngBytes(Qt::red, 120, 80);
    const Expected<ArticlePhoto> first = photos.store(bytes, u"first.png"_s);
    const Expected<ArticlePhoto> second = photos.store(bytes, u"copy-of-first.png"_s);
    QVERIFY(first.ok() && second.ok());
    QCOMPARE(second->photoId, first->photoId);
    QCOMPARE(first->width, 120);
    QCOMPARE(first->height, 80);
    QCOMPARE(first->mimeType, u"image/png"_s);
    Statement count = m_db->prepare(u"SELECT count(*) FROM photos"_s);
    QVERIFY(m_db->exec(count).ok() && count.next());
    QCOMPARE(count.value(0).toInt(), 1);
    QCOMPARE(*photos.bytes(first->photoId), bytes);

    const Expected<ArticlePhoto> other = photos.store(pngBytes(Qt::blue, 120, 80), u"other.png"_s);
    QVERIFY(other.ok());
    QVERIFY(other->photoId != first->photoId);
}

void TestArticleRepository::theListShowsItsOwnSmallPicture()
{
    QVERIFY(m_db);
    PhotoStore photos(*m_db);
    // Attached the one way photos come in: the list's picture is made then, from the bytes.
    const Expected<AttachedPhoto> attached = attachPhoto(photos, pngBytes(Qt::red, 1200, 800), u"red.png"_s);
    QVERIFY(attached);
    // Stored without one (as before this version): made when the list asks.
    const Expected<ArticlePhoto> older = photos.store(pngBytes(Qt::blue, 300, 900), u"blue.png"_s);
    QVERIFY(older);
    ArticleRepository articles(*m_db);
    Article story;
    story.headline = u"С картинкой"_s;
    ArticlePhoto lead = attached->photo;
    lead.role = PhotoRole::Lead;
    story.photos = {lead};
    QVERIFY(articles.save(story).ok());
    story = {};
    story.headline = u"Со старой картинкой"_s;
    lead = *older;
    lead.role = PhotoRole::Lead;
    story.photos = {lead};
    QVERIFY(articles.save(story).ok());

    auto picturesByPhoto = [&] {
        QHash<qint64, QByteArray> pictures;
        const Expected<ArticlePage> page = articles.list({});
        for (const ArticleSummary &summary : page ? page->items : QList<ArticleSummary>())
            pictures.insert(summary.leadPhotoId, summary.leadThumbnail);
        return pictures;
    };
    QHash<qint64, QByteArray> pictures = picturesByPhoto();
    QCOMPARE(pictures.size(), 2);
    QImage red = QImage::fromData(pictures.value(attached->photo.photoId), "JPEG");
    QCOMPARE(red.size(), QSize(96, ListThumbnailHeight)); // 1200×800 at the list's height
    QVERIFY(qRed(red.pixel(48, 32)) > 200 && qBlue(red.pixel(48, 32)) < 60);
    QVERIFY(pictures.value(older->photoId).isEmpty());

    const Expected<QHash<qint64, QByteArray>> made = photos.makeThumbnails({older->photoId, 987654});
    QVERIFY2(made, qPrintable(Test::errorText(made)));
    QCOMPARE(made->keys(), QList<qint64>{older->photoId}); // a photo that is not there is left out
    pictures = picturesByPhoto();
    QCOMPARE(pictures.value(older->photoId), made->value(older->photoId));
    const QImage blue = QImage::fromData(pictures.value(older->photoId), "JPEG");
    QCOMPARE(blue.height(), ListThumbnailHeight);
    QCOMPARE(blue.width(), ListThumbnailHeight / 3);
    // Made again, it is the same one: the first stays.
    QVERIFY(photos.storeThumbnail(older->photoId, "\xff\xd8\xff other").ok());
    QCOMPARE(picturesByPhoto().value(older->photoId), made->value(older->photoId));
}

void TestArticleRepository::rejectsWhatIsNotAnImage()
{
    QVERIFY(m_db);
    PhotoStore photos(*m_db);
    const Expected<ArticlePhoto> text = photos.store("GIF89a but not really", u"fake.jpg"_s);
    QVERIFY(!text.ok());
    QVERIFY2(text.error().message.contains(u"fake.jpg"_s), qPrintable(text.error().message));
    Statement count = m_db->prepare(u"SELECT count(*) FROM photos"_s);
    QVERIFY(m_db->exec(count).ok() && count.next());
    QCOMPARE(count.value(0).toInt(), 0);
}

void TestArticleRepository::listFiltersSortsAndPages()
{
    QVERIFY(m_db);
    PeopleRepository people(*m_db);
    CategoryRepository categories(*m_db);
    ArticleRepository articles(*m_db);
    const Person reporter = *people.add({0, u"Данияр Омаров"_s, Role::Reporter, {}});
    const Category news = *categories.ensurePath(u"Новости"_s);
    const Category society = *categories.ensurePath(u"Новости/Общество"_s);
    const Category sport = *categories.ensurePath(u"Спорт"_s);

    const QDateTime base(QDate(2026, 1, 10), QTime(9, 0), QTimeZone::UTC);
    for (int i = 0; i < 30; ++i) {
        Article a = minimalStory(u"Материал %1"_s.arg(i, 2, 10, QChar(u'0')));
        a.categoryId = i % 3 == 0 ? sport.id : (i % 3 == 1 ? society.id : news.id);
        a.status = i % 2 ? ArticleStatus::Published : ArticleStatus::Draft;
        if (a.status == ArticleStatus::Published)
            a.publishedAt = base.addDays(i);
        a.createdAt = a.updatedAt = base.addSecs(3600 * i);
        if (i % 5 == 0)
            a.bylines = {{Byline::Kind::Text, reporter.id, reporter.name}};
        if (i % 4 == 0)
            a.tags = {u"погода"_s};
        QVERIFY(articles.save(a, {0, {}, true}).ok());
    }

    ArticleQuery query;
    query.limit = 10;
    Expected<ArticlePage> page = articles.list(query);
    QVERIFY(page.ok());
    QCOMPARE(page->total, 30);
    QCOMPARE(page->items.size(), 10);
    QCOMPARE(page->items.first().headline, u"Материал 29"_s); // newest first
    query.offset = 25;
    QCOMPARE(articles.list(query)->items.size(), 5);
    QCOMPARE(articles.list(query)->items.last().headline, u"Материал 00"_s);

    ArticleQuery published;
    published.filter.status = ArticleStatus::Published;
    published.sort = ArticleQuery::Sort::PublishedNewest;
    QCOMPARE(articles.list(published)->total, 15);
    QCOMPARE(articles.list(published)->items.first().headline, u"Материал 29"_s);

    ArticleQuery inNews; // the whole subtree
    inNews.filter.categoryId = news.id;
    QCOMPARE(articles.list(inNews)->total, 20);
    ArticleQuery inSociety;
    inSociety.filter.categoryId = society.id;
    QCOMPARE(articles.list(inSociety)->total, 10);

    ArticleQuery byAuthor;
    byAuthor.filter.authorId = reporter.id;
    const ArticlePage mine = *articles.list(byAuthor);
    QCOMPARE(mine.total, 6);
    QCOMPARE(mine.items.first().bylines, QStringList{reporter.name});

    ArticleQuery tagged;
    tagged.filter.tag = u"погода"_s;
    QCOMPARE(articles.list(tagged)->total, 8);
    tagged.filter.tag = u"pogoda"_s; // by slug
    QCOMPARE(articles.list(tagged)->total, 8);

    ArticleQuery range;
    range.filter.from = base.addSecs(3600 * 10);
    range.filter.to = base.addSecs(3600 * 20);
    QCOMPARE(articles.list(range)->total, 10);

    ArticleQuery byHeadline;
    byHeadline.sort = ArticleQuery::Sort::Headline;
    byHeadline.limit = 3;
    QCOMPARE(articles.list(byHeadline)->items.first().headline, u"Материал 00"_s);
}

void TestArticleRepository::theArchiveIsReadWithoutItsBodies()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    const QDateTime base(QDate(2026, 3, 2), QTime(8, 0), QTimeZone::UTC);
    QList<qint64> ids; // newest first, as the archive is read
    for (int i = 0; i < 6; ++i) {
        Article a = minimalStory(u"Материал %1"_s.arg(i));
        a.body = u"Текст материала %1."_s.arg(i);
        if (i == 2)
            a.lead.clear(); // its excerpt comes from the body
        a.status = i == 5 ? ArticleStatus::Draft : ArticleStatus::Published;
        a.publishedAt = base.addDays(i);
        const SaveResult saved = articles.save(a, {0, {}, true});
        QVERIFY(saved.ok());
        if (i < 5)
            ids.prepend(saved.article.id);
    }

    const Expected<QList<Article>> light
        = articles.loadAllWithStatus(ArticleStatus::Published, ArticleRepository::Bodies::OfStoriesWithoutLead);
    QVERIFY(light);
    QCOMPARE(light->size(), 5);
    for (const Article &a : *light) {
        QCOMPARE(a.id, ids.at(light->indexOf(a)));
        QCOMPARE(a.body, a.lead.isEmpty() ? u"Текст материала 2."_s : QString());
    }

    // Most of them: one pass, in order; one asked out of order comes by itself.
    BodyReader many(*m_db, ArticleStatus::Published);
    many.expect(5, 5);
    QCOMPARE(*many.body(ids.at(0)), u"Текст материала 4."_s);
    QCOMPARE(*many.body(ids.at(2)), u"Текст материала 2."_s);
    QCOMPARE(*many.body(ids.at(1)), u"Текст материала 3."_s);
    QCOMPARE(*many.body(ids.at(4)), u"Текст материала 0."_s);
    // A few: one query each.
    BodyReader few(*m_db, ArticleStatus::Published);
    few.expect(1, 5000);
    QCOMPARE(*few.body(ids.at(3)), u"Текст материала 1."_s);
    QCOMPARE(few.body(987654).error().kind, Error::Kind::NotFound);
}

void TestArticleRepository::searchFindsRussianWordForms_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("expectedHeadline");

    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        auto row = [&](const char *name, const QString &query, const QString &headline) {
            QTest::addRow("%s: %s", qPrintable(engine), name) << engine << query << headline;
        };
        row("plural genitive", u"выборов"_s, u"Выборы в маслихат"_s);
        row("prepositional", u"выборах"_s, u"Выборы в маслихат"_s);
        row("two words, other forms", u"ключевую ставку"_s, u"Нацбанк сохранил ключевую ставку"_s);
        row("ё written as е", u"елка"_s, u"На площади поставили ёлку"_s);
        row("е written as ё", u"ёлочный"_s, u"Ёлочный базар открылся"_s);
        row("phrase", u"\"ключевая ставка\""_s, u"Нацбанк сохранил ключевую ставку"_s);
        row("prefix", u"маслих*"_s, u"Выборы в маслихат"_s);
        row("byline", u"Сапаровой"_s, u"На площади поставили ёлку"_s);
        row("photo caption", u"комбайнов"_s, u"Уборка урожая"_s);
        row("english", u"elections"_s, u"Election observers arrive"_s);
    }
}

void TestArticleRepository::searchFindsRussianWordForms()
{
    QFETCH(QString, query);
    QFETCH(QString, expectedHeadline);
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    PhotoStore photos(*m_db);

    Article elections = minimalStory(u"Выборы в маслихат"_s);
    elections.body = u"Избирательная комиссия подвела итоги. Явка на выборах составила 54 процента."_s;
    Article rate = minimalStory(u"Нацбанк сохранил ключевую ставку"_s);
    rate.lead = u"Ключевая ставка останется на уровне 16,5 процента."_s;
    Article tree = minimalStory(u"На площади поставили ёлку"_s);
    tree.bylines = {{Byline::Kind::Text, 0, u"Айгерим Сапарова"_s}};
    Article market = minimalStory(u"Ёлочный базар открылся"_s);
    Article harvest = minimalStory(u"Уборка урожая"_s);
    ArticlePhoto photo = *photos.store(pngBytes(Qt::yellow), u"field.png"_s);
    photo.caption = u"Колонна комбайнов на поле под Осакаровкой"_s;
    harvest.photos = {photo};
    Article english = minimalStory(u"Election observers arrive"_s);
    english.language = u"en"_s;
    english.body = u"International observers will watch the vote."_s;
    for (const Article &a : {elections, rate, tree, market, harvest, english})
        QVERIFY(articles.save(a).ok());

    const Expected<QList<SearchHit>> hits = articles.search(query);
    QVERIFY2(hits.ok(), qPrintable(Test::errorText(hits)));
    QVERIFY2(!hits->isEmpty(), qPrintable(query));
    QCOMPARE(hits->first().article.headline, expectedHeadline);
    QVERIFY(hits->first().score > 0);
}

void TestArticleRepository::searchFindsKazakhWordForms_data()
{
    QTest::addColumn<QString>("engine");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("marked"); // the word the snippet marks

    for (const QString &engine : {u"sqlite"_s, u"postgresql"_s}) {
        auto row = [&](const char *name, const QString &query, const QString &marked) {
            QTest::addRow("%s: %s", qPrintable(engine), name) << engine << query << marked;
        };
        row("a name without its ending", u"Теміртау"_s, u"Теміртаудағы"_s);
        row("a plural under its singular", u"бала"_s, u"балалар"_s);
        row("plural and case", u"ағаш"_s, u"ағаштарды"_s);
        row("another case", u"ағашқа"_s, u"ағаштарды"_s);
        row("a verb's other form", u"отырғызған"_s, u"отырғызды"_s);
        row("two words", u"балалар ағаштары"_s, u"балалар"_s);
        row("a phrase", u"\"жаңа саябақ\""_s, u"жаңа"_s);
    }
}

// Kazakh stories, indexed with Kazakh stems on both engines, found by any form of a word.
void TestArticleRepository::searchFindsKazakhWordForms()
{
    QFETCH(QString, query);
    QFETCH(QString, marked);
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    Article park = minimalStory(u"Теміртауда жаңа саябақ ашылды"_s);
    park.language = u"kk"_s;
    park.body = u"Теміртаудағы жаңа саябаққа балалар келді. Оқушылар ағаштарды отырғызды."_s;
    Article russian = minimalStory(u"В Темиртау открыли новый парк"_s);
    russian.body = u"Школьники посадили деревья."_s;
    QVERIFY(articles.save(park).ok());
    QVERIFY(articles.save(russian).ok());

    const Expected<QList<SearchHit>> hits = articles.search(query);
    QVERIFY2(hits.ok(), qPrintable(Test::errorText(hits)));
    QCOMPARE(hits->size(), 1);
    QCOMPARE(hits->first().article.headline, park.headline);
    const QString snippet = hits->first().snippet.toHtml();
    QVERIFY2(snippet.contains(u"<mark>"_s + marked + u"</mark>"_s), qPrintable(snippet));
}

// A newsroom from before Kazakh stems (schema 9: Kazakh stories indexed with Russian
// stems) is brought up to date when it is opened: its Kazakh stories are found by their
// word forms afterwards.
void TestArticleRepository::kazakhStoriesIndexedBeforeAreIndexedAgain()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    Article park = minimalStory(u"Теміртауда жаңа саябақ ашылды"_s);
    park.language = u"kk"_s;
    park.body = u"Оқушылар ағаштарды отырғызды."_s;
    const SaveResult saved = articles.save(park);
    QVERIFY(saved.ok());
    QCOMPARE(articles.search(u"ағаш"_s)->size(), 1);

    // As schema 9 left it: the story's words stemmed as Russian, migration 10 not applied.
    const qint64 id = saved.article.id;
    QVERIFY(m_db->exec(u"UPDATE articles SET language = 'ru' WHERE id = %1"_s.arg(id)));
    QVERIFY(articles.reindex(id));
    QVERIFY(m_db->exec(u"UPDATE articles SET language = 'kk' WHERE id = %1"_s.arg(id)));
    // Schema 9: migrations 10 and later undone (11 made the translation links, 12 added
    // words to the dictionary, which it adds only where missing, 13 the sections' names).
    QVERIFY(m_db->exec(u"DELETE FROM schema_migrations WHERE version >= 10"_s));
    QVERIFY(m_db->exec(u"DROP TABLE story_translations"_s));
    QVERIFY(m_db->exec(u"DROP TABLE category_names"_s));
    if (!m_db->isSQLite())
        QVERIFY(m_db->exec(u"DROP FUNCTION newsroom_guard_translation()"_s));
    QCOMPARE(articles.search(u"ағаш"_s)->size(), 0); // Russian stems: the Kazakh forms are lost

    const QString url = m_db->url().toDisplayString();
    m_db.reset();
    m_db = m_databases.open(url);
    QVERIFY(m_db);
    ArticleRepository reopened(*m_db);
    QCOMPARE(reopened.search(u"ағаш"_s)->size(), 1);
    QCOMPARE(reopened.search(u"Теміртау"_s)->size(), 1);
}

void TestArticleRepository::searchKeepsToOneLanguage()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    Article kazakh = minimalStory(u"Қалада жаңа мектеп ашылды"_s);
    kazakh.language = u"kk"_s;
    kazakh.body = u"Мектепте 600 оқушы оқиды. Әкімдік Temirtau Steel компаниясына алғыс айтты."_s;
    Article russian = minimalStory(u"В городе открылась новая школа"_s);
    russian.body = u"Акимат поблагодарил Temirtau Steel."_s;
    Article english = minimalStory(u"A new school opens in Temirtau"_s);
    english.language = u"en"_s;
    english.body = u"The akimat thanked Temirtau Steel."_s;
    for (const Article &story : {kazakh, russian, english})
        QVERIFY(articles.save(story).ok());

    const auto headlines = [&](const QString &query, const QString &language) {
        ArticleFilter filter;
        filter.language = language;
        QStringList found;
        if (const Expected<QList<SearchHit>> hits = articles.search(query, filter); hits)
            for (const SearchHit &hit : *hits)
                found.append(hit.article.headline);
        found.sort();
        return found;
    };
    // Every language by default; one when asked.
    QCOMPARE(headlines(u"Temirtau Steel"_s, {}).size(), 3);
    QCOMPARE(headlines(u"Temirtau Steel"_s, u"kk"_s), QStringList{kazakh.headline});
    QCOMPARE(headlines(u"Temirtau Steel"_s, u"ru"_s), QStringList{russian.headline});
    QCOMPARE(headlines(u"Temirtau Steel"_s, u"en"_s), QStringList{english.headline});
    QCOMPARE(headlines(u"мектептер"_s, {}), QStringList{kazakh.headline});
    QCOMPARE(headlines(u"мектептер"_s, u"ru"_s), QStringList());
    QCOMPARE(headlines(u"школы"_s, {}), QStringList{russian.headline});
    QCOMPARE(headlines(u"школы"_s, u"kk"_s), QStringList());
}

void TestArticleRepository::searchRanksHeadlineMatchesFirst()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    Article inBody = minimalStory(u"Новости дня"_s);
    inBody.body = u"Среди прочего обсуждали тарифы на отопление. "_s + QString(u"Другие темы. "_s).repeated(30);
    Article inHeadline = minimalStory(u"Тарифы на отопление вырастут"_s);
    inHeadline.body = u"Акимат объявил о пересмотре тарифов на отопление с января."_s;
    QVERIFY(articles.save(inBody).ok());
    QVERIFY(articles.save(inHeadline).ok());
    QVERIFY(articles.save(minimalStory(u"Ничего общего"_s)).ok());

    const Expected<QList<SearchHit>> hits = articles.search(u"тарифы отопление"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 2);
    QCOMPARE(hits->at(0).article.headline, u"Тарифы на отопление вырастут"_s);
    QVERIFY(hits->at(0).score >= hits->at(1).score);
    QVERIFY2(hits->at(0).snippet.toHtml().contains(u"<mark>тарифов</mark>"_s), qPrintable(hits->at(0).snippet.toHtml()));

    ArticleFilter drafts;
    drafts.status = ArticleStatus::Published;
    QCOMPARE(articles.search(u"тарифы"_s, drafts)->size(), 0);
    const Expected<QList<SearchHit>> empty = articles.search(u"   "_s);
    QVERIFY(!empty.ok());
    QCOMPARE(empty.error().kind, Error::Kind::Invalid);
}

void TestArticleRepository::categoriesFormATree()
{
    QVERIFY(m_db);
    CategoryRepository categories(*m_db);
    const Expected<Category> society = categories.ensurePath(u"Новости/Общество"_s);
    QVERIFY(society.ok());
    const Expected<Category> again = categories.ensurePath(u" Новости / Общество "_s);
    QCOMPARE(again->id, society->id);
    QVERIFY(categories.ensurePath(u"Новости/Экономика"_s).ok());
    QVERIFY(categories.ensurePath(u"Спорт"_s).ok());
    QCOMPARE(*categories.pathOf(society->id), u"Новости/Общество"_s);
    QCOMPARE(*categories.findPath(u"novosti/obshchestvo"_s), society->id);

    const QList<Category> all = *categories.list();
    QStringList names;
    for (const Category &c : all)
        names.append(c.name);
    QCOMPARE(names, (QStringList{u"Новости"_s, u"Общество"_s, u"Экономика"_s, u"Спорт"_s}));
    QCOMPARE(all.at(1).slug, u"obshchestvo"_s);
    QVERIFY(!categories.findPath(u"Новости/Культура"_s).ok());

    // The list's paths, all from one query, read as the one-by-one path does.
    const QHash<qint64, QString> paths = *categories.displayPaths();
    QCOMPARE(paths.size(), all.size());
    for (const Category &c : all)
        QCOMPARE(paths.value(c.id), categories.displayPath(c.id));
    QCOMPARE(paths.value(society->id), u"Новости › Общество"_s);
}

void TestArticleRepository::siteSettings()
{
    QVERIFY(m_db);
    SiteSettingsRepository repository(*m_db);
    QCOMPARE(repository.load()->timeZone, u"Asia/Almaty"_s);
    SiteSettings settings;
    settings.name = u"Темиртауский вестник"_s;
    settings.baseUrl = QUrl(u"https://vestnik.example/"_s);
    settings.city = u"Темиртау"_s;
    QVERIFY(repository.save(settings).ok());
    QCOMPARE(*repository.load(), settings);

    settings.timeZone = u"UTC+5"_s;
    const Status refused = repository.save(settings);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(u"UTC+5"_s), qPrintable(refused.error().message));
    QCOMPARE(repository.load()->timeZone, u"Asia/Almaty"_s);
}

QTEST_GUILESS_MAIN(TestArticleRepository)
#include "tst_articlerepository.moc"
