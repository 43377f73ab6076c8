// SPDX-License-Identifier: GPL-3.0-or-later
// The local journal of unsaved work and the autosaver that fills it.
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "document/editjournal.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Field = ArticleDocument::Field;

namespace {

Article stored()
{
    Article article;
    article.id = 12;
    article.revision = 4;
    article.headline = u"Министр посетил Темиртау"_s;
    article.body = u"Визит начался утром."_s;
    return article;
}

void type(QTextDocument *body, const QString &text)
{
    QTextCursor cursor(body);
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
}

} // namespace

class TestEditJournal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesAndReadsBack();
    void reportsAFileItCannotRead();
    void journalsWithinTheDelayWhileTypingGoesOn();
    void dropsTheEntryWhenNothingIsUnsaved();
    void newStoryEntryFollowsItsFirstSave();
    void recoveredTextIsOneUndoableStep();
};

void TestEditJournal::writesAndReadsBack()
{
    QTemporaryDir dir;
    const EditJournal journal(dir.filePath(u"journal"_s));
    Article article = stored();
    article.body += u"\n\nНовый абзац «с кавычками»."_s;
    QVERIFY(journal.write(u"story-12"_s, article).ok());
    QVERIFY(journal.write(u"story-12"_s, article).ok()); // replaced, not added
    const QList<EditJournal::Entry> entries = journal.entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, u"story-12"_s);
    QCOMPARE(entries.first().article.body, article.body);
    QCOMPARE(entries.first().article.revision, 4);
    QVERIFY(qAbs(entries.first().written.secsTo(QDateTime::currentDateTimeUtc())) < 60);
    QVERIFY(journal.remove(u"story-12"_s).ok());
    QVERIFY(journal.entries().isEmpty());
}

void TestEditJournal::reportsAFileItCannotRead()
{
    QTemporaryDir dir;
    const EditJournal journal(dir.path());
    QVERIFY(journal.write(u"story-1"_s, stored()).ok());
    QFile damaged(dir.filePath(u"story-2.json"_s));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{\"format\": 1, \"article\": {\"headline\": \"обор");
    damaged.close();
    QStringList problems;
    const QList<EditJournal::Entry> entries = journal.entries(&problems);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(u"story-2.json"_s), qPrintable(problems.first()));
    QVERIFY(QFile::exists(damaged.fileName())); // left for a person to look at
}

void TestEditJournal::journalsWithinTheDelayWhileTypingGoesOn()
{
    QTemporaryDir dir;
    ArticleDocument document(stored());
    Autosaver autosaver(&document, EditJournal(dir.path()));
    QCOMPARE(autosaver.key(), u"story-12"_s);
    // A letter every 50 ms without a pause: typing must not push the journal back, so the
    // entry appears while it goes on. (How soon after the first letter is bench_desk's
    // figure: a bound in milliseconds here would flake on a busy machine.)
    constexpr int Letters = 600; // 30 s of typing, thirty times the delay
    int typed = 0;
    while (autosaver.journal().entries().isEmpty() && typed < Letters) {
        type(document.body(), u"ж"_s);
        ++typed;
        QTest::qWait(50);
    }
    QVERIFY2(typed < Letters, "the journal waited for a pause in typing");
    QVERIFY(autosaver.journal().entries().first().article.body.startsWith(u"Визит начался утром.ж"_s));
}

void TestEditJournal::dropsTheEntryWhenNothingIsUnsaved()
{
    QTemporaryDir dir;
    ArticleDocument document(stored());
    Autosaver autosaver(&document, EditJournal(dir.path()));
    document.setField(Field::Headline, u"Министр посетил Караганду"_s);
    QVERIFY(autosaver.sync().ok());
    QCOMPARE(autosaver.journal().entries().size(), 1);
    Article saved = document.snapshot();
    saved.revision = 5;
    document.markSaved(saved);
    QVERIFY(autosaver.sync().ok());
    QVERIFY(autosaver.journal().entries().isEmpty());
}

void TestEditJournal::newStoryEntryFollowsItsFirstSave()
{
    QTemporaryDir dir;
    ArticleDocument document{Article{}};
    Autosaver autosaver(&document, EditJournal(dir.path()));
    QVERIFY(autosaver.key().startsWith(u"new-"_s));
    document.setField(Field::Headline, u"Метель на трассе"_s);
    QSignalSpy due(&autosaver, &Autosaver::storeDue);
    QVERIFY(autosaver.sync().ok());
    QCOMPARE(autosaver.journal().entries().first().key, autosaver.key());

    Article saved = document.snapshot();
    saved.id = 31;
    saved.revision = 1;
    document.markSaved(saved);
    type(document.body(), u"Трассу закрыли."_s); // typed after the save's snapshot
    QVERIFY(autosaver.sync().ok());
    const QList<EditJournal::Entry> entries = autosaver.journal().entries();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().key, u"story-31"_s);
    QCOMPARE(entries.first().article.body, u"Трассу закрыли."_s);
}

void TestEditJournal::recoveredTextIsOneUndoableStep()
{
    ArticleDocument document(stored());
    Article typed = stored();
    typed.headline = u"Министр посетил Темиртау и Караганду"_s;
    typed.body = u"Визит начался утром и закончился вечером."_s;
    typed.tags = {u"власть"_s};
    document.replaceContent(typed);
    QVERIFY(document.isModified());
    QCOMPARE(document.snapshot().headline, typed.headline);
    QCOMPARE(document.snapshot().body, typed.body);
    QCOMPARE(document.snapshot().tags, typed.tags);
    QCOMPARE(document.snapshot().revision, 4); // the baseline stays: a newer save conflicts
    QCOMPARE(document.undoStack()->count(), 1);
    document.undoStack()->undo();
    QVERIFY(!document.isModified());
    QCOMPARE(document.body()->toPlainText(), stored().body);
}

QTEST_GUILESS_MAIN(TestEditJournal)
#include "tst_editjournal.moc"
