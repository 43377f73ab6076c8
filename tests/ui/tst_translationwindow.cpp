// SPDX-License-Identifier: GPL-3.0-or-later
// A story in two languages at the desk: Story › Translate Into makes the linked draft and
// opens it with the original beside it; the Translations panel lists the group; once the
// original changes, the translation says so with the words changed, publishing it asks
// first, and Mark Reviewed puts it in step; a corrected original flags its published
// translation.
#include "awaited.h"
#include "document/articledocument.h"
#include "editbanner.h"
#include "mainwindow.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/translationrepository.h"
#include "storyeditor.h"
#include "testdatabases.h"
#include "text/slug.h"
#include "translationdesk.h"
#include "translationspanel.h"
#include "versionpane.h"
#include "whenmodal.h"
#include "windowscreenshot.h"

#include <QAction>
#include <QDockWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestTranslationWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void translateOpensTheDraftBesideItsOriginal();
    void aTranslationBehindSaysWhatChanged();
    void aCorrectedOriginalFlagsItsPublishedTranslation();

private:
    qint64 saveOriginal(Database &db, ArticleStatus status = ArticleStatus::Draft);
    void screenshot(QWidget *window, const QString &name);

    Test::TestDatabases m_databases;
};

qint64 TestTranslationWindow::saveOriginal(Database &db, ArticleStatus status)
{
    Article story;
    story.headline = u"Аким Карагандинской области посетил Темиртау"_s;
    story.lead = u"Глава региона осмотрел новую котельную и встретился с жителями."_s;
    story.body = u"Котельная обеспечит теплом три тысячи квартир.\n\n## Встреча с жителями\n\nЖители спрашивали о дорогах."_s;
    story.categoryId = CategoryRepository(db).ensurePath(u"Новости/Регион"_s)->id;
    story.status = status;
    const SaveResult saved = ArticleRepository(db).save(story);
    return saved.ok() ? saved.article.id : 0;
}

void TestTranslationWindow::screenshot(QWidget *window, const QString &name)
{
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(150);
        QString error;
        QVERIFY2(saveWindowScreenshot(window, folder + u'/' + name, &error), qPrintable(error));
    }
}

void TestTranslationWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_translationwindow"_s);
}

void TestTranslationWindow::translateOpensTheDraftBesideItsOriginal()
{
    const std::unique_ptr<Database> opened = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(opened);
    Database &db = *opened;
    const qint64 original = saveOriginal(db);
    QVERIFY(original);

    MainWindow window(&db);
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, original));
    TranslationsPanel *panel = window.translationsPanel();
    QTRY_VERIFY(panel->translateButton()->isEnabled());
    QVERIFY(!panel->versions()->isVisible()); // no versions yet
    auto *menu = window.findChild<QMenu *>(u"translateMenu"_s);
    QVERIFY(menu);
    Q_EMIT menu->aboutToShow();
    QVERIFY(!window.findChild<QAction *>(u"actionTranslateInto-ru"_s)->isEnabled()); // its own language
    QVERIFY(window.findChild<QAction *>(u"actionTranslateInto-kk"_s)->isEnabled());

    // Something typed into the original goes with it: saved first, then copied.
    window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
    window.editor()->bodyEdit()->insertPlainText(u" Ремонт закончат к осени."_s);
    window.findChild<QAction *>(u"actionTranslateInto-kk"_s)->trigger();
    ArticleDocument *document = nullptr;
    QTRY_VERIFY((document = window.editor()->document()) && document->saved().language == u"kk"_s);
    const qint64 kazakh = document->saved().id;
    QVERIFY(kazakh != original);
    QVERIFY(document->saved().body.contains(u"Ремонт закончат к осени."_s));
    QVERIFY(ArticleRepository(db).load(original)->body.contains(u"Ремонт закончат"_s));

    // The original is read beside it; the panel lists both, the open one marked.
    VersionPane *beside = window.versionPane();
    QTRY_VERIFY(beside->isVisible());
    QCOMPARE(beside->storyId(), original);
    QVERIFY(beside->text()->toPlainText().contains(u"Аким Карагандинской области посетил Темиртау"_s));
    QVERIFY(window.findChild<QAction *>(u"actionSideBySide"_s)->isChecked());
    QVERIFY(beside->width() > 250);
    QTRY_COMPARE(panel->versions()->topLevelItemCount(), 2);
    QVERIFY(panel->versions()->topLevelItem(0)->text(0).contains(u"Русский"_s));
    QVERIFY(panel->versions()->topLevelItem(1)->text(0).contains(u"Қазақша"_s));
    // Not translated yet: the banner says so (and not that the original changed).
    QTRY_VERIFY(window.editor()->translationBanner()->isVisible());
    QVERIFY2(window.editor()->translationBanner()->text().contains(u"Not translated yet."_s),
             qPrintable(window.editor()->translationBanner()->text()));
    QVERIFY(panel->versions()->topLevelItem(1)->text(0).contains(u"not translated yet"_s));

    // The translator writes over the copy; the address follows the Kazakh headline.
    QLineEdit *headline = window.editor()->lineEdit(ArticleDocument::Field::Headline);
    headline->selectAll();
    headline->insert(u"Қарағанды облысының әкімі Теміртауға барды"_s);
    QVERIFY(finished(window, &MainWindow::saveStory));
    const Article saved = *ArticleRepository(db).load(kazakh);
    QCOMPARE(saved.slug, Slug::fromText(u"Қарағанды облысының әкімі Теміртауға барды"_s, u"kk"_s));
    QTRY_VERIFY(!window.editor()->translationBanner()->isVisible()); // translated, in step: nothing to say
    screenshot(&window, u"translation-side-by-side.png"_s);

    // Opening the original from the panel: the version beside goes, its own would be the story.
    panel->versions()->setCurrentItem(panel->versions()->topLevelItem(0));
    panel->openButton()->click();
    QTRY_COMPARE(window.editor()->document()->saved().id, original);
    QTRY_VERIFY(!beside->isVisible());
    // Side by side from the View menu: the first translation.
    window.findChild<QAction *>(u"actionSideBySide"_s)->trigger();
    QTRY_COMPARE(beside->storyId(), kazakh);
    QTRY_VERIFY(beside->isVisible());
    QVERIFY(beside->title()->text().contains(u"Қазақша"_s));

    // A language the group has is refused, in the menu and in core.
    Q_EMIT menu->aboutToShow();
    QVERIFY(!window.findChild<QAction *>(u"actionTranslateInto-kk"_s)->isEnabled());
    QVERIFY(window.findChild<QAction *>(u"actionTranslateInto-en"_s)->isEnabled());
}

