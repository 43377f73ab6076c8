// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlejson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(ArticleJson)
};

QJsonValue timeToJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

QDateTime timeFromJson(const QJsonValue &value)
{
    if (!value.isString())
        return {};
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toTimeZone(QTimeZone::UTC) : QDateTime();
}

} // namespace

QJsonObject toJson(const Article &article)
{
    QJsonArray bylines;
    for (const Byline &byline : article.bylines) {
        QJsonObject object{{u"name"_s, byline.name}, {u"kind"_s, byline.kind == Byline::Kind::Photo ? u"photo"_s : u"text"_s}};
        if (byline.personId != 0)
            object.insert(u"personId"_s, byline.personId);
        bylines.append(object);
    }
    QJsonArray photos;
    for (const ArticlePhoto &photo : article.photos) {
        photos.append(QJsonObject{
            {u"photoId"_s, photo.photoId},
            {u"sha256"_s, photo.sha256},
            {u"fileName"_s, photo.fileName},
            {u"mimeType"_s, photo.mimeType},
            {u"width"_s, photo.width},
            {u"height"_s, photo.height},
            {u"caption"_s, photo.caption},
            {u"credit"_s, photo.credit},
            {u"altText"_s, photo.altText},
            {u"role"_s, photoRoleName(photo.role)},
        });
    }
    return QJsonObject {
        {u"id"_s, article.id},
        {u"revision"_s, article.revision},
        {u"headline"_s, article.headline},
        {u"kicker"_s, article.kicker},
        {u"lead"_s, article.lead},
        {u"body"_s, article.body},
        {u"dateline"_s, article.dateline},
        {u"categoryId"_s, article.categoryId},
        {u"slug"_s, article.slug},
        {u"status"_s, statusName(article.status)},
        {u"language"_s, article.language},
        {u"seoTitle"_s, article.seoTitle},
        {u"seoDescription"_s, article.seoDescription},
        {u"createdAt"_s, timeToJson(article.createdAt)},
        {u"updatedAt"_s, timeToJson(article.updatedAt)},
        {u"scheduledAt"_s, timeToJson(article.scheduledAt)},
        {u"publishedAt"_s, timeToJson(article.publishedAt)},
        {u"embargoUntil"_s, timeToJson(article.embargoUntil)},
        {u"trashedAt"_s, timeToJson(article.trashedAt)},
        {u"bylines"_s, bylines},
        {u"photos"_s, photos},
        {u"tags"_s, QJsonArray::fromStringList(article.tags)},
    };
}

Expected<Article> articleFromJson(const QJsonObject &object)
{
    Article article;
    article.id = object.value(u"id"_s).toInteger();
    article.revision = object.value(u"revision"_s).toInt();
    article.headline = object.value(u"headline"_s).toString();
    article.kicker = object.value(u"kicker"_s).toString();
    article.lead = object.value(u"lead"_s).toString();
    article.body = object.value(u"body"_s).toString();
    article.dateline = object.value(u"dateline"_s).toString();
    article.categoryId = object.value(u"categoryId"_s).toInteger();
    article.slug = object.value(u"slug"_s).toString();
    const QString status = object.value(u"status"_s).toString(u"draft"_s);
    const std::optional<ArticleStatus> parsedStatus = statusFromName(status);
    if (!parsedStatus)
        return invalid(Words::tr("unknown status '%1'").arg(status));
    article.status = *parsedStatus;
    article.language = object.value(u"language"_s).toString(u"ru"_s);
    article.seoTitle = object.value(u"seoTitle"_s).toString();
    article.seoDescription = object.value(u"seoDescription"_s).toString();
    article.createdAt = timeFromJson(object.value(u"createdAt"_s));
    article.updatedAt = timeFromJson(object.value(u"updatedAt"_s));
    article.scheduledAt = timeFromJson(object.value(u"scheduledAt"_s));
    article.publishedAt = timeFromJson(object.value(u"publishedAt"_s));
    article.embargoUntil = timeFromJson(object.value(u"embargoUntil"_s));
    article.trashedAt = timeFromJson(object.value(u"trashedAt"_s));
    for (const QJsonValue &value : object.value(u"bylines"_s).toArray()) {
        const QJsonObject byline = value.toObject();
        article.bylines.append({byline.value(u"kind"_s) == u"photo"_s ? Byline::Kind::Photo : Byline::Kind::Text,
                                byline.value(u"personId"_s).toInteger(), byline.value(u"name"_s).toString()});
    }
    for (const QJsonValue &value : object.value(u"photos"_s).toArray()) {
        const QJsonObject photo = value.toObject();
        const QString role = photo.value(u"role"_s).toString(u"inline"_s);
        const std::optional<PhotoRole> parsedRole = photoRoleFromName(role);
        if (!parsedRole)
            return invalid(Words::tr("unknown photo role '%1'").arg(role));
        article.photos.append({photo.value(u"photoId"_s).toInteger(), photo.value(u"sha256"_s).toString(),
                               photo.value(u"fileName"_s).toString(), photo.value(u"mimeType"_s).toString(),
                               photo.value(u"width"_s).toInt(), photo.value(u"height"_s).toInt(),
                               photo.value(u"caption"_s).toString(), photo.value(u"credit"_s).toString(),
                               photo.value(u"altText"_s).toString(), *parsedRole});
    }
    for (const QJsonValue &tag : object.value(u"tags"_s).toArray())
        article.tags.append(tag.toString());
    return article;
}

} // namespace Newsroom
