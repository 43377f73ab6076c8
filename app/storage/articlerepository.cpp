// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlerepository.h"

#include "database.h"
#include "filtersql.h"
#include "domain/articlejson.h"
#include "statement.h"
#include "storyparts.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QSet>
#include <QJsonDocument>
#include <QHash>
#include <QRegularExpression>
#include <QSqlRecord>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ArticleRepository)
};

const QString ArticleColumns
    = u"a.id, a.headline, a.kicker, a.lead, a.body, a.dateline, a.category_id, a.slug, a.status, a.language, "
      "a.seo_title, a.seo_description, a.created_at, a.updated_at, a.scheduled_at, a.published_at, a.revision, a.embargo_until, a.trashed_at"_s;

// A row of the story list: the story, its lead photo and the list's picture of it made
// at this desk (photo_thumbnails: on a server, only the login's own are visible).
QString summaryColumns(const Database &db)
{
    const QString leadId = u"SELECT ap.photo_id FROM article_photos ap WHERE ap.article_id = a.id AND ap.role = 'lead' "
                           "ORDER BY ap.position LIMIT 1"_s;
    const QString maker = db.isSQLite() ? u"''"_s : u"session_user"_s;
    return u"a.id, a.headline, a.kicker, a.slug, a.status, a.category_id, a.created_at, a.updated_at, a.scheduled_at, "
           "a.published_at, a.revision, (SELECT p.sha256 FROM photos p WHERE p.id = (%1)), (%1), "
           "(SELECT t.bytes FROM photo_thumbnails t WHERE t.made_by = %2 AND t.photo_id = (%1)), a.trashed_at"_s.arg(
               leadId, maker);
}

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

ArticleSummary summaryFrom(const Statement &query)
{
    ArticleSummary s;
    s.id = query.value(0).toLongLong();
    s.headline = query.value(1).toString();
    s.kicker = query.value(2).toString();
    s.slug = query.value(3).toString();
    s.status = statusFromName(query.value(4).toString()).value_or(ArticleStatus::Draft);
    s.categoryId = query.value(5).toLongLong();
    s.createdAt = fromStoredTime(query.value(6).toLongLong());
    s.updatedAt = fromStoredTime(query.value(7).toLongLong());
    s.scheduledAt = fromStoredTime(query.value(8).toLongLong());
    s.publishedAt = fromStoredTime(query.value(9).toLongLong());
    s.revision = query.value(10).toInt();
    s.leadPhotoSha256 = query.value(11).toString();
    s.leadPhotoId = query.value(12).toLongLong();
    s.leadThumbnail = query.value(13).toByteArray();
    s.trashedAt = fromStoredTime(query.value(14).toLongLong());
    return s;
}

// Text bylines first, then photo bylines, each kind in its own order: how they are stored.
QList<Byline> normalisedBylines(const QList<Byline> &bylines)
{
    QList<Byline> result = bylines;
    std::stable_sort(result.begin(), result.end(),
                     [](const Byline &a, const Byline &b) { return a.kind == Byline::Kind::Text && b.kind != a.kind; });
    return result;
}

QStringList normalisedTags(const QStringList &tags)
{
    QStringList result;
    QSet<QString> seen; // one pass: a story with thousands of tags costs no more than its tags
    for (const QString &tag : tags) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !seen.contains(name.toCaseFolded())) {
            seen.insert(name.toCaseFolded());
            result.append(name);
        }
    }
    return result;
}

} // namespace

ArticleRepository::ArticleRepository(Database &database)
    : m_db(database)
{
}

Expected<Article> ArticleRepository::load(qint64 id) const
{
    return loadWhere(u"id"_s, id);
}

Expected<Article> ArticleRepository::loadBySlug(const QString &slug) const
{
    return loadWhere(u"slug"_s, slug);
}

Expected<Article> ArticleRepository::loadWhere(const QString &column, const QVariant &value) const
{
    Statement query = m_db.prepare(u"SELECT "_s + ArticleColumns + u" FROM articles a WHERE a."_s + column + u" = :value"_s);
    query.bindValue(u":value"_s, value);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, column == u"slug"
                                                ? Words::tr("there is no story at the address “%1”").arg(value.toString())
                                                : Words::tr("there is no story %1").arg(value.toString())};

    Article a = articleFrom(query);
    query.finish();
    if (Status loaded = loadChildren(a); !loaded)
        return loaded.error();
    return a;
}

