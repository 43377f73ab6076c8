// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/database.h"

#include <QDialog>

#include <memory>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Newsroom {

class PasswordStore;

// Signing in to a shared newsroom server with one's own database login: the server and
// database are given; login and password are asked, and the password may be kept in
// the system keychain.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    // `problem` says why this is asked again (a wrong password, a server away).
    SignInDialog(const DatabaseUrl &url, const QString &problem, QWidget *parent = nullptr);

    QLineEdit *loginEdit() const { return m_login; }
    QLineEdit *passwordEdit() const { return m_password; }
    QCheckBox *rememberBox() const { return m_remember; }

private:
    QLineEdit *m_login;
    QLineEdit *m_password;
    QCheckBox *m_remember;
};

// The keychain entry of a server login: the URL as shown, never with a password.
QString keychainAccount(const DatabaseUrl &url);

// Opens a newsroom. A shared server is signed in to as its person: with the password in
// the URL, $PGPASSWORD or ~/.pgpass, else the one kept in the keychain, else by asking,
// until it works or the person cancels (then the last reason is returned).
Expected<std::unique_ptr<Database>> openSignedIn(DatabaseUrl url, const PasswordStore &passwords,
                                                 QWidget *parent = nullptr);

} // namespace Newsroom
