// SPDX-License-Identifier: GPL-3.0-or-later
// The window in Russian and in Kazakh, as a newsroom in Kazakhstan sees it at 1366×768:
// the list, a story with its preview, the calendar, the schedule dialog and the merge
// view; and the dialogs of exporting, signing in, recovering unsaved text and a story's
// history. Every word shown (labels, buttons, menus, headers, placeholders, tool tips, names
// read to a screen reader) is in the language, and no label or button is cut short.
// NEWSROOM_SCREENSHOTS=folder keeps a picture of each.
#include "awaited.h"
#include "calendarview.h"
#include "dictionarydialog.h"
#include "document/articlemerge.h"
#include "exportdialog.h"
#include "findbar.h"
#include "recoverydialog.h"
#include "sectionsdialog.h"
#include "settingsdialog.h"
#include "setupassistant.h"
#include "session/newsroomservice.h"
#include "session/storysession.h"
#include "signindialog.h"
#include "mainwindow.h"
#include "mergedialog.h"
#include "navigationsidebar.h"
#include "previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"
#include "testdatabases.h"
#include "text/interfacelanguage.h"
#include "windowscreenshot.h"
#include "workflowdialogs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTreeWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

// Words that are the same in every language: names of things, keys on the keyboard.
const QStringList SameEverywhere = {
    u"Newsroom"_s, u"Markdown"_s, u"RSS"_s, u"SQLite"_s, u"PostgreSQL"_s, u"URL"_s, u"HTML"_s, u"Ctrl"_s,
    u"Shift"_s, u"Alt"_s, u"Esc"_s, u"Tab"_s, u"Del"_s, u"Ins"_s, u"Home"_s, u"End"_s, u"PgUp"_s,
    u"PgDown"_s, u"Qt"_s, u"JPEG"_s, u"PNG"_s, u"WebP"_s, u"GPS"_s, u"English"_s, u"Backspace"_s, u"Enter"_s};

struct Shown
{
    QString where;
    QString text;
};

QString plain(const QString &text)
{
    return Qt::mightBeRichText(text) ? QTextDocumentFragment::fromHtml(text).toPlainText() : text;
}

QString nameOf(const QObject *object)
{
    return QString::fromLatin1(object->metaObject()->className()) + u' '
        + (object->objectName().isEmpty() ? u"(unnamed)"_s : object->objectName());
}

void addMenu(const QMenu *menu, const QString &path, QList<Shown> &shown)
{
    for (const QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        const QString where = path + u" › "_s + action->text();
        shown.append({where, action->text()});
        if (action->toolTip() != QString(action->text()).remove(u'&'))
            shown.append({where + u" (tool tip)"_s, action->toolTip()});
        if (action->menu())
            addMenu(action->menu(), where, shown);
    }
}

// Every word a person sees or hears from `top` and what it holds, except what people
// wrote (stories, names): the texts of labels and buttons, titles, headers, placeholders,
// tool tips, accessible names, and the menu bar's menus, open or not.
QList<Shown> wordsShown(QWidget *top)
{
    QList<Shown> shown;
    QList<QWidget *> widgets = top->findChildren<QWidget *>();
    widgets.prepend(top);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisibleTo(top) && w != top)
            continue;
        const QString where = nameOf(w);
        if (w->isWindow())
            shown.append({where + u" (title)"_s, w->windowTitle()});
        shown.append({where + u" (tool tip)"_s, w->toolTip()});
        shown.append({where + u" (accessible name)"_s, w->accessibleName()});
        shown.append({where + u" (accessible description)"_s, w->accessibleDescription()});
        if (auto *label = qobject_cast<QLabel *>(w))
            shown.append({where, plain(label->text())});
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            shown.append({where, button->text()});
        else if (auto *group = qobject_cast<QGroupBox *>(w))
            shown.append({where, group->title()});
        else if (auto *line = qobject_cast<QLineEdit *>(w))
            shown.append({where + u" (placeholder)"_s, line->placeholderText()});
        else if (auto *plainEdit = qobject_cast<QPlainTextEdit *>(w))
            shown.append({where + u" (placeholder)"_s, plainEdit->placeholderText()});
        else if (auto *textEdit = qobject_cast<QTextEdit *>(w); textEdit && !qobject_cast<PreviewPane *>(w))
            shown.append({where + u" (placeholder)"_s, textEdit->placeholderText()});
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                shown.append({where + u" (tab)"_s, tabs->tabText(i)});
        } else if (auto *dock = qobject_cast<QDockWidget *>(w))
            shown.append({where + u" (title)"_s, dock->windowTitle()});
        else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *action : menuBar->actions()) {
                shown.append({where, action->text()});
                if (action->menu())
                    addMenu(action->menu(), action->text(), shown);
            }
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w); view && view->model()) {
            auto *table = qobject_cast<QHeaderView *>(w);
            if (!table) {
                for (int c = 0; c < view->model()->columnCount(); ++c)
                    shown.append({where + u" (header)"_s,
                                  view->model()->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()});
            }
        }
    }
    if (auto *window = qobject_cast<QMainWindow *>(top))
        shown.append({u"status bar"_s, window->statusBar()->currentMessage()});
    return shown;
}

