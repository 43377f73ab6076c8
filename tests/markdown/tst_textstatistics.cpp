// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdown/textstatistics.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Newsroom::TextStatistics;

class TestTextStatistics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void counts_data();
    void counts();
    void readingTime();
};

void TestTextStatistics::counts_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("words");
    QTest::addColumn<int>("characters");

    QTest::newRow("empty") << QString() << 0 << 0;
    QTest::newRow("russian") << u"Министр посетил Темиртау."_s << 3 << 25;
    QTest::newRow("hyphenated word") << u"Из-за метели закрыли трассу"_s << 4 << 27;
    QTest::newRow("numbers") << u"В 2026 году — 15 школ"_s << 5 << 21;
    QTest::newRow("kazakh") << u"Қарағанды облысында жаңа әуежай"_s << 4 << 31;
    QTest::newRow("combining accent is one character") << u"Сто\u0301ит"_s << 1 << 5;
    QTest::newRow("emoji is one character") << u"Итоги 📰"_s << 1 << 7;
}

void TestTextStatistics::counts()
{
    QFETCH(QString, text);
    QFETCH(int, words);
    QFETCH(int, characters);
    const TextStatistics statistics = TextStatistics::of(text);
    QCOMPARE(statistics.words, words);
    QCOMPARE(statistics.characters, characters);
    QCOMPARE(statistics.charactersWithoutSpaces, characters - int(text.count(u' ')));
}

void TestTextStatistics::readingTime()
{
    QCOMPARE(TextStatistics::of(QString()).readingMinutes(), 0);
    QCOMPARE(TextStatistics::of(u"Одно слово"_s).readingMinutes(), 1);
    QCOMPARE(TextStatistics::of(QString(u"слово "_s).repeated(360)).readingMinutes(), 2);
    QCOMPARE(TextStatistics::of(QString(u"слово "_s).repeated(361)).readingMinutes(), 3);
}

QTEST_GUILESS_MAIN(TestTextStatistics)
#include "tst_textstatistics.moc"
