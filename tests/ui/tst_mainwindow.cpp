// SPDX-License-Identifier: GPL-3.0-or-later
#include "awaited.h"
#include "damagedfile.h"
#include "demo/demonewsroom.h"
#include "dictionarydialog.h"
#include "document/editjournal.h"
#include "editbanner.h"
#include "emptystatewidget.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "recoverydialog.h"
#include "session/newsroomservice.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "whenmodal.h"
#include "windowscreenshot.h"

#include <QAccessible>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFont>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>

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
    void storyListShowsTheNewsroom();
    void storyListFetchesPagesAsItScrolls();
    void theOpenStoryIsMarkedInTheList();
    void recoveryPromptOffersEveryUnsavedStory();
    void searchBoxSectionsAndSavedSearches();
    void theListAndSearchKeepToOneLanguage();
    void aDamagedFileIsSaidOnOpening();
    void anAutosaveWhileAskingIsNotSavedAgain();
    void theDictionaryIsEditedInTheWindow();

private:
    std::unique_ptr<Newsroom::Database> openDatabase(const QString &name);
    QTemporaryDir m_dir;
};

std::unique_ptr<Newsroom::Database> TestMainWindow::openDatabase(const QString &name)
{
    Newsroom::DatabaseUrl url;
    url.path = m_dir.filePath(name);
    auto opened = Newsroom::Database::open(url, Newsroom::Database::OpenMode::CreateIfMissing);
    return opened ? std::move(*opened) : nullptr;
}

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
                                 u"All stories"_s, u"Calendar"_s, u"Trash"_s}));
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
    QList<int> sizes;
    {
        MainWindow window;
        window.resize(780, 560); // within the offscreen screen, which clamps restored geometry to 800×600
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
        QVERIFY(splitter);
        const QList<int> initial = splitter->sizes();
        splitter->setSizes({initial.value(0) + 40, initial.value(1) + 30, initial.value(2) - 70});
        sizes = splitter->sizes();
        QVERIFY2(sizes != initial, "the splitter did not move");
        window.sidebar()->setCurrentView(View::Published);
        QVERIFY(window.close());
    }
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(u"mainSplitter"_s);
    QCOMPARE(window.size(), QSize(780, 560));
    QCOMPARE(splitter->sizes(), sizes);
    QCOMPARE(window.sidebar()->currentView(), View::Published);
}

void TestMainWindow::storyListShowsTheNewsroom()
{
    auto db = openDatabase(u"demo.db"_s);
    QVERIFY(db);
    QVERIFY(Newsroom::Demo::load(*db).ok());
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = window.storyList();
    QVERIFY(list->isVisible());
    QCOMPARE(list->model()->rowCount(), 15);
    QCOMPARE(list->model()->index(0, Newsroom::StoryListModel::Headline).data().toString(),
             u"Городской маслихат обсудит бюджет на 2027 год"_s); // newest first
    QCOMPARE(list->model()->index(0, Newsroom::StoryListModel::Category).data().toString(), u"Новости › Власть"_s);

    window.sidebar()->setCurrentView(View::Drafts);
    QCOMPARE(list->model()->rowCount(), 2); // the courtyard story, and the storm warning's Kazakh translation
    QCOMPARE(list->model()->index(0, Newsroom::StoryListModel::Status).data().toString(), u"Draft"_s);
    window.sidebar()->setCurrentView(View::Published);
    QCOMPARE(list->model()->rowCount(), 11);
    QCOMPARE(list->model()->index(0, Newsroom::StoryListModel::Headline).data().toString(),
             u"Оқушылардың қысқы демалысы 29 желтоқсанда басталады"_s);
}

