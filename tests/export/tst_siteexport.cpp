// SPDX-License-Identifier: GPL-3.0-or-later
// The exported site: each page type against a golden copy, byte-identical twice over,
// incremental, only what may be public, and nothing a hostile story can smuggle in.
#include "demo/demonewsroom.h"
#include "export/outputfolder.h"
#include "export/sitecontent.h"
#include "export/siteexporter.h"
#include "export/storypreview.h"
#include "importers/markdownexport.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "siteexportfixture.h"
#include "testdatabases.h"
#include "storage/commentrepository.h"
#include "workflow/workflow.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::ExportTime;
using Newsroom::Test::exportTo;

namespace {

QMap<QString, QByteArray> filesIn(const QString &folder)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            files.insert(QDir(folder).relativeFilePath(file.fileName()), file.readAll());
    }
    return files;
}

struct Attribute
{
    QString element;
    QString name;
    QString value;
};

// Every attribute of every tag, as a browser would read them: quoted values may hold
// anything but their quote, so text inside a value is never taken for an attribute.
QList<Attribute> attributesIn(const QString &html)
{
    static const QRegularExpression tag(
        u"<([a-zA-Z][a-zA-Z0-9-]*)((?:\\s+[^\\s=>/\"']+(?:\\s*=\\s*(?:\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?)*)\\s*/?>"_s);
    static const QRegularExpression attribute(u"([^\\s=>/\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+))?"_s);
    QList<Attribute> found;
    for (auto tags = tag.globalMatch(html); tags.hasNext();) {
        const QRegularExpressionMatch t = tags.next();
        for (auto attributes = attribute.globalMatch(t.captured(2)); attributes.hasNext();) {
            const QRegularExpressionMatch a = attributes.next();
            QString value = a.captured(2);
            if (value.startsWith(u'"') || value.startsWith(u'\''))
                value = value.mid(1, value.size() - 2);
            found.append({t.captured(1).toLower(), a.captured(1).toLower(), value});
        }
    }
    return found;
}

QString golden(const QString &path)
{
    return QStringLiteral(NEWSROOM_SOURCE_DIR) + u"/tests/export/golden/"_s + path;
}

} // namespace

class TestSiteExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void pagesMatchTheGoldenCopies_data();
    void pagesMatchTheGoldenCopies();
    void twoExportsAreByteIdentical();
    void reExportWritesOnlyWhatChanged();
    void onlyWhatMayBePublic();
    void hostileStoriesSmuggleNothingIn();
    void unsafePathsAndForeignFoldersAreRefused();
    void aThemeFolderOverridesTheDefault();
    void aThemeGivesItsOwnWords();
    void aCancelledExportLeavesThePreviousSite();
    void oneExportAtATimeAndNothingLeftOfACrash();
    void nothingIsDeletedOrOverwrittenThatTheExportDidNotWrite();
    void exportMarkdownGuardsItsFolderToo();
    void relatedStoriesComeFromTheirOwnDays();
    void thePreviewIsTheExportedArticle();

private:
    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_demo;
    QTemporaryDir m_dir;
    QString m_site; // the demo newsroom exported once
};

void TestSiteExport::initTestCase()
{
    m_demo = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(m_demo);
    QVERIFY(Demo::load(*m_demo));
    m_site = m_dir.filePath(u"site"_s);
    const Expected<ExportReport> report = exportTo(*m_demo, m_site);
    QVERIFY2(report, qPrintable(Test::errorText(report)));
    QVERIFY(report->stories >= 8);
    QCOMPARE(report->written, report->files);
}

