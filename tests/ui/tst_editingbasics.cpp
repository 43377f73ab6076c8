// SPDX-License-Identifier: GPL-3.0-or-later
// The basics of a text editor, through the real window and its keys: Markdown markers
// around what is meant (not the space after it) and off again; Cut, Copy, Paste and
// Paste as Plain Text; Find and Replace in the story; the Story menu's keys and the
// reasons it gives for a step it cannot take.
#include "awaited.h"
#include "editactions.h"
#include "findbar.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "session/storysession.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"
#include "typing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Field = ArticleDocument::Field;

class TestEditingBasics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup() { m_window.reset(); }
    void markersGoAroundTheWordsNotTheSpaces();
    void aLinkComesOffAgain();
    void cutCopyAndPasteInAnyField();
    void pasteAsPlainTextLeavesTheInvisiblesOut();
    void findAndReplaceInTheStory();
    void findElsewhereSearchesTheStories();
    void theStoryMenuHasKeysAndSaysWhyNot();

private:
    QPlainTextEdit *body() const { return m_window->editor()->bodyEdit(); }
    QAction *action(const QString &name) const { return m_window->findChild<QAction *>(name); }
    // The body holds `text`, the cursor at its start.
    void write(const QString &text);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MainWindow> m_window;
};

void TestEditingBasics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_editingbasics"_s);
    DatabaseUrl url;
    url.path = m_dir.filePath(u"newsroom.db"_s);
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_db = std::move(*opened);
}

void TestEditingBasics::init()
{
    m_window = std::make_unique<MainWindow>(m_db.get());
    m_window->resize(1200, 760);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QVERIFY(finished(*m_window, &MainWindow::newStory));
}

void TestEditingBasics::write(const QString &text)
{
    body()->setPlainText(text);
    body()->setFocus();
    body()->moveCursor(QTextCursor::Start);
}

void TestEditingBasics::markersGoAroundTheWordsNotTheSpaces()
{
    write(u"«Мы готовы» — сказал аким."_s);
    // Ctrl+Shift+Right selects the word and the space after it.
    QTest::keyClick(body(), Qt::Key_Right, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(body()->textCursor().selectedText(), u"«Мы "_s);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"**«Мы** готовы» — сказал аким."_s);
    QCOMPARE(body()->textCursor().selectedText(), u"«Мы"_s);
    // Again: off.
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"«Мы готовы» — сказал аким."_s);

    // Italic inside bold is italic, and comes off without breaking the bold.
    write(u"Это **важно** знать."_s);
    QTextCursor inside = body()->textCursor();
    inside.setPosition(6);
    inside.setPosition(11, QTextCursor::KeepAnchor);
    body()->setTextCursor(inside);
    QCOMPARE(inside.selectedText(), u"важно"_s);
    QTest::keyClick(body(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"Это ***важно*** знать."_s);
    QTest::keyClick(body(), Qt::Key_I, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"Это **важно** знать."_s);
    // Selected with its markers: they come off too.
    QTextCursor whole = body()->textCursor();
    whole.setPosition(4);
    whole.setPosition(13, QTextCursor::KeepAnchor);
    body()->setTextCursor(whole);
    QTest::keyClick(body(), Qt::Key_B, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"Это важно знать."_s);

    // Each is one step back in the story's history.
    ArticleDocument *document = m_window->storySession()->document();
    document->undoStack()->undo();
    QCOMPARE(body()->toPlainText(), u"Это **важно** знать."_s);
}

void TestEditingBasics::aLinkComesOffAgain()
{
    write(u"Читайте [решение маслихата](https://example.kz/reshenie) полностью."_s);
    QTextCursor link = body()->textCursor();
    link.setPosition(7);
    link.setPosition(56, QTextCursor::KeepAnchor);
    body()->setTextCursor(link);
    QCOMPARE(link.selectedText(), u" [решение маслихата](https://example.kz/reshenie)"_s);
    QTest::keyClick(body(), Qt::Key_K, Qt::ControlModifier);
    QCOMPARE(body()->toPlainText(), u"Читайте решение маслихата полностью."_s);
}

void TestEditingBasics::cutCopyAndPasteInAnyField()
{
    QLineEdit *headline = m_window->editor()->lineEdit(Field::Headline);
    headline->setFocus();
    Test::type(headline, u"Аким ответил жителям"_s);
    headline->selectAll();
    QVERIFY(action(u"actionCopy"_s)->isEnabled());
    action(u"actionCopy"_s)->trigger();
    QCOMPARE(QApplication::clipboard()->text(), u"Аким ответил жителям"_s);
    action(u"actionCut"_s)->trigger();
    QVERIFY(headline->text().isEmpty());
    QCOMPARE(m_window->storySession()->document()->field(Field::Headline), QString());
    action(u"actionPaste"_s)->trigger();
    QCOMPARE(m_window->storySession()->document()->field(Field::Headline), u"Аким ответил жителям"_s);

    body()->setFocus();
    action(u"actionSelectAll"_s)->trigger();
    action(u"actionPaste"_s)->trigger();
    QCOMPARE(m_window->storySession()->document()->body()->toPlainText(), u"Аким ответил жителям"_s);

    // Nothing to cut or paste into while the story cannot be changed.
    m_window->editor()->setReadOnly(true);
    body()->setFocus();
    Q_EMIT m_window->findChild<QMenu *>(u"editMenu"_s)->aboutToShow();
    QVERIFY(!action(u"actionCut"_s)->isEnabled());
    QVERIFY(!action(u"actionPaste"_s)->isEnabled());
    QVERIFY(action(u"actionCopy"_s)->isEnabled());
    m_window->editor()->setReadOnly(false);
}

