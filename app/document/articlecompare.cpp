// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlecompare.h"

#include "media/photoattach.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::Compare", text);
}

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

QList<FieldChange> compareArticles(const Article &before, const Article &after,
                                   const std::function<QString(qint64)> &categoryName)
{
    const auto section = [&](qint64 id) {
        if (id == 0)
            return QString();
        return categoryName ? categoryName(id) : QString::number(id);
    };
    const auto bylines = [](const Article &a) {
        const QString text = formatBylines(a.bylines, Byline::Kind::Text, a.language);
        const QString photo = formatBylines(a.bylines, Byline::Kind::Photo, a.language);
        return photo.isEmpty() ? text : text + u"\n"_s + tr("Photos: %1").arg(photo);
    };
    const QList<FieldChange> all = {
        {tr("Kicker"), before.kicker, after.kicker},
        {tr("Headline"), before.headline, after.headline},
        {tr("Lead"), before.lead, after.lead},
        {tr("Body"), before.body, after.body},
        {tr("Bylines"), bylines(before), bylines(after)},
        {tr("Photos"), photoLines(before.photos), photoLines(after.photos)},
        {tr("Dateline"), before.dateline, after.dateline},
        {tr("Section"), section(before.categoryId), section(after.categoryId)},
        {tr("Tags"), before.tags.join(u", "_s), after.tags.join(u", "_s)},
        {tr("Language"), before.language, after.language},
        {tr("Address"), before.slug, after.slug},
        {tr("Search title"), before.seoTitle, after.seoTitle},
        {tr("Search description"), before.seoDescription, after.seoDescription},
    };
    QList<FieldChange> changed;
    for (const FieldChange &change : all) {
        if (change.before != change.after)
            changed.append(change);
    }
    return changed;
}

Article restoredFrom(const Article &current, const Article &old)
{
    Article restored = current;
    restored.headline = old.headline;
    restored.kicker = old.kicker;
    restored.lead = old.lead;
    restored.body = old.body;
    restored.dateline = old.dateline;
    restored.categoryId = old.categoryId;
    restored.language = old.language;
    restored.seoTitle = old.seoTitle;
    restored.seoDescription = old.seoDescription;
    restored.bylines = old.bylines;
    restored.photos = old.photos;
    restored.tags = old.tags;
    // The address stays: a published story's is frozen, and links point at it.
    return restored;
}

} // namespace Newsroom
