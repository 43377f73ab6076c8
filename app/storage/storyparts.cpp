// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyparts.h"

#include "database.h"
#include "statement.h"
#include "text/slug.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom::StoryParts {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(StoryParts)
};

// The bylines in one statement: upsert by position, and remove the positions past the
// new list. On a server, a reporter's right to a story can come from her byline; every
// row of one statement is checked against the story as it was when the statement began,
// so a save that keeps her byline never loses her that right halfway.
Status writeBylines(Database &db, const Article &article)
{
    int textCount = 0;
    int photoCount = 0;
    QStringList rows;
    for (const Byline &b : article.bylines) {
        const int i = int(rows.size());
        // Each placeholder once: the PostgreSQL driver binds a repeated name only once.
        rows.append(u"(:id%1, :kind%1, :position%1, CAST(:person%1 AS BIGINT), CAST(:guest%1 AS TEXT))"_s.arg(i));
        (b.kind == Byline::Kind::Photo ? photoCount : textCount) += 1;
    }
    const QString remove = u"DELETE FROM bylines WHERE article_id = :story AND ((kind = 'text' AND position >= :texts) "
                           "OR (kind = 'photo' AND position >= :photos))"_s;
    const QString upsert = u"INSERT INTO bylines (article_id, kind, position, person_id, guest_name) VALUES "_s
        + rows.join(u", "_s)
        + u" ON CONFLICT (article_id, kind, position) DO UPDATE SET person_id = EXCLUDED.person_id, "
          "guest_name = EXCLUDED.guest_name"_s;
    const bool oneStatement = !db.isSQLite() && !rows.isEmpty();
    const QStringList statements = oneStatement ? QStringList{u"WITH upserted AS ("_s + upsert + u") "_s + remove}
        : rows.isEmpty()                        ? QStringList{remove}
                                                : QStringList{upsert, remove};
    for (const QString &sql : statements) {
        Statement query = db.prepare(sql);
        if (sql.contains(u":texts"_s)) {
            query.bindValue(u":story"_s, article.id);
            query.bindValue(u":texts"_s, textCount);
            query.bindValue(u":photos"_s, photoCount);
        }
        if (sql.contains(u"INSERT"_s)) {
            int textPosition = 0;
            int photoPosition = 0;
            for (qsizetype i = 0; i < article.bylines.size(); ++i) {
                const Byline &b = article.bylines.at(i);
                const bool photo = b.kind == Byline::Kind::Photo;
                query.bindValue(u":id%1"_s.arg(i), article.id);
                query.bindValue(u":kind%1"_s.arg(i), photo ? u"photo"_s : u"text"_s);
                query.bindValue(u":position%1"_s.arg(i), photo ? photoPosition++ : textPosition++);
                query.bindValue(u":person%1"_s.arg(i), nullableId(b.personId));
                query.bindValue(u":guest%1"_s.arg(i),
                                b.isGuest() ? QVariant(b.name.trimmed()) : QVariant(QMetaType::fromType<QString>()));
            }
        }
        if (Status ran = db.exec(query); !ran)
            return ran;
    }
    return Done{};
}

} // namespace

Status write(Database &db, const Article &article)
{
    if (Status bylines = writeBylines(db, article); !bylines)
        return bylines;
    for (const auto table : {"article_photos"_L1, "article_tags"_L1}) {
        Statement clear = db.prepare(u"DELETE FROM "_s + table + u" WHERE article_id = :id"_s);
        clear.bindValue(u":id"_s, article.id);
        if (Status ran = db.exec(clear); !ran)
            return ran;
    }

    Statement photo = db.prepare(u"INSERT INTO article_photos (article_id, position, photo_id, role, caption, credit, "
                                   "alt_text) VALUES (:id, :position, :photo, :role, :caption, :credit, :alt)"_s);
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const ArticlePhoto &p = article.photos.at(i);
        photo.bindValue(u":id"_s, article.id);
        photo.bindValue(u":position"_s, int(i));
        photo.bindValue(u":photo"_s, p.photoId);
        photo.bindValue(u":role"_s, photoRoleName(p.role));
        photo.bindValue(u":caption"_s, textValue(p.caption));
        photo.bindValue(u":credit"_s, textValue(p.credit));
        photo.bindValue(u":alt"_s, textValue(p.altText));
        if (Status ran = db.exec(photo); !ran)
            return ran;
    }

    Statement findTag = db.prepare(u"SELECT id FROM tags WHERE name = :name"_s);
    Statement slugTaken = db.prepare(u"SELECT 1 FROM tags WHERE slug = :slug"_s);
    // A colleague may add the same new tag, or one with the same slug, at the same moment:
    // then nothing is inserted here, and the next round finds theirs or another slug.
    Statement addTag = db.prepare(u"INSERT INTO tags (name, slug) VALUES (:name, :slug) ON CONFLICT DO NOTHING "
                                    "RETURNING id"_s);
    Statement link = db.prepare(u"INSERT INTO article_tags (article_id, tag_id, position) VALUES (:id, :tag, :position)"_s);
    for (qsizetype i = 0; i < article.tags.size(); ++i) {
        const QString &name = article.tags.at(i);
        const QString base = Slug::fromText(name, article.language);
        qint64 tagId = 0;
        for (int n = 1, rounds = 0; tagId == 0; ++n) {
            if (++rounds > 1000)
                return failure(Words::tr("the tag “%1” found no free slug").arg(name));
            findTag.bindValue(u":name"_s, name);
            if (Status ran = db.exec(findTag); !ran)
                return ran;
            tagId = findTag.next() ? findTag.value(0).toLongLong() : 0;
            findTag.finish();
            if (tagId != 0)
                break;
            const QString slug = n == 1 ? base : Slug::withSuffix(base, n);
            slugTaken.bindValue(u":slug"_s, slug);
            if (Status ran = db.exec(slugTaken); !ran)
                return ran;
            const bool taken = slugTaken.next();
            slugTaken.finish();
            if (taken)
                continue;
            addTag.bindValue(u":name"_s, name);
            addTag.bindValue(u":slug"_s, slug);
            if (Status ran = db.exec(addTag); !ran)
                return ran;
            tagId = addTag.next() ? addTag.value(0).toLongLong() : 0;
            addTag.finish();
            if (tagId == 0)
                n = 0; // someone else's row arrived: look again from the start
        }
        link.bindValue(u":id"_s, article.id);
        link.bindValue(u":tag"_s, tagId);
        link.bindValue(u":position"_s, int(i));
        if (Status ran = db.exec(link); !ran)
            return ran;
    }
    return Done{};
}

} // namespace Newsroom::StoryParts
