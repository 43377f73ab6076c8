// SPDX-License-Identifier: GPL-3.0-or-later
// The Story menu: a story submitted, approved, scheduled in newsroom time, published by
// the running window when its time comes, and its history shown.
#include "awaited.h"
#include "calendarview.h"
#include "commentspanel.h"
#include "demo/demonewsroom.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "exportdialog.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "peopledialog.h"
#include "session/newsroomservice.h"
#include "revisionsdialog.h"
#include "sitekeeper.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "storage/statement.h"
#include "storyeditor.h"
#include "whenmodal.h"
#include "windowscreenshot.h"
#include "workflow/workflow.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QInputDialog>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTextBrowser>
#include <QDialogButtonBox>
#include <QSqlQuery>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QFile>
#include <QLocale>
#include <QTimeZone>
#include <QStatusBar>
#include <QMessageBox>
#include <QTimer>
#include <QTableWidget>
#include <QTreeWidget>

#include <ctime>


using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestStoryMenu : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void fromDraftToPublished();
    void revisionsCompareAndRestore();
    void commentsAndTheRequestForChanges();
    void aCommentBegunWaitsForItsStory();
    void calendarShowsTheMonthInNewsroomTime();
    void embargoFromTheStoryMenu();
    void aTimeTypedIsTheTimeScheduled();
    void peopleAndTheirRolesOnALocalFile();
    void exportTheSiteFromTheWindow();
    void theBadgeSaysWhereTheStoryStands();
    void aPublishedStoryAsksBeforeItChanges();

private:
    // A new, empty newsroom file in the test's folder.
    std::unique_ptr<Database> newsroom(const QString &fileName);

    QTemporaryDir m_dir;
};

std::unique_ptr<Database> TestStoryMenu::newsroom(const QString &fileName)
{
    DatabaseUrl url;
    url.path = m_dir.filePath(fileName);
    Expected<std::unique_ptr<Database>> opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        qWarning("%s", qPrintable(opened.error().message));
        return nullptr;
    }
    return std::move(*opened);
}

void TestStoryMenu::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_storymenu"_s);
    // This computer's clock in UTC, the newsroom's in Almaty: the two times differ.
    qputenv("TZ", "UTC");
    tzset();
}

void TestStoryMenu::fromDraftToPublished()
{
    const std::unique_ptr<Database> opened = newsroom(u"newsroom.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    QVERIFY(CategoryRepository(db).ensurePath(u"Новости/Город"_s));
    const Expected<SiteSettings> settings = SiteSettingsRepository(db).load();
    QVERIFY(settings);
    QCOMPARE(settings->timeZone, u"Asia/Almaty"_s); // the newsroom's zone by default

    MainWindow window(&db);
    window.resize(1300, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    StoryEditor *editor = window.editor();
    ArticleDocument *document = editor->document();
    document->setField(ArticleDocument::Field::Headline, u"Маршрут № 12 продлят до Восточного"_s);
    document->setField(ArticleDocument::Field::Lead, u"Автобусы пойдут с декабря."_s);
    editor->bodyEdit()->setPlainText(u"Решение приняли после обращения жителей."_s);
    QComboBox *section = editor->sectionBox();
    section->setCurrentIndex(section->findText(u"Новости › Город"_s));
    Q_EMIT section->activated(section->currentIndex());

    const auto action = [&](const QString &name) { return window.findChild<QAction *>(u"actionWorkflow-"_s + name); };
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Submit)); // saves the new story first
    const qint64 id = document->saved().id;
    QVERIFY(id > 0);
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Submitted);
    action(u"approve"_s)->trigger();
    QCOMPARE(ArticleRepository(db).load(id)->status, ArticleStatus::Approved);

    // Typed the way the reporter wrote it: "завтра 9:00", newsroom time, said back in words.
    const QTimeZone almaty("Asia/Almaty");
    QString understood;
    QString localLine;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<ScheduleDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->timeEdit()->selectAll();
        dialog->timeEdit()->insert(u"завтра 9:00"_s); // as an input method or a paste puts it
        understood = dialog->findChild<QLabel *>(u"scheduleUnderstood"_s)->text();
        localLine = dialog->findChild<QLabel *>(u"scheduleLocalTime"_s)->text();
        dialog->accept();
    });
    action(u"schedule"_s)->trigger();
    const Article scheduled = *ArticleRepository(db).load(id);
    QCOMPARE(scheduled.status, ArticleStatus::Scheduled);
    const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(almaty).date().addDays(1);
    QCOMPARE(scheduled.scheduledAt, QDateTime(tomorrow, QTime(9, 0), almaty).toUTC());
    QVERIFY2(understood.startsWith(u"tomorrow at 09:00, in "_s), qPrintable(understood));
    QVERIFY(!localLine.isEmpty());
    QCOMPARE(document->saved().revision, scheduled.revision); // the editor follows the step

    // Its time comes (moved to a minute ago in the store).
    Statement due = db.prepare(u"UPDATE articles SET scheduled_at = :at WHERE id = :id"_s);
    due.bindValue(u":at"_s, QDateTime::currentDateTimeUtc().addSecs(-60).toMSecsSinceEpoch());
    due.bindValue(u":id"_s, id);
    QVERIFY(db.exec(due));
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

