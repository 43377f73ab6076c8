// SPDX-License-Identifier: GPL-3.0-or-later
#include "importers/storyfile.h"
#include "importers/yamltree.h"
#include "text/interfacelanguage.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
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
    void initTestCase() { speak(u"en"_s); } // English, with its plural forms
    void newsroomFields();
    void hugoAndJekyllFiles_data();
    void hugoAndJekyllFiles();
    void badInput_data();
    void badInput();
    void legitimateInputIsRead();
    void everyProblemIsSaidAtOnce();
    void otherToolsKeysAreLeftOutAndSaidSo();
    void agreesWithASecondYamlImplementation();
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
    QTest::newRow("colon in plain text") << QByteArray("---\ntitle: Выборы: итоги\n---\n")
                                         << u"story.md:2:14: a colon followed by a space starts a new key here; if it belongs to "
                                            "the text, put the whole text in quotes"_s;
    QTest::newRow("never closed") << QByteArray("---\ntitle: x\n") << u"never closed"_s;
    QTest::newRow("no title") << QByteArray("---\nlead: x\n---\nText\n") << u"no title"_s;
    QTest::newRow("title is a list") << QByteArray("---\ntitle: [a, b]\n---\n") << u"story.md:2:8: “title” should be text"_s;
    QTest::newRow("unknown status") << QByteArray("---\ntitle: x\nstatus: done\n---\n") << u"story.md:3:9: unknown status “done”"_s;
    QTest::newRow("bad date") << QByteArray("---\ntitle: x\n\ndate: 31.01.2026\n---\n") << u"story.md:4:7: “date” is not a date"_s;

    // What probing the first reader found it accepted: each refused, with the place.
    QTest::newRow("unclosed double quote") << QByteArray("---\ntitle: \"Аким\nslug: akim\nstatus: draft\n---\nТекст\n")
                                           << u"story.md:2:8: the quotes opened here are never closed"_s;
    QTest::newRow("unclosed single quote") << QByteArray("---\ntitle: x\nlead: 'Лид\nslug: s\n---\n")
                                           << u"story.md:3:7: the quotes opened here are never closed"_s;
    QTest::newRow("duplicate title") << QByteArray("---\ntitle: a\nslug: s\ntitle: b\n---\n")
                                     << u"story.md:4:1: “title” is written twice (first on line 2)"_s;
    QTest::newRow("duplicate slug") << QByteArray("---\ntitle: a\nslug: s\nslug: t\n---\n") << u"story.md:4:1: “slug” is written twice"_s;
    QTest::newRow("duplicate status") << QByteArray("---\nstatus: draft\ntitle: a\nstatus: published\n---\n")
                                      << u"story.md:4:1: “status” is written twice"_s;
    QTest::newRow("offset +25:00") << QByteArray("---\ntitle: x\ndate: 2026-01-31T10:00:00+25:00\n---\n")
                                   << u"story.md:3:7: “date” is not a date and time"_s;
    QTest::newRow("zone name after the time") << QByteArray("---\ntitle: x\ndate: 2026-01-31 10:00:00 Asia/Almaty\n---\n")
                                              << u"story.md:3:7: “date” is not a date"_s;
    QTest::newRow("leap second") << QByteArray("---\ntitle: x\ndate: 2026-12-31T23:59:60Z\n---\n") << u"story.md:3:7:"_s;
    QTest::newRow("25:61") << QByteArray("---\ntitle: x\npublished: 2026-01-31T25:61:00\n---\n")
                           << u"story.md:3:12: “published” is not a date"_s;
    QTest::newRow("30 February") << QByteArray("---\ntitle: x\ndate: 2026-02-30\n---\n") << u"story.md:3:7:"_s;
    QTest::newRow("published and draft") << QByteArray("---\ntitle: x\nstatus: published\ndraft: true\n---\n")
                                         << u"story.md:4:8: “draft: true” contradicts “status: published”"_s;
    QTest::newRow("approved and not a draft") << QByteArray("---\ntitle: x\nstatus: approved\ndraft: false\n---\n")
                                              << u"contradicts"_s;
    QTest::newRow("titel") << QByteArray("---\ntitel: x\n---\n# Заголовок\n")
                           << u"story.md:2:1: unknown key “titel”: did you mean “title”?"_s;
    QTest::newRow("slgu") << QByteArray("---\ntitle: x\nslgu: y\n---\n") << u"story.md:3:1: unknown key “slgu”: did you mean “slug”?"_s;
    QTest::newRow("image for images") << QByteArray("---\ntitle: x\nimage: a.jpg\n---\n") << u"did you mean “images”?"_s;
    QTest::newRow("photo key slip") << QByteArray("---\ntitle: x\nphotos:\n  - file: a.jpg\n    captoin: y\n---\n")
                                    << u"story.md:5:5: unknown key “captoin”: did you mean “caption”?"_s;
    QTest::newRow("any text as language") << QByteArray("---\ntitle: x\nlanguage: klingon\n---\n")
                                          << u"story.md:3:11: unknown language “klingon”"_s;
    QTest::newRow("kz for Kazakh") << QByteArray("---\ntitle: x\nlang: kz\n---\n") << u"(Kazakh is kk)"_s;
    QTest::newRow("category climbing out") << QByteArray("---\ntitle: x\ncategory: ../../../etc\n---\n")
                                           << u"story.md:3:11: “..” cannot be a section"_s;
    QTest::newRow("category too deep") << QByteArray("---\ntitle: x\ncategory: a/b/c/d/e/f/g\n---\n") << u"7 levels"_s;
    QTest::newRow("huge headline") << (QByteArray("---\ntitle: ") + QByteArray(524'288, 'a') + "\n---\n")
                                   << u"story.md:2:8: “title” is 524288 characters long; at most 300 fit"_s;
    QTest::newRow("huge heading as headline") << (QByteArray("# ") + QByteArray(1000, 'a') + "\n") << u"story.md:1:"_s;
    QTest::newRow("bell escaped in a headline") << QByteArray("---\ntitle: \"Звонок\\aшколы\"\n---\n")
                                                << u"story.md:2:8: “title” holds an invisible control character (U+0007)"_s;
    QTest::newRow("escape in a headline") << QByteArray("---\ntitle: \"x\\e[31m\"\n---\n") << u"(U+001B)"_s;
    QTest::newRow("right-to-left override") << QByteArray("---\ntitle: \"Аким \xE2\x80\xAE\u0442\u0435\u043a\"\n---\n")
                                            << u"story.md:2:8: “title” holds an invisible direction override (U+202E)"_s;
    QTest::newRow("line break in a headline") << QByteArray("---\ntitle: \"a\\nb\"\n---\n") << u"a line break"_s;
    QTest::newRow("escape in the body") << QByteArray("---\ntitle: x\n---\n\nline\nbad \x1b line\n")
                                        << u"story.md:6: the text holds an invisible control character (U+001B)"_s;
    QTest::newRow("absolute photo path") << QByteArray("---\ntitle: x\nphotos:\n  - file: /etc/passwd\n---\n")
                                         << u"story.md:4:5: the photo “/etc/passwd” must be a file beside the story"_s;
    QTest::newRow("photo path climbing out") << QByteArray("---\ntitle: x\nphotos:\n  - ../../secret.jpg\n---\n")
                                             << u"story.md:4:5: the photo “../../secret.jpg”"_s;
    QTest::newRow("photo address") << QByteArray("---\ntitle: x\nimages: [https://example.com/a.jpg]\n---\n")
                                   << u"story.md:3:9:"_s;
    QTest::newRow("windows drive path") << QByteArray("---\ntitle: x\nimages: ['C:\\photos\\a.jpg']\n---\n")
                                        << u"must be a file beside the story"_s;
    QTest::newRow("slug with a line") << QByteArray("---\ntitle: x\n\nslug: Не слаг\n---\n")
                                      << u"story.md:4:7: the slug “Не слаг” may hold only"_s;
    QTest::newRow("deep nesting") << (QByteArray("---\ntitle: x\nextra: ") + QByteArray(100'000, '[') + "\n---\n")
                                  << u"story.md:3:"_s;
    QTest::newRow("too many tags") << (QByteArray("---\ntitle: x\ntags:\n") + [] {
        QByteArray tags;
        for (int i = 0; i < 51; ++i)
            tags += "  - tag" + QByteArray::number(i) + "\n";
        return tags;
    }() + "---\n") << u"story.md:4:3: the story has 51 different tags; at most 50"_s;
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

void TestStoryFile::legitimateInputIsRead()
{
    // Tags differing only in case are one tag, kept in the first spelling, in one pass.
    QByteArray many = "---\ntitle: x\ntags:\n";
    for (int i = 0; i < 100'000; ++i)
        many += i % 2 ? "  - Темиртау\n" : "  - темиртау\n";
    many += "---\n";
    const Expected<StoryFile::Parsed> repeated = parse(many);
    QVERIFY2(repeated.ok(), repeated.ok() ? "" : qPrintable(repeated.error().message));
    QCOMPARE(repeated->article.tags, QStringList{u"темиртау"_s});

    // Times: every form Hugo and Jekyll write.
    const QList<std::pair<QByteArray, QDateTime>> times{
        {"2026-01-31", QDateTime(QDate(2026, 1, 30), QTime(19, 0), QTimeZone::UTC)},
        {"2026-01-31T10:00:00Z", QDateTime(QDate(2026, 1, 31), QTime(10, 0), QTimeZone::UTC)},
        {"2026-01-31T10:00:00.250+05:00", QDateTime(QDate(2026, 1, 31), QTime(5, 0, 0, 250), QTimeZone::UTC)},
        {"2026-01-31 10:00 -0330", QDateTime(QDate(2026, 1, 31), QTime(13, 30), QTimeZone::UTC)},
        {"'2026-01-31T10:00:00'", QDateTime(QDate(2026, 1, 31), QTime(5, 0), QTimeZone::UTC)},
    };
    for (const auto &[text, expected] : times) {
        const Expected<StoryFile::Parsed> timed = parse("---\ntitle: x\ndate: " + text + "\n---\n");
        QVERIFY2(timed.ok(), timed.ok() ? text.constData() : qPrintable(timed.error().message));
        QCOMPARE(timed->article.publishedAt, expected);
    }

    // Languages written with a country; Jekyll's "published: false".
    const Expected<StoryFile::Parsed> kazakh = parse("---\ntitle: x\nlang: kk_KZ\npublished: false\n---\n");
    QVERIFY(kazakh.ok());
    QCOMPARE(kazakh->article.language, u"kk"_s);
    QCOMPARE(kazakh->article.status, ArticleStatus::Draft);

    // Jekyll's categories as one string: the first is the section.
    const Expected<StoryFile::Parsed> jekyll = parse("---\ntitle: x\ncategories: jekyll update\n---\n");
    QVERIFY(jekyll.ok());
    QCOMPARE(jekyll->categoryPath, u"jekyll"_s);

    // A multi-line lead keeps its lines; tabs in the body are text.
    const Expected<StoryFile::Parsed> lead = parse("---\ntitle: x\nlead: |\n  one\n  two\n---\ncol\tcol\n");
    QVERIFY(lead.ok());
    QCOMPARE(lead->article.lead, u"one\ntwo\n"_s);
    QCOMPARE(lead->article.body, u"col\tcol"_s);
}

void TestStoryFile::everyProblemIsSaidAtOnce()
{
    const Expected<StoryFile::Parsed> parsed =
        parse("---\ntitle: x\ncatgory: Город\ntgas: [a]\nstatus: done\nphotos:\n  - role: hero\n---\n");
    QVERIFY(!parsed);
    const QStringList lines = parsed.error().message.split(u'\n');
    QCOMPARE(lines.size(), 5);
    QVERIFY2(lines.at(0).startsWith(u"story.md:3:1: unknown key “catgory”: did you mean “category”?"_s), qPrintable(lines.at(0)));
    QVERIFY2(lines.at(1).startsWith(u"story.md:4:1: unknown key “tgas”: did you mean “tags”?"_s), qPrintable(lines.at(1)));
    QVERIFY2(lines.at(2).startsWith(u"story.md:5:9: unknown status “done”"_s), qPrintable(lines.at(2)));
    QVERIFY2(lines.at(3).startsWith(u"story.md:7:5: unknown photo role “hero”"_s), qPrintable(lines.at(3)));
    QVERIFY2(lines.at(4).startsWith(u"story.md:7:5: a photo entry without a file"_s), qPrintable(lines.at(4)));
}

void TestStoryFile::otherToolsKeysAreLeftOutAndSaidSo()
{
    const Expected<StoryFile::Parsed> parsed = parse("---\nlayout: post\ntitle: x\nweight: 10\n---\n");
    QVERIFY(parsed.ok());
    QCOMPARE(parsed->ignored.size(), 2);
    QVERIFY2(parsed->ignored.at(0).startsWith(u"story.md:2:1: “layout” is not a field Newsroom keeps"_s),
             qPrintable(parsed->ignored.at(0)));
    QVERIFY(parsed->ignored.at(1).startsWith(u"story.md:4:1: “weight”"_s));
}

namespace {

QJsonValue json(const YamlTree::Node &node)
{
    switch (node.kind) {
    case YamlTree::Node::Kind::Null:
    case YamlTree::Node::Kind::Scalar:
        return node.scalar;
    case YamlTree::Node::Kind::Sequence: {
        QJsonArray items;
        for (const YamlTree::Node &item : node.items)
            items.append(json(item));
        return items;
    }
    case YamlTree::Node::Kind::Map: {
        QJsonObject map;
        for (qsizetype i = 0; i < node.keys.size(); ++i)
            map.insert(node.keys.at(i), json(node.items.at(i)));
        return map;
    }
    }
    return {};
}

} // namespace

void TestStoryFile::agreesWithASecondYamlImplementation()
{
    QFile corpusFile(QStringLiteral(NEWSROOM_SOURCE_DIR "/tests/importers/frontmatter/corpus.txt"));
    QVERIFY(corpusFile.open(QIODevice::ReadOnly));
    struct Entry
    {
        QString name;
        bool valid = false;
        bool pyyamlRefuses = false; // a known fault of PyYAML, named in the corpus
        QByteArray text;
    };
    QList<Entry> corpus;
    for (const QByteArray &line : corpusFile.readAll().split('\n')) {
        if (line.startsWith("### ")) {
            const QString header = QString::fromUtf8(line.mid(4));
            corpus.append({header.section(u": "_s, 1), header.startsWith(u"valid"_s),
                           header.startsWith(u"valid, PyYAML refuses"_s), {}});
        } else if (!corpus.isEmpty()) {
            corpus.last().text += line + '\n';
        }
    }
    int malformed = 0;
    QTemporaryDir dir;
    QStringList files;
    for (qsizetype i = 0; i < corpus.size(); ++i) {
        Entry &entry = corpus[i];
        entry.text.replace("<TAB>", "\t").replace("<BEL>", "\a").replace("<ESC>", "\x1b").replace("<NEL>", "\xC2\x85");
        malformed += entry.valid ? 0 : 1;
        files.append(dir.filePath(u"%1.yaml"_s.arg(i)));
        QFile file(files.last());
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(entry.text);
    }
    QVERIFY2(malformed >= 60 && corpus.size() - malformed >= 20, "the corpus is smaller than promised");

    QProcess python;
    python.start(u"python3"_s, QStringList{QStringLiteral(NEWSROOM_SOURCE_DIR "/tests/importers/frontmatter/oracle.py")} + files);
    QVERIFY(python.waitForFinished(120'000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    const QList<QByteArray> verdicts = python.readAllStandardOutput().trimmed().split('\n');
    QCOMPARE(verdicts.size(), corpus.size());

    for (qsizetype i = 0; i < corpus.size(); ++i) {
        const Entry &entry = corpus.at(i);
        const QJsonObject theirs = QJsonDocument::fromJson(verdicts.at(i)).object();
        const Expected<YamlTree::Node> ours = YamlTree::parse(entry.text, u"story.md"_s, 2);
        const QString what = entry.name + u": ours: "_s + (ours ? u"read"_s : ours.error().message) + u"; PyYAML: "_s
            + (theirs.value(u"ok"_s).toBool() ? u"read"_s : theirs.value(u"error"_s).toString());
        QVERIFY2(theirs.value(u"ok"_s).toBool() == (entry.valid && !entry.pyyamlRefuses),
                 qPrintable(u"the corpus is wrong about "_s + what));
        QVERIFY2(ours.ok() == entry.valid, qPrintable(what));
        if (ours && !entry.pyyamlRefuses) {
            const QJsonValue data = theirs.value(u"data"_s);
            QCOMPARE(data.isNull() ? QJsonValue(QString()) : data, ours->isNull() ? QJsonValue(QString()) : json(*ours));
            continue;
        }
        if (ours)
            continue;
        // Both point at the same line, and a whole story file with it is refused as well.
        const int ourLine = ours.error().message.section(u':', 1, 1).toInt();
        QList<int> theirLines; // the problem's and the context's
        for (const QJsonValue line : theirs.value(u"lines"_s).toArray())
            theirLines.append(line.toInt() + 1); // the corpus entry starts on the file's line 2
        QVERIFY2(theirLines.contains(ourLine), qPrintable(what));
        const Expected<StoryFile::Parsed> story = parse("---\n" + entry.text + "---\nТекст\n");
        QVERIFY2(!story.ok(), qPrintable(entry.name));
    }
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
