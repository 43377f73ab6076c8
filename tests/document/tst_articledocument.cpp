// SPDX-License-Identifier: GPL-3.0-or-later
#include "document/articledocument.h"

#include <QSignalSpy>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Field = ArticleDocument::Field;

namespace {

Article sample()
{
    Article article;
    article.id = 7;
    article.revision = 3;
    article.headline = u"Заголовок"_s;
    article.lead = u"Лид."_s;
    article.body = u"Первый абзац."_s;
    article.tags = {u"погода"_s, u"транспорт"_s};
    return article;
}

void type(QTextDocument *body, const QString &text)
{
    QTextCursor cursor(body);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestArticleDocument : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void startsUnmodified();
    void oneHistoryAcrossFieldsAndBody();
    void typingInOneFieldIsOneStep();
    void snapshotCarriesIdentityAndText();
    void savingMakesANewBaseline();
    void photosAndBylinesAreInTheHistory();
};

void TestArticleDocument::startsUnmodified()
{
    ArticleDocument document(sample());
    QVERIFY(!document.isModified());
    QCOMPARE(document.undoStack()->count(), 0);
    QCOMPARE(document.body()->toPlainText(), u"Первый абзац."_s);
    QCOMPARE(document.field(Field::Tags), u"погода, транспорт"_s);
}

void TestArticleDocument::oneHistoryAcrossFieldsAndBody()
{
    ArticleDocument document(sample());
    QSignalSpy modified(&document, &ArticleDocument::modifiedChanged);
    document.setField(Field::Headline, u"Новый заголовок"_s);
    type(document.body(), u" Второе предложение."_s);
    document.setField(Field::Lead, u"Новый лид."_s);
    QVERIFY(document.isModified());
    QCOMPARE(modified.count(), 1);
    QCOMPARE(document.undoStack()->count(), 3);

    document.undoStack()->undo(); // the lead
    QCOMPARE(document.field(Field::Lead), u"Лид."_s);
    QCOMPARE(document.body()->toPlainText(), u"Первый абзац. Второе предложение."_s);
    document.undoStack()->undo(); // the body
    QCOMPARE(document.body()->toPlainText(), u"Первый абзац."_s);
    QCOMPARE(document.field(Field::Headline), u"Новый заголовок"_s);
    document.undoStack()->undo(); // the headline
    QCOMPARE(document.field(Field::Headline), u"Заголовок"_s);
    QVERIFY(!document.isModified());

    document.undoStack()->redo();
    document.undoStack()->redo();
    QCOMPARE(document.field(Field::Headline), u"Новый заголовок"_s);
    QCOMPARE(document.body()->toPlainText(), u"Первый абзац. Второе предложение."_s);
    QCOMPARE(document.field(Field::Lead), u"Лид."_s);
    QVERIFY(document.isModified());
}

void TestArticleDocument::typingInOneFieldIsOneStep()
{
    ArticleDocument document(sample());
    QString typed;
    for (const QChar c : u"Визит министра"_s) {
        typed += c;
        document.setField(Field::Kicker, typed);
    }
    QCOMPARE(document.undoStack()->count(), 1);
    document.setField(Field::Dateline, u"Темиртау"_s);
    document.setField(Field::Kicker, u"Визит министра!"_s); // another field came between
    QCOMPARE(document.undoStack()->count(), 3);
    document.undoStack()->undo();
    document.undoStack()->undo();
    document.undoStack()->undo();
    QCOMPARE(document.field(Field::Kicker), QString());
}

void TestArticleDocument::snapshotCarriesIdentityAndText()
{
    ArticleDocument document(sample());
    document.setField(Field::Tags, u" погода ,, ЖКХ , "_s);
    document.setCategoryId(42);
    type(document.body(), u"\n\n## Подзаголовок"_s);
    const Article snapshot = document.snapshot();
    QCOMPARE(snapshot.id, 7);
    QCOMPARE(snapshot.revision, 3);
    QCOMPARE(snapshot.tags, (QStringList{u"погода"_s, u"ЖКХ"_s}));
    QCOMPARE(snapshot.categoryId, 42);
    QCOMPARE(snapshot.body, u"Первый абзац.\n\n## Подзаголовок"_s);
    document.undoStack()->undo(); // body
    document.undoStack()->undo(); // category
    QCOMPARE(document.snapshot().categoryId, 0);
}

void TestArticleDocument::savingMakesANewBaseline()
{
    ArticleDocument document(sample());
    document.setField(Field::Headline, u"Сохранённый заголовок"_s);
    document.setField(Field::Slug, QString());
    Article stored = document.snapshot();
    stored.revision = 4;
    stored.slug = u"sokhranyonnyy-zagolovok"_s;
    document.markSaved(stored);
    QVERIFY(!document.isModified());
    QCOMPARE(document.saved().revision, 4);
    QCOMPARE(document.field(Field::Slug), u"sokhranyonnyy-zagolovok"_s);
    QCOMPARE(document.undoStack()->count(), 1); // the history stays
    document.undoStack()->undo();
    QVERIFY(document.isModified());
}

void TestArticleDocument::photosAndBylinesAreInTheHistory()
{
    ArticleDocument document(sample());
    ArticlePhoto photo;
    photo.photoId = 4;
    photo.fileName = u"lead.jpg"_s;
    document.setPhotos({photo}, ArticleDocument::tr("Add a photo"));
    // A caption typed letter by letter is one step.
    QList<ArticlePhoto> photos = document.photos();
    for (const QString &caption : {u"М"_s, u"Ми"_s, u"Мин"_s}) {
        photos[0].caption = caption;
        document.setPhotos(photos, ArticleDocument::tr("Edit the caption"), ArticleDocument::PhotoEdit::Caption);
    }
    document.setBylines({Byline{Byline::Kind::Text, 0, u"Гость Редакции"_s}});
    QCOMPARE(document.undoStack()->count(), 3);
    QCOMPARE(document.snapshot().photos.first().caption, u"Мин"_s);
    QCOMPARE(document.snapshot().bylines.first().name, u"Гость Редакции"_s);
    QVERIFY(document.isModified());
    document.undoStack()->undo();
    QVERIFY(document.snapshot().bylines.isEmpty());
    document.undoStack()->undo();
    QCOMPARE(document.photos().first().caption, QString());
    document.undoStack()->undo();
    QVERIFY(document.photos().isEmpty());
    QVERIFY(!document.isModified());
}

QTEST_MAIN(TestArticleDocument)
#include "tst_articledocument.moc"
