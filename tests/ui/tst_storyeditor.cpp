// SPDX-License-Identifier: GPL-3.0-or-later
// A reporter's first story, through the window as they would write it: every field
// typed, formatting applied, undone and redone, saved, reopened, and found again.
#include "awaited.h"
#include "demo/demonewsroom.h"
#include "mainwindow.h"
#include "previewpane.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storyeditor.h"
#include "testdatabases.h"
#include "windowscreenshot.h"
#include "typing.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QMimeData>
#include <QLineEdit>
#include <QComboBox>
#include <QDesktopServices>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QMenu>
#include <QPlainTextEdit>
#include <QScreen>
#include <QTextBlock>
#include <QTextLayout>
#include <QUndoStack>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTextBrowser>
#include <QTextCursor>
#include <QToolBar>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::type;
using Field = ArticleDocument::Field;

namespace {

// The ways text reaches a field other than key by key.
enum class Arrival {
    AccessibleValue,   // a screen reader or automation setting the value (AT-SPI SetTextContents)
    AccessibleInsert,  // dictation inserting at the caret (AT-SPI InsertText)
    AccessibleReplace, // replacing the text (AT-SPI editable text)
    InputMethod,       // a committed input-method string
    Paste,
    Drop,
};

// Puts `text` into the empty `field` as `arrival` does.
void arrive(QWidget *field, const QString &text, Arrival arrival)
{
    QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(field);
    switch (arrival) {
    case Arrival::AccessibleValue:
        accessible->setText(QAccessible::Value, text);
        break;
    case Arrival::AccessibleInsert:
        accessible->editableTextInterface()->insertText(0, text);
        break;
    case Arrival::AccessibleReplace:
        accessible->editableTextInterface()->replaceText(0, accessible->textInterface()->characterCount(), text);
        break;
    case Arrival::InputMethod: {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(field, &event);
        break;
    }
    case Arrival::Paste:
        QGuiApplication::clipboard()->setText(text);
        QMetaObject::invokeMethod(field, "paste");
        break;
    case Arrival::Drop: {
        QMimeData data;
        data.setText(text);
        // A scroll area (the lead, the body) takes drops on its viewport.
        auto *area = qobject_cast<QAbstractScrollArea *>(field);
        QWidget *target = area ? area->viewport() : field;
        const QPoint at(5, target->height() / 2);
        QDragEnterEvent enter(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &enter);
        QDragMoveEvent move(at, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &move);
        QDropEvent drop(QPointF(at), Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(target, &drop);
        break;
    }
    }
}

} // namespace

Q_DECLARE_METATYPE(Arrival)

class TestStoryEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void writeASaveAndFindIt();
    void whateverPutsTextInAFieldPutsItInTheStory_data();
    void whateverPutsTextInAFieldPutsItInTheStory();
    void everyControlIsNamedAndInOrder();
    void spellingMarksAndMendsWords();
    void languageFollowsANewStorysText();
    void previewRendersAndGuardsLinks();
    void writingDeskWithADemoStory();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStoryEditor::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_storyeditor"_s);
    QSettings().clear();
    DatabaseUrl url;
    url.path = m_dir.filePath(u"newsroom.db"_s);
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_db = std::move(*opened);
}

