// SPDX-License-Identifier: GPL-3.0-or-later
// The exported site in its languages: each page speaks its story's language, each
// language's part under its folder, translations linked both ways (hreflang, JSON-LD, the
// switcher) over the whole demo site, and stories that move leaving a page behind.
#include "demo/demonewsroom.h"
#include "export/sitecontent.h"
#include "siteexportfixture.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/sitesettingsrepository.h"
#include "testdatabases.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QMultiHash>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::exportTo;

class TestSiteLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachPageSpeaksItsStorysLanguage();
    void translationsLinkBothWays();
    void aStoryMovedToItsLanguagesPartLeavesAPointer();
    void aLanguagesFolderIsItsOwn();

private:
    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_demo;
    QTemporaryDir m_dir;
    QString m_site; // the demo newsroom exported once
};

void TestSiteLanguages::initTestCase()
{
    m_demo = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(m_demo);
    QVERIFY(Demo::load(*m_demo));
    m_site = m_dir.filePath(u"site"_s);
    const Expected<ExportReport> report = exportTo(*m_demo, m_site);
    QVERIFY2(report, qPrintable(Test::errorText(report)));
}

void TestSiteLanguages::eachPageSpeaksItsStorysLanguage()
{
    const auto page = [&](const QString &path) {
        QFile file(m_site + u'/' + path);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
    };
    // A Kazakh story: its page in the site's Kazakh part, its dates with Kazakh month names,
    // and a credit that already says "photo" (суреті) gets no "Фото:" before it.
    QVERIFY(!QFile::exists(m_site + u"/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s));
    const QString kazakh = page(u"kk/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s);
    QVERIFY(kazakh.contains(u"<html lang=\"kk\">"_s));
    QVERIFY(kazakh.contains(u"19 қараша 2026 ж., 12:00"_s));
    for (const QString &word : {u"Жаңалықтар таспасы"_s, u"Басты бет"_s, u"Мазмұнға өту"_s, u"Тілдер"_s})
        QVERIFY2(kazakh.contains(word), qPrintable(word));
    for (const QString &word : {u"Лента новостей"_s, u"Похожие статьи"_s, u"ноября 2026, 12:00"_s, u"Фото: Ерлан Ахметовтың"_s})
        QVERIFY2(!kazakh.contains(word), qPrintable(word));
    QVERIFY(kazakh.contains(u"<span class=\"credit\">Ерлан Ахметовтың суреті</span>"_s));
    // The header's day is Kazakh too, and so are the sections' names where they have one:
    // a name that has none shows the section's own and says it is Russian.
    QVERIFY(kazakh.contains(u"<time datetime=\"2026-11-25\">25 қараша 2026 ж., сәрсенбі</time>"_s));
    QVERIFY(kazakh.contains(u"<ul><li><a href=\"../../kk/section/novosti/index.html\" aria-current=\"page\">Жаңалықтар</a>"_s));
    QVERIFY(kazakh.contains(u"<a href=\"../../kk/section/novosti/gorod/index.html\">Қала</a>"_s));
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    CategoryRepository sections(*db);
    QVERIFY(sections.setNameIn(*sections.findPath(u"Новости"_s), u"kk"_s, QString()));
    const QString unnamed = m_dir.filePath(u"unnamed"_s);
    QVERIFY(exportTo(*db, unnamed));
    QFile again(unnamed + u"/kk/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s);
    QVERIFY(again.open(QIODevice::ReadOnly));
    const QString withRussianName = QString::fromUtf8(again.readAll());
    QVERIFY(withRussianName.contains(u"<li lang=\"ru\"><a href=\"../../kk/section/novosti/index.html\" aria-current=\"page\">Новости</a>"_s));
    QFile section(unnamed + u"/kk/section/novosti/index.html"_s);
    QVERIFY(section.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(section.readAll()).contains(u"<h1 lang=\"ru\">Новости</h1>"_s));
    // Its news feed and related stories are Kazakh stories only.
    const qsizetype feedAt = kazakh.indexOf(u"<aside class=\"feed\""_s);
    const QString kazakhFeed = kazakh.mid(feedAt, kazakh.indexOf(u"</aside>"_s, feedAt) - feedAt);
    // The newsroom's name and city, in its own language, say so.
    QVERIFY(kazakh.contains(u"<p class=\"site-name\" lang=\"ru\">"_s));
    QVERIFY(!kazakhFeed.isEmpty() && !kazakhFeed.contains(u"lang=\"ru\""_s));
    QVERIFY(kazakh.contains(u"<li><a href=\"../../kk/news/oqushylardyng-qysqy-demalysy-29-zheltoqsanda-bastalady.html\">"_s));

    // An English story likewise; a Russian one in Russian, its feed and related stories
    // Russian, under the site's own address.
    const QString english = page(u"en/news/temirtau-steel-plant-prepares-for-its-anniversary.html"_s);
    QVERIFY(english.contains(u"<html lang=\"en\">"_s));
    QVERIFY(english.contains(u"12 November 2026, 15:30"_s));
    QVERIFY(english.contains(u"Latest news"_s));
    const QString russian = page(u"news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s);
    QVERIFY(russian.contains(u"<html lang=\"ru\">"_s));
    QVERIFY(russian.contains(u"20 ноября 2026, 09:30"_s) && russian.contains(u"Лента новостей"_s));
    const QString russianFeed = russian.mid(russian.indexOf(u"<section class=\"related\""_s));
    QVERIFY(!russianFeed.isEmpty() && !russianFeed.contains(u"lang=\"kk\""_s) && !russianFeed.contains(u"lang=\"en\""_s));
    // Each language's front page speaks it.
    QVERIFY(page(u"index.html"_s).contains(u"<html lang=\"ru\">"_s));
    QVERIFY(page(u"kk/index.html"_s).contains(u"<html lang=\"kk\">"_s));
    QVERIFY(page(u"kk/index.html"_s).contains(u"Басты жаңалықтар"_s));
    QVERIFY(page(u"en/index.html"_s).contains(u"<html lang=\"en\">"_s));
}


void TestSiteLanguages::translationsLinkBothWays()
{
    // Over every page of the demo site: each hreflang link names a page of the site that
    // speaks that language and names this page back with this page's language; each page
    // with alternates names itself and one x-default among them; each link of the
    // language switcher goes to a page in the language it says.
    static const QRegularExpression alternate(u"<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">"_s);
    static const QRegularExpression htmlLang(u"<html lang=\"([^\"]+)\">"_s);
    static const QRegularExpression switcher(u"<nav class=\"languages\"[^>]*>(.*?)</nav>"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression switchLink(u"<a href=\"([^\"]+)\" hreflang=\"([^\"]+)\""_s);
    const QString base = u"https://news.example.kz/"_s;
    struct Page
    {
        QString lang;
        QMultiHash<QString, QString> alternates; // hreflang: path
        QString text;
    };
    QHash<QString, Page> pages;
    for (QDirIterator it(m_site, {u"*.html"_s}, QDir::Files, QDirIterator::Subdirectories); it.hasNext();) {
        const QString path = QDir(m_site).relativeFilePath(it.next());
        QFile file(it.filePath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        Page page;
        page.text = QString::fromUtf8(file.readAll());
        page.lang = htmlLang.match(page.text).captured(1);
        for (auto links = alternate.globalMatch(page.text); links.hasNext();) {
            const QRegularExpressionMatch link = links.next();
            QVERIFY2(link.captured(2).startsWith(base), qPrintable(path + u": "_s + link.captured(2)));
            page.alternates.insert(link.captured(1), link.captured(2).mid(base.size()));
        }
        pages.insert(path, page);
    }
    int linked = 0;
    for (auto it = pages.cbegin(); it != pages.cend(); ++it) {
        const QString &path = it.key();
        const Page &page = it.value();
        // The switcher never leads to a page in another language than it names.
        for (auto links = switchLink.globalMatch(switcher.match(page.text).captured(1)); links.hasNext();) {
            const QRegularExpressionMatch link = links.next();
            const QString target = QDir::cleanPath(QFileInfo(path).path() + u'/' + link.captured(1));
            QVERIFY2(pages.contains(target), qPrintable(path + u" switches to a missing "_s + target));
            QVERIFY2(pages.value(target).lang == link.captured(2),
                     qPrintable(path + u" switches to "_s + target + u" as "_s + link.captured(2)));
        }
        if (page.alternates.isEmpty())
            continue;
        QCOMPARE(page.alternates.count(u"x-default"_s), 1);
        QVERIFY2(page.alternates.values(page.lang).contains(path), qPrintable(path + u" does not name itself"_s));
        for (auto link = page.alternates.cbegin(); link != page.alternates.cend(); ++link) {
            QVERIFY2(pages.contains(link.value()), qPrintable(path + u" names a missing "_s + link.value()));
            const Page &other = pages.value(link.value());
            if (link.key() == u"x-default")
                continue;
            QVERIFY2(page.alternates.values(link.key()).size() == 1, qPrintable(path + u": two " + link.key()));
            QCOMPARE(other.lang, link.key());
            QVERIFY2(other.alternates.values(page.lang).contains(path),
                     qPrintable(link.value() + u" does not name "_s + path + u" back"_s));
            ++linked;
        }
    }
    // The demo's three pairs of stories, its front pages in three languages and sections
    // in two at least.
    QVERIFY2(linked >= 3 * 2 * 2 + 3 * 3, qPrintable(QString::number(linked)));
    // schema.org says the same: the translation names its original, the original its translation.
    const QString original = pages.value(u"news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s).text;
    QVERIFY(original.contains(u"\"workTranslation\":[{\"@type\":\"NewsArticle\",\"inLanguage\":\"kk\",\"url\":\"https://news.example.kz/kk/news/no7-mektepte-zhanga-qazandyq-iske-qosyldy.html\"}]"_s));
    const QString translation = pages.value(u"kk/news/no7-mektepte-zhanga-qazandyq-iske-qosyldy.html"_s).text;
    QVERIFY(translation.contains(u"\"translationOfWork\":{\"@type\":\"NewsArticle\",\"inLanguage\":\"ru\",\"url\":\"https://news.example.kz/news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html\"}"_s));
    // An untranslated story's switcher leads to the other languages' front pages.
    const QString alone = pages.value(u"kk/news/oqushylardyng-qysqy-demalysy-29-zheltoqsanda-bastalady.html"_s).text;
    QVERIFY(alone.contains(u"<a href=\"../../index.html\" hreflang=\"ru\" lang=\"ru\" rel=\"home\">Русский</a>"_s));
    QVERIFY(!alone.contains(u"hreflang=\"x-default\""_s));
}


void TestSiteLanguages::aStoryMovedToItsLanguagesPartLeavesAPointer()
{
    // A newsroom whose site was Kazakh turns Russian: its Kazakh stories move under kk/,
    // and where they were, a page sends readers and search engines on.
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db && Demo::load(*db));
    SiteSettings settings = *SiteSettingsRepository(*db).load();
    settings.language = u"kk"_s;
    QVERIFY(SiteSettingsRepository(*db).save(settings));
    const QString site = m_dir.filePath(u"moved"_s);
    QVERIFY(exportTo(*db, site));
    QVERIFY(QFile::exists(site + u"/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s));
    QVERIFY(QFile::exists(site + u"/ru/news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s));

    settings.language = u"ru"_s;
    QVERIFY(SiteSettingsRepository(*db).save(settings));
    QVERIFY(exportTo(*db, site));
    QFile pointer(site + u"/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s);
    QVERIFY(pointer.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(pointer.readAll());
    QVERIFY2(text.contains(u"<meta http-equiv=\"refresh\" content=\"0; url=../kk/news/temirtauda-zhanga-sayabaq-ashyldy.html\">"_s),
             qPrintable(text));
    QVERIFY(text.contains(u"<link rel=\"canonical\" href=\"https://news.example.kz/kk/news/temirtauda-zhanga-sayabaq-ashyldy.html\">"_s));
    QVERIFY(text.contains(u"noindex"_s));
    QVERIFY(QFile::exists(site + u"/kk/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s));
    // The Russian stories are the site's own again; their Kazakh-era addresses go, as
    // nothing outside the newsroom's Russian part pointed there for long.
    QVERIFY(QFile::exists(site + u"/news/v-shkole-no-7-zarabotala-novaya-kotelnaya.html"_s));
    // The pointer is not a page the sitemaps list.
    QFile sitemap(site + u"/sitemap-2026.xml"_s);
    QVERIFY(sitemap.open(QIODevice::ReadOnly));
    QVERIFY(!sitemap.readAll().contains("news/temirtauda-zhanga-sayabaq-ashyldy.html</loc>"));
    // And it stays, export after export.
    QVERIFY(exportTo(*db, site));
    QVERIFY(QFile::exists(site + u"/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s));

    // The Kazakh pages move to /kz/: links to /kk/ pages are answered the same way, and
    // every link of the site follows.
    settings.languageFolders.insert(u"kk"_s, u"kz"_s);
    QVERIFY(SiteSettingsRepository(*db).save(settings));
    QVERIFY(exportTo(*db, site));
    QVERIFY(QFile::exists(site + u"/kz/index.html"_s));
    QVERIFY(QFile::exists(site + u"/kz/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s));
    QFile fromKk(site + u"/kk/news/temirtauda-zhanga-sayabaq-ashyldy.html"_s);
    QVERIFY(fromKk.open(QIODevice::ReadOnly));
    QVERIFY(fromKk.readAll().contains("url=../../kz/news/temirtauda-zhanga-sayabaq-ashyldy.html"));
    QVERIFY(!QFile::exists(site + u"/kk/index.html"_s));
    QFile russian(site + u"/news/v-temirtau-otkrylsya-novyy-park.html"_s);
    QVERIFY(russian.open(QIODevice::ReadOnly));
    const QByteArray russianPage = russian.readAll();
    QVERIFY(russianPage.contains("hreflang=\"kk\" href=\"https://news.example.kz/kz/news/temirtauda-zhanga-sayabaq-ashyldy.html\""));
    QVERIFY(russianPage.contains("<a href=\"../kz/news/temirtauda-zhanga-sayabaq-ashyldy.html\" hreflang=\"kk\""));
}


void TestSiteLanguages::aLanguagesFolderIsItsOwn()
{
    auto db = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(db);
    SiteSettingsRepository repository(*db);
    SiteSettings settings = *repository.load();
    for (const QString &folder : {u"news"_s, u"media"_s, u"KZ!"_s, u"a/b"_s}) {
        settings.languageFolders.insert(u"kk"_s, folder);
        QCOMPARE(repository.save(settings).error().kind, Error::Kind::Invalid);
    }
    settings.languageFolders.insert(u"kk"_s, u"en"_s); // English's own
    QCOMPARE(repository.save(settings).error().kind, Error::Kind::Invalid);
    settings.languageFolders.insert(u"kk"_s, u"kz"_s);
    QVERIFY(repository.save(settings));
    QCOMPARE(repository.load()->folderFor(u"kk"_s), u"kz"_s);
    QCOMPARE(editionPrefix(*repository.load(), u"kk"_s), u"kz/"_s);
    QCOMPARE(editionPrefix(*repository.load(), u"ru"_s), QString());
}

QTEST_GUILESS_MAIN(TestSiteLanguages)
#include "tst_sitelanguages.moc"