void TestMainWindow::theOpenStoryIsMarkedInTheList()
{
    auto db = openDatabase(u"marked.db"_s);
    QVERIFY(db);
    QVERIFY(Newsroom::Demo::load(*db).ok());
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = window.storyList();
    QTRY_COMPARE(list->model()->rowCount(), 15);
    const auto idAt = [list](int row) {
        return list->model()->index(row, 0).data(Newsroom::StoryListModel::IdRole).toLongLong();
    };
    const auto bold = [list](int row) {
        return list->model()->index(row, 0).data(Qt::FontRole).value<QFont>().bold();
    };

    // Opened from elsewhere (here by id, as the calendar and --open do): chosen and bold.
    QVERIFY(finished(window, &MainWindow::openStory, idAt(3)));
    QCOMPARE(list->currentIndex().row(), 3);
    QVERIFY(bold(3));
    QVERIFY(!bold(0));

    // Another row activated with unsaved text, and the question cancelled: the open story
    // is still the one chosen.
    window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
    QTest::keyClicks(window.editor()->bodyEdit(), u" more"_s);
    Newsroom::Test::answerNextOpen<QMessageBox>(this,
                                                [](QMessageBox *box) { box->button(QMessageBox::Cancel)->click(); });
    list->setCurrentIndex(list->model()->index(5, 0));
    Q_EMIT list->activated(list->model()->index(5, 0));
    QTRY_COMPARE(list->currentIndex().row(), 3);
    QCOMPARE(window.storySession()->storyId(), idAt(3));
    QVERIFY(bold(3) && !bold(5));

    // Another view: the open story is chosen there too, when it is in it.
    window.sidebar()->setCurrentView(View::AllStories);
    QTRY_VERIFY(list->currentIndex().isValid());
    QCOMPARE(list->currentIndex().data(Newsroom::StoryListModel::IdRole).toLongLong(),
             window.storySession()->storyId());
}

void TestMainWindow::storyListFetchesPagesAsItScrolls()
{
    auto db = openDatabase(u"many.db"_s);
    QVERIFY(db);
    Newsroom::ArticleRepository articles(*db);
    QVERIFY(db->write([&]() -> Newsroom::Status {
                  for (int i = 0; i < 1000; ++i) {
                      Newsroom::Article story;
                      story.headline = u"Заметка %1"_s.arg(i);
                      if (const Newsroom::SaveResult saved = articles.save(story); !saved.ok())
                          return *saved.error;
                  }
                  return Newsroom::Done{};
              }).ok());
    MainWindow window(db.get());
    window.resize(900, 500);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = window.storyList();
    QTRY_VERIFY(list->model()->rowCount() >= 200);
    QCoreApplication::processEvents(); // the view asks for what it shows, then stops
    // A page or two of 200, not the whole archive: the view asks for more as it scrolls.
    const int shown = list->model()->rowCount();
    QVERIFY2(shown >= 200 && shown <= 400, qPrintable(QString::number(shown)));
    list->scrollToBottom();
    QTRY_COMPARE(list->model()->rowCount(), shown + 200);
    // Held at the bottom as fast as the event loop turns (a wheel against the end): a
    // request refused while a page was just fetched must not leave the list stuck there.
    for (int i = 0; i < 200 && list->model()->rowCount() < 1000; ++i) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
    }
    QCOMPARE(list->model()->rowCount(), 1000);
    QVERIFY(!list->model()->canFetchMore({}));

    // A view that asks again in the turn a page arrived is refused, and told when to ask
    // again: otherwise a list held at its bottom would never fetch the next page.
    Newsroom::NewsroomService newsroom(*db);
    Newsroom::StoryListModel model(newsroom);
    Newsroom::ArticleQuery query;
    query.limit = 200;
    model.setQuery(query);
    QSignalSpy deferred(&model, &Newsroom::StoryListModel::fetchDeferred);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    QVERIFY(!model.canFetchMore({}));
    QVERIFY(deferred.wait(1000));
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCoreApplication::processEvents(); // the turn in which the page arrived ends...
    QVERIFY(model.canFetchMore({}));   // ...and the model takes requests again
    QCOMPARE(deferred.size(), 1); // nobody asked meanwhile: no call
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"

