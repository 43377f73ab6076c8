// SPDX-License-Identifier: GPL-3.0-or-later
// The Markdown pipeline the preview and the exported site share.
#include "markdown/markdownrenderer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestMarkdownRenderer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersAStory_data();
    void rendersAStory();
    void refusesDangerousLinks_data();
    void refusesDangerousLinks();
    void resolvesPhotoReferences();
    void neverPassesRawHtml();
};

void TestMarkdownRenderer::rendersAStory_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::addColumn<QString>("html");
    QTest::newRow("paragraph") << u"Министр приехал в Темиртау."_s << u"<p>Министр приехал в Темиртау.</p>\n"_s;
    QTest::newRow("subheading under the article's h1") << u"## Что изменится"_s << u"<h3>Что изменится</h3>\n"_s;
    QTest::newRow("top heading becomes h2") << u"# Итоги"_s << u"<h2>Итоги</h2>\n"_s;
    QTest::newRow("emphasis") << u"**важно** и *курсив* и ~~зачёркнуто~~"_s
                              << u"<p><strong>важно</strong> и <em>курсив</em> и <del>зачёркнуто</del></p>\n"_s;
    QTest::newRow("quote") << u"> «Работы закончим до холодов», — сказал аким."_s
                           << u"<blockquote>\n<p>«Работы закончим до холодов», — сказал аким.</p>\n</blockquote>\n"_s;
    QTest::newRow("list") << u"- дороги\n- школы"_s << u"<ul>\n<li>дороги</li>\n<li>школы</li>\n</ul>\n"_s;
    QTest::newRow("ordered from 3") << u"3. третий\n4. четвёртый"_s << u"<ol start=\"3\">\n<li>третий</li>\n<li>четвёртый</li>\n</ol>\n"_s;
    QTest::newRow("code") << u"`a < b`"_s << u"<p><code>a &lt; b</code></p>\n"_s;
    QTest::newRow("link") << u"[акимат](https://akimat.example/news?id=1&x=2)"_s
                          << u"<p><a href=\"https://akimat.example/news?id=1&amp;x=2\" rel=\"noopener\">акимат</a></p>\n"_s;
    QTest::newRow("mail autolink") << u"Пишите: press@akimat.example"_s
                                   << u"<p>Пишите: <a href=\"mailto:press@akimat.example\">press@akimat.example</a></p>\n"_s;
    QTest::newRow("relative") << u"[архив](../archive/)"_s << u"<p><a href=\"../archive/\">архив</a></p>\n"_s;
    QTest::newRow("table") << u"| Город | Явка |\n|---|---|\n| Темиртау | 54% |"_s
                           << u"<table>\n<thead>\n<tr><th>Город</th><th>Явка</th></tr>\n</thead>\n<tbody>\n"
                              "<tr><td>Темиртау</td><td>54%</td></tr>\n</tbody>\n</table>\n"_s;
}

void TestMarkdownRenderer::rendersAStory()
{
    QFETCH(QString, markdown);
    QFETCH(QString, html);
    QCOMPARE(MarkdownRenderer().toHtml(markdown), html);
}

void TestMarkdownRenderer::refusesDangerousLinks_data()
{
    QTest::addColumn<QString>("markdown");
    QTest::newRow("javascript") << u"[нажми](javascript:alert(1))"_s;
    QTest::newRow("upper case") << u"[нажми](JavaScript:alert(1))"_s;
    QTest::newRow("entity colon") << u"[нажми](javascript&colon;alert(1))"_s;
    QTest::newRow("numeric entity") << u"[нажми](javascript&#58;alert(1))"_s;
    QTest::newRow("hex entity") << u"[нажми](&#x6A;avascript:alert(1))"_s;
    QTest::newRow("tab inside") << u"[нажми](<java\tscript:alert(1)>)"_s;
    QTest::newRow("autolink") << u"<javascript:alert(1)>"_s;
    QTest::newRow("file") << u"[пароли](file:///etc/passwd)"_s;
    QTest::newRow("data") << u"[x](data:text/html;base64,PHNjcmlwdD4=)"_s;
    QTest::newRow("vbscript") << u"[x](vbscript:msgbox)"_s;
    QTest::newRow("protocol-relative") << u"[x](//evil.example/)"_s;
    QTest::newRow("image javascript") << u"![фото](javascript:alert(1))"_s;
    QTest::newRow("image file") << u"![фото](file:///home/reporter/source.jpg)"_s;
}

void TestMarkdownRenderer::refusesDangerousLinks()
{
    QFETCH(QString, markdown);
    const QString html = MarkdownRenderer().toHtml(markdown);
    QVERIFY2(!html.contains(u"href"_s) && !html.contains(u"src="_s), qPrintable(html));
    QVERIFY2(!html.contains(u"<a"_s) && !html.contains(u"<img"_s), qPrintable(html));
    // The words stay.
    QVERIFY2(html.contains(u"нажми"_s) || html.contains(u"пароли"_s) || html.contains(u"фото"_s) || html.contains(u'x')
                 || html.contains(u"alert"_s),
             qPrintable(html));
}

void TestMarkdownRenderer::resolvesPhotoReferences()
{
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([](qint64 id) {
        return id == 12 ? MarkdownRenderer::Photo{QUrl(u"media/12-800.jpg"_s), u"Домна № 2 после ремонта"_s,
                                                  u"Фото автора"_s, u"Доменная печь в лесах"_s}
                        : MarkdownRenderer::Photo{};
    });
    // A photo alone in its paragraph is a figure: the story's caption and credit under it.
    QCOMPARE(renderer.toHtml(u"![Вид на *комбинат*](photo:12)"_s),
             u"<figure><img src=\"media/12-800.jpg\" alt=\"Доменная печь в лесах\"><figcaption>Домна № 2 после "
             "ремонта <span class=\"credit\">Фото автора</span></figcaption></figure>\n"_s);
    // Inside a sentence, an image stays an image.
    QCOMPARE(renderer.toHtml(u"Смотрите ![x](photo:12) здесь"_s),
             u"<p>Смотрите <img src=\"media/12-800.jpg\" alt=\"Доменная печь в лесах\"> здесь</p>\n"_s);
    // An unknown photo leaves its caption; a photo link is not a link.
    QCOMPARE(renderer.toHtml(u"![Без фото](photo:99)"_s), u"<p>Без фото</p>\n"_s);
    QCOMPARE(renderer.toHtml(u"[снимок](photo:12)"_s), u"<p>снимок</p>\n"_s);
    QCOMPARE(MarkdownRenderer::classify(u"photo:12x"_s), MarkdownRenderer::LinkKind::Refused);
    // Quotes in an alt text cannot end the attribute.
    QCOMPARE(MarkdownRenderer().toHtml(u"![a\" onerror=\"x](pic.jpg)"_s),
             u"<p><img src=\"pic.jpg\" alt=\"a&quot; onerror=&quot;x\"></p>\n"_s);
}

void TestMarkdownRenderer::neverPassesRawHtml()
{
    const QString html = MarkdownRenderer().toHtml(
        u"<script>alert(1)</script>\n\nТекст <img src=x onerror=alert(1)> и <b>жирный</b>.\n\n<div onclick=\"x\">блок</div>"_s);
    QVERIFY2(!html.contains(u"<script"_s) && !html.contains(u"<img"_s) && !html.contains(u"<b>"_s)
                 && !html.contains(u"<div"_s),
             qPrintable(html));
    QVERIFY(html.contains(u"&lt;script&gt;"_s));
}

QTEST_GUILESS_MAIN(TestMarkdownRenderer)
#include "tst_markdownrenderer.moc"
