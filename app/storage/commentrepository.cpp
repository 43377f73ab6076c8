// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentrepository.h"

#include "statement.h"
#include "storage/database.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Comments)
};

EditorialComment commentFrom(const Statement &query)
{
    EditorialComment comment;
    comment.id = query.value(0).toLongLong();
    comment.articleId = query.value(1).toLongLong();
    comment.parentId = query.value(2).toLongLong();
    comment.authorId = query.value(3).toLongLong();
    comment.body = query.value(4).toString();
    comment.createdAt = fromStoredTime(query.value(5).toLongLong());
    comment.updatedAt = fromStoredTime(query.value(6).toLongLong());
    return comment;
}

const auto Columns = "id, article_id, coalesce(parent_id, 0), coalesce(author_id, 0), body, created_at, updated_at"_L1;

} // namespace

CommentRepository::CommentRepository(Database &database)
    : m_db(database)
{
}

Expected<EditorialComment> CommentRepository::load(qint64 commentId) const
{
    Statement query = m_db.prepare(u"SELECT "_s + Columns + u" FROM comments WHERE id = :id"_s);
    query.bindValue(u":id"_s, commentId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("there is no comment %1").arg(commentId)};
    return commentFrom(query);
}

Expected<EditorialComment> CommentRepository::add(qint64 articleId, const Actor &author, const QString &body, qint64 parentId)
{
    if (body.trimmed().isEmpty())
        return invalid(Words::tr("a comment needs some words"));
    return m_db.write([&]() -> Expected<EditorialComment> {
        qint64 thread = 0;
        if (parentId) {
            const Expected<EditorialComment> parent = load(parentId);
            if (!parent)
                return parent.error();
            if (parent->articleId != articleId)
                return invalid(Words::tr("comment %1 is on another story").arg(parentId));
            thread = parent->parentId ? parent->parentId : parent->id; // threads are one level deep
        }
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        Statement insert = m_db.prepare(u"INSERT INTO comments (article_id, parent_id, author_id, body, created_at, "
                                        "updated_at) VALUES (:article, :parent, :author, :body, :at, :at2) RETURNING id"_s);
        insert.bindValue(u":article"_s, articleId);
        insert.bindValue(u":parent"_s, thread ? QVariant(thread) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(u":author"_s, author.personId ? QVariant(author.personId) : QVariant(QMetaType(QMetaType::LongLong)));
        insert.bindValue(u":body"_s, body.trimmed());
        insert.bindValue(u":at"_s, now);
        insert.bindValue(u":at2"_s, now);
        if (Status ran = m_db.exec(insert); !ran)
            return ran.error();
        if (!insert.next())
            return failure(Words::tr("the comment got no id"));
        const qint64 id = insert.value(0).toLongLong();
        insert.finish();
        return load(id);
    });
}

Expected<EditorialComment> CommentRepository::edit(qint64 commentId, const Actor &who, const QString &body)
{
    if (body.trimmed().isEmpty())
        return invalid(Words::tr("a comment needs some words"));
    return m_db.write([&]() -> Expected<EditorialComment> {
        const Expected<EditorialComment> comment = load(commentId);
        if (!comment)
            return comment.error();
        if (comment->authorId != who.personId && !roleMay(who.role, Capability::EditAnyStory))
            return Error{Error::Kind::Permission, Words::tr("only its author and editors may change a comment; %1 did not write "
                                                     "this one")
                                                      .arg(who.name)};
        Statement update = m_db.prepare(u"UPDATE comments SET body = :body, updated_at = :at WHERE id = :id"_s);
        update.bindValue(u":body"_s, body.trimmed());
        update.bindValue(u":at"_s, QDateTime::currentMSecsSinceEpoch());
        update.bindValue(u":id"_s, commentId);
        if (Status ran = m_db.exec(update); !ran)
            return ran.error();
        return load(commentId);
    });
}

Expected<QList<EditorialComment>> CommentRepository::list(qint64 articleId) const
{
    Statement query = m_db.prepare(u"SELECT "_s + Columns
                                   + u" FROM comments WHERE article_id = :id "
                                     "ORDER BY coalesce(parent_id, id), parent_id IS NOT NULL, created_at, id"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<EditorialComment> comments;
    while (query.next())
        comments.append(commentFrom(query));
    return comments;
}

} // namespace Newsroom
