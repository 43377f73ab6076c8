// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

namespace Newsroom {

// Passwords for shared newsroom servers, kept in the system keychain (Secret Service,
// KWallet, the macOS Keychain, Windows Credential Store) through QtKeychain: never in
// the settings file, never in the database URL that is remembered.
class PasswordStore
{
public:
    // `service` names the application's entries; tests use their own.
    explicit PasswordStore(QString service = QStringLiteral("Newsroom"));

    // The password kept for `account` ("user@host:port/database"); NotFound when none is.
    Expected<QString> read(const QString &account) const;
    Status write(const QString &account, const QString &password) const;
    // Forgetting a password that was never kept is fine.
    Status forget(const QString &account) const;

private:
    QString m_service;
};

} // namespace Newsroom
