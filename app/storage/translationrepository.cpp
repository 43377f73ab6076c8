// SPDX-License-Identifier: GPL-3.0-or-later
#include "translationrepository.h"

#include "articlerepository.h"
#include "database.h"
#include "statement.h"
#include "domain/articlejson.h"
#include "text/interfacelanguage.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Translations)
};

// What a translation renders of its original: the words a reader reads.
QString readableText(const Article &article)
{
    return article.headline + u"\n\n"_s + article.lead + u"\n\n"_s + article.body;
}

} // namespace

TranslationRepository::TranslationRepository(Database &database)
    : m_db(database)
{
}

Expected<TranslationRepository::Group> TranslationRepository::group(qint64 story) const
{
    Group result;
    Statement originalOf = m_db.prepare(u"SELECT original_id FROM story_translations WHERE article_id = :id"_s);
    originalOf.bindValue(u":id"_s, story);
    if (Status ran = m_db.exec(originalOf); !ran)
        return ran.error();
    result.originalId = originalOf.next() ? originalOf.value(0).toLongLong() : story;
    originalOf.finish();

    Statement original = m_db.prepare(u"SELECT id, language, headline, revision FROM articles WHERE id = :id"_s);
    original.bindValue(u":id"_s, result.originalId);
    if (Status ran = m_db.exec(original); !ran)
        return ran.error();
    if (!original.next())
        return Error{Error::Kind::NotFound, Words::tr("there is no story %1").arg(result.originalId)};
    result.originalRevision = original.value(3).toInt();
    result.members.append({original.value(0).toLongLong(), original.value(1).toString(), original.value(2).toString(),
                           true, result.originalRevision});
    original.finish();

    Statement translations = m_db.prepare(
        u"SELECT t.article_id, t.language, a.headline, t.original_revision FROM story_translations t "
        "JOIN articles a ON a.id = t.article_id WHERE t.original_id = :id ORDER BY t.language"_s);
    translations.bindValue(u":id"_s, result.originalId);
    if (Status ran = m_db.exec(translations); !ran)
        return ran.error();
    while (translations.next())
        result.members.append({translations.value(0).toLongLong(), translations.value(1).toString(),
                               translations.value(2).toString(), false, translations.value(3).toInt()});
    translations.finish();
    if (result.members.size() < 2)
        return result;

    // Behind: the original's words changed since the revision a translation follows, not
    // merely its revision (a step through the workflow saves one and changes no word).
    // Untranslated: the translation still says what the original said then.
    ArticleRepository articles(m_db);
    const Expected<Article> now = articles.load(result.originalId);
    if (!now)
        return now.error();
    const QString current = readableText(*now);
    QHash<int, QString> then{{result.originalRevision, current}};
    for (Member &member : result.members) {
        if (member.original)
            continue;
        if (!then.contains(member.inStepWith)) {
            const Expected<QString> text = textAt(result.originalId, member.inStepWith);
            if (!text && text.error().kind != Error::Kind::NotFound)
                return text.error();
            then.insert(member.inStepWith, text ? *text : QString());
        }
        const QString followed = then.value(member.inStepWith);
        member.behind = followed.isNull() || followed != current; // a revision not kept cannot prove it is in step
        const Expected<Article> translation = articles.load(member.id);
        if (!translation)
            return translation.error();
        member.untranslated = readableText(*translation) == current || readableText(*translation) == followed;
    }
    return result;
}

Expected<QString> TranslationRepository::textAt(qint64 story, int revision) const
{
    Statement query = m_db.prepare(u"SELECT snapshot FROM revisions WHERE article_id = :id AND revision = :revision"_s);
    query.bindValue(u":id"_s, story);
    query.bindValue(u":revision"_s, revision);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    if (!query.next())
        return Error{Error::Kind::NotFound, Words::tr("revision %1 of the original is not kept").arg(revision)};
    const Expected<Article> snapshot = articleFromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    if (!snapshot)
        return snapshot.error();
    return readableText(*snapshot);
}

