// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTest>
#include <QWidget>

namespace Newsroom::Test {

// Types `text` into `widget` key by key, as a reporter does: QTest::keyClicks knows
// Latin-1 keys only, and a newsroom types Cyrillic and Kazakh letters. A new line is the
// Return key.
inline void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, c == u'\n' ? Qt::Key_Return : Qt::Key_unknown,
                            c == u'\n' ? QString() : QString(c), Qt::NoModifier);
}

} // namespace Newsroom::Test