void TestStoryEditor::writeASaveAndFindIt()
{
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    StoryEditor *editor = window.editor();
    QVERIFY(!editor->isVisible());

    window.findChild<QAction *>(u"actionNewStory"_s)->trigger();
    QVERIFY(editor->isVisible());
    QVERIFY(editor->isEnabled());
    type(editor->lineEdit(Field::Kicker), u"Транспорт"_s);
    type(editor->lineEdit(Field::Headline), u"Новый маршрут свяжет вокзал и Восточный"_s);
    type(editor->findChild<QPlainTextEdit *>(u"lead"_s), u"Автобусы пойдут каждые 15 минут."_s);
    type(editor->lineEdit(Field::Dateline), u"Темиртау"_s);
    type(editor->lineEdit(Field::Tags), u"транспорт, автобусы"_s);
    type(editor->lineEdit(Field::SeoTitle), u"Маршрут до Восточного"_s);
    type(editor->lineEdit(Field::SeoDescription), u"Автобусы пойдут с декабря"_s);
    QPlainTextEdit *body = editor->bodyEdit();
    body->setFocus();
    type(body, u"Перевозчик получил две машины."_s);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    type(body, u"Что изменится"_s);
    editor->findChild<QAction *>(u"actionSubheading"_s)->trigger();
    QTest::keyClick(body, Qt::Key_End);
    QTest::keyClick(body, Qt::Key_Return);
    QTest::keyClick(body, Qt::Key_Return);
    editor->findChild<QAction *>(u"actionBold"_s)->trigger();
    type(body, u"важно"_s);
    QCOMPARE(editor->lineEdit(Field::Slug)->placeholderText(),
             u"novyy-marshrut-svyazhet-vokzal-i-vostochnyy (suggested)"_s);
    QCOMPARE(body->toPlainText(), u"Перевозчик получил две машины.\n\n## Что изменится\n\n**важно**"_s);

    // Ctrl+Z in the body undoes the last typing, and Ctrl+Shift+Z brings it back...
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier);
    QVERIFY(!body->toPlainText().contains(u"важно"_s));
    QTest::keyClick(body, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(body->toPlainText().endsWith(u"**важно**"_s));
    // ...and the history runs across fields: undoing the whole body, then one step more
    // from the headline field, takes back the search description typed before it.
    for (int i = 0; i < 50 && !body->toPlainText().isEmpty(); ++i)
        QTest::keyClick(editor->lineEdit(Field::Headline), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(body->toPlainText(), QString());
    QCOMPARE(editor->lineEdit(Field::SeoDescription)->text(), u"Автобусы пойдут с декабря"_s);
    QTest::keyClick(editor->lineEdit(Field::Headline), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(editor->lineEdit(Field::SeoDescription)->text(), QString());
    QAction *redo = window.findChild<QAction *>(u"actionRedo"_s);
    while (redo->isEnabled())
        redo->trigger();
    QCOMPARE(editor->lineEdit(Field::SeoDescription)->text(), u"Автобусы пойдут с декабря"_s);
    QCOMPARE(body->toPlainText(), u"Перевозчик получил две машины.\n\n## Что изменится\n\n**важно**"_s);

    QVERIFY(window.isWindowModified());
    window.findChild<QAction *>(u"actionSave"_s)->trigger();
    QVERIFY(!window.isWindowModified());
    QCOMPARE(editor->lineEdit(Field::Slug)->text(), u"novyy-marshrut-svyazhet-vokzal-i-vostochnyy"_s);

    // Found by another form of a body word: «машины» → «машина».
    ArticleRepository articles(*m_db);
    const Expected<QList<SearchHit>> hits = articles.search(u"машина"_s);
    QVERIFY(hits.ok());
    QCOMPARE(hits->size(), 1);
    const qint64 id = hits->first().article.id;

    QVERIFY(finished(window, &MainWindow::newStory));
    QVERIFY(finished(window, &MainWindow::openStory, id));
    QCOMPARE(editor->lineEdit(Field::Headline)->text(), u"Новый маршрут свяжет вокзал и Восточный"_s);
    QCOMPARE(editor->findChild<QPlainTextEdit *>(u"lead"_s)->toPlainText(), u"Автобусы пойдут каждые 15 минут."_s);
    QCOMPARE(editor->lineEdit(Field::Tags)->text(), u"транспорт, автобусы"_s);
    QCOMPARE(body->toPlainText(), u"Перевозчик получил две машины.\n\n## Что изменится\n\n**важно**"_s);
    const Article stored = *articles.load(id);
    QCOMPARE(stored.kicker, u"Транспорт"_s);
    QCOMPARE(stored.dateline, u"Темиртау"_s);
    QCOMPARE(stored.seoTitle, u"Маршрут до Восточного"_s);
    QCOMPARE(stored.seoDescription, u"Автобусы пойдут с декабря"_s);
}

void TestStoryEditor::whateverPutsTextInAFieldPutsItInTheStory_data()
{
    QTest::addColumn<Arrival>("arrival");
    QTest::newRow("accessible value") << Arrival::AccessibleValue;
    QTest::newRow("accessible insert") << Arrival::AccessibleInsert;
    QTest::newRow("accessible replace") << Arrival::AccessibleReplace;
    QTest::newRow("input method") << Arrival::InputMethod;
    QTest::newRow("paste") << Arrival::Paste;
    QTest::newRow("drop") << Arrival::Drop;
}

void TestStoryEditor::whateverPutsTextInAFieldPutsItInTheStory()
{
    QFETCH(Arrival, arrival);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-');
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QVERIFY(finished(window, &MainWindow::newStory));
    StoryEditor *editor = window.editor();

    const std::pair<QWidget *, QString> fields[] = {
        {editor->lineEdit(Field::Kicker), u"Власть"_s},
        {editor->lineEdit(Field::Headline), u"Аким ответил на вопросы жителей (%1)"_s.arg(tag)},
        {editor->findChild<QPlainTextEdit *>(u"lead"_s), u"Встреча шла три часа."_s},
        {editor->findChild<QLineEdit *>(u"bylines"_s), u"Гость Редакции"_s},
        {editor->findChild<QLineEdit *>(u"photographers"_s), u"Фотограф Гость"_s},
        {editor->lineEdit(Field::Dateline), u"Темиртау"_s},
        {editor->lineEdit(Field::Tags), u"акимат, встреча"_s},
        {editor->lineEdit(Field::Slug), u"akim-%1"_s.arg(tag)},
        {editor->lineEdit(Field::SeoTitle), u"Аким и жители"_s},
        {editor->lineEdit(Field::SeoDescription), u"О чём спрашивали акима"_s},
    };
    for (const auto &[field, text] : fields) {
        field->setFocus();
        arrive(field, text, arrival);
        const QString shown = field->property(qobject_cast<QPlainTextEdit *>(field) ? "plainText" : "text").toString();
        QCOMPARE(shown, text); // what is shown...
    }
    QPlainTextEdit *body = editor->bodyEdit();
    body->setFocus();
    arrive(body, u"Жители спрашивали о дорогах."_s, arrival);
    window.findChild<QAction *>(u"actionSave"_s)->trigger();
    QVERIFY(!window.isWindowModified());

    // ...is what is saved.
    const Expected<Article> stored = ArticleRepository(*m_db).loadBySlug(u"akim-%1"_s.arg(tag));
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->kicker, u"Власть"_s);
    QCOMPARE(stored->headline, u"Аким ответил на вопросы жителей (%1)"_s.arg(tag));
    QCOMPARE(stored->lead, u"Встреча шла три часа."_s);
    QCOMPARE(stored->dateline, u"Темиртау"_s);
    QCOMPARE(stored->tags, (QStringList{u"акимат"_s, u"встреча"_s}));
    QCOMPARE(stored->seoTitle, u"Аким и жители"_s);
    QCOMPARE(stored->seoDescription, u"О чём спрашивали акима"_s);
    QCOMPARE(stored->body, u"Жители спрашивали о дорогах."_s);
    QCOMPARE(stored->bylines.size(), 2);
    QCOMPARE(stored->bylines.at(0).name, u"Гость Редакции"_s);
    QCOMPARE(stored->bylines.at(0).kind, Byline::Kind::Text);
    QCOMPARE(stored->bylines.at(1).name, u"Фотограф Гость"_s);
    QCOMPARE(stored->bylines.at(1).kind, Byline::Kind::Photo);
}

void TestStoryEditor::everyControlIsNamedAndInOrder()
{
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    StoryEditor *editor = window.editor();
    editor->setDetailsShown(true); // folded, they are out of the way of Tab
    const QList<QWidget *> expected = {
        editor->lineEdit(Field::Kicker),   editor->sectionBox(),           editor->lineEdit(Field::Headline),
        editor->findChild<QPlainTextEdit *>(u"lead"_s), editor->bodyEdit(), editor->detailsToggle(),
        editor->bylineEdit(),              editor->photographerEdit(),     editor->lineEdit(Field::Dateline),
        editor->lineEdit(Field::Tags),     editor->languageBox(),          editor->lineEdit(Field::Slug),
        editor->lineEdit(Field::SeoTitle), editor->lineEdit(Field::SeoDescription),
    };
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    expected.first()->setFocus();
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QVERIFY2(!expected.at(i)->accessibleName().isEmpty(), qPrintable(expected.at(i)->objectName()));
        QCOMPARE(QApplication::focusWidget(), expected.at(i));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    }
}

