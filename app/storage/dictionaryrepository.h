// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QStringList>

namespace Newsroom {

class Database;

// The newsroom's own words for the spelling checker, shared by every desk.
class DictionaryRepository
{
public:
    explicit DictionaryRepository(Database &database);

    Expected<QStringList> words() const; // in code-point order
    // Adds a word (one word, no spaces, at most 100 characters); adding it twice is fine.
    Status add(const QString &word, qint64 addedBy = 0);
    Status remove(const QString &word);

private:
    Database &m_db;
};

} // namespace Newsroom
