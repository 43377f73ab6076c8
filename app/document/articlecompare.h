// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <functional>

namespace Newsroom {

// The fields of a story that people edit, in the form's order.
enum class StoryField {
    Kicker, Headline, Lead, Body, Bylines, Photos, Dateline, Section, Tags, Language, Slug, SeoTitle, SeoDescription
};
const QList<StoryField> &storyFields();
QString fieldLabel(StoryField field); // for people: "Headline", "Photos"
// The field as text a person compares. `categoryName` names a section id.
QString fieldText(StoryField field, const Article &article, const std::function<QString(qint64)> &categoryName = {});
// Sets `field` of `to` to what it is in `from`.
void copyField(StoryField field, const Article &from, Article &to);

// One field that differs between two versions of a story, as text a person compares:
// the body word by word (text/worddiff.h), bylines and photos as the lines they print.
struct FieldChange
{
    StoryField which = StoryField::Headline;
    QString field; // a label for people: "Headline", "Photos"
    QString before;
    QString after;
};

// Every field that differs, in the form's order. `categoryName` names a section id.
QList<FieldChange> compareArticles(const Article &before, const Article &after,
                                   const std::function<QString(qint64)> &categoryName = {});

// A revision's content put back as the story's current text: what is edited comes from
// `old`; identity, state, times and revision from `current` (restoring text never
// unpublishes a story, and saving it is one more revision, not a rewrite of history).
Article restoredFrom(const Article &current, const Article &old);

} // namespace Newsroom
