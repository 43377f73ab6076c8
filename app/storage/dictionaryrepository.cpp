// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryrepository.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>
#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

} // namespace

DictionaryRepository::DictionaryRepository(Database &database)
    : m_db(database)
{
}

Expected<QList<DictionaryWord>> DictionaryRepository::words() const
{
    Statement query = m_db.prepare(u"SELECT word, exact FROM dictionary_words"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<DictionaryWord> words;
    while (query.next())
        words.append({query.value(0).toString(), query.value(1).toInt() != 0});
    // The same order on both engines, whatever their collation.
    std::ranges::sort(words, {}, &DictionaryWord::word);
    return words;
}

Status DictionaryRepository::add(const DictionaryWord &word, qint64 addedBy)
{
    const QString trimmed = word.word.trimmed();
    if (trimmed.isEmpty())
        return invalid(Words::tr("the word is empty"));
    if (std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return invalid(Words::tr("“%1” has a space in it: the dictionary takes one word at a time").arg(trimmed));
    if (trimmed.size() > 100)
        return invalid(Words::tr("“%1…” is longer than 100 characters").arg(trimmed.left(20)));
    return m_db.write([&]() -> Status {
        Statement known = m_db.prepare(u"SELECT exact FROM dictionary_words WHERE word = :word"_s);
        known.bindValue(u":word"_s, trimmed);
        if (Status ran = m_db.exec(known); !ran)
            return ran;
        if (known.next()) {
            if ((known.value(0).toInt() != 0) == word.exact)
                return Done{}; // there already
            // Only the form changes (on a server, as any change of a word, editors only).
            Statement change = m_db.prepare(u"UPDATE dictionary_words SET exact = :exact WHERE word = :word"_s);
            change.bindValue(u":exact"_s, word.exact ? 1 : 0);
            change.bindValue(u":word"_s, trimmed);
            return m_db.exec(change);
        }
        Statement query = m_db.prepare(
            u"INSERT INTO dictionary_words (word, exact, added_by, added_at) VALUES (:word, :exact, :by, :at) "
            "ON CONFLICT (word) DO NOTHING"_s);
        query.bindValue(u":word"_s, trimmed);
        query.bindValue(u":exact"_s, word.exact ? 1 : 0);
        query.bindValue(u":by"_s, addedBy > 0 ? QVariant(addedBy) : QVariant(QMetaType(QMetaType::LongLong)));
        query.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        return m_db.exec(query);
    });
}

Status DictionaryRepository::remove(const QString &word)
{
    return m_db.write([&]() -> Status {
        Statement query = m_db.prepare(u"DELETE FROM dictionary_words WHERE word = :word"_s);
        query.bindValue(u":word"_s, word.trimmed());
        if (Status ran = m_db.exec(query); !ran)
            return ran;
        if (query.numRowsAffected() < 1)
            return Error{Error::Kind::NotFound, Words::tr("“%1” is not in the newsroom dictionary").arg(word.trimmed())};
        return Done{};
    });
}

} // namespace Newsroom
