// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecontent.h"

#include "storage/articlerepository.h"
#include "storage/bodyreader.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/sitesettingsrepository.h"
#include "storage/translationrepository.h"
#include "text/slug.h"
#include "workflow/workflow.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QThread>

#include <algorithm>
#include <thread>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

constexpr int RelatedCount = 4;
// The stories weighed for each: this many nearest in time in each of its section and
// tags, so an old story relates to its own days, not to this week's news.
constexpr qsizetype RelatedWindow = 200;

// The words a headline is about, for "related": lower-case, four letters or more, cut to
// a crude stem ("комбината" and "комбинат" meet), as small sorted numbers.
class HeadlineWords
{
public:
    explicit HeadlineWords(const QList<SiteStory> &stories)
    {
        static const QRegularExpression nonWord(u"[^\\p{L}\\p{N}]+"_s);
        QHash<QString, int> ids;
        m_start.reserve(size_t(stories.size()) + 1);
        m_start.push_back(0);
        for (const SiteStory &story : stories) {
            const size_t first = m_ids.size();
            for (const QString &word : story.article.headline.toLower().split(nonWord, Qt::SkipEmptyParts)) {
                if (word.size() < 4)
                    continue;
                const QString stem = word.left(6);
                auto known = ids.constFind(stem);
                if (known == ids.cend())
                    known = ids.insert(stem, int(ids.size()));
                m_ids.push_back(*known);
            }
            std::sort(m_ids.begin() + qsizetype(first), m_ids.end());
            m_ids.erase(std::unique(m_ids.begin() + qsizetype(first), m_ids.end()), m_ids.end());
            m_start.push_back(m_ids.size());
        }
        m_vocabulary = size_t(ids.size());
    }

    // A thread's marks: after select(story, marks), shared(story, other, marks) counts the
    // words `other` has in common with `story`.
    std::vector<qsizetype> newMarks() const { return std::vector<qsizetype>(m_vocabulary, -1); }
    void select(qsizetype story, std::vector<qsizetype> &marks) const
    {
        for (size_t k = m_start[size_t(story)]; k < m_start[size_t(story) + 1]; ++k)
            marks[size_t(m_ids[k])] = story;
    }
    int shared(qsizetype selected, qsizetype other, const std::vector<qsizetype> &marks) const
    {
        int count = 0;
        for (size_t k = m_start[size_t(other)]; k < m_start[size_t(other) + 1]; ++k)
            count += marks[size_t(m_ids[k])] == selected;
        return count;
    }

private:
    std::vector<int> m_ids;      // every story's words, one after the other
    std::vector<size_t> m_start; // where each story's begin
    size_t m_vocabulary = 0;
};

void relateStories(SiteStory *stories, qsizetype count, qsizetype from, qsizetype to,
                   const QHash<qint64, QList<qsizetype>> &bySection, const QHash<QString, QList<qsizetype>> &byTag,
                   const HeadlineWords &words);

// The RelatedWindow entries of `list` (ascending story indexes, newest first) nearest to
// `story`, which is in it.
std::pair<qsizetype, qsizetype> windowAround(const QList<qsizetype> &list, qsizetype story)
{
    const qsizetype at = std::lower_bound(list.cbegin(), list.cend(), story) - list.cbegin();
    qsizetype from = std::max<qsizetype>(0, at - RelatedWindow / 2);
    const qsizetype to = std::min<qsizetype>(list.size(), from + RelatedWindow + 1);
    from = std::max<qsizetype>(0, to - RelatedWindow - 1);
    return {from, to};
}

void findRelated(SiteContent &content)
{
    QHash<qint64, QList<qsizetype>> bySection;
    QHash<QString, QList<qsizetype>> byTag;
    for (qsizetype i = 0; i < content.stories.size(); ++i) {
        const SiteStory &story = content.stories.at(i);
        if (story.article.categoryId)
            bySection[story.article.categoryId].append(i);
        for (const QString &tag : story.tagSlugs)
            byTag[tag].append(i);
    }
    const HeadlineWords words(content.stories);
    SiteStory *stories = content.stories.data();
    const qsizetype count = content.stories.size();
    // Each story's related stories depend on nothing the others' change: the stories are
    // shared out between the cores.
    const qsizetype threads = count < 2000 ? 1 : std::max(1, QThread::idealThreadCount());
    std::vector<std::thread> workers;
    for (qsizetype t = 0; t < threads; ++t) {
        const auto relate = [&, from = count * t / threads, to = count * (t + 1) / threads] {
            relateStories(stories, count, from, to, bySection, byTag, words);
        };
        if (t + 1 < threads)
            workers.emplace_back(relate);
        else
            relate();
    }
    for (std::thread &worker : workers)
        worker.join();
}

