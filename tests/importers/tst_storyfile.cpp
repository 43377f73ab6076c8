// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/storyfile.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

const QTimeZone Almaty("Asia/Almaty");

Expected<StoryFile::Parsed> parse(const QByteArray &text)
{
    return StoryFile::parse(text, u"story.md"_s, Almaty);
}

} // namespace

class TestStoryFile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void newsroomFields();
    void hugoAndJekyllFiles_data();
    void hugoAndJekyllFiles();
    void badInput_data();
    void badInput();
    void writeThenParseIsIdentity();
    void utf8Validation();
};

void TestStoryFile::newsroomFields()
{
    const Expected<StoryFile::Parsed> parsed = parse(
        "---\n"
        "title: Министр посетил Темиртау\n"
        "kicker: Визит\n"
        "slug: ministr-v-temirtau\n"
        "status: approved\n"
        "date: 2026-01-31T10:00:00+05:00\n"
        "category: Новости/Общество\n"
        "tags: [промышленность, Темиртау]\n"
        "authors: [Айгерим Сапарова, Данияр Омаров]\n"
        "photographers: Ерлан Ахметов\n"
        "dateline: Темиртау\n"
        "lead: Министр осмотрел цех.\n"
        "description: Коротко для поисковиков\n"
        "seo_title: Визит министра\n"
        "photos:\n"
        "  - file: images/plant.jpg\n"
        "    role: lead\n"
        "    caption: У печи\n"
        "    credit: Фото автора\n"
        "    alt: Министр у печи\n"
        "  - gallery-1.jpg\n"
        "---\n"
        "\n"
        "## Подзаголовок\n\nТекст.\n\n\n");
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    const Article &a = parsed->article;
    QCOMPARE(a.headline, u"Министр посетил Темиртау"_s);
    QCOMPARE(a.kicker, u"Визит"_s);
    QCOMPARE(a.slug, u"ministr-v-temirtau"_s);
    QCOMPARE(a.status, ArticleStatus::Approved);
    QCOMPARE(a.createdAt, QDateTime(QDate(2026, 1, 31), QTime(5, 0), QTimeZone::UTC));
    QVERIFY(!a.publishedAt.isValid()); // approved, not published
    QCOMPARE(a.updatedAt, a.createdAt);
    QCOMPARE(parsed->categoryPath, u"Новости/Общество"_s);
    QCOMPARE(a.tags, (QStringList{u"промышленность"_s, u"Темиртау"_s}));
    QCOMPARE(a.bylines.size(), 3);
    QCOMPARE(a.bylines.at(1).name, u"Данияр Омаров"_s);
    QCOMPARE(a.bylines.at(2).kind, Byline::Kind::Photo);
    QCOMPARE(a.lead, u"Министр осмотрел цех."_s);
    QCOMPARE(a.seoDescription, u"Коротко для поисковиков"_s);
    QCOMPARE(a.seoTitle, u"Визит министра"_s);
    QCOMPARE(a.language, u"ru"_s);
    QCOMPARE(a.body, u"## Подзаголовок\n\nТекст."_s);
    QCOMPARE(parsed->photos.size(), 2);
    QCOMPARE(parsed->photos.at(0).file, u"images/plant.jpg"_s);
    QCOMPARE(parsed->photos.at(0).role, PhotoRole::Lead);
    QCOMPARE(parsed->photos.at(0).credit, u"Фото автора"_s);
    QCOMPARE(parsed->photos.at(0).line, 16);
    QCOMPARE(parsed->photos.at(1).file, u"gallery-1.jpg"_s);
}

