// SPDX-License-Identifier: GPL-3.0-or-later
// Room to write, on a laptop (1366×768) and on a small screen (1024×700): the body takes the
// height, the story's details fold away, the list's headlines stay readable, panels that do
// not fit give way rather than widening the window, and focus mode leaves the story alone.
// NEWSROOM_SCREENSHOTS=folder keeps a picture of each size.
#include "awaited.h"
#include "calendarview.h"
#include "focusmode.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "panelfitter.h"
#include "previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"
#include "testdatabases.h"
#include "typing.h"
#include "windowscreenshot.h"

#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

int bodyLines(const StoryEditor *editor)
{
    const QPlainTextEdit *body = editor->bodyEdit();
    return body->viewport()->height() / body->fontMetrics().lineSpacing();
}

QAction *action(const QMainWindow &window, const QString &name)
{
    QAction *found = window.findChild<QAction *>(name);
    if (!found)
        qFatal("no action %s", qPrintable(name));
    return found;
}

} // namespace

class TestDeskLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void theStoryHasRoomToWrite_data();
    void theStoryHasRoomToWrite();
    void panelsComeBackWhenThereIsRoom();
    void aPanelAskedForStaysAndOthersMakeRoom();
    void theDetailsFoldAwayAndKeepWhatIsTyped();
    void focusModeLeavesTheStoryAlone();
    void headlinesStayReadableInANarrowList();
    void anEmptyNewsroomFitsToo_data() { theStoryHasRoomToWrite_data(); }
    void anEmptyNewsroomFitsToo();

private:
    // The window at `size`, shown; with the demo story open when `story`.
    std::unique_ptr<MainWindow> desk(QSize size, bool story = true);
    void openStory(MainWindow &window);
    void look(QWidget *window, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    qint64 m_story = 0;
};

void TestDeskLayout::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_desklayout"_s);
    m_db = Test::TestDatabases::openDemo(m_dir.filePath(u"demo.db"_s));
    QVERIFY(m_db);
    const Expected<Article> story = ArticleRepository(*m_db).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    QVERIFY(story);
    m_story = story->id;
}

void TestDeskLayout::init()
{
    QSettings().clear(); // each test starts from a desk never used before
}

std::unique_ptr<MainWindow> TestDeskLayout::desk(QSize size, bool story)
{
    auto window = std::make_unique<MainWindow>(m_db.get());
    window->resize(size);
    window->show();
    if (!QTest::qWaitForWindowExposed(window.get()))
        QTest::qFail("the window was not shown", __FILE__, __LINE__);
    if (story)
        openStory(*window);
    return window;
}

void TestDeskLayout::openStory(MainWindow &window)
{
    const Status opened = finished(window, &MainWindow::openStory, m_story);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    QTest::qWait(50); // the panels settle: the fitter and the splitter act on posted events
}

void TestDeskLayout::look(QWidget *window, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QString error;
        QVERIFY2(saveWindowScreenshot(window, u"%1/%2.png"_s.arg(folder, name), &error), qPrintable(error));
    }
}

void TestDeskLayout::theStoryHasRoomToWrite_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<int>("lines");
    QTest::newRow("laptop 1366×768") << QSize(1366, 768) << 20;
    QTest::newRow("small screen 1024×700") << QSize(1024, 700) << 12;
}

void TestDeskLayout::theStoryHasRoomToWrite()
{
    QFETCH(QSize, size);
    QFETCH(int, lines);
    const std::unique_ptr<MainWindow> shown = desk(size, false);
    MainWindow &window = *shown;
    // The calendar once opened (its month used to widen the window for good), then a story.
    window.sidebar()->setCurrentView(NavigationSidebar::View::Calendar);
    QTest::qWait(50);
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    openStory(window);

    QVERIFY2(window.minimumSize().width() <= 1024 && window.minimumSize().height() <= 700,
             qPrintable(u"minimum %1×%2"_s.arg(window.minimumSize().width()).arg(window.minimumSize().height())));
    QCOMPARE(window.size(), size);
    QVERIFY2(bodyLines(window.editor()) >= lines, qPrintable(u"%1 lines"_s.arg(bodyLines(window.editor()))));
    QVERIFY(!window.editor()->detailsShown());
    QVERIFY(window.storyBrowser()->isVisible()); // the list stays beside the story while it fits
    look(&window, u"desk-%1x%2"_s.arg(size.width()).arg(size.height()));

    // With the preview: both readable, the window no wider; what did not fit gave way.
    action(window, u"actionPreview"_s)->trigger();
    QTest::qWait(50);
    QCOMPARE(window.size(), size);
    QVERIFY2(window.preview()->width() >= 260, qPrintable(QString::number(window.preview()->width())));
    QVERIFY2(window.editor()->width() >= 300, qPrintable(QString::number(window.editor()->width())));
    QVERIFY(window.panelFitter()->neededWidth() <= window.width());
    for (const QString &name : {u"actionShowList"_s, u"actionShowSidebar"_s}) {
        QAction *toggle = action(window, name);
        QCOMPARE(toggle->isChecked(), !window.panelFitter()->gaveWay(toggle));
    }
    if (size.width() < 1100)
        QVERIFY(window.panelFitter()->gaveWay(action(window, u"actionShowList"_s)));
    QVERIFY2(bodyLines(window.editor()) >= lines, qPrintable(u"%1 lines"_s.arg(bodyLines(window.editor()))));
    look(&window, u"desk-preview-%1x%2"_s.arg(size.width()).arg(size.height()));
}