namespace {

// The words of the body's first line drawn with a spelling underline.
QStringList underlined(QPlainTextEdit *body, int blockNumber = 0)
{
    const QTextBlock block = body->document()->findBlockByNumber(blockNumber);
    QStringList words;
    QString current;
    int end = -1;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (range.format.underlineStyle() != QTextCharFormat::SpellCheckUnderline)
            continue;
        if (range.start != end && !current.isEmpty()) {
            words.append(current);
            current.clear();
        }
        current += block.text().mid(range.start, range.length);
        end = range.start + range.length;
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QPoint pointOf(QPlainTextEdit *body, const QString &word)
{
    QTextCursor cursor(body->document());
    cursor.setPosition(int(body->toPlainText().indexOf(word)) + 2);
    return body->cursorRect(cursor).center();
}

} // namespace

void TestStoryEditor::spellingMarksAndMendsWords()
{
    MainWindow window(m_db.get());
    window.resize(1100, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    StoryEditor *editor = window.editor();
    QPlainTextEdit *body = editor->bodyEdit();
    body->setFocus();
    type(body, u"Минстр промышленности посетил Осакаровку. **Министр** доволен, а `минстр` в коде не трогаем."_s);
    QCOMPARE(editor->spelling().language(), u"ru"_s);
    QCOMPARE(underlined(body), (QStringList{u"Минстр"_s, u"Осакаровку"_s}));

    // The context menu on the misspelled word: suggestions first, then the dictionary.
    std::unique_ptr<QMenu> menu(editor->createBodyContextMenu(pointOf(body, u"Минстр"_s)));
    const QList<QAction *> actions = menu->actions();
    QVERIFY(!actions.isEmpty());
    QStringList texts;
    for (QAction *action : actions)
        texts.append(action->text());
    QVERIFY2(texts.contains(u"Министр"_s), qPrintable(texts.join(u" | "_s)));
    QVERIFY(menu->findChild<QAction *>(u"actionAddToDictionary"_s));
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        menu->popup(body->viewport()->mapToGlobal(pointOf(body, u"Минстр"_s)));
        QVERIFY(QTest::qWaitForWindowExposed(menu.get()));
        QTest::qWait(200);
        QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(folder + u"/spelling-menu.png"_s));
        menu->hide();
    }
    std::find_if(actions.begin(), actions.end(), [](QAction *a) { return a->text() == u"Министр"_s; })[0]->trigger();
    QVERIFY(body->toPlainText().startsWith(u"Министр промышленности"_s));
    QCOMPARE(underlined(body), QStringList{u"Осакаровку"_s});
    window.editor()->document()->undoStack()->undo(); // the replacement is one step in the story's history
    QVERIFY(body->toPlainText().startsWith(u"Минстр промышленности"_s));
    window.editor()->document()->undoStack()->redo();

