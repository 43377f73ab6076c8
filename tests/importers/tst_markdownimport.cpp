// SPDX-License-Identifier: GPL-3.0-or-later
#include "cameraphoto.h"
#include "demo/demonewsroom.h"
#include "importers/markdownexport.h"
#include "importers/markdownimport.h"
#include "media/photometadata.h"
#include "storage/articlerepository.h"
#include "storage/translationrepository.h"
#include "storage/categoryrepository.h"
#include "storage/peoplerepository.h"
#include "storage/statement.h"
#include "testdatabases.h"

#include <QBuffer>
#include <QDir>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

qint64 countRows(Database &db, const QString &table)
{
    Statement query = db.prepare(u"SELECT count(*) FROM "_s + table);
    return db.exec(query).ok() && query.next() ? query.value(0).toLongLong() : -1;
}

// Everything about a story that must survive export and import, without the ids and
// bookkeeping that belong to one database.
struct Comparable
{
    Article article;
    QString category;

    friend bool operator==(const Comparable &, const Comparable &) = default;
};

QList<Comparable> allStories(Database &db)
{
    ArticleRepository articles(db);
    CategoryRepository categories(db);
    ArticleQuery query;
    query.sort = ArticleQuery::Sort::Headline;
    query.limit = 1000;
    QList<Comparable> result;
    const ArticlePage page = *articles.list(query);
    for (const ArticleSummary &summary : page.items) {
        Article a = *articles.load(summary.id);
        const QString category = a.categoryId ? *categories.pathOf(a.categoryId) : QString();
        a.id = 0;
        a.categoryId = 0;
        a.revision = 0;
        for (Byline &b : a.bylines)
            b.personId = 0;
        for (ArticlePhoto &p : a.photos)
            p.photoId = 0;
        result.append({a, category});
    }
    return result;
}

} // namespace

class TestMarkdownImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void importsAFolderWithPhotos_data() { Test::TestDatabases::addEngineRows(); }
    void importsAFolderWithPhotos();
    void aBrokenFileChangesNothing_data() { Test::TestDatabases::addEngineRows(); }
    void aBrokenFileChangesNothing();
    void photosComeInAsTheWindowAttachesThem_data() { Test::TestDatabases::addEngineRows(); }
    void photosComeInAsTheWindowAttachesThem();
    void storiesThatCouldNeverGoOutAreRefused_data() { Test::TestDatabases::addEngineRows(); }
    void storiesThatCouldNeverGoOutAreRefused();
    void sectionsAreMatchedWhateverTheirCase_data() { Test::TestDatabases::addEngineRows(); }
    void sectionsAreMatchedWhateverTheirCase();
    void roundTripIsIdentity_data() { Test::TestDatabases::addEngineRows(); }
    void roundTripIsIdentity();

private:
    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
    QString m_engine;
};

void TestMarkdownImport::init()
{
    QFETCH(QString, engine);
    m_engine = engine;
    m_db = m_databases.openFresh(engine);
}

void TestMarkdownImport::cleanup()
{
    m_db.reset();
}

void TestMarkdownImport::importsAFolderWithPhotos()
{
    QVERIFY(m_db);
    QVERIFY(PeopleRepository(*m_db).add({0, u"Айгерим Сапарова"_s, Role::Reporter, {}}).ok());
    const QString folder = m_databases.tempPath(u"import-%1"_s.arg(m_engine));
    QVERIFY(QDir().mkpath(folder + u"/2026/photos"_s));
    QVERIFY(Demo::drawPhoto(u"a"_s, {320, 200}).save(folder + u"/2026/photos/a.jpg"_s, "JPEG"));
    QVERIFY(writeFile(folder + u"/2026/first.md"_s,
                      "---\ntitle: Первый\nauthors: [Айгерим Сапарова, Гость]\ncategory: Новости/Город\n"
                      "photos:\n  - file: photos/a.jpg\n    role: lead\n    caption: Подпись\n    credit: Фото автора\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/2026/second.markdown"_s,
                      "---\ntitle: Второй\ndraft: true\nimages: [photos/a.jpg]\n---\nЕщё текст.\n"));
    QVERIFY(writeFile(folder + u"/notes.txt"_s, "not a story"));

    const Expected<QStringList> files = MarkdownImporter::collectFiles({folder});
    QVERIFY(files.ok());
    QCOMPARE(files->size(), 2);
    const ImportReport report = MarkdownImporter(*m_db).importFiles(*files);
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    QCOMPARE(report.imported.size(), 2);

    ArticleRepository articles(*m_db);
    const Article first = *articles.load(report.imported.at(0));
    QCOMPARE(first.headline, u"Первый"_s);
    QCOMPARE(first.status, ArticleStatus::Published);
    QVERIFY(first.bylines.at(0).personId != 0); // matched to the staff member
    QVERIFY(first.bylines.at(1).isGuest());
    QCOMPARE(first.photos.size(), 1);
    QCOMPARE(first.photos.first().caption, u"Подпись"_s);
    QCOMPARE(*CategoryRepository(*m_db).pathOf(first.categoryId), u"Новости/Город"_s);
    const Article second = *articles.load(report.imported.at(1));
    QCOMPARE(second.status, ArticleStatus::Draft);
    QCOMPARE(second.photos.first().photoId, first.photos.first().photoId); // same bytes, one photo
    QCOMPARE(countRows(*m_db, u"photos"_s), 1);
}

