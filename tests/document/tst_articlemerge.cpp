// SPDX-License-Identifier: GPL-3.0-or-later
// A save that meets a colleague's newer revision is merged field by field: nothing either
// side wrote is lost unless a person chose so.
#include "document/articledocument.h"
#include "document/articlemerge.h"

#include <QTest>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestArticleMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bodiesByParagraph_data();
    void bodiesByParagraph();
    void fieldsAndSuggestions();
    void mergedStoryGoesOnTopOfTheirs();
    void documentRebasesOnTheirs();
};

void TestArticleMerge::bodiesByParagraph_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("mine");
    QTest::addColumn<QString>("theirs");
    QTest::addColumn<QString>("expected");
    const QString a = u"Аким приехал в Темиртау."_s;
    const QString b = u"Он осмотрел цех."_s;
    const QString c = u"Рабочие задали вопросы."_s;
    const auto join = [](const QStringList &paragraphs) { return paragraphs.join(u"\n\n"_s); };
    QTest::newRow("each adds a paragraph in another place")
        << join({a, b, c}) << join({a, u"Моё дополнение."_s, b, c}) << join({a, b, c, u"Их дополнение."_s})
        << join({a, u"Моё дополнение."_s, b, c, u"Их дополнение."_s});
    QTest::newRow("both rewrite the same paragraph: both versions, mine first")
        << join({a, b, c}) << join({a, u"Он осмотрел новый цех."_s, c}) << join({a, u"Он осмотрел старый цех."_s, c})
        << join({a, u"Он осмотрел новый цех."_s, u"Он осмотрел старый цех."_s, c});
    QTest::newRow("they delete, I leave it: deleted")
        << join({a, b, c}) << join({a, b, c, u"Ещё."_s}) << join({a, c}) << join({a, c, u"Ещё."_s});
    QTest::newRow("I rewrite what they deleted: my text stays")
        << join({a, b, c}) << join({a, u"Он долго осматривал цех."_s, c}) << join({a, c})
        << join({a, u"Он долго осматривал цех."_s, c});
    QTest::newRow("a new story typed twice") << QString() << u"Первый вариант."_s << u"Второй вариант."_s
                                             << join({u"Первый вариант."_s, u"Второй вариант."_s});
}

void TestArticleMerge::bodiesByParagraph()
{
    QFETCH(QString, base);
    QFETCH(QString, mine);
    QFETCH(QString, theirs);
    QFETCH(QString, expected);
    QCOMPARE(mergeBodies(base, mine, theirs), expected);
}

void TestArticleMerge::fieldsAndSuggestions()
{
    Article base;
    base.headline = u"Министр посетил Темиртау"_s;
    base.lead = u"Визит длился два часа."_s;
    base.body = u"Первый абзац."_s;
    base.tags = {u"промышленность"_s};
    Article mine = base;
    mine.headline = u"Министр посетил металлургов Темиртау"_s; // only I changed it
    mine.body = u"Первый абзац.\n\nМой абзац."_s;          // both changed it
    Article theirs = base;
    theirs.lead = u"Визит длился три часа."_s; // only they changed it
    theirs.body = u"Первый абзац исправлен."_s;
    theirs.tags = {u"промышленность"_s, u"визит"_s};
    theirs.revision = 7;

    const QList<MergeField> fields = mergeFields(base, mine, theirs);
    QStringList labels;
    for (const MergeField &field : fields)
        labels.append(field.label);
    QCOMPARE(labels, (QStringList{u"Headline"_s, u"Lead"_s, u"Body"_s, u"Tags"_s}));
    QCOMPARE(fields.at(0).choice, MergeField::Choice::Mine);
    QVERIFY(fields.at(0).changedByMe && !fields.at(0).changedByThem);
    QCOMPARE(fields.at(1).choice, MergeField::Choice::Theirs);
    QCOMPARE(fields.at(2).choice, MergeField::Choice::Both);
    QVERIFY(fields.at(2).canTakeBoth() && !fields.at(0).canTakeBoth());
    QCOMPARE(fields.at(3).theirs, u"промышленность, визит"_s);
}

void TestArticleMerge::mergedStoryGoesOnTopOfTheirs()
{
    Article base;
    base.id = 3;
    base.revision = 4;
    base.headline = u"Заголовок"_s;
    base.body = u"Текст."_s;
    Article mine = base;
    mine.headline = u"Мой заголовок"_s;
    mine.body = u"Текст.\n\nМоё."_s;
    Article theirs = base;
    theirs.revision = 5;
    theirs.status = ArticleStatus::Submitted;
    theirs.headline = u"Их заголовок"_s;
    theirs.body = u"Текст.\n\nИх."_s;

    QList<MergeField> choices = mergeFields(base, mine, theirs);
    Article merged = mergedArticle(base, mine, theirs, choices);
    QCOMPARE(merged.revision, 5); // saved on top of theirs
    QCOMPARE(merged.status, ArticleStatus::Submitted);
    QCOMPARE(merged.headline, u"Мой заголовок"_s);
    QCOMPARE(merged.body, u"Текст.\n\nМоё.\n\nИх."_s);

    for (MergeField &field : choices)
        field.choice = MergeField::Choice::Theirs;
    merged = mergedArticle(base, mine, theirs, choices);
    QVERIFY(merged.sameContent(theirs));
    for (MergeField &field : choices)
        field.choice = MergeField::Choice::Mine;
    merged = mergedArticle(base, mine, theirs, choices);
    QCOMPARE(merged.headline, mine.headline);
    QCOMPARE(merged.body, mine.body);
}

void TestArticleMerge::documentRebasesOnTheirs()
{
    Article stored;
    stored.id = 9;
    stored.revision = 2;
    stored.headline = u"Старый"_s;
    ArticleDocument document(stored);
    document.setField(ArticleDocument::Field::Headline, u"Мой"_s);
    QVERIFY(document.isModified());

    Article theirs = stored;
    theirs.revision = 3;
    theirs.headline = u"Их"_s;
    Article merged = theirs;
    merged.headline = u"Мой"_s;
    document.rebase(theirs, merged, u"Merge"_s);
    QCOMPARE(document.saved().revision, 3);
    QCOMPARE(document.snapshot().revision, 3);
    QCOMPARE(document.field(ArticleDocument::Field::Headline), u"Мой"_s);
    QVERIFY(document.isModified()); // the merge is not saved yet
    QCOMPARE(document.undoStack()->undoText(), u"Merge"_s);
}

QTEST_GUILESS_MAIN(TestArticleMerge)
#include "tst_articlemerge.moc"
