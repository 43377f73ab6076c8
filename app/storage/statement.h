// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlQuery>

namespace Newsroom {

class Database;

// A prepared statement lent by a Database: used like a QSqlQuery, and handed back to the
// database when it goes out of scope, so the next use of the same SQL on that connection
// skips the preparing. On a PostgreSQL server far away that is two round trips of three
// saved for each statement (Qt's driver sends PREPARE, EXECUTE and DEALLOCATE apart).
//
// It is not a QSqlQuery to the outside, and cannot be copied: a copy, or a QSqlQuery moved
// out of it, would share the driver's result with the one handed back, and the next user
// of the same SQL would run it under the first one's feet.
class Statement : private QSqlQuery
{
public:
    using QSqlQuery::bindValue;
    using QSqlQuery::finish;
    using QSqlQuery::isActive;
    using QSqlQuery::isNull;
    using QSqlQuery::lastError;
    using QSqlQuery::lastQuery;
    using QSqlQuery::next;
    using QSqlQuery::numRowsAffected;
    using QSqlQuery::record;
    using QSqlQuery::setForwardOnly;
    using QSqlQuery::value;

    // For the database that lent it: runs it, and reads its error.
    QSqlQuery &query() { return *this; }
    const QSqlQuery &query() const { return *this; }

    Statement() = default;
    Statement(QSqlQuery &&query, const Database *lender);
    Statement(Statement &&other) noexcept;
    Statement &operator=(Statement &&other) noexcept;
    Statement(const Statement &) = delete;
    Statement &operator=(const Statement &) = delete;
    ~Statement();

private:
    void giveBack();

    const Database *m_lender = nullptr; // null: not to be handed back (it did not prepare)
};

} // namespace Newsroom