void TestSiteExport::pagesMatchTheGoldenCopies_data()
{
    QTest::addColumn<QString>("path");
    QTest::newRow("front page") << u"index.html"_s;
    QTest::newRow("article") << u"news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s;
    QTest::newRow("its Kazakh translation") << u"kk/news/no7-mektepte-zhanga-qazandyq-iske-qosyldy.html"_s;
    QTest::newRow("article in Kazakh") << u"kk/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s;
    QTest::newRow("its Russian translation") << u"news/v-temirtau-otkrylsya-novyy-park.html"_s;
    QTest::newRow("untranslated Russian article") << u"news/kombinat-nachal-pererabatyvat-shlak-v-shcheben-dlya-dorog.html"_s;
    QTest::newRow("untranslated Kazakh article") << u"kk/news/oqushylardyng-qysqy-demalysy-29-zheltoqsanda-bastalady.html"_s;
    QTest::newRow("Kazakh front page") << u"kk/index.html"_s;
    QTest::newRow("Kazakh section") << u"kk/section/novosti/gorod/index.html"_s;
    QTest::newRow("Kazakh RSS") << u"kk/feed.xml"_s;
    QTest::newRow("Kazakh news sitemap") << u"kk/news-sitemap.xml"_s;
    QTest::newRow("section") << u"section/novosti/index.html"_s;
    QTest::newRow("subsection") << u"section/novosti/gorod/index.html"_s;
    QTest::newRow("tag") << u"tag/transport/index.html"_s;
    QTest::newRow("author") << u"author/aygerim-saparova/index.html"_s;
    QTest::newRow("RSS") << u"feed.xml"_s;
    QTest::newRow("section RSS") << u"section/sport/feed.xml"_s;
    QTest::newRow("sitemap index") << u"sitemap.xml"_s;
    QTest::newRow("sitemap of lists") << u"sitemap-pages.xml"_s;
    QTest::newRow("sitemap of a year") << u"sitemap-2026.xml"_s;
    QTest::newRow("news sitemap") << u"news-sitemap.xml"_s;
}

void TestSiteExport::pagesMatchTheGoldenCopies()
{
    QFETCH(QString, path);
    QFile exported(m_site + u'/' + path);
    QVERIFY2(exported.open(QIODevice::ReadOnly), qPrintable(path));
    const QByteArray bytes = exported.readAll();
    if (qEnvironmentVariableIsSet("NEWSROOM_UPDATE_GOLDEN")) {
        QDir().mkpath(QFileInfo(golden(path)).absolutePath());
        QFile out(golden(path));
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes);
        return;
    }
    QFile expected(golden(path));
    QVERIFY2(expected.open(QIODevice::ReadOnly), qPrintable(u"no golden copy of %1; make them with NEWSROOM_UPDATE_GOLDEN=1"_s.arg(path)));
    const QList<QByteArray> want = expected.readAll().split('\n');
    const QList<QByteArray> got = bytes.split('\n');
    for (qsizetype i = 0; i < std::min(want.size(), got.size()); ++i)
        QVERIFY2(want.at(i) == got.at(i), qPrintable(u"%1, line %2:\n  want %3\n  got  %4"_s.arg(path).arg(i + 1).arg(
                                                      QString::fromUtf8(want.at(i)), QString::fromUtf8(got.at(i)))));
    QCOMPARE(got.size(), want.size());
}

void TestSiteExport::twoExportsAreByteIdentical()
{
    const QString again = m_dir.filePath(u"again"_s);
    QVERIFY(exportTo(*m_demo, again, true));
    const QMap<QString, QByteArray> first = filesIn(m_site);
    const QMap<QString, QByteArray> second = filesIn(again);
    QCOMPARE(second.keys(), first.keys());
    for (auto it = first.cbegin(); it != first.cend(); ++it)
        QVERIFY2(second.value(it.key()) == it.value(), qPrintable(it.key()));
}

void TestSiteExport::reExportWritesOnlyWhatChanged()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    const QString site = m_dir.filePath(u"incremental"_s);
    const Expected<ExportReport> first = exportTo(*db, site);
    QVERIFY(first);

    // Nothing changed: nothing written.
    const Expected<ExportReport> same = exportTo(*db, site);
    QVERIFY(same);
    QCOMPARE(same->written, 0);
    QCOMPARE(same->unchanged, first->files);

    // One story's lead changes: its page, and the lists and feeds that show its excerpt.
    ArticleRepository articles(*db);
    Article story = *articles.loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    story.lead = u"Новая газовая котельная греет школу № 7 с понедельника."_s;
    QVERIFY(articles.save(story).ok());
    const Expected<ExportReport> changed = exportTo(*db, site);
    QVERIFY(changed);
    // (Every page's news feed shows the excerpt, so most pages change; photos do not.)
    qsizetype photos = 0;
    for (const QString &path : filesIn(site).keys())
        photos += path.startsWith(u"media/"_s);
    QVERIFY(photos > 0);
    QVERIFY2(changed->written > 0 && changed->written <= first->files - photos, qPrintable(QString::number(changed->written)));
    QFile page(site + u"/news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(page.readAll()).contains(story.lead));

    // Unpublished: its page and its photos go, and nothing else is left behind.
    QVERIFY(Workflow(*db).perform(story.id, WorkflowAction::Unpublish, Actor::owner()));
    const Expected<ExportReport> removed = exportTo(*db, site);
    QVERIFY(removed);
    QVERIFY(removed->removed >= 1);
    QVERIFY(!QFile::exists(page.fileName()));
    const QMap<QString, QByteArray> files = filesIn(site);
    QFile manifest(site + u"/"_s + OutputFolder::ManifestName);
    QVERIFY(manifest.open(QIODevice::ReadOnly));
    const QByteArray listed = manifest.readAll();
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        if (it.key() != OutputFolder::ManifestName)
            QVERIFY2(listed.contains(it.key().toUtf8()), qPrintable(it.key()));
    }
}

