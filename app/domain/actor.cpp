// SPDX-License-Identifier: GPL-3.0-or-later
#include "actor.h"

#include <QCoreApplication>

namespace Newsroom {

Actor Actor::owner()
{
    return Actor{0, QCoreApplication::translate("Workflow", "the newsroom's owner"), Role::Admin};
}

Actor Actor::of(const Person &person)
{
    return Actor{person.id, person.name, person.role};
}

} // namespace Newsroom
