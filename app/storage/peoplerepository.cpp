// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplerepository.h"

#include "database.h"
#include "domain/actor.h"
#include "statement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

Person personFrom(const Statement &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            roleFromName(query.value(2).toString()).value_or(Role::Reporter), query.value(3).toString()};
}

} // namespace

Expected<Actor> Actor::signedIn(Database &database)
{
    if (database.isSQLite()) {
        // Whoever the file's owner said they are ("I am …"), or the owner, as an admin.
        Statement local
            = database.prepare(u"SELECT p.id, p.name, p.role FROM site_settings s "
                               "JOIN people p ON p.id = CAST(s.value AS INTEGER) WHERE s.key = 'local_person'"_s);
        if (Status ran = database.exec(local); !ran)
            return ran.error();
        if (local.next())
            return Actor {local.value(0).toLongLong(), local.value(1).toString(),
                          roleFromName(local.value(2).toString()).value_or(Role::Reporter)};
        return Actor::owner();
    }
    Statement query = database.prepare(u"SELECT id, name, role FROM people WHERE login = current_user"_s);
    if (Status ran = database.exec(query); !ran)
        return ran.error();
    if (query.next())
        return Actor{query.value(0).toLongLong(), query.value(1).toString(),
                     roleFromName(query.value(2).toString()).value_or(Role::Reporter)};
    query.finish();
    // The login that set the newsroom up is nobody on the staff: it acts as the owner,
    // which the database lets pass (a member of newsroom_owner, or a superuser).
    Statement owner = database.prepare(u"SELECT pg_catalog.pg_has_role('newsroom_owner', 'USAGE')"_s);
    if (Status ran = database.exec(owner); !ran)
        return ran.error();
    if (owner.next() && owner.value(0).toBool())
        return Actor::owner();
    return Error{Error::Kind::Permission, Words::tr("no staff member has the login %1").arg(database.url().user)};
}

PeopleRepository::PeopleRepository(Database &database)
    : m_db(database)
{
}

Status PeopleRepository::checkNameFree(const QString &name, qint64 exceptId) const
{
    // Two people of one name would share bylines and "I am …": refused, whatever the case.
    const Expected<QList<Person>> staff = list();
    if (!staff)
        return staff.error();
    const QString wanted = name.simplified().toCaseFolded();
    for (const Person &other : *staff) {
        if (other.id != exceptId && other.name.simplified().toCaseFolded() == wanted)
            return invalid(Words::tr("%1 is on the staff already; two people of one name could not be told apart "
                                     "in bylines (add a middle name or initial)")
                               .arg(other.name));
    }
    return Done {};
}

Expected<Person> PeopleRepository::add(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        return invalid(Words::tr("a staff member needs a name"));
    if (Status free = checkNameFree(person.name, 0); !free)
        return free.error();
    Person added = person;
    added.name = person.name.simplified();
    Status written = m_db.write([&]() -> Status {
        Statement query = m_db.prepare(u"INSERT INTO people (name, role, login, created_at) "
                                       "VALUES (:name, :role, :login, :at) RETURNING id"_s);
        query.bindValue(u":name"_s, added.name);
        query.bindValue(u":role"_s, roleName(added.role));
        query.bindValue(u":login"_s, added.login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : added.login);
        query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        if (Status ran = m_db.exec(query); !ran)
            return ran;
        if (!query.next())
            return failure(Words::tr("the new staff member got no id"));
        added.id = query.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return added;
}

Status PeopleRepository::update(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        return invalid(Words::tr("a staff member needs a name"));
    if (Status free = checkNameFree(person.name, person.id); !free)
        return free;
    Statement query = m_db.prepare(u"UPDATE people SET name = :name, role = :role, login = :login WHERE id = :id"_s);
    query.bindValue(u":name"_s, person.name.simplified());
    query.bindValue(u":role"_s, roleName(person.role));
    query.bindValue(u":login"_s, person.login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : person.login);
    query.bindValue(u":id"_s, person.id);
    if (Status ran = m_db.exec(query); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::Permission, Words::tr("%1 was not changed: there is no such staff member, or changing "
                                                 "people is for admins")
                                                  .arg(person.name.simplified())};
    return Done{};
}

Expected<QList<Person>> PeopleRepository::list() const
{
    Statement query = m_db.prepare(u"SELECT id, name, role, login FROM people ORDER BY name, id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Expected<Person> PeopleRepository::findByName(const QString &name) const
{
    Statement query = m_db.prepare(u"SELECT id, name, role, login FROM people WHERE name = :name ORDER BY id LIMIT 1"_s);
    query.bindValue(u":name"_s, name.simplified());
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("nobody on the staff is called %1").arg(name)};
    return personFrom(query);
}

Expected<Person> PeopleRepository::find(qint64 id) const
{
    Statement query = m_db.prepare(u"SELECT id, name, role, login FROM people WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("nobody on the staff has the number %1").arg(id)};
    return personFrom(query);
}

} // namespace Newsroom