void TestSiteExport::onlyWhatMayBePublic()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    Person reporter{0, u"Айгерим Сапарова"_s, Role::Reporter, u"aigerim_login"_s};
    reporter = *PeopleRepository(*db).add(reporter);
    ArticleRepository articles(*db);
    const auto story = [&](const QString &headline, ArticleStatus status, const QDateTime &embargo = {}) {
        Article a;
        a.headline = headline;
        a.lead = u"Лид."_s;
        a.body = u"Текст."_s;
        a.status = status;
        a.embargoUntil = embargo;
        a.bylines = {Byline{Byline::Kind::Text, reporter.id, reporter.name}};
        const SaveResult saved = articles.save(a);
        return saved.ok() ? saved.article.id : 0;
    };
    const qint64 published = story(u"Опубликовано"_s, ArticleStatus::Published);
    story(u"Черновик не для читателей"_s, ArticleStatus::Draft);
    story(u"Одобрено, но не вышло"_s, ArticleStatus::Approved);
    story(u"Под эмбарго до завтра"_s, ArticleStatus::Published, ExportTime.addDays(1));
    story(u"Эмбарго уже прошло"_s, ArticleStatus::Published, ExportTime.addSecs(-60));
    QVERIFY(CommentRepository(*db).add(published, Actor::of(reporter), u"Внутренний комментарий редакции"_s));
    QVERIFY(Workflow(*db).perform(published, WorkflowAction::Correct, Actor::owner(), u"Исправлена фамилия"_s));

    const QString site = m_dir.filePath(u"public"_s);
    const Expected<ExportReport> report = exportTo(*db, site);
    QVERIFY2(report, qPrintable(Test::errorText(report)));
    QCOMPARE(report->stories, 2);
    QVERIFY(report->skipped.join(u'\n').contains(u"embargo"_s));
    QString everything;
    for (const QByteArray &bytes : filesIn(site))
        everything += QString::fromUtf8(bytes);
    QVERIFY(everything.contains(u"Эмбарго уже прошло"_s));
    QVERIFY(everything.contains(u"Исправлена фамилия"_s)); // the correction note readers see
    for (const QString &secret : {u"Черновик не для читателей"_s, u"Одобрено, но не вышло"_s, u"Под эмбарго до завтра"_s,
                                  u"Внутренний комментарий"_s, u"aigerim_login"_s})
        QVERIFY2(!everything.contains(secret), qPrintable(secret));
}