void TestMainWindow::recoveryPromptOffersEveryUnsavedStory()
{
    auto db = openDatabase(u"recover.db"_s);
    QVERIFY(db);
    QVERIFY(Newsroom::Demo::load(*db).ok());
    Newsroom::ArticleRepository articles(*db);
    Newsroom::ArticleQuery query;
    query.limit = 2;
    const Newsroom::Expected<Newsroom::ArticlePage> page = articles.list(query);
    QVERIFY(page && page->items.size() == 2);
    Newsroom::Article first = *articles.load(page->items.at(0).id);
    Newsroom::Article second = *articles.load(page->items.at(1).id);

    MainWindow window(db.get());
    const Newsroom::EditJournal journal(window.journalFolder());
    // Unsaved text of the first story, written on its current revision...
    Newsroom::Article typed = first;
    typed.body.prepend(u"Проект бюджета внесён в маслихат. "_s);
    typed.body += u"\n\nДепутаты соберутся ещё раз в понедельник."_s;
    QVERIFY(journal.write(u"story-%1"_s.arg(first.id), typed).ok());
    // ...of the second, written on a revision someone has saved over since...
    Newsroom::Article stale = second;
    stale.headline += u" (уточнено)"_s;
    QVERIFY(journal.write(u"story-%1"_s.arg(second.id), stale).ok());
    second.lead += u" Дополнено редактором."_s;
    QVERIFY(articles.save(second).ok());
    // ...and a story never saved.
    Newsroom::Article fresh;
    fresh.headline = u"Метель закрыла трассу на Караганду"_s;
    fresh.body = u"Движение ограничено до утра."_s;
    QVERIFY(journal.write(u"new-0b7a4c1e-2f11-4d7e-9a55-1c2d3e4f5a6b"_s, fresh).ok());

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool inspected = false;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<Newsroom::RecoveryDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        const auto closeOnFailure = qScopeGuard([dialog] {
            if (dialog->isVisible())
                dialog->reject();
        });
        QCOMPARE(dialog->list()->count(), 3);
        const auto select = [&](const QString &headline) {
            for (int row = 0; row < dialog->list()->count(); ++row)
                if (dialog->list()->item(row)->text().startsWith(headline))
                    dialog->list()->setCurrentRow(row);
        };
        select(stale.headline);
        QVERIFY2(dialog->differences()->toPlainText().contains(u"newer revision"_s), qPrintable(dialog->differences()->toPlainText()));
        select(fresh.headline);
        QVERIFY(dialog->differences()->toPlainText().contains(u"never saved"_s));
        select(first.headline);
        const QString html = dialog->differences()->toHtml();
        QVERIFY(html.contains(u"понедельник"_s));
        QVERIFY(dialog->differences()->toPlainText().contains(u"Проект бюджета"_s));
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            QTest::qWait(100);
            QString error;
            QVERIFY2(Newsroom::saveWindowScreenshot(dialog, folder + u"/recovery-prompt.png"_s, &error), qPrintable(error));
        }
        dialog->findChild<QPushButton *>(u"recoverOpen"_s)->click();
        inspected = true;
    });
    QVERIFY(finished(window, &MainWindow::offerRecovery));
    QVERIFY(inspected);
    QVERIFY(window.editor()->isVisible());
    QCOMPARE(window.editor()->bodyEdit()->toPlainText(), typed.body);
    QVERIFY(window.editor()->document()->isModified());
    // The entries not opened stay for later; the one opened is the editor's now.
    QCOMPARE(journal.entries().size(), 3);
    QVERIFY(finished(window, &MainWindow::saveStory));
    QCOMPARE(journal.entries().size(), 2);
    QCOMPARE(articles.load(first.id)->body, typed.body);

    // The stale one: opening it replaces nothing, and saving it opens the merge view, which
    // overwrites nothing when cancelled.
    QVERIFY(finished(window, &MainWindow::recoverStory, u"story-%1"_s.arg(second.id)));
    QCOMPARE(window.editor()->document()->snapshot().headline, stale.headline);
    QString warning;
    QTimer closer;
    connect(&closer, &QTimer::timeout, this, [&] {
        if (auto *merge = qobject_cast<Newsroom::MergeDialog *>(QApplication::activeModalWidget())) {
            warning = merge->windowTitle();
            merge->reject();
        }
    });
    closer.start(10);
    QVERIFY(!finished(window, &MainWindow::saveStory));
    QCOMPARE(window.editor()->document()->snapshot().headline, stale.headline);
    closer.stop();
    QCOMPARE(warning, u"Saved by Someone Else Meanwhile"_s);
    QCOMPARE(articles.load(second.id)->lead, second.lead);
    QCOMPARE(journal.entries().size(), 2); // still kept
}