void TestStoryMenu::revisionsCompareAndRestore()
{
    const std::unique_ptr<Database> opened = newsroom(u"revisions.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    MainWindow window(&db);
    window.resize(1300, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    ArticleDocument *document = window.editor()->document();
    document->setField(ArticleDocument::Field::Headline, u"Аким осмотрел котельную"_s);
    window.editor()->bodyEdit()->setPlainText(u"Котельную запустят в октябре."_s);
    QVERIFY(finished(window, &MainWindow::saveStory)); // revision 1
    window.editor()->bodyEdit()->setPlainText(u"Котельную запустят в ноябре, на месяц позже."_s);
    document->setField(ArticleDocument::Field::Headline, u"Запуск котельной отложили"_s);
    QVERIFY(finished(window, &MainWindow::saveStory)); // revision 2

    QString comparison;
    QString againstCurrent;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<RevisionsDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QCOMPARE(dialog->list()->count(), 2);
        QVERIFY(dialog->list()->item(0)->text().startsWith(u"Revision 2"_s)); // newest first
        comparison = dialog->comparison()->toPlainText();
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(100);
            QString error;
            QVERIFY2(saveWindowScreenshot(dialog, folder + u"/revisions.png"_s, &error), qPrintable(error));
        }
        dialog->list()->setCurrentRow(1); // revision 1
        dialog->againstCurrent()->setChecked(true);
        againstCurrent = dialog->comparison()->toPlainText();
        dialog->findChild<QPushButton *>(u"restoreRevision"_s)->click();
    });
    window.showRevisions();
    // Revision 2 against 1: both changed fields, the body word by word.
    QVERIFY2(comparison.contains(u"Headline"_s) && comparison.contains(u"Body"_s), qPrintable(comparison));
    QVERIFY(comparison.contains(u"октябре"_s) && comparison.contains(u"ноябре"_s));
    QVERIFY(againstCurrent.contains(u"на месяц позже"_s));
    // Restored as revision 3, with the old text; revision 2 is still there.
    const Article stored = *ArticleRepository(db).load(document->saved().id);
    QCOMPARE(stored.revision, 3);
    QCOMPARE(stored.headline, u"Аким осмотрел котельную"_s);
    QCOMPARE(stored.body, u"Котельную запустят в октябре."_s);
    const QList<Revision> revisions = *ArticleRepository(db).revisions(stored.id);
    QCOMPARE(revisions.size(), 3);
    QCOMPARE(revisions.at(1).snapshot.headline, u"Запуск котельной отложили"_s);
    QCOMPARE(revisions.at(2).note, u"Restored revision 1"_s);

    // With text not saved, restoring asks first; Cancel keeps the text and the store as they are.
    window.editor()->bodyEdit()->setPlainText(u"Правка, ещё не сохранённая."_s);
    QString asked;
    Test::answerNextOpen<RevisionsDialog>(this, [](RevisionsDialog *dialog) {
        dialog->list()->setCurrentRow(0);
        dialog->findChild<QPushButton *>(u"restoreRevision"_s)->click();
    });
    QTimer *question = Test::answerNextOpen<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!finished(window, &MainWindow::showRevisions));
    delete question;
    QVERIFY2(asked.contains(u"not saved"_s), qPrintable(asked));
    QCOMPARE(ArticleRepository(db).load(stored.id)->revision, 3);
    QCOMPARE(window.editor()->bodyEdit()->toPlainText(), u"Правка, ещё не сохранённая."_s);
}