void TestSiteExport::hostileStoriesSmuggleNothingIn()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    ArticleRepository articles(*db);
    const Expected<Category> section = CategoryRepository(*db).ensurePath(u"Новости"_s);
    QVERIFY(section);
    const QStringList hostile = {
        u"<script>alert(1)</script>"_s,
        u"\"><img src=x onerror=alert(2)>"_s,
        u"<svg onload=alert(3)><circle r=1></svg>"_s,
        u"[клик](javascript:alert(4))"_s,
        u"[клик](JaVaScRiPt:alert(5))"_s,
        u"[клик](jav&#x61;script:alert(6))"_s,
        u"[клик](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)"_s,
        u"[клик](  javascript:alert(8))"_s,
        u"![x](javascript:alert(9))"_s,
        u"<a href=\"javascript:alert(10)\">a</a>"_s,
        u"<iframe src=\"https://evil.example\"></iframe>"_s,
        u"</script><script>alert(11)</script>"_s,
        u"' onmouseover='alert(12)"_s,
        u"[x](vbscript:msgbox(13))"_s,
        u"[x](file:///etc/passwd)"_s,
    };
    for (qsizetype i = 0; i < hostile.size(); ++i) {
        Article a;
        a.headline = u"Заголовок "_s + hostile.at(i);
        a.kicker = hostile.at(i);
        a.lead = hostile.at(i);
        a.body = u"Абзац.\n\n"_s + hostile.at(i) + u"\n\n> "_s + hostile.at(i);
        a.dateline = hostile.at(i);
        a.tags = {hostile.at(i), u"тег "_s + QString::number(i)};
        a.seoTitle = hostile.at(i);
        a.seoDescription = hostile.at(i);
        a.categoryId = section->id;
        a.status = ArticleStatus::Published;
        a.bylines = {Byline{Byline::Kind::Text, 0, hostile.at(i)}};
        QVERIFY(articles.save(a).ok());
    }
    // Addresses written straight into the database, past the app's own slugs: the
    // database itself refuses any that is not a plain slug, so no path can come of it.
    Article escape;
    escape.headline = u"Побег из папки"_s;
    escape.status = ArticleStatus::Published;
    const SaveResult saved = articles.save(escape);
    QVERIFY(saved.ok());
    QSqlQuery sql(db->connection());
    for (const QString &slug : {u"../../../escaped"_s, u"/etc/passwd"_s, u"news/../x"_s, u"Caps"_s, u""_s})
        QVERIFY2(!sql.exec(u"UPDATE articles SET slug = '%1' WHERE id = %2"_s.arg(slug).arg(saved.article.id)), qPrintable(slug));
    QVERIFY(!sql.exec(u"UPDATE categories SET slug = '..' WHERE id = %1"_s.arg(section->id)));

    QTemporaryDir parent;
    const QString site = parent.filePath(u"site"_s);
    const Expected<ExportReport> report = exportTo(*db, site);
    QVERIFY2(report, qPrintable(Test::errorText(report)));
    QCOMPARE(report->stories, int(hostile.size()) + 1);

    // Nothing outside the folder; nothing in it that is not the site's.
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList{u"site"_s});
    static const QRegularExpression script(u"<script"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression scheme(u"^\\s*(javascript|data|vbscript|file):"_s, QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression elements(u"<(iframe|svg|object|embed|img src=x|a href=\"javascript)"_s,
                                             QRegularExpression::CaseInsensitiveOption);
    const QMap<QString, QByteArray> files = filesIn(site);
    int attributes = 0;
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        QVERIFY2(OutputFolder::isSafePath(it.key()) || it.key() == OutputFolder::ManifestName, qPrintable(it.key()));
        const QString text = QString::fromUtf8(it.value());
        // The only script elements are JSON-LD data blocks, which nothing can end early.
        QCOMPARE(text.count(script), text.count(u"<script type=\"application/ld+json\">"_s));
        QVERIFY2(!text.contains(u"</script><script"_s), qPrintable(it.key()));
        QVERIFY2(!text.contains(elements), qPrintable(it.key() + u": "_s + elements.match(text).captured()));
        for (const Attribute &a : attributesIn(text)) {
            ++attributes;
            QVERIFY2(!a.name.startsWith(u"on"_s), qPrintable(u"%1: <%2 %3>"_s.arg(it.key(), a.element, a.name)));
            if (a.name == u"href" || a.name == u"src" || a.name == u"srcset" || a.name == u"action") {
                QVERIFY2(!a.value.contains(scheme),
                         qPrintable(u"%1: <%2 %3=\"%4\">"_s.arg(it.key(), a.element, a.name, a.value)));
            }
        }
    }
    QVERIFY(attributes > 1000); // the scanner saw the pages
}

void TestSiteExport::unsafePathsAndForeignFoldersAreRefused()
{
    for (const QString &path : {u"../x.html"_s, u"/etc/passwd"_s, u"a/../../b"_s, u"a//b"_s, u"A.html"_s, u""_s,
                                u"news/.."_s, u"news/x..html"_s, u"новости/x.html"_s})
        QVERIFY2(!OutputFolder::isSafePath(path), qPrintable(path));
    QVERIFY(OutputFolder::isSafePath(u"news/marshrut-12.html"_s));

    // A folder with someone's files in it is not written over, nor cleaned up.
    const QString foreign = m_dir.filePath(u"foreign"_s);
    QVERIFY(QDir().mkpath(foreign));
    QFile mine(foreign + u"/thesis.odt"_s);
    QVERIFY(mine.open(QIODevice::WriteOnly));
    mine.write("не трогать");
    mine.close();
    const Expected<ExportReport> refused = exportTo(*m_demo, foreign);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(u"foreign"_s), qPrintable(refused.error().message));
    QCOMPARE(QDir(foreign).entryList(QDir::Files), QStringList{u"thesis.odt"_s});

    // A symbolic link planted in a previous export cannot lead the next one outside it.
    const QString site = m_dir.filePath(u"planted"_s);
    QVERIFY(exportTo(*m_demo, site));
    const QString outside = m_dir.filePath(u"outside"_s);
    QVERIFY(QDir().mkpath(outside));
    QVERIFY(QDir(site + u"/news"_s).removeRecursively());
    QVERIFY(QFile::link(outside, site + u"/news"_s));
    const Expected<ExportReport> blocked = exportTo(*m_demo, site, true);
    QVERIFY(!blocked);
    QVERIFY2(blocked.error().message.contains(u"outside"_s), qPrintable(blocked.error().message));
    QVERIFY(QDir(outside).isEmpty());
}

