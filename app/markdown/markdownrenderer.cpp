// SPDX-License-Identifier: GPL-3.0-or-later
#include "markdownrenderer.h"

#include <md4c.h>

#include <QList>
#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString decodeEntity(QStringView entity)
{
    // Numeric references, and the named ones a link might hide behind.
    if (entity.startsWith(u"&#x") || entity.startsWith(u"&#X")) {
        bool ok = false;
        const uint code = entity.mid(3, entity.size() - 4).toUInt(&ok, 16);
        return ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : u"\uFFFD"_s;
    }
    if (entity.startsWith(u"&#")) {
        bool ok = false;
        const uint code = entity.mid(2, entity.size() - 3).toUInt(&ok, 10);
        return ok && code > 0 && code <= 0x10FFFF ? QString::fromUcs4(reinterpret_cast<const char32_t *>(&code), 1) : u"\uFFFD"_s;
    }
    static const QHash<QString, QString> named = {
        {u"&amp;"_s, u"&"_s},   {u"&lt;"_s, u"<"_s},     {u"&gt;"_s, u">"_s},   {u"&quot;"_s, u"\""_s},
        {u"&apos;"_s, u"'"_s},  {u"&colon;"_s, u":"_s},  {u"&nbsp;"_s, u"\u00A0"_s}, {u"&laquo;"_s, u"«"_s},
        {u"&raquo;"_s, u"»"_s}, {u"&mdash;"_s, u"—"_s},  {u"&ndash;"_s, u"–"_s}, {u"&hellip;"_s, u"…"_s},
        {u"&Tab;"_s, u"\t"_s},  {u"&NewLine;"_s, u"\n"_s},
    };
    return named.value(entity.toString(), entity.toString());
}

