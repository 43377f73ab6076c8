// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QPushButton;

namespace Newsroom {

// A strip above the story that says what colleagues are doing with it: who is editing it
// ("Editing now: …", the editor read-only meanwhile, with Take Over for editors), that a
// newer revision was saved, that the connection to the server is down; that the original
// of a translation changed; above the whole window, that the newsroom's file is damaged.
class EditBanner : public QFrame
{
    Q_OBJECT

public:
    explicit EditBanner(QWidget *parent = nullptr);

    // Shows `text`; the Take Over button only when `offerTakeOver`.
    void showNotice(const QString &text, bool offerTakeOver = false);
    // Shows `text` as a warning: something is wrong that the user must act on. With
    // `action`, a button of that name (actionRequested) offers what to do about it.
    void showWarning(const QString &text, const QString &action = {});
    void clear();
    QString text() const;
    QPushButton *takeOverButton() const { return m_takeOver; }
    QPushButton *actionButton() const { return m_action; }

Q_SIGNALS:
    void takeOverRequested();
    void actionRequested();

private:
    void setIcon(int standardIcon); // a QStyle::StandardPixmap

    QLabel *m_icon;
    QLabel *m_text;
    QPushButton *m_takeOver;
    QPushButton *m_action;
};

} // namespace Newsroom