void TestMainWindow::searchBoxSectionsAndSavedSearches()
{
    auto db = openDatabase(u"search.db"_s);
    QVERIFY(db);
    QVERIFY(Newsroom::Demo::load(*db).ok());
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTreeView *list = window.storyList();
    const auto headlines = [list] {
        QStringList result;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            result.append(list->model()->index(row, Newsroom::StoryListModel::Headline).data().toString());
        return result;
    };

    // Lead photos show as thumbnails, at the list's height.
    bool thumbnail = false;
    for (int row = 0; row < list->model()->rowCount(); ++row) {
        const QVariant decoration = list->model()->index(row, 0).data(Qt::DecorationRole);
        if (decoration.canConvert<QPixmap>() && !decoration.value<QPixmap>().isNull()) {
            QCOMPARE(decoration.value<QPixmap>().deviceIndependentSize().height(),
                     Newsroom::StoryListModel::ThumbnailHeight);
            thumbnail = true;
        }
    }
    QVERIFY(thumbnail);

    // Sorted by headline at a click on its header, and back.
    list->header()->setSortIndicator(Newsroom::StoryListModel::Headline, Qt::AscendingOrder);
    QStringList sorted = headlines();
    QCOMPARE(sorted.first(), u"Temirtau steel plant prepares for its anniversary"_s); // Latin sorts before Cyrillic
    QVERIFY(std::is_sorted(sorted.begin(), sorted.end()));
    list->header()->setSortIndicator(Newsroom::StoryListModel::Headline, Qt::DescendingOrder);
    std::reverse(sorted.begin(), sorted.end());
    QCOMPARE(headlines(), sorted);
    list->header()->setSortIndicator(Newsroom::StoryListModel::Status, Qt::AscendingOrder); // not sortable: stays
    QCOMPARE(list->header()->sortIndicatorSection(), int(Newsroom::StoryListModel::Headline));
    list->header()->setSortIndicator(Newsroom::StoryListModel::Updated, Qt::DescendingOrder);
    QCOMPARE(headlines().first(), u"Городской маслихат обсудит бюджет на 2027 год"_s);

    // Ctrl+F, another form of a word: «котельную» finds the story about «котельная».
    QTest::keySequence(&window, QKeySequence::Find);
    QVERIFY(window.searchBox()->hasFocus());
    window.searchBox()->setText(u"котельную"_s);
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    QCOMPARE(headlines(), QStringList{u"В школе № 7 заработала новая котельная"_s});

    // The sections tree filters, the search staying.
    window.searchBox()->setText(u"Караганды"_s);
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    const int everywhere = list->model()->rowCount();
    QVERIFY(everywhere > 1);
    const Newsroom::Expected<Newsroom::Category> sport = Newsroom::CategoryRepository(*db).ensurePath(u"Спорт"_s);
    QVERIFY(sport);
    window.sidebar()->setCurrentCategory(sport->id);
    QVERIFY(list->model()->rowCount() < everywhere);
    for (const QString &headline : headlines())
        QVERIFY2(headline.contains(u"Металлург"_s), qPrintable(headline));

    // Saved in the sidebar, remembered for next time, and forgotten on request.
    window.findChild<QAction *>(u"actionSaveSearch"_s)->trigger();
    QCOMPARE(window.sidebar()->savedSearches(), QStringList{u"Караганды"_s});
    {
        MainWindow again(db.get());
        QCOMPARE(again.sidebar()->savedSearches(), QStringList{u"Караганды"_s});
    }
    window.searchBox()->clear();
    window.sidebar()->setCurrentView(View::AllStories);
    QCOMPARE(list->model()->rowCount(), 15);
    const QModelIndexList saved = window.sidebar()->model()->match(window.sidebar()->model()->index(0, 0), Qt::DisplayRole,
                                                                   u"Караганды"_s, 1, Qt::MatchExactly | Qt::MatchRecursive);
    QCOMPARE(saved.size(), 1);
    window.sidebar()->setCurrentIndex(saved.first());
    QCOMPARE(window.searchBox()->text(), u"Караганды"_s);
    QCOMPARE(list->model()->rowCount(), everywhere);
    QTest::keyClick(window.sidebar(), Qt::Key_Delete);
    QVERIFY(window.sidebar()->savedSearches().isEmpty());
    QVERIFY(MainWindow(db.get()).sidebar()->savedSearches().isEmpty());
}

