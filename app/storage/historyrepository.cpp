// SPDX-License-Identifier: GPL-3.0-or-later
#include "historyrepository.h"

#include "database.h"
#include "statement.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsroom {

HistoryRepository::HistoryRepository(Database &database)
    : m_db(database)
{
}

Status HistoryRepository::explainStep(const QString &step, const QString &note)
{
    Statement why = m_db.prepare(u"SELECT set_config('newsroom.step', :step, true), "
                                 "set_config('newsroom.step_note', :note, true)"_s);
    why.bindValue(u":step"_s, step);
    why.bindValue(u":note"_s, note);
    return m_db.exec(why);
}

Status HistoryRepository::record(qint64 articleId, ArticleStatus from, ArticleStatus to, qint64 personId,
                                 const QString &note)
{
    Statement event = m_db.prepare(u"INSERT INTO workflow_events (article_id, from_status, to_status, person_id, "
                                   "created_at, note) VALUES (:article, :from, :to, :person, :at, :note)"_s);
    event.bindValue(u":article"_s, articleId);
    event.bindValue(u":from"_s, statusName(from));
    event.bindValue(u":to"_s, statusName(to));
    event.bindValue(u":person"_s, nullableId(personId));
    event.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
    event.bindValue(u":note"_s, textValue(note));
    return m_db.exec(event);
}

Expected<QList<WorkflowEvent>> HistoryRepository::history(qint64 articleId) const
{
    Statement query = m_db.prepare(u"SELECT id, from_status, to_status, coalesce(person_id, 0), created_at, note "
                                   "FROM workflow_events WHERE article_id = :id ORDER BY created_at, id"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<WorkflowEvent> events;
    while (query.next()) {
        WorkflowEvent event;
        event.id = query.value(0).toLongLong();
        event.articleId = articleId;
        event.from = statusFromName(query.value(1).toString()).value_or(ArticleStatus::Draft);
        event.to = statusFromName(query.value(2).toString()).value_or(ArticleStatus::Draft);
        event.personId = query.value(3).toLongLong();
        event.at = QDateTime::fromMSecsSinceEpoch(query.value(4).toLongLong(), QTimeZone::UTC);
        event.note = query.value(5).toString();
        events.append(event);
    }
    return events;
}

Expected<QHash<qint64, QList<WorkflowEvent>>> HistoryRepository::corrections() const
{
    Statement query = m_db.prepare(u"SELECT id, article_id, coalesce(person_id, 0), created_at, note FROM workflow_events "
                                   "WHERE from_status = 'published' AND to_status = 'published' AND note <> '' "
                                   "ORDER BY article_id, created_at, id"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QHash<qint64, QList<WorkflowEvent>> corrections;
    while (query.next()) {
        WorkflowEvent event;
        event.id = query.value(0).toLongLong();
        event.articleId = query.value(1).toLongLong();
        event.from = event.to = ArticleStatus::Published;
        event.personId = query.value(2).toLongLong();
        event.at = QDateTime::fromMSecsSinceEpoch(query.value(3).toLongLong(), QTimeZone::UTC);
        event.note = query.value(4).toString();
        corrections[event.articleId].append(event);
    }
    return corrections;
}

} // namespace Newsroom