void TestDeskLayout::panelsComeBackWhenThereIsRoom()
{
    const std::unique_ptr<MainWindow> shown = desk(QSize(1024, 700));
    MainWindow &window = *shown;
    action(window, u"actionPreview"_s)->trigger();
    QTRY_VERIFY(window.storyBrowser()->isHidden());
    QVERIFY(!action(window, u"actionShowList"_s)->isChecked());

    window.resize(1366, 768);
    QTRY_VERIFY(window.storyBrowser()->isVisible());
    QVERIFY(action(window, u"actionShowList"_s)->isChecked());
    QVERIFY(!window.panelFitter()->gaveWay(action(window, u"actionShowList"_s)));
    QVERIFY(window.preview()->isVisible());

    // Hidden by the person, a panel stays hidden when room comes.
    window.resize(1024, 700);
    QTRY_VERIFY(window.storyBrowser()->isHidden());
    action(window, u"actionShowSidebar"_s)->trigger(); // off, on purpose
    QVERIFY(window.sidebar()->isHidden());
    window.resize(1366, 768);
    QTRY_VERIFY(window.storyBrowser()->isVisible());
    QTest::qWait(50);
    QVERIFY(window.sidebar()->isHidden());
}

void TestDeskLayout::aPanelAskedForStaysAndOthersMakeRoom()
{
    const std::unique_ptr<MainWindow> shown = desk(QSize(1024, 700));
    MainWindow &window = *shown;
    action(window, u"actionPreview"_s)->trigger();
    QTRY_VERIFY(window.storyBrowser()->isHidden());

    // The list asked for again: it shows, and the others make room for it: as few as will
    // do (here the photo and comment panels, which alone free enough; the sidebar would not).
    action(window, u"actionShowList"_s)->trigger();
    QTest::qWait(50);
    QVERIFY(window.storyBrowser()->isVisible());
    QVERIFY(window.preview()->isVisible());
    QCOMPARE(window.width(), 1024);
    QVERIFY(window.panelFitter()->neededWidth() <= window.width());
    QVERIFY(window.sidebar()->isVisible());
    auto *photos = window.findChild<QDockWidget *>(u"photoDock"_s);
    QVERIFY(photos->isHidden());
    QVERIFY(window.panelFitter()->gaveWay(photos->toggleViewAction()));
    QVERIFY(!photos->toggleViewAction()->isChecked());
    // Asked for in turn, the photos stay and the list gives way again.
    photos->toggleViewAction()->trigger();
    QTest::qWait(50);
    QVERIFY(photos->isVisible());
    QVERIFY(window.storyBrowser()->isHidden());
    QCOMPARE(window.width(), 1024);
}

void TestDeskLayout::theDetailsFoldAwayAndKeepWhatIsTyped()
{
    const std::unique_ptr<MainWindow> shown = desk(QSize(1366, 768));
    MainWindow &window = *shown;
    StoryEditor *editor = window.editor();
    QLineEdit *dateline = editor->lineEdit(ArticleDocument::Field::Dateline);
    QVERIFY(!dateline->isVisible());
    // Folded, the details are summed up on one line: who wrote it, where.
    const QLabel *summary = editor->findChild<QLabel *>(u"detailsSummary"_s);
    QVERIFY(summary->isVisible());
    QVERIFY2(summary->toolTip().contains(u"Айгерим Сапарова"_s) && summary->toolTip().contains(u"Темиртау"_s),
             qPrintable(summary->toolTip()));
    const int folded = bodyLines(editor);
    // Cut to its own width ("…"), never in the middle of a letter behind the badge, also
    // when the window narrows.
    for (const QSize size : {QSize(1366, 768), QSize(1024, 700)}) {
        window.resize(size);
        QTest::qWait(50);
        QVERIFY2(summary->fontMetrics().horizontalAdvance(summary->text()) <= summary->contentsRect().width(),
                 qPrintable(u"%1 px of text in %2 px"_s.arg(summary->fontMetrics().horizontalAdvance(summary->text()))
                                .arg(summary->contentsRect().width())));
    }
    window.resize(1366, 768);
    QTest::qWait(50);

    QTest::mouseClick(editor->detailsToggle(), Qt::LeftButton);
    QVERIFY(editor->detailsShown());
    QVERIFY(dateline->isVisible());
    QVERIFY(!summary->isVisible());
    QTest::qWait(20);
    QVERIFY(bodyLines(editor) < folded); // the body gave the room

    // What is typed there is the story's, and the summary says it once folded again.
    dateline->setFocus();
    dateline->selectAll();
    Test::type(dateline, u"Караганда"_s);
    QCOMPARE(window.storySession()->document()->field(ArticleDocument::Field::Dateline), u"Караганда"_s);
    QTest::mouseClick(editor->detailsToggle(), Qt::LeftButton);
    QVERIFY(!editor->detailsShown());
    QVERIFY2(summary->toolTip().contains(u"Караганда"_s), qPrintable(summary->toolTip()));

    // The choice is the person's, kept for the next time.
    QTest::mouseClick(editor->detailsToggle(), Qt::LeftButton);
    ArticleDocument *document = window.storySession()->document();
    QVERIFY(document->isModified());
    document->undoStack()->setIndex(document->undoStack()->cleanIndex()); // nothing to ask about on closing
    QVERIFY(!document->isModified());
    QVERIFY(window.close());
    MainWindow again(m_db.get());
    QVERIFY(again.editor()->detailsShown());
}