void TestSiteExport::aThemeFolderOverridesTheDefault()
{
    QTemporaryDir theme;
    QFile css(theme.filePath(u"style.css"_s));
    QVERIFY(css.open(QIODevice::WriteOnly));
    css.write("body { background: #fffbe6; }\n");
    css.close();
    const QString site = m_dir.filePath(u"themed"_s);
    QVERIFY(exportTo(*m_demo, site, false, theme.path()));
    QFile written(site + u"/assets/style.css"_s);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.readAll(), QByteArray("body { background: #fffbe6; }\n"));
    // Templates it does not have come from the default theme.
    QVERIFY(QFile::exists(site + u"/index.html"_s));

    // The same folder named in the site settings (saved from the defaults but for it).
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    SiteSettings settings = *SiteSettingsRepository(*db).load();
    settings.themeFolder = theme.path();
    const Status saved = SiteSettingsRepository(*db).save(settings);
    QVERIFY2(saved, qPrintable(Test::errorText(saved)));
    QVERIFY(SiteSettingsRepository(*db).save(SiteSettings{})); // empty fields store as empty
    settings.themeFolder = theme.path();
    QVERIFY(SiteSettingsRepository(*db).save(settings));
    const QString fromSettings = m_dir.filePath(u"themed-by-settings"_s);
    QVERIFY(exportTo(*db, fromSettings));
    QFile css2(fromSettings + u"/assets/style.css"_s);
    QVERIFY(css2.open(QIODevice::ReadOnly));
    QCOMPARE(css2.readAll(), QByteArray("body { background: #fffbe6; }\n"));
    QVERIFY(!exportTo(*m_demo, m_dir.filePath(u"nothemed"_s), false, m_dir.filePath(u"no-such-theme"_s)));
}

void TestSiteExport::aThemeGivesItsOwnWords()
{
    // A theme folder replaces some words of a language and adds a language; the others stay.
    QTemporaryDir theme;
    QVERIFY(QDir(theme.path()).mkpath(u"i18n"_s));
    const auto write = [&](const QString &name, const QByteArray &text) {
        QFile file(theme.filePath(u"i18n/"_s + name));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(text);
    };
    write(u"ru.yaml"_s, "feed: Новости часа\n");
    const QString site = m_dir.filePath(u"own-words"_s);
    const Expected<ExportReport> report = exportTo(*m_demo, site, false, theme.path());
    QVERIFY2(report, qPrintable(Test::errorText(report)));
    QFile front(site + u"/index.html"_s);
    QVERIFY(front.open(QIODevice::ReadOnly));
    const QString html = QString::fromUtf8(front.readAll());
    QVERIFY(html.contains(u"<h2 id=\"feed-title\">Новости часа</h2>"_s));
    QVERIFY(html.contains(u"Перейти к содержанию"_s)); // not replaced: the default's

    // A malformed words file stops the export before anything is written, naming the place.
    write(u"ru.yaml"_s, "feed: \"Новости часа\nrelated: Ещё\n");
    const QString refused = m_dir.filePath(u"bad-words"_s);
    const Expected<ExportReport> bad = exportTo(*m_demo, refused, false, theme.path());
    QVERIFY(!bad);
    QVERIFY2(bad.error().message.contains(u"ru.yaml:"_s), qPrintable(bad.error().message));
    QVERIFY(filesIn(refused).isEmpty());
    write(u"ru.yaml"_s, "feed:\n  - Новости\n");
    const Expected<ExportReport> list = exportTo(*m_demo, refused, false, theme.path());
    QVERIFY(!list);
    QVERIFY2(list.error().message.contains(u"ru.yaml:2:3"_s), qPrintable(list.error().message));
    write(u"Russian.yaml"_s, "feed: Новости\n");
    write(u"ru.yaml"_s, "feed: Новости\n");
    QVERIFY(!exportTo(*m_demo, refused, false, theme.path()));
}

