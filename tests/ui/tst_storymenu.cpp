// SPDX-License-Identifier: GPL-3.0-or-later
// The Story menu: a story submitted, approved, scheduled in newsroom time, published by
// the running window when its time comes, and its history shown.
#include "document/articledocument.h"
#include "mainwindow.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storyeditor.h"
#include "windowscreenshot.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestStoryMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromDraftToPublished();

private:
    QTemporaryDir m_dir;
};

void TestStoryMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_storymenu"_s);
}

void TestStoryMenu::fromDraftToPublished()
{
    DatabaseUrl url;
    url.path = m_dir.filePath(u"newsroom.db"_s);
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    Database &db = **opened;
    QVERIFY(CategoryRepository(db).ensurePath(u"Новости/Город"_s));
    const Expected<SiteSettings> settings = SiteSettingsRepository(db).load();
    QVERIFY(settings);
    QCOMPARE(settings->timeZone, u"Asia/Almaty"_s); // the newsroom's zone by default

    MainWindow window(&db);
    window.resize(1300, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.newStory());
    StoryEditor *editor = window.editor();
    ArticleDocument *document = editor->document();
    document->setField(ArticleDocument::Field::Headline, u"Маршрут № 12 продлят до Восточного"_s);
    document->setField(ArticleDocument::Field::Lead, u"Автобусы пойдут с декабря."_s);
    editor->bodyEdit()->setPlainText(u"Решение приняли после обращения жителей."_s);
    QComboBox *section = editor->sectionBox();
    section->setCurrentIndex(section->findText(u"Новости › Город"_s));
    Q_EMIT section->activated(section->currentIndex());

    const auto action = [&](const QString &name) { return window.findChild<QAction *>(u"actionWorkflow-"_s + name); };
    QVERIFY(window.performWorkflow(WorkflowAction::Submit)); // saves the new story first
    const qint64 id = document->saved().id;
    QVERIFY(id > 0);
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Submitted);
    action(u"approve"_s)->trigger();
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Approved);

    // Scheduled a minute ago in Almaty wall-clock time: due at once.
    const QTimeZone almaty("Asia/Almaty");
    const QDateTime wall = QDateTime::currentDateTimeUtc().addSecs(-60).toTimeZone(almaty);
    QString localLine;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ScheduleDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->editor()->setDateTime(QDateTime(wall.date(), QTime(wall.time().hour(), wall.time().minute())));
        localLine = dialog->findChild<QLabel *>(u"scheduleLocalTime"_s)->text();
        dialog->accept();
    });
    action(u"schedule"_s)->trigger();
    const Article scheduled = *ArticleRepository(db).load(id);
    QCOMPARE(scheduled.status, ArticleStatus::Scheduled);
    QCOMPARE(scheduled.scheduledAt.toTimeZone(almaty).time().minute(), wall.time().minute());
    QVERIFY(!localLine.isEmpty());
    QCOMPARE(document->saved().revision, scheduled.revision); // the editor follows the step

    // The window's own timer publishes due stories, well within 30 s.
    QVERIFY(window.findChildren<QTimer *>().size() > 0);
    QVERIFY(MainWindow::PublishDueIntervalMs <= 30000);
    window.publishDueStories();
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Published);
    QCOMPARE(document->saved().status, ArticleStatus::Published);
    QVERIFY(!action(u"submit"_s)->isEnabled());
    QVERIFY(action(u"unpublish"_s)->isEnabled());

    // The history lists each step with who took it.
    int rows = 0;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<HistoryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *list = dialog->findChild<QTreeWidget *>(u"historyList"_s);
        rows = list->topLevelItemCount();
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(100);
            QString error;
            QVERIFY2(saveWindowScreenshot(dialog, folder + u"/history.png"_s, &error), qPrintable(error));
        }
        dialog->reject();
    });
    window.showHistory();
    QCOMPARE(rows, 4); // submitted, approved, scheduled, published
}

QTEST_MAIN(TestStoryMenu)
#include "tst_storymenu.moc"
