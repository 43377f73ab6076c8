// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "domain/result.h"

#include <QHash>
#include <QList>

namespace Newsroom {

class Database;

// The section tree of the site.
class CategoryRepository
{
public:
    explicit CategoryRepository(Database &database);

    // Adds a category; an empty slug is made from the name.
    Expected<Category> add(const Category &category);
    Expected<QList<Category>> list() const; // parents before children, siblings in order
    // "Новости/Общество": the category at that path, made with its parents when missing.
    Expected<Category> ensurePath(const QString &path);
    Expected<qint64> findPath(const QString &path) const;
    // The path of a category, names joined by '/'.
    Expected<QString> pathOf(qint64 id) const;
    // The path as people read it, "Новости › Регион"; the number when it cannot be had.
    QString displayPath(qint64 id) const;
    // Every section's path as people read it, by id: from one query, however many.
    Expected<QHash<qint64, QString>> displayPaths() const;
    // How many stories each section holds (not counting those under it), by id.
    Expected<QHash<qint64, int>> storyCounts() const;

    // The section editor's changes. A section's address (slug) stays as it was when it is
    // renamed, so that the site's links keep working. Refused with a reason (Invalid) when
    // the change would lose or clash with something; on a server, only admins may.
    Expected<Category> addLast(qint64 parentId, const QString &name); // after its siblings
    Status rename(qint64 id, const QString &name);
    // Its name in another of the site's languages; an empty `name` removes it (the
    // section's own name shows there again).
    Status setNameIn(qint64 id, const QString &language, const QString &name);
    // Under `parentId` (0: the top), after the sections there.
    Status move(qint64 id, qint64 parentId);
    // One place up (-1) or down (+1) among its siblings.
    Status shift(qint64 id, int by);
    // `from`'s stories and subsections go to `into`; `from` goes.
    Status merge(qint64 from, qint64 into);
    // Only an empty section goes: one holding stories or subsections is refused.
    Status remove(qint64 id);

private:
    Expected<Category> load(qint64 id) const;
    Expected<QList<Category>> childrenOf(qint64 parentId) const;
    // The position after the last of `parentId`'s sections.
    Expected<int> nextPosition(qint64 parentId) const;
    // Refused when `id` is `other` or holds it, however deep.
    Status notWithin(qint64 other, qint64 id, const QString &refusal) const;
    Status nameFree(qint64 parentId, const QString &name, const QString &slug, qint64 except) const;

    Database &m_db;
};

} // namespace Newsroom
