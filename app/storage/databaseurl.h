// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace Newsroom {

// Where a newsroom's database lives: `sqlite:PATH` (the default, one person) or
// `postgresql://user@host:port/database` (a shared server).
struct DatabaseUrl
{
    enum class Engine { SQLite, PostgreSQL };

    Engine engine = Engine::SQLite;
    QString path; // SQLite: absolute file path
    QString host; // PostgreSQL: host name, address or socket folder; empty for libpq's default
    int port = 5432;
    QString user;
    QString password; // only when written in the URL; libpq also reads PGPASSWORD and ~/.pgpass
    QString databaseName;

    static Expected<DatabaseUrl> parse(const QString &text);

    // The default SQLite file under the platform's application data folder.
    static DatabaseUrl defaultLocation();

    // --database when given, else $NEWSROOM_DATABASE, else the default file.
    static Expected<DatabaseUrl> resolve(const QString &fromCommandLine);

    // The URL as a user should see it: never with the password.
    QString toDisplayString() const;
};

} // namespace Newsroom
