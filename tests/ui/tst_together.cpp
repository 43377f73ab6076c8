// SPDX-License-Identifier: GPL-3.0-or-later
// Two desks on one PostgreSQL newsroom, each a real main window with its own login: a
// reporter and an editor. What one does appears in the other within two seconds; a
// take-over keeps the reporter's unsaved text; a concurrent edit opens the merge view
// and loses nothing; a connection killed at the server comes back by itself.
#include "awaited.h"
#include "commentspanel.h"
#include "editbanner.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "navigationsidebar.h"
#include "photopanel.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "testdatabases.h"
#include "whenmodal.h"
#include "workflowdialogs.h"
#include "windowscreenshot.h"
#include "storage/editlocks.h"
#include "typing.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QImage>
#include <QListWidget>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QComboBox>
#include <QSignalBlocker>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <optional>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::type;

class TestTogether : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void statusChangeReachesTheOtherDesk();
    void aNewSectionReachesEveryDesk();
    void lockIsShownAndTakeOverKeepsTheHoldersText();
    void concurrentEditOpensTheMergeViewAndLosesNothing();
    void killedConnectionResumesUpdates();
    void photosCommentsAndHistoryGoThroughTheWorker();

private:
    std::unique_ptr<Database> as(const QString &login);
    QString statusInList(MainWindow &window, qint64 id) const;
    void screenshot(QWidget *window, const QString &name);

    Test::TestDatabases m_databases;
    QString m_url;
    std::unique_ptr<Database> m_owner;
    qint64 m_category = 0;
    qint64 m_reporterId = 0;
    qint64 m_story = 0;
    std::unique_ptr<Database> m_reporterDb;
    std::unique_ptr<Database> m_editorDb;
    std::unique_ptr<MainWindow> m_reporter;
    std::unique_ptr<MainWindow> m_editor;
};

std::unique_ptr<Database> TestTogether::as(const QString &login)
{
    return Test::TestDatabases::openAs(m_url, login);
}

void TestTogether::screenshot(QWidget *window, const QString &name)
{
    const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS");
    if (folder.isEmpty())
        return;
    QTest::qWait(150);
    QString error;
    QVERIFY2(saveWindowScreenshot(window, folder + u'/' + name, &error), qPrintable(error));
}

QString TestTogether::statusInList(MainWindow &window, qint64 id) const
{
    const QAbstractItemModel *model = window.storyList()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(StoryListModel::IdRole).toLongLong() == id)
            return model->index(row, StoryListModel::Status).data().toString();
    }
    return {};
}

void TestTogether::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_together"_s);
    m_url = m_databases.freshUrl(u"postgresql"_s);
    QVERIFY(!m_url.isEmpty());
    m_owner = m_databases.open(m_url); // the superuser who sets the newsroom up
    QVERIFY(m_owner);
    QSqlQuery setup(m_owner->connection());
    for (const auto &[login, name, role] : {std::tuple{u"aigerim"_s, u"Айгерим Сапарова"_s, Role::Reporter},
                                            std::tuple{u"daniyar"_s, u"Данияр Омаров"_s, Role::Editor}}) {
        QVERIFY(setup.exec(u"CREATE ROLE %1 LOGIN IN ROLE newsroom_%2"_s.arg(login, roleName(role))));
        const Expected<Person> added = PeopleRepository(*m_owner).add(Person{0, name, role, login});
        QVERIFY2(added, qPrintable(Test::errorText(added)));
        if (role == Role::Reporter)
            m_reporterId = added->id;
    }
    const Expected<Category> category = CategoryRepository(*m_owner).ensurePath(u"Новости/Регион"_s);
    QVERIFY(category);
    m_category = category->id;
}

