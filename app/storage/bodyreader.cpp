// SPDX-License-Identifier: GPL-3.0-or-later
#include "bodyreader.h"

#include "database.h"
#include "statement.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRepository)
};

} // namespace

BodyReader::BodyReader(Database &database, ArticleStatus status)
    : m_db(database)
    , m_status(status)
{
}

BodyReader::~BodyReader() = default;

void BodyReader::expect(qsizetype wanted, qsizetype stories)
{
    // A query costs about as much as reading a few dozen rows in passing.
    m_onePass = wanted * 32 > stories;
}

Expected<QString> BodyReader::body(qint64 id)
{
    if (!m_onePass || m_passEnded)
        return bodyAlone(id);
    if (!m_pass) {
        m_pass = std::make_unique<Statement>(m_db.prepare(
            u"SELECT a.id, a.body FROM articles a WHERE a.status = :status "
            "ORDER BY a.published_at DESC NULLS LAST, a.id DESC"_s));
        m_pass->setForwardOnly(true);
        m_pass->bindValue(u":status"_s, statusName(m_status));
        if (Status ran = m_db.exec(*m_pass); !ran)
            return ran.error();
    }
    while (m_pass->next()) {
        if (m_pass->value(0).toLongLong() == id)
            return m_pass->value(1).toString();
    }
    // Asked out of order, or for a story the pass does not have: one query for it.
    m_passEnded = true;
    m_pass.reset();
    return bodyAlone(id);
}

Expected<QString> BodyReader::bodyAlone(qint64 id)
{
    Statement query = m_db.prepare(u"SELECT a.body FROM articles a WHERE a.id = :id"_s);
    query.bindValue(u":id"_s, id);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("story %1 is no longer in the newsroom").arg(id)};
    return query.value(0).toString();
}

} // namespace Newsroom
