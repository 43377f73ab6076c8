// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyfile.h"

#include "text/language.h"
#include "text/slug.h"
#include "yamltree.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace Newsroom::StoryFile {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(StoryFile)
};

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

// The keys a story file's front matter may hold. Keys Hugo and Jekyll sites carry for
// their own themes are accepted and left out (the import says so); a key one or two
// letters away from one of ours is a slip, and refused with the key it meant.
constexpr std::array StoryKeys{"title"_L1,   "kicker"_L1,  "slug"_L1,      "status"_L1,   "draft"_L1,
                               "language"_L1, "lang"_L1,    "date"_L1,      "created"_L1,  "published"_L1,
                               "lastmod"_L1, "scheduled"_L1, "category"_L1, "categories"_L1, "tags"_L1,
                               "authors"_L1, "author"_L1,  "photographers"_L1, "dateline"_L1, "lead"_L1,
                               "summary"_L1, "description"_L1, "seo_title"_L1, "photos"_L1, "images"_L1,
                               "translationKey"_L1};
constexpr std::array PhotoKeys{"file"_L1, "caption"_L1, "credit"_L1, "alt"_L1, "role"_L1};

// Optimal string alignment distance: a transposed pair ("slgu") counts as one edit.
int editDistance(QStringView a, QStringView b)
{
    QList<QList<int>> d(a.size() + 1, QList<int>(b.size() + 1, 0));
    for (qsizetype i = 0; i <= a.size(); ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= b.size(); ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int cost = a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (i > 1 && j > 1 && a.at(i - 1) == b.at(j - 2) && a.at(i - 2) == b.at(j - 1))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[a.size()][b.size()];
}

template<size_t N>
QString nearestKey(const QString &key, const std::array<QLatin1StringView, N> &known)
{
    QString best;
    int bestDistance = 3;
    for (const QLatin1StringView candidate : known) {
        const int distance = editDistance(key, QString(candidate));
        if (distance < bestDistance && distance * 3 <= std::max<int>(int(candidate.size()), 3)) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return best;
}

// "2026-01-31", "2026-01-31T10:00:00+05:00", Jekyll's "2026-01-31 10:00:00 +0500": every
// part checked, nothing after it. A time without an offset is the newsroom's.
std::optional<QDateTime> strictTime(const QString &text, const QTimeZone &zone)
{
    static const QRegularExpression form(
        uR"(^(\d{4})-(\d\d)-(\d\d)(?:[Tt ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,9}))?)? ?(Z|[+-]\d\d(?::?\d\d)?)?)?$)"_s);
    const QRegularExpressionMatch m = form.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const int hour = m.captured(4).toInt();
    const int minute = m.captured(5).toInt();
    const int second = m.captured(6).toInt();
    const int milliseconds = m.captured(7).isEmpty() ? 0 : m.captured(7).left(3).leftJustified(3, u'0').toInt();
    if (!date.isValid() || hour > 23 || minute > 59 || second > 59)
        return std::nullopt;
    const QTime time(hour, minute, second, milliseconds);
    const QString offset = m.captured(8);
    if (offset.isEmpty())
        return QDateTime(date, time, zone).toUTC();
    if (offset == u"Z")
        return QDateTime(date, time, QTimeZone::UTC);
    const QString digits = offset.mid(1).remove(u':');
    const int offsetHours = digits.left(2).toInt();
    const int offsetMinutes = digits.size() > 2 ? digits.mid(2).toInt() : 0;
    if (offsetHours > 14 || offsetMinutes > 59)
        return std::nullopt;
    const int seconds = (offset.startsWith(u'-') ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
    return QDateTime(date, time, QTimeZone::fromSecondsAheadOfUtc(seconds)).toUTC();
}

// Reads the front matter's fields; every message carries the file, line and column.
class Reader
{
public:
    Reader(const YamlTree::Node &root, const QString &fileName)
        : m_root(root)
        , m_fileName(fileName)
    {
    }

    QString where(const YamlTree::Node &node) const
    {
        return u"%1:%2:%3"_s.arg(m_fileName).arg(node.line).arg(node.column);
    }

    const YamlTree::Node *node(QStringView key, const YamlTree::Node &within) const
    {
        const YamlTree::Node *found = within.value(key);
        return found && !found->isNull() ? found : nullptr;
    }
    const YamlTree::Node *node(QStringView key) const { return node(key, m_root); }

    // Text of at most `limit` characters, one line unless `multiLine`.
    std::optional<QString> string(QStringView key, const YamlTree::Node &within, int limit, bool multiLine = false)
    {
        const YamlTree::Node *found = node(key, within);
        if (!found)
            return std::nullopt;
        if (found->kind != YamlTree::Node::Kind::Scalar) {
            fail(*found, Words::tr("“%1” should be text").arg(key));
            return std::nullopt;
        }
        return checkedText(*found, key, limit, multiLine);
    }
    std::optional<QString> string(QStringView key, int limit, bool multiLine = false)
    {
        return string(key, m_root, limit, multiLine);
    }

    std::optional<QString> checkedText(const YamlTree::Node &scalar, QStringView key, int limit, bool multiLine)
    {
        const QString text = multiLine ? scalar.scalar : scalar.scalar.trimmed();
        if (const QString problem = unsafeCharacterProblem(text, multiLine); !problem.isEmpty()) {
            fail(scalar, Words::tr("“%1” holds %2").arg(key, problem));
            return std::nullopt;
        }
        if (text.size() > limit) {
            fail(scalar, Words::tr("“%1” is %n character(s) long", nullptr, int(text.size())).arg(key) + Words::tr("; at most %n fit", "characters", int(limit)));
            return std::nullopt;
        }
        return text;
    }

    // A scalar or a list of scalars.
    QStringList list(QStringView key, int limit)
    {
        const YamlTree::Node *found = node(key);
        QStringList items;
        if (!found)
            return items;
        if (found->kind == YamlTree::Node::Kind::Scalar) {
            if (const std::optional<QString> text = checkedText(*found, key, limit, false))
                items.append(*text);
        } else if (found->kind == YamlTree::Node::Kind::Sequence) {
            items.reserve(found->items.size());
            for (const YamlTree::Node &item : found->items) {
                if (item.isNull())
                    continue;
                if (item.kind != YamlTree::Node::Kind::Scalar) {
                    fail(item, Words::tr("each entry of “%1” should be text").arg(key));
                    return {};
                }
                const std::optional<QString> text = checkedText(item, key, limit, false);
                if (!text)
                    return {};
                items.append(*text);
            }
        } else {
            fail(*found, Words::tr("“%1” should be text or a list").arg(key));
        }
        return items;
    }

    std::optional<bool> boolean(QStringView key)
    {
        const YamlTree::Node *found = node(key);
        if (!found)
            return std::nullopt;
        const QString value = found->kind == YamlTree::Node::Kind::Scalar ? found->scalar.toLower() : QString();
        if (value == u"true" || value == u"yes")
            return true;
        if (value == u"false" || value == u"no")
            return false;
        fail(*found, Words::tr("“%1” should be true or false").arg(key));
        return std::nullopt;
    }

    QDateTime time(QStringView key, const QTimeZone &zone)
    {
        const std::optional<QString> text = string(key, 64);
        if (!text || text->isEmpty())
            return {};
        if (const std::optional<QDateTime> time = strictTime(*text, zone))
            return *time;
        fail(*node(key), Words::tr("“%1” is not a date and time: “%2” (write 2026-01-31T10:00:00+05:00, or 2026-01-31 "
                            "for a day)")
                             .arg(key, *text));
        return {};
    }

    // Refuses a key that is a slip for one of `known`; notes one that is simply not ours.
    template<size_t N>
    void checkKeys(const YamlTree::Node &map, const std::array<QLatin1StringView, N> &known, QStringList &ignored)
    {
        for (qsizetype i = 0; i < map.keys.size(); ++i) {
            const QString &key = map.keys.at(i);
            if (std::find(known.begin(), known.end(), key) != known.end())
                continue;
            const QString at = u"%1:%2:%3"_s.arg(m_fileName).arg(map.keyLines.at(i)).arg(map.keyColumns.at(i));
            if (const QString meant = nearestKey(key, known); !meant.isEmpty())
                fail(at, Words::tr("unknown key “%1”: did you mean “%2”?").arg(key, meant));
            else
                ignored.append(Words::tr("%1: “%2” is not a field Newsroom keeps; it was left out").arg(at, key));
        }
    }

    void fail(const YamlTree::Node &node, const QString &message) { fail(where(node), message); }
    // Every problem is kept (up to a screenful), so a file is mended in one go.
    void fail(const QString &where, const QString &message)
    {
        const QString line = where + u": "_s + message;
        if (m_errors.size() < 12 && !m_errors.contains(line))
            m_errors.append(line);
    }
    QString error() const { return m_errors.join(u'\n'); }

private:
    const YamlTree::Node &m_root;
    QString m_fileName;
    QStringList m_errors;
};

// The section path, each part a name with at least one letter or digit: "Новости/Общество".
std::optional<QString> sectionPath(Reader &read, const YamlTree::Node &node, const QString &path)
{
    QStringList parts;
    for (const QString &part : path.split(u'/')) {
        const QString name = part.simplified();
        if (name.isEmpty())
            continue;
        if (std::none_of(name.begin(), name.end(), [](QChar c) { return c.isLetterOrNumber(); })) {
            read.fail(node, Words::tr("“%1” cannot be a section: a section's name needs a letter or a digit").arg(name));
            return std::nullopt;
        }
        parts.append(name);
    }
    if (parts.size() > StoryLimits::SectionDepth) {
        read.fail(node, Words::tr("the section path has %1 levels; at most %2").arg(parts.size()).arg(StoryLimits::SectionDepth));
        return std::nullopt;
    }
    return parts.join(u'/');
}

// A photo's file, inside the story's own folder.
bool photoPathStaysInside(const QString &file)
{
    if (file.startsWith(u'/') || file.startsWith(u'\\') || file.contains(u"://"_s) || file.startsWith(u"data:"_s)
        || (file.size() > 1 && file.at(1) == u':'))
        return false;
    const QStringList parts = QString(file).replace(u'\\', u'/').split(u'/');
    return std::none_of(parts.begin(), parts.end(), [](const QString &part) { return part == u".."; });
}

} // namespace

qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        int extra = 0;
        char32_t minimum = 0;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            extra = 1;
            minimum = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            minimum = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            minimum = 0x10000;
        } else {
            return i;
        }
        char32_t code = c & (0x3F >> extra);
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n || (p[i + k] & 0xC0) != 0x80)
                return i;
            code = (code << 6) | (p[i + k] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return i;
        i += extra + 1;
    }
    return -1;
}

