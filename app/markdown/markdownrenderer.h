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
// data:, file: and every other scheme lose their link and keep their text.
class MarkdownRenderer
{
public:
    // Where an inline photo reference points (an export path, a preview resource);
    // an empty URL shows the photo's caption alone.
    using PhotoResolver = std::function<QUrl(qint64 photoId)>;

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
