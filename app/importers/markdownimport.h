// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QStringList>
#include <QTimeZone>

#include <functional>

namespace Newsroom {

class Database;

struct ImportReport
{
    QList<qint64> imported;    // story ids, in file order
    QStringList importedFiles; // their files, in the same order
    QStringList failures;      // one message per file that was refused, saying why
    // Imported as they were, but worth a look: keys of other tools left out, photos that
    // record a GPS position, and published stories that lack what publishing asks for
    // (an archive's old stories keep their status; these are listed to be mended).
    QStringList notes;
    QStringList publishedWithProblems;
    // When the connection to the newsroom was lost: why, and every file that is not in
    // the newsroom because of it (the batch that was open, and all after it).
    QString stoppedBecause;
    QStringList notImported;
};

// Imports Markdown story files (see storyfile.h) into a newsroom. Each file is one
// transaction: its story, photos, category and tags all land, or nothing does.
class MarkdownImporter
{
public:
    explicit MarkdownImporter(Database &database);

    // Who imports: the staff member recorded as each story's creator and as the author of
    // its first revision (0: the newsroom itself, as on a local file or for the owner).
    void setActingPerson(qint64 personId) { m_personId = personId; }

    // The .md and .markdown files named or found in the folders named, sorted by path.
    static Expected<QStringList> collectFiles(const QStringList &paths);

    struct Imported
    {
        qint64 id = 0;
        QStringList notes;
        QString publishedWithProblems; // empty when the story lacks nothing
        QString translationKey;        // the file's, for linkTranslations()
    };
    Expected<Imported> importFile(const QString &path);

    using Progress = std::function<void(qsizetype done, qsizetype total, const QString &file)>;
    // Imports the files, then links the stories that share a translationKey.
    ImportReport importFiles(const QStringList &files, const Progress &progress = {});

    // Links the stories imported with one translationKey as one story in several
    // languages. Each key's original is the story at the key's address (Newsroom writes
    // the original's slug), else the one in the newsroom's language, else the first. What
    // could not be linked (two in one language) is said, one line each; nothing is undone.
    Expected<QStringList> linkTranslations(const QList<std::pair<QString, qint64>> &keyed);

private:
    Database &m_db;
    QTimeZone m_zone;
    qint64 m_personId = 0;
};

} // namespace Newsroom
