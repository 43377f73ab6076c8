// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecontent.h"

#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "text/slug.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Export", text);
}

constexpr int RelatedCount = 4;
constexpr int RelatedCandidates = 200; // the newest this many per section and tag are weighed

// The words a headline is about, for "related": lower-case, four letters or more.
QSet<QString> headlineWords(const QString &headline)
{
    static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
    QSet<QString> words;
    for (const QString &word : headline.toLower().split(nonWord, Qt::SkipEmptyParts)) {
        if (word.size() >= 4)
            words.insert(word.left(6)); // a crude stem: "комбината" and "комбинат" meet
    }
    return words;
}

void findRelated(SiteContent &content)
{
    QHash<qint64, QList<qsizetype>> bySection;
    QHash<QString, QList<qsizetype>> byTag;
    QList<QSet<QString>> words;
    for (qsizetype i = 0; i < content.stories.size(); ++i) {
        const SiteStory &story = content.stories.at(i);
        if (story.article.categoryId)
            bySection[story.article.categoryId].append(i);
        for (const QString &tag : story.tagSlugs)
            byTag[tag].append(i);
        words.append(headlineWords(story.article.headline));
    }
    // Scores in one array, reset after each story: no hashing in the inner loop.
    std::vector<int> score(size_t(content.stories.size()), 0);
    std::vector<qsizetype> touched;
    for (qsizetype i = 0; i < content.stories.size(); ++i) {
        SiteStory &story = content.stories[i];
        const auto weigh = [&](const QList<qsizetype> &candidates, int points) {
            for (qsizetype k = 0; k < std::min<qsizetype>(candidates.size(), RelatedCandidates); ++k) {
                const qsizetype other = candidates.at(k);
                if (other == i)
                    continue;
                if (score[size_t(other)] == 0)
                    touched.push_back(other);
                score[size_t(other)] += points;
            }
        };
        if (story.article.categoryId)
            weigh(bySection.value(story.article.categoryId), 3);
        for (const QString &tag : std::as_const(story.tagSlugs))
            weigh(byTag.value(tag), 4);
        QList<std::pair<int, qsizetype>> ranked;
        ranked.reserve(qsizetype(touched.size()));
        for (const qsizetype other : touched) {
            int shared = 0;
            for (const QString &word : words.at(i))
                shared += words.at(other).contains(word);
            ranked.append({score[size_t(other)] + 2 * shared, other});
            score[size_t(other)] = 0;
        }
        touched.clear();
        // Best first; among equals the newer (a lower index), so the order is fixed.
        const qsizetype best = std::min<qsizetype>(ranked.size(), RelatedCount);
        std::partial_sort(ranked.begin(), ranked.begin() + best, ranked.end(), [](const auto &a, const auto &b) {
            return a.first != b.first ? a.first > b.first : a.second < b.second;
        });
        for (qsizetype k = 0; k < best; ++k)
            story.related.append(ranked.at(k).second);
    }
}

} // namespace

