// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "article.h"
#include "result.h"

#include <QJsonObject>

namespace Newsroom {

// The JSON form of a story: revision snapshots and `newsroom show --json` use it.
// Times are ISO 8601 in UTC; absent fields take their defaults when read.
QJsonObject toJson(const Article &article);
Expected<Article> articleFromJson(const QJsonObject &object);

} // namespace Newsroom
