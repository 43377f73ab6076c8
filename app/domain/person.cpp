// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

QString roleName(Role role)
{
    switch (role) {
    case Role::Reporter:
        return u"reporter"_s;
    case Role::Editor:
        return u"editor"_s;
    case Role::Admin:
        return u"admin"_s;
    }
    Q_UNREACHABLE_RETURN(QString());
}

QString roleLabel(Role role)
{
    switch (role) {
    case Role::Reporter:
        return QCoreApplication::translate("Person", "Reporter", "role in the newsroom");
    case Role::Editor:
        return QCoreApplication::translate("Person", "Editor", "role in the newsroom");
    case Role::Admin:
        return QCoreApplication::translate("Person", "Admin", "role in the newsroom");
    }
    return {};
}

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::Reporter, Role::Editor, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace Newsroom
