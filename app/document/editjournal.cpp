// SPDX-License-Identifier: GPL-3.0-or-later
#include "editjournal.h"

#include "domain/articlejson.h"
#include "storage/databaseurl.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr int Format = 1;

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(EditJournal)
};

bool isValidKey(const QString &key)
{
    static const QRegularExpression pattern(u"^(story-[0-9]+|new-[0-9a-f-]{36})$"_s);
    return pattern.match(key).hasMatch();
}

} // namespace

EditJournal::EditJournal(QString folder)
    : m_folder(std::move(folder))
{
}

QString EditJournal::folderFor(const DatabaseUrl &url)
{
    const QByteArray id = QCryptographicHash::hash(url.toDisplayString().toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/journal/"_s + QString::fromLatin1(id);
}

QString EditJournal::pathFor(const QString &key) const
{
    return m_folder + u'/' + key + u".json"_s;
}

Status EditJournal::write(const QString &key, const Article &article) const
{
    Q_ASSERT(isValidKey(key));
    if (!QDir().mkpath(m_folder))
        return failure(Words::tr("cannot create the folder %1 for unsaved work").arg(QDir::toNativeSeparators(m_folder)));
    const QJsonObject entry{
        {u"format"_s, Format},
        {u"written"_s, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {u"article"_s, toJson(article)},
    };
    const QString path = pathFor(key);
    // QSaveFile writes beside the file, flushes to disk and renames over it.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(entry).toJson(QJsonDocument::Compact)) < 0
        || !file.commit())
        return failure(Words::tr("cannot keep unsaved work in %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return Done{};
}

Status EditJournal::remove(const QString &key) const
{
    const QString path = pathFor(key);
    if (QFile::exists(path) && !QFile::remove(path))
        return failure(Words::tr("cannot remove %1").arg(QDir::toNativeSeparators(path)));
    return Done{};
}

QList<EditJournal::Entry> EditJournal::entries(QStringList *problems) const
{
    QList<Entry> result;
    const QDir dir(m_folder);
    for (const QString &name : dir.entryList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        const QString key = name.chopped(5);
        if (!isValidKey(key))
            continue;
        const QString path = dir.filePath(name);
        auto problem = [&](const QString &reason) {
            if (problems)
                problems->append(Words::tr("%1: %2").arg(QDir::toNativeSeparators(path), reason));
        };
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            problem(file.errorString());
            continue;
        }
        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &error);
        if (!json.isObject()) {
            problem(Words::tr("not readable at byte %1: %2").arg(error.offset).arg(error.errorString()));
            continue;
        }
        const QJsonObject object = json.object();
        if (object.value(u"format"_s).toInt() != Format) {
            problem(Words::tr("written by another version of Newsroom"));
            continue;
        }
        const Expected<Article> article = articleFromJson(object.value(u"article"_s).toObject());
        if (!article) {
            problem(article.error().message);
            continue;
        }
        result.append({key, *article,
                       QDateTime::fromString(object.value(u"written"_s).toString(), Qt::ISODateWithMs).toUTC(), path});
    }
    std::stable_sort(result.begin(), result.end(), [](const Entry &a, const Entry &b) { return a.written < b.written; });
    return result;
}

} // namespace Newsroom
