// SPDX-License-Identifier: GPL-3.0-or-later
// The writing desk under load: keystroke to repaint in a 10,000-word story with Markdown
// highlighting and spelling on; opening a 100,000-story newsroom to a usable window; and
// memory with that archive listed. Prints figures; never a pass/fail test.
//   bench_desk [--keys N] [--database FILE-OF-100K-STORIES]
// (bench_store --engine sqlite --reuse FILE makes such a file.)
#include "awaited.h"
#include "corpus.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "mainwindow.h"
#include "session/newsroomservice.h"
#include "session/storysession.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storyeditor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTest>
#include <QTreeView>

#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

double percentile(QList<double> samples, double p)
{
    std::sort(samples.begin(), samples.end());
    return samples.isEmpty() ? 0 : samples.at(std::min<qsizetype>(samples.size() - 1, qsizetype(p * double(samples.size() - 1) + 0.5)));
}

long rssMegabytes()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').first().toLong() / 1024;
    }
    return -1;
}

[[noreturn]] void die(const QString &message)
{
    std::fprintf(stderr, "bench_desk: %s\n", qPrintable(message));
    std::exit(1);
}

// A long story in the corpus's words, with a misspelling now and then for the checker.
QString longBody(int words)
{
    const Bench::Corpus corpus;
    QString body;
    int count = 0;
    for (int i = 1; count < words; ++i) {
        QString story = QString::fromUtf8(corpus.story(i));
        story = story.mid(story.indexOf(u"\n---\n"_s) + 5).trimmed();
        story.replace(u"министр"_s, u"минстр"_s);
        body += story + u"\n\n"_s;
        count += int(story.split(u' ', Qt::SkipEmptyParts).size());
    }
    return body;
}

void keystrokes(int keys)
{
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(u"long.db"_s);
    auto db = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!db)
        die(db.error().message);
    Article story;
    story.headline = u"Длинный материал"_s;
    story.body = longBody(10100);
    const SaveResult saved = ArticleRepository(**db).save(story);
    if (!saved.ok())
        die(saved.error->message);

    MainWindow window(db->get());
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        die(u"the window did not show"_s);
    QElapsedTimer opening;
    opening.start();
    if (const Status opened = finished(window, &MainWindow::openStory, saved.article.id); !opened)
        die(opened.error().message);
    QPlainTextEdit *body = window.editor()->bodyEdit();
    body->viewport()->repaint();
    const double openMs = ms(opening);

    body->setFocus();
    QTextCursor middle(body->document());
    middle.setPosition(int(body->document()->characterCount() / 2));
    middle.movePosition(QTextCursor::EndOfBlock);
    body->setTextCursor(middle);
    body->ensureCursorVisible();
    QCoreApplication::processEvents();

    const QString typed = u"Минстр заявил, что ремонт дорог завершится к осени. "_s;
    QList<double> samples;
    for (int i = 0; i < keys; ++i) {
        const QChar c = typed.at(i % typed.size());
        QElapsedTimer timer;
        timer.start();
        QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QCoreApplication::processEvents(); // the highlighter, counters, autosave bookkeeping
        body->viewport()->repaint();      // and the pixels
        samples.append(ms(timer));
    }
    const int words = int(body->toPlainText().split(u' ', Qt::SkipEmptyParts).size());
    std::printf("Keystroke to repaint, %d-word story, highlighting and spelling on (%d keys):\n", words, keys);
    std::printf("  p50 %.2f ms   p95 %.2f ms   max %.2f ms   (target p95 <= 16 ms)\n", percentile(samples, 0.5),
                percentile(samples, 0.95), percentile(samples, 1.0));

    // The preview renders the site's own page at each pause in typing: what one costs.
    NewsroomService newsroom(**db);
    const Article typedStory = window.storySession()->document()->snapshot();
    QList<double> previews;
    for (int i = 0; i < 20; ++i) {
        QElapsedTimer timer;
        timer.start();
        const Expected<PreviewPage> page = awaited<Expected<PreviewPage>>(
            [&](auto reply) { newsroom.preview(typedStory, 600, {}, &newsroom, reply); });
        if (!page)
            die(page.error().message);
        previews.append(ms(timer));
    }
    std::printf("  the preview of that story as the site's page (SQLite, 20 renders): p50 %.1f ms   max %.1f ms\n",
                percentile(previews, 0.5), percentile(previews, 1.0));
    std::printf("  opening that story in the editor: %.0f ms\n", openMs);
}

