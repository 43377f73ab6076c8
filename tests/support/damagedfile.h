// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>

// Damage done to a closed newsroom file the way a failing disk does it. Header-only, for
// tests that link no library.
namespace Newsroom::Test {

// Writes over the first page of `table` (its b-tree root); the schema still reads, that
// table does not. False when the file or the table cannot be found.
inline bool damageTable(const QString &path, const QString &table)
{
    int rootPage = 0;
    int pageSize = 0;
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("damage"));
        raw.setDatabaseName(path);
        if (!raw.open())
            return false;
        QSqlQuery query(raw);
        query.prepare(QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = ?"));
        query.addBindValue(table);
        if (query.exec() && query.next())
            rootPage = query.value(0).toInt();
        if (query.exec(QStringLiteral("PRAGMA page_size")) && query.next())
            pageSize = query.value(0).toInt();
        query.finish();
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("damage"));
    QFile file(path);
    return rootPage > 1 && file.open(QIODevice::ReadWrite) && file.seek(qint64(rootPage - 1) * pageSize)
        && file.write(QByteArray(64, '\xee')) == 64;
}

} // namespace Newsroom::Test
