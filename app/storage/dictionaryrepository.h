// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dictionaryword.h"
#include "domain/result.h"

#include <QList>

namespace Newsroom {

class Database;

// The newsroom's own words for the spelling checker, shared by every desk. A new newsroom
// starts with the words of Kazakhstan the spelling dictionaries lack (migration 0007);
// the newsroom keeps, removes and adds to them as it likes.
class DictionaryRepository
{
public:
    explicit DictionaryRepository(Database &database);

    Expected<QList<DictionaryWord>> words() const; // in code-point order
    // Adds a word (one word, no spaces, at most 100 characters); adding one it has is
    // fine, and changes whether it is exact if that differs.
    Status add(const DictionaryWord &word, qint64 addedBy = 0);
    // Removes a word, said as NotFound when the dictionary does not have it (on a server,
    // editors and admins only).
    Status remove(const QString &word);

private:
    Database &m_db;
};

} // namespace Newsroom
