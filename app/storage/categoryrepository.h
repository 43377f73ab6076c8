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

private:
    Database &m_db;
};

} // namespace Newsroom
