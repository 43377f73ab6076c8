// SPDX-License-Identifier: GPL-3.0-or-later
#include "peoplerepository.h"

#include "database.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTimeZone>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Repositories", text);
}

Person personFrom(const QSqlQuery &query)
{
    return {query.value(0).toLongLong(), query.value(1).toString(),
            roleFromName(query.value(2).toString()).value_or(Role::Reporter), query.value(3).toString()};
}

QStringList pathParts(const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/'))
        if (const QString name = part.simplified(); !name.isEmpty())
            parts.append(name);
    return parts;
}

} // namespace

PeopleRepository::PeopleRepository(Database &database)
    : m_db(database)
{
}

Expected<Person> PeopleRepository::add(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        return invalid(tr("a staff member needs a name"));
    Person added = person;
    added.name = person.name.simplified();
    Status written = m_db.write([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"INSERT INTO people (name, role, login, created_at) "
                                       "VALUES (:name, :role, :login, :at) RETURNING id"_s);
        query.bindValue(u":name"_s, added.name);
        query.bindValue(u":role"_s, roleName(added.role));
        query.bindValue(u":login"_s, added.login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : added.login);
        query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        if (Status ran = m_db.exec(query); !ran)
            return ran;
        if (!query.next())
            return failure(tr("the new staff member got no id"));
        added.id = query.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return added;
}

Status PeopleRepository::update(const Person &person)
{
    if (person.name.trimmed().isEmpty())
        return invalid(tr("a staff member needs a name"));
    QSqlQuery query = m_db.prepare(u"UPDATE people SET name = :name, role = :role, login = :login WHERE id = :id"_s);
    query.bindValue(u":name"_s, person.name.simplified());
    query.bindValue(u":role"_s, roleName(person.role));
    query.bindValue(u":login"_s, person.login.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : person.login);
    query.bindValue(u":id"_s, person.id);
    if (Status ran = m_db.exec(query); !ran)
        return ran;
    if (query.numRowsAffected() != 1)
        return Error{Error::Kind::Permission, tr("%1 was not changed: there is no such staff member, or changing "
                                                 "people is for admins")
                                                  .arg(person.name.simplified())};
    return Done{};
}

Expected<QList<Person>> PeopleRepository::list() const
{
    QSqlQuery query = m_db.prepare(u"SELECT id, name, role, login FROM people ORDER BY name, id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Person> people;
    while (query.next())
        people.append(personFrom(query));
    return people;
}

Expected<Person> PeopleRepository::findByName(const QString &name) const
{
    QSqlQuery query = m_db.prepare(u"SELECT id, name, role, login FROM people WHERE name = :name ORDER BY id LIMIT 1"_s);
    query.bindValue(u":name"_s, name.simplified());
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, tr("nobody on the staff is called %1").arg(name)};
    return personFrom(query);
}

CategoryRepository::CategoryRepository(Database &database)
    : m_db(database)
{
}

Expected<Category> CategoryRepository::add(const Category &category)
{
    if (category.name.trimmed().isEmpty())
        return invalid(tr("a category needs a name"));
    if (std::none_of(category.name.begin(), category.name.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return invalid(tr("“%1” cannot be a section: a section's name needs a letter or a digit").arg(category.name));
    Category added = category;
    added.name = category.name.simplified();
    if (added.slug.isEmpty())
        added.slug = Slug::fromText(added.name);
    if (!Slug::isValid(added.slug))
        return invalid(tr("the slug '%1' may hold only a-z, 0-9 and hyphens").arg(added.slug));
    Status written = m_db.write([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"INSERT INTO categories (parent_id, name, slug, position) "
                                       "VALUES (:parent, :name, :slug, :position) RETURNING id"_s);
        query.bindValue(u":parent"_s, added.parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : added.parentId);
        query.bindValue(u":name"_s, added.name);
        query.bindValue(u":slug"_s, added.slug);
        query.bindValue(u":position"_s, added.position);
        if (Status ran = m_db.exec(query); !ran) {
            if (ran.error().kind == Error::Kind::Permission)
                return Error{Error::Kind::Permission,
                             tr("the section “%1” does not exist yet, and only an admin may add sections: ask an "
                                "admin to add it, or choose an existing one")
                                 .arg(added.name)};
            return ran;
        }
        if (!query.next())
            return failure(tr("the new category got no id"));
        added.id = query.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return added;
}

Expected<QList<Category>> CategoryRepository::list() const
{
    QSqlQuery query = m_db.prepare(u"SELECT id, parent_id, name, slug, position FROM categories "
                                   "ORDER BY coalesce(parent_id, 0), position, name, id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Category> flat;
    while (query.next()) {
        flat.append({query.value(0).toLongLong(), query.value(1).toLongLong(), query.value(2).toString(),
                     query.value(3).toString(), query.value(4).toInt()});
    }
    // Depth-first: each parent followed by its children.
    QHash<qint64, QList<Category>> children;
    for (const Category &c : flat)
        children[c.parentId].append(c);
    QList<Category> ordered;
    std::function<void(qint64)> visit = [&](qint64 parent) {
        for (const Category &c : children.value(parent)) {
            ordered.append(c);
            visit(c.id);
        }
    };
    visit(0);
    return ordered;
}

Expected<qint64> CategoryRepository::findPath(const QString &path) const
{
    const QStringList parts = pathParts(path);
    if (parts.isEmpty())
        return invalid(tr("an empty category path"));
    // A section is found by its name, its slug, or a name with that slug: "новости" and
    // "Новости!" are the section "Новости", not a second one its slug would clash with.
    QSqlQuery query = m_db.prepare(u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = :parent "
                                   "AND (name = :name OR slug = :slug OR slug = :nameslug) "
                                   "ORDER BY name = :name2 DESC, id LIMIT 1"_s);
    qint64 parent = 0;
    for (const QString &name : parts) {
        query.bindValue(u":parent"_s, parent);
        query.bindValue(u":name"_s, name);
        query.bindValue(u":slug"_s, name);
        query.bindValue(u":nameslug"_s, Slug::fromText(name));
        query.bindValue(u":name2"_s, name);
        if (Status ran = m_db.exec(query); !ran)
            return ran.error();
        if (!query.next())
            return Error{Error::Kind::NotFound, tr("there is no category %1").arg(parts.join(u" › "_s))};
        parent = query.value(0).toLongLong();
        query.finish();
    }
    return parent;
}

Expected<Category> CategoryRepository::ensurePath(const QString &path)
{
    const QStringList parts = pathParts(path);
    if (parts.isEmpty())
        return invalid(tr("an empty category path"));
    Category current;
    for (qsizetype i = 0; i < parts.size(); ++i) {
        const QString prefix = parts.mid(0, i + 1).join(u'/');
        Expected<qint64> found = findPath(prefix);
        if (found) {
            current = {*found, current.id, parts.at(i), QString(), 0};
            continue;
        }
        if (found.error().kind != Error::Kind::NotFound)
            return found.error();
        Expected<Category> added = add({0, current.id, parts.at(i), QString(), 0});
        if (!added)
            return added.error();
        current = *added;
    }
    return current;
}

Expected<QString> CategoryRepository::pathOf(qint64 id) const
{
    QStringList names;
    QSqlQuery query = m_db.prepare(u"SELECT parent_id, name FROM categories WHERE id = :id"_s);
    for (qint64 at = id; at != 0 && names.size() < 64;) {
        query.bindValue(u":id"_s, at);
        if (Status ran = m_db.exec(query); !ran)
            return ran.error();
        if (!query.next())
            return Error{Error::Kind::NotFound, tr("there is no category %1").arg(at)};
        names.prepend(query.value(1).toString());
        at = query.value(0).toLongLong();
        query.finish();
    }
    return names.join(u'/');
}

SiteSettingsRepository::SiteSettingsRepository(Database &database)
    : m_db(database)
{
}

Expected<SiteSettings> SiteSettingsRepository::load() const
{
    QSqlQuery query = m_db.prepare(u"SELECT key, value FROM site_settings"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    SiteSettings settings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"name")
            settings.name = value;
        else if (key == u"base_url")
            settings.baseUrl = QUrl(value);
        else if (key == u"language")
            settings.language = value;
        else if (key == u"time_zone")
            settings.timeZone = value;
        else if (key == u"city")
            settings.city = value;
        else if (key == u"theme_folder")
            settings.themeFolder = value;
        else if (key == u"export_on_publish")
            settings.exportOnPublish = value;
    }
    return settings;
}

QTimeZone SiteSettingsRepository::timeZone() const
{
    const Expected<SiteSettings> settings = load();
    const QTimeZone zone(settings ? settings->timeZone.toUtf8() : QByteArrayLiteral("Asia/Almaty"));
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

Status SiteSettingsRepository::save(const SiteSettings &settings)
{
    // A named zone, so the newsroom follows its rule changes (Almaty moved to UTC+5 in
    // 2024); fixed offsets such as "UTC+5" or "Etc/GMT-5" would silently go wrong.
    const QByteArray zone = settings.timeZone.toUtf8();
    const bool fixedOffset = (zone.startsWith("UTC") || zone.startsWith("Etc/")) && zone != "UTC" && zone != "Etc/UTC";
    if (fixedOffset || !QTimeZone::isTimeZoneIdAvailable(zone) || !QTimeZone::availableTimeZoneIds().contains(zone))
        return invalid(tr("“%1” is not a time zone this system knows; write one like Asia/Almaty").arg(settings.timeZone));
    const std::pair<QString, QString> values[] = {
        {u"name"_s, settings.name},
        {u"base_url"_s, settings.baseUrl.toString()},
        {u"language"_s, settings.language},
        {u"time_zone"_s, settings.timeZone},
        {u"city"_s, settings.city},
        {u"theme_folder"_s, settings.themeFolder},
        {u"export_on_publish"_s, settings.exportOnPublish},
    };
    return m_db.write([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"INSERT INTO site_settings (key, value) VALUES (:key, :value) "
                                       "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s);
        for (const auto &[key, value] : values) {
            query.bindValue(u":key"_s, key);
            query.bindValue(u":value"_s, value.isNull() ? u""_s : value); // a null QString would bind NULL
            if (Status ran = m_db.exec(query); !ran)
                return ran;
        }
        return Done{};
    });
}

DictionaryRepository::DictionaryRepository(Database &database)
    : m_db(database)
{
}

Expected<QStringList> DictionaryRepository::words() const
{
    QSqlQuery query = m_db.prepare(u"SELECT word FROM dictionary_words"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    words.sort(); // the same order on both engines, whatever their collation
    return words;
}

Status DictionaryRepository::add(const QString &word, qint64 addedBy)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return invalid(tr("“%1” is not one word of at most 100 characters").arg(word));
    return m_db.write([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"INSERT INTO dictionary_words (word, added_by, added_at) VALUES (:word, :by, :at) "
                                       "ON CONFLICT (word) DO NOTHING"_s);
        query.bindValue(u":word"_s, trimmed);
        query.bindValue(u":by"_s, addedBy > 0 ? QVariant(addedBy) : QVariant(QMetaType(QMetaType::LongLong)));
        query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

Status DictionaryRepository::remove(const QString &word)
{
    return m_db.write([&]() -> Status {
        QSqlQuery query = m_db.prepare(u"DELETE FROM dictionary_words WHERE word = :word"_s);
        query.bindValue(u":word"_s, word.trimmed());
        return m_db.exec(query);
    });
}

} // namespace Newsroom
