// SPDX-License-Identifier: GPL-3.0-or-later
#include "editbanner.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>

using namespace Qt::StringLiterals;

namespace Newsroom {

EditBanner::EditBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_takeOver(new QPushButton(tr("Take Over"), this))
    , m_action(new QPushButton(this))
{
    setObjectName(u"editBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    // The theme's tooltip colours: noticeable, and readable in light and dark themes alike.
    QPalette tinted = palette();
    tinted.setColor(QPalette::Window, tinted.color(QPalette::ToolTipBase));
    tinted.setColor(QPalette::WindowText, tinted.color(QPalette::ToolTipText));
    setPalette(tinted);

    setIcon(QStyle::SP_MessageBoxInformation);
    m_text->setObjectName(u"editBannerText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_takeOver->setObjectName(u"takeOverButton"_s);
    m_takeOver->setToolTip(tr("Edit this story yourself; the colleague's unsaved text is kept as a revision"));
    connect(m_takeOver, &QPushButton::clicked, this, &EditBanner::takeOverRequested);
    m_action->setObjectName(u"bannerAction"_s);
    m_action->hide();
    connect(m_action, &QPushButton::clicked, this, &EditBanner::actionRequested);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_takeOver, 0, Qt::AlignVCenter);
    layout->addWidget(m_action, 0, Qt::AlignVCenter);
    hide();
}

void EditBanner::showNotice(const QString &text, bool offerTakeOver)
{
    setIcon(QStyle::SP_MessageBoxInformation);
    m_text->setText(text);
    m_takeOver->setVisible(offerTakeOver);
    m_action->hide();
    setAccessibleDescription(text);
    show();
}

void EditBanner::showWarning(const QString &text, const QString &action)
{
    showNotice(text);
    setIcon(QStyle::SP_MessageBoxWarning);
    m_action->setText(action);
    m_action->setVisible(!action.isEmpty());
}

void EditBanner::setIcon(int standardIcon)
{
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(QStyle::StandardPixmap(standardIcon)).pixmap(size, size));
}

void EditBanner::clear()
{
    m_text->clear();
    hide();
}

QString EditBanner::text() const
{
    return isVisible() ? m_text->text() : QString();
}

} // namespace Newsroom
