// SPDX-License-Identifier: GPL-3.0-or-later
// Signing in to a shared newsroom with one's own login: asked until it works, the
// password kept in the system keychain (a real Secret Service, started for this test by
// tests/support/with-keyring.sh) and never in the settings; the next start asks nothing.
#include "passwordstore.h"
#include "postgrescluster.h"
#include "signindialog.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "testdatabases.h"
#include "workflow/workflow.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

const QString Password = u"Весна-2026!"_s;

} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void keychainKeepsAndForgets();
    void signInAsksUntilItWorksThenRemembers();

private:
    Test::PostgresCluster m_cluster;
    QString m_url;
    PasswordStore m_passwords{u"NewsroomTests"_s};
};

void TestSignIn::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"NewsroomTests"_s);
    QCoreApplication::setApplicationName(u"tst_signin"_s);
    QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
             "run through ctest: the test needs the D-Bus session and keyring with-keyring.sh starts");
    QString error;
    QVERIFY2(m_cluster.start(&error), qPrintable(error));
    m_url = m_cluster.createDatabase(&error);
    QVERIFY2(!m_url.isEmpty(), qPrintable(error));
    const Expected<DatabaseUrl> ownerUrl = DatabaseUrl::parse(m_url);
    auto owner = Database::open(*ownerUrl, Database::OpenMode::CreateIfMissing); // the newsroom is set up
    QVERIFY2(owner, qPrintable(Test::errorText(owner)));
    QSqlQuery setup((*owner)->connection());
    QVERIFY(setup.exec(u"CREATE ROLE aigerim LOGIN PASSWORD '%1' IN ROLE newsroom_reporter"_s.arg(Password)));
    QVERIFY(PeopleRepository(**owner).add(Person{0, u"Айгерим Сапарова"_s, Role::Reporter, u"aigerim"_s}));
    QVERIFY2(m_cluster.requirePassword(u"aigerim"_s, &error), qPrintable(error));
}

void TestSignIn::keychainKeepsAndForgets()
{
    const QString account = u"postgresql://olga@news.example.kz:5432/newsroom"_s;
    QCOMPARE(m_passwords.read(account).error().kind, Error::Kind::NotFound);
    const Status written = m_passwords.write(account, Password);
    QVERIFY2(written, qPrintable(Test::errorText(written)));
    const Expected<QString> kept = m_passwords.read(account);
    QVERIFY2(kept, qPrintable(Test::errorText(kept)));
    QCOMPARE(*kept, Password);
    QVERIFY(m_passwords.forget(account));
    QCOMPARE(m_passwords.read(account).error().kind, Error::Kind::NotFound);
    QVERIFY(m_passwords.forget(account)); // twice is fine
}

void TestSignIn::signInAsksUntilItWorksThenRemembers()
{
    Expected<DatabaseUrl> url = DatabaseUrl::parse(m_url);
    QVERIFY(url);
    url->user = u"aigerim"_s;
    url->password.clear();

    // First the wrong password, then the right one; the dialog says why it asks again.
    QStringList problems;
    int asked = 0;
    QTimer answer;
    connect(&answer, &QTimer::timeout, this, [&] {
        auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        ++asked;
        problems.append(dialog->findChild<QLabel *>(u"signInProblem"_s)->text());
        QCOMPARE(dialog->loginEdit()->text(), u"aigerim"_s);
        dialog->passwordEdit()->setText(asked == 1 ? u"неверный"_s : Password);
        QVERIFY(dialog->rememberBox()->isChecked());
        dialog->accept();
    });
    answer.start(20);
    {
        Expected<std::unique_ptr<Database>> db = openSignedIn(*url, m_passwords);
        QVERIFY2(db, qPrintable(Test::errorText(db)));
        QCOMPARE(asked, 2);
        QVERIFY2(problems.at(0).contains(u"password"_s), qPrintable(problems.at(0)));
        QVERIFY2(problems.at(1).contains(u"password authentication failed"_s), qPrintable(problems.at(1)));
        const Expected<Actor> actor = Actor::signedIn(**db);
        QVERIFY(actor);
        QCOMPARE(actor->name, u"Айгерим Сапарова"_s);
        // What is remembered as the last newsroom has no password in it.
        QVERIFY(!(*db)->url().toDisplayString().contains(Password));
    }
    const Expected<QString> kept = m_passwords.read(keychainAccount(*url));
    QVERIFY2(kept, qPrintable(Test::errorText(kept)));
    QCOMPARE(*kept, Password);

    // The next start signs in from the keychain without asking.
    asked = 0;
    {
        Expected<std::unique_ptr<Database>> db = openSignedIn(*url, m_passwords);
        QVERIFY2(db, qPrintable(Test::errorText(db)));
        QCOMPARE(asked, 0);
    }
    answer.stop();

    // Nothing of it in the settings file.
    QSettings settings;
    settings.setValue(u"Database/last"_s, url->toDisplayString());
    settings.sync();
    QFile file(settings.fileName());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(!QString::fromUtf8(file.readAll()).contains(Password));

    // Cancelling gives the reason back, and no database.
    QVERIFY(m_passwords.forget(keychainAccount(*url)));
    QTimer::singleShot(50, this, [] {
        if (auto *dialog = qobject_cast<SignInDialog *>(QApplication::activeModalWidget()))
            dialog->reject();
    });
    const Expected<std::unique_ptr<Database>> cancelled = openSignedIn(*url, m_passwords);
    QVERIFY(!cancelled);
    QVERIFY2(cancelled.error().message.contains(u"password"_s), qPrintable(cancelled.error().message));
}

QTEST_MAIN(TestSignIn)
#include "tst_signin.moc"
