// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>

#include <memory>
#include <optional>
#include <utility>

namespace Newsroom {

// Starts an operation that replies later through the callback it is given (a story
// session's open or save, a window's story actions) and runs the event loop until the
// reply comes: at once on a local file, after the worker's round trip on a server. A
// reply that never comes is a failure of its own, said as such.
template<typename Result, typename Start>
Result awaited(Start &&start, int timeoutMs = 60000)
{
    auto reply = std::make_shared<std::optional<Result>>();
    start([reply](const Result &result) { *reply = result; });
    const QDeadlineTimer deadline(timeoutMs);
    while (!*reply && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 20);
    if (!*reply)
        return Error{Error::Kind::Failure, QStringLiteral("no reply within %1 ms").arg(timeoutMs)};
    return **reply;
}

// Calls `(object.*method)(args..., reply)` and waits for its Status.
template<typename Object, typename Method, typename... Args>
Status finished(Object &object, Method method, Args &&...args)
{
    return awaited<Status>([&](auto reply) { (object.*method)(std::forward<Args>(args)..., reply); });
}

} // namespace Newsroom
