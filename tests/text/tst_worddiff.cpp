// SPDX-License-Identifier: GPL-3.0-or-later
#include "text/worddiff.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestWordDiff : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void spans_data();
    void spans();
    void rebuildsBothTexts();
};

namespace {

QString render(const QList<DiffSpan> &spans)
{
    QString out;
    for (const DiffSpan &span : spans) {
        switch (span.kind) {
        case DiffSpan::Kind::Same: out += span.text; break;
        case DiffSpan::Kind::Removed: out += u'[' + span.text + u']'; break;
        case DiffSpan::Kind::Inserted: out += u'{' + span.text + u'}'; break;
        }
    }
    return out;
}

} // namespace

void TestWordDiff::spans_data()
{
    QTest::addColumn<QString>("before");
    QTest::addColumn<QString>("after");
    QTest::addColumn<QString>("expected");
    QTest::newRow("same") << u"Аким приехал."_s << u"Аким приехал."_s << u"Аким приехал."_s;
    QTest::newRow("word replaced") << u"Министр приехал в Темиртау."_s << u"Министр прилетел в Темиртау."_s
                                   << u"Министр [приехал]{прилетел} в Темиртау."_s;
    QTest::newRow("words added") << u"Дороги отремонтируют."_s << u"Дороги отремонтируют к осени."_s
                                 << u"Дороги отремонтируют{ к осени}."_s;
    QTest::newRow("from nothing") << QString() << u"Новый текст"_s << u"{Новый текст}"_s;
    QTest::newRow("to nothing") << u"Старый текст"_s << QString() << u"[Старый текст]"_s;
    QTest::newRow("a letter is a word change") << u"минстр"_s << u"министр"_s << u"[минстр]{министр}"_s;
}

void TestWordDiff::spans()
{
    QFETCH(QString, before);
    QFETCH(QString, after);
    QFETCH(QString, expected);
    QCOMPARE(render(diffWords(before, after)), expected);
}

void TestWordDiff::rebuildsBothTexts()
{
    // Long texts with changes scattered through them, past the size where the middle is
    // given up on: either way, both texts come back from the spans.
    QString before;
    QString after;
    for (int i = 0; i < 3000; ++i) {
        before += u"Слово%1 и ещё одно, "_s.arg(i);
        after += (i % 97 == 0 ? u"Замена%1 и ещё одно, "_s : u"Слово%1 и ещё одно, "_s).arg(i);
    }
    for (const auto &[a, b] : {std::pair{before, after}, std::pair{after.left(900), before.left(400)}}) {
        QString rebuiltBefore;
        QString rebuiltAfter;
        for (const DiffSpan &span : diffWords(a, b)) {
            if (span.kind != DiffSpan::Kind::Inserted)
                rebuiltBefore += span.text;
            if (span.kind != DiffSpan::Kind::Removed)
                rebuiltAfter += span.text;
        }
        QCOMPARE(rebuiltBefore, a);
        QCOMPARE(rebuiltAfter, b);
    }
}

QTEST_GUILESS_MAIN(TestWordDiff)
#include "tst_worddiff.moc"
