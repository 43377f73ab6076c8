// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowdialogs.h"

#include "storylistmodel.h"

#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

ScheduleDialog::ScheduleDialog(const QTimeZone &newsroom, const QDateTime &suggestion, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_zone(newsroom)
    , m_edit(new QDateTimeEdit(this))
    , m_local(new QLabel(this))
{
    setObjectName(u"scheduleDialog"_s);
    const bool embargo = purpose == Purpose::Embargo;
    setWindowTitle(embargo ? tr("Embargo the Story") : tr("Schedule the Story"));
    m_edit->setObjectName(u"scheduleTime"_s);
    m_edit->setAccessibleName(tr("Publication time, newsroom time"));
    m_edit->setCalendarPopup(true);
    m_edit->setDisplayFormat(u"dd.MM.yyyy HH:mm"_s);
    // Shown and edited as the newsroom's wall clock, whatever this computer's zone.
    const QDateTime wall = suggestion.toTimeZone(newsroom);
    m_edit->setDateTime(QDateTime(wall.date(), wall.time()));
    m_local->setObjectName(u"scheduleLocalTime"_s);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(embargo ? tr("Set &Embargo") : tr("&Schedule"));
    if (embargo) {
        QPushButton *lift = buttons->addButton(tr("&Lift Embargo"), QDialogButtonBox::ResetRole);
        lift->setObjectName(u"liftEmbargo"_s);
        connect(lift, &QPushButton::clicked, this, [this] {
            m_lifted = true;
            accept();
        });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow((embargo ? tr("Off the site until (%1):") : tr("Publish at (%1):")).arg(QString::fromUtf8(newsroom.id())),
                 m_edit);
    form->addRow(QString(), m_local);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, &ScheduleDialog::showLocal);
    showLocal();
}

QDateTime ScheduleDialog::newsroomTime() const
{
    const QDateTime wall = m_edit->dateTime();
    return QDateTime(wall.date(), wall.time(), m_zone);
}

void ScheduleDialog::showLocal()
{
    const QDateTime inZone = newsroomTime();
    const QDateTime here = inZone.toLocalTime();
    if (here.offsetFromUtc() == inZone.offsetFromUtc())
        m_local->setText(tr("the same time on this computer"));
    else
        m_local->setText(tr("%1 on this computer").arg(QLocale().toString(here, u"dd.MM.yyyy HH:mm"_s)));
}

HistoryDialog::HistoryDialog(const QList<WorkflowEvent> &events, const QHash<qint64, QString> &names,
                             const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"historyDialog"_s);
    setWindowTitle(tr("Story History"));
    resize(720, 360);
    auto *tree = new QTreeWidget(this);
    tree->setObjectName(u"historyList"_s);
    tree->setAccessibleName(tr("Workflow history"));
    tree->setRootIsDecorated(false);
    tree->setHeaderLabels({tr("When"), tr("Step"), tr("Who"), tr("Note")});
    for (const WorkflowEvent &event : events) {
        const QString step = event.from == event.to ? tr("%1 (corrected)").arg(statusLabel(event.to))
                                                    : statusLabel(event.from) + u" → "_s + statusLabel(event.to);
        auto *item = new QTreeWidgetItem(tree, {QLocale().toString(event.at.toTimeZone(zone), u"dd.MM.yyyy HH:mm"_s), step,
                                                event.personId ? names.value(event.personId) : tr("the newsroom"), event.note});
        item->setToolTip(3, event.note);
    }
    tree->header()->setStretchLastSection(true);
    for (int column = 0; column < 3; ++column)
        tree->resizeColumnToContents(column);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

} // namespace Newsroom
