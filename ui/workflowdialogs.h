// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/revision.h"

#include <QDialog>
#include <QTimeZone>

class QDateTimeEdit;
class QLabel;

namespace Newsroom {

// When to publish, picked in the newsroom's time zone; the reporter's own clock is shown
// beside it when the two differ (a correspondent abroad, a laptop on another zone).
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // When a story goes out, or (Embargo) until when export keeps it off the site.
    enum class Purpose { Publication, Embargo };

    ScheduleDialog(const QTimeZone &newsroom, const QDateTime &suggestion, QWidget *parent = nullptr,
                   Purpose purpose = Purpose::Publication);

    // The wall-clock time picked, in the newsroom's zone.
    QDateTime newsroomTime() const;
    // Embargo: the person chose to lift it rather than set a time.
    bool lifted() const { return m_lifted; }
    QDateTimeEdit *editor() const { return m_edit; }

private:
    void showLocal();

    QTimeZone m_zone;
    QDateTimeEdit *m_edit;
    QLabel *m_local;
    bool m_lifted = false;
};

// A story's workflow history: every step, who took it, when, and its note.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(const QList<WorkflowEvent> &events, const QHash<qint64, QString> &names, const QTimeZone &zone,
                  QWidget *parent = nullptr);
};

} // namespace Newsroom