Expected<Parsed> parse(const QByteArray &input, const QString &fileName, const QTimeZone &zone)
{
    if (input.size() > MaxFileSize)
        return invalid(Words::tr("%1: the file is %2 MB; a story file may be at most %3 MB")
                           .arg(fileName)
                           .arg(double(input.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(MaxFileSize / (1024 * 1024)));
    if (const qsizetype nul = input.indexOf('\0'); nul >= 0)
        return invalid(Words::tr("%1:%2: contains a NUL byte: this is not a text file").arg(fileName).arg(lineAt(input, nul)));
    if (const qsizetype bad = firstInvalidUtf8(input); bad >= 0)
        return invalid(Words::tr("%1:%2: is not valid UTF-8 (byte %3); save the file as UTF-8")
                           .arg(fileName)
                           .arg(lineAt(input, bad))
                           .arg(bad + 1));

    QByteArray bytes = input;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    bytes.replace("\r\n", "\n");

    QByteArray frontMatter;
    QByteArray body = bytes;
    if (bytes.startsWith("+++"))
        return invalid(Words::tr("%1:1: TOML front matter (+++) is not supported; write it as YAML between --- lines").arg(fileName));
    if (bytes.startsWith("---\n") || bytes == "---") {
        qsizetype end = -1;
        qsizetype at = 4;
        while (at <= bytes.size()) {
            const qsizetype eol = bytes.indexOf('\n', at);
            const QByteArray line = bytes.mid(at, (eol < 0 ? bytes.size() : eol) - at);
            if (line == "---" || line == "...") {
                end = at;
                break;
            }
            if (eol < 0)
                break;
            at = eol + 1;
        }
        if (end < 0)
            return invalid(Words::tr("%1:1: the front matter opened by --- is never closed by another ---").arg(fileName));
        frontMatter = bytes.mid(4, end - 4);
        const qsizetype bodyStart = bytes.indexOf('\n', end);
        body = bodyStart < 0 ? QByteArray() : bytes.mid(bodyStart + 1);
        if (body.startsWith('\n'))
            body.remove(0, 1);
    }

    const int bodyLine = lineAt(bytes, bytes.size() - body.size());
    Expected<YamlTree::Node> tree = frontMatter.trimmed().isEmpty() ? YamlTree::Node()
                                                                    : YamlTree::parse(frontMatter, fileName, 2);
    if (!tree)
        return tree.error();
    if (tree->isNull())
        tree->kind = YamlTree::Node::Kind::Map;
    if (tree->kind != YamlTree::Node::Kind::Map)
        return invalid(Words::tr("%1:2: the front matter should be a list of “key: value” lines").arg(fileName));
    const YamlTree::Node &root = *tree;

    Reader read(root, fileName);
    Parsed parsed;
    read.checkKeys(root, StoryKeys, parsed.ignored);
    Article &a = parsed.article;
    // Trailing blank lines are not content; the written file ends the body with one newline.
    a.body = QString::fromUtf8(body);
    while (a.body.endsWith(u'\n') || a.body.endsWith(u' '))
        a.body.chop(1);
    if (const QString problem = unsafeCharacterProblem(a.body, true); !problem.isEmpty()) {
        const qsizetype at = std::find_if(a.body.begin(), a.body.end(),
                                          [](QChar c) { return !unsafeCharacterProblem(QStringView(&c, 1), true).isEmpty(); })
            - a.body.begin();
        read.fail(u"%1:%2"_s.arg(fileName).arg(bodyLine + a.body.left(at).count(u'\n')), Words::tr("the text holds %1").arg(problem));
    }
    a.headline = read.string(u"title", StoryLimits::Headline).value_or(QString());
    if (a.headline.isEmpty() && !read.error().isEmpty())
        return invalid(read.error());
    if (a.headline.isEmpty() && !read.node(u"title")) {
        // No title: a first "# Heading" line in the body serves, as many Markdown archives do.
        static const QRegularExpression heading(u"^#\\s+(.+?)\\s*#*\\s*(\\n|$)"_s);
        if (const QRegularExpressionMatch m = heading.match(a.body); m.hasMatch()) {
            a.headline = m.captured(1);
            a.body = a.body.mid(m.capturedEnd()).trimmed();
            if (a.headline.size() > StoryLimits::Headline)
                read.fail(u"%1:%2"_s.arg(fileName).arg(bodyLine),
                          Words::tr("the heading is %n character(s) long", nullptr, int(a.headline.size()))
                              + Words::tr("; a headline may have at most %n", "characters", int(StoryLimits::Headline)));
        }
    }
    if (a.headline.isEmpty())
        return invalid(Words::tr("%1:1: the story has no title: add “title:” to the front matter").arg(fileName));

    a.kicker = read.string(u"kicker", StoryLimits::ShortText).value_or(QString());
    a.lead = read.string(u"lead", StoryLimits::Lead, true)
                 .value_or(read.string(u"summary", StoryLimits::Lead, true).value_or(QString()));
    a.dateline = read.string(u"dateline", StoryLimits::ShortText).value_or(QString());
    parsed.translationKey = read.string(u"translationKey", StoryLimits::ShortText).value_or(QString()).trimmed();
    a.slug = read.string(u"slug", 512).value_or(QString());
    if (!a.slug.isEmpty() && !Slug::isValid(a.slug))
        read.fail(*read.node(u"slug"), Words::tr("the slug “%1” may hold only a-z, 0-9 and hyphens, at most %n character(s)", nullptr,
                                                     int(Slug::MaxLength))
                                               .arg(a.slug));
    a.seoTitle = read.string(u"seo_title", StoryLimits::Headline).value_or(QString());
    a.seoDescription = read.string(u"description", StoryLimits::Lead, true).value_or(QString());
    const QStringView languageKey = read.node(u"language") ? u"language" : u"lang";
    a.language = read.string(languageKey, 64).value_or(QString()).toLower();
    if (a.language.isEmpty()) {
        a.language = guessLanguage(QString(a.headline + u' ' + a.lead + u' ' + a.body.left(4000)));
    } else {
        // "ru-KZ" and "kk_KZ" name the language and the country: the language is what counts.
        const QString language = a.language.section(QRegularExpression(u"[-_]"_s), 0, 0);
        if (language == u"ru" || language == u"kk" || language == u"en")
            a.language = language;
        else
            read.fail(*read.node(languageKey), Words::tr("unknown language “%1”: write ru, kk or en%2")
                                                   .arg(a.language,
                                                        language == u"kz" || language == u"kaz"
                                                            ? Words::tr(" (Kazakh is kk)")
                                                            : QString()));
    }

    std::optional<bool> draft = read.boolean(u"draft");
    // Jekyll's "published: false" marks a draft; our "published" is the time it went out.
    const YamlTree::Node *published = read.node(u"published");
    const bool jekyllPublished = published && !published->quoted
        && (published->scalar == u"true" || published->scalar == u"false");
    if (jekyllPublished && !draft)
        draft = published->scalar == u"false";
    if (const std::optional<QString> status = read.string(u"status", 64)) {
        const std::optional<ArticleStatus> known = statusFromName(*status);
        if (!known) {
            read.fail(*read.node(u"status"), Words::tr("unknown status “%1” (draft, submitted, changes_requested, approved, "
                                                "scheduled, published or unpublished)")
                                                 .arg(*status));
        } else {
            a.status = *known;
            const bool live = a.status == ArticleStatus::Published || a.status == ArticleStatus::Unpublished;
            if (draft && *draft == live)
                read.fail(*read.node(u"draft"), Words::tr("“draft: %1” contradicts “status: %2”: keep one of them")
                                                    .arg(*draft ? u"true"_s : u"false"_s, *status));
        }
    } else {
        // An archive being migrated is published unless it says it is a draft.
        a.status = draft.value_or(false) ? ArticleStatus::Draft : ArticleStatus::Published;
    }

    const QDateTime date = read.time(u"date", zone);
    a.createdAt = read.time(u"created", zone);
    if (!a.createdAt.isValid())
        a.createdAt = date;
    if (!jekyllPublished)
        a.publishedAt = read.time(u"published", zone);
    if (!a.publishedAt.isValid() && (a.status == ArticleStatus::Published || a.status == ArticleStatus::Unpublished))
        a.publishedAt = date;
    a.updatedAt = read.time(u"lastmod", zone);
    if (!a.updatedAt.isValid())
        a.updatedAt = a.createdAt;
    a.scheduledAt = read.time(u"scheduled", zone);

    if (const std::optional<QString> category = read.string(u"category", 1000)) {
        parsed.categoryPath = sectionPath(read, *read.node(u"category"), *category).value_or(QString());
    } else if (const QStringList categories = read.list(u"categories", 1000); !categories.isEmpty()) {
        // Jekyll writes several categories as one string, "jekyll update": the first is the section.
        const YamlTree::Node *given = read.node(u"categories");
        const QString first = given->kind == YamlTree::Node::Kind::Scalar ? categories.first().section(u' ', 0, 0, QString::SectionSkipEmpty)
                                                                        : categories.first();
        parsed.categoryPath = sectionPath(read, *given, first).value_or(QString());
    }

    // Tags kept once each, whatever their case, in one pass.
    QSet<QString> seenTags;
    for (const QString &tag : read.list(u"tags", StoryLimits::ShortText)) {
        const QString name = tag.simplified();
        if (!name.isEmpty() && !seenTags.contains(name.toCaseFolded())) {
            seenTags.insert(name.toCaseFolded());
            a.tags.append(name);
        }
    }
    if (a.tags.size() > StoryLimits::Tags)
        read.fail(*read.node(u"tags"), Words::tr("the story has %1 different tags; at most %2 fit one story")
                                           .arg(a.tags.size())
                                           .arg(StoryLimits::Tags));

    const QStringView authorsKey = read.node(u"authors") ? u"authors" : u"author";
    for (const QString &name : read.list(authorsKey, StoryLimits::ShortText))
        if (!name.isEmpty())
            a.bylines.append({Byline::Kind::Text, 0, name});
    for (const QString &name : read.list(u"photographers", StoryLimits::ShortText))
        if (!name.isEmpty())
            a.bylines.append({Byline::Kind::Photo, 0, name});

    if (const YamlTree::Node *photos = read.node(u"photos")) {
        if (photos->kind != YamlTree::Node::Kind::Sequence)
            read.fail(*photos, Words::tr("“photos” should be a list of entries with file, caption, credit, alt and role"));
        else
            for (const YamlTree::Node &entry : photos->items) {
                PhotoEntry photo;
                photo.line = entry.line;
                if (entry.kind == YamlTree::Node::Kind::Scalar) {
                    photo.file = read.checkedText(entry, u"file", 1000, false).value_or(QString());
                } else if (entry.kind == YamlTree::Node::Kind::Map) {
                    read.checkKeys(entry, PhotoKeys, parsed.ignored);
                    photo.file = read.string(u"file", entry, 1000).value_or(QString());
                    photo.caption = read.string(u"caption", entry, StoryLimits::Lead, true).value_or(QString());
                    photo.credit = read.string(u"credit", entry, StoryLimits::ShortText).value_or(QString());
                    photo.altText = read.string(u"alt", entry, StoryLimits::Lead).value_or(QString());
                    const QString role = read.string(u"role", entry, 64).value_or(u"inline"_s);
                    const std::optional<PhotoRole> known = photoRoleFromName(role);
                    if (!known)
                        read.fail(entry, Words::tr("unknown photo role “%1” (lead, inline or gallery)").arg(role));
                    photo.role = known.value_or(PhotoRole::Inline);
                }
                if (photo.file.isEmpty())
                    read.fail(entry, Words::tr("a photo entry without a file"));
                else if (!photoPathStaysInside(photo.file))
                    read.fail(entry, Words::tr("the photo “%1” must be a file beside the story or in a folder below it, "
                                        "not an absolute path, a path through “..” or an address")
                                         .arg(photo.file));
                parsed.photos.append(photo);
            }
    } else if (const YamlTree::Node *images = read.node(u"images")) {
        const QStringList files = read.list(u"images", 1000); // Hugo: the first is the story's image
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (!photoPathStaysInside(files.at(i)))
                read.fail(*images, Words::tr("the photo “%1” must be a file beside the story or in a folder below it, "
                                      "not an absolute path, a path through “..” or an address")
                                       .arg(files.at(i)));
            parsed.photos.append({files.at(i), {}, {}, {}, i == 0 ? PhotoRole::Lead : PhotoRole::Inline, images->line});
        }
    }

    if (!read.error().isEmpty())
        return invalid(read.error());
    return parsed;
}

QByteArray write(const Article &a, const QString &categoryPath, const QStringList &photoFiles, const QTimeZone &zone,
                 const QString &translationKey)
{
    auto time = [&](const QDateTime &t) {
        const QDateTime local = t.toTimeZone(zone);
        return local.toString(local.time().msec() ? Qt::ISODateWithMs : Qt::ISODate);
    };
    YamlTree::Writer out;
    out.beginMap();
    auto field = [&](const char *key, const QString &value) {
        out.text(QString::fromLatin1(key));
        out.text(value);
    };
    auto optional = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            field(key, value);
    };
    auto optionalTime = [&](const char *key, const QDateTime &value) {
        if (value.isValid())
            field(key, time(value));
    };
    field("title", a.headline);
    optional("kicker", a.kicker);
    field("slug", a.slug);
    field("status", statusName(a.status));
    out.text(u"draft"_s);
    out.boolean(a.status != ArticleStatus::Published && a.status != ArticleStatus::Unpublished);
    field("language", a.language);
    optional("translationKey", translationKey);
    optionalTime("date", a.publishedAt.isValid() ? a.publishedAt : a.createdAt);
    optionalTime("created", a.createdAt);
    optionalTime("published", a.publishedAt);
    optionalTime("lastmod", a.updatedAt);
    optionalTime("scheduled", a.scheduledAt);
    optional("category", categoryPath);
    auto list = [&](const char *key, const QStringList &items) {
        if (items.isEmpty())
            return;
        out.text(QString::fromLatin1(key));
        out.beginSequence();
        for (const QString &item : items)
            out.text(item);
        out.endSequence();
    };
    list("tags", a.tags);
    for (const Byline::Kind kind : {Byline::Kind::Text, Byline::Kind::Photo}) {
        QStringList names;
        for (const Byline &b : a.bylines)
            if (b.kind == kind)
                names.append(b.name);
        list(kind == Byline::Kind::Text ? "authors" : "photographers", names);
    }
    optional("dateline", a.dateline);
    optional("lead", a.lead);
    optional("description", a.seoDescription);
    optional("seo_title", a.seoTitle);
    if (!a.photos.isEmpty()) {
        out.text(u"photos"_s);
        out.beginSequence();
        for (qsizetype i = 0; i < a.photos.size(); ++i) {
            const ArticlePhoto &p = a.photos.at(i);
            out.beginMap();
            field("file", photoFiles.value(i));
            field("role", photoRoleName(p.role));
            optional("caption", p.caption);
            optional("credit", p.credit);
            optional("alt", p.altText);
            out.endMap();
        }
        out.endSequence();
    }
    out.endMap();

    QByteArray file = "---\n";
    file += out.finish();
    file += "\n---\n\n";
    file += a.body.toUtf8();
    if (!file.endsWith('\n'))
        file += '\n';
    return file;
}

} // namespace Newsroom::StoryFile
