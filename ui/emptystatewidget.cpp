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
    m_explanation->setMinimumWidth(200);
    m_explanation->setMaximumWidth(420);
    m_explanation->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(m_icon);
    layout->addSpacing(12);
    layout->addWidget(m_title);
    // Centred by stretches, not by alignment: a word-wrapped label given an alignment in
    // its layout is not asked its height for the width it gets, and its text is cut.
    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_explanation, 1);
    row->addStretch();
    layout->addLayout(row);
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