void TestStoryMenu::commentsAndTheRequestForChanges()
{
    const std::unique_ptr<Database> opened = newsroom(u"comments.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    MainWindow window(&db);
    window.resize(1300, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    CommentsPanel *panel = window.commentsPanel();
    QVERIFY(!panel->isEnabled()); // a story not saved yet has nowhere to keep comments
    window.editor()->document()->setField(ArticleDocument::Field::Headline, u"Тарифы на отопление вырастут"_s);
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Submit));
    QVERIFY(panel->isEnabled());

    QTimer::singleShot(0, this, [] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->setTextValue(u"Добавьте мнение жителей и источник цифр."_s);
        dialog->accept();
    });
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::RequestChanges));
    QVERIFY(panel->request()->isVisibleTo(panel));
    QVERIFY2(panel->request()->text().contains(u"Добавьте мнение жителей"_s), qPrintable(panel->request()->text()));
    // A move to the trash and back is no request, and answers none.
    QVERIFY(finished(window, &MainWindow::moveStoryToTrash));
    QVERIFY(finished(window, &MainWindow::restoreStoryFromTrash));
    QTest::qWait(200); // the panel reads the story's history again
    QVERIFY2(panel->request()->text().contains(u"Добавьте мнение жителей"_s), qPrintable(panel->request()->text()));
    QCOMPARE(panel->threads()->topLevelItemCount(), 0);

    QVERIFY(finished(*panel, &CommentsPanel::comment, u"Цифры из решения маслихата, приложу ссылку."_s));
    QCOMPARE(panel->threads()->topLevelItemCount(), 1);
    panel->threads()->setCurrentItem(panel->threads()->topLevelItem(0));
    QVERIFY(finished(*panel, &CommentsPanel::reply, u"Хорошо, жду."_s));
    QCOMPARE(panel->threads()->topLevelItem(0)->childCount(), 1);
    panel->threads()->setCurrentItem(panel->threads()->topLevelItem(0));
    QVERIFY(finished(*panel, &CommentsPanel::editChosen, u"Цифры из решения маслихата от 3 ноября."_s));
    QVERIFY(panel->threads()->topLevelItem(0)->text(0).contains(u"3 ноября"_s));
    QVERIFY(panel->threads()->topLevelItem(0)->text(0).contains(u"edited"_s));

    // Sent back for review, the request is answered: it leaves the banner and stays in
    // the thread, folded, where it fell in time (before the comment on it).
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Submit));
    QTRY_VERIFY(!panel->request()->isVisibleTo(panel));
    QTRY_COMPARE(panel->threads()->topLevelItemCount(), 2);
    const QTreeWidgetItem *answered = panel->threads()->topLevelItem(0);
    QVERIFY2(answered->text(0).contains(u"answered"_s), qPrintable(answered->text(0)));
    QVERIFY(!answered->isExpanded());
    QCOMPARE(answered->childCount(), 1);
    QVERIFY2(answered->child(0)->text(0).contains(u"Добавьте мнение жителей"_s), qPrintable(answered->child(0)->text(0)));
    QVERIFY(panel->threads()->topLevelItem(1)->isExpanded()); // the comments' own thread stays open
    QVERIFY(panel->threads()->topLevelItem(1)->text(0).contains(u"3 ноября"_s));
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        window.findChild<QDockWidget *>(u"commentsDock"_s)->raise();
        QTest::qWait(200);
        QString error;
        QVERIFY2(saveWindowScreenshot(&window, folder + u"/comments.png"_s, &error), qPrintable(error));
    }
}