Article ArticleRepository::articleFrom(const Statement &query)
{
    Article a;
    a.id = query.value(0).toLongLong();
    a.headline = query.value(1).toString();
    a.kicker = query.value(2).toString();
    a.lead = query.value(3).toString();
    a.body = query.value(4).toString();
    a.dateline = query.value(5).toString();
    a.categoryId = query.value(6).toLongLong();
    a.slug = query.value(7).toString();
    a.status = statusFromName(query.value(8).toString()).value_or(ArticleStatus::Draft);
    a.language = query.value(9).toString();
    a.seoTitle = query.value(10).toString();
    a.seoDescription = query.value(11).toString();
    a.createdAt = fromStoredTime(query.value(12).toLongLong());
    a.updatedAt = fromStoredTime(query.value(13).toLongLong());
    a.scheduledAt = fromStoredTime(query.value(14).toLongLong());
    a.publishedAt = fromStoredTime(query.value(15).toLongLong());
    a.revision = query.value(16).toInt();
    a.embargoUntil = fromStoredTime(query.value(17).toLongLong());
    a.trashedAt = fromStoredTime(query.value(18).toLongLong());
    return a;
}

Expected<QList<Article>> ArticleRepository::loadAllWithStatus(ArticleStatus status, Bodies bodies) const
{
    QString columns = ArticleColumns;
    if (bodies == Bodies::OfStoriesWithoutLead)
        columns.replace(u"a.body,"_s, u"CASE WHEN trim(a.lead) = '' THEN a.body ELSE '' END,"_s);
    Statement query = m_db.prepare(u"SELECT "_s + columns
                                   + u" FROM articles a WHERE a.status = :status "
                                     "AND a.trashed_at IS NULL ORDER BY a.published_at DESC NULLS LAST, a.id DESC"_s);
    query.bindValue(u":status"_s, statusName(status));
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Article> articles;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        index.insert(query.value(0).toLongLong(), articles.size());
        articles.append(articleFrom(query));
    }
    query.finish();
    // The children of all of them, each table once, in the same order load() gives.
    const auto each = [&](const QString &sql, const std::function<void(Article &, const Statement &)> &add) -> Status {
        Statement rows = m_db.prepare(sql);
        rows.bindValue(u":status"_s, statusName(status));
        if (Status ran = m_db.exec(rows); !ran)
            return ran;
        while (rows.next()) {
            if (const auto it = index.constFind(rows.value(0).toLongLong()); it != index.cend())
                add(articles[*it], rows);
        }
        return Done{};
    };
    Status loaded = each(u"SELECT b.article_id, b.kind, b.person_id, coalesce(p.name, b.guest_name) FROM bylines b "
                         "JOIN articles a ON a.id = b.article_id LEFT JOIN people p ON p.id = b.person_id "
                         "WHERE a.status = :status ORDER BY b.article_id, CASE b.kind WHEN 'text' THEN 0 ELSE 1 END, "
                         "b.position"_s,
                         [](Article &a, const Statement &row) {
                             a.bylines.append({row.value(1).toString() == u"photo" ? Byline::Kind::Photo : Byline::Kind::Text,
                                               row.value(2).toLongLong(), row.value(3).toString()});
                         });
    if (loaded)
        loaded = each(u"SELECT ap.article_id, ap.photo_id, p.sha256, p.file_name, p.mime_type, p.width, p.height, "
                      "ap.caption, ap.credit, ap.alt_text, ap.role FROM article_photos ap JOIN photos p ON p.id = ap.photo_id "
                      "JOIN articles a ON a.id = ap.article_id WHERE a.status = :status ORDER BY ap.article_id, ap.position"_s,
                      [](Article &a, const Statement &row) {
                          a.photos.append({row.value(1).toLongLong(), row.value(2).toString(), row.value(3).toString(),
                                           row.value(4).toString(), row.value(5).toInt(), row.value(6).toInt(),
                                           row.value(7).toString(), row.value(8).toString(), row.value(9).toString(),
                                           photoRoleFromName(row.value(10).toString()).value_or(PhotoRole::Inline)});
                      });
    if (loaded)
        loaded = each(u"SELECT t.article_id, g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id "
                      "JOIN articles a ON a.id = t.article_id WHERE a.status = :status ORDER BY t.article_id, t.position"_s,
                      [](Article &a, const Statement &row) { a.tags.append(row.value(1).toString()); });
    if (!loaded)
        return loaded.error();
    return articles;
}

