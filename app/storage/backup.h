// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databaseurl.h"
#include "domain/result.h"

#include <QDateTime>

namespace Newsroom {

class Database;

// A backup is always a newsroom SQLite file, whichever engine it came from: a consistent
// snapshot taken while others keep writing, restorable to either engine.
namespace Backup {

// SQLite: VACUUM INTO a temporary file, fsync, rename. PostgreSQL: one REPEATABLE READ
// transaction copied table by table into a new SQLite newsroom.
Status create(Database &source, const QString &path);

// Checks the file (SQLite's integrity check, a newsroom schema no newer than this
// program) before anything is written. An SQLite target must not exist yet unless
// `replace`; a PostgreSQL target must hold no stories.
Status restore(const QString &path, const DatabaseUrl &target, bool replace = false);

// Only the check: an Error describing what is wrong with the file, or Done.
Status verify(const QString &path);

// What a sound backup holds, for someone deciding whether to restore it.
struct Summary
{
    QDateTime madeAt;     // when `newsroom backup` wrote it
    QString newsroomName; // the newsroom's name, as set up; may be empty
    qsizetype stories = 0;
};

// verify(), then what the backup holds; the same errors as verify().
Expected<Summary> inspect(const QString &path);

} // namespace Backup

} // namespace Newsroom
