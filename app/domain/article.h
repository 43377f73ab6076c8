// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Newsroom {

enum class ArticleStatus { Draft, Submitted, ChangesRequested, Approved, Scheduled, Published, Unpublished };

QString statusName(ArticleStatus status); // stable identifier stored in the database: "draft", ...
QString statusLabel(ArticleStatus status); // what a person reads, translated: "Draft", "Changes requested"
std::optional<ArticleStatus> statusFromName(QStringView name);

// One author of a story, in order. A staff member has a personId; a guest has only a name.
struct Byline
{
    enum class Kind { Text, Photo }; // who wrote it, who took the pictures

    Kind kind = Kind::Text;
    qint64 personId = 0;
    QString name;

    bool isGuest() const { return personId == 0; }
    friend bool operator==(const Byline &, const Byline &) = default;
};

// What one story's fields may hold: room for any real story, and a wall against a file that
// would fill every page with a 500,000-character headline or take minutes to store.
namespace StoryLimits {
inline constexpr int Headline = 300;
inline constexpr int ShortText = 200; // kicker, dateline, a name, a tag, a section
inline constexpr int Lead = 3000;     // also a caption, alt text, a search description
inline constexpr int Tags = 50;
inline constexpr int SectionDepth = 6;
} // namespace StoryLimits

// Why `text` cannot stand in a story field, or empty when it can: control characters (a
// bell, an escape; a line break too where `multiLine` is false) and the invisible
// direction overrides (U+202A-U+202E, U+2066-U+2069) that make a headline read backwards.
QString unsafeCharacterProblem(QStringView text, bool multiLine);

enum class PhotoRole { Lead, Inline, Gallery };

QString photoRoleName(PhotoRole role);
std::optional<PhotoRole> photoRoleFromName(QStringView name);

// A stored photo as one story uses it. The bytes live once, addressed by SHA-256; caption,
// credit and alt text belong to this use, so a photo can serve two stories differently.
struct ArticlePhoto
{
    qint64 photoId = 0;
    QString sha256; // lower-case hex
    QString fileName;
    QString mimeType;
    int width = 0;
    int height = 0;
    QString caption;
    QString credit;
    QString altText;
    PhotoRole role = PhotoRole::Inline;

    friend bool operator==(const ArticlePhoto &, const ArticlePhoto &) = default;
};

struct Article
{
    qint64 id = 0; // 0 until first saved
    QString headline;
    QString kicker;
    QString lead;
    QString body; // Markdown; HTML is always derived from it
    QString dateline;
    qint64 categoryId = 0; // 0: none yet
    QString slug;
    ArticleStatus status = ArticleStatus::Draft;
    QString language = QStringLiteral("ru");
    QString seoTitle;
    QString seoDescription;
    // All in UTC; invalid when not set.
    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime scheduledAt;
    QDateTime publishedAt;
    // Export leaves the story off the site until then, whatever its state (invalid: none).
    QDateTime embargoUntil;
    // When it was moved to the trash (invalid: it is not there). Out of every list,
    // search and export while there; restored, it is as it was.
    QDateTime trashedAt;
    int revision = 0; // what the store had when this copy was read; 0 for a new story
    QList<Byline> bylines; // in order
    QList<ArticlePhoto> photos; // in order
    QStringList tags;           // names, in order

    // Content equality: everything a writer or editor changes, not the bookkeeping
    // (id, revision and times) that the store assigns.
    bool sameContent(const Article &other) const;
    friend bool operator==(const Article &, const Article &) = default;
};

} // namespace Newsroom

// Made of Qt's implicitly shared types: a list of thousands grows by moving memory.
Q_DECLARE_TYPEINFO(Newsroom::Byline, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Newsroom::ArticlePhoto, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Newsroom::Article, Q_RELOCATABLE_TYPE);

namespace Newsroom {

// Milliseconds since the epoch, as stored; 0 and invalid map onto each other.
qint64 toStoredTime(const QDateTime &time);
QDateTime fromStoredTime(qint64 msecs);

} // namespace Newsroom