void TestStoryMenu::aCommentBegunWaitsForItsStory()
{
    const std::unique_ptr<Database> opened = newsroom(u"drafts.db"_s);
    QVERIFY(opened);
    QVERIFY(Demo::load(*opened));
    MainWindow window(opened.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    CommentsPanel *panel = window.commentsPanel();
    const qint64 first = ArticleRepository(*opened).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s)->id;
    Statement other = opened->prepare(u"SELECT min(id) FROM articles WHERE id <> :id"_s);
    other.bindValue(u":id"_s, first);
    QVERIFY(opened->exec(other) && other.next());
    const qint64 second = other.value(0).toLongLong();

    QVERIFY(finished(window, &MainWindow::openStory, first));
    panel->input()->setPlainText(u"Уточнить фамилию директора школы"_s);
    QVERIFY(finished(window, &MainWindow::openStory, second));
    QVERIFY(panel->input()->toPlainText().isEmpty()); // never posted under the wrong story
    QVERIFY(finished(window, &MainWindow::openStory, first));
    QCOMPARE(panel->input()->toPlainText(), u"Уточнить фамилию директора школы"_s);

    // Edit with nothing typed starts from the chosen comment's words.
    QVERIFY(finished(*panel, &CommentsPanel::comment, panel->input()->toPlainText()));
    QVERIFY(panel->input()->toPlainText().isEmpty());
    QTRY_COMPARE(panel->threads()->topLevelItemCount(), 1);
    panel->threads()->setCurrentItem(panel->threads()->topLevelItem(0));
    panel->findChild<QPushButton *>(u"commentEdit"_s)->click();
    QCOMPARE(panel->input()->toPlainText(), u"Уточнить фамилию директора школы"_s);
}

void TestStoryMenu::calendarShowsTheMonthInNewsroomTime()
{
    const std::unique_ptr<Database> opened = newsroom(u"calendar.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    const auto story = [&](const QString &headline, ArticleStatus status, const QDateTime &atUtc) {
        Article article;
        article.headline = headline;
        article.status = status;
        (status == ArticleStatus::Scheduled ? article.scheduledAt : article.publishedAt) = atUtc;
        const SaveResult saved = ArticleRepository(db).save(article);
        return saved.ok() ? saved.article.id : 0;
    };
    const auto utc = [](int day, int hour, int minute) {
        return QDateTime(QDate(2026, 12, day), QTime(hour, minute), QTimeZone::UTC);
    };
    QVERIFY(story(u"Аким отчитается перед жителями"_s, ArticleStatus::Scheduled, utc(3, 4, 0)));
    QVERIFY(story(u"Итоги сессии маслихата"_s, ArticleStatus::Published, utc(1, 14, 30)));
    // 20:30 UTC on the 4th is 01:30 on the 5th in Almaty: the newsroom's day, not UTC's.
    const qint64 night = story(u"Ночной рейс в Астану отменили"_s, ArticleStatus::Scheduled, utc(4, 20, 30));
    QVERIFY(night);
    QVERIFY(story(u"Черновик без даты"_s, ArticleStatus::Draft, {}));

    MainWindow window(&db);
    window.resize(1300, 820);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.sidebar()->setCurrentView(NavigationSidebar::View::Calendar);
    CalendarView *calendar = window.calendar();
    QVERIFY(calendar->isVisible());
    calendar->showDay(QDate(2026, 12, 5));

    QStringList month;
    for (int row = 0; row < calendar->month()->rowCount(); ++row)
        for (int column = 0; column < 7; ++column)
            month.append(calendar->month()->item(row, column)->text());
    const QString all = month.join(u"\n---\n"_s);
    QVERIFY2(all.contains(u"3\n◷ 09:00 Аким отчитается перед жителями"_s), qPrintable(all));
    QVERIFY(all.contains(u"1\n● 19:30 Итоги сессии маслихата"_s));
    QVERIFY(all.contains(u"5\n◷ 01:30 Ночной рейс в Астану отменили"_s));
    QVERIFY(!all.contains(u"Черновик"_s));
    QCOMPARE(calendar->dayList()->count(), 1);
    QListWidgetItem *item = calendar->dayList()->item(0);
    QVERIFY2(item->text().startsWith(u"01:30 (20:30 here) — Scheduled — Ночной рейс"_s), qPrintable(item->text()));
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(100);
        QString error;
        QVERIFY2(saveWindowScreenshot(&window, folder + u"/calendar.png"_s, &error), qPrintable(error));
    }
    Q_EMIT calendar->dayList()->itemActivated(item);
    QCOMPARE(window.editor()->document()->saved().id, night);
}