void TestSiteExport::aCancelledExportLeavesThePreviousSite()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    const QString site = m_dir.filePath(u"cancelled"_s);
    QVERIFY(exportTo(*db, site));
    const QMap<QString, QByteArray> before = filesIn(site);

    ArticleRepository articles(*db);
    Article story = *articles.loadBySlug(u"marshrut-no-12-prodlyat-do-mikrorayona-vostochnyy"_s);
    story.headline = u"Маршрут № 12 продлят до Восточного уже в ноябре"_s;
    QVERIFY(articles.save(story).ok());
    ExportOptions options;
    options.outDir = site;
    options.baseUrl = QUrl(u"https://news.example.kz/"_s);
    options.now = ExportTime;
    options.progress = [](qsizetype done, qsizetype) { return done < 3; };
    const Expected<ExportReport> cancelled = exportSite(*db, options);
    QVERIFY(cancelled);
    QVERIFY(cancelled->cancelled);
    // The site is exactly as the last export left it (the new pages were only staged),
    // and the next export finishes the job.
    const QMap<QString, QByteArray> after = filesIn(site);
    QCOMPARE(after.keys(), before.keys());
    for (auto it = before.cbegin(); it != before.cend(); ++it)
        QVERIFY2(after.value(it.key()) == it.value(), qPrintable(it.key()));
    const Expected<ExportReport> finished = exportTo(*db, site);
    QVERIFY(finished && !finished->cancelled);
    QFile page(site + u"/news/marshrut-no-12-prodlyat-do-mikrorayona-vostochnyy.html"_s);
    QVERIFY(page.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(page.readAll()).contains(story.headline));
}

void TestSiteExport::oneExportAtATimeAndNothingLeftOfACrash()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    const QString site = m_dir.filePath(u"locked"_s);
    {
        // Another export is writing there: this one is refused, and touches nothing.
        Expected<OutputFolder> busy = OutputFolder::open(site, false);
        QVERIFY(busy);
        const Expected<ExportReport> refused = exportTo(*db, site);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.contains(u"another export"_s), qPrintable(refused.error().message));
    }
    // What a crashed export staged (in a folder that has no manifest yet) is cleared away.
    QVERIFY(QDir().mkpath(site + u"/"_s + OutputFolder::StagingName));
    QFile leftover(site + u"/"_s + OutputFolder::StagingName + u"/17.staged"_s);
    QVERIFY(leftover.open(QIODevice::WriteOnly));
    leftover.write("half a page");
    leftover.close();
    const Expected<ExportReport> report = exportTo(*db, site);
    QVERIFY2(report, qPrintable(Test::errorText(report)));
    QVERIFY(!QFileInfo::exists(site + u"/"_s + OutputFolder::StagingName));
    QVERIFY(!QFileInfo::exists(site + u"/"_s + OutputFolder::LockName));
    for (const QString &path : filesIn(site).keys())
        QVERIFY2(OutputFolder::isSafePath(path) || path == OutputFolder::ManifestName, qPrintable(path));
}

namespace {

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestSiteExport::nothingIsDeletedOrOverwrittenThatTheExportDidNotWrite()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    const QString site = m_dir.filePath(u"guarded"_s);
    QVERIFY(exportTo(*db, site));
    const QString manifestPath = site + u"/"_s + OutputFolder::ManifestName;
    const QByteArray manifest = readFile(manifestPath);

    // A page edited by hand, whose story is then unpublished: kept, and said so.
    ArticleRepository articles(*db);
    const Article story = *articles.loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    const QString page = site + u"/news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s;
    QVERIFY(writeFile(page, "<p>правка редактора</p>"));
    // A page edited by hand that the next export would rewrite: kept too.
    const QString front = site + u"/index.html"_s;
    QVERIFY(writeFile(front, "<p>своя главная</p>"));
    QVERIFY(Workflow(*db).perform(story.id, WorkflowAction::Unpublish, Actor::owner()));
    const Expected<ExportReport> after = exportTo(*db, site);
    QVERIFY2(after, qPrintable(Test::errorText(after)));
    QCOMPARE(readFile(page), QByteArray("<p>правка редактора</p>"));
    QCOMPARE(readFile(front), QByteArray("<p>своя главная</p>"));
    QVERIFY2(after->kept.size() == 2, qPrintable(after->kept.join(u"\n"_s)));
    QVERIFY2(after->kept.join(u'\n').contains(u"index.html: changed since the export wrote it; kept"_s),
             qPrintable(after->kept.join(u'\n')));
    QVERIFY(after->kept.join(u'\n').contains(u"v-shkole-no-7-zarabotala-novaya-kotelnaya.html: changed since"_s));
    // The next export still knows both for pages it wrote, and says so again.
    const Expected<ExportReport> again1 = exportTo(*db, site);
    QVERIFY(again1);
    QCOMPARE(again1->kept.size(), 2);
    QVERIFY2(!again1->kept.join(u'\n').contains(u"no export wrote it"_s), qPrintable(again1->kept.join(u'\n')));
    QCOMPARE(readFile(front), QByteArray("<p>своя главная</p>"));
    // Once moved away, the export writes the front page again.
    QVERIFY(QFile::remove(front));
    const Expected<ExportReport> again = exportTo(*db, site);
    QVERIFY(again && again->kept.size() == 1); // the unpublished story's edited page, still kept
    QVERIFY(readFile(front).contains("<html"));
    QVERIFY(QFile::remove(page)); // moved away: no longer said

