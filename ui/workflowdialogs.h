// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/revision.h"

#include <QDialog>
#include <QTimeZone>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Newsroom {

// When to publish, typed in the newsroom's time zone the way people write a time
// ("30.11.2026 18:00", "завтра 9:00", "18:00"), with a calendar to pick the day. It says
// what it understood ("today at 18:00, in 6 h"), the reporter's own clock beside it when
// the two differ, and refuses a time already past (offering Publish Now instead).
class ScheduleDialog : public QDialog
{
    Q_OBJECT

public:
    // When a story goes out, or (Embargo) until when export keeps it off the site.
    enum class Purpose { Publication, Embargo };

    ScheduleDialog(const QTimeZone &newsroom, const QDateTime &suggestion, QWidget *parent = nullptr,
                   Purpose purpose = Purpose::Publication);

    // The time picked, in the newsroom's zone; invalid unless a time to come was typed.
    QDateTime newsroomTime() const;
    // Embargo: the person chose to lift it rather than set a time.
    bool lifted() const { return m_lifted; }
    // Publication: the time typed had passed, and the person chose to publish now.
    bool publishNow() const { return m_publishNow; }
    QLineEdit *timeEdit() const { return m_edit; }

private:
    void understand();

    QTimeZone m_zone;
    Purpose m_purpose;
    QLineEdit *m_edit;
    QLabel *m_understood;
    QLabel *m_local;
    QDialogButtonBox *m_buttons;
    QPushButton *m_publishNowButton = nullptr;
    QDateTime m_when; // UTC; valid when a time to come is typed
    bool m_lifted = false;
    bool m_publishNow = false;
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
