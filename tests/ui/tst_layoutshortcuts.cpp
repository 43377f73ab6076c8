// SPDX-License-Identifier: GPL-3.0-or-later
// The shortcuts with a keyboard that has only the Russian or Kazakh layout: Qt then
// delivers Ctrl with the Cyrillic letter of the key (Ctrl+Ы for the key marked S), and the
// window must still do what the key is marked with. (With a Latin layout beside the
// national one, Qt gives the Latin key itself; tests/ui/keyboard/run-layouts.sh presses
// real keys on an X server with each setup.)
#include "document/articledocument.h"
#include "layoutshortcuts.h"
#include "mainwindow.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"
#include "typing.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;
using Newsroom::Test::type;
using Field = ArticleDocument::Field;

namespace {

// A key press as Qt delivers it with the national layout alone: the Cyrillic letter.
void press(QWidget *widget, char16_t letter, Qt::KeyboardModifiers modifiers = Qt::ControlModifier)
{
    QTest::sendKeyEvent(QTest::Click, widget, Qt::Key(letter), QString(QChar(letter)).toLower(), modifiers);
}

} // namespace

class TestLayoutShortcuts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void eachLetterHasItsKey_data();
    void eachLetterHasItsKey();
    void theWindowAnswersTheKeysByTheirPlace();
    void withoutTheFilterTheKeysAreDead();

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    LayoutShortcuts m_filter;
};

void TestLayoutShortcuts::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_layoutshortcuts"_s);
    QSettings().clear();
    DatabaseUrl url;
    url.path = m_dir.filePath(u"newsroom.db"_s);
    auto opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(opened);
    m_db = std::move(*opened);
}

void TestLayoutShortcuts::eachLetterHasItsKey_data()
{
    QTest::addColumn<int>("letter");
    QTest::addColumn<int>("key");
    // Russian and Kazakh share the letter keys (ЙЦУКЕН); Kazakh adds letters on the digits.
    const QString russian = u"ЙЦУКЕНГШЩЗХЪФЫВАПРОЛДЖЭЯЧСМИТЬБЮЁ"_s;
    const QList<int> keys = {Qt::Key_Q, Qt::Key_W, Qt::Key_E, Qt::Key_R, Qt::Key_T, Qt::Key_Y, Qt::Key_U,
                             Qt::Key_I, Qt::Key_O, Qt::Key_P, Qt::Key_BracketLeft, Qt::Key_BracketRight,
                             Qt::Key_A, Qt::Key_S, Qt::Key_D, Qt::Key_F, Qt::Key_G, Qt::Key_H, Qt::Key_J,
                             Qt::Key_K, Qt::Key_L, Qt::Key_Semicolon, Qt::Key_Apostrophe, Qt::Key_Z, Qt::Key_X,
                             Qt::Key_C, Qt::Key_V, Qt::Key_B, Qt::Key_N, Qt::Key_M, Qt::Key_Comma,
                             Qt::Key_Period, Qt::Key_QuoteLeft};
    QCOMPARE(russian.size(), keys.size());
    for (qsizetype i = 0; i < russian.size(); ++i)
        QTest::addRow("%s", QString(russian.at(i)).toUtf8().constData()) << int(russian.at(i).unicode()) << keys.at(i);
    const QString kazakh = u"ӘІҢҒҮҰҚӨҺ"_s;
    const QList<int> digits = {Qt::Key_2, Qt::Key_3, Qt::Key_4, Qt::Key_5, Qt::Key_8,
                               Qt::Key_9, Qt::Key_0, Qt::Key_Minus, Qt::Key_Equal};
    for (qsizetype i = 0; i < kazakh.size(); ++i)
        QTest::addRow("%s", QString(kazakh.at(i)).toUtf8().constData()) << int(kazakh.at(i).unicode()) << digits.at(i);
    // Not letters of the two layouts: left alone.
    QTest::newRow("latin S") << int(Qt::Key_S) << 0;
    QTest::newRow("greek sigma") << 0x3a3 << 0;
    QTest::newRow("F5") << int(Qt::Key_F5) << 0;
}

void TestLayoutShortcuts::eachLetterHasItsKey()
{
    QFETCH(int, letter);
    QFETCH(int, key);
    QCOMPARE(LayoutShortcuts::latinKey(letter), key);
}

void TestLayoutShortcuts::theWindowAnswersTheKeysByTheirPlace()
{
    qApp->installEventFilter(&m_filter);
    const auto uninstall = qScopeGuard([this] { qApp->removeEventFilter(&m_filter); });
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    StoryEditor *editor = window.editor();
    QVERIFY(!editor->isVisible());

    // Ctrl+Т, the key marked N: a new story.
    press(window.focusWidget() ? window.focusWidget() : &window, u'Т');
    QTRY_VERIFY(editor->isVisible());
    QLineEdit *headline = editor->lineEdit(Field::Headline);
    headline->setFocus();
    type(headline, u"Аким открыл школу"_s);

    // The field's own keys: Ctrl+Ф selects all, Ctrl+С copies, Ctrl+М pastes at the end.
    press(headline, u'Ф');
    QCOMPARE(headline->selectedText(), u"Аким открыл школу"_s);
    press(headline, u'С');
    QCOMPARE(QApplication::clipboard()->text(), u"Аким открыл школу"_s);
    QTest::keyClick(headline, Qt::Key_End);
    type(headline, u" "_s);
    press(headline, u'М');
    QCOMPARE(headline->text(), u"Аким открыл школу Аким открыл школу"_s);
    headline->setText(u"Аким открыл школу"_s);

    // The editor's own: Ctrl+Alt+Ә (the 2 key on a Kazakh keyboard) makes a subheading.
    auto *body = editor->findChild<QPlainTextEdit *>(u"body"_s);
    QVERIFY(body);
    body->setFocus();
    type(body, u"Что изменится"_s);
    // Ctrl+Я takes the typing back, Ctrl+Shift+Я brings it again.
    press(body, u'Я');
    QCOMPARE(body->toPlainText(), QString());
    press(body, u'Я', Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(body->toPlainText(), u"Что изменится"_s);
    press(body, u'Ә', Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(body->toPlainText(), u"## Что изменится"_s);

    // Ctrl+Ы, the key marked S: saved.
    QVERIFY(window.isWindowModified());
    press(body, u'Ы');
    QTRY_VERIFY(!window.isWindowModified());
    ArticleRepository articles(*m_db);
    QCOMPARE(*articles.count(), 1);
    const Expected<Article> stored = articles.load(1);
    QVERIFY(stored.ok());
    QCOMPARE(stored->headline, u"Аким открыл школу"_s);
    QCOMPARE(stored->body, u"## Что изменится"_s);
}

void TestLayoutShortcuts::withoutTheFilterTheKeysAreDead()
{
    // What the filter is for: without it, the same presses do nothing.
    MainWindow window(m_db.get());
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    press(window.focusWidget() ? window.focusWidget() : &window, u'Т');
    QTest::qWait(200);
    QVERIFY(!window.editor()->isVisible());
}

QTEST_MAIN(TestLayoutShortcuts)
#include "tst_layoutshortcuts.moc"