void TestMainWindow::theListAndSearchKeepToOneLanguage()
{
    auto db = openDatabase(u"languages.db"_s);
    QVERIFY(db);
    QVERIFY(Newsroom::Demo::load(*db).ok());
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.sidebar()->setCurrentView(View::AllStories);
    QTreeView *list = window.storyList();
    QComboBox *language = window.storyBrowser()->languageFilter();
    QVERIFY(language->isVisible());
    QCOMPARE(language->currentText(), u"All languages"_s);
    QCOMPARE(list->model()->rowCount(), 15);
    const auto headlines = [list] {
        QStringList result;
        for (int row = 0; row < list->model()->rowCount(); ++row)
            result.append(list->model()->index(row, Newsroom::StoryListModel::Headline).data().toString());
        result.sort();
        return result;
    };

    // Қазақша: the demo's Kazakh stories; a Kazakh word form finds its story.
    language->setCurrentIndex(language->findData(u"kk"_s));
    QCOMPARE(language->currentText(), u"Қазақша"_s);
    QCOMPARE(headlines(), (QStringList{u"Оқушылардың қысқы демалысы 29 желтоқсанда басталады"_s,
                                       u"Синоптиктер боран мен −27 градусқа дейін аяз болатынын ескертеді"_s,
                                       u"Теміртауда жаңа саябақ ашылды"_s, u"№7 мектепте жаңа қазандық іске қосылды"_s}));
    window.searchBox()->setText(u"ағаштар"_s);
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    QCOMPARE(headlines(), QStringList{u"Теміртауда жаңа саябақ ашылды"_s});
    // In Russian stories there is none; in every language, the same one.
    language->setCurrentIndex(language->findData(u"ru"_s));
    QCOMPARE(list->model()->rowCount(), 0);
    language->setCurrentIndex(0);
    QCOMPARE(headlines(), QStringList{u"Теміртауда жаңа саябақ ашылды"_s});
    window.searchBox()->clear();
    QTest::keyClick(window.searchBox(), Qt::Key_Return);
    language->setCurrentIndex(language->findData(u"en"_s));
    QCOMPARE(headlines(), QStringList{u"Temirtau steel plant prepares for its anniversary"_s});

    if (const QString shots = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !shots.isEmpty()) {
        language->setCurrentIndex(language->findData(u"kk"_s));
        window.searchBox()->setText(u"Теміртауға"_s);
        QTest::keyClick(window.searchBox(), Qt::Key_Return);
        QTest::qWait(100);
        window.grab().save(shots + u"/search-kazakh.png"_s);
    }
}

void TestMainWindow::aDamagedFileIsSaidOnOpening()
{
    const QString path = m_dir.filePath(u"damaged-window.db"_s);
    {
        auto db = openDatabase(u"damaged-window.db"_s);
        QVERIFY(db && Newsroom::Demo::load(*db).ok());
    }
    QVERIFY(Newsroom::Test::damageTable(path, u"comments"_s));
    auto db = openDatabase(u"damaged-window.db"_s);
    QVERIFY(db);
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<Newsroom::EditBanner *>(u"healthBanner"_s);
    QVERIFY(banner);
    QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10'000);
    QVERIFY2(banner->text().contains(u"is damaged"_s) && banner->text().contains(u"newsroom restore"_s),
             qPrintable(banner->text()));
    QVERIFY2(banner->toolTip().contains(u"page"_s), qPrintable(banner->toolTip())); // SQLite's own words, for whoever mends it
    // From then on nothing is written into the file, though the story list still reads.
    QVERIFY(db->damaged());
    QCOMPARE(window.storyList()->model()->rowCount(), 15);
    QTRY_VERIFY(banner->height() > 0
                && window.storyList()->mapTo(&window, QPoint()).y() >= banner->mapTo(&window, QPoint(0, banner->height())).y());
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(200); // painted
        QString error;
        QVERIFY2(Newsroom::saveWindowScreenshot(&window, folder + u"/damaged-file.png"_s, &error), qPrintable(error));
    }
}