Status ArticleRepository::loadChildren(Article &article) const
{
    Statement bylines = m_db.prepare(u"SELECT b.kind, b.person_id, coalesce(p.name, b.guest_name) FROM bylines b "
                                     "LEFT JOIN people p ON p.id = b.person_id WHERE b.article_id = :id "
                                     "ORDER BY CASE b.kind WHEN 'text' THEN 0 ELSE 1 END, b.position"_s);
    bylines.bindValue(u":id"_s, article.id);
    if (Status ran = m_db.exec(bylines); !ran)
        return ran;
    while (bylines.next()) {
        article.bylines.append({bylines.value(0).toString() == u"photo" ? Byline::Kind::Photo : Byline::Kind::Text,
                                bylines.value(1).toLongLong(), bylines.value(2).toString()});
    }

    Statement photos = m_db.prepare(u"SELECT ap.photo_id, p.sha256, p.file_name, p.mime_type, p.width, p.height, "
                                    "ap.caption, ap.credit, ap.alt_text, ap.role FROM article_photos ap "
                                    "JOIN photos p ON p.id = ap.photo_id WHERE ap.article_id = :id ORDER BY ap.position"_s);
    photos.bindValue(u":id"_s, article.id);
    if (Status ran = m_db.exec(photos); !ran)
        return ran;
    while (photos.next()) {
        article.photos.append({photos.value(0).toLongLong(), photos.value(1).toString(), photos.value(2).toString(),
                               photos.value(3).toString(), photos.value(4).toInt(), photos.value(5).toInt(),
                               photos.value(6).toString(), photos.value(7).toString(), photos.value(8).toString(),
                               photoRoleFromName(photos.value(9).toString()).value_or(PhotoRole::Inline)});
    }

    Statement tags = m_db.prepare(u"SELECT g.name FROM article_tags t JOIN tags g ON g.id = t.tag_id "
                                  "WHERE t.article_id = :id ORDER BY t.position"_s);
    tags.bindValue(u":id"_s, article.id);
    if (Status ran = m_db.exec(tags); !ran)
        return ran;
    while (tags.next())
        article.tags.append(tags.value(0).toString());
    return Done{};
}

namespace {

// Whether `slug` is what uniqueSlug() makes of `headline`: its slug, perhaps numbered.
bool madeFromHeadline(const QString &slug, const QString &headline, const QString &language)
{
    const QString base = headline.trimmed().isEmpty() ? u"story"_s : Slug::fromText(headline, language);
    if (slug == base)
        return true;
    static const QRegularExpression numbered(u"-([0-9]+)$"_s);
    const QRegularExpressionMatch number = numbered.match(slug);
    return number.hasMatch() && Slug::withSuffix(base, number.captured(1).toInt()) == slug;
}

} // namespace

Expected<QString> ArticleRepository::uniqueSlug(const Article &article) const
{
    const QString base = !article.slug.isEmpty() ? article.slug
        : !article.headline.trimmed().isEmpty()  ? Slug::fromText(article.headline, article.language)
                                                 : u"story"_s;
    Statement taken = m_db.prepare(u"SELECT 1 FROM articles WHERE slug = :slug AND id <> :id"_s);
    for (int n = 1; n < 10'000; ++n) {
        const QString candidate = n == 1 ? base : Slug::withSuffix(base, n);
        taken.bindValue(u":slug"_s, candidate);
        taken.bindValue(u":id"_s, article.id);
        if (Status ran = m_db.exec(taken); !ran)
            return ran.error();
        const bool used = taken.next();
        taken.finish();
        if (!used)
            return candidate;
    }
    return failure(Words::tr("no free slug near '%1'").arg(base));
}

