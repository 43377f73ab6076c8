// SPDX-License-Identifier: GPL-3.0-or-later
#include "passwordstore.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(PasswordStore)
};

// Runs a keychain job to its end. The keychain may ask the person to unlock it, so the
// event loop keeps the window painting meanwhile.
void finish(QKeychain::Job &job)
{
    job.setAutoDelete(false);
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

PasswordStore::PasswordStore(QString service)
    : m_service(std::move(service))
{
}

Expected<QString> PasswordStore::read(const QString &account) const
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(account);
    finish(job);
    if (job.error() == QKeychain::EntryNotFound)
        return Error{Error::Kind::NotFound, Words::tr("no password is kept for %1").arg(account)};
    if (job.error() != QKeychain::NoError)
        return failure(Words::tr("the system keychain cannot be read: %1").arg(job.errorString()));
    return job.textData();
}

Status PasswordStore::write(const QString &account, const QString &password) const
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(account);
    job.setTextData(password);
    finish(job);
    if (job.error() != QKeychain::NoError)
        return failure(Words::tr("the password cannot be kept in the system keychain: %1").arg(job.errorString()));
    return Done{};
}

Status PasswordStore::forget(const QString &account) const
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(account);
    finish(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return failure(Words::tr("the password cannot be removed from the system keychain: %1").arg(job.errorString()));
    return Done{};
}

} // namespace Newsroom
