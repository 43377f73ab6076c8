// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"
#include "domain/result.h"

namespace Newsroom {

class Database;

// Who acts. On a local SQLite newsroom nobody signs in: the owner of the file acts, as
// an admin (roles there are advisory); a shared server names each person by login.
struct Actor
{
    qint64 personId = 0; // 0: the owner of a local newsroom
    QString name;
    Role role = Role::Admin;

    static Actor owner();
    static Actor of(const Person &person);
    // Who is working on this database: the owner of a local file; on a shared server,
    // the staff member with this connection's login (Permission error when nobody has it).
    // (Defined with the staff's storage: it asks the server who this login is.)
    static Expected<Actor> signedIn(Database &database);
};

} // namespace Newsroom
