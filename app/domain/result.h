// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <utility>
#include <variant>

namespace Newsroom {

// Why an operation did not happen. Core never shows it; the UI or a command does.
struct Error
{
    enum class Kind {
        Failure,    // I/O, database or other environment trouble
        Invalid,    // the input is wrong: a bad URL, a missing field, a malformed file
        NotFound,
        Conflict,   // someone else changed it first
        Permission, // the current person may not do this
        Cancelled,  // the person chose not to go on (a merge left for later)
    };

    Kind kind = Kind::Failure;
    QString message;
    // A race with a colleague that the server broke off (a deadlock, the same new tag or
    // address saved at the same moment): the same work, tried again, may well succeed.
    bool transient = false;
};

// A value or the Error that prevented it (std::expected is C++23).
template<typename T>
class [[nodiscard]] Expected
{
public:
    Expected(T value) : m_state(std::move(value)) { }
    Expected(Error error) : m_state(std::move(error)) { }

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T &value() & { return std::get<T>(m_state); }
    const T &value() const & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }
    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }

    const Error &error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

// For operations that return nothing but may fail.
struct Done
{
};
using Status = Expected<Done>;

inline Error failure(QString message)
{
    return {Error::Kind::Failure, std::move(message)};
}

inline Error invalid(QString message)
{
    return {Error::Kind::Invalid, std::move(message)};
}

// The same error said in other words (naming the file it is about, say): kind and
// transience stay.
inline Error reworded(Error error, QString message)
{
    error.message = std::move(message);
    return error;
}

} // namespace Newsroom
