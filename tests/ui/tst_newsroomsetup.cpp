// SPDX-License-Identifier: GPL-3.0-or-later
// A newsroom set up from the window, as a new one is: the assistant on an empty newsroom,
// its sections (File › Sections…), and its settings (Settings › Newsroom Settings…),
// through to an exported site that carries the newsroom's name.
// NEWSROOM_SCREENSHOTS=folder keeps a picture of the assistant's sections page.
#include "awaited.h"
#include "document/articledocument.h"
#include "exportdialog.h"
#include "localpersonform.h"
#include "mainwindow.h"
#include "navigationsidebar.h"
#include "newsroomsettingsform.h"
#include "sectionsdialog.h"
#include "session/desksettings.h"
#include "session/newsroomservice.h"
#include "session/storysession.h"
#include "settingsdialog.h"
#include "setupassistant.h"
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "testdatabases.h"
#include "typing.h"
#include "whenmodal.h"
#include "windowscreenshot.h"
#include "workflow/workflow.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestNewsroomSetup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sectionsAreSetUpInTheWindow();
    void aNewNewsroomIsSetUpInTheWindow();
    void theSettingsAreTheNewsrooms();

private:
    QTemporaryDir m_dir;
    Test::TestDatabases m_databases;
};

void TestNewsroomSetup::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_newsroomsetup"_s);
}

void TestNewsroomSetup::sectionsAreSetUpInTheWindow()
{
    const std::unique_ptr<Database> opened = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(opened);
    MainWindow window(opened.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    QComboBox *section = window.editor()->sectionBox();
    QCOMPARE(section->count(), 1); // "(no section)": a new newsroom has none

    bool checked = false;
    Test::answerNextOpen<SectionsDialog>(this, [&](SectionsDialog *dialog) {
        const auto addNamed = [&](const char *button, const QString &name) {
            Test::answerNextOpen<QInputDialog>(this, [name](QInputDialog *ask) {
                ask->setTextValue(name);
                ask->accept();
            });
            dialog->findChild<QPushButton *>(QLatin1StringView(button))->click();
        };
        addNamed("addSection", u"Новости"_s);
        QTRY_COMPARE(dialog->tree()->topLevelItemCount(), 1);
        dialog->choose(dialog->tree()->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong());
        addNamed("addSubsection", u"Общество"_s);
        QTRY_COMPARE(dialog->tree()->topLevelItem(0)->childCount(), 1);
        addNamed("addSection", u"Спорт"_s);
        QTRY_COMPARE(dialog->tree()->topLevelItemCount(), 2);
        // The editor's list follows at once, while the dialog is still open.
        QTRY_COMPARE(section->count(), 4);
        QVERIFY(section->findText(u"Новости › Общество"_s) > 0);
        // A name taken is refused, and said in the dialog.
        addNamed("addSection", u"спорт"_s);
        QTRY_VERIFY(dialog->note()->text().contains(u"Спорт"_s));
        QCOMPARE(dialog->tree()->topLevelItemCount(), 2);
        // Sport up, above the news.
        dialog->choose(dialog->tree()->topLevelItem(1)->data(0, Qt::UserRole + 1).toLongLong());
        dialog->findChild<QPushButton *>(u"sectionUp"_s)->click();
        QTRY_COMPARE(dialog->tree()->topLevelItem(0)->text(0), u"Спорт"_s);
        // The news in Kazakh and English, for the site's pages in those languages.
        dialog->choose(dialog->tree()->topLevelItem(1)->data(0, Qt::UserRole + 1).toLongLong());
        Test::answerNextOpen<QDialog>(this, [](QDialog *names) {
            QCOMPARE(names->objectName(), u"sectionNamesDialog"_s);
            QVERIFY(!names->findChild<QLineEdit *>(u"sectionName-ru"_s)); // the newsroom's own is the section's name
            Test::type(names->findChild<QLineEdit *>(u"sectionName-kk"_s), u"Жаңалықтар"_s);
            Test::type(names->findChild<QLineEdit *>(u"sectionName-en"_s), u"News"_s);
            if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
                QTest::qWait(100);
                QString error;
                QVERIFY2(saveWindowScreenshot(names, folder + u"/section-names.png"_s, &error), qPrintable(error));
            }
            names->accept();
        });
        dialog->findChild<QPushButton *>(u"sectionOtherNames"_s)->click();
        QTRY_COMPARE(dialog->tree()->topLevelItem(1)->text(3), u"Қазақша: Жаңалықтар · English: News"_s);
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QTest::qWait(100);
            QString error;
            QVERIFY2(saveWindowScreenshot(dialog, folder + u"/sections-dialog.png"_s, &error), qPrintable(error));
        }
        checked = true;
        dialog->reject();
    });
    window.findChild<QAction *>(u"actionSections"_s)->trigger();
    QVERIFY(checked);
    QCOMPARE(section->itemText(1), u"Спорт"_s);
    QCOMPARE(*CategoryRepository(*opened).pathOf(*CategoryRepository(*opened).findPath(u"novosti/obshchestvo"_s)),
             u"Новости/Общество"_s);
    const QList<Category> sections = *CategoryRepository(*opened).list();
    const auto news = std::ranges::find(sections, u"Новости"_s, &Category::name);
    QCOMPARE(news->nameIn(u"kk"_s), u"Жаңалықтар"_s);
    QCOMPARE(news->nameIn(u"en"_s), u"News"_s);
}

