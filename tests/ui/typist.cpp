// SPDX-License-Identifier: GPL-3.0-or-later
// A reporter typing into the real main window, for tst_crashrecovery to kill.
//   typist DATABASE-FILE (STORY-ID | new) TEXT
// Prints "journal FOLDER" and "cadence MS" once, then "typed N" after each character:
// N characters of TEXT typed into the body, one each MS milliseconds of the typist's own
// timer (the clock the test measures loss by). Types until killed.
#include "awaited.h"
#include "mainwindow.h"
#include "storage/database.h"
#include "storyeditor.h"

#include <QApplication>
#include <QPlainTextEdit>
#include <QTest>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Newsroom;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"typist"_s);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4) {
        std::fprintf(stderr, "usage: typist DATABASE-FILE (STORY-ID | new) TEXT\n");
        return 2;
    }
    DatabaseUrl url;
    url.path = args.at(1);
    Expected<std::unique_ptr<Database>> database = Database::open(url);
    if (!database) {
        std::fprintf(stderr, "typist: %s\n", qPrintable(database.error().message));
        return 1;
    }
    MainWindow window(database->get());
    window.show();
    const Status ready = awaited<Status>([&](auto reply) {
        args.at(2) == u"new"_s ? window.newStory(reply) : window.openStory(args.at(2).toLongLong(), reply);
    });
    if (!ready) {
        std::fprintf(stderr, "typist: %s\n", qPrintable(ready.error().message));
        return 1;
    }
    QPlainTextEdit *body = window.editor()->bodyEdit();
    body->setFocus();
    body->moveCursor(QTextCursor::End);
    constexpr int CadenceMs = 20; // 50 characters a second: a fast typist
    std::printf("journal %s\ncadence %d\n", qPrintable(window.journalFolder()), CadenceMs);
    std::fflush(stdout);

    const QString text = args.at(3);
    qsizetype typed = 0;
    QTimer keys;
    keys.setInterval(CadenceMs);
    QObject::connect(&keys, &QTimer::timeout, [&] {
        const QChar c = text.at(typed % text.size());
        QTest::sendKeyEvent(QTest::Click, body, c == u'\n' ? Qt::Key_Return : Qt::Key_unknown, QString(c),
                            Qt::NoModifier);
        ++typed;
        std::printf("typed %lld\n", qlonglong(typed));
        std::fflush(stdout);
    });
    keys.start();
    return QApplication::exec();
}
