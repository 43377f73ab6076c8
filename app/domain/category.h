// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