void TestTogether::init()
{
    // A fresh draft of the reporter's for each test, and both desks open on the list.
    Article story;
    story.headline = u"Министр посетил Темиртау"_s;
    story.lead = u"Министр промышленности провёл день на комбинате."_s;
    story.body = u"Визит начался с доменного цеха.\n\nРабочие спросили о зарплатах."_s;
    story.categoryId = m_category;
    story.bylines = {Byline{Byline::Kind::Text, m_reporterId, u"Айгерим Сапарова"_s}};
    SaveOptions options;
    options.personId = m_reporterId;
    const SaveResult saved = ArticleRepository(*m_owner).save(story, options);
    QVERIFY(saved.ok());
    m_story = saved.article.id;

    m_reporterDb = as(u"aigerim"_s);
    m_editorDb = as(u"daniyar"_s);
    QVERIFY(m_reporterDb && m_editorDb);
    m_reporter = std::make_unique<MainWindow>(m_reporterDb.get());
    m_editor = std::make_unique<MainWindow>(m_editorDb.get());
    for (MainWindow *window : {m_reporter.get(), m_editor.get()}) {
        window->resize(1360, 820);
        window->sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->changeFeed());
        QTRY_VERIFY_WITH_TIMEOUT(window->changeFeed()->isListening(), 5000);
    }
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(*m_editor, m_story), u"Draft"_s, 5000); // the list arrives from the worker
}

void TestTogether::cleanup()
{
    m_reporter.reset();
    m_editor.reset();
    m_reporterDb.reset();
    m_editorDb.reset();
}

void TestTogether::statusChangeReachesTheOtherDesk()
{
    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finished(*m_reporter, &MainWindow::performWorkflow, WorkflowAction::Submit));
    QTRY_VERIFY_WITH_TIMEOUT(statusInList(*m_editor, m_story).startsWith(u"Submitted · ✎ Айгерим"_s), 2000);
    qInfo("the editor's list showed the submission %lld ms after it", qint64(clock.elapsed()));
}

void TestTogether::aNewSectionReachesEveryDesk()
{
    // An admin adds a section on the server (here through the owner's connection, as
    // `newsroom sections add` would): the reporter's open story offers it at once.
    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QComboBox *sections = m_reporter->editor()->sectionBox();
    QCOMPARE(sections->findText(u"Культура"_s), -1);
    QVERIFY(CategoryRepository(*m_owner).addLast(0, u"Культура"_s));
    QTRY_VERIFY_WITH_TIMEOUT(sections->findText(u"Культура"_s) > 0, 2000);
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->editor()->sectionBox()->findText(u"Культура"_s) > 0, 2000);
}

void TestTogether::lockIsShownAndTakeOverKeepsTheHoldersText()
{
    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QVERIFY(!m_reporter->editor()->isReadOnly());
    QPlainTextEdit *reportersBody = m_reporter->editor()->bodyEdit();
    reportersBody->setFocus();
    reportersBody->moveCursor(QTextCursor::End);
    type(reportersBody, u"\n\nМинистр пообещал вернуться весной."_s);
    QVERIFY(m_reporter->editor()->document()->isModified());
    // The editor's list marks who is editing it.
    QTRY_COMPARE_WITH_TIMEOUT(statusInList(*m_editor, m_story), u"Draft · ✎ Айгерим Сапарова"_s, 2000);

    // The editor opens it: read-only, with the reporter's name and Take Over.
    QVERIFY(finished(*m_editor, &MainWindow::openStory, m_story));
    EditBanner *banner = m_editor->editor()->banner();
    QVERIFY(m_editor->editor()->isReadOnly());
    QVERIFY2(banner->text().contains(u"Editing now: Айгерим Сапарова"_s), qPrintable(banner->text()));
    QVERIFY(banner->takeOverButton()->isVisible());
    // And typing there changes nothing.
    type(m_editor->editor()->bodyEdit(), u"xyz"_s);
    QVERIFY(!m_editor->editor()->document()->isModified());
    screenshot(m_editor.get(), u"lock-banner.png"_s);

    QElapsedTimer clock;
    clock.start();
    banner->takeOverButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->editor()->isReadOnly(), 2000); // the server's answer, from the worker
    // Within two seconds the reporter's desk knows, has kept its text as a revision and
    // turned read-only; the editor's desk shows that text.
    QTRY_VERIFY_WITH_TIMEOUT(m_reporter->editor()->isReadOnly(), 2000);
    qInfo("the reporter's desk learned of the take-over after %lld ms", qint64(clock.elapsed()));
    const QString reportersBanner = m_reporter->editor()->banner()->text();
    QVERIFY2(reportersBanner.contains(u"Данияр Омаров took over"_s) && reportersBanner.contains(u"kept as revision"_s),
             qPrintable(reportersBanner));
    const Expected<Article> stored = ArticleRepository(*m_owner).load(m_story);
    QVERIFY(stored->body.endsWith(u"Министр пообещал вернуться весной."_s));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->editor()->bodyEdit()->toPlainText().contains(u"вернуться весной"_s), 2000);
    QVERIFY(!m_reporter->editor()->document()->isModified());
}