void TestMarkdownImport::aBrokenFileChangesNothing()
{
    QVERIFY(m_db);
    const QString folder = m_databases.tempPath(u"broken-%1"_s.arg(m_engine));
    QVERIFY(QDir().mkpath(folder));
    QVERIFY(Demo::drawPhoto(u"ok"_s, {200, 100}).save(folder + u"/ok.jpg"_s, "JPEG"));
    QVERIFY(writeFile(folder + u"/1-good.md"_s, "---\ntitle: Хороший\nslug: khoroshiy\n---\nТекст.\n"));
    // Its category and first photo would be stored before the missing second one is met.
    QVERIFY(writeFile(folder + u"/2-missing-photo.md"_s,
                      "---\ntitle: Без фото\ncategory: Новая/Рубрика\ntags: [новый-тег]\nphotos:\n  - file: ok.jpg\n"
                      "  - file: nowhere.jpg\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/3-bad-yaml.md"_s, "---\ntitle: [\n---\n"));
    QVERIFY(writeFile(folder + u"/4-same-slug.md"_s, "---\ntitle: Дубль\nslug: khoroshiy\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/5-not-an-image.md"_s,
                      "---\ntitle: Не картинка\nphotos: [4-same-slug.md]\n---\nТекст.\n"));

    const ImportReport report = MarkdownImporter(*m_db).importFiles(*MarkdownImporter::collectFiles({folder}));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.failures.size(), 4);
    QVERIFY2(report.failures.at(0).contains(u"2-missing-photo.md:7: the photo “nowhere.jpg” is not there"_s),
             qPrintable(report.failures.at(0)));
    QVERIFY2(report.failures.at(1).contains(u"3-bad-yaml.md:"_s), qPrintable(report.failures.at(1)));
    QVERIFY2(report.failures.at(2).contains(u"already has a story at “khoroshiy”"_s), qPrintable(report.failures.at(2)));
    QVERIFY2(report.failures.at(3).contains(u"is not a JPEG, PNG or WebP image"_s), qPrintable(report.failures.at(3)));

    QCOMPARE(countRows(*m_db, u"articles"_s), 1);
    QCOMPARE(countRows(*m_db, u"categories"_s), 0);
    QCOMPARE(countRows(*m_db, u"tags"_s), 0);
    QCOMPARE(countRows(*m_db, u"photos"_s), 0);
    QCOMPARE(countRows(*m_db, u"revisions"_s), 1);
}