void TestNewsroomSetup::aNewNewsroomIsSetUpInTheWindow()
{
    // From `newsroom init` to an exported site with the newsroom's name, in the window.
    const std::unique_ptr<Database> opened = m_databases.openFresh(u"sqlite"_s);
    QVERIFY(opened);
    MainWindow window(opened.get());
    window.resize(1366, 768);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString refused;
    Test::answerNextOpen<SetupAssistant>(this, [&](SetupAssistant *assistant) {
        const auto leave = qScopeGuard([assistant] {
            if (QTest::currentTestFailed())
                assistant->reject(); // a failure ends the test, not the wait
        });
        QVERIFY(QTest::qWaitForWindowExposed(assistant));
        QTRY_VERIFY(assistant->isEnabled()); // what the newsroom has is read
        // Without a name it does not go on, and says why.
        assistant->next();
        QCOMPARE(assistant->currentId(), 0);
        refused = assistant->findChild<QLabel *>(u"setupFormNote"_s)->text();
        NewsroomSettingsForm *form = assistant->form();
        form->nameEdit()->setText(u"Темиртауский вестник"_s);
        form->cityEdit()->setText(u"Темиртау"_s);
        form->addressEdit()->setText(u"https://vestnik.example.kz"_s);
        QCOMPARE(form->timeZoneBox()->currentText(), u"Asia/Almaty"_s);
        assistant->next();
        QCOMPARE(assistant->currentId(), 1);
        // "I am …" on a local file: a name is needed, and a role.
        LocalPersonForm *person = assistant->personForm();
        QVERIFY(person);
        assistant->next();
        QCOMPARE(assistant->currentId(), 1);
        QVERIFY(assistant->findChild<QLabel *>(u"setupPersonNote"_s)->text().contains(u"name"_s));
        Test::type(person->nameBox()->lineEdit(), u"Айгерим Сапарова"_s);
        person->roleBox()->setCurrentIndex(person->roleBox()->findData(int(Role::Editor)));
        assistant->next();
        QCOMPARE(assistant->currentId(), 2);
        assistant->sectionsEdit()->setPlainText(u"Новости\nНовости/Город\nСпорт"_s);
        if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
            QString error;
            QVERIFY2(saveWindowScreenshot(assistant, folder + u"/setup-sections.png"_s, &error), qPrintable(error));
        }
        assistant->button(QWizard::FinishButton)->click();
    });
    bool setUp = false;
    window.offerSetup([&setUp](bool done) { setUp = done; });
    QTRY_VERIFY(setUp);
    QVERIFY2(refused.contains(u"name"_s), qPrintable(refused));
    const SiteSettings settings = *SiteSettingsRepository(*opened).load();
    QCOMPARE(settings.name, u"Темиртауский вестник"_s);
    QCOMPARE(settings.baseUrl, QUrl(u"https://vestnik.example.kz/"_s));
    // The desk is hers now: her name, her role, on the staff.
    const std::optional<Actor> &me = window.newsroom()->actor();
    QVERIFY(me && me->personId != 0);
    QCOMPARE(me->name, u"Айгерим Сапарова"_s);
    QCOMPARE(me->role, Role::Editor);
    QCOMPARE(settings.localPerson, me->personId);
    QCOMPARE(PeopleRepository(*opened).find(me->personId)->role, Role::Editor);
    // Not offered again: the newsroom is no longer new.
    bool again = true;
    window.offerSetup([&again](bool done) { again = done; });
    QTRY_VERIFY(!again);

    // A story in one of its sections, published, and the site exported.
    QVERIFY(finished(window, &MainWindow::newStory));
    QComboBox *section = window.editor()->sectionBox();
    QTRY_COMPARE(section->count(), 4);
    section->setCurrentIndex(section->findText(u"Новости › Город"_s));
    Q_EMIT section->activated(section->currentIndex());
    ArticleDocument *document = window.editor()->document();
    document->setField(ArticleDocument::Field::Headline, u"В Темиртау открыли новый сквер"_s);
    document->setField(ArticleDocument::Field::Lead, u"Сквер на проспекте Республики открыли после ремонта."_s);
    window.editor()->bodyEdit()->setPlainText(u"Работы заняли всё лето."_s);
    QString warned;
    QTimer *watch = Test::answerNextOpen<QMessageBox>(this, [&warned](QMessageBox *box) {
        warned = box->text();
        box->close();
    });
    Status published = Done{};
    for (const WorkflowAction step : {WorkflowAction::Submit, WorkflowAction::Approve, WorkflowAction::Publish}) {
        if (published)
            published = finished(window, &MainWindow::performWorkflow, step);
    }
    delete watch;
    QVERIFY2(published, qPrintable(warned));
    const Article story = *ArticleRepository(*opened).load(window.storySession()->storyId());
    QCOMPARE(story.status, ArticleStatus::Published);
    // Her byline on the story she started, her name in its history, and it is one of hers.
    QCOMPARE(story.bylines.size(), 1);
    QCOMPARE(story.bylines.first().personId, me->personId);
    const QList<WorkflowEvent> history = *Workflow(*opened).history(story.id);
    QCOMPARE(history.size(), 3);
    for (const WorkflowEvent &event : history)
        QCOMPARE(event.personId, me->personId);
    window.sidebar()->setCurrentView(NavigationSidebar::View::MyStories);
    QTRY_COMPARE(window.storyList()->model()->rowCount(), 1);
    ExportDialog *exporting = window.exportSite();
    const QString site = m_dir.filePath(u"new-site"_s);
    exporting->folderEdit()->setText(site);
    QSignalSpy done(exporting, &ExportDialog::finished);
    exporting->exportButton()->click();
    QVERIFY(done.wait(60000));
    QVERIFY(done.first().first().toBool());
    exporting->close();
    QFile front(site + u"/index.html"_s);
    QVERIFY(front.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(front.readAll());
    static const QRegularExpression title(u"<title>([^<]*)</title>"_s);
    QVERIFY2(title.match(page).captured(1).contains(u"Темиртауский вестник"_s), qPrintable(title.match(page).captured(1)));
    QVERIFY(page.contains(u"В Темиртау открыли новый сквер"_s));
}

