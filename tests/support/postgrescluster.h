// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace Newsroom::Test {

// A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, a free
// loopback port, trust authentication for the test user, stopped and deleted at the end.
// As root (inside the build root) the server runs as the `postgres` user, since initdb
// refuses to run as root.
class PostgresCluster
{
public:
    PostgresCluster();
    ~PostgresCluster();

    PostgresCluster(const PostgresCluster &) = delete;
    PostgresCluster &operator=(const PostgresCluster &) = delete;

    // durable = false turns fsync off: fine for tests, not for benchmarks.
    bool start(QString *error, bool durable = false);
    void stop();
    bool isRunning() const { return m_running; }
    int port() const { return m_port; }

    // Makes `role` sign in with its password over TCP (scram-sha-256), as on a real
    // server, while the test's own login stays trusted.
    bool requirePassword(const QString &role, QString *error);

    // A new, empty database on this cluster, as a postgresql:// URL.
    QString createDatabase(QString *error);

private:
    void startWatchdog(const QString &data);
    bool run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs = 120'000);

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_binDir;
    int m_port = 0;
    int m_databases = 0;
    bool m_running = false;
};

} // namespace Newsroom::Test