Status TranslationRepository::link(qint64 translation, qint64 original)
{
    return m_db.write([&]() -> Status {
        ArticleRepository articles(m_db);
        const Expected<Article> from = articles.load(original);
        if (!from)
            return from.error();
        const Expected<Article> story = articles.load(translation);
        if (!story)
            return story.error();
        if (story->language == from->language)
            return invalid(Words::tr("“%1” and “%2” are both in %3: a translation is in another language")
                               .arg(story->headline, from->headline, nativeLanguageName(from->language)));
        const Expected<Group> mine = group(translation);
        if (!mine)
            return mine.error();
        if (!mine->isEmpty())
            return invalid(Words::tr("“%1” is already in a group of translations").arg(story->headline));
        const Expected<Group> theirs = group(original);
        if (!theirs)
            return theirs.error();
        if (theirs->originalId != original)
            return invalid(Words::tr("“%1” is itself a translation: link to its original").arg(from->headline));
        for (const Member &member : theirs->members) {
            if (member.language == story->language)
                return invalid(Words::tr("“%1” already has a translation in %2: “%3”")
                                   .arg(from->headline, nativeLanguageName(story->language), member.headline));
        }
        Statement insert = m_db.prepare(u"INSERT INTO story_translations (article_id, original_id, language, "
                                        "original_revision) VALUES (:translation, :original, :language, :revision)"_s);
        insert.bindValue(u":translation"_s, translation);
        insert.bindValue(u":original"_s, original);
        insert.bindValue(u":language"_s, story->language);
        insert.bindValue(u":revision"_s, from->revision);
        return m_db.exec(insert);
    });
}

Expected<qint64> TranslationRepository::translate(qint64 original, const QString &language, qint64 personId)
{
    if (!interfaceLanguages().contains(language))
        return invalid(Words::tr("unknown language “%1”: write ru, kk or en").arg(language));
    return m_db.write([&]() -> Expected<qint64> {
        // From a translation, the new one is made from the group's original.
        const Expected<Group> existing = group(original);
        if (!existing)
            return existing.error();
        ArticleRepository articles(m_db);
        const Expected<Article> from = articles.load(existing->originalId);
        if (!from)
            return from.error();
        Article copy;
        copy.headline = from->headline;
        copy.kicker = from->kicker;
        copy.lead = from->lead;
        copy.body = from->body;
        copy.dateline = from->dateline;
        copy.categoryId = from->categoryId;
        copy.language = language;
        copy.bylines = from->bylines;
        copy.photos = from->photos;
        const Expected<QHash<QString, QString>> tags = tagsIn(from->language, language, from->tags);
        if (!tags)
            return tags.error();
        for (const QString &tag : std::as_const(from->tags)) {
            const QString named = tags->value(tag, tag);
            if (!copy.tags.contains(named))
                copy.tags.append(named);
        }
        if (language == from->language)
            return invalid(Words::tr("“%1” is already in %2").arg(from->headline, nativeLanguageName(language)));
        // A language the group has already is refused by link(), and the copy with it.
        const SaveResult saved = articles.save(copy, {personId, Words::tr("translated from story %1").arg(from->id), false});
        if (!saved.ok())
            return *saved.error;
        if (Status linked = link(saved.article.id, from->id); !linked)
            return linked.error();
        return saved.article.id;
    });
}

Status TranslationRepository::markInStep(qint64 translation)
{
    Statement update = m_db.prepare(u"UPDATE story_translations SET original_revision = "
                                    "(SELECT revision FROM articles WHERE id = original_id) WHERE article_id = :id"_s);
    update.bindValue(u":id"_s, translation);
    if (Status ran = m_db.exec(update); !ran)
        return ran;
    if (update.numRowsAffected() != 1)
        return Error{Error::Kind::NotFound, Words::tr("story %1 is not a translation").arg(translation)};
    return Done{};
}

Expected<QList<DiffSpan>> TranslationRepository::changesSince(qint64 translation) const
{
    const Expected<Group> mine = group(translation);
    if (!mine)
        return mine.error();
    return changesSince(*mine, translation);
}

Expected<QList<DiffSpan>> TranslationRepository::changesSince(const Group &mine, qint64 translation) const
{
    const auto member = std::ranges::find(mine.members, translation, &Member::id);
    if (member == mine.members.end() || member->original)
        return Error{Error::Kind::NotFound, Words::tr("story %1 is not a translation").arg(translation)};
    if (!mine.isBehind(*member))
        return QList<DiffSpan>();
    const Expected<QString> then = textAt(mine.originalId, member->inStepWith);
    if (!then)
        return then.error();
    const Expected<Article> now = ArticleRepository(m_db).load(mine.originalId);
    if (!now)
        return now.error();
    return diffWords(*then, readableText(*now));
}

