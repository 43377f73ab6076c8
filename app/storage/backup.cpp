// SPDX-License-Identifier: GPL-3.0-or-later
#include "backup.h"

#include "articlerepository.h"
#include "database.h"
#include "migrations.h"
#include "statement.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Newsroom::Backup {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// Parents before children, so foreign keys hold while copying. (photo_thumbnails stays
// out: each desk makes its own again from the photos.) Each side keeps its own
// schema_migrations: both are at this program's latest version once opened.
const QStringList Tables = {
    u"people"_s, u"categories"_s, u"tags"_s, u"photos"_s, u"articles"_s,
    u"bylines"_s, u"article_photos"_s, u"article_tags"_s, u"revisions"_s, u"workflow_events"_s,
    u"comments"_s, u"site_settings"_s, u"dictionary_words"_s,
};

const QStringList TablesWithIdentity = {
    u"people"_s, u"categories"_s, u"tags"_s, u"photos"_s, u"articles"_s,
    u"revisions"_s, u"workflow_events"_s, u"comments"_s,
};

Status syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
    if (fd < 0 || ::fsync(fd) != 0) {
        if (fd >= 0)
            ::close(fd);
        return failure(Words::tr("cannot flush %1 to disk").arg(QDir::toNativeSeparators(path)));
    }
    ::close(fd);
    return Done{};
}

// Renames a finished file into place and makes both the file and the rename durable.
Status publish(const QString &partial, const QString &path)
{
    if (Status synced = syncPath(partial); !synced)
        return synced;
    if (::rename(QFile::encodeName(partial).constData(), QFile::encodeName(path).constData()) != 0)
        return failure(Words::tr("cannot move the finished file to %1").arg(QDir::toNativeSeparators(path)));
    return syncPath(QFileInfo(path).absolutePath());
}

void removeSqliteFiles(const QString &path)
{
    for (const QString &suffix : {QString(), u"-wal"_s, u"-shm"_s, u"-journal"_s})
        QFile::remove(path + suffix);
}

// Copies every table into `to`, a newsroom with no stories yet: what it started with (its
// settings, the words of its dictionary) gives way to the copy's.
Status copyTables(Database &from, Database &to)
{
    for (const QString &table : {u"site_settings"_s, u"dictionary_words"_s}) {
        if (Status cleared = to.exec(u"DELETE FROM "_s + table); !cleared)
            return cleared;
    }
    for (const QString &table : Tables) {
        Statement select = from.prepare(u"SELECT * FROM "_s + table);
        if (Status ran = from.exec(select); !ran)
            return ran;
        Statement insert;
        QStringList columns;
        while (select.next()) {
            const QSqlRecord record = select.record();
            if (columns.isEmpty()) {
                for (int i = 0; i < record.count(); ++i)
                    columns.append(record.fieldName(i));
                QStringList marks;
                for (const QString &column : columns)
                    marks.append(u':' + column);
                // A server gives ids itself (GENERATED ALWAYS); a restore keeps the copied ones.
                const QString overriding = !to.isSQLite() && TablesWithIdentity.contains(table)
                    ? u" OVERRIDING SYSTEM VALUE"_s
                    : QString();
                insert = to.prepare(u"INSERT INTO "_s + table + u" ("_s + columns.join(u", "_s) + u')' + overriding
                                    + u" VALUES ("_s + marks.join(u", "_s) + u')');
            }
            for (int i = 0; i < columns.size(); ++i)
                insert.bindValue(u':' + columns.at(i), record.value(i));
            if (Status ran = to.exec(insert); !ran)
                return Error{ran.error().kind, Words::tr("copying %1: %2").arg(table, ran.error().message)};
        }
    }
    if (!to.isSQLite()) {
        // Identity columns continue after the copied ids.
        for (const QString &table : TablesWithIdentity) {
            if (Status ran = to.exec(u"SELECT setval(pg_get_serial_sequence('%1', 'id'), "
                                     "coalesce((SELECT max(id) FROM %1), 0) + 1, false)"_s.arg(table));
                !ran)
                return ran;
        }
    }
    // The search index is derived: rebuilt for the target's engine.
    Statement ids = to.prepare(u"SELECT id FROM articles ORDER BY id"_s);
    if (Status ran = to.exec(ids); !ran)
        return ran;
    QList<qint64> articleIds;
    while (ids.next())
        articleIds.append(ids.value(0).toLongLong());
    ids.finish();
    ArticleRepository articles(to);
    for (qint64 id : articleIds)
        if (Status indexed = articles.reindex(id); !indexed)
            return indexed;
    return Done{};
}

