// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>
#include <QStringList>

#include <functional>

namespace Newsroom {

class Database;

struct MarkdownExportReport
{
    qsizetype stories = 0;
    int written = 0;
    int unchanged = 0;
    int removed = 0;
    QStringList kept; // files changed by hand or not ours: left as they were, one line each
};

// Writes every story as DIR/<slug>/index.md with its photos beside it (a Hugo "page
// bundle"), in the format MarkdownImporter reads: importing the folder again gives the
// same stories. The folder is guarded as the site's is (OutputFolder): only an empty
// folder or an earlier export-markdown's, and no file replaced or removed that it cannot
// prove it wrote.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(Database &database);

    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    Expected<MarkdownExportReport> exportAll(const QString &folder, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace Newsroom
