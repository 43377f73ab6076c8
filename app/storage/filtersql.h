// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlerepository.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Newsroom {

class Statement;

// How a story list's filter and order become SQL over `articles a`, for the list and
// for searches alike.
namespace FilterSql {

// The ORDER BY terms of a sort, newest (or А to Я) first unless reversed.
QString sortClause(ArticleQuery::Sort sort, bool reversed);

// The WHERE conditions and their values for a filter. Only fixed SQL fragments are
// joined here; every value is bound.
struct Conditions
{
    QStringList sql;
    QList<std::pair<QString, QVariant>> values;

    QString where() const;
    QString andWhere() const;
    void bindTo(Statement &query) const;
};

Conditions conditionsFor(const ArticleFilter &filter);

} // namespace FilterSql

} // namespace Newsroom
