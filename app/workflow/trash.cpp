// SPDX-License-Identifier: GPL-3.0-or-later
#include "trash.h"

#include "domain/permissions.h"
#include "storage/database.h"
#include "storage/historyrepository.h"
#include "workflow/workflow.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Trash)
};

} // namespace

Trash::Trash(Database &database)
    : m_db(database)
{
}

Status Trash::check(const Actor &actor, const Article &story, qint64 createdBy)
{
    if (story.status == ArticleStatus::Published)
        return Error{Error::Kind::Conflict,
                     Words::tr("“%1” is on the site: unpublish it first, then move it to the trash").arg(story.headline)};
    if (story.status == ArticleStatus::Scheduled)
        return Error{Error::Kind::Conflict,
                     Words::tr("“%1” is scheduled: take it off the schedule first, then move it to the trash")
                         .arg(story.headline)};
    if (roleMay(actor.role, Capability::EditAnyStory))
        return Done{};
    if (!Workflow::isOwn(actor, story, createdBy))
        return Error{Error::Kind::Permission,
                     Words::tr("“%1” is not %2's story; only its reporters, editors and admins may move it to the trash")
                         .arg(story.headline, actor.name)};
    const bool reportersToWrite = story.status == ArticleStatus::Draft || story.status == ArticleStatus::Submitted
        || story.status == ArticleStatus::ChangesRequested;
    if (!reportersToWrite)
        return Error{Error::Kind::Permission,
                     Words::tr("“%1” is %2: it is the desk's now, and only editors may move it to the trash")
                         .arg(story.headline, statusText(story.status))};
    return Done{};
}

Expected<Article> Trash::moveToTrash(qint64 articleId, const Actor &actor)
{
    return move(articleId, actor, true);
}

Expected<Article> Trash::restore(qint64 articleId, const Actor &actor)
{
    return move(articleId, actor, false);
}

Expected<Article> Trash::move(qint64 articleId, const Actor &actor, bool toTrash)
{
    return m_db.write([&]() -> Expected<Article> {
        ArticleRepository articles(m_db);
        const Expected<Article> story = articles.load(articleId);
        if (!story)
            return story.error();
        if (story->trashedAt.isValid() == toTrash)
            return Error{Error::Kind::Conflict, toTrash ? Words::tr("“%1” is in the trash already").arg(story->headline)
                                                        : Words::tr("“%1” is not in the trash").arg(story->headline)};
        const Expected<qint64> creator = articles.createdBy(articleId);
        if (!creator)
            return creator.error();
        if (Status allowed = check(actor, *story, *creator); !allowed)
            return allowed.error();

        const QString note = toTrash ? Words::tr("Moved to the trash") : Words::tr("Restored from the trash");
        if (!m_db.isSQLite()) {
            // The server records the step itself, in the session's name, at its own time.
            if (Status told = HistoryRepository(m_db).explainStep(toTrash ? u"trash"_s : u"restore"_s, note); !told)
                return told.error();
        }
        Article changed = *story;
        changed.trashedAt = toTrash ? QDateTime::currentDateTimeUtc() : QDateTime();
        SaveOptions options;
        options.personId = actor.personId;
        options.note = note;
        const SaveResult saved = articles.save(changed, options);
        if (!saved.ok())
            return *saved.error;
        if (m_db.isSQLite()) {
            if (Status recorded = HistoryRepository(m_db).record(articleId, story->status, story->status, actor.personId, note);
                !recorded)
                return recorded.error();
        }
        return saved.article;
    });
}

Expected<QList<ArticleSummary>> Trash::list() const
{
    ArticleQuery query;
    query.filter.trash = ArticleFilter::Trash::Trashed;
    query.limit = 1000;
    const Expected<ArticlePage> page = ArticleRepository(m_db).list(query);
    if (!page)
        return page.error();
    QList<ArticleSummary> items = page->items;
    std::ranges::stable_sort(items, std::greater{}, &ArticleSummary::trashedAt);
    return items;
}

Expected<QStringList> Trash::purge(const Actor &actor, const QDateTime &nowUtc)
{
    if (!roleMay(actor.role, Capability::PurgeTrash))
        return Error{Error::Kind::Permission, Words::tr("%1 may not empty the trash; %2 may")
                                                  .arg(actor.name, whoMay(Capability::PurgeTrash))};
    const qint64 cutoff = nowUtc.addDays(-KeptDays).toMSecsSinceEpoch();
    return m_db.write([&]() -> Expected<QStringList> {
        if (m_db.isSQLite()) {
            // The search index is a virtual table, outside the foreign keys' reach.
            Statement index = m_db.prepare(u"DELETE FROM article_search WHERE rowid IN "
                                           "(SELECT id FROM articles WHERE trashed_at < :cutoff)"_s);
            index.bindValue(u":cutoff"_s, cutoff);
            if (Status ran = m_db.exec(index); !ran)
                return ran.error();
        }
        Statement remove =
            m_db.prepare(u"DELETE FROM articles WHERE trashed_at < :cutoff RETURNING coalesce(headline, '')"_s);
        remove.bindValue(u":cutoff"_s, cutoff);
        if (Status ran = m_db.exec(remove); !ran)
            return ran.error();
        QStringList gone;
        while (remove.next())
            gone.append(remove.value(0).toString());
        return gone;
    });
}

} // namespace Newsroom