void TestDeskLayout::focusModeLeavesTheStoryAlone()
{
    const std::unique_ptr<MainWindow> shown = desk(QSize(1366, 768));
    MainWindow &window = *shown;
    action(window, u"actionPreview"_s)->trigger();
    QTest::qWait(50);
    const QList<QWidget *> others{window.menuBar(), window.statusBar(), window.findChild<QToolBar *>(u"mainToolBar"_s),
                                  window.sidebar(), window.storyBrowser(), window.preview(),
                                  window.findChild<QDockWidget *>(u"photoDock"_s)};
    for (QWidget *other : others)
        QVERIFY2(other->isVisible(), other->metaObject()->className());

    QTest::keyClick(window.editor()->bodyEdit(), Qt::Key_F11);
    QVERIFY(window.focusMode()->isOn());
    for (QWidget *other : others)
        QVERIFY2(other->isHidden(), other->metaObject()->className());
    QVERIFY(window.editor()->isVisible());
    QTRY_VERIFY(window.isFullScreen());
    // The lines keep a readable width in the middle of the screen.
    QTRY_VERIFY(window.editor()->contentsMargins().left() > 0);
    QVERIFY(window.editor()->bodyEdit()->width() < window.width() * 3 / 4 || window.width() < 1100);
    look(&window, u"focus-mode"_s);

    QTest::keyClick(window.editor()->bodyEdit(), Qt::Key_Escape);
    QVERIFY(!window.focusMode()->isOn());
    QVERIFY(!action(window, u"actionFocusMode"_s)->isChecked());
    QTRY_VERIFY(!window.isFullScreen());
    for (QWidget *other : others)
        QVERIFY2(other->isVisible(), other->metaObject()->className());
    QCOMPARE(window.editor()->contentsMargins(), QMargins());
}

void TestDeskLayout::headlinesStayReadableInANarrowList()
{
    const std::unique_ptr<MainWindow> shown = desk(QSize(1366, 768), false);
    MainWindow &window = *shown;
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    QTreeView *list = window.storyList();
    QTRY_VERIFY(list->model() && list->model()->rowCount() > 5);
    QTest::qWait(50);
    const auto checkHeadlineLeads = [list]() {
        const QHeaderView *header = list->header();
        const int headline = header->sectionSize(0);
        for (int column = 1; column < header->count(); ++column) {
            if (!header->isSectionHidden(column) && header->sectionSize(column) > headline)
                return u"column %1 is %2 px, the headline %3"_s.arg(column).arg(header->sectionSize(column)).arg(headline);
        }
        if (headline < std::min(240, list->viewport()->width() - 2))
            return u"the headline has %1 px of %2"_s.arg(headline).arg(list->viewport()->width());
        return QString();
    };
    // The whole list, nothing open: every column fits beside a wide headline.
    QString problem = checkHeadlineLeads();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    for (int column = 1; column < list->header()->count(); ++column)
        QVERIFY(!list->header()->isSectionHidden(column));
    QVERIFY(!list->header()->sectionsMovable());

    // A story open beside it: the list narrows, the headline keeps its room.
    openStory(window);
    QTest::qWait(50);
    problem = checkHeadlineLeads();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QString first = list->model()->index(0, 0).data().toString();
    QVERIFY(list->fontMetrics().horizontalAdvance(first.left(20)) < list->header()->sectionSize(0));
}

void TestDeskLayout::anEmptyNewsroomFitsToo()
{
    // A newsroom just made, before its first story: the window at its size, not wider.
    QFETCH(QSize, size);
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(u"empty.db"_s);
    Expected<std::unique_ptr<Database>> empty = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(empty);
    MainWindow window(empty->get());
    window.resize(size);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTest::qWait(50);
    QCOMPARE(window.size(), size);
    QVERIFY(window.storyBrowser()->isVisible() && window.sidebar()->isVisible());
    look(&window, u"empty-%1x%2"_s.arg(size.width()).arg(size.height()));
    QVERIFY(finished(window, &MainWindow::newStory));
    QTest::qWait(50);
    QCOMPARE(window.size(), size);
    QVERIFY2(bodyLines(window.editor()) >= (size.width() > 1100 ? 20 : 12),
             qPrintable(QString::number(bodyLines(window.editor()))));
    look(&window, u"empty-new-story-%1x%2"_s.arg(size.width()).arg(size.height()));
}

QTEST_MAIN(TestDeskLayout)
#include "tst_desklayout.moc"
