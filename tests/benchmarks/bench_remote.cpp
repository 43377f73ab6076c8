// SPDX-License-Identifier: GPL-3.0-or-later
// The desk with its PostgreSQL server far away: does the screen's thread ever stall on
// the network? A PostgreSQL cluster of its own (tests/support), a relay in front of it
// that holds every packet for --delay ms each way (loopback only), and the real main
// window signed in through the relay as a reporter, who scrolls the story list, opens a
// story, types into it (autosave and the lease renewal running) and saves it.
//
// The stall monitor is a 5 ms timer on the screen's thread: each late tick is time the
// thread could not react to a key or repaint. Prints the longest stall in each phase and
// how long each phase took to finish; never a pass/fail test.
//   bench_remote [--delay MS] [--stories N]
//
// Why a relay and not `tc netem`: this machine's kernel has no netem qdisc ("Specified
// qdisc kind is unknown" inside an unshared network namespace); the relay gives the same
// round trip to everything on the connection, which is what the window would wait for.
#include "awaited.h"
#include "mainwindow.h"
#include "servernewsroom.h"
#include "session/storysession.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/photostore.h"
#include "storyeditor.h"

#include <QAction>
#include <QApplication>
#include <QBuffer>
#include <QElapsedTimer>
#include <QImage>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QTreeView>

#include <algorithm>
#include <atomic>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

int g_delayMs = 100;
int g_stories = 2000;

// Forwards each connection to the server, every chunk held `delay` ms in each direction,
// in order. Lives on a thread of its own.
class DelayRelay : public QTcpServer
{
public:
    DelayRelay(int serverPort, int delayMs)
        : m_serverPort(serverPort)
        , m_delayMs(delayMs)
    {
    }

protected:
    void incomingConnection(qintptr descriptor) override
    {
        auto *client = new QTcpSocket(this);
        client->setSocketDescriptor(descriptor);
        auto *server = new QTcpSocket(this);
        server->connectToHost(u"127.0.0.1"_s, quint16(m_serverPort));
        for (auto [from, to] : {std::pair{client, server}, std::pair{server, client}}) {
            const bool asking = from == client;
            connect(from, &QTcpSocket::readyRead, this, [this, from, to, asking] {
                const QByteArray chunk = from->readAll();
                if (asking)
                    m_requests.fetch_add(1, std::memory_order_relaxed);
                QTimer::singleShot(m_delayMs, Qt::PreciseTimer, to, [to, chunk] { to->write(chunk); });
            });
            connect(from, &QTcpSocket::disconnected, this, [this, to] {
                QTimer::singleShot(m_delayMs, Qt::PreciseTimer, to, [to] { to->disconnectFromHost(); });
            });
        }
    }

public:
    // How many times the desk has written to the server: each is one round trip it waited
    // for, at most (a write the desk did not wait on is counted too).
    int requests() const { return m_requests.load(std::memory_order_relaxed); }

private:
    int m_serverPort;
    int m_delayMs;
    std::atomic<int> m_requests = 0;
};

double ms(qint64 nanoseconds)
{
    return double(nanoseconds) / 1e6;
}

// Late ticks of a 5 ms timer on the screen's thread, per phase.
class StallMonitor : public QObject
{
public:
    StallMonitor()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        connect(&m_timer, &QTimer::timeout, this, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            m_worst = std::max(m_worst, ms(now - m_last) - 5.0);
            if (ms(now - m_last) - 5.0 > 50.0)
                ++m_over50;
            m_last = now;
        });
        m_clock.start();
    }
    void begin(const char *phase)
    {
        m_phase = phase;
        m_worst = 0;
        m_over50 = 0;
        m_began = m_clock.nsecsElapsed();
        m_last = m_began;
        m_timer.start();
    }
    void end(const char *detail = "")
    {
        m_timer.stop();
        std::printf("  %-28s longest stall %6.1f ms   stalls > 50 ms: %d   phase took %7.0f ms %s\n", m_phase,
                    std::max(0.0, m_worst), m_over50, ms(m_clock.nsecsElapsed() - m_began), detail);
    }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    const char *m_phase = "";
    qint64 m_began = 0;
    qint64 m_last = 0;
    double m_worst = 0;
    int m_over50 = 0;
};

QByteArray photoBytes(int i)
{
    QImage image(640, 427, QImage::Format_RGB32);
    image.fill(QColor::fromHsv(i * 37 % 360, 160, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "JPEG", 85);
    return bytes;
}

} // namespace

class BenchRemote : public QObject, public Test::ServerNewsroom
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { setUp(); }
    void cleanupTestCase() { tearDown(); }
    void desk();
};