    // "Add to the newsroom dictionary" stores the word for every desk.
    menu.reset(editor->createBodyContextMenu(pointOf(body, u"Осакаровку"_s)));
    menu->findChild<QAction *>(u"actionAddToDictionary"_s)->trigger();
    QVERIFY(underlined(body).isEmpty());
    QVERIFY(DictionaryRepository(*m_db).words()->contains(DictionaryWord{u"Осакаровку"_s}));
    MainWindow colleague(m_db.get());
    QVERIFY(finished(colleague, &MainWindow::newStory));
    QVERIFY(!colleague.editor()->spelling().isMisspelled(u"Осакаровку"_s));
    QVERIFY(DictionaryRepository(*m_db).remove(u"Осакаровку"_s).ok());
}

void TestStoryEditor::languageFollowsANewStorysText()
{
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    StoryEditor *editor = window.editor();
    QPlainTextEdit *body = editor->bodyEdit();
    body->setFocus();
    type(body, u"Қала әкімі жаңа мектептің құрылысын тексерді, мектпте емес."_s);
    QCOMPARE(editor->document()->field(Field::Language), u"kk"_s);
    QCOMPARE(editor->languageBox()->currentData().toString(), u"kk"_s);
    QCOMPARE(editor->spelling().language(), u"kk"_s);
    QCOMPARE(underlined(body), QStringList{u"мектпте"_s});
    // Picked by hand, it stays whatever is typed next.
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(u"en"_s));
    Q_EMIT editor->languageBox()->activated(editor->languageBox()->currentIndex());
    QCOMPARE(editor->document()->field(Field::Language), u"en"_s);
    type(body, u" Ещё немного текста по-русски."_s);
    QCOMPARE(editor->document()->field(Field::Language), u"en"_s);
}

// Stands in for the desktop's browser: records what would have been opened.
class UrlRecorder : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void open(const QUrl &url) { opened.append(url); }
};

