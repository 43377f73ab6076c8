// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Newsroom {

// A calm, centred message where a list has nothing to show yet.
class EmptyStateWidget : public QWidget
{
    Q_OBJECT

public:
    explicit EmptyStateWidget(QWidget *parent = nullptr);

    void setMessage(const QString &title, const QString &explanation);
    QString title() const;

private:
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
};

} // namespace Newsroom