    // A forged manifest naming someone's file: the file stays.
    const QString thesis = site + u"/thesis.html"_s;
    QVERIFY(writeFile(thesis, "мой диплом"));
    QByteArray forged = readFile(manifestPath);
    forged.replace("\"files\": {\n", "\"files\": {\n        \"thesis.html\": \"00000000000000000000000000000000\",\n");
    QVERIFY(writeFile(manifestPath, forged));
    QVERIFY(exportTo(*db, site));
    QCOMPARE(readFile(thesis), QByteArray("мой диплом"));

    // A file of someone's at a path the export wants: kept, never replaced.
    const QString sectionPage = site + u"/feed.xml"_s;
    QVERIFY(writeFile(sectionPage, "чужая страница"));
    QByteArray withoutIt = readFile(manifestPath);
    withoutIt.replace("        \"feed.xml\"", "        \"gone.xml\"");
    QVERIFY(writeFile(manifestPath, withoutIt));
    const Expected<ExportReport> foreign = exportTo(*db, site, true);
    QVERIFY(foreign);
    QCOMPARE(readFile(sectionPage), QByteArray("чужая страница"));
    QVERIFY2(foreign->kept.join(u'\n').contains(u"feed.xml: no export wrote it"_s), qPrintable(foreign->kept.join(u'\n')));
    QVERIFY(QFile::remove(sectionPage));

    // An empty manifest proves nothing: the folder's other files stop the export.
    QVERIFY(writeFile(manifestPath, "{}"));
    const Expected<ExportReport> untrusted = exportTo(*db, site);
    QVERIFY(!untrusted);
    QVERIFY2(untrusted.error().message.contains(u"no export wrote"_s), qPrintable(untrusted.error().message));
    QCOMPARE(readFile(thesis), QByteArray("мой диплом"));
    QVERIFY(writeFile(manifestPath, manifest));

    // Someone's own files in the staging folder: not cleared, and the export stops.
    const QString staging = site + u"/"_s + OutputFolder::StagingName;
    QVERIFY(writeFile(staging + u"/notes.txt"_s, "заметки"));
    QVERIFY(writeFile(staging + u"/3.staged"_s, "half a page"));
    const Expected<ExportReport> staged = exportTo(*db, site);
    QVERIFY(!staged);
    QVERIFY2(staged.error().message.contains(u"holds files no export staged"_s), qPrintable(staged.error().message));
    QCOMPARE(readFile(staging + u"/notes.txt"_s), QByteArray("заметки"));
}

void TestSiteExport::exportMarkdownGuardsItsFolderToo()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    // Not into a folder with someone's files in it, nor into a site export.
    const QString foreign = m_dir.filePath(u"markdown-foreign"_s);
    QVERIFY(writeFile(foreign + u"/v-shkole-no-7-zarabotala-novaya-kotelnaya/index.md"_s, "мой черновик"));
    const Expected<MarkdownExportReport> refused = MarkdownExporter(*db).exportAll(foreign);
    QVERIFY(!refused);
    QCOMPARE(readFile(foreign + u"/v-shkole-no-7-zarabotala-novaya-kotelnaya/index.md"_s), QByteArray("мой черновик"));
    const QString site = m_dir.filePath(u"markdown-into-site"_s);
    QVERIFY(exportTo(*db, site));
    QVERIFY(!MarkdownExporter(*db).exportAll(site));

    // Its own folder again: a story file edited by hand is kept, the rest brought up to date.
    const QString folder = m_dir.filePath(u"markdown"_s);
    const Expected<MarkdownExportReport> first = MarkdownExporter(*db).exportAll(folder);
    QVERIFY2(first, qPrintable(Test::errorText(first)));
    QVERIFY(first->stories > 0 && first->written > first->stories);
    const QString edited = folder + u"/v-shkole-no-7-zarabotala-novaya-kotelnaya/index.md"_s;
    QVERIFY(writeFile(edited, "---\ntitle: правка\n---\n"));
    const Expected<MarkdownExportReport> second = MarkdownExporter(*db).exportAll(folder);
    QVERIFY(second);
    QCOMPARE(readFile(edited), QByteArray("---\ntitle: правка\n---\n"));
    QVERIFY2(second->kept.size() == 1, qPrintable(second->kept.join(u"\n"_s)));
    QCOMPARE(second->written, 0);
}