void TestStoryEditor::previewRendersAndGuardsLinks()
{
    UrlRecorder browser;
    for (const QString &scheme : {u"https"_s, u"http"_s, u"file"_s, u"javascript"_s})
        QDesktopServices::setUrlHandler(scheme, &browser, "open");
    const auto unregister = qScopeGuard([] {
        for (const QString &scheme : {u"https"_s, u"http"_s, u"file"_s, u"javascript"_s})
            QDesktopServices::unsetUrlHandler(scheme);
    });

    MainWindow window(m_db.get());
    window.resize(1200, 700);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(finished(window, &MainWindow::newStory));
    window.findChild<QAction *>(u"actionPreview"_s)->trigger();
    PreviewPane *preview = window.preview();
    QVERIFY(preview->isVisible());
    StoryEditor *editor = window.editor();
    editor->lineEdit(Field::Headline)->setFocus();
    type(editor->lineEdit(Field::Headline), u"Аким ответил жителям"_s);
    editor->bodyEdit()->setFocus();
    type(editor->bodyEdit(), u"## Главное\n\nПодробности на [сайте акимата](https://akimat.example/news). "
                             "Не нажимайте [сюда](javascript:alert(1)) и [туда](file:///etc/passwd).\n\n<script>x</script>"_s);
    QTRY_VERIFY(preview->toPlainText().contains(u"Подробности"_s));
    QVERIFY(preview->toPlainText().contains(u"Аким ответил жителям"_s));
    QVERIFY(preview->toPlainText().contains(u"<script>x</script>"_s)); // shown as text, never run
    const QString html = preview->toHtml();
    QVERIFY(html.contains(u"https://akimat.example/news"_s));
    QVERIFY2(!html.contains(u"javascript:"_s) && !html.contains(u"file:"_s), qPrintable(html));

    // A click on each link, where it is drawn.
    auto clickOn = [&](const QString &text) {
        QTextCursor found = preview->document()->find(text);
        QVERIFY(!found.isNull());
        QTextCursor middle(preview->document());
        middle.setPosition((found.selectionStart() + found.selectionEnd()) / 2);
        QTest::mouseClick(preview->viewport(), Qt::LeftButton, {}, preview->cursorRect(middle).center());
    };
    QSignalSpy refused(preview, &PreviewPane::linkRefused);
    QSignalSpy clicked(preview, &QTextBrowser::anchorClicked);
    clickOn(u"сайте акимата"_s);
    QTRY_COMPARE(browser.opened, QList<QUrl>{QUrl(u"https://akimat.example/news"_s)});
    QCOMPARE(clicked.size(), 1);
    // The others are no links at all: a click on their words is a click on text.
    clickOn(u"сюда"_s);
    clickOn(u"туда"_s);
    QCoreApplication::processEvents();
    QCOMPARE(clicked.size(), 1);
    QCOMPARE(browser.opened.size(), 1); // nothing else was opened
    // Even a link that reached the pane some other way is refused.
    Q_EMIT preview->anchorClicked(QUrl(u"javascript:alert(1)"_s));
    Q_EMIT preview->anchorClicked(QUrl(u"file:///etc/passwd"_s));
    QCOMPARE(refused.size(), 2);
    QCOMPARE(browser.opened.size(), 1);
}

void TestStoryEditor::writingDeskWithADemoStory()
{
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(u"demo.db"_s);
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(db && Demo::load(**db).ok());
    MainWindow window(db->get());
    window.resize(1400, 860);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const Expected<QList<SearchHit>> hits = ArticleRepository(**db).search(u"шлак щебень"_s);
    QVERIFY(hits && !hits->isEmpty());
    const Expected<Article> story = ArticleRepository(**db).load(hits->first().article.id);
    QVERIFY(story);
    QVERIFY(finished(window, &MainWindow::openStory, story->id));
    window.findChild<QAction *>(u"actionPreview"_s)->setChecked(true);
    QTRY_VERIFY(window.preview()->toPlainText().contains(story->headline));
    // The section chooser shows the story's section by its path, and a choice is undoable.
    QComboBox *section = window.editor()->sectionBox();
    QCOMPARE(section->currentData().toLongLong(), story->categoryId);
    QVERIFY2(section->currentText().startsWith(u"Новости › "_s), qPrintable(section->currentText()));
    const int sport = section->findText(u"Спорт"_s);
    QVERIFY(sport > 0);
    section->setCurrentIndex(sport);
    Q_EMIT section->activated(sport);
    QCOMPARE(window.editor()->document()->categoryId(), section->itemData(sport).toLongLong());
    window.editor()->document()->undoStack()->undo();
    QCOMPARE(section->currentData().toLongLong(), story->categoryId);

    // Highlighted as Markdown: a subheading line carries a format of its own.
    const QTextBlock subheading = window.editor()->bodyEdit()->document()->find(u"## "_s).block();
    QVERIFY(subheading.isValid());
    QVERIFY(!subheading.layout()->formats().isEmpty());
    if (const QString folder = qEnvironmentVariable("NEWSROOM_SCREENSHOTS"); !folder.isEmpty()) {
        QTest::qWait(200);
        QString error;
        QVERIFY2(saveWindowScreenshot(&window, folder + u"/writing-desk.png"_s, &error), qPrintable(error));
    }
}

QTEST_MAIN(TestStoryEditor)
#include "tst_storyeditor.moc"