void TestStoryMenu::embargoFromTheStoryMenu()
{
    const std::unique_ptr<Database> opened = newsroom(u"embargo.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    Article article;
    article.headline = u"Отчёт о бюджете выйдет в понедельник"_s;
    const SaveResult saved = ArticleRepository(db).save(article);
    QVERIFY(saved.ok());

    MainWindow window(&db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, saved.article.id));
    const QDate weekAhead = QDate::currentDate().addDays(7);
    const auto answer = [&](bool lift) {
        QTimer::singleShot(0, this, [lift, weekAhead] {
            auto *dialog = qobject_cast<ScheduleDialog *>(QApplication::activeModalWidget());
            QVERIFY(dialog);
            QCOMPARE(dialog->windowTitle(), u"Embargo the Story"_s);
            if (lift) {
                dialog->findChild<QPushButton *>(u"liftEmbargo"_s)->click();
                return;
            }
            dialog->timeEdit()->setText(weekAhead.toString(u"dd.MM.yyyy"_s) + u" 10:00"_s);
            dialog->accept();
        });
    };
    answer(false);
    QVERIFY(finished(window, &MainWindow::setEmbargo));
    // 10:00 in Almaty is 05:00 UTC.
    QCOMPARE(ArticleRepository(db).load(saved.article.id)->embargoUntil, QDateTime(weekAhead, QTime(5, 0), QTimeZone::UTC));
    QCOMPARE(window.editor()->document()->saved().embargoUntil, QDateTime(weekAhead, QTime(5, 0), QTimeZone::UTC));
    answer(true);
    QVERIFY(finished(window, &MainWindow::setEmbargo));
    QVERIFY(!ArticleRepository(db).load(saved.article.id)->embargoUntil.isValid());
}

void TestStoryMenu::aTimeTypedIsTheTimeScheduled()
{
    const QTimeZone almaty("Asia/Almaty");
    const QDateTime now = QDateTime::currentDateTimeUtc().toTimeZone(almaty);
    ScheduleDialog dialog(almaty, QDateTime(now.date().addDays(1), QTime(9, 0), almaty));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *understood = dialog.findChild<QLabel *>(u"scheduleUnderstood"_s);
    auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
    auto *publishNow = dialog.findChild<QPushButton *>(u"publishNow"_s);
    QVERIFY(understood && ok && publishNow);

    // What went wrong in the old field: the whole date and time typed over the selection
    // is the date and time scheduled, to the minute.
    const QDate nextWeek = now.date().addDays(7);
    dialog.timeEdit()->selectAll();
    QTest::keyClicks(dialog.timeEdit(), nextWeek.toString(u"dd.MM.yyyy"_s) + u" 11:34"_s);
    QVERIFY(ok->isEnabled());
    QCOMPARE(dialog.newsroomTime(), QDateTime(nextWeek, QTime(11, 34), almaty));
    QVERIFY2(understood->text().endsWith(u" at 11:34, in 6 days"_s) || understood->text().endsWith(u" at 11:34, in 7 days"_s),
             qPrintable(understood->text()));
    QVERIFY(!publishNow->isVisible());

    // Nonsense: said, and nothing can be scheduled.
    dialog.timeEdit()->setText(u"31.11.2026 10:00"_s);
    QVERIFY(!ok->isEnabled());
    QVERIFY2(understood->text().contains(u"there is no day 31 in month 11"_s), qPrintable(understood->text()));

    // A time already past: refused, and Publish Now offered instead.
    const QDateTime yesterday = now.addDays(-1);
    dialog.timeEdit()->setText(yesterday.toString(u"dd.MM.yyyy HH:mm"_s));
    QVERIFY(!ok->isEnabled());
    QVERIFY(publishNow->isVisible());
    QVERIFY2(understood->text().contains(u"that time has passed"_s), qPrintable(understood->text()));
    QVERIFY(!dialog.newsroomTime().isValid());
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(100);
        QString error;
        QVERIFY2(saveWindowScreenshot(&dialog, folder + u"/schedule-past.png"_s, &error), qPrintable(error));
    }
    publishNow->click();
    QVERIFY(dialog.publishNow());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
}

