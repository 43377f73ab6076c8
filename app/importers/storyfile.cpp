// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyfile.h"

#include "text/language.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml-cpp/yaml.h>

using namespace Qt::StringLiterals;

namespace Newsroom::StoryFile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Newsroom::StoryFile", text);
}

int lineAt(const QByteArray &bytes, qsizetype offset)
{
    return int(bytes.left(offset).count('\n')) + 1;
}

QString fromStd(const std::string &text)
{
    return QString::fromUtf8(text.data(), qsizetype(text.size()));
}

std::string toStd(const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    return std::string(utf8.constData(), size_t(utf8.size()));
}

// Reads the front matter's fields; every message carries the file and line.
class Reader
{
public:
    Reader(const YAML::Node &root, const QString &fileName, int firstLine)
        : m_root(root)
        , m_fileName(fileName)
        , m_firstLine(firstLine)
    {
    }

    QString where(const YAML::Node &node) const
    {
        return u"%1:%2"_s.arg(m_fileName).arg(m_firstLine + node.Mark().line);
    }

    bool has(const char *key) const { return bool(m_root[key]); }

    std::optional<QString> string(const char *key, const YAML::Node &within)
    {
        const YAML::Node node = within[key];
        if (!node || node.IsNull())
            return std::nullopt;
        if (!node.IsScalar()) {
            fail(node, tr("“%1” should be text").arg(QLatin1StringView(key)));
            return std::nullopt;
        }
        return fromStd(node.Scalar());
    }
    std::optional<QString> string(const char *key) { return string(key, m_root); }

    // A scalar or a list of scalars.
    QStringList list(const char *key)
    {
        const YAML::Node node = m_root[key];
        QStringList items;
        if (!node || node.IsNull())
            return items;
        if (node.IsScalar()) {
            items.append(fromStd(node.Scalar()));
        } else if (node.IsSequence()) {
            for (const YAML::Node &item : node) {
                if (!item.IsScalar()) {
                    fail(item, tr("each entry of “%1” should be text").arg(QLatin1StringView(key)));
                    return {};
                }
                items.append(fromStd(item.Scalar()));
            }
        } else {
            fail(node, tr("“%1” should be text or a list").arg(QLatin1StringView(key)));
        }
        return items;
    }

    std::optional<bool> boolean(const char *key)
    {
        const YAML::Node node = m_root[key];
        if (!node || node.IsNull())
            return std::nullopt;
        const QString value = node.IsScalar() ? fromStd(node.Scalar()).toLower() : QString();
        if (value == u"true" || value == u"yes")
            return true;
        if (value == u"false" || value == u"no")
            return false;
        fail(node, tr("“%1” should be true or false").arg(QLatin1StringView(key)));
        return std::nullopt;
    }

    QDateTime time(const char *key, const QTimeZone &zone)
    {
        const std::optional<QString> text = string(key);
        if (!text || text->isEmpty())
            return {};
        QString value = text->trimmed();
        // Jekyll writes "2026-01-31 10:00:00 +0500": make it ISO 8601.
        static const QRegularExpression jekyll(u"^(\\d{4}-\\d\\d-\\d\\d) (\\d\\d:\\d\\d(?::\\d\\d)?)(?: ?([+-]\\d\\d):?(\\d\\d))?$"_s);
        if (const QRegularExpressionMatch m = jekyll.match(value); m.hasMatch())
            value = m.captured(1) + u'T' + m.captured(2) + (m.captured(3).isEmpty() ? QString() : m.captured(3) + u':' + m.captured(4));
        QDateTime time = QDateTime::fromString(value, Qt::ISODateWithMs);
        if (!time.isValid()) {
            const QDate date = QDate::fromString(value, Qt::ISODate);
            if (date.isValid())
                time = QDateTime(date, QTime(0, 0), zone);
        } else if (time.timeSpec() == Qt::LocalTime) {
            time = QDateTime(time.date(), time.time(), zone); // no offset written: the newsroom's zone
        }
        if (!time.isValid()) {
            fail(m_root[key], tr("“%1” is not a date: “%2” (write 2026-01-31T10:00:00+05:00)")
                                  .arg(QLatin1StringView(key), *text));
            return {};
        }
        return time.toUTC();
    }

    void fail(const YAML::Node &node, const QString &message)
    {
        if (m_error.isEmpty())
            m_error = where(node) + u": "_s + message;
    }
    void fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = u"%1:%2: "_s.arg(m_fileName).arg(m_firstLine) + message;
    }
    const QString &error() const { return m_error; }
    const YAML::Node &root() const { return m_root; }