void TestStoryFile::hugoAndJekyllFiles_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<ArticleStatus>("status");
    QTest::addColumn<QDateTime>("published");
    QTest::addColumn<QString>("category");
    QTest::addColumn<QStringList>("authors");
    QTest::addColumn<int>("photos");
    QTest::addColumn<QString>("language");

    const QDateTime jan31(QDate(2026, 1, 31), QTime(5, 0), QTimeZone::UTC);
    QTest::newRow("hugo post") << QByteArray("---\ntitle: \"Hello, Temirtau\"\ndate: 2026-01-31T10:00:00+05:00\n"
                                             "draft: false\ncategories: [News, World]\nauthor: Jane Doe\n"
                                             "images: [a.jpg, b.jpg]\nsummary: A short lead.\n---\nBody.\n")
                               << ArticleStatus::Published << jan31 << u"News"_s << QStringList{u"Jane Doe"_s} << 2
                               << u"en"_s;
    QTest::newRow("hugo draft") << QByteArray("---\ntitle: Черновик\ndraft: true\n---\nТекст\n") << ArticleStatus::Draft
                                << QDateTime() << QString() << QStringList() << 0 << u"ru"_s;
    QTest::newRow("jekyll date") << QByteArray("---\nlayout: post\ntitle: Новость\ndate: 2026-01-31 10:00:00 +0500\n"
                                               "author: [Ольга Ким]\n---\nТекст\n")
                                 << ArticleStatus::Published << jan31 << QString() << QStringList{u"Ольга Ким"_s} << 0
                                 << u"ru"_s;
    QTest::newRow("date without offset is newsroom time")
        << QByteArray("---\ntitle: Без зоны\ndate: 2026-01-31T10:00:00\n---\n") << ArticleStatus::Published << jan31
        << QString() << QStringList() << 0 << u"ru"_s;
    QTest::newRow("no front matter, heading as title")
        << QByteArray("# Жаңа саябақ ашылды\n\nҚала тұрғындары қуанышты, әсіресе балалар.\n") << ArticleStatus::Published
        << QDateTime() << QString() << QStringList() << 0 << u"kk"_s;
}

void TestStoryFile::hugoAndJekyllFiles()
{
    QFETCH(QByteArray, text);
    QFETCH(ArticleStatus, status);
    QFETCH(QDateTime, published);
    QFETCH(QString, category);
    QFETCH(QStringList, authors);
    QFETCH(int, photos);
    QFETCH(QString, language);

    const Expected<StoryFile::Parsed> parsed = parse(text);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message));
    QCOMPARE(parsed->article.status, status);
    QCOMPARE(parsed->article.publishedAt, published);
    QCOMPARE(parsed->categoryPath, category);
    QStringList names;
    for (const Byline &b : parsed->article.bylines)
        names.append(b.name);
    QCOMPARE(names, authors);
    QCOMPARE(parsed->photos.size(), photos);
    if (photos > 0)
        QCOMPARE(parsed->photos.first().role, PhotoRole::Lead);
    QCOMPARE(parsed->article.language, language);
    QVERIFY(!parsed->article.headline.isEmpty());
}

void TestStoryFile::badInput_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("message");

    QTest::newRow("malformed yaml") << QByteArray("---\ntitle: ok\ntags: [a, b\nlead: x\n---\n") << u"story.md:4:"_s;
    QTest::newRow("colon in plain text") << QByteArray("---\ntitle: Выборы: итоги\n---\n") << u"story.md:2:"_s;
    QTest::newRow("never closed") << QByteArray("---\ntitle: x\n") << u"never closed"_s;
    QTest::newRow("no title") << QByteArray("---\nlead: x\n---\nText\n") << u"no title"_s;
    QTest::newRow("title is a list") << QByteArray("---\ntitle: [a, b]\n---\n") << u"story.md:2: “title” should be text"_s;
    QTest::newRow("unknown status") << QByteArray("---\ntitle: x\nstatus: done\n---\n") << u"story.md:3: unknown status “done”"_s;
    QTest::newRow("bad date") << QByteArray("---\ntitle: x\n\ndate: 31.01.2026\n---\n") << u"story.md:4: “date” is not a date"_s;
    QTest::newRow("bad photo role") << QByteArray("---\ntitle: x\nphotos:\n  - file: a.jpg\n    role: hero\n---\n")
                                    << u"unknown photo role “hero”"_s;
    QTest::newRow("toml") << QByteArray("+++\ntitle = 'x'\n+++\n") << u"TOML"_s;
    QTest::newRow("nul byte") << QByteArray("---\ntitle: x\n---\nline\nline\0line\n", 28) << u"story.md:5: contains a NUL byte"_s;
    QTest::newRow("latin-1") << QByteArray("---\ntitle: caf\xe9\n---\n") << u"story.md:2: is not valid UTF-8"_s;
    QTest::newRow("50 MB body") << (QByteArray("---\ntitle: x\n---\n") + QByteArray(50 * 1024 * 1024, 'a'))
                                << u"at most 8 MB"_s;
}