void TestTranslationWindow::aTranslationBehindSaysWhatChanged()
{
    const std::unique_ptr<Database> opened = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(opened);
    Database &db = *opened;
    const qint64 original = saveOriginal(db);
    TranslationRepository translations(db);
    const qint64 kazakh = *translations.translate(original, u"kk"_s);
    ArticleRepository articles(db);
    Article translated = *articles.load(kazakh);
    translated.headline = u"Облыс әкімі Теміртауда болды"_s;
    translated.status = ArticleStatus::Approved;
    QVERIFY(articles.save(translated).ok());
    // The original changes after the translation was made.
    Article changed = *articles.load(original);
    changed.body.replace(u"три тысячи"_s, u"четыре тысячи"_s);
    QVERIFY(articles.save(changed).ok());

    MainWindow window(&db);
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, kazakh));
    EditBanner *banner = window.editor()->translationBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"The original has changed."_s), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(u"revision 1"_s), qPrintable(banner->text()));
    TranslationsPanel *panel = window.translationsPanel();
    QVERIFY(panel->changesView()->toPlainText().contains(u"четыре"_s));
    QVERIFY(panel->changesView()->toHtml().contains(u"line-through"_s)); // три struck through
    QVERIFY(panel->reviewedButton()->isVisibleTo(panel));

    // "What Changed" brings the panel forward, with the original beside the story.
    auto *dock = window.findChild<QDockWidget *>(u"translationsDock"_s);
    banner->actionButton()->click();
    QTRY_VERIFY(dock->isVisible());
    panel->besideButton()->click();
    QTRY_VERIFY(window.versionPane()->isVisible());
    QVERIFY(window.versionPane()->text()->toPlainText().contains(u"четыре"_s));
    screenshot(&window, u"translation-stale.png"_s);

    // Publishing it asks first; Cancel leaves it as it was.
    QString asked;
    Test::answerNextOpen<QMessageBox>(this, [&asked](QMessageBox *box) {
        asked = box->text();
        box->button(QMessageBox::Cancel)->click();
    });
    QVERIFY(!finished(window, &MainWindow::performWorkflow, WorkflowAction::Publish));
    QVERIFY2(asked.contains(u"revision 1"_s), qPrintable(asked));
    QCOMPARE(articles.load(kazakh)->status, ArticleStatus::Approved);

    // Reviewed: in step, the warning gone, and publishing asks nothing more.
    QVERIFY(finished(*window.translationDesk(), &TranslationDesk::markReviewed));
    QVERIFY(!banner->isVisible());
    QVERIFY(!panel->reviewedButton()->isVisibleTo(panel));
    const Expected<TranslationRepository::Group> group = translations.group(kazakh);
    QVERIFY(!group->isBehind(group->members.at(1)));
    QTimer *unexpected = Test::answerNextOpen<QMessageBox>(this, [](QMessageBox *box) {
        QFAIL(qPrintable(u"asked: "_s + box->text()));
    });
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Publish));
    delete unexpected;
    QCOMPARE(articles.load(kazakh)->status, ArticleStatus::Published);
}

void TestTranslationWindow::aCorrectedOriginalFlagsItsPublishedTranslation()
{
    const std::unique_ptr<Database> opened = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(opened);
    Database &db = *opened;
    const qint64 original = saveOriginal(db, ArticleStatus::Published);
    const qint64 kazakh = *TranslationRepository(db).translate(original, u"kk"_s);
    ArticleRepository articles(db);
    Article translated = *articles.load(kazakh);
    translated.headline = u"Облыс әкімі Теміртауда болды"_s;
    translated.status = ArticleStatus::Published;
    QVERIFY(articles.save(translated).ok());

    MainWindow window(&db);
    window.resize(1500, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::openStory, original));
    QVERIFY(!window.editor()->translationBanner()->isVisible());
    window.storySession()->allowLiveChanges();
    window.editor()->bodyEdit()->moveCursor(QTextCursor::End);
    window.editor()->bodyEdit()->insertPlainText(u" Уточнение: четыре тысячи квартир."_s);
    Test::answerNextOpen<QInputDialog>(this, [](QInputDialog *note) {
        note->setTextValue(u"Уточнено число квартир."_s);
        note->accept();
    });
    QVERIFY(finished(window, &MainWindow::performWorkflow, WorkflowAction::Correct));
    EditBanner *banner = window.editor()->translationBanner();
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(u"Облыс әкімі Теміртауда болды"_s), qPrintable(banner->text()));
}

QTEST_MAIN(TestTranslationWindow)
#include "tst_translationwindow.moc"
