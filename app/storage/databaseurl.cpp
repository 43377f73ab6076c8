// SPDX-License-Identifier: GPL-3.0-or-later
#include "databaseurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseUrl)
};

} // namespace

Expected<DatabaseUrl> DatabaseUrl::parse(const QString &text)
{
    DatabaseUrl url;
    if (text.startsWith(u"sqlite:")) {
        QString path = text.mid(7);
        if (path.startsWith(u"//"))
            path = path.mid(2); // sqlite:///abs/path
        if (path.isEmpty())
            return invalid(Words::tr("the database URL '%1' names no file: write sqlite:/path/to/newsroom.db").arg(text));
        url.path = QDir::cleanPath(QDir::current().absoluteFilePath(path));
        return url;
    }

    if (text.startsWith(u"postgresql://") || text.startsWith(u"postgres://")) {
        const QUrl parsed(text, QUrl::StrictMode);
        if (!parsed.isValid())
            return invalid(Words::tr("the database URL '%1' is not valid: %2").arg(text, parsed.errorString()));
        url.engine = Engine::PostgreSQL;
        url.host = parsed.host(QUrl::FullyDecoded);
        url.port = parsed.port(5432);
        url.user = parsed.userName(QUrl::FullyDecoded);
        url.password = parsed.password(QUrl::FullyDecoded);
        url.databaseName = parsed.path(QUrl::FullyDecoded).mid(1);
        if (url.databaseName.isEmpty() || url.databaseName.contains(u'/'))
            return invalid(Words::tr("the database URL '%1' names no database: write postgresql://user@host:5432/newsroom")
                               .arg(text));
        return url;
    }

    return invalid(Words::tr("'%1' is not a database URL: write sqlite:PATH or postgresql://user@host:port/database")
                       .arg(text));
}

DatabaseUrl DatabaseUrl::defaultLocation()
{
    DatabaseUrl url;
    QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    url.path = QDir(folder).filePath(u"newsroom.db"_s);
    return url;
}

Expected<DatabaseUrl> DatabaseUrl::resolve(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty())
        return parse(fromCommandLine);
    const QString fromEnvironment = qEnvironmentVariable("NEWSROOM_DATABASE");
    if (!fromEnvironment.isEmpty())
        return parse(fromEnvironment);
    return defaultLocation();
}

QString DatabaseUrl::toDisplayString() const
{
    if (engine == Engine::SQLite)
        return u"sqlite:"_s + path;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    url.setHost(host.isEmpty() ? u"localhost"_s : host);
    url.setPort(port);
    url.setPath(u"/"_s + databaseName);
    return url.toString();
}

} // namespace Newsroom
