// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/slug.h"

#include <QTest>

using namespace Qt::StringLiterals;
namespace Slug = Newsroom::Slug;

class TestSlug : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromText_data();
    void fromText();
    void staysWithinLimits();
    void suffix();
};

void TestSlug::fromText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("slug");

    // BGN/PCGN: щ→shch, х→kh, ц→ts, й→y, ю→yu, я→ya; ь and ъ dropped.
    QTest::newRow("russian headline") << u"Министр посетил Темиртау"_s << u"ru"_s << u"ministr-posetil-temirtau"_s;
    QTest::newRow("soft and hard signs") << u"Объявление: подъезд и мельница"_s << u"ru"_s
                                         << u"obyavleniye-podyezd-i-melnitsa"_s;
    QTest::newRow("щ х ц й") << u"Щедрый хозяин цеха, Йошкар-Ола"_s << u"ru"_s << u"shchedryy-khozyain-tsekha-yoshkar-ola"_s;
    QTest::newRow("ё and numbers") << u"Ёлка на 2026 год — 15 метров!"_s << u"ru"_s << u"yelka-na-2026-god-15-metrov"_s;
    QTest::newRow("kazakh letters") << u"Қарағанды облысында жаңа әуежай"_s << u"kk"_s
                                    << u"qaraghandy-oblysynda-zhanga-auezhai"_s;
    QTest::newRow("kazakh letters in a russian story") << u"Жители Қарағанды"_s << u"ru"_s << u"zhiteli-qaraghandy"_s;
    QTest::newRow("english") << u"Minister Visits Temirtau Steel Plant"_s << u"en"_s
                             << u"minister-visits-temirtau-steel-plant"_s;
    QTest::newRow("quotes and punctuation") << u"«Ёлочки» и „лапки“: что это?"_s << u"ru"_s
                                            << u"yelochki-i-lapki-chto-eto"_s;
    QTest::newRow("no letters") << u"!!! ... ???"_s << u"ru"_s << u"story"_s;
}

void TestSlug::fromText()
{
    QFETCH(QString, text);
    QFETCH(QString, language);
    QFETCH(QString, slug);
    const QString made = Slug::fromText(text, language);
    QCOMPARE(made, slug);
    QVERIFY(Slug::isValid(made));
}

void TestSlug::staysWithinLimits()
{
    const QString headline = QString(u"Очень длинный заголовок о заседании городского маслихата "_s).repeated(4);
    const QString slug = Slug::fromText(headline);
    QVERIFY(slug.size() <= Slug::MaxLength);
    QVERIFY(!slug.endsWith(u'-'));
    QVERIFY(Slug::isValid(slug));

    const QString oneWord = Slug::fromText(QString(80 * 2, u'ж'));
    QCOMPARE(oneWord.size(), Slug::MaxLength);
    QVERIFY(Slug::isValid(oneWord));

    QVERIFY(!Slug::isValid(QString()));
    QVERIFY(!Slug::isValid(u"Upper-Case"_s));
    QVERIFY(!Slug::isValid(u"with space"_s));
    QVERIFY(!Slug::isValid(QString(81, u'a')));
}

void TestSlug::suffix()
{
    QCOMPARE(Slug::withSuffix(u"vizit-ministra"_s, 2), u"vizit-ministra-2"_s);
    const QString full = QString(79, u'a') + u"-b"_s;
    const QString suffixed = Slug::withSuffix(full.left(80), 12);
    QVERIFY(suffixed.size() <= Slug::MaxLength);
    QVERIFY(suffixed.endsWith(u"-12"_s));
    QVERIFY(Slug::isValid(suffixed));
}

QTEST_GUILESS_MAIN(TestSlug)
#include "tst_slug.moc"