QString attributeText(const MD_ATTRIBUTE &attribute)
{
    QString result;
    for (int i = 0; attribute.substr_offsets[i] < attribute.size; ++i) {
        const MD_OFFSET start = attribute.substr_offsets[i];
        const MD_OFFSET end = attribute.substr_offsets[i + 1];
        const QString part = QString::fromUtf8(attribute.text + start, qsizetype(end - start));
        switch (attribute.substr_types[i]) {
        case MD_TEXT_ENTITY: result += decodeEntity(part); break;
        case MD_TEXT_NULLCHAR: result += u'\uFFFD'; break;
        default: result += part; break;
        }
    }
    return result;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

struct Renderer
{
    const MarkdownRenderer::PhotoResolver *photos = nullptr;
    int firstHeading = 2;
    QString html;
    // Open links, innermost last: whether each became an <a> (a refused one did not).
    QList<bool> links;
    // Inside an image, text goes to its alt attribute instead of the page.
    int imageDepth = 0;
    QString alt;
    // The paragraph being written: where it starts, and whether it is one photo alone.
    qsizetype paragraphStart = -1;
    int paragraphPhotos = 0;
    bool paragraphHasMore = false;
    QString figure; // the paragraph as a figure, should it turn out to be one photo

    void out(const QString &text)
    {
        if (imageDepth > 0)
            alt += text;
        else
            html += text;
    }

    int heading(unsigned level) const { return std::clamp(int(level) - 1 + firstHeading, 1, 6); }

    void enterBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: html += u"<blockquote>\n"_s; break;
        case MD_BLOCK_UL: html += u"<ul>\n"_s; break;
        case MD_BLOCK_OL: {
            const unsigned start = static_cast<MD_BLOCK_OL_DETAIL *>(detail)->start;
            html += start == 1 ? u"<ol>\n"_s : u"<ol start=\"%1\">\n"_s.arg(start);
            break;
        }
        case MD_BLOCK_LI: html += u"<li>"_s; break;
        case MD_BLOCK_HR: html += u"<hr>\n"_s; break;
        case MD_BLOCK_H: html += u"<h%1>"_s.arg(heading(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level)); break;
        case MD_BLOCK_CODE: html += u"<pre><code>"_s; break;
        case MD_BLOCK_HTML: break; // never: raw HTML is off
        case MD_BLOCK_P:
            paragraphStart = html.size();
            paragraphPhotos = 0;
            paragraphHasMore = false;
            figure.clear();
            html += u"<p>"_s;
            break;
        case MD_BLOCK_TABLE: html += u"<table>\n"_s; break;
        case MD_BLOCK_THEAD: html += u"<thead>\n"_s; break;
        case MD_BLOCK_TBODY: html += u"<tbody>\n"_s; break;
        case MD_BLOCK_TR: html += u"<tr>"_s; break;
        case MD_BLOCK_TH: html += u"<th>"_s; break;
        case MD_BLOCK_TD: html += u"<td>"_s; break;
        }
    }

    void leaveBlock(MD_BLOCKTYPE type, void *detail)
    {
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: html += u"</blockquote>\n"_s; break;
        case MD_BLOCK_UL: html += u"</ul>\n"_s; break;
        case MD_BLOCK_OL: html += u"</ol>\n"_s; break;
        case MD_BLOCK_LI: html += u"</li>\n"_s; break;
        case MD_BLOCK_HR: break;
        case MD_BLOCK_H: html += u"</h%1>\n"_s.arg(heading(static_cast<MD_BLOCK_H_DETAIL *>(detail)->level)); break;
        case MD_BLOCK_CODE: html += u"</code></pre>\n"_s; break;
        case MD_BLOCK_HTML: break;
        case MD_BLOCK_P:
            if (paragraphPhotos == 1 && !paragraphHasMore && !figure.isEmpty()) {
                html.truncate(paragraphStart);
                html += figure;
            } else {
                html += u"</p>\n"_s;
            }
            paragraphStart = -1;
            break;
        case MD_BLOCK_TABLE: html += u"</table>\n"_s; break;
        case MD_BLOCK_THEAD: html += u"</thead>\n"_s; break;
        case MD_BLOCK_TBODY: html += u"</tbody>\n"_s; break;
        case MD_BLOCK_TR: html += u"</tr>\n"_s; break;
        case MD_BLOCK_TH: html += u"</th>"_s; break;
        case MD_BLOCK_TD: html += u"</td>"_s; break;
        }
    }

    void enterSpan(MD_SPANTYPE type, void *detail)
    {
        switch (type) {
        case MD_SPAN_EM: out(u"<em>"_s); break;
        case MD_SPAN_STRONG: out(u"<strong>"_s); break;
        case MD_SPAN_CODE: out(u"<code>"_s); break;
        case MD_SPAN_DEL: out(u"<del>"_s); break;
        case MD_SPAN_U: out(u"<u>"_s); break;
        case MD_SPAN_A: {
            const auto *a = static_cast<MD_SPAN_A_DETAIL *>(detail);
            QString href = attributeText(a->href).trimmed();
            // A bare e-mail address md4c found in the text comes without its scheme.
            if (a->is_autolink && !href.contains(u':') && href.contains(u'@'))
                href.prepend(u"mailto:"_s);
            const MarkdownRenderer::LinkKind kind = MarkdownRenderer::classify(href);
            const bool allowed = kind != MarkdownRenderer::LinkKind::Refused && kind != MarkdownRenderer::LinkKind::Photo;
            links.append(allowed);
            if (allowed) {
                const QString title = attributeText(a->title);
                out(u"<a href=\""_s + escaped(href) + u'"' + (title.isEmpty() ? QString() : u" title=\""_s + escaped(title) + u'"')
                    + (kind == MarkdownRenderer::LinkKind::Web ? u" rel=\"noopener\""_s : QString()) + u'>');
            }
            break;
        }
        case MD_SPAN_IMG:
            ++imageDepth;
            if (imageDepth == 1)
                alt.clear();
            break;
        default: break;
        }
    }

    void leaveSpan(MD_SPANTYPE type, void *detail)
    {
        switch (type) {
        case MD_SPAN_EM: out(u"</em>"_s); break;
        case MD_SPAN_STRONG: out(u"</strong>"_s); break;
        case MD_SPAN_CODE: out(u"</code>"_s); break;
        case MD_SPAN_DEL: out(u"</del>"_s); break;
        case MD_SPAN_U: out(u"</u>"_s); break;
        case MD_SPAN_A:
            if (!links.isEmpty() && links.takeLast())
                out(u"</a>"_s);
            break;
        case MD_SPAN_IMG: {
            if (--imageDepth > 0)
                break;
            const auto *img = static_cast<MD_SPAN_IMG_DETAIL *>(detail);
            const QString src = attributeText(img->src).trimmed();
            // The alt text was collected as HTML-escaped text: strip the tags of its spans.
            static const QRegularExpression tags(u"<[^>]*>"_s);
            const QString altText = QString(alt).remove(tags);
            QUrl resolved;
            MarkdownRenderer::Photo photo;
            bool isPhoto = false;
            switch (MarkdownRenderer::classify(src)) {
            case MarkdownRenderer::LinkKind::Photo: {
                bool ok = false;
                const qint64 id = src.mid(src.indexOf(u':') + 1).toLongLong(&ok);
                if (ok && photos && *photos) {
                    photo = (*photos)(id);
                    resolved = photo.source;
                    isPhoto = !resolved.isEmpty();
                }
                break;
            }
            case MarkdownRenderer::LinkKind::Web:
            case MarkdownRenderer::LinkKind::Relative: resolved = QUrl(src); break;
            case MarkdownRenderer::LinkKind::Mail:
            case MarkdownRenderer::LinkKind::Refused: break;
            }
            if (resolved.isEmpty()) {
                html += altText;
                paragraphHasMore = true;
                break;
            }
            const QString description = isPhoto && !photo.altText.isEmpty() ? escaped(photo.altText) : altText;
            const QString image = u"<img src=\""_s + escaped(resolved.toString(QUrl::FullyEncoded)) + u"\" alt=\""_s
                + description + u"\">"_s;
            html += image;
            if (isPhoto && paragraphStart >= 0) {
                ++paragraphPhotos;
                const QString caption = photo.caption.isEmpty() ? altText : escaped(photo.caption);
                figure = u"<figure>"_s + image;
                if (!caption.isEmpty() || !photo.credit.isEmpty()) {
                    figure += u"<figcaption>"_s + caption;
                    if (!photo.credit.isEmpty())
                        figure += u" <span class=\"credit\">"_s + escaped(photo.credit) + u"</span>"_s;
                    figure += u"</figcaption>"_s;
                }
                figure += u"</figure>\n"_s;
            } else {
                paragraphHasMore = true;
            }
            break;
        }
        default: break;
        }
    }

    void text(MD_TEXTTYPE type, const MD_CHAR *data, MD_SIZE size)
    {
        const QString chunk = QString::fromUtf8(data, qsizetype(size));
        if (imageDepth == 0 && !chunk.trimmed().isEmpty())
            paragraphHasMore = true;
        switch (type) {
        case MD_TEXT_NULLCHAR: out(u"\uFFFD"_s); break;
        case MD_TEXT_BR: out(imageDepth ? u" "_s : u"<br>\n"_s); break;
        case MD_TEXT_SOFTBR: out(u"\n"_s); break;
        case MD_TEXT_ENTITY: out(escaped(decodeEntity(chunk))); break;
        default: out(escaped(chunk)); break; // MD_TEXT_HTML too: raw HTML shows as text
        }
    }
};

} // namespace

