// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

namespace Newsroom {

// A section of the site. Categories form a tree ("Новости › Общество"), ordered among siblings.
struct Category
{
    qint64 id = 0;
    qint64 parentId = 0; // 0: top level
    QString name;
    QString slug;
    int position = 0;
    // Its name in the site's other languages, by language ("kk": "Жаңалықтар").
    QHash<QString, QString> names = {};

    // Its name on pages in `language`: its own there, else `name`.
    QString nameIn(const QString &language) const { return names.value(language, name); }

    friend bool operator==(const Category &, const Category &) = default;
};

struct Tag
{
    qint64 id = 0;
    QString name;
    QString slug;

    friend bool operator==(const Tag &, const Tag &) = default;
};

} // namespace Newsroom
