// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commandsupport.h"

namespace Newsroom::Cli {

// `newsroom sections`: the site's section tree, listed and changed.
int runSections(Context &context);

} // namespace Newsroom::Cli
