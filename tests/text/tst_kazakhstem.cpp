// SPDX-License-Identifier: GPL-3.0-or-later
// The Kazakh stemmer, table-driven: word forms a reader would search for under their
// dictionary form (nouns with plural, case and possessive endings, names, verbs) stem
// alike; unrelated words do not.
#include "text/kazakhstem.h"
#include "text/textsearch.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Newsroom::TextSearch::stemKazakh;

class TestKazakhStem : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void formsShareTheirWordsStem_data();
    void formsShareTheirWordsStem();
    void unrelatedWordsStayApart_data();
    void unrelatedWordsStayApart();
    void shortRootsAreLeftWhole();
    void kazakhStoriesAreStemmedAsKazakh();
};

void TestKazakhStem::formsShareTheirWordsStem_data()
{
    QTest::addColumn<QString>("form");
    QTest::addColumn<QString>("word");
    const auto row = [](const QString &form, const QString &word) {
        QTest::addRow("%s ~ %s", qPrintable(form), qPrintable(word)) << form << word;
    };
    // Nouns: plural, the six cases, possessive, and stacked.
    row(u"балалар"_s, u"бала"_s);
    row(u"балаларға"_s, u"бала"_s);
    row(u"баласы"_s, u"бала"_s);
    row(u"баласын"_s, u"бала"_s);
    row(u"ағаштар"_s, u"ағаш"_s);
    row(u"ағашқа"_s, u"ағаш"_s);
    row(u"ағашты"_s, u"ағаш"_s);
    row(u"ағаштың"_s, u"ағаш"_s);
    row(u"ағаштан"_s, u"ағаш"_s);
    row(u"ағашпен"_s, u"ағаш"_s);
    row(u"қаланың"_s, u"қала"_s);
    row(u"қалада"_s, u"қала"_s);
    row(u"қаладан"_s, u"қала"_s);
    row(u"қалаларының"_s, u"қала"_s);
    row(u"қаласында"_s, u"қала"_s);
    row(u"үйлер"_s, u"үй"_s);
    row(u"үйге"_s, u"үй"_s);
    row(u"үйде"_s, u"үй"_s);
    row(u"елде"_s, u"ел"_s);
    row(u"елдің"_s, u"ел"_s);
    row(u"мектепте"_s, u"мектеп"_s);
    row(u"мектепке"_s, u"мектеп"_s);
    row(u"мектебі"_s, u"мектеп"_s); // п voiced to б before a vowel
    row(u"мектептер"_s, u"мектеп"_s);
    row(u"кітабы"_s, u"кітап"_s);
    row(u"жүрегі"_s, u"жүрек"_s);
    row(u"саябағы"_s, u"саябақ"_s);
    row(u"жиналыста"_s, u"жиналыс"_s);
    row(u"жиналысы"_s, u"жиналыс"_s);
    row(u"жұмысшылар"_s, u"жұмысшы"_s);
    row(u"оқушылардың"_s, u"оқушы"_s);
    row(u"әкімдігі"_s, u"әкімдік"_s);
    row(u"министрдің"_s, u"министр"_s);
    row(u"министрлігі"_s, u"министрлік"_s);
    // Names: the news is full of them.
    row(u"Теміртауда"_s, u"Теміртау"_s);
    row(u"Теміртаудағы"_s, u"Теміртау"_s);
    row(u"Теміртауға"_s, u"Теміртау"_s);
    row(u"Теміртаудың"_s, u"Теміртау"_s);
    row(u"Алматыда"_s, u"Алматы"_s);
    row(u"Астананың"_s, u"Астана"_s);
    row(u"Қарағандыдағы"_s, u"Қарағанды"_s);
    row(u"Қазақстанның"_s, u"Қазақстан"_s);
    row(u"Қазақстанда"_s, u"Қазақстан"_s);
    // Verbs: past, participle, present, future of intent, converb, verbal noun.
    row(u"ашылды"_s, u"ашылған"_s);
    row(u"ашылады"_s, u"ашылған"_s);
    row(u"ашылмақ"_s, u"ашылған"_s);
    row(u"ашылып"_s, u"ашылған"_s);
    row(u"ашылуы"_s, u"ашылған"_s);
    row(u"ашылатын"_s, u"ашылған"_s);
    row(u"өтті"_s, u"өтеді"_s);
    row(u"өткен"_s, u"өтеді"_s);
    row(u"барамын"_s, u"барады"_s);
}