SaveResult ArticleRepository::save(const Article &input, const SaveOptions &options)
{
    SaveResult result;
    if (!input.slug.isEmpty() && !Slug::isValid(input.slug)) {
        result.error = invalid(Words::tr("the slug '%1' may hold only a-z, 0-9 and hyphens, at most %n character(s)", nullptr,
                                             int(Slug::MaxLength))
                                   .arg(input.slug));
        return result;
    }
    for (const Byline &byline : input.bylines) {
        if (byline.isGuest() && byline.name.trimmed().isEmpty()) {
            result.error = invalid(Words::tr("a byline needs a staff member or a name"));
            return result;
        }
    }
    for (const ArticlePhoto &photo : input.photos) {
        if (photo.photoId == 0) {
            result.error = invalid(Words::tr("a photo of the story was never stored"));
            return result;
        }
    }

    Article article = input;
    article.bylines = normalisedBylines(input.bylines);
    article.tags = normalisedTags(input.tags);
    const QDateTime now = QDateTime::currentDateTimeUtc();

    Status written = m_db.write([&]() -> Status {
        const int expected = article.revision;
        if (article.id == 0) {
            article.revision = 1;
            if (!options.keepTimes || !article.createdAt.isValid())
                article.createdAt = now;
            if (!options.keepTimes || !article.updatedAt.isValid())
                article.updatedAt = now;
        } else {
            Statement current
                = m_db.prepare(u"SELECT revision, slug, published_at, trashed_at, headline, language FROM articles "
                               "WHERE id = :id"_s
                               + (m_db.isSQLite() ? QString() : u" FOR UPDATE"_s));
            current.bindValue(u":id"_s, article.id);
            if (Status ran = m_db.exec(current); !ran)
                return ran;
            if (!current.next())
                return Error{Error::Kind::NotFound, Words::tr("story %1 is no longer in the newsroom").arg(article.id)};
            const int storedRevision = current.value(0).toInt();
            const QString storedSlug = current.value(1).toString();
            const bool everPublished = !current.value(2).isNull() && current.value(2).toLongLong() != 0;
            const bool inTrash = !current.value(3).isNull();
            const QString storedHeadline = current.value(4).toString();
            const QString storedLanguage = current.value(5).toString();
            current.finish();
            if (storedRevision != expected) {
                Expected<Article> theirs = load(article.id);
                if (theirs)
                    result.theirs = *theirs;
                return Error{Error::Kind::Conflict,
                             Words::tr("“%1” was saved by someone else meanwhile (revision %2; yours was based on %3)")
                                 .arg(article.headline)
                                 .arg(storedRevision)
                                 .arg(expected)};
            }
            // In the trash a story is kept as it was; the one change it takes is leaving.
            if (inTrash && article.trashedAt.isValid())
                return invalid(Words::tr("“%1” is in the trash: restore it to change it").arg(article.headline));
            // An address the newsroom made (from the headline, or "story" while there was
            // none) follows the headline as long as the story was never on the site: a
            // translation's, made from its original's headline, becomes its own once the
            // headline is translated. One typed by hand stays.
            if (!everPublished && article.slug == storedSlug && !article.headline.trimmed().isEmpty()
                && madeFromHeadline(storedSlug, storedHeadline, storedLanguage))
                article.slug.clear();
            if (everPublished) {
                if (!article.slug.isEmpty() && article.slug != storedSlug)
                    return invalid(Words::tr("the slug of a published story stays “%1” so that its address keeps working")
                                       .arg(storedSlug));
                article.slug = storedSlug;
            }
            article.revision = expected + 1;
            if (!options.keepTimes || !article.updatedAt.isValid())
                article.updatedAt = now;
        }
        if (article.status == ArticleStatus::Published && !article.publishedAt.isValid())
            article.publishedAt = now;

        Expected<QString> slug = uniqueSlug(article);
        if (!slug)
            return slug.error();
        article.slug = *slug;

        Statement query = m_db.prepare(
            article.id == 0
                ? u"INSERT INTO articles (headline, kicker, lead, body, dateline, category_id, slug, status, language, "
                  "seo_title, seo_description, created_at, updated_at, scheduled_at, published_at, revision, "
                  "embargo_until, trashed_at, created_by, updated_by) VALUES (:headline, :kicker, :lead, :body, "
                  ":dateline, "
                  ":category, :slug, :status, :language, :seoTitle, :seoDescription, :createdAt, :updatedAt, "
                  ":scheduledAt, "
                  ":publishedAt, :revision, :embargo, :trashed, :person, :person2) RETURNING id"_s
                : u"UPDATE articles SET headline = :headline, kicker = :kicker, lead = :lead, body = :body, "
                  "dateline = :dateline, category_id = :category, slug = :slug, status = :status, "
                  "language = :language, seo_title = :seoTitle, seo_description = :seoDescription, "
                  "updated_at = :updatedAt, scheduled_at = :scheduledAt, published_at = :publishedAt, "
                  "revision = :revision, embargo_until = :embargo, trashed_at = :trashed, updated_by = :person "
                  "WHERE id = :id AND revision = :expected"_s);
        query.bindValue(u":headline"_s, textValue(article.headline));
        query.bindValue(u":kicker"_s, textValue(article.kicker));
        query.bindValue(u":lead"_s, textValue(article.lead));
        query.bindValue(u":body"_s, textValue(article.body));
        query.bindValue(u":dateline"_s, textValue(article.dateline));
        query.bindValue(u":category"_s, nullableId(article.categoryId));
        query.bindValue(u":slug"_s, article.slug);
        query.bindValue(u":status"_s, statusName(article.status));
        query.bindValue(u":language"_s, textValue(article.language));
        query.bindValue(u":seoTitle"_s, textValue(article.seoTitle));
        query.bindValue(u":seoDescription"_s, textValue(article.seoDescription));
        query.bindValue(u":updatedAt"_s, article.updatedAt.toMSecsSinceEpoch());
        query.bindValue(u":scheduledAt"_s, nullableTime(article.scheduledAt));
        query.bindValue(u":publishedAt"_s, nullableTime(article.publishedAt));
        query.bindValue(u":revision"_s, article.revision);
        query.bindValue(u":embargo"_s, nullableTime(article.embargoUntil));
        query.bindValue(u":trashed"_s, nullableTime(article.trashedAt));
        query.bindValue(u":person"_s, nullableId(options.personId));
        if (article.id == 0) {
            query.bindValue(u":createdAt"_s, article.createdAt.toMSecsSinceEpoch());
            query.bindValue(u":person2"_s, nullableId(options.personId));
        } else {
            query.bindValue(u":id"_s, article.id);
            query.bindValue(u":expected"_s, expected);
        }
        if (Status ran = m_db.exec(query); !ran)
            return ran;
        if (article.id == 0) {
            if (!query.next())
                return failure(Words::tr("the new story got no id"));
            article.id = query.value(0).toLongLong();
        } else if (query.numRowsAffected() != 1) {
            return Error{Error::Kind::Conflict, Words::tr("“%1” was saved by someone else meanwhile").arg(article.headline)};
        }
        query.finish();

        if (Status children = StoryParts::write(m_db, article); !children)
            return children;
        Expected<Article> stored = load(article.id);
        if (!stored)
            return stored.error();
        result.article = *stored;
        if (Status revision = writeRevision(result.article, options); !revision)
            return revision;
        return writeSearchIndex(result.article);
    });

    if (!written) {
        result.error = written.error();
        if (!result.isConflict())
            result.theirs.reset();
    }
    return result;
}

