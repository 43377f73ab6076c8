// SPDX-License-Identifier: GPL-3.0-or-later
#include "healthcheck.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(HealthCheck)
};

constexpr int MostLines = 20; // of one check's findings: enough to see what is wrong

// Runs `sql` and collects its rows' first column, except the line that means "fine".
Status findings(Database &db, const QString &sql, const QString &fine, const QString &label, HealthReport &report)
{
    ++report.checks;
    Statement query = db.prepare(sql);
    if (Status ran = db.exec(query); !ran) {
        if (!db.damaged())
            return ran;
        report.problems.append(Words::tr("%1: %2").arg(label, ran.error().message));
        return Done{};
    }
    int lines = 0;
    while (query.next()) {
        const QString line = query.value(0).toString().simplified().remove(u"*** in database main *** "_s);
        if (line == fine)
            continue;
        if (++lines > MostLines) {
            report.problems.append(Words::tr("%1: and more").arg(label));
            break;
        }
        report.problems.append(Words::tr("%1: %2").arg(label, line));
    }
    return Done{};
}

} // namespace

Expected<HealthReport> checkHealth(Database &db, HealthDepth depth)
{
    HealthReport report;
    if (db.isSQLite()) {
        const QString pages = depth == HealthDepth::Quick ? u"PRAGMA quick_check(20)"_s : u"PRAGMA integrity_check(20)"_s;
        if (Status ran = findings(db, pages, u"ok"_s, Words::tr("the file"), report); !ran)
            return ran.error();
        if (depth == HealthDepth::Quick)
            return report;
        if (Status ran = findings(db,
                                  u"SELECT 'a row of ' || \"table\" || ' (' || rowid || ') points at a missing row of ' "
                                  "|| parent FROM pragma_foreign_key_check"_s,
                                  QString(), Words::tr("links between tables"), report);
            !ran)
            return ran.error();
        // The search index's own check answers with an error when it finds a fault.
        ++report.checks;
        Statement fts = db.prepare(u"INSERT INTO article_search (article_search) VALUES ('integrity-check')"_s);
        if (!fts.query().exec())
            report.problems.append(Words::tr("the search index: %1").arg(fts.lastError().databaseText()));
    }
    const QString unindexed = db.isSQLite()
        ? u"SELECT 'story ' || id || ' is missing' FROM articles WHERE id NOT IN (SELECT rowid FROM article_search) "
          "ORDER BY id"_s
        : u"SELECT 'story ' || id || ' is missing' FROM articles a WHERE NOT EXISTS "
          "(SELECT 1 FROM article_search s WHERE s.article_id = a.id) ORDER BY id"_s;
    if (Status ran = findings(db, unindexed, QString(), Words::tr("the search index"), report); !ran)
        return ran.error();
    return report;
}

} // namespace Newsroom