QString plainExcerpt(const QString &markdown, int length)
{
    static const QRegularExpression photo(u"!\\[[^\\]]*\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression marks(u"[*_`#>|~]+"_s);
    QString text = markdown;
    text.replace(photo, QString()).replace(link, u"\\1"_s).replace(marks, QString());
    text = text.simplified();
    if (text.size() <= length)
        return text;
    qsizetype cut = text.lastIndexOf(u' ', length);
    if (cut < length / 2)
        cut = length;
    return text.left(cut).trimmed() + u"…"_s;
}

Expected<SiteContent> loadSiteContent(Database &database, const QDateTime &nowUtc)
{
    SiteContent content;
    SiteSettingsRepository settings(database);
    const Expected<SiteSettings> loaded = settings.load();
    if (!loaded)
        return loaded.error();
    content.settings = *loaded;
    content.zone = settings.timeZone();

    const Expected<QList<Category>> categories = CategoryRepository(database).list();
    if (!categories)
        return categories.error();
    content.categories = *categories;
    QHash<qint64, Category> byId;
    for (const Category &category : *categories)
        byId.insert(category.id, category);
    for (const Category &category : *categories) {
        QStringList slugs;
        bool valid = true;
        for (qint64 id = category.id; id; id = byId.value(id).parentId) {
            valid = valid && Slug::isValid(byId.value(id).slug);
            slugs.prepend(byId.value(id).slug);
        }
        if (!valid) {
            content.skipped.append(tr("section “%1”: its address “%2” is not a valid slug")
                                       .arg(category.name, slugs.join(u'/')));
            continue;
        }
        content.sections.insert(category.id, SiteSection{category, u"section/"_s + slugs.join(u'/'), {}});
    }

    Expected<QList<Article>> published = ArticleRepository(database).loadAllWithStatus(ArticleStatus::Published);
    if (!published)
        return published.error();
    const Expected<QHash<qint64, QList<WorkflowEvent>>> corrections = Workflow(database).corrections();
    if (!corrections)
        return corrections.error();
    QSet<QString> authorSlugsTaken;
    QHash<QString, QString> authorSlugOf; // name: slug
    QHash<QString, QString> tagSlugOf;
    for (Article &article : *published) {
        if (article.embargoUntil.isValid() && article.embargoUntil > nowUtc) {
            content.skipped.append(tr("“%1”: under embargo until %2 UTC")
                                       .arg(article.headline, article.embargoUntil.toString(u"yyyy-MM-dd HH:mm"_s)));
            continue;
        }
        if (!Slug::isValid(article.slug)) {
            content.skipped.append(tr("“%1”: its address “%2” is not a valid slug").arg(article.headline, article.slug));
            continue;
        }
        SiteStory story;
        story.path = u"news/"_s + article.slug + u".html"_s;
        for (qint64 id = content.sections.contains(article.categoryId) ? article.categoryId : 0; id;
             id = byId.value(id).parentId)
            story.sectionPath.prepend(id);
        for (const QString &tag : std::as_const(article.tags)) {
            // Transliterating is costly and tags repeat: each name once.
            auto known = tagSlugOf.constFind(tag);
            if (known == tagSlugOf.cend())
                known = tagSlugOf.insert(tag, Slug::fromText(tag, article.language));
            const QString slug = *known;
            if (Slug::isValid(slug) && !story.tagSlugs.contains(slug)) {
                story.tagSlugs.append(slug);
                story.tagNames.append(tag);
            }
        }
        for (const Byline &byline : std::as_const(article.bylines)) {
            if (byline.kind != Byline::Kind::Text || byline.name.trimmed().isEmpty())
                continue;
            QString slug = authorSlugOf.value(byline.name);
            if (slug.isEmpty()) {
                const QString base = Slug::fromText(byline.name, article.language);
                slug = base;
                for (int n = 2; authorSlugsTaken.contains(slug); ++n)
                    slug = Slug::withSuffix(base, n);
                if (!Slug::isValid(slug))
                    continue;
                authorSlugsTaken.insert(slug);
                authorSlugOf.insert(byline.name, slug);
            }
            story.authors.append({byline.name, slug});
        }
        story.excerpt = article.lead.trimmed().isEmpty() ? plainExcerpt(article.body) : article.lead.simplified();
        story.corrections = corrections->value(article.id);
        story.article = std::move(article);
        content.stories.append(std::move(story));
    }

    for (qsizetype i = 0; i < content.stories.size(); ++i) {
        const SiteStory &story = content.stories.at(i);
        for (const qint64 id : story.sectionPath)
            content.sections[id].stories.append(i);
        for (qsizetype t = 0; t < story.tagSlugs.size(); ++t) {
            SiteList &tag = content.tags[story.tagSlugs.at(t)];
            if (tag.name.isEmpty())
                tag.name = story.tagNames.at(t);
            tag.stories.append(i);
        }
        for (const auto &[name, slug] : story.authors) {
            SiteList &author = content.authors[slug];
            author.name = name;
            if (author.stories.isEmpty() || author.stories.last() != i)
                author.stories.append(i);
        }
    }
    findRelated(content);
    return content;
}

} // namespace Newsroom