Status ArticleRepository::writeRevision(const Article &article, const SaveOptions &options)
{
    Statement query = m_db.prepare(u"INSERT INTO revisions (article_id, revision, snapshot, author_id, created_at, note) "
                                   "VALUES (:id, :revision, :snapshot, :author, :at, :note)"_s);
    query.bindValue(u":id"_s, article.id);
    query.bindValue(u":revision"_s, article.revision);
    query.bindValue(u":snapshot"_s, QString::fromUtf8(QJsonDocument(toJson(article)).toJson(QJsonDocument::Compact)));
    query.bindValue(u":author"_s, nullableId(options.personId));
    query.bindValue(u":at"_s, article.updatedAt.toMSecsSinceEpoch());
    query.bindValue(u":note"_s, textValue(options.note));
    return m_db.exec(query);
}

Status ArticleRepository::writeSearchIndex(const Article &article)
{
    QStringList extra;
    for (const Byline &byline : article.bylines)
        extra.append(byline.name);
    for (const ArticlePhoto &photo : article.photos)
        extra << photo.caption << photo.credit;
    extra += article.tags;
    const QString extraText = extra.join(u'\n');
    const QString headline = article.kicker + u'\n' + article.headline;

    if (m_db.isSQLite()) {
        Statement remove = m_db.prepare(u"DELETE FROM article_search WHERE rowid = :id"_s);
        remove.bindValue(u":id"_s, article.id);
        if (Status ran = m_db.exec(remove); !ran)
            return ran;
        Statement insert = m_db.prepare(u"INSERT INTO article_search (rowid, headline, lead, body, extra) "
                                        "VALUES (:id, :headline, :lead, :body, :extra)"_s);
        insert.bindValue(u":id"_s, article.id);
        insert.bindValue(u":headline"_s, textValue(TextSearch::indexText(headline, article.language)));
        insert.bindValue(u":lead"_s, textValue(TextSearch::indexText(article.lead, article.language)));
        insert.bindValue(u":body"_s, textValue(TextSearch::indexText(article.body, article.language)));
        insert.bindValue(u":extra"_s, textValue(TextSearch::indexText(extraText, article.language)));
        return m_db.exec(insert);
    }

    // PostgreSQL stems Russian (and English) itself; it has no Kazakh, so a Kazakh story's
    // document is made of our stems, taken as they are ('simple').
    const bool kazakh = article.language == u"kk";
    const QString config = kazakh ? u"'simple'"_s : u"'russian'"_s;
    const auto text = [&](const QString &part) {
        return textValue(kazakh ? TextSearch::indexText(part, article.language) : TextSearch::fold(part));
    };
    Statement upsert = m_db.prepare(
        u"INSERT INTO article_search (article_id, document) VALUES (:id, "
        "setweight(to_tsvector(%1, :headline), 'A') || setweight(to_tsvector(%1, :lead), 'B') || "
        "setweight(to_tsvector(%1, :body), 'C') || setweight(to_tsvector(%1, :extra), 'D')) "
        "ON CONFLICT (article_id) DO UPDATE SET document = EXCLUDED.document"_s.arg(config));
    upsert.bindValue(u":id"_s, article.id);
    upsert.bindValue(u":headline"_s, text(headline));
    upsert.bindValue(u":lead"_s, text(article.lead));
    upsert.bindValue(u":body"_s, text(article.body));
    upsert.bindValue(u":extra"_s, text(extraText));
    return m_db.exec(upsert);
}

