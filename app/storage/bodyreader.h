// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "domain/result.h"

#include <memory>


namespace Newsroom {

class Statement;

class Database;

// The bodies of the stories in one status, read in the order of
// ArticleRepository::loadAllWithStatus() as they are asked for: one pass over the archive
// when most are wanted, one query each when few are. Use it within Database::read() so
// that both see the same stories.
class BodyReader
{
public:
    BodyReader(Database &database, ArticleStatus status);
    ~BodyReader();
    BodyReader(const BodyReader &) = delete;
    BodyReader &operator=(const BodyReader &) = delete;

    // How many bodies will be asked for out of how many stories, to choose
    // between one pass and one query each.
    void expect(qsizetype wanted, qsizetype stories);
    Expected<QString> body(qint64 id);

private:
    Expected<QString> bodyAlone(qint64 id);

    Database &m_db;
    ArticleStatus m_status;
    std::unique_ptr<Statement> m_pass; // the one pass, when chosen and begun
    bool m_onePass = false;
    bool m_passEnded = false;
};

} // namespace Newsroom
