// SPDX-License-Identifier: GPL-3.0-or-later
#include "commandsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include "storage/articlerepository.h"
#include "storage/sitesettingsrepository.h"

#include <QCoreApplication>

#include <cstdio>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsroom::Cli {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Cli)
};

} // namespace

std::optional<int> parseOptions(Context &context, QCommandLineParser &parser, const QString &command,
                                const QString &description, const QString &positionalSyntax)
{
    parser.setApplicationDescription(description);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help({u"h"_s, u"help"_s}, Words::tr("Show this help."));
    parser.addOption(help);
    if (!positionalSyntax.isEmpty())
        parser.addPositionalArgument(positionalSyntax, QString(), positionalSyntax);

    if (!parser.parse(QStringList{u"newsroom "_s + command} + context.invocation.commandArguments)) {
        context.err << "newsroom " << command << ": " << parser.errorText() << Qt::endl
                    << Words::tr("Try 'newsroom %1 --help'.").arg(command) << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // The parser names the executable as it was started; say the command too (in the
        // words Qt's catalogue gave the parser: "Usage: ", "Қолданылуы: ").
        const QString usage = QCoreApplication::translate("QCommandLineParser", "Usage: %1");
        const QString before = usage.left(usage.indexOf(u"%1"_s));
        const qsizetype options = text.indexOf(u' ' + QCoreApplication::translate("QCommandLineParser", "[options]"));
        if (!before.isEmpty() && text.startsWith(before) && options > before.size())
            text.replace(before.size(), options - before.size(), u"newsroom "_s + command);
        context.out << text;
        context.out << Words::tr("\nCommon options (before or after the command):\n"
                          "  --database <url>  sqlite:PATH or postgresql://user@host:port/database;\n"
                          "                    else $NEWSROOM_DATABASE, else the default file.\n");
        return ExitSuccess;
    }
    // A word the command takes none of is a mistake said, never ignored (`list draft`).
    if (positionalSyntax.isEmpty() && !parser.positionalArguments().isEmpty())
        return usageError(context, command, Words::tr("unexpected argument “%1”").arg(parser.positionalArguments().first()));
    return std::nullopt;
}

std::optional<int> positiveNumber(const QString &text)
{
    bool ok = false;
    const int value = text.trimmed().toInt(&ok);
    if (!ok || value < 1)
        return std::nullopt;
    return value;
}

int fail(Context &context, const QString &command, const Error &error)
{
    context.err << "newsroom " << command << ": " << error.message << Qt::endl;
    return error.kind == Error::Kind::Conflict || error.kind == Error::Kind::Permission ? ExitRefused : ExitFailure;
}

int usageError(Context &context, const QString &command, const QString &message)
{
    context.err << "newsroom " << command << ": " << message << Qt::endl
                << Words::tr("Try 'newsroom %1 --help'.").arg(command) << Qt::endl;
    return ExitUsage;
}

Expected<std::unique_ptr<Database>> openDatabase(const Context &context, Database::OpenMode mode)
{
    const Expected<DatabaseUrl> url = DatabaseUrl::resolve(context.invocation.database);
    if (!url)
        return url.error();
    return Database::open(*url, mode);
}

QTimeZone newsroomZone(Database &database)
{
    return SiteSettingsRepository(database).timeZone();
}

QString formatTime(const QDateTime &time, const QTimeZone &zone)
{
    return time.isValid() ? time.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : QString();
}

std::optional<QDateTime> parseTime(const QString &text, const QTimeZone &zone)
{
    QDateTime time = QDateTime::fromString(text, Qt::ISODate);
    if (time.isValid()) {
        if (time.timeSpec() == Qt::LocalTime)
            time = QDateTime(time.date(), time.time(), zone);
        return time.toUTC();
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (date.isValid())
        return QDateTime(date, QTime(0, 0), zone).toUTC();
    return std::nullopt;
}

bool isTerminal(FILE *stream)
{
    return ::isatty(::fileno(stream)) != 0;
}

void printJson(Context &context, const QJsonValue &value)
{
    const QJsonDocument document = value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
    context.out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

Expected<qint64> storyId(Database &database, const QString &which)
{
    bool isId = false;
    const qint64 id = which.toLongLong(&isId);
    if (isId)
        return id;
    const Expected<Article> story = ArticleRepository(database).loadBySlug(which);
    if (!story)
        return story.error();
    return story->id;
}

} // namespace Newsroom::Cli
