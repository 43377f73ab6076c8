// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QString>

#include <functional>

namespace Newsroom {

class Database;

// Writes every story as DIR/<slug>/index.md with its photos beside it (a Hugo "page
// bundle"), in the format MarkdownImporter reads: importing the folder again gives the
// same stories.
class MarkdownExporter
{
public:
    explicit MarkdownExporter(Database &database);

    using Progress = std::function<void(qsizetype done, qsizetype total)>;
    Expected<qsizetype> exportAll(const QString &folder, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace Newsroom