void TestStoryMenu::peopleAndTheirRolesOnALocalFile()
{
    const std::unique_ptr<Database> opened = newsroom(u"people.db"_s);
    QVERIFY(opened);
    Database &db = *opened;
    NewsroomService newsroom(db);
    PeopleDialog dialog(newsroom, true);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.note()->text().contains(u"“I am”"_s), qPrintable(dialog.note()->text()));

    dialog.nameEdit()->setText(u"  Данияр   Омаров "_s);
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(int(Role::Editor)));
    QVERIFY(finished(dialog, &PeopleDialog::addFromForm));
    dialog.nameEdit()->setText(u"Айгерим Сапарова"_s);
    dialog.roleBox()->setCurrentIndex(dialog.roleBox()->findData(int(Role::Reporter)));
    QVERIFY(finished(dialog, &PeopleDialog::addFromForm));
    QVERIFY(!finished(dialog, &PeopleDialog::addFromForm)); // a name is needed
    QCOMPARE(dialog.table()->rowCount(), 2);
    QCOMPARE(dialog.table()->item(1, 0)->text(), u"Данияр Омаров"_s);

    // Aigerim becomes an editor, from her row's role box.
    auto *role = qobject_cast<QComboBox *>(dialog.table()->cellWidget(0, 1));
    QVERIFY(role);
    role->setCurrentIndex(role->findData(int(Role::Editor)));
    Q_EMIT role->activated(role->currentIndex());
    const Expected<Person> aigerim = PeopleRepository(db).findByName(u"Айгерим Сапарова"_s);
    QVERIFY(aigerim);
    QCOMPARE(aigerim->role, Role::Editor);

    // One name, one person: the same name again is refused, whatever its case, and said.
    dialog.nameEdit()->setText(u"айгерим сапарова"_s);
    QVERIFY(!finished(dialog, &PeopleDialog::addFromForm));
    QVERIFY2(dialog.findChild<QLabel *>(u"peopleProblem"_s)->text().contains(u"on the staff already"_s),
             qPrintable(dialog.findChild<QLabel *>(u"peopleProblem"_s)->text()));
    QCOMPARE(dialog.table()->rowCount(), 2);

    // Renamed in place (F2 on the name); her bylines follow, being hers.
    Article story;
    story.headline = u"Заметка Айгерим"_s;
    story.bylines = {Byline{Byline::Kind::Text, aigerim->id, aigerim->name}};
    QVERIFY(ArticleRepository(db).save(story).ok());
    QTableWidgetItem *name = dialog.table()->item(0, 0);
    QVERIFY(name->flags() & Qt::ItemIsEditable);
    name->setText(u"Айгерим Сапарова-Ким"_s);
    QTRY_COMPARE(PeopleRepository(db).find(aigerim->id)->name, u"Айгерим Сапарова-Ким"_s);
    QCOMPARE(ArticleRepository(db).loadBySlug(u"zametka-aygerim"_s)->bylines.first().name, u"Айгерим Сапарова-Ким"_s);
    // Renamed onto a colleague's name: refused, and the table shows the names as they are.
    QTRY_COMPARE(dialog.table()->item(1, 0)->text(), u"Данияр Омаров"_s);
    dialog.table()->item(1, 0)->setText(u"Айгерим Сапарова-Ким"_s);
    QTRY_VERIFY(dialog.findChild<QLabel *>(u"peopleProblem"_s)->isVisible());
    QTRY_COMPARE(dialog.table()->item(1, 0)->text(), u"Данияр Омаров"_s);
    QVERIFY(!(dialog.table()->item(0, 2)->flags() & Qt::ItemIsEditable)); // a login is the server's to give

    // Someone who may not manage people sees them, and the form is off.
    PeopleDialog readOnly(newsroom, false);
    QVERIFY(!readOnly.nameEdit()->isEnabled());
    QCOMPARE(readOnly.table()->item(0, 1)->text(), u"Editor"_s);
    QCOMPARE(readOnly.table()->editTriggers(), QAbstractItemView::NoEditTriggers);
}