void TestMarkdownImport::photosComeInAsTheWindowAttachesThem()
{
    QVERIFY(m_db);
    const QString folder = m_databases.tempPath(u"camera-%1"_s.arg(m_engine));
    QVERIFY(QDir().mkpath(folder));
    QByteArray jpeg;
    {
        QBuffer buffer(&jpeg);
        buffer.open(QIODevice::WriteOnly);
        QVERIFY(Demo::drawPhoto(u"camera"_s, {320, 200}).save(&buffer, "JPEG"));
    }
    const QByteArray fromCamera = Test::withCameraMetadata(jpeg);
    QVERIFY(writeFile(folder + u"/IMG_1.jpg"_s, fromCamera));
    const QByteArray fromOtherCamera = Test::withCameraMetadata(jpeg, false, false, 1); // EXIF only
    QVERIFY(writeFile(folder + u"/IMG_2.jpg"_s, fromOtherCamera));
    // The file gives the alt text only for the first photo, and a caption for the second.
    QVERIFY(writeFile(folder + u"/story.md"_s,
                      "---\ntitle: Снимки\nlead: Лид.\ncategory: Город\nphotos:\n  - file: IMG_1.jpg\n"
                      "    alt: Министр у печи\n  - file: IMG_2.jpg\n    caption: Своя подпись\n---\nТекст.\n"));

    const ImportReport report = MarkdownImporter(*m_db).importFiles({folder + u"/story.md"_s});
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    const Article story = *ArticleRepository(*m_db).load(report.imported.value(0));
    // What the photo panel would have filled in: caption and credit from IPTC/XMP, the
    // photographer as the story's photo byline.
    const PhotoMetadata camera = Metadata::read(fromCamera);
    QVERIFY(!camera.caption.isEmpty() && !camera.credit.isEmpty() && !camera.photographer.isEmpty());
    QCOMPARE(story.photos.at(0).caption, camera.caption);
    QCOMPARE(story.photos.at(0).credit, camera.credit);
    QCOMPARE(story.photos.at(0).altText, u"Министр у печи"_s);
    QCOMPARE(story.photos.at(1).caption, u"Своя подпись"_s);
    const QString otherPhotographer = Metadata::read(fromOtherCamera).photographer;
    QVERIFY(!otherPhotographer.isEmpty() && otherPhotographer != camera.photographer);
    QCOMPARE(story.bylines, (QList<Byline>{{Byline::Kind::Photo, 0, camera.photographer},
                                           {Byline::Kind::Photo, 0, otherPhotographer}}));
    // Both photos hold a GPS position: the import says so, as the panel does.
    QCOMPARE(report.notes.size(), 2);
    QVERIFY2(report.notes.at(0).contains(u"story.md:6: IMG_1.jpg records where it was taken (GPS)"_s),
             qPrintable(report.notes.at(0)));
    // It was published with a photo that lacks a credit: it stays published, and is listed.
    QCOMPARE(story.status, ArticleStatus::Published);
    QCOMPARE(report.publishedWithProblems.size(), 1);
    QVERIFY2(report.publishedWithProblems.first().contains(u"“Снимки” is published, but photo 2 (IMG_2.jpg) needs an alt text"_s),
             qPrintable(report.publishedWithProblems.first()));
}

void TestMarkdownImport::storiesThatCouldNeverGoOutAreRefused()
{
    QVERIFY(m_db);
    const QString folder = m_databases.tempPath(u"scheduled-%1"_s.arg(m_engine));
    QVERIFY(writeFile(folder + u"/1-no-time.md"_s,
                      "---\ntitle: Когда?\nstatus: scheduled\nlead: Лид.\ncategory: Город\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/2-no-lead.md"_s,
                      "---\ntitle: Без лида\nstatus: scheduled\nscheduled: 2030-01-01T10:00:00+05:00\n"
                      "category: Город\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/4-future.md"_s,
                      "---\ntitle: Из будущего\nstatus: published\ndate: 2099-05-01T10:00:00+05:00\nlead: Лид.\n"
                      "category: Город\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/3-fine.md"_s,
                      "---\ntitle: Всё на месте\nstatus: scheduled\nscheduled: 2030-01-01T10:00:00+05:00\n"
                      "lead: Лид.\ncategory: Город\n---\nТекст.\n"));
    const ImportReport report = MarkdownImporter(*m_db).importFiles(*MarkdownImporter::collectFiles({folder}));
    QCOMPARE(report.imported.size(), 1);
    QCOMPARE(report.failures.size(), 3);
    QVERIFY2(report.failures.at(2).contains(u"4-future.md: the story is published but dated 2099-05-01 10:00, which is still "
                                            "to come"_s),
             qPrintable(report.failures.at(2)));
    QVERIFY2(report.failures.at(0).contains(u"1-no-time.md: the story is scheduled but says not when"_s),
             qPrintable(report.failures.at(0)));
    QVERIFY2(report.failures.at(1).contains(u"2-no-lead.md: the story is scheduled, but could never go out: it has no lead"_s),
             qPrintable(report.failures.at(1)));
    const Article fine = *ArticleRepository(*m_db).load(report.imported.first());
    QCOMPARE(fine.status, ArticleStatus::Scheduled);
    QCOMPARE(countRows(*m_db, u"articles"_s), 1);
}

