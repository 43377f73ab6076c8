// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverowner.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom::ServerOwner {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ServerOwner)
};

const QStringList &roles()
{
    static const QStringList names{QString::fromLatin1(OwnerRole), u"newsroom_reporter"_s, u"newsroom_editor"_s,
                                   u"newsroom_admin"_s};
    return names;
}

struct Login
{
    QString name;
    QString database;
    bool superuser = false;
    bool createRole = false;
};

Expected<Login> whoAmI(Database &db)
{
    Statement query = db.prepare(u"SELECT session_user, current_database(), r.rolsuper, r.rolcreaterole "
                                 "FROM pg_catalog.pg_roles r WHERE r.rolname = session_user"_s);
    if (Status ran = db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return failure(Words::tr("the server does not know the login of this connection"));
    return Login{query.value(0).toString(), query.value(1).toString(), query.value(2).toBool(), query.value(3).toBool()};
}

Expected<QStringList> missingRoles(Database &db)
{
    QStringList missing;
    Statement query = db.prepare(u"SELECT 1 FROM pg_catalog.pg_roles WHERE rolname = :name"_s);
    for (const QString &role : roles()) {
        query.bindValue(u":name"_s, role);
        if (Status ran = db.exec(query); !ran)
            return ran.error();
        if (!query.next())
            missing.append(role);
        query.finish();
    }
    return missing;
}

Expected<bool> isTrue(Database &db, const QString &sql)
{
    Statement query = db.prepare(sql);
    if (Status ran = db.exec(query); !ran)
        return ran.error();
    return query.next() && query.value(0).toBool();
}

Error needsAdministrator(const Login &me, const QString &why)
{
    return Error{Error::Kind::Permission,
                 Words::tr("%1 The newsroom's administrator runs this once, as a role that may create roles, and then "
                    "`newsroom init` as %2:\n%3")
                     .arg(why, me.name, setupStatements(me.database, me.name))};
}

// Ownership of everything in the schema goes to the owner role: tables first (their
// identity sequences follow them), then free sequences and functions.
const auto AdoptStatement = R"SQL(DO $adopt$
DECLARE
    item RECORD;
BEGIN
    FOR item IN SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind IN ('r', 'p', 'v', 'm')
                  AND c.relowner <> 'newsroom_owner'::regrole LOOP
        EXECUTE format('ALTER TABLE %s OWNER TO newsroom_owner', item.name);
    END LOOP;
    FOR item IN SELECT c.oid::regclass AS name FROM pg_catalog.pg_class c
                WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'S'
                  AND c.relowner <> 'newsroom_owner'::regrole LOOP
        EXECUTE format('ALTER SEQUENCE %s OWNER TO newsroom_owner', item.name);
    END LOOP;
    FOR item IN SELECT p.oid::regprocedure AS name FROM pg_catalog.pg_proc p
                WHERE p.pronamespace = 'public'::regnamespace AND p.proowner <> 'newsroom_owner'::regrole LOOP
        EXECUTE format('ALTER ROUTINE %s OWNER TO newsroom_owner', item.name);
    END LOOP;
END
$adopt$)SQL";

} // namespace

Error notInAnyGroup(const QString &login, const QString &where)
{
    return Error{Error::Kind::Permission,
                 Words::tr("the login %1 may not use the newsroom at %2: it is in none of the groups newsroom_reporter, "
                    "newsroom_editor and newsroom_admin. The administrator adds it to one, for example: "
                    "GRANT newsroom_reporter TO \"%1\";")
                     .arg(login, where)};
}

QString setupStatements(const QString &databaseName, const QString &setupLogin)
{
    return u"  CREATE ROLE newsroom_owner NOLOGIN;\n"
           "  CREATE ROLE newsroom_reporter NOLOGIN;\n"
           "  CREATE ROLE newsroom_editor NOLOGIN;\n"
           "  CREATE ROLE newsroom_admin NOLOGIN;\n"
           "  GRANT newsroom_owner TO \"%2\";\n"
           "  ALTER DATABASE \"%1\" OWNER TO newsroom_owner;"_s.arg(databaseName, setupLogin);
}