void TestStoryMenu::exportTheSiteFromTheWindow()
{
    const std::unique_ptr<Database> opened = newsroom(u"export.db"_s);
    QVERIFY(opened);
    QVERIFY(Demo::load(*opened));
    MainWindow window(opened.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    ExportDialog *dialog = window.exportSite();
    QVERIFY(dialog && dialog->isVisible());
    const QString site = m_dir.filePath(u"site"_s);
    dialog->folderEdit()->setText(site);
    QSignalSpy done(dialog, &ExportDialog::finished);
    dialog->exportButton()->click();
    QVERIFY(dialog->isRunning());
    QVERIFY(done.wait(60000));
    QCOMPARE(done.first().first().toBool(), true);
    QVERIFY2(dialog->result()->text().startsWith(u"Exported 11 stories"_s), qPrintable(dialog->result()->text()));
    QVERIFY(dialog->openButton()->isEnabled());
    QCOMPARE(dialog->progress()->value(), dialog->progress()->maximum());
    QVERIFY(QFile::exists(site + u"/index.html"_s));
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(100);
        QString error;
        QVERIFY2(saveWindowScreenshot(dialog, folder + u"/export-dialog.png"_s, &error), qPrintable(error));
    }
    dialog->close();

    // Kept current: with the folder in the site settings, a story taken off the site from
    // the window leaves the site at once, exported beside the window.
    SiteSettings settings = *SiteSettingsRepository(*opened).load();
    settings.exportOnPublish = site;
    QVERIFY(SiteSettingsRepository(*opened).save(settings));
    const QString slug = u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s;
    const Expected<Article> story = ArticleRepository(*opened).loadBySlug(slug);
    QVERIFY(story);
    QVERIFY(QFile::exists(site + u"/news/"_s + slug + u".html"_s));
    QVERIFY(finished(window, &MainWindow::openStory, story->id));
    QSignalSpy exported(window.siteKeeper(), &SiteKeeper::exported);
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Unpublish));
    QVERIFY(exported.wait(60000));
    QVERIFY2(exported.first().at(1).toBool(), qPrintable(exported.first().at(0).toString()));
    QVERIFY(!QFile::exists(site + u"/news/"_s + slug + u".html"_s));
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Publish));
    QVERIFY(exported.wait(60000));
    QVERIFY(QFile::exists(site + u"/news/"_s + slug + u".html"_s));
}

void TestStoryMenu::theBadgeSaysWhereTheStoryStands()
{
    const std::unique_ptr<Database> opened = newsroom(u"badge.db"_s);
    QVERIFY(opened);
    QVERIFY(Demo::load(*opened));
    MainWindow window(opened.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QLabel *badge = window.editor()->statusBadge();

    QVERIFY(finished(window, &MainWindow::newStory));
    QCOMPARE(badge->text(), u"New"_s);
    Statement draft = opened->prepare(u"SELECT id FROM articles WHERE status = 'draft' ORDER BY id LIMIT 1"_s);
    QVERIFY(opened->exec(draft));
    QVERIFY(draft.next());
    QVERIFY(finished(window, &MainWindow::openStory, draft.value(0).toLongLong()));
    QCOMPARE(badge->text(), u"Draft"_s);
    QVERIFY(badge->isVisible());

    // Published, with the day and time in the newsroom's zone.
    const Expected<Article> published = ArticleRepository(*opened).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    QVERIFY(published);
    QVERIFY(finished(window, &MainWindow::openStory, published->id));
    const QString day = QLocale().toString(published->publishedAt.toTimeZone(QTimeZone("Asia/Almaty")), QLocale::ShortFormat);
    QCOMPARE(badge->text(), u"Published "_s + day);
    QVERIFY2(badge->toolTip().contains(u"next export"_s), qPrintable(badge->toolTip()));

    // A step changes it at once: unpublished.
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Unpublish));
    QCOMPARE(badge->text(), statusLabel(ArticleStatus::Unpublished));
}