// The English words among what is shown: Latin words of three letters or more, other
// than names and keys, and not in a file name, address or path.
QStringList englishIn(const QList<Shown> &shown)
{
    static const QRegularExpression word(u"(?<![\\w./:@-])[A-Za-z]{3,}(?![\\w./:@-])"_s);
    QStringList found;
    for (const Shown &s : shown) {
        for (auto it = word.globalMatch(QString(s.text).remove(u'&')); it.hasNext();) {
            const QString w = it.next().captured();
            if (!SameEverywhere.contains(w))
                found.append(u"%1: “%2” in “%3”"_s.arg(s.where, w, s.text));
        }
    }
    return found;
}

// Labels and buttons whose words do not fit the room they were given.
QStringList clippedIn(QWidget *top)
{
    QStringList clipped;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        auto *label = qobject_cast<QLabel *>(w);
        auto *button = qobject_cast<QAbstractButton *>(w);
        if (label && !label->wordWrap() && !label->text().isEmpty() && label->pixmap().isNull()
            && label->sizeHint().width() > label->width() + 1)
            clipped.append(u"%1 “%2”: needs %3 px, has %4"_s.arg(nameOf(w), plain(label->text()))
                               .arg(label->sizeHint().width())
                               .arg(label->width()));
        if (button && !button->text().isEmpty() && button->sizeHint().width() > button->width() + 1)
            clipped.append(u"%1 “%2”: needs %3 px, has %4"_s.arg(nameOf(w), button->text())
                               .arg(button->sizeHint().width())
                               .arg(button->width()));
    }
    return clipped;
}

} // namespace

class TestLanguages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup() { speak(u"en"_s); }
    void theWindowSpeaksTheLanguage_data();
    void theWindowSpeaksTheLanguage();
    void theDialogsSpeakTheLanguage_data() { theWindowSpeaksTheLanguage_data(); }
    void theDialogsSpeakTheLanguage();

private:
    void look(QWidget *shown, const QString &name);

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    QString m_language;
};

void TestLanguages::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_languages"_s);
    m_db = Test::TestDatabases::openDemo(m_dir.filePath(u"demo.db"_s));
    QVERIFY(m_db);
}

void TestLanguages::look(QWidget *shown, const QString &name)
{
    QVERIFY(QTest::qWaitForWindowExposed(shown));
    QTest::qWait(50);
    if (qobject_cast<MainWindow *>(shown)) // a laptop's screen holds it
        QVERIFY2(shown->width() <= 1366, qPrintable(u"%1: %2 px wide"_s.arg(name).arg(shown->width())));
    const QList<Shown> words = wordsShown(shown);
    QVERIFY(words.size() > 5);
    const QStringList english = englishIn(words);
    QVERIFY2(english.isEmpty(), qPrintable(english.join(u'\n')));
    const QStringList clipped = clippedIn(shown);
    QVERIFY2(clipped.isEmpty(), qPrintable(clipped.join(u'\n')));
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QString error;
        QVERIFY2(saveWindowScreenshot(shown, u"%1/%2-%3.png"_s.arg(folder, name, m_language), &error), qPrintable(error));
    }
}

void TestLanguages::theWindowSpeaksTheLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("Russian") << u"ru"_s;
    QTest::newRow("Kazakh") << u"kk"_s;
}

void TestLanguages::theWindowSpeaksTheLanguage()
{
    QFETCH(QString, language);
    m_language = language;
    QString error;
    QVERIFY2(speak(language, &error), qPrintable(error));

    MainWindow window(m_db.get());
    window.resize(1366, 768);
    window.show();
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    look(&window, u"main-window"_s);
    if (QTest::currentTestFailed())
        return;

    const Expected<Article> story = ArticleRepository(*m_db).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    QVERIFY(story);
    window.sidebar()->setCurrentView(NavigationSidebar::View::Calendar);
    window.calendar()->showDay(story->publishedAt.date());
    look(&window, u"calendar"_s);
    if (QTest::currentTestFailed())
        return;

    // A Russian story open, with its preview: the editor's labels, the photo and comment
    // panels, the counters.
    window.sidebar()->setCurrentView(NavigationSidebar::View::AllStories);
    const Status opened = finished(window, &MainWindow::openStory, story->id);
    QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
    window.findChild<QAction *>(u"actionPreview"_s)->setChecked(true);
    QTRY_VERIFY(!window.preview()->toPlainText().isEmpty());
    look(&window, u"editor-preview"_s);
    if (QTest::currentTestFailed())
        return;
    window.editor()->findBar()->open(true); // Find and Replace under the body
    window.editor()->findBar()->findEdit()->setText(u"котельн"_s);
    look(&window, u"find-replace"_s);
    window.editor()->findBar()->close();
    if (QTest::currentTestFailed())
        return;

    const QTimeZone almaty("Asia/Almaty");
    ScheduleDialog schedule(almaty, QDateTime(QDate(2026, 12, 1), QTime(9, 0), almaty), &window);
    schedule.show();
    look(&schedule, u"schedule"_s);
    schedule.close();
    if (QTest::currentTestFailed())
        return;

    Article mine = *story;
    Article theirs = *story;
    mine.headline += u" — мнения жителей"_s;
    theirs.body += u"\n\nДиректор школы поблагодарил строителей."_s;
    theirs.lead = u"Новая котельная согрела школу к холодам."_s;
    MergeDialog merge(u"Айгерим Сапарова"_s, theirs, mergeFields(*story, mine, theirs), &window);
    merge.resize(1200, 700);
    merge.show();
    look(&merge, u"merge"_s);
}

