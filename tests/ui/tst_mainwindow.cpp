// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatewidget.h"
#include "mainwindow.h"

#include <QAccessible>
#include <QAction>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;
using Newsroom::MainWindow;
using View = Newsroom::NavigationSidebar::View;

class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void sidebarOffersTheStoryViews();
    void emptyStateFollowsTheView();
    void focusableWidgetsHaveAccessibleNames();
    void quitUsesTheStandardShortcut();
    void layoutIsRemembered();
};

void TestMainWindow::initTestCase()
{
    // Keep the tester's own settings out of it, and the test's out of theirs.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
}

void TestMainWindow::init()
{
    QSettings().clear();
}

void TestMainWindow::sidebarOffersTheStoryViews()
{
    MainWindow window;
    const QAbstractItemModel *model = window.sidebar()->model();
    QCOMPARE(model->rowCount(), 1);
    const QModelIndex stories = model->index(0, 0);
    QStringList views;
    for (int row = 0; row < model->rowCount(stories); ++row)
        views.append(model->index(row, 0, stories).data().toString());
    QCOMPARE(views, (QStringList{u"My stories"_s, u"Drafts"_s, u"Submitted"_s, u"Scheduled"_s, u"Published"_s,
                                 u"All stories"_s}));
    QCOMPARE(window.sidebar()->currentView(), View::MyStories);
}

void TestMainWindow::emptyStateFollowsTheView()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *emptyState = window.findChild<Newsroom::EmptyStateWidget *>();
    QVERIFY(emptyState);
    QVERIFY(emptyState->isVisible());
    QCOMPARE(emptyState->title(), u"No stories of yours yet"_s);

    window.sidebar()->setCurrentView(View::Scheduled);
    QCOMPARE(emptyState->title(), u"Nothing scheduled"_s);
    QCOMPARE(emptyState->accessibleName(), u"Nothing scheduled"_s);
}

void TestMainWindow::focusableWidgetsHaveAccessibleNames()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    int checked = 0;
    const auto widgets = window.findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisible() || widget->focusPolicy() == Qt::NoFocus)
            continue;
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(accessible);
        QVERIFY2(!accessible->text(QAccessible::Name).isEmpty(),
                 qPrintable(u"%1 (%2) has no accessible name"_s.arg(widget->objectName(),
                                                                   QString::fromLatin1(widget->metaObject()->className()))));
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestMainWindow::quitUsesTheStandardShortcut()
{
    MainWindow window;
    auto *quit = window.findChild<QAction *>(u"actionQuit"_s);
    QVERIFY(quit);
    QCOMPARE(quit->shortcuts(), QKeySequence::keyBindings(QKeySequence::Quit));
}

void TestMainWindow::layoutIsRemembered()
{
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        splitter->setSizes({310, 890});
        window.sidebar()->setCurrentView(View::Published);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(splitter->sizes().value(0), 310);
    QCOMPARE(window.sidebar()->currentView(), View::Published);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
