// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "domain/result.h"

#include <QList>

namespace Newsroom {

class Database;

// Staff: the people who write, edit and run the newsroom.
class PeopleRepository
{
public:
    explicit PeopleRepository(Database &database);

    Expected<Person> add(const Person &person);
    // Changes a staff member's name, role or login (admins; on a server, row security
    // refuses anyone else).
    Status update(const Person &person);
    Expected<QList<Person>> list() const;
    // The staff member with this exact name, or NotFound.
    Expected<Person> findByName(const QString &name) const;
    // The staff member with this id, or NotFound.
    Expected<Person> find(qint64 id) const;

private:
    Status checkNameFree(const QString &name, qint64 exceptId) const;

    Database &m_db;
};

} // namespace Newsroom
