// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionaryrepository.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

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

Expected<QStringList> DictionaryRepository::words() const
{
    Statement query = m_db.prepare(u"SELECT word FROM dictionary_words"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QStringList words;
    while (query.next())
        words.append(query.value(0).toString());
    words.sort(); // the same order on both engines, whatever their collation
    return words;
}

Status DictionaryRepository::add(const QString &word, qint64 addedBy)
{
    const QString trimmed = word.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 100 || std::any_of(trimmed.begin(), trimmed.end(), [](QChar c) { return c.isSpace(); }))
        return invalid(Words::tr("“%1” is not one word of at most 100 characters").arg(word));
    return m_db.write([&]() -> Status {
        Statement query = m_db.prepare(u"INSERT INTO dictionary_words (word, added_by, added_at) VALUES (:word, :by, :at) "
                                       "ON CONFLICT (word) DO NOTHING"_s);
        query.bindValue(u":word"_s, trimmed);
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
        return m_db.exec(query);
    });
}

} // namespace Newsroom
