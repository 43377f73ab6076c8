// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace Newsroom {

class NewsroomService;

// The newsroom's staff and their roles. Admins add people and change roles; others see
// who is who. On a local SQLite file it says plainly that roles there are advice only
// (the file is one person's); on a server, that each person needs a database login.
class PeopleDialog : public QDialog
{
    Q_OBJECT

public:
    PeopleDialog(NewsroomService &newsroom, bool mayManage, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    QLabel *note() const { return m_note; }
    // Adds a staff member from the form below the table; `done` hears how it went, the
    // reason also shown when not.
    void addFromForm(std::function<void(const Status &)> done = {});
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }
    QLineEdit *loginEdit() const { return m_login; }

private:
    void reload();
    void showStaff(const Expected<QList<Person>> &people);
    void showProblem(const QString &problem);
    void changeRole(const Person &person, Role role);

    NewsroomService &m_newsroom;
    bool m_mayManage;
    QLabel *m_note;
    QTableWidget *m_table;
    QLineEdit *m_name;
    QComboBox *m_role;
    QLineEdit *m_login;
    QLabel *m_problem;
    bool m_filling = false; // the table being filled, not edited
};

} // namespace Newsroom
