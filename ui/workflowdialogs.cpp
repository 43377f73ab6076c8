// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowdialogs.h"

#include "storylistmodel.h"
#include "text/typedtime.h"
#include "workflow/workflow.h"

#include <QCalendarWidget>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace Newsroom {

ScheduleDialog::ScheduleDialog(const QTimeZone &newsroom, const QDateTime &suggestion, QWidget *parent, Purpose purpose)
    : QDialog(parent)
    , m_zone(newsroom)
    , m_purpose(purpose)
    , m_edit(new QLineEdit(this))
    , m_understood(new QLabel(this))
    , m_local(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"scheduleDialog"_s);
    const bool embargo = purpose == Purpose::Embargo;
    setWindowTitle(embargo ? tr("Embargo the Story") : tr("Schedule the Story"));
    // Typed as people write a time, whole: a field split into sections took "30.11.2026
    // 11:34" typed over a selected date for 01.11.2026, and published at once.
    m_edit->setObjectName(u"scheduleTime"_s);
    m_edit->setAccessibleName(embargo ? tr("Off the site until, newsroom time") : tr("Publication time, newsroom time"));
    m_edit->setPlaceholderText(tr("30.11.2026 18:00, завтра 9:00, 18:00"));
    m_edit->setClearButtonEnabled(true);
    const QDateTime wall = suggestion.toTimeZone(newsroom);
    m_edit->setText(wall.toString(u"dd.MM.yyyy HH:mm"_s));
    m_edit->selectAll();

    auto *pick = new QToolButton(this);
    pick->setObjectName(u"scheduleCalendar"_s);
    pick->setIcon(QIcon::fromTheme(u"view-calendar"_s));
    pick->setText(tr("Calendar"));
    pick->setToolTip(tr("Pick the day on a calendar"));
    pick->setAccessibleName(tr("Pick the day on a calendar"));
    pick->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(pick);
    auto *calendar = new QCalendarWidget(menu);
    calendar->setObjectName(u"scheduleCalendarView"_s);
    calendar->setSelectedDate(wall.date());
    auto *holder = new QWidgetAction(menu);
    holder->setDefaultWidget(calendar);
    menu->addAction(holder);
    pick->setMenu(menu);
    connect(calendar, &QCalendarWidget::clicked, this, [this, menu](QDate date) {
        // The day picked, the time as typed (or nine in the morning).
        const Expected<QDateTime> typed = TypedTime::parse(m_edit->text(), QDate::currentDate());
        const QTime time = typed ? typed->time() : QTime(9, 0);
        m_edit->setText(QDateTime(date, time).toString(u"dd.MM.yyyy HH:mm"_s));
        menu->close();
    });

    m_understood->setObjectName(u"scheduleUnderstood"_s);
    m_understood->setWordWrap(true);
    m_local->setObjectName(u"scheduleLocalTime"_s);
    m_buttons->button(QDialogButtonBox::Ok)->setText(embargo ? tr("Set &Embargo") : tr("&Schedule"));
    if (embargo) {
        QPushButton *lift = m_buttons->addButton(tr("&Lift Embargo"), QDialogButtonBox::ResetRole);
        lift->setObjectName(u"liftEmbargo"_s);
        connect(lift, &QPushButton::clicked, this, [this] {
            m_lifted = true;
            accept();
        });
    } else {
        m_publishNowButton = m_buttons->addButton(tr("&Publish Now"), QDialogButtonBox::ActionRole);
        m_publishNowButton->setObjectName(u"publishNow"_s);
        connect(m_publishNowButton, &QPushButton::clicked, this, [this] {
            m_publishNow = true;
            accept();
        });
    }
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *row = new QHBoxLayout;
    row->addWidget(m_edit, 1);
    row->addWidget(pick);
    auto *label = new QLabel((embargo ? tr("Off the site &until (%1):") : tr("Publish &at (%1):"))
                                 .arg(QString::fromUtf8(newsroom.id())),
                             this);
    label->setBuddy(m_edit);
    // Room for what was understood in two lines, so the dialog does not jump as one types.
    m_understood->setMinimumHeight(2 * m_understood->fontMetrics().lineSpacing());
    m_understood->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    setMinimumWidth(520);
    auto *form = new QFormLayout;
    form->addRow(label, row);
    form->addRow(QString(), m_understood);
    form->addRow(QString(), m_local);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_edit, &QLineEdit::textChanged, this, &ScheduleDialog::understand);
    understand();
}

QDateTime ScheduleDialog::newsroomTime() const
{
    return m_when.isValid() ? m_when.toTimeZone(m_zone) : QDateTime();
}

void ScheduleDialog::understand()
{
    m_when = {};
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const Expected<QDateTime> typed = TypedTime::parse(m_edit->text(), now.toTimeZone(m_zone).date());
    Expected<QDateTime> exact = typed ? Workflow::newsroomTimeToUtc(typed->date(), typed->time(), m_zone) : typed;
    QString said;
    bool past = false;
    if (!exact) {
        said = exact.error().message;
    } else if (*exact <= now) {
        past = true;
        said = m_purpose == Purpose::Embargo
            ? tr("%1: that time has passed; an embargo keeps a story off the site until a time to come")
                  .arg(TypedTime::describe(*exact, now, m_zone))
            : tr("%1: that time has passed. Choose a time to come, or publish the story now.")
                  .arg(TypedTime::describe(*exact, now, m_zone));
    } else {
        m_when = *exact;
        said = TypedTime::describe(*exact, now, m_zone);
    }
    m_understood->setText(said);
    m_understood->setAccessibleName(said);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(m_when.isValid());
    if (m_publishNowButton)
        m_publishNowButton->setVisible(past);
    if (!m_when.isValid()) {
        m_local->clear();
        return;
    }
    const QDateTime here = m_when.toLocalTime();
    if (here.offsetFromUtc() == m_when.toTimeZone(m_zone).offsetFromUtc())
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
        // A step that kept the state: a correction of what is on the site, or a move to the
        // trash and back (the note says which).
        const QString step = event.from != event.to ? statusLabel(event.from) + u" → "_s + statusLabel(event.to)
            : event.to == ArticleStatus::Published  ? tr("%1 (corrected)").arg(statusLabel(event.to))
                                                    : statusLabel(event.to);
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
    if (events.isEmpty()) {
        auto *none = new QLabel(tr("No steps yet: the story has not been submitted, approved or published. Its "
                                   "saved versions are under Story › Revisions."),
                                this);
        none->setObjectName(u"historyEmpty"_s);
        none->setWordWrap(true);
        layout->addWidget(none);
    }
    layout->addWidget(tree);
    layout->addWidget(buttons);
}

} // namespace Newsroom
