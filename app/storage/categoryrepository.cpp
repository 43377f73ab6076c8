// SPDX-License-Identifier: GPL-3.0-or-later
#include "categoryrepository.h"

#include "database.h"
#include "statement.h"
#include "text/interfacelanguage.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

// A row of SELECT id, parent_id, name, slug, position.
Category categoryAt(const Statement &row)
{
    return {row.value(0).toLongLong(), row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toString(),
            row.value(4).toInt()};
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

CategoryRepository::CategoryRepository(Database &database)
    : m_db(database)
{
}

namespace {

// What a section's name may not hold: the separators of its path, as typed ("/") and as
// shown ("›"), and more than fits a menu.
std::optional<Error> badName(const QString &name)
{
    if (name.contains(u'/') || name.contains(u'›'))
        return Error{Error::Kind::Invalid,
                     Words::tr("“%1” cannot be a section's name: “/” and “›” separate a section from its subsections")
                         .arg(name)};
    if (name.simplified().size() > 80)
        return Error{Error::Kind::Invalid,
                     Words::tr("“%1…” is too long for a section's name: at most 80 characters").arg(name.left(20))};
    return std::nullopt;
}

// What a new name for a section must be: a letter or a digit at least, and not bad.
std::optional<Error> renameProblem(const QString &typed, const QString &simplified)
{
    if (std::none_of(simplified.begin(), simplified.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return Error{Error::Kind::Invalid,
                     Words::tr("“%1” cannot be a section: a section's name needs a letter or a digit").arg(typed)};
    return badName(simplified);
}

} // namespace

Expected<Category> CategoryRepository::add(const Category &category)
{
    if (category.name.trimmed().isEmpty())
        return invalid(Words::tr("a category needs a name"));
    if (const std::optional<Error> bad = badName(category.name))
        return *bad;
    if (std::none_of(category.name.begin(), category.name.end(), [](QChar c) { return c.isLetterOrNumber(); }))
        return invalid(Words::tr("“%1” cannot be a section: a section's name needs a letter or a digit").arg(category.name));
    Category added = category;
    added.name = category.name.simplified();
    if (added.slug.isEmpty())
        added.slug = Slug::fromText(added.name);
    if (!Slug::isValid(added.slug))
        return invalid(Words::tr("the slug '%1' may hold only a-z, 0-9 and hyphens").arg(added.slug));
    Status written = m_db.write([&]() -> Status {
        Statement query = m_db.prepare(u"INSERT INTO categories (parent_id, name, slug, position) "
                                       "VALUES (:parent, :name, :slug, :position) RETURNING id"_s);
        query.bindValue(u":parent"_s, added.parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : added.parentId);
        query.bindValue(u":name"_s, added.name);
        query.bindValue(u":slug"_s, added.slug);
        query.bindValue(u":position"_s, added.position);
        if (Status ran = m_db.exec(query); !ran) {
            if (ran.error().kind == Error::Kind::Permission)
                return Error{Error::Kind::Permission,
                             Words::tr("the section “%1” does not exist yet, and only an admin may add sections: ask an "
                                "admin to add it, or choose an existing one")
                                 .arg(added.name)};
            return ran;
        }
        if (!query.next())
            return failure(Words::tr("the new category got no id"));
        added.id = query.value(0).toLongLong();
        return Done{};
    });
    if (!written)
        return written.error();
    return added;
}

Expected<QList<Category>> CategoryRepository::list() const
{
    Statement query = m_db.prepare(u"SELECT id, parent_id, name, slug, position FROM categories "
                                   "ORDER BY coalesce(parent_id, 0), position, name, id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Category> flat;
    while (query.next())
        flat.append(categoryAt(query));
    query.finish();
    Statement names = m_db.prepare(u"SELECT category_id, language, name FROM category_names"_s);
    if (Status ran = m_db.exec(names); !ran)
        return ran.error();
    QHash<qint64, QHash<QString, QString>> byCategory;
    while (names.next())
        byCategory[names.value(0).toLongLong()].insert(names.value(1).toString(), names.value(2).toString());
    for (Category &category : flat)
        category.names = byCategory.value(category.id);
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
        return invalid(Words::tr("an empty category path"));
    // A section is found by its name, its slug, or a name with that slug: "новости" and
    // "Новости!" are the section "Новости", not a second one its slug would clash with.
    Statement query = m_db.prepare(u"SELECT id FROM categories WHERE coalesce(parent_id, 0) = :parent "
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
            return Error{Error::Kind::NotFound, Words::tr("there is no section %1").arg(parts.join(u" › "_s))};
        parent = query.value(0).toLongLong();
        query.finish();
    }
    return parent;
}

Expected<Category> CategoryRepository::ensurePath(const QString &path)
{
    const QStringList parts = pathParts(path);
    if (parts.isEmpty())
        return invalid(Words::tr("an empty category path"));
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
    Statement query = m_db.prepare(u"SELECT parent_id, name FROM categories WHERE id = :id"_s);
    for (qint64 at = id; at != 0 && names.size() < 64;) {
        query.bindValue(u":id"_s, at);
        if (Status ran = m_db.exec(query); !ran)
            return ran.error();
        if (!query.next())
            return Error{Error::Kind::NotFound, Words::tr("there is no section %1").arg(at)};
        names.prepend(query.value(1).toString());
        at = query.value(0).toLongLong();
        query.finish();
    }
    return names.join(u'/');
}

QString CategoryRepository::displayPath(qint64 id) const
{
    const Expected<QString> path = pathOf(id);
    return path ? QString(*path).replace(u'/', u" › "_s) : QString::number(id);
}

Expected<QHash<qint64, QString>> CategoryRepository::displayPaths() const
{
    const Expected<QList<Category>> sections = list();
    if (!sections)
        return sections.error();
    QHash<qint64, QString> paths;
    for (const Category &section : *sections) { // parents come before their children
        const QString parent = paths.value(section.parentId);
        paths.insert(section.id, parent.isEmpty() ? section.name : parent + u" › "_s + section.name);
    }
    return paths;
}

Expected<QHash<qint64, int>> CategoryRepository::storyCounts() const
{
    Statement query = m_db.prepare(
        u"SELECT category_id, count(*) FROM articles WHERE category_id IS NOT NULL GROUP BY category_id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QHash<qint64, int> counts;
    while (query.next())
        counts.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return counts;
}

Expected<Category> CategoryRepository::load(qint64 id) const
{
    Statement query = m_db.prepare(u"SELECT id, parent_id, name, slug, position FROM categories WHERE id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("there is no section %1").arg(id)};
    return categoryAt(query);
}

Expected<QList<Category>> CategoryRepository::childrenOf(qint64 parentId) const
{
    Statement query = m_db.prepare(u"SELECT id, parent_id, name, slug, position FROM categories "
                                   "WHERE coalesce(parent_id, 0) = :parent ORDER BY position, name, id"_s);
    query.bindValue(u":parent"_s, parentId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Category> children;
    while (query.next())
        children.append(categoryAt(query));
    return children;
}

Expected<int> CategoryRepository::nextPosition(qint64 parentId) const
{
    const Expected<QList<Category>> siblings = childrenOf(parentId);
    if (!siblings)
        return siblings.error();
    int position = 0;
    for (const Category &sibling : *siblings)
        position = std::max(position, sibling.position + 1);
    return position;
}

Status CategoryRepository::notWithin(qint64 other, qint64 id, const QString &refusal) const
{
    for (qint64 at = other; at != 0;) {
        if (at == id)
            return invalid(refusal);
        const Expected<Category> up = load(at);
        if (!up)
            return up.error();
        at = up->parentId;
    }
    return Done{};
}

Status CategoryRepository::nameFree(qint64 parentId, const QString &name, const QString &slug, qint64 except) const
{
    const Expected<QList<Category>> siblings = childrenOf(parentId);
    if (!siblings)
        return siblings.error();
    for (const Category &sibling : *siblings) {
        if (sibling.id == except)
            continue;
        if (sibling.name.compare(name, Qt::CaseInsensitive) == 0 || sibling.slug == slug)
            return invalid(Words::tr("there is a section “%1” there already").arg(sibling.name));
    }
    return Done{};
}

Expected<Category> CategoryRepository::addLast(qint64 parentId, const QString &name)
{
    Category section;
    section.parentId = parentId;
    section.name = name.simplified();
    section.slug = Slug::fromText(section.name);
    Expected<Category> added = Error{Error::Kind::Failure, QString()};
    const Status written = m_db.write([&]() -> Status {
        if (parentId != 0) {
            if (const Expected<Category> parent = load(parentId); !parent)
                return parent.error();
        }
        if (Status free = nameFree(parentId, section.name, section.slug, 0); !free)
            return free;
        const Expected<int> position = nextPosition(parentId);
        if (!position)
            return position.error();
        section.position = *position;
        added = add(section);
        return added ? Status(Done{}) : Status(added.error());
    });
    if (!written)
        return written.error();
    return added;
}

Status CategoryRepository::rename(qint64 id, const QString &name)
{
    const QString simplified = name.simplified();
    if (const std::optional<Error> problem = renameProblem(name, simplified))
        return *problem;
    return m_db.write([&]() -> Status {
        const Expected<Category> section = load(id);
        if (!section)
            return section.error();
        if (Status free = nameFree(section->parentId, simplified, QString(), id); !free)
            return free;
        Statement query = m_db.prepare(u"UPDATE categories SET name = :name WHERE id = :id"_s);
        query.bindValue(u":name"_s, simplified);
        query.bindValue(u":id"_s, id);
        return m_db.exec(query);
    });
}

Status CategoryRepository::setNameIn(qint64 id, const QString &language, const QString &name)
{
    if (!interfaceLanguages().contains(language))
        return invalid(Words::tr("unknown language “%1”: write ru, kk or en").arg(language));
    const QString simplified = name.simplified();
    if (!simplified.isEmpty()) { // empty: the section's own name shows there again
        if (const std::optional<Error> problem = renameProblem(name, simplified))
            return *problem;
    }
    return m_db.write([&]() -> Status {
        const Expected<Category> section = load(id);
        if (!section)
            return section.error();
        // Two sections side by side never read the same in one language.
        if (!simplified.isEmpty()) {
            const Expected<QList<Category>> all = list();
            if (!all)
                return all.error();
            for (const Category &other : *all) {
                if (other.id != id && other.parentId == section->parentId
                    && other.nameIn(language).compare(simplified, Qt::CaseInsensitive) == 0)
                    return invalid(Words::tr("“%1” is the name of the section beside it, “%2”, in %3 already")
                                       .arg(simplified, other.name, nativeLanguageName(language)));
            }
        }
        Statement remove = m_db.prepare(u"DELETE FROM category_names WHERE category_id = :id AND language = :language"_s);
        remove.bindValue(u":id"_s, id);
        remove.bindValue(u":language"_s, language);
        if (Status removed = m_db.exec(remove); !removed || simplified.isEmpty())
            return removed;
        Statement insert = m_db.prepare(
            u"INSERT INTO category_names (category_id, language, name) VALUES (:id, :language, :name)"_s);
        insert.bindValue(u":id"_s, id);
        insert.bindValue(u":language"_s, language);
        insert.bindValue(u":name"_s, simplified);
        return m_db.exec(insert);
    });
}

Status CategoryRepository::move(qint64 id, qint64 parentId)
{
    return m_db.write([&]() -> Status {
        const Expected<Category> section = load(id);
        if (!section)
            return section.error();
        if (section->parentId == parentId)
            return Done{};
        if (Status inside = notWithin(parentId, id,
                                      Words::tr("“%1” cannot go under itself or under one of its own subsections")
                                          .arg(section->name));
            !inside)
            return inside;
        if (Status free = nameFree(parentId, section->name, section->slug, id); !free)
            return free;
        const Expected<int> position = nextPosition(parentId);
        if (!position)
            return position.error();
        Statement query = m_db.prepare(u"UPDATE categories SET parent_id = :parent, position = :position WHERE id = :id"_s);
        query.bindValue(u":parent"_s, parentId == 0 ? QVariant(QMetaType::fromType<qint64>()) : QVariant(parentId));
        query.bindValue(u":position"_s, *position);
        query.bindValue(u":id"_s, id);
        return m_db.exec(query);
    });
}

Status CategoryRepository::shift(qint64 id, int by)
{
    return m_db.write([&]() -> Status {
        const Expected<Category> section = load(id);
        if (!section)
            return section.error();
        Expected<QList<Category>> siblings = childrenOf(section->parentId);
        if (!siblings)
            return siblings.error();
        const qsizetype at = std::find_if(siblings->cbegin(), siblings->cend(),
                                          [id](const Category &c) { return c.id == id; })
            - siblings->cbegin();
        const qsizetype to = std::clamp<qsizetype>(at + by, 0, siblings->size() - 1);
        if (to == at)
            return Done{};
        siblings->move(at, to);
        // Numbered afresh in their new order: positions once all 0 (imported) become distinct.
        Statement query = m_db.prepare(u"UPDATE categories SET position = :position WHERE id = :id"_s);
        for (qsizetype i = 0; i < siblings->size(); ++i) {
            query.bindValue(u":position"_s, int(i));
            query.bindValue(u":id"_s, siblings->at(i).id);
            if (Status ran = m_db.exec(query); !ran)
                return ran;
        }
        return Done{};
    });
}

Status CategoryRepository::merge(qint64 from, qint64 into)
{
    return m_db.write([&]() -> Status {
        const Expected<Category> source = load(from);
        if (!source)
            return source.error();
        const Expected<Category> target = load(into);
        if (!target)
            return target.error();
        if (Status inside = notWithin(into, from,
                                      Words::tr("“%1” cannot be merged into itself or into one of its own subsections")
                                          .arg(source->name));
            !inside)
            return inside;
        const Expected<QList<Category>> children = childrenOf(from);
        if (!children)
            return children.error();
        for (const Category &child : *children) {
            if (Status moved = move(child.id, into); !moved)
                return moved;
        }
        Statement stories = m_db.prepare(u"UPDATE articles SET category_id = :into WHERE category_id = :from"_s);
        stories.bindValue(u":into"_s, into);
        stories.bindValue(u":from"_s, from);
        if (Status ran = m_db.exec(stories); !ran)
            return ran;
        Statement gone = m_db.prepare(u"DELETE FROM categories WHERE id = :id"_s);
        gone.bindValue(u":id"_s, from);
        return m_db.exec(gone);
    });
}

Status CategoryRepository::remove(qint64 id)
{
    return m_db.write([&]() -> Status {
        const Expected<Category> section = load(id);
        if (!section)
            return section.error();
        const Expected<QHash<qint64, int>> counts = storyCounts();
        if (!counts)
            return counts.error();
        if (const int stories = counts->value(id); stories > 0)
            return invalid(Words::tr("“%1” holds %n story(s): merge it into another section instead", nullptr, stories)
                               .arg(section->name));
        const Expected<QList<Category>> children = childrenOf(id);
        if (!children)
            return children.error();
        if (!children->isEmpty())
            return invalid(Words::tr("“%1” has subsections: move or delete them first").arg(section->name));
        Statement gone = m_db.prepare(u"DELETE FROM categories WHERE id = :id"_s);
        gone.bindValue(u":id"_s, id);
        return m_db.exec(gone);
    });
}

} // namespace Newsroom
