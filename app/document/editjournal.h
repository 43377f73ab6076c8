// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace Newsroom {

struct DatabaseUrl;

// What a reporter typed and the database does not have yet, kept in local files so that
// a crash, a kill or a server that went away loses nothing. One file per story being
// edited, replaced atomically (QSaveFile: the old copy or the new, never half of one),
// in a folder per database. The database is never involved: the journal works when it
// is gone.
class EditJournal
{
public:
    struct Entry
    {
        QString key;        // "story-42", or "new-<uuid>" for a story never saved
        Article article;    // as typed; id and revision are those it was started from
        QDateTime written;  // UTC
        QString fileName;
    };

    explicit EditJournal(QString folder);
    // The folder for a database, under the platform's application data location.
    static QString folderFor(const DatabaseUrl &url);

    const QString &folder() const { return m_folder; }

    Status write(const QString &key, const Article &article) const;
    Status remove(const QString &key) const;

    // Every story kept, oldest first. A file that cannot be read is reported in
    // `problems` (naming it) and left where it is, for a person to look at.
    QList<Entry> entries(QStringList *problems = nullptr) const;

private:
    QString pathFor(const QString &key) const;

    QString m_folder;
};

} // namespace Newsroom
