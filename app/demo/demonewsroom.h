// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QImage>

namespace Newsroom {

class Database;

// The demo newsroom: a regional paper's staff, sections and a dozen original stories
// (resources/demo/stories, mostly Russian, some Kazakh and English) with photos drawn
// on the spot. Used by `newsroom init --demo` and `newsroom --demo`.
namespace Demo {

// Loads it into an empty newsroom; returns how many stories it holds then.
Expected<qsizetype> load(Database &database);

// A photograph-like picture (sky, sun, skyline, ground) drawn from `seed`: always the
// same picture for the same seed.
QImage drawPhoto(const QString &seed, const QSize &size = QSize(1600, 1067));

} // namespace Demo

} // namespace Newsroom