void TestLanguages::theDialogsSpeakTheLanguage()
{
    QFETCH(QString, language);
    m_language = language;
    QVERIFY(speak(language));

    ExportDialog exporting(m_db->url(), m_dir.filePath(u"site"_s));
    exporting.show();
    look(&exporting, u"export"_s);
    exporting.close();
    if (QTest::currentTestFailed())
        return;

    DatabaseUrl server;
    server.engine = DatabaseUrl::Engine::PostgreSQL;
    server.host = u"db.newsroom.kz"_s;
    server.databaseName = u"newsroom"_s;
    server.user = u"saparova"_s;
    SignInDialog signIn(server, {});
    signIn.show();
    look(&signIn, u"sign-in"_s);
    signIn.close();
    if (QTest::currentTestFailed())
        return;

    const Expected<Article> story = ArticleRepository(*m_db).loadBySlug(u"v-shkole-no-7-zarabotala-novaya-kotelnaya"_s);
    QVERIFY(story);
    KeptText kept;
    kept.entry.key = u"story-%1"_s.arg(story->id);
    kept.entry.article = *story;
    kept.entry.article.body += u"\n\nДиректор школы поблагодарил строителей."_s;
    kept.entry.written = QDateTime(QDate(2026, 11, 30), QTime(15, 20), QTimeZone::UTC);
    kept.stored = *story;
    RecoveryDialog recovery({kept});
    recovery.show();
    look(&recovery, u"recovery"_s);
    recovery.close();
    if (QTest::currentTestFailed())
        return;

    // A story's way from draft to published, with a correction.
    const QDateTime day(QDate(2026, 11, 20), QTime(4, 0), QTimeZone::UTC);
    const QList<WorkflowEvent> events{
        {1, story->id, ArticleStatus::Draft, ArticleStatus::Submitted, 2, day, {}},
        {2, story->id, ArticleStatus::Submitted, ArticleStatus::ChangesRequested, 1, day.addSecs(1800), u"Уточните цифры"_s},
        {3, story->id, ArticleStatus::ChangesRequested, ArticleStatus::Submitted, 2, day.addSecs(3600), {}},
        {4, story->id, ArticleStatus::Submitted, ArticleStatus::Published, 1, day.addSecs(5400), {}},
        {5, story->id, ArticleStatus::Published, ArticleStatus::Published, 1, day.addDays(1), u"Исправлена фамилия"_s}};
    HistoryDialog history(events, {{1, u"Данияр Омаров"_s}, {2, u"Айгерим Сапарова"_s}}, QTimeZone("Asia/Almaty"));
    history.show();
    look(&history, u"history"_s);
    history.close();
    if (QTest::currentTestFailed())
        return;

    // The newsroom's dictionary, filtered to the akimats and with a word being added.
    NewsroomService newsroom(*m_db);
    DictionaryDialog dictionary(newsroom);
    dictionary.show();
    QTRY_VERIFY(dictionary.list()->count() > 100);
    dictionary.filterEdit()->setText(u"аким"_s);
    dictionary.wordEdit()->setText(u"Сарыарка"_s);
    look(&dictionary, u"dictionary"_s);
    dictionary.close();
    if (QTest::currentTestFailed())
        return;

    // The site's sections: the demo's tree, with a refusal said.
    SectionsDialog sections(newsroom);
    sections.show();
    QTRY_VERIFY(sections.tree()->topLevelItemCount() > 1);
    sections.choose(sections.tree()->topLevelItem(0)->data(0, Qt::UserRole + 1).toLongLong());
    bool refused = false;
    sections.change({SectionChange::Kind::Remove, sections.chosen(), 0, {}}, [&refused](const Status &s) { refused = !s; });
    QTRY_VERIFY(refused);
    QVERIFY(!sections.note()->text().isEmpty());
    look(&sections, u"sections"_s);
    sections.close();
    if (QTest::currentTestFailed())
        return;

    SettingsDialog settings(newsroom);
    settings.show();
    QTRY_VERIFY(settings.isEnabled());
    look(&settings, u"settings"_s);
    settings.close();
    if (QTest::currentTestFailed())
        return;

    SetupAssistant assistant(newsroom);
    assistant.show();
    QTRY_VERIFY(assistant.isEnabled());
    look(&assistant, u"setup"_s);
    assistant.next();
    look(&assistant, u"setup-sections"_s);
}

QTEST_MAIN(TestLanguages)
#include "tst_languages.moc"
