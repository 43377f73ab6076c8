// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecompare.h"

#include "domain/bylines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Compare)
};

QString photoLines(const QList<ArticlePhoto> &photos)
{
    QStringList lines;
    for (const ArticlePhoto &photo : photos) {
        lines.append(u"%1 [%2] %3 — %4 — %5"_s.arg(photo.fileName, photoRoleName(photo.role), photo.caption, photo.credit,
                                                  photo.altText));
    }
    return lines.join(u'\n');
}

} // namespace

const QList<StoryField> &storyFields()
{
    using F = StoryField;
    static const QList<StoryField> fields = {F::Kicker,  F::Headline, F::Lead,     F::Body,  F::Bylines,
                                             F::Photos,  F::Dateline, F::Section,  F::Tags,  F::Language,
                                             F::Slug,    F::SeoTitle, F::SeoDescription};
    return fields;
}

QString fieldLabel(StoryField field)
{
    switch (field) {
    case StoryField::Kicker: return Words::tr("Kicker");
    case StoryField::Headline: return Words::tr("Headline");
    case StoryField::Lead: return Words::tr("Lead");
    case StoryField::Body: return Words::tr("Body");
    case StoryField::Bylines: return Words::tr("Bylines");
    case StoryField::Photos: return Words::tr("Photos");
    case StoryField::Dateline: return Words::tr("Dateline");
    case StoryField::Section: return Words::tr("Section");
    case StoryField::Tags: return Words::tr("Tags");
    case StoryField::Language: return Words::tr("Language");
    case StoryField::Slug: return Words::tr("Address");
    case StoryField::SeoTitle: return Words::tr("Search title");
    case StoryField::SeoDescription: return Words::tr("Search description");
    }
    return {};
}

QString fieldText(StoryField field, const Article &a, const std::function<QString(qint64)> &categoryName)
{
    switch (field) {
    case StoryField::Kicker: return a.kicker;
    case StoryField::Headline: return a.headline;
    case StoryField::Lead: return a.lead;
    case StoryField::Body: return a.body;
    case StoryField::Bylines: {
        const QString text = formatBylines(a.bylines, Byline::Kind::Text, a.language);
        const QString photo = formatBylines(a.bylines, Byline::Kind::Photo, a.language);
        return photo.isEmpty() ? text : text + u"\n"_s + Words::tr("Photos: %1").arg(photo);
    }
    case StoryField::Photos: return photoLines(a.photos);
    case StoryField::Dateline: return a.dateline;
    case StoryField::Section:
        if (a.categoryId == 0)
            return {};
        return categoryName ? categoryName(a.categoryId) : QString::number(a.categoryId);
    case StoryField::Tags: return a.tags.join(u", "_s);
    case StoryField::Language: return a.language;
    case StoryField::Slug: return a.slug;
    case StoryField::SeoTitle: return a.seoTitle;
    case StoryField::SeoDescription: return a.seoDescription;
    }
    return {};
}

void copyField(StoryField field, const Article &from, Article &to)
{
    switch (field) {
    case StoryField::Kicker: to.kicker = from.kicker; break;
    case StoryField::Headline: to.headline = from.headline; break;
    case StoryField::Lead: to.lead = from.lead; break;
    case StoryField::Body: to.body = from.body; break;
    case StoryField::Bylines: to.bylines = from.bylines; break;
    case StoryField::Photos: to.photos = from.photos; break;
    case StoryField::Dateline: to.dateline = from.dateline; break;
    case StoryField::Section: to.categoryId = from.categoryId; break;
    case StoryField::Tags: to.tags = from.tags; break;
    case StoryField::Language: to.language = from.language; break;
    case StoryField::Slug: to.slug = from.slug; break;
    case StoryField::SeoTitle: to.seoTitle = from.seoTitle; break;
    case StoryField::SeoDescription: to.seoDescription = from.seoDescription; break;
    }
}

QList<FieldChange> compareArticles(const Article &before, const Article &after,
                                   const std::function<QString(qint64)> &categoryName)
{
    QList<FieldChange> changed;
    for (const StoryField field : storyFields()) {
        FieldChange change{field, fieldLabel(field), fieldText(field, before, categoryName),
                           fieldText(field, after, categoryName)};
        if (change.before != change.after)
            changed.append(change);
    }
    return changed;
}

Article restoredFrom(const Article &current, const Article &old)
{
    Article restored = current;
    // The address stays: a published story's is frozen, and links point at it.
    for (const StoryField field : storyFields()) {
        if (field != StoryField::Slug)
            copyField(field, old, restored);
    }
    return restored;
}

} // namespace Newsroom
