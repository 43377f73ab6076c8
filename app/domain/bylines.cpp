// SPDX-License-Identifier: GPL-3.0-or-later
#include "bylines.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Photos)
};

} // namespace

QString formatBylines(const QList<Byline> &bylines, Byline::Kind kind, const QString &language)
{
    QStringList names;
    for (const Byline &byline : bylines) {
        if (byline.kind == kind && !byline.name.trimmed().isEmpty())
            names.append(byline.name.trimmed());
    }
    QString joined;
    for (qsizetype i = 0; i < names.size(); ++i)
        joined += bylineJoiner(i, names.size(), language) + names.at(i);
    return joined;
}

QString bylineJoiner(qsizetype index, qsizetype count, const QString &language)
{
    if (index == 0)
        return {};
    if (index < count - 1)
        return u", "_s;
    return language.startsWith(u"kk") ? u" және "_s : language.startsWith(u"en") ? u" and "_s : u" и "_s;
}

QString ownPhotoCredit(const QString &language)
{
    if (language.startsWith(u"kk"))
        return u"Автордың фотосы"_s;
    if (language.startsWith(u"en"))
        return u"Photo by the author"_s;
    return u"Фото автора"_s;
}

QStringList photoProblems(const Article &article)
{
    QStringList problems;
    for (qsizetype i = 0; i < article.photos.size(); ++i) {
        const ArticlePhoto &photo = article.photos.at(i);
        QStringList missing;
        if (photo.credit.trimmed().isEmpty())
            missing.append(Words::tr("a credit"));
        if (photo.altText.trimmed().isEmpty())
            missing.append(Words::tr("an alt text for readers who cannot see it"));
        if (!missing.isEmpty())
            problems.append(Words::tr("photo %1 (%2) needs %3").arg(i + 1).arg(photo.fileName, missing.join(Words::tr(" and "))));
    }
    return problems;
}

} // namespace Newsroom