void TestStoryMenu::aPublishedStoryAsksBeforeItChanges()
{
    const std::unique_ptr<Database> opened = newsroom(u"published.db"_s);
    QVERIFY(opened);
    QVERIFY(Demo::load(*opened));
    Database &db = *opened;
    const Article before = *ArticleRepository(db).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    QCOMPARE(before.status, ArticleStatus::Published);
    MainWindow window(&db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, before.id));
    QPlainTextEdit *body = window.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    QTest::keyClicks(body, u" Typo fixed."_s);

    // The autosave keeps the change on this computer: the site's text stays as it was.
    Q_EMIT window.autosaver()->storeDue();
    QTest::qWait(100);
    QCOMPARE(ArticleRepository(db).load(before.id)->revision, before.revision);
    QVERIFY(window.storySession()->isModified());

    // Save asks; Cancel leaves the store as it was and the text in the editor.
    Test::answerNextOpen<QMessageBox>(this, [](QMessageBox *ask) {
        QVERIFY2(ask->text().contains(u"next export"_s), qPrintable(ask->text()));
        ask->button(QMessageBox::Cancel)->click();
    });
    Status saved = finished(window, &MainWindow::saveStory);
    QVERIFY(!saved);
    QCOMPARE(saved.error().kind, Error::Kind::Cancelled);
    QCOMPARE(ArticleRepository(db).load(before.id)->revision, before.revision);
    QVERIFY(body->toPlainText().endsWith(u"Typo fixed."_s));

    // A silent fix: saved, said to go online at the next export, no correction noted.
    Test::answerNextOpen<QMessageBox>(this, [](QMessageBox *ask) { ask->findChild<QPushButton *>(u"silentFixButton"_s)->click(); });
    saved = finished(window, &MainWindow::saveStory);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const Article fixed = *ArticleRepository(db).load(before.id);
    QVERIFY(fixed.body.endsWith(u"Typo fixed."_s));
    QCOMPARE(fixed.status, ArticleStatus::Published);
    QVERIFY2(window.statusBar()->currentMessage().contains(u"next export"_s), qPrintable(window.statusBar()->currentMessage()));
    const auto corrections = [&] {
        int count = 0;
        const QList<WorkflowEvent> events = *Workflow(db).history(before.id);
        for (const WorkflowEvent &event : events)
            count += event.from == ArticleStatus::Published && event.to == ArticleStatus::Published ? 1 : 0;
        return count;
    };
    QCOMPARE(corrections(), 0);

    // Once per opening: the next save and the autosave go ahead without asking.
    QTest::keyClicks(body, u" Again."_s);
    bool asked = false;
    QTimer *watch = Test::answerNextOpen<QWidget>(this, [&asked](QWidget *modal) {
        asked = true;
        modal->close();
    });
    QVERIFY(finished(window, &MainWindow::saveStory));
    QTest::qWait(60);
    QVERIFY(!asked);
    delete watch;
    QVERIFY(ArticleRepository(db).load(before.id)->body.endsWith(u"Again."_s));

    // Opened again: asked again, and this time it is a correction with a note for readers.
    QVERIFY(finished(window, &MainWindow::openStory, before.id));
    QTest::keyClicks(window.editor()->bodyEdit(), u"!"_s);
    Test::answerNextOpen<QMessageBox>(this, [this](QMessageBox *ask) {
        Test::answerNextOpen<QInputDialog>(this, [](QInputDialog *note) {
            note->setTextValue(u"Уточнена сумма контракта."_s);
            note->accept();
        });
        ask->findChild<QPushButton *>(u"correctionButton"_s)->click();
    });
    saved = finished(window, &MainWindow::saveStory);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QCOMPARE(corrections(), 1);
    QCOMPARE(Workflow(db).history(before.id)->constLast().note, u"Уточнена сумма контракта."_s);
    QVERIFY(!window.storySession()->isModified());
}

QTEST_MAIN(TestStoryMenu)
#include "tst_storymenu.moc"
