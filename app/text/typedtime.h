// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QTimeZone>

// A date and time as people type them into a field, in Russian, Kazakh or English:
// "30.11.2026 18:00", "30.11 18:00", "30/11/26 18:00", "2026-11-30 18:00", "18:00" (today),
// "завтра 9:00", "ертең 9:00", "tomorrow 9:00", "30 ноября 18:00", "30 қараша 18:00",
// "30 Nov 18:00", the time first or last. Nothing is guessed: a field it cannot read
// whole is refused, saying how to write it. A date without a year is the next such date.
namespace Newsroom::TypedTime {

// The wall-clock date and time typed (no zone: the caller's zone places it), or why not.
Expected<QDateTime> parse(const QString &text, const QDate &today);

// What a time means to the person who picked it, from `now`, in `zone`: "today at 18:00,
// in 6 h 26 min", "tomorrow at 09:00, in 20 h", "Monday, 7 December at 09:00, in 7 days",
// "2 h 5 min ago".
QString describe(const QDateTime &when, const QDateTime &now, const QTimeZone &zone);

} // namespace Newsroom::TypedTime
