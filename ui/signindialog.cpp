// SPDX-License-Identifier: GPL-3.0-or-later
#include "signindialog.h"

#include "passwordstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

SignInDialog::SignInDialog(const DatabaseUrl &url, const QString &problem, QWidget *parent)
    : QDialog(parent)
    , m_login(new QLineEdit(url.user, this))
    , m_password(new QLineEdit(this))
    , m_remember(new QCheckBox(tr("&Remember the password in the system keychain"), this))
{
    setObjectName(u"signInDialog"_s);
    setWindowTitle(tr("Sign In to the Newsroom"));
    DatabaseUrl server = url;
    server.user.clear();
    auto *intro = new QLabel(tr("Sign in to <b>%1</b> with your own database login. What you may do there "
                                "(write, edit, publish) is what the server allows that login.")
                                 .arg(server.toDisplayString().toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    auto *problemLabel = new QLabel(problem.toHtmlEscaped(), this);
    problemLabel->setObjectName(u"signInProblem"_s);
    problemLabel->setWordWrap(true);
    problemLabel->setVisible(!problem.isEmpty());
    QPalette warning = problemLabel->palette();
    warning.setColor(QPalette::WindowText, QColor(0xa9, 0x32, 0x26));
    problemLabel->setPalette(warning);

    m_login->setObjectName(u"signInLogin"_s);
    m_login->setAccessibleName(tr("Login"));
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"signInRemember"_s);
    m_remember->setChecked(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Sign In"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(problemLabel);
    layout->addLayout(form);
    layout->addWidget(buttons);
    (m_login->text().isEmpty() ? m_login : m_password)->setFocus();
}

QString keychainAccount(const DatabaseUrl &url)
{
    return url.toDisplayString();
}

Expected<std::unique_ptr<Database>> openSignedIn(DatabaseUrl url, const PasswordStore &passwords, QWidget *parent)
{
    if (url.engine == DatabaseUrl::Engine::SQLite)
        return Database::open(url, Database::OpenMode::CreateIfMissing);
    if (url.password.isEmpty() && !url.user.isEmpty()) {
        if (const Expected<QString> kept = passwords.read(keychainAccount(url)))
            url.password = *kept;
    }
    Expected<std::unique_ptr<Database>> database = Database::open(url, Database::OpenMode::CreateIfMissing);
    while (!database) {
        SignInDialog dialog(url, database.error().message, parent);
        if (dialog.exec() != QDialog::Accepted)
            return database.error();
        url.user = dialog.loginEdit()->text().trimmed();
        url.password = dialog.passwordEdit()->text();
        database = Database::open(url, Database::OpenMode::CreateIfMissing);
        if (database) {
            // Kept only once it is known to work; unticked, any old one goes.
            const Status kept = dialog.rememberBox()->isChecked()
                ? passwords.write(keychainAccount(url), url.password)
                : passwords.forget(keychainAccount(url));
            if (!kept)
                qWarning("newsroom: %s", qPrintable(kept.error().message));
        }
    }
    return database;
}

} // namespace Newsroom
