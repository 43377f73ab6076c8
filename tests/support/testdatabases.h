// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgrescluster.h"
#include "storage/database.h"

#include <QTemporaryDir>

#include <memory>

namespace Newsroom::Test {

// The message of a failed result, or an empty string: safe in QVERIFY2, whose message
// is built whether or not the check fails.
template<typename Result>
QString errorText(const Result &result)
{
    if constexpr (requires { result.error.has_value(); })
        return result.error ? result.error->message : QString();
    else
        return result.ok() ? QString() : result.error().message;
}

// Fresh newsroom databases for storage tests, on SQLite and on a real PostgreSQL
// cluster this object starts on first use and stops when it goes.
class TestDatabases
{
public:
    TestDatabases();
    ~TestDatabases();

    // Adds the column "engine" with a row per engine; call from a test's _data function.
    static void addEngineRows();

    // The URL of a new, empty database for `engine` ("sqlite" or "postgresql"). Fails the
    // current test (and returns an empty string) when that engine cannot be had.
    QString freshUrl(const QString &engine);
    std::unique_ptr<Database> openFresh(const QString &engine);
    std::unique_ptr<Database> open(const QString &url);
    // The newsroom at `url`, connected as another PostgreSQL login (a staff member's);
    // null, with the reason logged, when that login cannot connect.
    static std::unique_ptr<Database> openAs(const QString &url, const QString &login);

    QString tempPath(const QString &name) const;

    // A new SQLite newsroom at `path` holding the demo stories; null, with the current
    // test failed, when it cannot be made.
    static std::unique_ptr<Database> openDemo(const QString &path);

private:
    QTemporaryDir m_dir;
    PostgresCluster m_postgres;
    int m_files = 0;
    bool m_postgresFailed = false;
};

} // namespace Newsroom::Test