void BenchRemote::desk()
{
    // An archive to scroll, a fifth of it with a lead photo whose list picture the
    // reporter's desk has not made yet (made off the screen's thread as rows show).
    auto setup = open(u"setup"_s);
    QVERIFY(setup);
    PhotoStore photos(*setup);
    ArticleRepository articles(*setup);
    QList<ArticlePhoto> pictures;
    for (int i = 0; i < 40; ++i) {
        const Expected<ArticlePhoto> stored = photos.store(photoBytes(i), u"p%1.jpg"_s.arg(i));
        QVERIFY(stored);
        pictures.append(*stored);
    }
    SaveOptions options;
    options.personId = m_person.value(u"aigerim"_s);
    qint64 mine = 0;
    for (int i = 0; i < g_stories; ++i) {
        Article story;
        story.headline = u"Заметка %1 о визите министра в Темиртау"_s.arg(i);
        story.lead = u"Министр осмотрел цех и встретился с рабочими."_s;
        story.body = u"Визит начался утром.\n\nПосле обеда министр уехал в Караганду."_s;
        if (i % 5 == 0) {
            ArticlePhoto lead = pictures.at(i % pictures.size());
            lead.role = PhotoRole::Lead;
            lead.caption = u"Цех"_s;
            story.photos = {lead};
        }
        const SaveResult saved = articles.save(story, options);
        QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error->message));
        mine = saved.article.id;
    }

    QThread relayThread;
    DelayRelay relay(m_port, g_delayMs);
    QVERIFY(relay.listen(QHostAddress::LocalHost));
    relay.moveToThread(&relayThread);
    relayThread.start();
    DatabaseUrl far = urlFor(u"aigerim"_s);
    far.port = relay.serverPort();

    QElapsedTimer clock;
    clock.start();
    Expected<std::unique_ptr<Database>> db = Database::open(far);
    QVERIFY2(db, qPrintable(db ? QString() : db.error().message));
    std::printf("Desk of a reporter, PostgreSQL %d ms away each way (round trip %d ms), %d stories:\n", g_delayMs,
                2 * g_delayMs, g_stories);
    std::printf("  (connecting took %.0f ms)\n", double(clock.elapsed()));
    {
        StallMonitor monitor;
        clock.restart();
        MainWindow window(db->get());
        window.resize(1280, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        std::printf("  (opening the window took %.0f ms: the startup, not measured below)\n", double(clock.elapsed()));
        auto *list = window.findChild<QTreeView *>(u"storyList"_s);
        QVERIFY(list);
        QTRY_VERIFY_WITH_TIMEOUT(list->model()->rowCount() > 0, 30000);
        QTest::qWait(2 * g_delayMs + 500); // what the window asked for at startup has come back

        monitor.begin("scrolling the list");
        QScrollBar *scroll = list->verticalScrollBar();
        for (int step = 0; step < 120; ++step) {
            scroll->setValue(scroll->value() + scroll->pageStep() / 2);
            QTest::qWait(25);
        }
        const int rows = list->model()->rowCount();
        monitor.end(qPrintable(u"(%1 rows loaded)"_s.arg(rows)));

        // What the reporter waits for, and how many round trips it took.
        const auto waited = [&](qint64 since, int asked) {
            return u"(done after %1 ms, %2 requests)"_s.arg(clock.elapsed() - since).arg(relay.requests() - asked);
        };
        monitor.begin("opening a story");
        clock.restart();
        int asked = relay.requests();
        const Status opened = finished(window, &MainWindow::openStory, mine);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        const QString openWait = waited(0, asked);
        QTest::qWait(2 * g_delayMs + 300); // the panels beside it fill in
        monitor.end(qPrintable(openWait));

        monitor.begin("typing 300 keys");
        QPlainTextEdit *body = window.editor()->bodyEdit();
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        for (int key = 0; key < 300; ++key) {
            QTest::keyClick(body, key % 7 == 6 ? Qt::Key_Space : Qt::Key(Qt::Key_A + key % 26));
            // Pauses now and then, long enough for the autosave to store the text.
            QTest::qWait(key % 100 == 99 ? 3000 : 30);
        }
        monitor.end("(autosaves and the lease renewal ran meanwhile)");

        monitor.begin("saving");
        clock.restart();
        asked = relay.requests();
        const Status saved = finished(window, &MainWindow::saveStory);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        const QString saveWait = waited(0, asked);
        QTest::qWait(2 * g_delayMs + 300); // the list refreshes in place
        monitor.end(qPrintable(saveWait));

        // The statements are prepared on the connection by now: what every later story costs.
        QTest::qWait(4 * g_delayMs + 500); // the list and panels after the save have come back
        monitor.begin("opening another story");
        clock.restart();
        asked = relay.requests();
        const Status another = finished(window, &MainWindow::openStory, mine - 4); // one with a lead photo
        QVERIFY2(another, qPrintable(another ? QString() : another.error().message));
        const QString anotherWait = waited(0, asked);
        QTest::qWait(2 * g_delayMs + 300);
        monitor.end(qPrintable(anotherWait));

        // The preview beside it: the page is rendered on the worker after each pause, its
        // photos fetched there once; the screen only lays out what comes back.
        auto *preview = window.findChild<QAction *>(u"actionPreview"_s);
        QVERIFY(preview);
        preview->setChecked(true);
        QTest::qWait(2 * g_delayMs + 500);
        monitor.begin("typing, the preview open");
        body->setFocus();
        body->moveCursor(QTextCursor::End);
        for (int key = 0; key < 200; ++key) {
            QTest::keyClick(body, key % 7 == 6 ? Qt::Key_Space : Qt::Key(Qt::Key_A + key % 26));
            QTest::qWait(key % 40 == 39 ? 1500 : 30);
        }
        monitor.end("(the preview redrawn after each pause)");
    }
    relayThread.quit();
    relayThread.wait();
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NewsroomBench"_s);
    QCoreApplication::setApplicationName(u"bench_remote"_s);
    QStandardPaths::setTestModeEnabled(true);
    std::setvbuf(stdout, nullptr, _IOLBF, 0);
    QStringList testArgs{QCoreApplication::arguments().first()};
    const QStringList args = QCoreApplication::arguments();
    for (qsizetype i = 1; i < args.size(); ++i) {
        if (args.at(i) == u"--delay"_s && i + 1 < args.size())
            g_delayMs = args.at(++i).toInt();
        else if (args.at(i) == u"--stories"_s && i + 1 < args.size())
            g_stories = args.at(++i).toInt();
        else
            testArgs.append(args.at(i));
    }
    BenchRemote bench;
    return QTest::qExec(&bench, testArgs);
}

#include "bench_remote.moc"