Status prepare(Database &db, int version, int latest)
{
    const Expected<Login> me = whoAmI(db);
    if (!me)
        return me.error();
    const Expected<QStringList> missing = missingRoles(db);
    if (!missing)
        return missing.error();
    const bool ownerExists = !missing->contains(QString::fromLatin1(OwnerRole));
    const QString memberOfOwner = u"SELECT pg_catalog.pg_has_role(session_user, 'newsroom_owner', 'MEMBER')"_s;
    Expected<bool> member = me->superuser;
    if (ownerExists && !me->superuser)
        member = isTrue(db, memberOfOwner);
    if (!member)
        return member.error();
    if (version > 0 && !*member && !(me->createRole && !ownerExists))
        return Error{Error::Kind::Permission,
                     Words::tr("%1 needs its schema brought from version %2 to %3 for this Newsroom, and only the newsroom's "
                        "setup login (a member of newsroom_owner) may do that. Ask the administrator to run "
                        "`newsroom init` once with it; until then, use the Newsroom version you had.")
                         .arg(db.url().toDisplayString())
                         .arg(version)
                         .arg(latest)};
    if (!missing->isEmpty()) {
        if (!me->superuser && !me->createRole)
            return needsAdministrator(*me, Words::tr("The server has no role %1 yet, and the login %2 may not create roles.")
                                                .arg(missing->join(u", "_s), me->name));
        for (const QString &role : *missing) {
            // The names are ours, fixed above: nothing to bind in a utility statement.
            if (Status made = db.exec(u"CREATE ROLE "_s + role + u" NOLOGIN"_s); !made)
                return made;
        }
        if (!ownerExists && !me->superuser) {
            if (Status granted = db.exec(u"DO $grant$ BEGIN EXECUTE format('GRANT newsroom_owner TO %I', "
                                         "session_user); END $grant$"_s);
                !granted)
                return granted;
            member = true;
        }
    }
    if (!*member)
        return needsAdministrator(*me, Words::tr("The login %1 may not set up this newsroom: it is not a member of "
                                          "newsroom_owner.")
                                           .arg(me->name));
    // The owner creates in the schema and hands its use on to the groups: as the schema's
    // owner when it owns the database (the README's way), else by this grant.
    const Expected<bool> mayCreate =
        isTrue(db, u"SELECT pg_catalog.has_schema_privilege('newsroom_owner', 'public', 'CREATE WITH GRANT OPTION') "
                   "AND pg_catalog.has_schema_privilege('newsroom_owner', 'public', 'USAGE WITH GRANT OPTION')"_s);
    if (!mayCreate)
        return mayCreate.error();
    if (!*mayCreate) {
        if (Status granted = db.exec(u"GRANT USAGE, CREATE ON SCHEMA public TO newsroom_owner WITH GRANT OPTION"_s);
            !granted)
            return needsAdministrator(*me, Words::tr("newsroom_owner may not create the newsroom's tables (%1).")
                                               .arg(granted.error().message));
    }
    // Only the newsroom's groups connect (a login in none cannot listen in on what changes,
    // nor hold the locks an upgrade waits for); a temporary table is how a session shadows
    // the names a checked function reads; nobody but the owner creates anything in the
    // newsroom's schema (PostgreSQL 15 and later have it so already).
    if (Status revoked = db.exec(u"DO $revoke$ BEGIN "
                                 "EXECUTE format('REVOKE CONNECT, TEMPORARY ON DATABASE %I FROM PUBLIC', current_database()); "
                                 "EXECUTE format('GRANT CONNECT ON DATABASE %I TO newsroom_reporter, newsroom_editor, "
                                 "newsroom_admin', current_database()); "
                                 "IF pg_catalog.has_schema_privilege('public', 'public', 'CREATE') THEN "
                                 "REVOKE CREATE ON SCHEMA public FROM PUBLIC; END IF; END $revoke$"_s);
        !revoked)
        return needsAdministrator(*me, Words::tr("The login %1 may not keep everyone but the newsroom's groups out of this "
                                          "database (%2).")
                                           .arg(me->name, revoked.error().message));
    if (Status adopted = db.exec(QString::fromUtf8(AdoptStatement)); !adopted)
        return Error{Error::Kind::Permission,
                     Words::tr("Part of this newsroom belongs to another role, and the login %1 may not give it to "
                        "newsroom_owner: upgrade it once as that role or as a superuser (%2).")
                         .arg(me->name, adopted.error().message)};
    return Done{};
}

} // namespace Newsroom::ServerOwner
