// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace Newsroom {

class Database;

// Who owns a shared newsroom on PostgreSQL. Everything in its schema belongs to
// `newsroom_owner`, a NOLOGIN role that is never a superuser; staff sign in as members
// of `newsroom_reporter`, `newsroom_editor` or `newsroom_admin`. The login that sets the
// newsroom up and upgrades it is a member of `newsroom_owner` (or a superuser).
namespace ServerOwner {

inline constexpr auto OwnerRole = "newsroom_owner";

// Run as the login bringing the schema up to date, in the migrations' transaction:
// creates the four roles when missing (with CREATEROLE), checks that this login may act
// as the owner, lets the owner create in the schema, takes TEMP away from PUBLIC on this
// database, and hands the owner whatever an earlier setup left to another role. Refuses,
// with what an administrator must run instead, when this login may not. `version` is the
// schema the database is at now (0: a new newsroom), `latest` the one it is brought to.
Status prepare(Database &database, int version, int latest);

// The refusal for a login in none of the newsroom's groups, with what the administrator
// does about it.
Error notInAnyGroup(const QString &login, const QString &where);

// The SQL an administrator runs once, as a role with CREATEROLE, before `newsroom init`
// as `setupLogin`: the README shows the same lines.
QString setupStatements(const QString &databaseName, const QString &setupLogin);

} // namespace ServerOwner

} // namespace Newsroom