void TestMainWindow::theDictionaryIsEditedInTheWindow()
{
    auto db = openDatabase(u"dictionary.db"_s);
    QVERIFY(db);
    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool checked = false;
    QTimer answering;
    Newsroom::Test::answerWhenOpen<Newsroom::DictionaryDialog>(answering, [&](Newsroom::DictionaryDialog *dialog) {
        const auto closeAtEnd = qScopeGuard([dialog] { dialog->reject(); });
        QListWidget *list = dialog->list();
        // The words a new newsroom starts with, found by a part.
        QTRY_VERIFY(list->count() > 200);
        dialog->filterEdit()->setText(u"Жезказ"_s);
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Жезказган"_s);
        dialog->filterEdit()->setText(u"Алматы"_s);
        QCOMPARE(list->item(0)->text(), u"Алматы (this form only)"_s);

        // Added, in that form only.
        dialog->wordEdit()->setText(u"Осакаровка"_s);
        dialog->exactBox()->setChecked(true);
        std::optional<Newsroom::Status> added;
        dialog->addFromForm([&](const Newsroom::Status &status) { added = status; });
        QTRY_VERIFY(added.has_value());
        QVERIFY(*added);
        dialog->filterEdit()->setText(u"Осакар"_s);
        QTRY_COMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), u"Осакаровка (this form only)"_s);
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QString error;
            QVERIFY2(Newsroom::saveWindowScreenshot(dialog, folder + u"/dictionary.png"_s, &error), qPrintable(error));
        }

        // Two chosen words removed; a bad word refused with the reason said.
        dialog->filterEdit()->setText(u"Жезказ"_s);
        list->selectAll();
        std::optional<Newsroom::Status> removed;
        dialog->removeChosen([&](const Newsroom::Status &status) { removed = status; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(*removed);
        QTRY_COMPARE(list->count(), 0);
        dialog->wordEdit()->setText(u"два слова"_s);
        added.reset();
        dialog->addFromForm([&](const Newsroom::Status &status) { added = status; });
        QTRY_VERIFY(added.has_value());
        QVERIFY(!*added);
        QVERIFY2(dialog->note()->text().contains(u"два слова"_s), qPrintable(dialog->note()->text()));
        checked = true;
    });
    window.findChild<QAction *>(u"actionDictionary"_s)->trigger();
    QVERIFY(checked);
    const Newsroom::Expected<QList<Newsroom::DictionaryWord>> words = Newsroom::DictionaryRepository(*db).words();
    QVERIFY(words);
    QVERIFY(words->contains(Newsroom::DictionaryWord{u"Осакаровка"_s, true}));
    QVERIFY(std::ranges::none_of(*words, [](const auto &w) { return w.word == u"Жезказган"_s; }));
}

void TestMainWindow::anAutosaveWhileAskingIsNotSavedAgain()
{
    auto db = openDatabase(u"asking.db"_s);
    QVERIFY(db);
    Newsroom::ArticleRepository articles(*db);
    Newsroom::Article story;
    story.headline = u"Аким встретился с жителями"_s;
    story.body = u"Встреча прошла в доме культуры."_s;
    const Newsroom::SaveResult saved = articles.save(story);
    QVERIFY(saved.ok());

    MainWindow window(db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, saved.article.id));
    QPlainTextEdit *body = window.editor()->bodyEdit();
    body->moveCursor(QTextCursor::End);
    body->insertPlainText(u" Жители спросили о дорогах."_s);
    QVERIFY(window.storySession()->isModified());

    // Asked about the unsaved text, the person takes a moment; the autosave stores it
    // meanwhile. Save, then, has nothing left to do: no second, identical revision.
    bool asked = false;
    QTimer answering;
    Newsroom::Test::answerWhenOpen<QMessageBox>(answering, [&](QMessageBox *box) {
        asked = true;
        Newsroom::Status quiet = Newsroom::awaited<Newsroom::Status>([&](auto reply) {
            window.storySession()->save(Newsroom::StorySession::SaveMode::Quiet, {},
                                        [reply](const Newsroom::Expected<Newsroom::Article> &stored) {
                                            reply(stored ? Newsroom::Status(Newsroom::Done{})
                                                         : Newsroom::Status(stored.error()));
                                        });
        });
        QVERIFY(quiet);
        box->button(QMessageBox::Save)->click();
    });
    QVERIFY(finished(window, &MainWindow::newStory));
    QVERIFY(asked);
    const Newsroom::Expected<QList<Newsroom::Revision>> revisions = articles.revisions(saved.article.id);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 2); // as written, and the autosave
    QVERIFY(articles.load(saved.article.id)->body.endsWith(u"Жители спросили о дорогах."_s));
    QCOMPARE(window.storySession()->storyId(), 0); // the new story is open
}
