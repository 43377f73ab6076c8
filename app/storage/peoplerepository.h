// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/category.h"
#include "domain/person.h"
#include "domain/result.h"
#include "domain/sitesettings.h"

#include <QList>
#include <QTimeZone>

namespace Newsroom {

class Database;

// Staff: the people who write, edit and run the newsroom.
class PeopleRepository
{
public:
    explicit PeopleRepository(Database &database);

    Expected<Person> add(const Person &person);
    // Changes a staff member's name, role or login (admins; on a server, row security
    // refuses anyone else).
    Status update(const Person &person);
    Expected<QList<Person>> list() const;
    // The staff member with this exact name, or NotFound.
    Expected<Person> findByName(const QString &name) const;

private:
    Database &m_db;
};

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

private:
    Database &m_db;
};

class SiteSettingsRepository
{
public:
    explicit SiteSettingsRepository(Database &database);

    Expected<SiteSettings> load() const;
    Status save(const SiteSettings &settings);
    // The newsroom's zone from the system's tz database (Asia/Almaty unless set).
    QTimeZone timeZone() const;

private:
    Database &m_db;
};

// The newsroom's own words for the spelling checker, shared by every desk.
class DictionaryRepository
{
public:
    explicit DictionaryRepository(Database &database);

    Expected<QStringList> words() const; // in code-point order
    // Adds a word (one word, no spaces, at most 100 characters); adding it twice is fine.
    Status add(const QString &word, qint64 addedBy = 0);
    Status remove(const QString &word);

private:
    Database &m_db;
};

} // namespace Newsroom