private:
    YAML::Node m_root;
    QString m_fileName;
    int m_firstLine;
    QString m_error;
};

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
        return invalid(tr("%1: the file is %2 MB; a story file may be at most %3 MB")
                           .arg(fileName)
                           .arg(double(input.size()) / (1024 * 1024), 0, 'f', 1)
                           .arg(MaxFileSize / (1024 * 1024)));
    if (const qsizetype nul = input.indexOf('\0'); nul >= 0)
        return invalid(tr("%1:%2: contains a NUL byte: this is not a text file").arg(fileName).arg(lineAt(input, nul)));
    if (const qsizetype bad = firstInvalidUtf8(input); bad >= 0)
        return invalid(tr("%1:%2: is not valid UTF-8 (byte %3); save the file as UTF-8")
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
        return invalid(tr("%1:1: TOML front matter (+++) is not supported; write it as YAML between --- lines").arg(fileName));
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
            return invalid(tr("%1:1: the front matter opened by --- is never closed by another ---").arg(fileName));
        frontMatter = bytes.mid(4, end - 4);
        const qsizetype bodyStart = bytes.indexOf('\n', end);
        body = bodyStart < 0 ? QByteArray() : bytes.mid(bodyStart + 1);
        if (body.startsWith('\n'))
            body.remove(0, 1);
    }

    YAML::Node root;
    try {
        root = frontMatter.trimmed().isEmpty() ? YAML::Node(YAML::NodeType::Map)
                                               : YAML::Load(std::string(frontMatter.constData(), size_t(frontMatter.size())));
    } catch (const YAML::Exception &e) {
        return invalid(tr("%1:%2:%3: the front matter is not valid YAML: %4")
                           .arg(fileName)
                           .arg(e.mark.line + 2)
                           .arg(e.mark.column + 1)
                           .arg(fromStd(e.msg)));
    }
    if (!root.IsMap())
        return invalid(tr("%1:2: the front matter should be a list of “key: value” lines").arg(fileName));

    Reader read(root, fileName, 2);
    Parsed parsed;
    Article &a = parsed.article;
    // Trailing blank lines are not content; the written file ends the body with one newline.
    a.body = QString::fromUtf8(body);
    while (a.body.endsWith(u'\n') || a.body.endsWith(u' '))
        a.body.chop(1);
    a.headline = read.string("title").value_or(QString()).trimmed();
    if (a.headline.isEmpty() && !read.error().isEmpty())
        return invalid(read.error());
    if (a.headline.isEmpty()) {
        // No title: a first "# Heading" line in the body serves, as many Markdown archives do.
        static const QRegularExpression heading(u"^#\\s+(.+?)\\s*#*\\s*(\\n|$)"_s);
        if (const QRegularExpressionMatch m = heading.match(a.body); m.hasMatch()) {
            a.headline = m.captured(1);
            a.body = a.body.mid(m.capturedEnd()).trimmed();
        }
    }
    if (a.headline.isEmpty())
        return invalid(tr("%1:1: the story has no title: add “title:” to the front matter").arg(fileName));

    a.kicker = read.string("kicker").value_or(QString());
    a.lead = read.string("lead").value_or(read.string("summary").value_or(QString()));
    a.dateline = read.string("dateline").value_or(QString());
    a.slug = read.string("slug").value_or(QString());
    a.seoTitle = read.string("seo_title").value_or(QString());
    a.seoDescription = read.string("description").value_or(QString());
    a.language = read.string("language").value_or(read.string("lang").value_or(QString()));
    if (a.language.isEmpty())
        a.language = guessLanguage(QString(a.headline + u' ' + a.lead + u' ' + a.body.left(4000)));

    if (const std::optional<QString> status = read.string("status")) {
        const std::optional<ArticleStatus> known = statusFromName(*status);
        if (!known)
            read.fail(root["status"], tr("unknown status “%1” (draft, submitted, changes_requested, approved, "
                                         "scheduled, published or unpublished)")
                                          .arg(*status));
        else
            a.status = *known;
    } else {
        // An archive being migrated is published unless it says it is a draft.
        a.status = read.boolean("draft").value_or(false) ? ArticleStatus::Draft : ArticleStatus::Published;
    }

    const QDateTime date = read.time("date", zone);
    a.createdAt = read.time("created", zone);
    if (!a.createdAt.isValid())
        a.createdAt = date;
    a.publishedAt = read.time("published", zone);
    if (!a.publishedAt.isValid() && (a.status == ArticleStatus::Published || a.status == ArticleStatus::Unpublished))
        a.publishedAt = date;
    a.updatedAt = read.time("lastmod", zone);
    if (!a.updatedAt.isValid())
        a.updatedAt = a.createdAt;
    a.scheduledAt = read.time("scheduled", zone);

    parsed.categoryPath = read.string("category").value_or(QString());
    if (parsed.categoryPath.isEmpty())
        parsed.categoryPath = read.list("categories").value(0);
    a.tags = read.list("tags");

    QStringList authors = read.list("authors");
    if (authors.isEmpty())
        authors = read.list("author");
    for (const QString &name : authors)
        if (!name.trimmed().isEmpty())
            a.bylines.append({Byline::Kind::Text, 0, name.trimmed()});
    for (const QString &name : read.list("photographers"))
        if (!name.trimmed().isEmpty())
            a.bylines.append({Byline::Kind::Photo, 0, name.trimmed()});

    if (const YAML::Node photos = root["photos"]; photos && !photos.IsNull()) {
        if (!photos.IsSequence())
            read.fail(photos, tr("“photos” should be a list of entries with file, caption, credit, alt and role"));
        else
            for (const YAML::Node &entry : photos) {
                PhotoEntry photo;
                photo.line = 2 + entry.Mark().line;
                if (entry.IsScalar()) {
                    photo.file = fromStd(entry.Scalar());
                } else if (entry.IsMap()) {
                    photo.file = read.string("file", entry).value_or(QString());
                    photo.caption = read.string("caption", entry).value_or(QString());
                    photo.credit = read.string("credit", entry).value_or(QString());
                    photo.altText = read.string("alt", entry).value_or(QString());
                    const QString role = read.string("role", entry).value_or(u"inline"_s);
                    const std::optional<PhotoRole> known = photoRoleFromName(role);
                    if (!known)
                        read.fail(entry, tr("unknown photo role “%1” (lead, inline or gallery)").arg(role));
                    photo.role = known.value_or(PhotoRole::Inline);
                }
                if (photo.file.isEmpty())
                    read.fail(entry, tr("a photo entry without a file"));
                parsed.photos.append(photo);
            }
    } else {
        const QStringList images = read.list("images"); // Hugo: the first is the story's image
        for (qsizetype i = 0; i < images.size(); ++i)
            parsed.photos.append({images.at(i), {}, {}, {}, i == 0 ? PhotoRole::Lead : PhotoRole::Inline, 2});
    }

    if (!read.error().isEmpty())
        return invalid(read.error());
    return parsed;
}