void TestSiteExport::relatedStoriesComeFromTheirOwnDays()
{
    // Three hundred stories of one section, a day apart, alike in every way: an old one
    // is related to the stories of its own days, not to this week's.
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    const Category city = *CategoryRepository(*db).ensurePath(u"Новости/Город"_s);
    ArticleRepository articles(*db);
    const QDateTime first(QDate(2025, 1, 1), QTime(9, 0), QTimeZone::UTC);
    for (int day = 0; day < 300; ++day) {
        Article a;
        a.headline = u"Сводка дня номер %1"_s.arg(day);
        a.lead = u"Коротко о главном."_s;
        a.body = u"Текст."_s;
        a.categoryId = city.id;
        a.status = ArticleStatus::Published;
        a.publishedAt = first.addDays(day);
        a.createdAt = a.updatedAt = a.publishedAt;
        QVERIFY(articles.save(a, {0, {}, true}).ok());
    }
    const Expected<QList<SiteContent>> editions = loadSiteEditions(*db, ExportTime);
    QVERIFY(editions);
    QCOMPARE(editions->size(), 1); // all in Russian
    const SiteContent *content = &editions->constFirst();
    QCOMPARE(content->stories.size(), 300);
    for (const qsizetype story : {qsizetype(0), qsizetype(150), qsizetype(299)}) {
        const QList<qsizetype> related = content->stories.at(story).related;
        QCOMPARE(related.size(), 4);
        // The four nearest (the newest and the oldest have neighbours on one side only).
        for (const qsizetype other : related)
            QVERIFY2(std::abs(other - story) <= (story == 150 ? 2 : 4), qPrintable(u"%1 relates to %2"_s.arg(story).arg(other)));
    }
}

void TestSiteExport::thePreviewIsTheExportedArticle()
{
    // The window's preview is the site's own page, not a look-alike: for every story of
    // the demo, the <article> the preview shows is the one the export wrote, byte for byte
    // (dateline, "Фото:" in the story's language, photos, corrections, tags and authors).
    const Expected<QList<Article>> published = ArticleRepository(*m_demo).loadAllWithStatus(ArticleStatus::Published);
    QVERIFY(published && published->size() >= 8);
    int withPhotos = 0;
    for (const Article &story : *published) {
        QFile page(m_site + u'/' + editionPrefix(SiteSettings{}, story.language) + u"news/"_s + story.slug + u".html"_s);
        QVERIFY2(page.open(QIODevice::ReadOnly), qPrintable(page.fileName()));
        const QString exported = articleElement(QString::fromUtf8(page.readAll()));
        QVERIFY(!exported.isEmpty());
        const Expected<StoryPreview> preview = previewStory(*m_demo, story, ExportTime);
        QVERIFY2(preview, qPrintable(Test::errorText(preview)));
        qsizetype differs = 0;
        while (differs < std::min(preview->html.size(), exported.size()) && preview->html.at(differs) == exported.at(differs))
            ++differs;
        QVERIFY2(preview->html == exported, qPrintable(u"%1, from character %2:\n  export  %3\n  preview %4"_s.arg(
                                                         story.slug).arg(differs).arg(exported.mid(differs, 160),
                                                                                      preview->html.mid(differs, 160))));
        // Every picture the page names can be shown from the store.
        static const QRegularExpression picture(u"media/([^\"\\s,]+\\.jpg)"_s);
        bool shown = false;
        for (auto it = picture.globalMatch(exported); it.hasNext(); shown = true) {
            const QString file = it.next().captured(1);
            QVERIFY2(preview->photoFiles.contains(file), qPrintable(file));
        }
        withPhotos += shown ? 1 : 0;
    }
    QVERIFY(withPhotos >= 3);
}

QTEST_GUILESS_MAIN(TestSiteExport)
#include "tst_siteexport.moc"
