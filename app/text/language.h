// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Newsroom {

// "kk", "ru" or "en", by the letters `text` is written in: Kazakh has letters Russian
// lacks (ә, ғ, қ, ң, ө, ұ, ү, һ, і), and English is written in Latin ones.
QString guessLanguage(QStringView text);

} // namespace Newsroom
