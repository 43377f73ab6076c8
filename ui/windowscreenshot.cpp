// SPDX-License-Identifier: GPL-3.0-or-later
#include "windowscreenshot.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QPixmap>
#include <QSaveFile>
#include <QScreen>
#include <QTimer>
#include <QWidget>
#include <QWindow>

#include <cstdio>

namespace Newsroom {

bool saveWindowScreenshot(QWidget *window, const QString &path, QString *error)
{
    QPixmap pixmap;
    if (QScreen *screen = window->screen())
        pixmap = screen->grabWindow(window->winId());
    if (pixmap.isNull())
        pixmap = window->grab();
    if (pixmap.isNull()) {
        *error = QApplication::translate("Screenshot", "could not grab the window");
        return false;
    }

    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath())) {
        *error = QApplication::translate("Screenshot", "cannot create the folder %1")
                     .arg(QDir::toNativeSeparators(info.absolutePath()));
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !pixmap.save(&file, "PNG") || !file.commit()) {
        *error = QApplication::translate("Screenshot", "cannot write %1: %2")
                     .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

void saveScreenshotAndQuit(QWidget *window, const QString &path)
{
    // Poll rather than wait for one event: under a bare X server the window may be
    // exposed before or after we get here, and the first paint needs a moment.
    auto *poll = new QTimer(window);
    poll->setInterval(50);
    const QDeadlineTimer deadline(10'000);
    QObject::connect(poll, &QTimer::timeout, window, [=] {
        const bool exposed = window->windowHandle() && window->windowHandle()->isExposed();
        if (!exposed && !deadline.hasExpired())
            return;
        poll->stop();
        poll->deleteLater();
        // One more round of events so layouts settle and everything is painted.
        QTimer::singleShot(300, window, [=] {
            QString error;
            if (!exposed)
                error = QApplication::translate("Screenshot", "the window was not shown within 10 s");
            else if (saveWindowScreenshot(window, path, &error))
                return QCoreApplication::exit(0);
            std::fprintf(stderr, "newsroom: screenshot: %s\n", qPrintable(error));
            QCoreApplication::exit(1);
        });
    });
    poll->start();
}

} // namespace Newsroom