void TestTogether::concurrentEditOpensTheMergeViewAndLosesNothing()
{
    // The reporter writes; the editor takes over and writes at once, before the
    // reporter's text arrives as a revision: two edits of the same story at a time.
    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QPlainTextEdit *reportersBody = m_reporter->editor()->bodyEdit();
    reportersBody->moveCursor(QTextCursor::End);
    type(reportersBody, u"\n\nАбзац репортёра о новом цехе."_s);
    QVERIFY(finished(*m_editor, &MainWindow::openStory, m_story));
    // Both desks share this process's event loop, so the word of the reporter's revision
    // would reach the editor's untouched desk (which then shows it) before the editor
    // types; held back here, as a slow network does, it arrives after the editor's first
    // keys, and the two edits meet at the save.
    std::optional<QSignalBlocker> slowNetwork(std::in_place, m_editor->changeFeed());
    m_editor->editor()->banner()->takeOverButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!m_editor->editor()->isReadOnly(), 2000);
    QPlainTextEdit *editorsBody = m_editor->editor()->bodyEdit();
    editorsBody->moveCursor(QTextCursor::Start);
    type(editorsBody, u"Вставка редактора перед текстом.\n\n"_s);
    QLineEdit *headline = m_editor->editor()->lineEdit(ArticleDocument::Field::Headline);
    headline->selectAll();
    type(headline, u"Министр осмотрел комбинат в Темиртау"_s);
    QTRY_VERIFY_WITH_TIMEOUT(m_reporter->editor()->isReadOnly(), 2000);
    QVERIFY(ArticleRepository(*m_owner).load(m_story)->body.contains(u"Абзац репортёра"_s));
    slowNetwork.reset();

    // The editor saves: the merge view, each field with what changed, the body both.
    bool merged = false;
    // The view opens when the server's answer to the save arrives from the worker.
    QTimer waiting;
    Test::answerWhenOpen<MergeDialog>(waiting, [&](MergeDialog *dialog) {
        const auto close = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        const QList<MergeField> fields = dialog->choices();
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields.at(0).which, StoryField::Headline);
        QCOMPARE(fields.at(0).choice, MergeField::Choice::Mine);
        QCOMPARE(fields.at(1).which, StoryField::Body);
        QCOMPARE(fields.at(1).choice, MergeField::Choice::Both);
        screenshot(dialog, u"merge-view.png"_s);
        dialog->findChild<QPushButton *>(u"saveMergedButton"_s)->click();
        merged = true;
    });
    QVERIFY(finished(*m_editor, &MainWindow::saveStory));
    QVERIFY(merged);
    const Expected<Article> stored = ArticleRepository(*m_owner).load(m_story);
    QCOMPARE(stored->headline, u"Министр осмотрел комбинат в Темиртау"_s);
    QVERIFY2(stored->body.startsWith(u"Вставка редактора перед текстом."_s), qPrintable(stored->body));
    QVERIFY(stored->body.contains(u"Визит начался с доменного цеха."_s));
    QVERIFY(stored->body.contains(u"Абзац репортёра о новом цехе."_s));
    QVERIFY(!m_editor->editor()->document()->isModified());
}

