// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Newsroom {

// A strip above the story that says what colleagues are doing with it: who is editing it
// ("Editing now: …", the editor read-only meanwhile, with Take Over for editors), that a
// newer revision was saved, that the connection to the server is down; above the whole
// window, that the newsroom's file is damaged.
class EditBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EditBanner(QWidget *parent = nullptr);

    // Shows `text`; the Take Over button only when `offerTakeOver`.
    void showNotice(const QString &text, bool offerTakeOver = false);
    // Shows `text` as a warning: something is wrong that the user must act on.
    void showWarning(const QString &text);
    void clear();
    QString text() const;
    QPushButton *takeOverButton() const { return m_takeOver; }

Q_SIGNALS:
    void takeOverRequested();

private:
    void setIcon(int standardIcon); // a QStyle::StandardPixmap

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_takeOver;
};

} // namespace Newsroom
