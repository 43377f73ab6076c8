// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QTimeZone>

#include <array>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr std::array statusNames = {
    std::pair{ArticleStatus::Draft, "draft"_L1},
    std::pair{ArticleStatus::Submitted, "submitted"_L1},
    std::pair{ArticleStatus::ChangesRequested, "changes_requested"_L1},
    std::pair{ArticleStatus::Approved, "approved"_L1},
    std::pair{ArticleStatus::Scheduled, "scheduled"_L1},
    std::pair{ArticleStatus::Published, "published"_L1},
    std::pair{ArticleStatus::Unpublished, "unpublished"_L1},
};

constexpr std::array roleNames = {
    std::pair{PhotoRole::Lead, "lead"_L1},
    std::pair{PhotoRole::Inline, "inline"_L1},
    std::pair{PhotoRole::Gallery, "gallery"_L1},
};

template<typename Enum, size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, Enum value)
{
    for (const auto &[key, name] : table) {
        if (key == value)
            return name;
    }
    Q_UNREACHABLE_RETURN(QString());
}

template<typename Enum, size_t N>
std::optional<Enum> valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &table, QStringView name)
{
    for (const auto &[key, known] : table) {
        if (known == name)
            return key;
    }
    return std::nullopt;
}

} // namespace

QString statusName(ArticleStatus status)
{
    return nameOf(statusNames, status);
}

std::optional<ArticleStatus> statusFromName(QStringView name)
{
    return valueOf(statusNames, name);
}

QString photoRoleName(PhotoRole role)
{
    return nameOf(roleNames, role);
}

std::optional<PhotoRole> photoRoleFromName(QStringView name)
{
    return valueOf(roleNames, name);
}

bool Article::sameContent(const Article &other) const
{
    Article a = *this;
    Article b = other;
    for (Article *x : {&a, &b}) {
        x->id = 0;
        x->revision = 0;
        x->createdAt = x->updatedAt = QDateTime();
        for (ArticlePhoto &photo : x->photos)
            photo.photoId = 0;
    }
    return a == b;
}

qint64 toStoredTime(const QDateTime &time)
{
    return time.isValid() ? time.toMSecsSinceEpoch() : 0;
}

QDateTime fromStoredTime(qint64 msecs)
{
    return msecs == 0 ? QDateTime() : QDateTime::fromMSecsSinceEpoch(msecs, QTimeZone::UTC);
}

} // namespace Newsroom
