// SPDX-License-Identifier: GPL-3.0-or-later
// The trash through the window: Delete in the list, the Trash view and Restore, the open
// story moved there with what was typed, read-only while there, and what stays out.
#include "awaited.h"
#include "demo/demonewsroom.h"
#include "document/articledocument.h"
#include "editbanner.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "session/storysession.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/statement.h"
#include "storybrowser.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "testdatabases.h"
#include "typing.h"
#include "whenmodal.h"
#include "windowscreenshot.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestTrashWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void deleteInTheListAndRestoreFromTheTrashView();
    void theOpenStoryGoesWithWhatWasTyped();
    void aPublishedStoryStaysOut();

private:
    QStringList headlines(MainWindow &window);
    qint64 firstDraft(Database &db);
    bool selectRow(MainWindow &window, qint64 id);
    void look(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
};

void TestTrashWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_trashwindow"_s);
}

QStringList TestTrashWindow::headlines(MainWindow &window)
{
    QStringList result;
    const QAbstractItemModel *model = window.storyList()->model();
    for (int row = 0; model && row < model->rowCount(); ++row)
        result.append(model->index(row, 0).data().toString());
    return result;
}

qint64 TestTrashWindow::firstDraft(Database &db)
{
    Statement draft = db.prepare(u"SELECT id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1"_s);
    return db.exec(draft) && draft.next() ? draft.value(0).toLongLong() : 0;
}

bool TestTrashWindow::selectRow(MainWindow &window, qint64 id)
{
    QTreeView *list = window.storyList();
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QModelIndex index = list->model()->index(row, 0);
        if (index.data(StoryListModel::IdRole).toLongLong() == id) {
            list->setCurrentIndex(index);
            return true;
        }
    }
    return false;
}

void TestTrashWindow::look(QWidget *window, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(100); // the screen shows what was last painted
        QString error;
        QVERIFY2(saveWindowScreenshot(window, u"%1/%2.png"_s.arg(folder, name), &error), qPrintable(error));
    }
}

void TestTrashWindow::deleteInTheListAndRestoreFromTheTrashView()
{
    auto opened = Test::TestDatabases::openDemo(m_dir.filePath(u"list.db"_s));
    QVERIFY(opened);
    Database &db = *opened;
    const qint64 id = firstDraft(db);
    const QString headline = ArticleRepository(db).load(id)->headline;
    MainWindow window(&db);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    QTRY_VERIFY(headlines(window).contains(headline));
    const int before = int(headlines(window).size());

    // Delete on the list moves the chosen story there; nothing asks, Restore undoes it.
    QTreeView *list = window.storyList();
    QVERIFY(selectRow(window, id));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Delete);
    QTRY_VERIFY(!headlines(window).contains(headline));
    QCOMPARE(headlines(window).size(), before - 1);
    QVERIFY(ArticleRepository(db).load(id)->trashedAt.isValid());

    StoryBrowser *browser = window.storyBrowser();
    QVERIFY(browser->trashAction()->isVisible());
    QVERIFY(!browser->restoreAction()->isVisible());
    window.sidebar()->setCurrentView(NavigationSidebar::View::Trash);
    QTRY_COMPARE(headlines(window), QStringList{headline});
    QVERIFY(!browser->trashAction()->isVisible());
    QVERIFY(browser->restoreAction()->isVisible());
    QVERIFY(browser->emptyTrashAction()->isVisible());
    // Purging is offered once something has lain there long enough (the owner of a local
    // file is its admin).
    QVERIFY(!browser->emptyTrashAction()->isEnabled());
    QVERIFY2(browser->emptyTrashAction()->statusTip().contains(u"Nothing has lain"_s),
             qPrintable(browser->emptyTrashAction()->statusTip()));
    look(&window, u"trash-view"_s);
    // Delete in the trash does nothing more: purging is Empty Trash's, for old stories only.
    QVERIFY(selectRow(window, id));
    QTest::keyClick(list, Qt::Key_Delete);
    QTest::qWait(50);
    QVERIFY(ArticleRepository(db).load(id));

    QVERIFY(selectRow(window, id));
    browser->restoreAction()->trigger();
    QTRY_VERIFY(headlines(window).isEmpty());
    QVERIFY(!ArticleRepository(db).load(id)->trashedAt.isValid());
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    QTRY_COMPARE(headlines(window).size(), before);

    // Thirty-one days later the story can be purged from the window, after a question.
    QVERIFY(selectRow(window, id));
    browser->trashAction()->trigger();
    QTRY_COMPARE(headlines(window).size(), before - 1);
    Statement longAgo = db.prepare(u"UPDATE articles SET trashed_at = :at WHERE id = :id"_s);
    longAgo.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().addDays(-31).toMSecsSinceEpoch());
    longAgo.bindValue(u":id"_s, id);
    QVERIFY(db.exec(longAgo));
    window.sidebar()->setCurrentView(NavigationSidebar::View::Trash);
    QTRY_COMPARE(headlines(window), QStringList {headline});
    QVERIFY(browser->emptyTrashAction()->isEnabled());
    Test::answerNextOpen<QMessageBox>(this, [](QMessageBox *ask) {
        QVERIFY2(ask->text().contains(u"cannot be undone"_s), qPrintable(ask->text()));
        ask->button(QMessageBox::Yes)->click();
    });
    browser->emptyTrashAction()->trigger();
    QTRY_VERIFY(headlines(window).isEmpty());
    QCOMPARE(ArticleRepository(db).load(id).error().kind, Error::Kind::NotFound);
}

