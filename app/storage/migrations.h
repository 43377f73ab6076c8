// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace Newsroom {

class Database;

// Numbered schema changes, resources/sql/<engine>/NNNN_name.sql, each applied in one
// transaction and recorded in schema_migrations.
namespace Migrations {

struct Migration
{
    int version = 0;
    QString name;
    QString script;
};

QList<Migration> available(DatabaseUrl::Engine engine);
int latestVersion(DatabaseUrl::Engine engine);

// Brings the database up to the latest version; returns the version it is at. Refuses,
// changing nothing, a database written by a newer Newsroom or one that is not a newsroom's,
// and an empty one unless `mayCreate` (a new newsroom is made there).
Expected<int> apply(Database &database, bool mayCreate);

// Splits a script into statements at semicolons outside quotes, comments, dollar-quoted
// bodies and trigger bodies.
QStringList splitStatements(const QString &script);

} // namespace Migrations

} // namespace Newsroom