// A SHA-256 over every row of every table, in rowid order: integrity_check finds broken
// pages, this finds a flipped byte inside a story's text or a photo.
Expected<QByteArray> contentDigest(const QSqlDatabase &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    for (const QString &table : Tables) {
        QSqlQuery rows(db);
        rows.setForwardOnly(true);
        if (!rows.exec(u"SELECT * FROM "_s + table + u" ORDER BY rowid"_s))
            return invalid(rows.lastError().databaseText());
        hash.addData(table.toUtf8());
        while (rows.next()) {
            const QSqlRecord record = rows.record();
            for (int i = 0; i < record.count(); ++i) {
                const QVariant value = record.value(i);
                QByteArray bytes;
                char type = 'n';
                if (value.isNull()) {
                    type = 'n';
                } else if (value.typeId() == QMetaType::QByteArray) {
                    type = 'b';
                    bytes = value.toByteArray();
                } else if (value.typeId() == QMetaType::QString) {
                    type = 't';
                    bytes = value.toString().toUtf8();
                } else {
                    type = 'v';
                    bytes = value.toString().toUtf8();
                }
                const qint64 size = bytes.size();
                hash.addData(QByteArrayView(&type, 1));
                hash.addData(QByteArrayView(reinterpret_cast<const char *>(&size), sizeof size));
                hash.addData(bytes);
            }
        }
    }
    return hash.result().toHex();
}

} // namespace

