// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

namespace Newsroom {

class Database;

// The parts of a story kept in tables of their own (bylines, photos with their captions,
// tags), written for a story whose row has just been saved, inside that save's
// transaction. Called by ArticleRepository::save only.
namespace StoryParts {

Status write(Database &database, const Article &article);

} // namespace StoryParts

} // namespace Newsroom
