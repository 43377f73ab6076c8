// SPDX-License-Identifier: GPL-3.0-or-later
#include "domain/permissions.h"

#include <QCoreApplication>

namespace Newsroom {

bool roleMay(Role role, Capability capability)
{
    switch (capability) {
    case Capability::CreateStory:
    case Capability::EditOwnStory:
    case Capability::Submit:
    case Capability::Comment:
        return true; // everyone writes
    case Capability::EditAnyStory:
    case Capability::RequestChanges:
    case Capability::Approve:
    case Capability::Schedule:
    case Capability::Publish:
    case Capability::Unpublish:
    case Capability::Correct:
        return role == Role::Editor || role == Role::Admin;
    case Capability::ManagePeople:
    case Capability::ManageCategories:
    case Capability::ManageSettings:
    case Capability::PurgeTrash:
        return role == Role::Admin;
    }
    return false;
}

QString whoMay(Capability capability)
{
    if (roleMay(Role::Reporter, capability))
        return QCoreApplication::translate("Permissions", "everyone");
    if (roleMay(Role::Editor, capability))
        return QCoreApplication::translate("Permissions", "editors and admins");
    return QCoreApplication::translate("Permissions", "admins");
}

} // namespace Newsroom