void archive(const QString &file)
{
    if (!QFile::exists(file))
        die(file + u" does not exist; make it with bench_store --engine sqlite --reuse "_s + file);
    const long before = rssMegabytes();
    QElapsedTimer timer;
    timer.start();
    DatabaseUrl url;
    url.path = file;
    auto db = Database::open(url);
    if (!db)
        die(db.error().message);
    MainWindow window(db->get());
    window.resize(1280, 860);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window))
        die(u"the window did not show"_s);
    QTreeView *list = window.storyList();
    while (list->model()->rowCount() == 0 && timer.elapsed() < 10000)
        QCoreApplication::processEvents();
    list->viewport()->repaint();
    const double openMs = ms(timer);
    const qint64 total = *ArticleRepository(**db).count();
    std::printf("Opening a %lld-story newsroom to a usable window: %.0f ms (target <= 1000 ms); RSS %ld MB (%ld MB before)\n",
                qlonglong(total), openMs, rssMegabytes(), before);

    // Scrolled to the end: every story listed.
    QElapsedTimer scrolling;
    scrolling.start();
    while (list->model()->rowCount() < total && scrolling.elapsed() < 300000) {
        list->scrollToBottom();
        QCoreApplication::processEvents();
    }
    list->viewport()->repaint();
    std::printf("Scrolled through all %d rows in %.1f s; RSS with them listed: %ld MB (target <= 250 MB)\n",
                list->model()->rowCount(), ms(scrolling) / 1000, rssMegabytes());
}

// How long typing goes unjournaled: a letter every 50 ms without a pause, from the first
// unsaved letter to the journal entry on disk.
void journalLatency(int runs)
{
    QList<double> samples;
    for (int run = 0; run < runs; ++run) {
        QTemporaryDir dir;
        Article story;
        story.id = 12;
        story.revision = 1;
        story.body = u"Визит начался утром."_s;
        ArticleDocument document(story);
        Autosaver autosaver(&document, EditJournal(dir.path()));
        QElapsedTimer typing;
        typing.start();
        while (autosaver.journal().entries().isEmpty() && typing.elapsed() < 10000) {
            QTextCursor cursor(document.body());
            cursor.movePosition(QTextCursor::End);
            cursor.insertText(u"ж"_s);
            QTest::qWait(50);
        }
        samples.append(ms(typing));
    }
    std::printf("Typing to the journal on disk, a letter every 50 ms (%d runs):\n", runs);
    std::printf("  p50 %.0f ms   p95 %.0f ms   max %.0f ms   (delay %lld ms; target max <= %lld ms)\n",
                percentile(samples, 0.5), percentile(samples, 0.95), percentile(samples, 1.0),
                qint64(Autosaver::JournalDelay.count()), qint64(Autosaver::JournalDelay.count() + 500));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NewsroomBench"_s);
    QCoreApplication::setApplicationName(u"bench_desk"_s);
    QStandardPaths::setTestModeEnabled(true);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption keys(u"keys"_s, u"Keystrokes to time (default 300)."_s, u"n"_s, u"300"_s);
    const QCommandLineOption database(u"database"_s, u"A SQLite newsroom with 100,000 stories."_s, u"file"_s);
    parser.addOptions({keys, database});
    parser.process(app);
    if (parser.isSet(database))
        archive(parser.value(database)); // first, in a fresh process: memory figures mean something
    keystrokes(std::max(10, parser.value(keys).toInt()));
    journalLatency(20);
    return 0;
}