Status verify(const QString &path)
{
    const QString where = QDir::toNativeSeparators(path);
    if (!QFileInfo(path).isFile())
        return Error{Error::Kind::NotFound, Words::tr("%1: no such backup file").arg(where)};
    const QString connection = u"newsroom-verify-"_s + QString::number(quintptr(&path));
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        if (!db.open()) {
            result = invalid(Words::tr("%1 cannot be opened as a backup: %2").arg(where, db.lastError().text()));
        } else {
            QSqlQuery check(db);
            if (!check.exec(u"PRAGMA integrity_check"_s) || !check.next()) {
                result = invalid(Words::tr("%1 is damaged or not a newsroom backup: %2").arg(where, check.lastError().databaseText()));
            } else if (const QString verdict = check.value(0).toString(); verdict != u"ok") {
                // SQLite lists every damaged page; the first real finding says enough.
                QStringList findings = verdict.split(u'\n', Qt::SkipEmptyParts);
                findings.removeIf([](const QString &line) { return line.startsWith(u"***"); });
                result = invalid(Words::tr("%1 is damaged: %2").arg(where, findings.value(0, verdict)));
            } else {
                check.finish();
                QSqlQuery version(db);
                if (!version.exec(u"SELECT max(version) FROM schema_migrations"_s) || !version.next())
                    result = invalid(Words::tr("%1 is an SQLite file but not a newsroom backup").arg(where));
                else if (version.value(0).toInt() > Migrations::latestVersion(DatabaseUrl::Engine::SQLite))
                    result = invalid(Words::tr("%1 was made by a newer Newsroom (schema %2); update Newsroom to restore it")
                                         .arg(where)
                                         .arg(version.value(0).toInt()));
                version.finish();
                QSqlQuery recorded(db);
                // The checksum is what tells a backup from a file someone edited: without
                // it (a plain newsroom file, or a backup whose checksum was taken out)
                // nothing is restored.
                if (result && !(recorded.exec(u"SELECT digest FROM backup_digest"_s) && recorded.next())) {
                    result = invalid(Words::tr("%1 has no checksum: it is not a backup made by `newsroom backup`, or its "
                                        "checksum was taken out. Nothing was restored. A newsroom file can be opened "
                                        "as it is, with --database sqlite:%1")
                                         .arg(where));
                } else if (result) {
                    const QByteArray expected = recorded.value(0).toString().toLatin1();
                    recorded.finish();
                    const Expected<QByteArray> actual = contentDigest(db);
                    if (!actual || *actual != expected)
                        result = invalid(Words::tr("%1 is damaged: its contents no longer match the checksum taken when "
                                            "the backup was made")
                                             .arg(where));
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

Expected<Summary> inspect(const QString &path)
{
    if (Status checked = verify(path); !checked)
        return checked.error();
    const QString connection = u"newsroom-inspect-"_s + QString::number(quintptr(&path));
    Expected<Summary> result = Summary{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QSqlQuery query(db);
        const auto read = [&](const QString &sql) { return query.exec(sql) && query.next(); };
        if (!db.open() || !read(u"SELECT made_at FROM backup_digest"_s)) {
            result = invalid(
                Words::tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), db.lastError().text()));
        } else {
            result->madeAt = QDateTime::fromMSecsSinceEpoch(query.value(0).toLongLong());
            if (read(u"SELECT count(*) FROM articles"_s))
                result->stories = query.value(0).toLongLong();
            if (read(u"SELECT value FROM site_settings WHERE key = 'name'"_s))
                result->newsroomName = query.value(0).toString();
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

namespace {

Status createPrivateFile(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return failure(Words::tr("cannot create %1: %2").arg(QDir::toNativeSeparators(path), QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    return Done{};
}

Status recordDigest(const QString &path)
{
    const QString connection = u"newsroom-digest-"_s + QString::number(quintptr(&path));
    Status result = Done{};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        QSqlQuery query(db);
        Expected<QByteArray> digest = QByteArray();
        if (!db.open())
            result = failure(Words::tr("cannot open %1: %2").arg(path, db.lastError().text()));
        else if (!(digest = contentDigest(db)))
            result = digest.error();
        else if (!query.exec(u"PRAGMA journal_mode = DELETE"_s)
                 || !query.exec(u"CREATE TABLE backup_digest (digest TEXT NOT NULL, made_at BIGINT NOT NULL)"_s)
                 || !query.prepare(u"INSERT INTO backup_digest (digest, made_at) VALUES (:digest, :at)"_s))
            result = failure(Words::tr("cannot write to %1: %2").arg(path, query.lastError().text()));
        if (result) {
            query.bindValue(u":digest"_s, QString::fromLatin1(*digest));
            query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
            if (!query.exec())
                result = failure(Words::tr("cannot write to %1: %2").arg(path, query.lastError().text()));
        }
        query.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

} // namespace

Status create(Database &source, const QString &path)
{
    const QFileInfo info(path);
    if (info.exists())
        return invalid(Words::tr("%1 already exists; choose a new name for the backup").arg(QDir::toNativeSeparators(path)));
    // A folder that is not there is not made: a backup meant for a disk that is not
    // mounted must fail, not land on the local one.
    if (!QFileInfo(info.absolutePath()).isDir())
        return invalid(Words::tr("the folder %1 does not exist; create it, or choose another")
                           .arg(QDir::toNativeSeparators(info.absolutePath())));
    const QString partial = info.absoluteFilePath() + u".partial"_s;
    removeSqliteFiles(partial);
    // A backup holds drafts, comments and embargoed stories: for its owner's eyes only.
    // SQLite gives its journal files the same mode as the file they belong to.
    if (Status made = createPrivateFile(partial); !made)
        return made;

    Status made = Done{};
    if (source.isSQLite()) {
        // A fault writing the copy is the backup file's, and named so: not the newsroom's.
        Statement vacuum = source.prepare(u"VACUUM INTO :path"_s);
        vacuum.bindValue(u":path"_s, partial);
        if (!vacuum.query().exec()) {
            const QString disk = Database::diskProblem(vacuum.lastError());
            made = disk.isEmpty() ? Status(source.errorFrom(vacuum))
                                  : failure(Words::tr("cannot write the backup %1: %2")
                                                .arg(QDir::toNativeSeparators(info.absoluteFilePath()), disk));
        }
    } else {
        DatabaseUrl target;
        target.path = partial;
        Expected<std::unique_ptr<Database>> copy = Database::open(target, Database::OpenMode::CreateIfMissing);
        if (!copy) {
            made = copy.error();
        } else {
            Database &to = **copy;
            made = source.exec(u"BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"_s);
            if (made) {
                made = to.write([&] { return copyTables(source, to); });
                (void)source.exec(u"COMMIT"_s);
            }
            if (made)
                made = to.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            copy->reset();
        }
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
    }
    if (made)
        made = recordDigest(partial);
    if (made)
        made = verify(partial);
    if (made)
        made = publish(partial, info.absoluteFilePath());
    if (!made)
        removeSqliteFiles(partial);
    return made;
}

Status restore(const QString &path, const DatabaseUrl &target, bool replace)
{
    if (Status checked = verify(path); !checked)
        return checked;

    if (target.engine == DatabaseUrl::Engine::SQLite) {
        const QFileInfo info(target.path);
        if (info.exists() && !replace)
            return invalid(Words::tr("%1 already exists; restore to a new file, or pass --replace to overwrite it")
                               .arg(QDir::toNativeSeparators(target.path)));
        if (!QFileInfo(info.absolutePath()).isDir())
            return invalid(Words::tr("the folder %1 does not exist; create it, or choose another")
                               .arg(QDir::toNativeSeparators(info.absolutePath())));
        const QString partial = info.absoluteFilePath() + u".restoring"_s;
        removeSqliteFiles(partial);
        if (QFile backup(path); !backup.copy(partial))
            return failure(Words::tr("cannot copy %1 to %2: %3")
                               .arg(QDir::toNativeSeparators(path), QDir::toNativeSeparators(partial), backup.errorString()));
        // Open the copy once: it brings an older backup's schema up to date.
        {
            DatabaseUrl copyUrl;
            copyUrl.path = partial;
            Expected<std::unique_ptr<Database>> opened = Database::open(copyUrl);
            if (!opened) {
                removeSqliteFiles(partial);
                return opened.error();
            }
            if (Status dropped = (*opened)->exec(u"DROP TABLE IF EXISTS backup_digest"_s); !dropped) {
                opened->reset();
                removeSqliteFiles(partial);
                return dropped;
            }
            (void)(*opened)->exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        QFile::remove(partial + u"-wal"_s);
        QFile::remove(partial + u"-shm"_s);
        if (info.exists()) {
            QFile::remove(target.path + u"-wal"_s);
            QFile::remove(target.path + u"-shm"_s);
        }
        return publish(partial, info.absoluteFilePath());
    }

    // Read from a copy: opening a newsroom file may bring its schema up to date.
    QTemporaryDir scratch;
    DatabaseUrl sourceUrl;
    sourceUrl.path = scratch.filePath(u"backup.db"_s);
    if (!scratch.isValid())
        return failure(Words::tr("cannot make a temporary folder to read %1 from: %2")
                           .arg(QDir::toNativeSeparators(path), scratch.errorString()));
    if (QFile backup(path); !backup.copy(sourceUrl.path))
        return failure(Words::tr("cannot copy %1 to a temporary folder: %2").arg(QDir::toNativeSeparators(path), backup.errorString()));
    Expected<std::unique_ptr<Database>> source = Database::open(sourceUrl);
    if (!source)
        return source.error();
    Expected<std::unique_ptr<Database>> destination = Database::open(target, Database::OpenMode::CreateIfMissing);
    if (!destination)
        return destination.error();
    Database &to = **destination;
    const Expected<qint64> stories = ArticleRepository(to).count();
    if (!stories)
        return stories.error();
    if (*stories > 0)
        return invalid(Words::tr("%1 already holds %n story(s); restore into an empty newsroom database", nullptr, int(*stories))
                           .arg(target.toDisplayString()));
    return to.write([&] { return copyTables(**source, to); });
}

} // namespace Newsroom::Backup
