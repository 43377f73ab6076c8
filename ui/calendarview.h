// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/articlerepository.h"

#include <QDate>
#include <QTimeZone>
#include <QWidget>

class QLabel;
class QListWidget;
class QTableWidget;

namespace Newsroom {

class NewsroomService;

// A month of the newsroom's publishing: what is scheduled and what went out, day by day
// in the newsroom's time zone. A day's stories are listed below the month with their
// times (and the local time too when this computer's zone differs); activating one opens it.
class CalendarView : public QWidget
{
    Q_OBJECT

public:
    explicit CalendarView(NewsroomService *newsroom, QWidget *parent = nullptr);

    void setTimeZone(const QTimeZone &zone);
    // Shows the month holding `day` and selects that day.
    void showDay(const QDate &day);
    QDate selectedDay() const { return m_selected; }
    // Reads the month again (a colleague scheduled or published something).
    void refresh();

    QTableWidget *month() const { return m_month; }
    QListWidget *dayList() const { return m_day; }

Q_SIGNALS:
    void storyActivated(qint64 id);

private:
    struct Entry
    {
        ArticleSummary story;
        QDateTime at; // in the newsroom's zone
    };
    void showGrid(QDate first, QDate gridStart, const QMap<QDate, QList<Entry>> &entries);
    void showSelectedDay();
    QString timeText(const QDateTime &newsroomTime) const;

    NewsroomService *m_newsroom;
    QTimeZone m_zone;
    QDate m_selected;
    QMap<QDate, QList<Entry>> m_entries;
    int m_generation = 0; // which month asked for the stories that arrive
    QLabel *m_title;
    QLabel *m_legend;
    QTableWidget *m_month;
    QListWidget *m_day;
};

} // namespace Newsroom
