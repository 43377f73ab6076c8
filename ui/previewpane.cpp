// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "document/articledocument.h"
#include "markdown/markdownrenderer.h"
#include "domain/bylines.h"
#include "media/rendition.h"
#include "session/newsroomservice.h"

#include <QDesktopServices>
#include <QScrollBar>
#include <QTextDocument>

using namespace Qt::StringLiterals;

namespace Newsroom {

PreviewPane::PreviewPane(QWidget *parent)
    : QTextBrowser(parent)
{
    setObjectName(u"preview"_s);
    setAccessibleName(tr("Preview"));
    setOpenLinks(false);
    setOpenExternalLinks(false);
    m_refresh.setSingleShot(true);
    m_refresh.setInterval(250); // while typing, once a pause comes
    connect(&m_refresh, &QTimer::timeout, this, &PreviewPane::refresh);
    connect(this, &QTextBrowser::anchorClicked, this, &PreviewPane::follow);
    document()->setDefaultStyleSheet(u"h1 { font-size: x-large; } p.kicker { color: #8a5a00; font-weight: bold; } "
                                     "p.lead { font-weight: bold; } blockquote { color: #444; } p.byline { color: #555; } "
                                     "figcaption { font-size: small; } span.credit { font-style: italic; color: #666; }"_s);
}

void PreviewPane::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    if (document)
        connect(document, &ArticleDocument::contentChanged, this, [this] { m_refresh.start(); });
    refresh();
}

QString PreviewPane::htmlFor(const Article &article)
{
    // Pixels come through loadResource(), by photo id, never from a path.
    const auto source = [](const ArticlePhoto &photo) { return QUrl(u"newsroom-photo:%1"_s.arg(photo.photoId)); };
    const auto figure = [&](const ArticlePhoto &photo) {
        QString html = u"<p><img src=\""_s + source(photo).toString() + u"\" alt=\""_s + photo.altText.toHtmlEscaped()
            + u"\"><br><small>"_s + photo.caption.toHtmlEscaped();
        if (!photo.credit.isEmpty())
            html += u" <i>"_s + photo.credit.toHtmlEscaped() + u"</i>"_s;
        return html + u"</small></p>"_s;
    };
    QString html;
    if (!article.kicker.trimmed().isEmpty())
        html += u"<p class=\"kicker\">"_s + article.kicker.toHtmlEscaped() + u"</p>"_s;
    html += u"<h1>"_s + article.headline.toHtmlEscaped() + u"</h1>"_s;
    const QString writers = formatBylines(article.bylines, Byline::Kind::Text, article.language);
    const QString photographers = formatBylines(article.bylines, Byline::Kind::Photo, article.language);
    if (!writers.isEmpty() || !photographers.isEmpty()) {
        QStringList parts;
        if (!writers.isEmpty())
            parts.append(writers.toHtmlEscaped());
        if (!photographers.isEmpty())
            parts.append(tr("Photos: %1").arg(photographers.toHtmlEscaped()));
        html += u"<p class=\"byline\">"_s + parts.join(u" · "_s) + u"</p>"_s;
    }
    for (const ArticlePhoto &photo : article.photos) {
        if (photo.role == PhotoRole::Lead) {
            html += figure(photo);
            break;
        }
    }
    if (!article.lead.trimmed().isEmpty())
        html += u"<p class=\"lead\">"_s + article.lead.toHtmlEscaped() + u"</p>"_s;
    MarkdownRenderer renderer;
    renderer.setPhotoResolver([&](qint64 id) {
        for (const ArticlePhoto &photo : article.photos) {
            if (photo.photoId == id)
                return MarkdownRenderer::Photo{source(photo), photo.caption, photo.credit, photo.altText};
        }
        return MarkdownRenderer::Photo{};
    });
    html += renderer.toHtml(article.body);
    for (const ArticlePhoto &photo : article.photos) {
        if (photo.role == PhotoRole::Gallery)
            html += figure(photo);
    }
    return html;
}

void PreviewPane::refresh()
{
    if (!isVisible()) {
        m_stale = true; // nobody is looking: render when the pane shows
        return;
    }
    m_stale = false;
    const int scrolled = verticalScrollBar()->value();
    setHtml(m_document ? htmlFor(m_document->snapshot()) : QString());
    verticalScrollBar()->setValue(scrolled);
}

void PreviewPane::follow(const QUrl &url)
{
    const MarkdownRenderer::LinkKind kind = MarkdownRenderer::classify(url.toString());
    if (kind == MarkdownRenderer::LinkKind::Web || kind == MarkdownRenderer::LinkKind::Mail) {
        QDesktopServices::openUrl(url);
        Q_EMIT linkOpened(url);
    } else {
        Q_EMIT linkRefused(url);
    }
}

void PreviewPane::showEvent(QShowEvent *event)
{
    QTextBrowser::showEvent(event);
    if (m_stale)
        refresh();
}

QVariant PreviewPane::loadResource(int type, const QUrl &name)
{
    // Our photos by id, from the store; never a file or an address a story mentions.
    if (type != QTextDocument::ImageResource || name.scheme() != u"newsroom-photo" || !m_newsroom)
        return {};
    bool ok = false;
    const qint64 id = name.path().toLongLong(&ok);
    if (!ok)
        return {};
    const Expected<QByteArray> bytes = m_newsroom->photoBytes(id);
    if (!bytes)
        return {};
    return thumbnailOf(*bytes, std::max(200, viewport()->width() - 40));
}

} // namespace Newsroom
