// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QApplication>
#include <QTimer>

namespace Newsroom::Test {

// Runs `answer(dialog)` once a modal `Dialog` is open, looking every 20 ms while the event
// loop runs (`watch` must outlive the wait): for a dialog that opens only when a reply
// has come from the database worker, some turns after the action that asks for it.
template<typename Dialog, typename Answer>
void answerWhenOpen(QTimer &watch, Answer answer)
{
    watch.setInterval(20);
    QObject::connect(&watch, &QTimer::timeout, &watch, [&watch, answer]() mutable {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        watch.stop();
        answer(dialog);
    });
    watch.start();
}

// As answerWhenOpen, with a watch of its own (a child of `owner`), returned: a test stops
// waiting for a dialog that should not open by deleting it.
template<typename Dialog, typename Answer>
QTimer *answerNextOpen(QObject *owner, Answer answer)
{
    auto *watch = new QTimer(owner);
    answerWhenOpen<Dialog>(*watch, [watch, answer](Dialog *dialog) mutable {
        watch->deleteLater();
        answer(dialog);
    });
    return watch;
}

} // namespace Newsroom::Test