void TestTrashWindow::theOpenStoryGoesWithWhatWasTyped()
{
    auto opened = Test::TestDatabases::openDemo(m_dir.filePath(u"open.db"_s));
    QVERIFY(opened);
    Database &db = *opened;
    const qint64 id = firstDraft(db);
    MainWindow window(&db);
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, id));
    QPlainTextEdit *body = window.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    Test::type(body, u" Последняя фраза."_s);

    QAction *trash = window.findChild<QAction *>(u"actionStoryTrash"_s);
    QVERIFY(trash && trash->isEnabled());
    QCOMPARE(trash->text(), u"Move to &Trash"_s);
    QVERIFY(finished(window, &MainWindow::moveStoryToTrash));
    const Article stored = *ArticleRepository(db).load(id);
    QVERIFY(stored.trashedAt.isValid());
    QVERIFY(stored.body.endsWith(u" Последняя фраза."_s)); // saved first, then moved
    QVERIFY(!window.storySession()->isModified());

    // There, it reads but does not change; the editor says where it is and how back.
    QVERIFY(body->isReadOnly());
    QVERIFY2(window.editor()->statusBadge()->text().startsWith(u"In the trash"_s),
             qPrintable(window.editor()->statusBadge()->text()));
    QVERIFY2(window.editor()->banner()->text().contains(u"Restore from Trash"_s),
             qPrintable(window.editor()->banner()->text()));
    QTest::keyClicks(body, u"x"_s);
    QVERIFY(!window.storySession()->isModified());
    look(&window, u"trash-story"_s);
    QCOMPARE(trash->text(), u"Restore from &Trash"_s);
    QVERIFY(trash->isEnabled());
    const QAction *submit = window.findChild<QAction *>(u"actionWorkflow-submit"_s);
    QVERIFY(!submit->isEnabled());
    QVERIFY2(submit->toolTip().contains(u"trash"_s), qPrintable(submit->toolTip()));

    trash->trigger();
    QTRY_VERIFY(!body->isReadOnly());
    QVERIFY(!ArticleRepository(db).load(id)->trashedAt.isValid());
    QCOMPARE(window.editor()->statusBadge()->text(), u"Draft"_s);
    QVERIFY(window.editor()->banner()->text().isEmpty());
    QCOMPARE(trash->text(), u"Move to &Trash"_s);

    // The history has both moves, the state kept (nothing "corrected"), and the notes.
    QStringList steps;
    Test::answerNextOpen<HistoryDialog>(this, [&steps](HistoryDialog *dialog) {
        const auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
        for (int row = 0; row < list->topLevelItemCount(); ++row)
            steps.append(list->topLevelItem(row)->text(1) + u": "_s + list->topLevelItem(row)->text(3));
        dialog->reject();
    });
    QVERIFY(finished(window, &MainWindow::showHistory));
    QCOMPARE(steps, (QStringList {u"Draft: Moved to the trash"_s, u"Draft: Restored from the trash"_s}));
}

void TestTrashWindow::aPublishedStoryStaysOut()
{
    auto opened = Test::TestDatabases::openDemo(m_dir.filePath(u"published.db"_s));
    QVERIFY(opened);
    Database &db = *opened;
    Statement live = db.prepare(u"SELECT id FROM articles WHERE status = 'published' ORDER BY id LIMIT 1"_s);
    QVERIFY(db.exec(live) && live.next());
    const qint64 id = live.value(0).toLongLong();
    MainWindow window(&db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, id));
    QAction *trash = window.findChild<QAction *>(u"actionStoryTrash"_s);
    QVERIFY(!trash->isEnabled());
    // A story with no steps says so in its history, rather than showing an empty table.
    bool said = false;
    QVERIFY(finished(window, &MainWindow::newStory));
    window.editor()->document()->setField(ArticleDocument::Field::Headline, u"Новая заметка"_s);
    QVERIFY(finished(window, &MainWindow::saveStory));
    Test::answerNextOpen<HistoryDialog>(this, [&said](HistoryDialog *dialog) {
        said = dialog->findChild<QLabel *>(u"historyEmpty"_s) != nullptr;
        dialog->reject();
    });
    QVERIFY(finished(window, &MainWindow::showHistory));
    QVERIFY(said);
    QVERIFY(finished(window, &MainWindow::openStory, id));
    QVERIFY2(trash->toolTip().contains(u"unpublish it first"_s), qPrintable(trash->toolTip()));

    // From the list, refused with the reason, and the story stays where it was.
    window.sidebar()->setCurrentView(NavigationSidebar::View::Published);
    QTRY_VERIFY(selectRow(window, id));
    Test::answerNextOpen<QMessageBox>(this, [](QMessageBox *box) {
        QVERIFY2(box->text().contains(u"unpublish it first"_s), qPrintable(box->text()));
        box->accept();
    });
    window.storyBrowser()->trashAction()->trigger();
    QTRY_VERIFY(!ArticleRepository(db).load(id)->trashedAt.isValid() && !QApplication::activeModalWidget());
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Published);
}

QTEST_MAIN(TestTrashWindow)
#include "tst_trashwindow.moc"
