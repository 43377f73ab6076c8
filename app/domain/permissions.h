// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/person.h"

#include <QString>

namespace Newsroom {

// What someone in the newsroom may do: the one table (design.md §6). Widgets ask it to
// hide or disable; core asks it again and refuses regardless.
enum class Capability {
    CreateStory,
    EditOwnStory, // a draft of theirs, or one returned to them
    EditAnyStory,
    Submit,
    Comment,
    RequestChanges,
    Approve,
    Schedule,
    Publish,
    Unpublish,
    Correct,
    ManagePeople,
    ManageCategories,
    ManageSettings,
    PurgeTrash, // delete for good what has lain in the trash long enough
};

bool roleMay(Role role, Capability capability);
// "editors and admins", for a refusal that says who may.
QString whoMay(Capability capability);

} // namespace Newsroom
