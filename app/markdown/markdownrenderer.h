// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <functional>

namespace Newsroom {

// A story body from Markdown to HTML: the one pipeline the preview and the exported site
// share, so what a reporter sees is what readers get. CommonMark with tables and
// strikethrough, parsed by md4c with raw HTML off (it shows as text), and rendered here
// from the parse tree so every link and image is checked on the way: http, https,
// mailto, relative addresses and our own photo references (photo:ID) pass; javascript:,
// data:, file: and every other scheme lose their link and keep their text. A paragraph
// that is one photo reference alone becomes a figure with its caption and credit.
class MarkdownRenderer
{
public:
    // What a photo reference stands for: where its pixels are (an export path, a preview
    // resource) and the words that go with it. An empty URL shows the caption alone.
    struct Photo
    {
        QUrl source;
        QString caption; // the story's own; the reference's text is used when empty
        QString credit;
        QString altText;
    };
    using PhotoResolver = std::function<Photo(qint64 photoId)>;

    void setPhotoResolver(PhotoResolver resolver) { m_photos = std::move(resolver); }
    // Subheadings start at this level: 2 under an article's own <h1>.
    void setFirstHeadingLevel(int level) { m_firstHeading = level; }

    QString toHtml(const QString &markdown) const;

    enum class LinkKind { Web, Mail, Relative, Photo, Refused };
    // What an address in a story is, after decoding, trimming and lower-casing its scheme.
    static LinkKind classify(const QString &address);

private:
    PhotoResolver m_photos;
    int m_firstHeading = 2;
};

} // namespace Newsroom
