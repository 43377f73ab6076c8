// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdatabases.h"

#include "demo/demonewsroom.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Newsroom::Test {

TestDatabases::TestDatabases() = default;
TestDatabases::~TestDatabases() = default;

void TestDatabases::addEngineRows()
{
    QTest::addColumn<QString>("engine");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

QString TestDatabases::tempPath(const QString &name) const
{
    return m_dir.filePath(name);
}

QString TestDatabases::freshUrl(const QString &engine)
{
    if (engine == u"sqlite")
        return u"sqlite:"_s + m_dir.filePath(u"newsroom-%1.db"_s.arg(++m_files));

    QString error;
    if (!m_postgres.isRunning()) {
        if (m_postgresFailed || !m_postgres.start(&error)) {
            m_postgresFailed = true;
            QTest::qFail(qPrintable(u"cannot start a PostgreSQL cluster: "_s + error), __FILE__, __LINE__);
            return {};
        }
    }
    const QString url = m_postgres.createDatabase(&error);
    if (url.isEmpty())
        QTest::qFail(qPrintable(u"cannot create a PostgreSQL database: "_s + error), __FILE__, __LINE__);
    return url;
}

std::unique_ptr<Database> TestDatabases::openDemo(const QString &path)
{
    DatabaseUrl url;
    url.path = path;
    Expected<std::unique_ptr<Database>> opened = Database::open(url, Database::OpenMode::CreateIfMissing);
    if (!opened) {
        QTest::qFail(qPrintable(opened.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    if (const Expected<qsizetype> loaded = Demo::load(**opened); !loaded) {
        QTest::qFail(qPrintable(loaded.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*opened);
}

std::unique_ptr<Database> TestDatabases::openAs(const QString &url, const QString &login)
{
    Expected<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed)
        return nullptr;
    parsed->user = login;
    Expected<std::unique_ptr<Database>> database = Database::open(*parsed);
    if (!database) {
        qWarning("%s", qPrintable(database.error().message));
        return nullptr;
    }
    return std::move(*database);
}

std::unique_ptr<Database> TestDatabases::open(const QString &url)
{
    const Expected<DatabaseUrl> parsed = DatabaseUrl::parse(url);
    if (!parsed) {
        QTest::qFail(qPrintable(parsed.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    Expected<std::unique_ptr<Database>> database = Database::open(*parsed, Database::OpenMode::CreateIfMissing);
    if (!database) {
        QTest::qFail(qPrintable(database.error().message), __FILE__, __LINE__);
        return nullptr;
    }
    return std::move(*database);
}

std::unique_ptr<Database> TestDatabases::openFresh(const QString &engine)
{
    const QString url = freshUrl(engine);
    return url.isEmpty() ? nullptr : open(url);
}

} // namespace Newsroom::Test