void TestTogether::killedConnectionResumesUpdates()
{
    QSignalSpy live(m_editor->changeFeed(), &ChangeFeed::liveChanged);
    QSqlQuery kill(m_owner->connection());
    QVERIFY(kill.exec(u"SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'daniyar'"_s));
    QVERIFY(kill.next());
    QVERIFY(kill.value(0).toInt() >= 3); // the window's connection, its listener and its worker
    // The editor's desk notices within a second or two, says so, and comes back.
    QTRY_COMPARE_WITH_TIMEOUT(live.size(), 2, 5000);
    QCOMPARE(live.at(0).at(0).toBool(), false);
    QCOMPARE(live.at(1).at(0).toBool(), true);
    QVERIFY(m_editor->changeFeed()->isLive());
    // Back, each once: the window's connection and its listener; the worker's comes back
    // when it is next asked for something.
    QSqlQuery count(m_owner->connection());
    QVERIFY(count.exec(u"SELECT count(*) FROM pg_stat_activity WHERE usename = 'daniyar'"_s) && count.next());
    QVERIFY2(count.value(0).toInt() == 2 || count.value(0).toInt() == 3, qPrintable(count.value(0).toString()));

    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QElapsedTimer clock;
    clock.start();
    QVERIFY(finished(*m_reporter, &MainWindow::performWorkflow, WorkflowAction::Submit));
    QTRY_VERIFY_WITH_TIMEOUT(statusInList(*m_editor, m_story).startsWith(u"Submitted · ✎ Айгерим"_s), 2000);
    qInfo("after the reconnection, the submission showed after %lld ms", qint64(clock.elapsed()));
    // The editor's own connection works again too.
    QVERIFY(finished(*m_editor, &MainWindow::openStory, m_story));
}

void TestTogether::photosCommentsAndHistoryGoThroughTheWorker()
{
    // On a server the photo is stored, the comment written and the history read on the
    // worker's connection; each comes back to the window that asked.
    QVERIFY(finished(*m_reporter, &MainWindow::openStory, m_story));
    QImage picture(800, 533, QImage::Format_RGB32);
    picture.fill(QColor(70, 110, 160));
    const QString file = m_databases.tempPath(u"domna.jpg"_s);
    QVERIFY(picture.save(file, "JPEG", 85));
    PhotoPanel *photos = m_reporter->photoPanel();
    QVERIFY(finished(*photos, &PhotoPanel::attachFiles, QStringList{file}));
    QCOMPARE(m_reporter->editor()->document()->photos().size(), 1);
    QCOMPARE(photos->list()->count(), 1);
    QVERIFY(!photos->list()->item(0)->icon().isNull());
    QVERIFY(finished(*m_reporter, &MainWindow::saveStory));

    // Opened again elsewhere, its picture is read on the worker and shown when it comes.
    QVERIFY(finished(*m_editor, &MainWindow::openStory, m_story));
    QTRY_VERIFY_WITH_TIMEOUT(m_editor->photoPanel()->list()->count() == 1
                                 && !m_editor->photoPanel()->list()->item(0)->icon().isNull(),
                             5000);

    CommentsPanel *comments = m_editor->commentsPanel();
    comments->input()->setPlainText(u"Нужна подпись к фото."_s);
    QVERIFY(finished(*comments, &CommentsPanel::comment, u"Нужна подпись к фото."_s));
    QVERIFY(comments->input()->toPlainText().isEmpty());
    QTRY_COMPARE_WITH_TIMEOUT(comments->threads()->topLevelItemCount(), 1, 5000);

    int steps = -1;
    QTimer watch;
    Test::answerWhenOpen<HistoryDialog>(watch, [&](HistoryDialog *dialog) {
        steps = dialog->findChild<QTreeWidget *>(u"historyList"_s)->topLevelItemCount();
        dialog->reject();
    });
    QVERIFY(finished(*m_editor, &MainWindow::showHistory));
    QCOMPARE(steps, 0); // a draft nobody has moved on yet
}

QTEST_MAIN(TestTogether)
#include "tst_together.moc"