Expected<QHash<QString, QString>> TranslationRepository::tagsIn(const QString &from, const QString &to,
                                                                 const QStringList &tags) const
{
    Statement pairs = m_db.prepare(
        u"SELECT st.article_id, ot.name, tt.name FROM story_translations st "
        "JOIN articles o ON o.id = st.original_id "
        "JOIN article_tags oat ON oat.article_id = st.original_id JOIN tags ot ON ot.id = oat.tag_id "
        "JOIN article_tags tat ON tat.article_id = st.article_id JOIN tags tt ON tt.id = tat.tag_id "
        "WHERE st.language = :to AND o.language = :from"_s);
    pairs.bindValue(u":to"_s, to);
    pairs.bindValue(u":from"_s, from);
    if (Status ran = m_db.exec(pairs); !ran)
        return ran.error();
    QHash<QString, QSet<qint64>> carried;                 // original tag: the translations whose original had it
    QHash<QString, QHash<QString, QSet<qint64>>> beside; // original tag: translated tag: translations with both
    while (pairs.next()) {
        const qint64 translation = pairs.value(0).toLongLong();
        const QString tag = pairs.value(1).toString();
        carried[tag].insert(translation);
        beside[tag][pairs.value(2).toString()].insert(translation);
    }
    // Certain names first: a tag whose every translation carried exactly one same tag not
    // already another's. Each found one narrows the others' choice; until nothing moves.
    QHash<QString, QString> named;
    QSet<QString> taken;
    for (bool moved = true; moved;) {
        moved = false;
        for (const QString &tag : tags) {
            if (named.contains(tag) || !carried.contains(tag))
                continue;
            QStringList always;
            const QHash<QString, QSet<qint64>> &candidates = beside.value(tag);
            for (auto it = candidates.cbegin(); it != candidates.cend(); ++it) {
                if (!taken.contains(it.key()) && it.value().size() == carried.value(tag).size())
                    always.append(it.key());
            }
            if (always.size() == 1) {
                named.insert(tag, always.constFirst());
                taken.insert(always.constFirst());
                moved = true;
            }
        }
    }
    return named;
}

Expected<QHash<qint64, QString>> TranslationRepository::translationKeys() const
{
    Statement keys = m_db.prepare(u"SELECT t.article_id, t.original_id, o.slug FROM story_translations t "
                                  "JOIN articles o ON o.id = t.original_id"_s);
    if (Status ran = m_db.exec(keys); !ran)
        return ran.error();
    QHash<qint64, QString> found;
    while (keys.next()) {
        const QString key = keys.value(2).toString();
        found.insert(keys.value(0).toLongLong(), key);
        found.insert(keys.value(1).toLongLong(), key);
    }
    return found;
}

Expected<QString> TranslationRepository::behindWarning(qint64 story) const
{
    const Expected<Group> mine = group(story);
    if (!mine)
        return mine.error();
    return behindWarning(*mine, story);
}

Expected<QString> TranslationRepository::behindWarning(const Group &mine, qint64 story) const
{
    const auto member = std::ranges::find(mine.members, story, &Member::id);
    if (member == mine.members.end() || member->original)
        return QString();
    if (member->untranslated)
        return Words::tr("“%1” still holds the words of its original, “%2”: it is not translated into %3 yet.")
            .arg(member->headline, mine.members.constFirst().headline, nativeLanguageName(member->language));
    if (!mine.isBehind(*member))
        return QString();
    const Expected<QList<DiffSpan>> changes = changesSince(mine, story);
    if (!changes)
        return changes.error();
    int words = 0;
    for (const DiffSpan &span : *changes) {
        if (span.kind != DiffSpan::Kind::Same)
            words += int(span.text.split(u' ', Qt::SkipEmptyParts).size());
    }
    return Words::tr("The original, “%1”, has changed since this translation was made from its revision %2 (it is at "
                     "revision %3 now; %n word(s) changed). Check the translation against it, then mark it reviewed.",
                     nullptr, words)
        .arg(mine.members.constFirst().headline)
        .arg(member->inStepWith)
        .arg(mine.originalRevision);
}

Expected<QStringList> TranslationRepository::publishedTranslationsBehind(qint64 story) const
{
    const Expected<Group> mine = group(story);
    if (!mine)
        return mine.error();
    return publishedTranslationsBehind(*mine, story);
}

Expected<QStringList> TranslationRepository::publishedTranslationsBehind(const Group &mine, qint64 story) const
{
    QStringList behind;
    if (mine.originalId != story)
        return behind;
    Statement published = m_db.prepare(u"SELECT t.article_id FROM story_translations t JOIN articles a ON a.id = "
                                       "t.article_id WHERE t.original_id = :id AND a.status = :published"_s);
    published.bindValue(u":id"_s, story);
    published.bindValue(u":published"_s, statusName(ArticleStatus::Published));
    if (Status ran = m_db.exec(published); !ran)
        return ran.error();
    QList<qint64> ids;
    while (published.next())
        ids.append(published.value(0).toLongLong());
    for (const Member &member : mine.members) {
        if (ids.contains(member.id) && mine.isBehind(member))
            behind.append(Words::tr("The published translation (%1), “%2”, follows an older text of this story: update it "
                                    "and mark it reviewed.")
                              .arg(nativeLanguageName(member.language), member.headline));
    }
    return behind;
}

} // namespace Newsroom