void TestNewsroomSetup::theSettingsAreTheNewsrooms()
{
    const std::unique_ptr<Database> opened = Test::TestDatabases::openDemo(m_dir.filePath(u"settings.db"_s));
    QVERIFY(opened);
    MainWindow window(opened.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    bool asked = true;
    window.offerSetup([&asked](bool done) { asked = done; });
    QTRY_VERIFY(!asked); // the demo is not new: no assistant

    const QString folder = m_dir.filePath(u"kept-site"_s);
    bool checked = false;
    Test::answerNextOpen<SettingsDialog>(this, [&](SettingsDialog *dialog) {
        const auto leave = qScopeGuard([dialog] {
            if (QTest::currentTestFailed())
                dialog->reject();
        });
        QTRY_VERIFY(dialog->isEnabled()); // read
        NewsroomSettingsForm *form = dialog->form();
        QVERIFY(!form->nameEdit()->text().isEmpty());
        // A wrong address or zone is said, and nothing is saved.
        form->addressEdit()->setText(u"vestnik kz"_s);
        dialog->accept();
        QVERIFY2(dialog->note()->text().contains(u"web address"_s), qPrintable(dialog->note()->text()));
        form->addressEdit()->setText(u"https://vestnik.example.kz/"_s);
        form->timeZoneBox()->setCurrentText(u"Asia/Nowhere"_s);
        dialog->accept();
        QVERIFY2(dialog->note()->text().contains(u"Asia/Nowhere"_s), qPrintable(dialog->note()->text()));
        QVERIFY(dialog->isVisible());
        form->timeZoneBox()->setCurrentText(u"Asia/Qostanay"_s);
        // The Kazakh pages under /kz/, as Kazakhstan's sites often have them; the site's own
        // language has no folder to give, and one the site's pages use is refused.
        QVERIFY(!form->folderEdit(u"ru"_s)->isVisibleTo(form));
        QVERIFY(form->folderEdit(u"kk"_s)->isVisibleTo(form));
        form->folderEdit(u"kk"_s)->setText(u"news"_s);
        dialog->accept();
        QVERIFY2(dialog->note()->text().contains(u"news"_s), qPrintable(dialog->note()->text()));
        QVERIFY(dialog->isVisible());
        form->folderEdit(u"kk"_s)->setText(u"kz"_s);
        form->nameEdit()->setText(u"Вестник Костаная"_s);
        dialog->exportOnPublishBox()->setChecked(true);
        dialog->exportFolderEdit()->setText(folder);
        // Who works on this file: a colleague of the staff list, their role shown and changed.
        LocalPersonForm *person = dialog->personForm();
        QVERIFY(person);
        QVERIFY(person->name().isEmpty()); // the demo's owner has not said
        person->nameBox()->setCurrentText(u"Ольга Ким"_s);
        QCOMPARE(person->role(), Role::Editor);
        person->roleBox()->setCurrentIndex(person->roleBox()->findData(int(Role::Admin)));
        // This computer speaks Kazakh from the next start.
        QComboBox *language = dialog->interfaceLanguageBox();
        language->setCurrentIndex(language->findData(u"kk"_s));
        checked = true;
        dialog->accept();
    });
    DeskSettings::instance().setInterfaceLanguage({});
    const auto systemsLanguage = qScopeGuard([] { DeskSettings::instance().setInterfaceLanguage({}); });
    QSignalSpy said(window.statusBar(), &QStatusBar::messageChanged);
    window.findChild<QAction *>(u"actionNewsroomSettings"_s)->trigger();
    QVERIFY(checked);
    QTRY_COMPARE(SiteSettingsRepository(*opened).load()->name, u"Вестник Костаная"_s);
    const SiteSettings settings = *SiteSettingsRepository(*opened).load();
    QCOMPARE(settings.timeZone, u"Asia/Qostanay"_s);
    QCOMPARE(settings.exportOnPublish, folder);
    QCOMPARE(settings.baseUrl, QUrl(u"https://vestnik.example.kz/"_s));
    QCOMPARE(settings.folderFor(u"kk"_s), u"kz"_s);
    QCOMPARE(settings.folderFor(u"en"_s), u"en"_s);
    QCOMPARE(settings.folderFor(u"ru"_s), QString());
    QCOMPARE(settings.folderFor(u"kk"_s), u"kz"_s);
    QCOMPARE(settings.folderFor(u"en"_s), u"en"_s);
    QCOMPARE(settings.folderFor(u"ru"_s), QString());
    const Person olga = *PeopleRepository(*opened).findByName(u"Ольга Ким"_s);
    QCOMPARE(settings.localPerson, olga.id);
    QCOMPARE(olga.role, Role::Admin);
    QTRY_COMPARE(window.newsroom()->actor()->personId, olga.id);
    QCOMPARE(window.storySession()->actor()->name, u"Ольга Ким"_s);
    QCOMPARE(DeskSettings::instance().interfaceLanguage(), u"kk"_s);
    QVERIFY(std::ranges::any_of(
        said, [](const QList<QVariant> &message) { return message.first().toString().contains(u"next start"_s); }));

    // My stories are hers: started by her or with her byline, and no one else's.
    window.sidebar()->setCurrentView(NavigationSidebar::View::MyStories);
    ArticleQuery hers;
    hers.filter.ownedBy = olga.id;
    const qint64 expected = ArticleRepository(*opened).list(hers)->total;
    QVERIFY(expected > 0 && expected < ArticleRepository(*opened).list({})->total);
    QTRY_COMPARE(window.storyList()->model()->rowCount(), int(expected));
    for (int row = 0; row < expected; ++row) {
        const QString byline = window.storyList()->model()->index(row, StoryListModel::Byline).data().toString();
        QVERIFY2(byline.contains(u"Ольга Ким"_s), qPrintable(byline));
    }
}

QTEST_MAIN(TestNewsroomSetup)
#include "tst_newsroomsetup.moc"
