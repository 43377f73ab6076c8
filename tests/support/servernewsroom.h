// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgrescluster.h"
#include "storage/database.h"
#include "testfiles.h"

#include <QHash>
#include <QTemporaryDir>

#include <memory>

namespace Newsroom::Test {

// A shared newsroom on a PostgreSQL cluster of its own, set up the README's way: the
// administrator's roles and database, `init --demo` by a setup login that is no
// superuser, staff logins (two reporters, an editor, an admin, one login in no group)
// each with its own password, and a few stories and comments to aim at. For the tests
// that attack the server and those that use it as its staff would.
class ServerNewsroom
{
public:
    void setUp();    // fails the current test when the newsroom cannot be had
    void tearDown();

    QString connectionFor(const QString &login, const QString &database = {});
    void endSession(const QString &login);
    // Runs one statement as `login`: rows changed, or -1 when the server refused it.
    int run(const QString &login, const QString &sql, QString *error = nullptr);
    QString admin(const QString &sql); // as the cluster's superuser: the first value, or the error
    // Everything an attack could change: every row, role, membership, grant, policy and function.
    QString fingerprint();
    DatabaseUrl urlFor(const QString &login, const QString &database = {}) const;
    std::unique_ptr<Database> open(const QString &login, const QString &database = {});
    QString storyAt(const QString &relative, const QString &text) { return writeTextFile(m_dir.filePath(relative), text); }

    PostgresCluster m_cluster;
    QTemporaryDir m_dir;
    QString m_database;
    int m_port = 0;
    QHash<QString, qint64> m_person; // by login
    qint64 m_hersEmbargoed = 0;      // aigerim's draft, with an embargo an editor set
    qint64 m_colleagues = 0;         // ruslan's draft
    qint64 m_published = 0;          // a demo story on the site
    qint64 m_editorsWithHerByline = 0;
    qint64 m_colleaguesInKazakh = 0; // ruslan's translation of his draft, behind it
    qint64 m_hersInKazakh = 0;       // aigerim's Kazakh draft, in no group
    qint64 m_colleaguesLooseKazakh = 0; // ruslan's Kazakh draft, in no group
    qint64 m_category = 0;
    qint64 m_editorsComment = 0;
    qint64 m_herComment = 0;
};

} // namespace Newsroom::Test
