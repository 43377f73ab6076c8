// SPDX-License-Identifier: GPL-3.0-or-later
#include "filtersql.h"

#include "statement.h"

using namespace Qt::StringLiterals;

namespace Newsroom::FilterSql {

QString sortClause(ArticleQuery::Sort sort, bool reversed)
{
    const QString newest = reversed ? u"ASC"_s : u"DESC"_s;
    const QString first = reversed ? u"DESC"_s : u"ASC"_s;
    switch (sort) {
    case ArticleQuery::Sort::UpdatedNewest:
        return u"a.updated_at %1, a.id %1"_s.arg(newest);
    case ArticleQuery::Sort::PublishedNewest:
        return u"a.published_at %1 NULLS LAST, a.id %1"_s.arg(newest);
    case ArticleQuery::Sort::CreatedNewest:
        return u"a.created_at %1, a.id %1"_s.arg(newest);
    case ArticleQuery::Sort::Headline:
        return u"a.headline %1, a.id %1"_s.arg(first);
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString Conditions::where() const
{
    return sql.isEmpty() ? QString() : u" WHERE "_s + sql.join(u" AND "_s);
}

QString Conditions::andWhere() const
{
    return sql.isEmpty() ? QString() : u" AND "_s + sql.join(u" AND "_s);
}

void Conditions::bindTo(Statement &query) const
{
    for (const auto &[name, value] : values)
        query.bindValue(name, value);
}

Conditions conditionsFor(const ArticleFilter &filter)
{
    Conditions c;
    c.sql.append(filter.trash == ArticleFilter::Trash::Trashed ? u"a.trashed_at IS NOT NULL"_s
                                                               : u"a.trashed_at IS NULL"_s);
    if (filter.status) {
        c.sql.append(u"a.status = :status"_s);
        c.values.append({u":status"_s, statusName(*filter.status)});
    }
    if (filter.categoryId != 0) {
        c.sql.append(u"a.category_id IN (WITH RECURSIVE subtree(id) AS (SELECT CAST(:category AS BIGINT) "
                     "UNION ALL SELECT c.id FROM categories c JOIN subtree s ON c.parent_id = s.id) "
                     "SELECT id FROM subtree)"_s);
        c.values.append({u":category"_s, filter.categoryId});
    }
    if (filter.authorId != 0) {
        c.sql.append(u"EXISTS (SELECT 1 FROM bylines b WHERE b.article_id = a.id AND b.person_id = :author)"_s);
        c.values.append({u":author"_s, filter.authorId});
    }
    if (filter.ownedBy != 0) {
        c.sql.append(u"(a.created_by = :owner OR EXISTS (SELECT 1 FROM bylines o WHERE o.article_id = a.id "
                     "AND o.kind = 'text' AND o.person_id = :ownerByline))"_s);
        c.values.append({u":owner"_s, filter.ownedBy});
        c.values.append({u":ownerByline"_s, filter.ownedBy});
    }
    if (!filter.language.isEmpty()) {
        c.sql.append(u"a.language = :language"_s);
        c.values.append({u":language"_s, filter.language});
    }
    if (!filter.tag.isEmpty()) {
        c.sql.append(u"EXISTS (SELECT 1 FROM article_tags t JOIN tags g ON g.id = t.tag_id "
                     "WHERE t.article_id = a.id AND (g.name = :tagName OR g.slug = :tagSlug))"_s);
        c.values.append({u":tagName"_s, filter.tag});
        c.values.append({u":tagSlug"_s, filter.tag});
    }
    const QString column = filter.dateField == ArticleFilter::DateField::Published ? u"a.published_at"_s
        : filter.dateField == ArticleFilter::DateField::Created                     ? u"a.created_at"_s
        : filter.dateField == ArticleFilter::DateField::Scheduled                   ? u"a.scheduled_at"_s
                                                                                    : u"a.updated_at"_s;
    if (filter.from.isValid()) {
        c.sql.append(column + u" >= :from"_s);
        c.values.append({u":from"_s, filter.from.toMSecsSinceEpoch()});
    }
    if (filter.to.isValid()) {
        c.sql.append(column + u" < :to"_s);
        c.values.append({u":to"_s, filter.to.toMSecsSinceEpoch()});
    }
    return c;
}

} // namespace Newsroom::FilterSql
