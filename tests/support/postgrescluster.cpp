// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgrescluster.h"

#include <QCollator>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsroom::Test {

namespace {

// The newest installed server's programs, Debian's layout first.
QString findBinDir()
{
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    QCollator collator;
    collator.setNumericMode(true);
    std::sort(versions.begin(), versions.end(), [&](const QString &a, const QString &b) { return collator.compare(a, b) > 0; });
    for (const QString &version : versions) {
        const QString bin = u"/usr/lib/postgresql/%1/bin"_s.arg(version);
        if (QFile::exists(bin + u"/initdb"_s))
            return bin;
    }
    for (const QString &bin : {u"/usr/bin"_s, u"/usr/local/bin"_s}) {
        if (QFile::exists(bin + u"/initdb"_s))
            return bin;
    }
    return {};
}

int freeLoopbackPort()
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0)
        return 0;
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    socklen_t length = sizeof address;
    int port = 0;
    if (::bind(fd, reinterpret_cast<sockaddr *>(&address), sizeof address) == 0
        && ::getsockname(fd, reinterpret_cast<sockaddr *>(&address), &length) == 0)
        port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

} // namespace

PostgresCluster::PostgresCluster() = default;

PostgresCluster::~PostgresCluster()
{
    stop();
}

bool PostgresCluster::run(const QString &program, const QStringList &arguments, QString *error, int timeoutMs)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    if (::geteuid() == 0)
        process.start(u"runuser"_s, QStringList{u"-u"_s, u"postgres"_s, u"--"_s, program} + arguments);
    else
        process.start(program, arguments);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = u"%1 failed: %2"_s.arg(program, QString::fromLocal8Bit(process.readAll()).trimmed());
        if (process.state() != QProcess::NotRunning)
            process.kill();
        return false;
    }
    return true;
}

bool PostgresCluster::start(QString *error, bool durable)
{
    m_binDir = findBinDir();
    if (m_binDir.isEmpty()) {
        *error = u"no PostgreSQL server programs (initdb) found; install the postgresql package"_s;
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + u"/newsroom-pg-XXXXXX"_s);
    if (!m_dir->isValid()) {
        *error = u"cannot create a temporary folder: "_s + m_dir->errorString();
        return false;
    }
    if (::geteuid() == 0) {
        const passwd *postgres = ::getpwnam("postgres");
        if (!postgres || ::chown(QFile::encodeName(m_dir->path()).constData(), postgres->pw_uid, postgres->pw_gid) != 0) {
            *error = u"running as root, the tests need the `postgres` user to own the test cluster"_s;
            return false;
        }
    }
    const QString data = m_dir->filePath(u"data"_s);
    if (!run(m_binDir + u"/initdb"_s,
             {u"-D"_s, data, u"-U"_s, u"newsroom"_s, u"-A"_s, u"trust"_s, u"-E"_s, u"UTF8"_s, u"--locale=C.UTF-8"_s,
              u"--no-sync"_s},
             error))
        return false;

    for (int attempt = 0; attempt < 5; ++attempt) {
        m_port = freeLoopbackPort();
        QString options = u"-p %1 -k %2 -c listen_addresses=127.0.0.1 -c max_connections=60"_s.arg(m_port).arg(m_dir->path());
        if (!durable)
            options += u" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"_s;
        if (run(m_binDir + u"/pg_ctl"_s,
                {u"-D"_s, data, u"-l"_s, m_dir->filePath(u"server.log"_s), u"-w"_s, u"-t"_s, u"60"_s, u"-o"_s, options,
                 u"start"_s},
                error)) {
            m_running = true;
            startWatchdog(data);
            return true;
        }
    }
    QFile log(m_dir->filePath(u"server.log"_s));
    if (log.open(QIODevice::ReadOnly))
        *error += u"\n"_s + QString::fromUtf8(log.readAll().right(2000));
    return false;
}

// A test that crashes never reaches stop(): a small shell outlives it, notices, and
// stops the server, so no cluster is left running after the test process.
void PostgresCluster::startWatchdog(const QString &data)
{
    const QString script = u"while kill -0 %1 2>/dev/null && [ -d '%2' ]; do sleep 1; done; "
                           "[ -d '%2' ] && %3 '%4/pg_ctl' -D '%2' -m immediate stop >/dev/null 2>&1"_s
                               .arg(::getpid())
                               .arg(data, ::geteuid() == 0 ? u"runuser -u postgres --"_s : QString(), m_binDir);
    QProcess::startDetached(u"/bin/sh"_s, {u"-c"_s, script});
}

void PostgresCluster::stop()
{
    if (!m_running)
        return;
    QString ignored;
    run(m_binDir + u"/pg_ctl"_s, {u"-D"_s, m_dir->filePath(u"data"_s), u"-m"_s, u"immediate"_s, u"-w"_s, u"stop"_s},
        &ignored);
    m_running = false;
    m_dir.reset();
}

bool PostgresCluster::requirePassword(const QString &role, QString *error)
{
    const QString data = m_dir->filePath(u"data"_s);
    QFile hba(data + u"/pg_hba.conf"_s);
    if (!hba.open(QIODevice::ReadOnly)) {
        *error = hba.errorString();
        return false;
    }
    const QByteArray rules = "host all " + role.toUtf8() + " 127.0.0.1/32 scram-sha-256\n" + hba.readAll();
    hba.close();
    // The first matching line wins: this one goes before the trust lines.
    if (!hba.open(QIODevice::WriteOnly | QIODevice::Truncate) || hba.write(rules) != rules.size()) {
        *error = hba.errorString();
        return false;
    }
    hba.close();
    return run(m_binDir + u"/pg_ctl"_s, {u"-D"_s, data, u"reload"_s}, error);
}

QString PostgresCluster::createDatabase(QString *error)
{
    const QString name = u"newsroom_test_%1_%2"_s.arg(::getpid()).arg(++m_databases);
    const QString connection = u"newsroom-test-admin-"_s + name;
    bool created = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, connection);
        db.setHostName(u"127.0.0.1"_s);
        db.setPort(m_port);
        db.setUserName(u"newsroom"_s);
        db.setDatabaseName(u"postgres"_s);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // The name is ours, made of digits and letters: nothing to bind in a utility statement.
            created = query.exec(u"CREATE DATABASE "_s + name);
            if (!created)
                *error = query.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    if (!created)
        return {};
    return u"postgresql://newsroom@127.0.0.1:%1/%2"_s.arg(m_port).arg(name);
}

} // namespace Newsroom::Test