void TestStoryFile::badInput()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, message);
    const Expected<StoryFile::Parsed> parsed = parse(text);
    QVERIFY(!parsed.ok());
    QCOMPARE(parsed.error().kind, Error::Kind::Invalid);
    QVERIFY2(parsed.error().message.contains(message), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.startsWith(u"story.md"_s), qPrintable(parsed.error().message));
}

void TestStoryFile::writeThenParseIsIdentity()
{
    Article a;
    a.headline = u"Заголовок: с двоеточием, «кавычками» и # решёткой"_s;
    a.kicker = u"true"_s; // would be a boolean if written bare
    a.lead = u"Лид\nв две строки"_s;
    a.body = u"---\n\nТекст, который начинается с линии.\n\n> Цитата"_s;
    a.dateline = u"Қарағанды"_s;
    a.slug = u"zagolovok"_s;
    a.status = ArticleStatus::Scheduled;
    a.language = u"ru"_s;
    a.seoTitle = u"123"_s;
    a.seoDescription = u"Описание: важно"_s;
    a.createdAt = QDateTime(QDate(2026, 3, 1), QTime(1, 2, 3, 456), QTimeZone::UTC);
    a.updatedAt = QDateTime(QDate(2026, 3, 2), QTime(4, 5, 6), QTimeZone::UTC);
    a.scheduledAt = QDateTime(QDate(2026, 3, 3), QTime(5, 0), QTimeZone::UTC);
    a.bylines = {{Byline::Kind::Text, 0, u"Айгерим Сапарова"_s}, {Byline::Kind::Photo, 0, u"Ерлан Ахметов"_s}};
    a.tags = {u"yes"_s, u"Темиртау"_s};
    ArticlePhoto photo;
    photo.caption = u"Подпись: с двоеточием"_s;
    photo.credit = u"Фото автора"_s;
    photo.altText = u"Описание"_s;
    photo.role = PhotoRole::Gallery;
    a.photos = {photo};

    const QByteArray file = StoryFile::write(a, u"Новости/Общество"_s, {u"01-photo.jpg"_s}, Almaty);
    const Expected<StoryFile::Parsed> parsed = parse(file);
    QVERIFY2(parsed.ok(), parsed.ok() ? "" : qPrintable(parsed.error().message + u"\n"_s + QString::fromUtf8(file)));
    Article back = parsed->article;
    QCOMPARE(parsed->categoryPath, u"Новости/Общество"_s);
    QCOMPARE(parsed->photos.size(), 1);
    QCOMPARE(parsed->photos.first().file, u"01-photo.jpg"_s);
    QCOMPARE(parsed->photos.first().caption, photo.caption);
    QCOMPARE(parsed->photos.first().role, PhotoRole::Gallery);
    back.photos = a.photos;
    QCOMPARE(back, a);
}

void TestStoryFile::utf8Validation()
{
    QCOMPARE(StoryFile::firstInvalidUtf8("plain ascii"), -1);
    QCOMPARE(StoryFile::firstInvalidUtf8("кириллица әғқ"), -1);
    QCOMPARE(StoryFile::firstInvalidUtf8("emoji \xF0\x9F\x93\xB0 ok"), -1);
    QCOMPARE(StoryFile::firstInvalidUtf8("ab\xC0\xAF"), 2);          // overlong
    QCOMPARE(StoryFile::firstInvalidUtf8("ab\xED\xA0\x80"), 2);      // surrogate
    QCOMPARE(StoryFile::firstInvalidUtf8("abc\xE2\x82"), 3);         // truncated
    QCOMPARE(StoryFile::firstInvalidUtf8("\x80"), 0);
}

QTEST_GUILESS_MAIN(TestStoryFile)
#include "tst_storyfile.moc"