void relateStories(SiteStory *stories, qsizetype count, qsizetype from, qsizetype to,
                   const QHash<qint64, QList<qsizetype>> &bySection, const QHash<QString, QList<qsizetype>> &byTag,
                   const HeadlineWords &words)
{
    // Scores in one array, reset after each story: no hashing in the inner loop.
    std::vector<int> score(size_t(count), 0);
    std::vector<qsizetype> marks = words.newMarks();
    std::vector<qsizetype> touched;
    std::vector<std::pair<int, qsizetype>> ranked;
    for (qsizetype i = from; i < to; ++i) {
        SiteStory &story = stories[i];
        const auto weigh = [&](const QList<qsizetype> &candidates, int points) {
            const auto [first, last] = windowAround(candidates, i);
            for (qsizetype k = first; k < last; ++k) {
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
        words.select(i, marks);
        for (const qsizetype other : touched) {
            ranked.emplace_back(score[size_t(other)] + 2 * words.shared(i, other, marks), other);
            score[size_t(other)] = 0;
        }
        touched.clear();
        // Best first; among equals the nearer in time, then the newer (a lower index), so
        // the order is fixed.
        const auto best = ranked.begin() + std::min<qsizetype>(qsizetype(ranked.size()), RelatedCount);
        std::partial_sort(ranked.begin(), best, ranked.end(), [i](const auto &a, const auto &b) {
            if (a.first != b.first)
                return a.first > b.first;
            const qsizetype da = std::abs(a.second - i), db = std::abs(b.second - i);
            return da != db ? da < db : a.second < b.second;
        });
        for (auto it = ranked.begin(); it != best; ++it)
            story.related.append(it->second);
        ranked.clear();
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

QString editionPrefix(const SiteSettings &settings, const QString &language)
{
    return language.isEmpty() || language == settings.language ? QString() : settings.folderFor(language) + u'/';
}

namespace {

// `main` (the newsroom's language's frame) as `language`'s: the same sections, under its prefix.
SiteContent frameIn(const SiteContent &main, const QString &language)
{
    SiteContent frame;
    frame.settings = main.settings;
    frame.zone = main.zone;
    frame.categories = main.categories;
    frame.language = language;
    frame.prefix = editionPrefix(main.settings, language);
    // The sections by their names in this language, where they have one.
    for (Category &category : frame.categories)
        category.name = category.nameIn(language);
    for (auto it = main.sections.cbegin(); it != main.sections.cend(); ++it) {
        Category category = it->category;
        category.name = category.nameIn(language);
        frame.sections.insert(it.key(), SiteSection{category, frame.prefix + it->path, {}});
    }
    frame.editions = {{frame.language, frame.prefix, {}}};
    return frame;
}

} // namespace

Expected<SiteContent> loadSiteFrame(Database &database, const QString &language)
{
    SiteContent content;
    SiteSettingsRepository settings(database);
    const Expected<SiteSettings> loaded = settings.load();
    if (!loaded)
        return loaded.error();
    content.settings = *loaded;
    content.zone = settings.timeZone();
    content.language = content.settings.language;

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
            content.skipped.append(Words::tr("section “%1”: its address “%2” is not a valid slug")
                                       .arg(category.name, slugs.join(u'/')));
            continue;
        }
        content.sections.insert(category.id, SiteSection{category, u"section/"_s + slugs.join(u'/'), {}});
    }
    content.editions = {{content.language, content.prefix, {}}};
    if (language.isEmpty() || language == content.language)
        return content;
    SiteContent other = frameIn(content, language);
    other.skipped = content.skipped;
    return other;
}

QString SiteSlugs::tag(const QString &name, const QString &language)
{
    // Transliterating is costly and tags repeat: each name once.
    auto known = tags.constFind(name);
    if (known == tags.cend())
        known = tags.insert(name, Slug::fromText(name, language));
    return *known;
}

QString SiteSlugs::author(const QString &name, const QString &language)
{
    // By the site's language's rules, whatever the story's (a newer story in another
    // language must not move the page): the first story to name an author (newest first)
    // gives the address; a second author whose name makes the same one gets a number.
    QString slug = authors.value(name);
    if (!slug.isEmpty())
        return slug;
    const QString base = Slug::fromText(name, language);
    slug = base;
    for (int n = 2; authorsTaken.contains(slug); ++n)
        slug = Slug::withSuffix(base, n);
    if (!Slug::isValid(slug))
        return {};
    authorsTaken.insert(slug);
    authors.insert(name, slug);
    return slug;
}

SiteStory siteStoryOf(Article article, const SiteContent &site, SiteSlugs &slugs)
{
    SiteStory story;
    story.path = site.prefix + u"news/"_s + article.slug + u".html"_s;
    // A section with a valid address has parents with valid addresses.
    for (qint64 id = site.sections.contains(article.categoryId) ? article.categoryId : 0; id;
         id = site.sections.value(id).category.parentId)
        story.sectionPath.prepend(id);
    for (const QString &tag : std::as_const(article.tags)) {
        const QString slug = slugs.tag(tag, article.language);
        if (Slug::isValid(slug) && !story.tagSlugs.contains(slug)) {
            story.tagSlugs.append(slug);
            story.tagNames.append(tag);
        }
    }
    for (const Byline &byline : std::as_const(article.bylines)) {
        if (byline.kind != Byline::Kind::Text || byline.name.trimmed().isEmpty())
            continue;
        if (const QString slug = slugs.author(byline.name, site.settings.language); !slug.isEmpty())
            story.authors.append({byline.name, slug});
    }
    story.excerpt = article.lead.trimmed().isEmpty() ? plainExcerpt(article.body) : article.lead.simplified();
    story.article = std::move(article);
    return story;
}

namespace {

// The sections, tags and authors that list an edition's stories, and its related stories.
void indexEdition(SiteContent &content)
{
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
}

// The languages in the order the site lists them: the newsroom's, then Russian, Kazakh,
// English, then any other by its code.
int languageRank(const QString &language, const QString &main)
{
    static const QStringList known{u"ru"_s, u"kk"_s, u"en"_s};
    if (language == main)
        return -1;
    const qsizetype at = known.indexOf(language);
    return at >= 0 ? int(at) : int(known.size());
}

} // namespace

Expected<QList<SiteContent>> loadSiteEditions(Database &database, const QDateTime &nowUtc)
{
    Expected<SiteContent> frame = loadSiteFrame(database);
    if (!frame)
        return frame.error();
    const SiteContent &main = *frame;

    // Bodies only where the excerpt is made from one: the exporter reads the others as it
    // renders, so an export that renders little reads little.
    Expected<QList<Article>> published
        = ArticleRepository(database).loadAllWithStatus(ArticleStatus::Published, ArticleRepository::Bodies::OfStoriesWithoutLead);
    if (!published)
        return published.error();
    const Expected<QHash<qint64, QList<WorkflowEvent>>> corrections = Workflow(database).corrections();
    if (!corrections)
        return corrections.error();
    const Expected<QHash<qint64, QString>> translationKeys = TranslationRepository(database).translationKeys();
    if (!translationKeys)
        return translationKeys.error();

    QHash<QString, SiteContent> byLanguage{{main.language, main}};
    QStringList skipped = main.skipped;
    QHash<QString, QList<std::pair<QString, qsizetype>>> groups; // by translation key: language, index in it
    SiteSlugs slugs;
    qsizetype order = 0;
    for (Article &article : *published) {
        if (article.embargoUntil.isValid() && article.embargoUntil > nowUtc) {
            skipped.append(Words::tr("“%1”: under embargo until %2 UTC")
                               .arg(article.headline, article.embargoUntil.toString(u"yyyy-MM-dd HH:mm"_s)));
            continue;
        }
        if (!Slug::isValid(article.slug)) {
            skipped.append(Words::tr("“%1”: its address “%2” is not a valid slug").arg(article.headline, article.slug));
            continue;
        }
        if (article.lead.trimmed().isEmpty() && article.body.isEmpty()) {
            // A lead of nothing but line breaks, which SQL's trim() keeps.
            const Expected<QString> body = BodyReader(database, ArticleStatus::Published).body(article.id);
            if (!body)
                return body.error();
            article.body = *body;
        }
        auto edition = byLanguage.find(article.language);
        if (edition == byLanguage.end())
            edition = byLanguage.insert(article.language, frameIn(main, article.language));
        const qint64 id = article.id;
        SiteStory story = siteStoryOf(std::move(article), *edition, slugs);
        story.article.body.clear();
        story.corrections = corrections->value(id);
        story.order = order++;
        if (const auto key = translationKeys->constFind(id); key != translationKeys->cend())
            groups[*key].append({edition->language, edition->stories.size()});
        edition->stories.append(std::move(story));
    }

    // A story and its translations on the site link to one another, the original first.
    for (const QList<std::pair<QString, qsizetype>> &group : std::as_const(groups)) {
        if (group.size() < 2)
            continue;
        QList<SiteVersion> versions;
        for (const auto &[language, index] : group) {
            const SiteStory &story = byLanguage.constFind(language)->stories.at(index);
            versions.append({language, story.path, translationKeys->value(story.article.id) == story.article.slug});
        }
        std::stable_sort(versions.begin(), versions.end(), [&](const SiteVersion &a, const SiteVersion &b) {
            if (a.original != b.original)
                return a.original;
            return languageRank(a.language, main.language) < languageRank(b.language, main.language);
        });
        for (const auto &[language, index] : group)
            byLanguage[language].stories[index].versions = versions;
    }

    QStringList languages = byLanguage.keys();
    std::sort(languages.begin(), languages.end(), [&](const QString &a, const QString &b) {
        const int ra = languageRank(a, main.language), rb = languageRank(b, main.language);
        return ra != rb ? ra < rb : a < b;
    });
    QList<SiteContent> editions;
    QList<SiteEdition> refs;
    for (const QString &language : std::as_const(languages)) {
        SiteContent edition = byLanguage.take(language);
        indexEdition(edition);
        // The newsroom's language lists every section, others those with stories in them.
        SiteEdition ref{edition.language, edition.prefix, {}};
        for (auto it = edition.sections.cbegin(); it != edition.sections.cend(); ++it) {
            if (!it->stories.isEmpty() || edition.prefix.isEmpty())
                ref.sections.insert(it.key());
        }
        refs.append(ref);
        editions.append(std::move(edition));
    }
    for (SiteContent &edition : editions) {
        edition.editions = refs;
        edition.skipped.clear();
    }
    editions.first().skipped = skipped;
    return editions;
}

} // namespace Newsroom
