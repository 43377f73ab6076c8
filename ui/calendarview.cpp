// SPDX-License-Identifier: GPL-3.0-or-later
#include "calendarview.h"

#include "session/newsroomservice.h"
#include "storylistmodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr int Weeks = 6;
constexpr int ShownPerDay = 4; // more are counted, and listed when the day is chosen
constexpr int IdRole = Qt::UserRole + 1;

} // namespace

CalendarView::CalendarView(NewsroomService *newsroom, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_zone(QTimeZone::systemTimeZone())
    , m_title(new QLabel(this))
    , m_legend(new QLabel(this))
    , m_month(new QTableWidget(Weeks, 7, this))
    , m_day(new QListWidget(this))
{
    setObjectName(u"calendarView"_s);
    // Narrow arrows with their names in the tool tip and for screen readers, and the legend
    // on a line of its own: the month fits beside an open story on a small screen.
    auto *previous = new QToolButton(this);
    auto *today = new QPushButton(tr("Today"), this);
    auto *next = new QToolButton(this);
    previous->setText(u"‹"_s);
    next->setText(u"›"_s);
    previous->setToolTip(tr("Previous month"));
    previous->setAccessibleName(tr("Previous month"));
    next->setToolTip(tr("Next month"));
    next->setAccessibleName(tr("Next month"));
    previous->setObjectName(u"calendarPrevious"_s);
    next->setObjectName(u"calendarNext"_s);
    connect(previous, &QToolButton::clicked, this, [this] { showDay(m_selected.addMonths(-1)); });
    connect(next, &QToolButton::clicked, this, [this] { showDay(m_selected.addMonths(1)); });
    connect(today, &QPushButton::clicked, this,
            [this] { showDay(QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date()); });
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    // The legend wraps rather than widen the window past a laptop's screen in a longer language.
    m_legend->setWordWrap(true);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(previous);
    bar->addWidget(today);
    bar->addWidget(next);

    m_month->setObjectName(u"calendarMonth"_s);
    m_month->setAccessibleName(tr("Month"));
    m_month->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_month->setSelectionMode(QAbstractItemView::SingleSelection);
    m_month->setWordWrap(true);
    m_month->setTextElideMode(Qt::ElideRight);
    m_month->verticalHeader()->hide();
    m_month->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_month->verticalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    const QLocale locale;
    for (int column = 0; column < 7; ++column) {
        const int weekday = (locale.firstDayOfWeek() - 1 + column) % 7 + 1;
        m_month->setHorizontalHeaderItem(column, new QTableWidgetItem(locale.dayName(weekday, QLocale::ShortFormat)));
    }
    connect(m_month, &QTableWidget::currentCellChanged, this, [this](int row, int column) {
        const QTableWidgetItem *item = m_month->item(row, column);
        if (item && item->data(Qt::UserRole).toDate() != m_selected) {
            m_selected = item->data(Qt::UserRole).toDate();
            showSelectedDay();
        }
    });

    m_day->setObjectName(u"calendarDay"_s);
    m_day->setAccessibleName(tr("Stories of the day"));
    m_day->setMaximumHeight(170);
    connect(m_day, &QListWidget::itemActivated, this,
            [this](QListWidgetItem *item) { Q_EMIT storyActivated(item->data(IdRole).toLongLong()); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_legend);
    layout->addWidget(m_month, 1);
    layout->addWidget(m_day);
    m_selected = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
}

void CalendarView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

void CalendarView::showDay(const QDate &day)
{
    m_selected = day;
    refresh();
}

QString CalendarView::timeText(const QDateTime &newsroomTime) const
{
    const QString time = newsroomTime.toString(u"HH:mm"_s);
    const QDateTime local = newsroomTime.toLocalTime();
    if (local.offsetFromUtc() == newsroomTime.offsetFromUtc())
        return time;
    return tr("%1 (%2 here)").arg(time, local.toString(u"HH:mm"_s));
}

void CalendarView::refresh()
{
    const QDate first(m_selected.year(), m_selected.month(), 1);
    const QLocale locale;
    QString month = locale.standaloneMonthName(first.month()); // "ноябрь", "қараша": a title starts with a capital
    if (!month.isEmpty())
        month[0] = month.at(0).toUpper();
    m_title->setText(month + u' ' + QString::number(first.year()));
    m_legend->setText(tr("◷ scheduled   ● published   — times in the newsroom’s zone, %1")
                          .arg(QString::fromUtf8(m_zone.id())));
    const int lead = (first.dayOfWeek() - locale.firstDayOfWeek() + 7) % 7;
    const QDate gridStart = first.addDays(-lead);
    const QDate gridEnd = gridStart.addDays(Weeks * 7);

    // The month as it was shown, until the stories of the new grid are in.
    const int generation = ++m_generation;
    if (!m_newsroom)
        return showGrid(first, gridStart, {});
    using F = ArticleFilter::DateField;
    auto entries = std::make_shared<QMap<QDate, QList<Entry>>>();
    auto ask = [this, gridStart, gridEnd](ArticleStatus status, F field, auto then) {
        ArticleQuery query;
        query.filter.status = status;
        query.filter.dateField = field;
        query.filter.from = QDateTime(gridStart, QTime(0, 0), m_zone).toUTC();
        query.filter.to = QDateTime(gridEnd, QTime(0, 0), m_zone).toUTC();
        query.limit = 1000;
        m_newsroom->list(query, this, then);
    };
    auto add = [this, entries](const Expected<StoryListPage> &page, F field) {
        if (!page)
            return;
        for (const ArticleSummary &story : page->items) {
            const QDateTime at = (field == F::Scheduled ? story.scheduledAt : story.publishedAt).toTimeZone(m_zone);
            (*entries)[at.date()].append({story, at});
        }
    };
    ask(ArticleStatus::Scheduled, F::Scheduled, [=, this](Expected<StoryListPage> scheduled) {
        add(scheduled, F::Scheduled);
        ask(ArticleStatus::Published, F::Published, [=, this](Expected<StoryListPage> published) {
            if (generation != m_generation)
                return; // another month was asked for meanwhile
            add(published, F::Published);
            for (QList<Entry> &day : *entries)
                std::sort(day.begin(), day.end(), [](const Entry &a, const Entry &b) { return a.at < b.at; });
            showGrid(first, gridStart, *entries);
        });
    });
}

void CalendarView::showGrid(QDate first, QDate gridStart, const QMap<QDate, QList<Entry>> &entries)
{
    m_entries = entries;
    const QSignalBlocker quiet(m_month);
    const QDate today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
    for (int cell = 0; cell < Weeks * 7; ++cell) {
        const QDate date = gridStart.addDays(cell);
        const QList<Entry> day = m_entries.value(date);
        QStringList lines{QString::number(date.day())};
        for (qsizetype i = 0; i < std::min<qsizetype>(day.size(), ShownPerDay); ++i) {
            const Entry &entry = day.at(i);
            const QString mark = entry.story.status == ArticleStatus::Scheduled ? u"◷"_s : u"●"_s;
            lines.append(u"%1 %2 %3"_s.arg(mark, entry.at.toString(u"HH:mm"_s), entry.story.headline));
        }
        if (day.size() > ShownPerDay)
            lines.append(tr("+ %n more", nullptr, int(day.size() - ShownPerDay)));
        auto *item = new QTableWidgetItem(lines.join(u'\n'));
        item->setData(Qt::UserRole, date);
        item->setTextAlignment(Qt::AlignLeft | Qt::AlignTop);
        if (date.month() != first.month())
            item->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (date == today) {
            QFont bold = item->font();
            bold.setBold(true);
            item->setFont(bold);
        }
        item->setToolTip(lines.mid(1).join(u'\n'));
        m_month->setItem(cell / 7, cell % 7, item);
        if (date == m_selected)
            m_month->setCurrentCell(cell / 7, cell % 7);
    }
    showSelectedDay();
}

void CalendarView::showSelectedDay()
{
    m_day->clear();
    const QList<Entry> entries = m_entries.value(m_selected);
    if (entries.isEmpty()) {
        auto *none = new QListWidgetItem(tr("Nothing scheduled or published on %1.")
                                             .arg(QLocale().toString(m_selected, QLocale::LongFormat)));
        none->setFlags(Qt::NoItemFlags);
        m_day->addItem(none);
        return;
    }
    for (const Entry &entry : entries) {
        auto *item = new QListWidgetItem(u"%1 — %2 — %3"_s.arg(timeText(entry.at), statusLabel(entry.story.status),
                                                               entry.story.headline));
        item->setData(IdRole, entry.story.id);
        m_day->addItem(item);
    }
}

} // namespace Newsroom
