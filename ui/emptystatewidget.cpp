// SPDX-License-Identifier: GPL-3.0-or-later
#include "emptystatewidget.h"

#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace Newsroom {

EmptyStateWidget::EmptyStateWidget(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_title(new QLabel(this))
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("emptyState"));
    m_icon->setPixmap(QIcon(QStringLiteral(":/icons/newsroom.svg")).pixmap(96, 96));
    m_icon->setAlignment(Qt::AlignCenter);
    m_icon->setAccessibleName(tr("Newsroom"));

    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setObjectName(QStringLiteral("emptyStateTitle"));

    m_explanation->setAlignment(Qt::AlignCenter);
    m_explanation->setWordWrap(true);
    // A word-wrapped label only gets the height it needs for its text at a known width.
    m_explanation->setFixedWidth(420);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    layout->addWidget(m_explanation, 0, Qt::AlignHCenter);
    layout->addStretch(3);
}

void EmptyStateWidget::setMessage(const QString &title, const QString &explanation)
{
    m_title->setText(title);
    m_explanation->setText(explanation);
    setAccessibleName(title);
    setAccessibleDescription(explanation);
}

QString EmptyStateWidget::title() const
{
    return m_title->text();
}

} // namespace Newsroom