QByteArray write(const Article &a, const QString &categoryPath, const QStringList &photoFiles, const QTimeZone &zone)
{
    auto time = [&](const QDateTime &t) {
        const QDateTime local = t.toTimeZone(zone);
        return toStd(local.toString(local.time().msec() ? Qt::ISODateWithMs : Qt::ISODate));
    };
    YAML::Emitter out;
    out.SetOutputCharset(YAML::EmitNonAscii);
    out << YAML::BeginMap;
    out << YAML::Key << "title" << YAML::Value << toStd(a.headline);
    auto optional = [&](const char *key, const QString &value) {
        if (!value.isEmpty())
            out << YAML::Key << key << YAML::Value << toStd(value);
    };
    optional("kicker", a.kicker);
    out << YAML::Key << "slug" << YAML::Value << toStd(a.slug);
    out << YAML::Key << "status" << YAML::Value << toStd(statusName(a.status));
    out << YAML::Key << "draft" << YAML::Value
        << (a.status != ArticleStatus::Published && a.status != ArticleStatus::Unpublished);
    out << YAML::Key << "language" << YAML::Value << toStd(a.language);
    const QDateTime date = a.publishedAt.isValid() ? a.publishedAt : a.createdAt;
    if (date.isValid())
        out << YAML::Key << "date" << YAML::Value << time(date);
    if (a.createdAt.isValid())
        out << YAML::Key << "created" << YAML::Value << time(a.createdAt);
    if (a.publishedAt.isValid())
        out << YAML::Key << "published" << YAML::Value << time(a.publishedAt);
    if (a.updatedAt.isValid())
        out << YAML::Key << "lastmod" << YAML::Value << time(a.updatedAt);
    if (a.scheduledAt.isValid())
        out << YAML::Key << "scheduled" << YAML::Value << time(a.scheduledAt);
    optional("category", categoryPath);
    if (!a.tags.isEmpty()) {
        out << YAML::Key << "tags" << YAML::Value << YAML::BeginSeq;
        for (const QString &tag : a.tags)
            out << toStd(tag);
        out << YAML::EndSeq;
    }
    for (const Byline::Kind kind : {Byline::Kind::Text, Byline::Kind::Photo}) {
        QStringList names;
        for (const Byline &b : a.bylines)
            if (b.kind == kind)
                names.append(b.name);
        if (names.isEmpty())
            continue;
        out << YAML::Key << (kind == Byline::Kind::Text ? "authors" : "photographers") << YAML::Value << YAML::BeginSeq;
        for (const QString &name : names)
            out << toStd(name);
        out << YAML::EndSeq;
    }
    optional("dateline", a.dateline);
    optional("lead", a.lead);
    optional("description", a.seoDescription);
    optional("seo_title", a.seoTitle);
    if (!a.photos.isEmpty()) {
        out << YAML::Key << "photos" << YAML::Value << YAML::BeginSeq;
        for (qsizetype i = 0; i < a.photos.size(); ++i) {
            const ArticlePhoto &p = a.photos.at(i);
            out << YAML::BeginMap;
            out << YAML::Key << "file" << YAML::Value << toStd(photoFiles.value(i));
            out << YAML::Key << "role" << YAML::Value << toStd(photoRoleName(p.role));
            optional("caption", p.caption);
            optional("credit", p.credit);
            optional("alt", p.altText);
            out << YAML::EndMap;
        }
        out << YAML::EndSeq;
    }
    out << YAML::EndMap;

    QByteArray file = "---\n";
    file += QByteArray(out.c_str(), qsizetype(out.size()));
    file += "\n---\n\n";
    file += a.body.toUtf8();
    if (!file.endsWith('\n'))
        file += '\n';
    return file;
}

} // namespace Newsroom::StoryFile
