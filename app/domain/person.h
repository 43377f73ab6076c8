// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Newsroom {

enum class Role { Reporter, Editor, Admin };

QString roleName(Role role); // "reporter", "editor", "admin"
QString roleLabel(Role role); // what a person reads, translated: "Reporter", "Editor", "Admin"
std::optional<Role> roleFromName(QStringView name);

struct Person
{
    qint64 id = 0;
    QString name; // as shown in a byline: "Айгерим Сапарова"
    Role role = Role::Reporter;
    QString login; // database login on a shared server; empty for a local newsroom

    friend bool operator==(const Person &, const Person &) = default;
};

} // namespace Newsroom
