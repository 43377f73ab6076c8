// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace Newsroom {

class Database;

// Whether a newsroom's database is sound: on SQLite the file's own integrity check, its
// foreign keys and the full-text index; on both engines, that every story is in the
// search index. What `newsroom check` runs, and (quick) what the window runs after
// opening a file.
struct HealthReport
{
    int checks = 0;       // how many checks ran
    QStringList problems; // one line each, empty when all is well
};

enum class HealthDepth {
    Quick, // SQLite's quick_check: the pages and their order, in seconds on a large file
    Full,  // everything above
};

Expected<HealthReport> checkHealth(Database &database, HealthDepth depth = HealthDepth::Full);

} // namespace Newsroom