void TestEditingBasics::pasteAsPlainTextLeavesTheInvisiblesOut()
{
    // As copied from a web page or Word: a soft hyphen, a zero-width space, CRLF, a tab.
    const QString copied = u"Аки\u00adмат объ\u200bявил\r\nо ремонте\tдорог.  \r\n"_s;
    QCOMPARE(EditActions::plainText(copied, false), u"Акимат объявил\nо ремонте дорог.\n"_s);
    QCOMPARE(EditActions::plainText(copied, true), u"Акимат объявил о ремонте дорог."_s);

    QApplication::clipboard()->setText(copied);
    write(QString());
    action(u"actionPastePlain"_s)->trigger();
    QCOMPARE(m_window->storySession()->document()->body()->toPlainText(), u"Акимат объявил\nо ремонте дорог.\n"_s);
    QLineEdit *headline = m_window->editor()->lineEdit(Field::Headline);
    headline->setFocus();
    QTest::keyClick(headline, Qt::Key_V, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(m_window->storySession()->document()->field(Field::Headline), u"Акимат объявил о ремонте дорог."_s);
}

void TestEditingBasics::findAndReplaceInTheStory()
{
    write(u"Аким Темиртау встретился с жителями.\n\nАКИМ обещал ответить.\n\nАким уехал."_s);
    FindBar *bar = m_window->editor()->findBar();
    QVERIFY(bar->isHidden());
    QTest::keyClick(body(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findEdit()->hasFocus());
    QVERIFY(!bar->replaceEdit()->isVisible());
    Test::type(bar->findEdit(), u"аким"_s);
    // Found as typed, any case; counted.
    QCOMPARE(body()->textCursor().selectedText(), u"Аким"_s);
    QCOMPARE(body()->textCursor().selectionStart(), 0);
    QVERIFY2(bar->findChild<QLabel *>(u"findCount"_s)->text().contains(u"3"_s),
             qPrintable(bar->findChild<QLabel *>(u"findCount"_s)->text()));
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QCOMPARE(body()->textCursor().selectedText(), u"АКИМ"_s);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return); // round the end, back to the first
    QCOMPARE(body()->textCursor().selectionStart(), 0);
    QTest::keyClick(bar->findEdit(), Qt::Key_Return, Qt::ShiftModifier); // and back again
    QCOMPARE(body()->textCursor().selectedText(), u"Аким"_s);
    QVERIFY(body()->textCursor().selectionStart() > 40);
    QTest::keyClick(bar->findEdit(), Qt::Key_Escape);
    QVERIFY(bar->isHidden());
    QVERIFY(body()->hasFocus());

    // Replace All: every match, one step of the story's undo history.
    QTest::keyClick(body(), Qt::Key_H, Qt::ControlModifier);
    QVERIFY(bar->replaceEdit()->isVisible());
    bar->findEdit()->setText(u"аким"_s);
    bar->replaceEdit()->setText(u"Глава города"_s);
    QCOMPARE(bar->replaceAll(), 3);
    QCOMPARE(m_window->storySession()->document()->body()->toPlainText(),
             u"Глава города Темиртау встретился с жителями.\n\nГлава города обещал ответить.\n\nГлава города уехал."_s);
    m_window->storySession()->document()->undoStack()->undo();
    QCOMPARE(body()->toPlainText(), u"Аким Темиртау встретился с жителями.\n\nАКИМ обещал ответить.\n\nАким уехал."_s);

    // One at a time, case as typed.
    bar->findEdit()->setText(u"Аким"_s);
    QTextCursor start = body()->textCursor();
    start.setPosition(0);
    body()->setTextCursor(start);
    bar->findNext();
    bar->replaceOne();
    QVERIFY(body()->toPlainText().startsWith(u"Глава города Темиртау"_s));
    QCOMPARE(body()->textCursor().selectedText(), u"АКИМ"_s); // on to the next
}

void TestEditingBasics::findElsewhereSearchesTheStories()
{
    m_window->sidebar()->setFocus();
    QVERIFY(m_window->sidebar()->hasFocus());
    QTest::keyClick(m_window->sidebar(), Qt::Key_F, Qt::ControlModifier);
    QVERIFY(m_window->searchBox()->hasFocus());
    QVERIFY(m_window->editor()->findBar()->isHidden());
}

void TestEditingBasics::theStoryMenuHasKeysAndSaysWhyNot()
{
    // The steps of every day show their keys.
    for (const QString &step : {u"submit"_s, u"approve"_s, u"schedule"_s, u"publish"_s})
        QVERIFY2(!action(u"actionWorkflow-"_s + step)->shortcut().isEmpty(), qPrintable(step));
    // A story never saved: its first step can be taken (it is saved first); its history
    // cannot be shown yet, and says why.
    QAction *submit = action(u"actionWorkflow-submit"_s);
    QAction *history = action(u"actionHistory"_s);
    QVERIFY(submit->isEnabled());
    QVERIFY(!history->isEnabled());
    QVERIFY2(history->toolTip().contains(u"Save the story first"_s), qPrintable(history->toolTip()));
    QVERIFY(!history->statusTip().isEmpty());

    QLineEdit *headline = m_window->editor()->lineEdit(Field::Headline);
    headline->setFocus();
    Test::type(headline, u"Жители улицы Гагарина просят светофор"_s);
    write(u"Петицию подписали двести человек."_s);
    QTest::keyClick(body(), Qt::Key_U, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY(m_window->storySession()->storyId() > 0);
    QTRY_COMPARE(ArticleRepository(*m_db).load(m_window->storySession()->storyId())->status, ArticleStatus::Submitted);
    QVERIFY(history->isEnabled());
}

QTEST_MAIN(TestEditingBasics)
#include "tst_editingbasics.moc"