MarkdownRenderer::LinkKind MarkdownRenderer::classify(const QString &address)
{
    // Browsers ignore ASCII whitespace and control characters inside a scheme
    // ("java\tscript:"); so does this check.
    QString compact;
    compact.reserve(address.size());
    for (const QChar c : address) {
        if (c.unicode() > 0x20 && c.unicode() != 0x7F)
            compact += c;
    }
    const qsizetype colon = compact.indexOf(u':');
    const qsizetype firstDelimiter = [&] {
        qsizetype first = compact.size();
        for (const QChar d : {u'/', u'?', u'#'}) {
            const qsizetype at = compact.indexOf(d);
            if (at >= 0)
                first = std::min(first, at);
        }
        return first;
    }();
    if (colon < 0 || colon > firstDelimiter)
        return compact.startsWith(u"//") ? LinkKind::Refused : LinkKind::Relative; // "//host" leaves the site
    const QString scheme = compact.left(colon).toLower();
    if (scheme == u"http" || scheme == u"https")
        return LinkKind::Web;
    if (scheme == u"mailto")
        return LinkKind::Mail;
    if (scheme == u"photo") {
        static const QRegularExpression id(u"^photo:[0-9]{1,18}$"_s, QRegularExpression::CaseInsensitiveOption);
        return id.match(compact).hasMatch() ? LinkKind::Photo : LinkKind::Refused;
    }
    return LinkKind::Refused;
}

QString MarkdownRenderer::toHtml(const QString &markdown) const
{
    Renderer renderer;
    renderer.photos = &m_photos;
    renderer.firstHeading = m_firstHeading;
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = MD_FLAG_NOHTML | MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS
        | MD_FLAG_PERMISSIVEEMAILAUTOLINKS;
    parser.enter_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        static_cast<Renderer *>(self)->enterBlock(type, detail);
        return 0;
    };
    parser.leave_block = [](MD_BLOCKTYPE type, void *detail, void *self) {
        static_cast<Renderer *>(self)->leaveBlock(type, detail);
        return 0;
    };
    parser.enter_span = [](MD_SPANTYPE type, void *detail, void *self) {
        static_cast<Renderer *>(self)->enterSpan(type, detail);
        return 0;
    };
    parser.leave_span = [](MD_SPANTYPE type, void *detail, void *self) {
        static_cast<Renderer *>(self)->leaveSpan(type, detail);
        return 0;
    };
    parser.text = [](MD_TEXTTYPE type, const MD_CHAR *text, MD_SIZE size, void *self) {
        static_cast<Renderer *>(self)->text(type, text, size);
        return 0;
    };
    const QByteArray utf8 = markdown.toUtf8();
    md_parse(utf8.constData(), MD_SIZE(utf8.size()), &parser, &renderer);
    return renderer.html;
}

} // namespace Newsroom