void TestMarkdownImport::sectionsAreMatchedWhateverTheirCase()
{
    QVERIFY(m_db);
    const QString folder = m_databases.tempPath(u"sections-%1"_s.arg(m_engine));
    QVERIFY(writeFile(folder + u"/1.md"_s, "---\ntitle: Первая\ncategory: Новости/Общество\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/2.md"_s, "---\ntitle: Вторая\ncategory: новости/ОБЩЕСТВО\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/3.md"_s, "---\ntitle: Третья\ncategory: Новости!/Общество.\n---\nТекст.\n"));
    QVERIFY(writeFile(folder + u"/4.md"_s, "---\ntitle: Четвёртая\ncategory: ../../../etc\n---\nТекст.\n"));
    const ImportReport report = MarkdownImporter(*m_db).importFiles(*MarkdownImporter::collectFiles({folder}));
    QCOMPARE(report.imported.size(), 3);
    QCOMPARE(report.failures.size(), 1);
    QVERIFY2(report.failures.first().contains(u"4.md:3:11: “..” cannot be a section"_s), qPrintable(report.failures.first()));
    ArticleRepository articles(*m_db);
    const qint64 section = articles.load(report.imported.at(0))->categoryId;
    QCOMPARE(articles.load(report.imported.at(1))->categoryId, section);
    QCOMPARE(articles.load(report.imported.at(2))->categoryId, section);
    QCOMPARE(countRows(*m_db, u"categories"_s), 2);
    // Nor can a section be added by hand with a name that is only punctuation.
    const Expected<Category> dots = CategoryRepository(*m_db).add({0, 0, u".."_s, QString(), 0});
    QVERIFY(!dots.ok());
    QVERIFY2(dots.error().message.contains(u"needs a letter or a digit"_s), qPrintable(dots.error().message));
}

void TestMarkdownImport::roundTripIsIdentity()
{
    QVERIFY(m_db);
    // The demo newsroom is itself imported from Markdown: every field, byline, photo,
    // category and tag kind is in it.
    const Expected<qsizetype> loaded = Demo::load(*m_db);
    QVERIFY2(loaded.ok(), qPrintable(Test::errorText(loaded)));
    QCOMPARE(*loaded, 15);

    const QString folder = m_databases.tempPath(u"export-%1"_s.arg(m_engine));
    const Expected<MarkdownExportReport> exported = MarkdownExporter(*m_db).exportAll(folder);
    QVERIFY2(exported.ok(), qPrintable(Test::errorText(exported)));
    QCOMPARE(exported->stories, 15);

    auto copy = m_databases.openFresh(m_engine);
    QVERIFY(copy);
    const ImportReport report = MarkdownImporter(*copy).importFiles(*MarkdownImporter::collectFiles({folder}));
    QVERIFY2(report.failures.isEmpty(), qPrintable(report.failures.join(u'\n')));
    QCOMPARE(report.imported.size(), 15);

    const QList<Comparable> before = allStories(*m_db);
    const QList<Comparable> after = allStories(*copy);
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        QCOMPARE(after.at(i).article.headline, before.at(i).article.headline);
        QCOMPARE(after.at(i).category, before.at(i).category);
        QCOMPARE(after.at(i).article.bylines, before.at(i).article.bylines);
        QCOMPARE(after.at(i).article.photos, before.at(i).article.photos);
        QCOMPARE(after.at(i).article.tags, before.at(i).article.tags);
        QCOMPARE(after.at(i).article, before.at(i).article);
    }
    // Stories in several languages stay linked (Hugo's translationKey), each to its original.
    const auto groups = [](Database &db) {
        QMap<QString, QString> keyBySlug;
        ArticleRepository stories(db);
        const QHash<qint64, QString> keys = *TranslationRepository(db).translationKeys();
        for (auto it = keys.cbegin(); it != keys.cend(); ++it)
            keyBySlug.insert(stories.load(it.key())->slug, it.value());
        return keyBySlug;
    };
    QCOMPARE(groups(*copy), groups(*m_db));
    QCOMPARE(groups(*copy).size(), 6);
    const qint64 kazakhPark = ArticleRepository(*copy).loadBySlug(u"temirtauda-zhanga-sayabaq-ashyldy"_s)->id;
    QCOMPARE(TranslationRepository(*copy).group(kazakhPark)->originalId, kazakhPark); // the Kazakh one, not the newsroom's

    // And a second export of the copy is byte for byte the first.
    const QString again = m_databases.tempPath(u"export-again-%1"_s.arg(m_engine));
    QVERIFY(MarkdownExporter(*copy).exportAll(again).ok());
    const QStringList files = *MarkdownImporter::collectFiles({folder});
    QCOMPARE(files.size(), 15);
    for (const QString &file : files) {
        const QString twin = again + file.mid(folder.size());
        QFile a(file);
        QFile b(twin);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        QCOMPARE(b.readAll(), a.readAll());
    }
}

QTEST_GUILESS_MAIN(TestMarkdownImport)
#include "tst_markdownimport.moc"
