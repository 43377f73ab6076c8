// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"

#include <QWidget>

class QComboBox;

namespace Newsroom {

// "I am …" on a local file: the staff member who works on it, and their role. Their
// name goes on the bylines of the stories they start, in the history and in "My
// stories"; the role is what the window lets them do (on a file of one's own it can be
// changed here at any time). Shared by the setup assistant and the settings dialog.
class LocalPersonForm : public QWidget
{
    Q_OBJECT

public:
    explicit LocalPersonForm(QWidget *parent = nullptr);

    // The staff to choose from, and who is chosen now (none: the file's owner).
    void setStaff(const QList<Person> &staff, qint64 current);
    QString name() const;
    Role role() const;
    // Whether what the form holds differs from the person chosen when it was filled.
    bool isChanged() const;

    QComboBox *nameBox() const { return m_name; }
    QComboBox *roleBox() const { return m_role; }

private:
    QComboBox *m_name;
    QComboBox *m_role;
    QList<Person> m_staff;
    QString m_initialName;
    Role m_initialRole = Role::Admin;
};

} // namespace Newsroom
