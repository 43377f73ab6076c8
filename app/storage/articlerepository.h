// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "statement.h"
#include "domain/article.h"
#include "domain/result.h"
#include "domain/revision.h"
#include "text/textsearch.h"

#include <optional>


namespace Newsroom {

class Statement;

class Database;

struct SaveOptions
{
    qint64 personId = 0; // who saves; 0 for nobody signed in
    QString note;        // kept with the revision
    // An import keeps the story's own created/updated times instead of "now".
    bool keepTimes = false;
};

// The outcome of a save: the stored story, or why not. On a conflict (someone saved a
// newer revision first) both versions travel back, and nothing was written.
struct SaveResult
{
    Article article;              // as stored now, with its new revision
    std::optional<Article> theirs; // on conflict: the newer version in the store
    std::optional<Error> error;

    bool ok() const { return !error; }
    bool isConflict() const { return error && error->kind == Error::Kind::Conflict; }
};

// One row of a story list: enough to show, nothing heavy.
struct ArticleSummary
{
    qint64 id = 0;
    QString headline;
    QString kicker;
    QString slug;
    ArticleStatus status = ArticleStatus::Draft;
    qint64 categoryId = 0;
    QStringList bylines; // text bylines, in order
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime scheduledAt;
    QDateTime publishedAt;
    int revision = 0;
    QString leadPhotoSha256; // empty when the story has no lead photo
    qint64 leadPhotoId = 0;
    QByteArray leadThumbnail; // the list's small JPEG of it, made at this desk; empty until made
    QDateTime trashedAt; // invalid unless in the trash
};

struct ArticleFilter
{
    std::optional<ArticleStatus> status;
    qint64 categoryId = 0; // with its subcategories
    qint64 authorId = 0;   // a staff byline
    qint64 ownedBy = 0; // a person's own stories: started by them or with their text byline
    QString tag;           // name or slug
    QString language;      // "ru", "kk" or "en"; empty: every language
    enum class DateField { Updated, Published, Created, Scheduled };
    DateField dateField = DateField::Updated;
    QDateTime from; // inclusive
    QDateTime to;   // exclusive
    // The stories in the newsroom, or those in its trash: never both.
    enum class Trash { Kept, Trashed };
    Trash trash = Trash::Kept;
};

struct ArticleQuery
{
    ArticleFilter filter;
    enum class Sort { UpdatedNewest, PublishedNewest, CreatedNewest, Headline };
    Sort sort = Sort::UpdatedNewest;
    bool reversed = false; // oldest first, or headlines from Я to А
    int limit = 50;
    int offset = 0;
};

struct ArticlePage
{
    QList<ArticleSummary> items;
    qint64 total = 0; // matching stories in all pages
};

struct SearchHit
{
    ArticleSummary article;
    double score = 0; // higher is better
    TextSearch::Snippet snippet;
};

class ArticleRepository
{
public:
    explicit ArticleRepository(Database &database);

    Expected<Article> load(qint64 id) const;
    Expected<Article> loadBySlug(const QString &slug) const;
    // Which bodies loadAllWithStatus() reads: every one, or only those of stories without
    // a lead (whose excerpt is made from the body). A large archive's text is most of its
    // size; BodyReader then reads bodies one at a time as they are needed.
    enum class Bodies { All, OfStoriesWithoutLead };
    // Every story in `status`, newest publication first: in four queries however many
    // there are (the export reads the whole published archive this way).
    Expected<QList<Article>> loadAllWithStatus(ArticleStatus status, Bodies bodies = Bodies::All) const;

    // Inserts a new story (id 0) or updates one, only if the store still has
    // article.revision. Every save writes a revision and updates the search index.
    SaveResult save(const Article &article, const SaveOptions &options = {});

    Expected<QList<Revision>> revisions(qint64 articleId) const;
    // Who saved the story last (0: nobody signed in), without reading its revisions.
    Expected<qint64> lastSavedBy(qint64 articleId) const;
    // Who created it (0: nobody signed in, or the story is gone).
    Expected<qint64> createdBy(qint64 articleId) const;
    // The text bylines of published stories, newest publication first, each with what the
    // export needs to give authors their addresses as it does.
    struct PublishedByline
    {
        QString slug;
        QString language;
        QDateTime embargoUntil;
        QString name;
    };
    Expected<QList<PublishedByline>> publishedBylines() const;
    // Scheduled stories whose time is `nowUtc` or earlier, soonest first: id and headline.
    Expected<QList<std::pair<qint64, QString>>> dueForPublication(const QDateTime &nowUtc) const;
    Expected<ArticlePage> list(const ArticleQuery &query) const;
    Expected<QList<SearchHit>> search(const QString &text, const ArticleFilter &filter = {}, int limit = 20) const;
    Expected<qint64> count() const;

    // Rebuilds one story's entry in the search index from what is stored.
    Status reindex(qint64 id);

private:
    Expected<Article> loadWhere(const QString &column, const QVariant &value) const;
    static Article articleFrom(const Statement &query);
    Status loadChildren(Article &article) const;
    Expected<QString> uniqueSlug(const Article &article) const;
    Status writeRevision(const Article &article, const SaveOptions &options);
    Status writeSearchIndex(const Article &article);
    Expected<QList<ArticleSummary>> summaries(Statement &query) const;
    Status attachBylines(QList<ArticleSummary> &items) const;

    Database &m_db;
};

} // namespace Newsroom
