// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/textsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace TextSearch = Newsroom::TextSearch;

class TestTextSearch : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wordFormsShareAStem_data();
    void wordFormsShareAStem();
    void wordsFoldCaseAndYo();
    void parseQuery();
    void queryExpressions();
    void snippetHighlightsMatches();
    void snippetOfLongTextStaysShort();
};

void TestTextSearch::wordFormsShareAStem_data()
{
    QTest::addColumn<QStringList>("forms");
    QTest::newRow("выборы") << QStringList{u"выборы"_s, u"выборов"_s, u"выборах"_s, u"выборам"_s};
    QTest::newRow("ключевая ставка") << QStringList{u"ключевая"_s, u"ключевую"_s, u"ключевой"_s};
    QTest::newRow("ставка") << QStringList{u"ставка"_s, u"ставку"_s, u"ставки"_s};
    QTest::newRow("город") << QStringList{u"город"_s, u"города"_s, u"городе"_s, u"городу"_s};
    QTest::newRow("english") << QStringList{u"elections"_s, u"election"_s};
}

void TestTextSearch::wordFormsShareAStem()
{
    QFETCH(QStringList, forms);
    const QString first = TextSearch::stem(forms.first());
    for (const QString &form : forms)
        QCOMPARE(TextSearch::stem(form), first);
}

void TestTextSearch::wordsFoldCaseAndYo()
{
    QCOMPARE(TextSearch::words(u"Ёжик ЁЛКА, «тёмный» лес-2026"_s),
             (QStringList{u"ежик"_s, u"елка"_s, u"темный"_s, u"лес"_s, u"2026"_s}));
    QCOMPARE(TextSearch::indexText(u"Выборы"_s), TextSearch::indexText(u"выборах"_s));
    QCOMPARE(TextSearch::fold(u"Ёлка"_s), u"елка"_s);
}

void TestTextSearch::parseQuery()
{
    const TextSearch::Query query = TextSearch::parseQuery(u"ставка \"ключевая ставка\" выбор* «Темиртау»"_s);
    QCOMPARE(query.terms.size(), 4);
    QCOMPARE(query.terms.at(0).words, QStringList{u"ставка"_s});
    QCOMPARE(query.terms.at(1).words, (QStringList{u"ключевая"_s, u"ставка"_s}));
    QCOMPARE(query.terms.at(2).words, QStringList{u"выбор"_s});
    QVERIFY(query.terms.at(2).prefix);
    QCOMPARE(query.terms.at(3).words, QStringList{u"темиртау"_s});
    QVERIFY(TextSearch::parseQuery(u"  ,.!  "_s).isEmpty());
    // Query syntax characters never reach the database as syntax.
    const TextSearch::Query hostile = TextSearch::parseQuery(u"a\" OR 1=1; -- NEAR(x) & | ! ' :*"_s);
    for (const auto &term : hostile.terms)
        for (const QString &word : term.words)
            QVERIFY2(std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetterOrNumber(); }), qPrintable(word));
}

void TestTextSearch::queryExpressions()
{
    const TextSearch::Query query = TextSearch::parseQuery(u"ключевую \"ключевая ставка\" выбор*"_s);
    QCOMPARE(TextSearch::toFts5(query), u"\"ключев\" AND \"ключев ставк\" AND \"выбор\"*"_s);
    QCOMPARE(TextSearch::toTsQuery(query), u"ключевую & (ключевая <-> ставка) & выбор:*"_s);
    QCOMPARE(TextSearch::toTsQuery(query, u"AB"), u"ключевую:AB & (ключевая:AB <-> ставка:AB) & выбор:*AB"_s);
}

void TestTextSearch::snippetHighlightsMatches()
{
    const QString body = u"## Визит\n\nМинистр обсудил **ключевую ставку** с депутатами. Решение о ставке примут позже."_s;
    const auto snippet = TextSearch::snippet(body, TextSearch::parseQuery(u"ключевая ставка"_s).stems());
    QCOMPARE(snippet.highlights.size(), 3);
    QCOMPARE(snippet.toHtml(),
             u"Визит Министр обсудил <mark>ключевую</mark> <mark>ставку</mark> с депутатами. Решение о "
             "<mark>ставке</mark> примут позже."_s);
    QCOMPARE(snippet.marked(u"[", u"]"), u"Визит Министр обсудил [ключевую] [ставку] с депутатами. Решение о [ставке] примут позже."_s);
    // Text is escaped for HTML, the marks are not.
    const auto escaped = TextSearch::snippet(u"<b>ставка</b> & ставки"_s, TextSearch::parseQuery(u"ставка"_s).stems());
    QCOMPARE(escaped.toHtml(), u"&lt;b&gt;<mark>ставка</mark>&lt;/b&gt; &amp; <mark>ставки</mark>"_s);
}

void TestTextSearch::snippetOfLongTextStaysShort()
{
    const QString filler = QString(u"Обычный день в редакции городской газеты. "_s).repeated(20);
    const QString text = filler + u"Здесь говорится о выборах в маслихат."_s + filler;
    const auto snippet = TextSearch::snippet(text, TextSearch::parseQuery(u"выборы"_s).stems(), u"ru", 120);
    QVERIFY(snippet.text.size() <= 120);
    QVERIFY(snippet.startsInside);
    QVERIFY(snippet.endsInside);
    QCOMPARE(snippet.highlights.size(), 1);
    QCOMPARE(snippet.text.mid(snippet.highlights.first().first, snippet.highlights.first().second), u"выборах"_s);
}

QTEST_GUILESS_MAIN(TestTextSearch)
#include "tst_textsearch.moc"
