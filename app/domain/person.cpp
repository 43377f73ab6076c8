// SPDX-License-Identifier: GPL-3.0-or-later
#include "person.h"

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

std::optional<Role> roleFromName(QStringView name)
{
    for (Role role : {Role::Reporter, Role::Editor, Role::Admin}) {
        if (roleName(role) == name)
            return role;
    }
    return std::nullopt;
}

} // namespace Newsroom
