// SPDX-License-Identifier: GPL-3.0-or-later
#include "article.h"

#include <QCoreApplication>
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

QString codePoint(char16_t c)
{
    return QString::number(c, 16).toUpper().rightJustified(4, u'0');
}

} // namespace

QString unsafeCharacterProblem(QStringView text, bool multiLine)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' && !multiLine)
            return QCoreApplication::translate("Article", "a line break, where the text must be one line");
        if ((c < 0x20 && c != u'\t' && c != u'\n') || (c >= 0x7F && c <= 0x9F))
            return QCoreApplication::translate("Article", "an invisible control character (U+%1)")
                .arg(codePoint(c));
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069))
            return QCoreApplication::translate("Article",
                                               "an invisible direction override (U+%1) that reorders the text")
                .arg(codePoint(c));
    }
    return {};
}

QString statusName(ArticleStatus status)
{
    return nameOf(statusNames, status);
}

QString statusLabel(ArticleStatus status)
{
    switch (status) {
    case ArticleStatus::Draft:
        return QCoreApplication::translate("Article", "Draft", "status of a story");
    case ArticleStatus::Submitted:
        return QCoreApplication::translate("Article", "Submitted", "status of a story: sent for review");
    case ArticleStatus::ChangesRequested:
        return QCoreApplication::translate("Article", "Changes requested", "status of a story");
    case ArticleStatus::Approved:
        return QCoreApplication::translate("Article", "Approved", "status of a story");
    case ArticleStatus::Scheduled:
        return QCoreApplication::translate("Article", "Scheduled", "status of a story");
    case ArticleStatus::Published:
        return QCoreApplication::translate("Article", "Published", "status of a story");
    case ArticleStatus::Unpublished:
        return QCoreApplication::translate("Article", "Unpublished", "status of a story: taken off the site");
    }
    return {};
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