Expected<qint64> ArticleRepository::lastSavedBy(qint64 articleId) const
{
    Statement query = m_db.prepare(u"SELECT coalesce(updated_by, created_by, 0) FROM articles WHERE id = :id"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("story %1 is no longer in the newsroom").arg(articleId)};
    return query.value(0).toLongLong();
}

Expected<qint64> ArticleRepository::createdBy(qint64 articleId) const
{
    Statement query = m_db.prepare(u"SELECT coalesce(created_by, 0) FROM articles WHERE id = :id"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Expected<QList<ArticleRepository::PublishedByline>> ArticleRepository::publishedBylines() const
{
    Statement query = m_db.prepare(
        u"SELECT a.slug, a.language, a.embargo_until, coalesce(p.name, b.guest_name) FROM bylines b "
        "JOIN articles a ON a.id = b.article_id LEFT JOIN people p ON p.id = b.person_id "
        "WHERE a.status = 'published' AND b.kind = 'text' "
        "ORDER BY a.published_at DESC NULLS LAST, a.id DESC, b.position"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<PublishedByline> bylines;
    while (query.next())
        bylines.append({query.value(0).toString(), query.value(1).toString(),
                        query.value(2).isNull() ? QDateTime() : fromStoredTime(query.value(2).toLongLong()),
                        query.value(3).toString()});
    return bylines;
}

Expected<QList<std::pair<qint64, QString>>> ArticleRepository::dueForPublication(const QDateTime &nowUtc) const
{
    Statement due = m_db.prepare(u"SELECT id, headline FROM articles WHERE status = 'scheduled' AND scheduled_at <= :now "
                                 "ORDER BY scheduled_at, id"_s);
    due.bindValue(u":now"_s, nowUtc.toMSecsSinceEpoch());
    if (Status ran = m_db.exec(due); !ran)
        return ran.error();
    QList<std::pair<qint64, QString>> stories;
    while (due.next())
        stories.append({due.value(0).toLongLong(), due.value(1).toString()});
    return stories;
}

Expected<QList<Revision>> ArticleRepository::revisions(qint64 articleId) const
{
    Statement query = m_db.prepare(u"SELECT id, revision, snapshot, author_id, created_at, note FROM revisions "
                                   "WHERE article_id = :id ORDER BY revision"_s);
    query.bindValue(u":id"_s, articleId);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    QList<Revision> result;
    while (query.next()) {
        Revision revision;
        revision.id = query.value(0).toLongLong();
        revision.articleId = articleId;
        revision.revision = query.value(1).toInt();
        Expected<Article> snapshot =
            articleFromJson(QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object());
        if (!snapshot)
            return Error{Error::Kind::Failure, Words::tr("revision %1 of story %2 is damaged: %3")
                                                   .arg(revision.revision)
                                                   .arg(articleId)
                                                   .arg(snapshot.error().message)};
        revision.snapshot = *snapshot;
        revision.authorId = query.value(3).toLongLong();
        revision.createdAt = fromStoredTime(query.value(4).toLongLong());
        revision.note = query.value(5).toString();
        result.append(revision);
    }
    return result;
}

Expected<QList<ArticleSummary>> ArticleRepository::summaries(Statement &query) const
{
    QList<ArticleSummary> items;
    while (query.next())
        items.append(summaryFrom(query));
    query.finish();
    if (Status bylines = attachBylines(items); !bylines)
        return bylines.error();
    return items;
}

Status ArticleRepository::attachBylines(QList<ArticleSummary> &items) const
{
    if (items.isEmpty())
        return Done{};
    Statement query = m_db.prepare(u"SELECT b.article_id, coalesce(p.name, b.guest_name) FROM bylines b "
                                   "LEFT JOIN people p ON p.id = b.person_id WHERE b.kind = 'text' AND b.article_id IN ("_s
                                   + placeholders(items.size()) + u") ORDER BY b.article_id, b.position"_s);
    for (qsizetype i = 0; i < items.size(); ++i)
        query.bindValue(int(i), items.at(i).id);
    if (Status ran = m_db.exec(query); !ran)
        return ran;
    QHash<qint64, QStringList> names;
    while (query.next())
        names[query.value(0).toLongLong()].append(query.value(1).toString());
    for (ArticleSummary &item : items)
        item.bylines = names.value(item.id);
    return Done{};
}

Expected<ArticlePage> ArticleRepository::list(const ArticleQuery &request) const
{
    const FilterSql::Conditions conditions = FilterSql::conditionsFor(request.filter);
    ArticlePage page;

    Statement count = m_db.prepare(u"SELECT count(*) FROM articles a"_s + conditions.where());
    conditions.bindTo(count);
    if (Status ran = m_db.exec(count); !ran)
        return ran.error();
    page.total = count.next() ? count.value(0).toLongLong() : 0;
    count.finish();

    Statement query = m_db.prepare(u"SELECT "_s + summaryColumns(m_db) + u" FROM articles a"_s + conditions.where()
                                   + u" ORDER BY "_s + FilterSql::sortClause(request.sort, request.reversed) + u" LIMIT :limit OFFSET :offset"_s);
    conditions.bindTo(query);
    query.bindValue(u":limit"_s, std::clamp(request.limit, 1, 1000));
    query.bindValue(u":offset"_s, std::max(request.offset, 0));
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    Expected<QList<ArticleSummary>> items = summaries(query);
    if (!items)
        return items.error();
    page.items = *items;
    return page;
}

Status ArticleRepository::reindex(qint64 id)
{
    const Expected<Article> article = load(id);
    if (!article)
        return article.error();
    return writeSearchIndex(*article);
}

Expected<qint64> ArticleRepository::count() const
{
    Statement query = m_db.prepare(u"SELECT count(*) FROM articles"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Expected<QList<SearchHit>> ArticleRepository::search(const QString &text, const ArticleFilter &filter, int limit) const
{
    const TextSearch::Query parsed = TextSearch::parseQuery(text);
    if (parsed.isEmpty())
        return invalid(Words::tr("type at least one word to search for"));
    const FilterSql::Conditions conditions = FilterSql::conditionsFor(filter);
    // Each word as it stems in the languages searched: a Kazakh story's index holds
    // Kazakh stems, a Russian one's Russian stems.
    const QStringList languages = filter.language.isEmpty() ? TextSearch::stemmedLanguages()
                                                            : QStringList{filter.language};

    // Ranking every match costs a rank call per match: 100 ms for a common word in a
    // 100,000-story archive on either engine. So rank a bounded set of candidates instead:
    // the newest 500 matches anywhere, and the newest 500 whose headline or lead matches,
    // where the strongest old stories are. Filters then apply to those candidates.
    // Weights: headline, lead, body, bylines and captions.
    Statement query;
    if (m_db.isSQLite()) {
        const QString rank = u"bm25(article_search, 10.0, 4.0, 1.0, 2.0)"_s;
        query = m_db.prepare(
            u"WITH candidates AS ("
            "SELECT * FROM (SELECT rowid AS id, -"_s + rank + u" AS score FROM article_search "
            "WHERE article_search MATCH :anywhere ORDER BY rowid DESC LIMIT 500) "
            "UNION ALL SELECT * FROM (SELECT rowid AS id, -"_s + rank + u" AS score FROM article_search "
            "WHERE article_search MATCH :prominent ORDER BY rowid DESC LIMIT 500)), "
            "ranked AS (SELECT id, max(score) AS score FROM candidates GROUP BY id) "
            "SELECT "_s + summaryColumns(m_db)
            + u", r.score FROM ranked r JOIN articles a ON a.id = r.id"_s + conditions.where()
            + u" ORDER BY r.score DESC, a.id DESC LIMIT :limit"_s);
        const QString match = TextSearch::toFts5(parsed, languages);
        query.bindValue(u":anywhere"_s, match);
        query.bindValue(u":prominent"_s, QString(u"{headline lead} : ("_s + match + u')'));
    } else {
        // The planner walks the primary key backwards while matches are common and takes
        // the GIN index when they are rare; either way ts_rank reads at most 1,000 rows.
        // Russian and English documents match to_tsquery('russian'), Kazakh ones (our
        // stems) to_tsquery('simple') of the query's Kazakh stems: one tsquery of both.
        QStringList parts;
        for (const QString &language : languages) {
            if (language == u"kk")
                parts.append(u"to_tsquery('simple', :%1kk)"_s);
            else if (!parts.contains(u"to_tsquery('russian', :%1)"_s))
                parts.append(u"to_tsquery('russian', :%1)"_s);
        }
        const QString tsquery = u'(' + parts.join(u" || "_s) + u')';
        query = m_db.prepare(
            u"WITH candidates AS ("
            "(SELECT article_id FROM article_search WHERE document @@ "_s + tsquery.arg(u"anywhere"_s)
            + u" ORDER BY article_id DESC LIMIT 500) "
              "UNION (SELECT article_id FROM article_search WHERE document @@ "_s + tsquery.arg(u"prominent"_s)
            + u" ORDER BY article_id DESC LIMIT 500)), "
              "ranked AS (SELECT s.article_id AS id, ts_rank('{0.2, 0.1, 0.4, 1.0}', s.document, "_s
            + tsquery.arg(u"rank"_s)
            + u") AS score FROM candidates c JOIN article_search s USING (article_id)) "
              "SELECT "_s + summaryColumns(m_db)
            + u", r.score FROM ranked r JOIN articles a ON a.id = r.id"_s + conditions.where()
            + u" ORDER BY r.score DESC, a.id DESC LIMIT :limit"_s);
        for (const QString &language : languages) {
            // Russian and English share the 'russian' tsquery: the same words bound to it.
            const QString suffix = language == u"kk" ? u"kk"_s : QString();
            const QString tsQuery = TextSearch::toTsQuery(parsed, {}, language);
            query.bindValue(u":anywhere"_s + suffix, tsQuery);
            query.bindValue(u":prominent"_s + suffix, TextSearch::toTsQuery(parsed, u"AB", language));
            query.bindValue(u":rank"_s + suffix, tsQuery);
        }
    }
    conditions.bindTo(query);
    query.bindValue(u":limit"_s, std::clamp(limit, 1, 500));
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();

    QList<SearchHit> hits;
    QList<ArticleSummary> items;
    QList<double> scores;
    while (query.next()) {
        items.append(summaryFrom(query));
        scores.append(query.value(15).toDouble());
    }
    query.finish();
    if (Status bylines = attachBylines(items); !bylines)
        return bylines.error();
    if (items.isEmpty())
        return hits;

    Statement texts = m_db.prepare(u"SELECT id, lead, body, language FROM articles WHERE id IN ("_s
                                   + placeholders(items.size()) + u')');
    for (qsizetype i = 0; i < items.size(); ++i)
        texts.bindValue(int(i), items.at(i).id);
    if (Status ran = m_db.exec(texts); !ran)
        return ran.error();
    QHash<qint64, std::pair<QString, QString>> textById; // text, language
    while (texts.next())
        textById.insert(texts.value(0).toLongLong(),
                        {texts.value(1).toString() + u"\n\n"_s + texts.value(2).toString(), texts.value(3).toString()});

    QHash<QString, QSet<QString>> stemsIn;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const auto &[storyText, language] = textById.value(items.at(i).id);
        if (!stemsIn.contains(language))
            stemsIn.insert(language, parsed.stems(language));
        hits.append({items.at(i), scores.at(i), TextSearch::snippet(storyText, stemsIn.value(language), language)});
    }
    return hits;
}

} // namespace Newsroom