void TestKazakhStem::formsShareTheirWordsStem()
{
    QFETCH(QString, form);
    QFETCH(QString, word);
    QCOMPARE(stemKazakh(form.toLower()), stemKazakh(word.toLower()));
}

void TestKazakhStem::unrelatedWordsStayApart_data()
{
    QTest::addColumn<QString>("one");
    QTest::addColumn<QString>("other");
    const auto row = [](const QString &one, const QString &other) {
        QTest::addRow("%s / %s", qPrintable(one), qPrintable(other)) << one << other;
    };
    row(u"ағаштар"_s, u"ауыл"_s);
    row(u"бала"_s, u"бал"_s); // child, honey
    row(u"мектепте"_s, u"мекен"_s);
    row(u"қаладан"_s, u"қалың"_s); // city, thick
    row(u"Теміртауда"_s, u"Темір"_s); // the town, not iron
    row(u"ата"_s, u"ат"_s);           // grandfather, horse
    row(u"жиналыста"_s, u"жинақ"_s);
    row(u"кітабы"_s, u"кітапхана"_s);
    row(u"ашылды"_s, u"ашық"_s);
    row(u"оқушылар"_s, u"оқу"_s);
    row(u"министрлігі"_s, u"министр"_s);
    row(u"алма"_s, u"ал"_s); // apple, take: the negation -ма stays on
}

void TestKazakhStem::unrelatedWordsStayApart()
{
    QFETCH(QString, one);
    QFETCH(QString, other);
    QVERIFY2(stemKazakh(one.toLower()) != stemKazakh(other.toLower()),
             qPrintable(u"%1 → %2, %3 → %4"_s.arg(one, stemKazakh(one.toLower()), other, stemKazakh(other.toLower()))));
}

void TestKazakhStem::shortRootsAreLeftWhole()
{
    QCOMPARE(stemKazakh(u"үй"_s), u"үй"_s);
    QCOMPARE(stemKazakh(u"су"_s), u"су"_s);
    QCOMPARE(stemKazakh(u"ата"_s), u"ата"_s);
    QCOMPARE(stemKazakh(u"тау"_s), u"тау"_s);
    QCOMPARE(stemKazakh(QString()), QString());
    QCOMPARE(stemKazakh(u"2026"_s), u"2026"_s);
}

void TestKazakhStem::kazakhStoriesAreStemmedAsKazakh()
{
    using namespace Newsroom::TextSearch;
    // A Kazakh story's words take Kazakh stems, a Russian story's Russian ones, and Latin
    // words English ones in either.
    QCOMPARE(indexText(u"Теміртауда жаңа саябақ ашылды"_s, u"kk"), indexText(u"Теміртау жаңа саябақ ашылған"_s, u"kk"));
    QCOMPARE(stem(u"выборах"_s, u"ru"), stem(u"выборы"_s, u"ru"));
    QCOMPARE(stem(u"elections"_s, u"kk"), stem(u"election"_s, u"ru"));
    // A query looks for each word as either language stems it.
    const QString match = toFts5(parseQuery(u"Теміртауда"_s), stemmedLanguages());
    QVERIFY2(match.contains(u" OR "_s), qPrintable(match));
    QVERIFY2(match.contains(u'"' + stemKazakh(u"теміртау"_s) + u'"'), qPrintable(match));
    QCOMPARE(toFts5(parseQuery(u"Теміртауда"_s), {u"kk"_s}), u'"' + stemKazakh(u"теміртау"_s) + u'"');
    // On PostgreSQL a Kazakh story's document holds these stems, matched as they are.
    QCOMPARE(toTsQuery(parseQuery(u"Теміртауда балалар"_s), {}, u"kk"),
             stemKazakh(u"теміртау"_s) + u" & "_s + stemKazakh(u"бала"_s));
    QCOMPARE(toTsQuery(parseQuery(u"Теміртауда"_s), {}, u"ru"), u"теміртауда"_s);
}

QTEST_APPLESS_MAIN(TestKazakhStem)
#include "tst_kazakhstem.moc"
