// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "document/articledocument.h"
#include "markdown/markdownrenderer.h"
#include "export/storypreview.h"
#include "session/newsroomservice.h"

#include <QDesktopServices>
#include <QResizeEvent>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
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
    // The theme's page, drawn by a text browser: its classes given a plain look here.
    document()->setDefaultStyleSheet(u"h1 { font-size: x-large; } p.kicker { color: #8a5a00; font-weight: bold; } "
                                     "p.lead { font-weight: bold; } p.meta { color: #666; } blockquote { color: #444; } "
                                     "p.byline, p.photo-byline { color: #555; } figcaption { font-size: small; } "
                                     "span.credit { font-style: italic; color: #666; } nav { font-size: small; } "
                                     "p.correction { background: #fff4d6; } nav ol { list-style-type: none; -qt-list-indent: 0; }"_s);
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

void PreviewPane::refresh()
{
    if (!isVisible()) {
        m_stale = true; // nobody is looking: render when the pane shows
        return;
    }
    m_stale = false;
    const int generation = ++m_generation;
    if (!m_document || !m_newsroom)
        return showPage({});
    // The site's own page for the story, as an export would write it now: rendered on the
    // worker, with the pixels of photos not fetched yet at this width.
    const int width = std::max(200, viewport()->width() - 40);
    if (width != m_photoWidth) {
        m_photos.clear();
        m_photoWidth = width;
    }
    const QList<qint64> have = m_photos.keys();
    m_newsroom->preview(m_document->snapshot(), width, QSet<qint64>(have.cbegin(), have.cend()), this,
                        [this, generation, width](Expected<PreviewPage> page) {
                            if (generation != m_generation)
                                return; // a newer one is on its way
                            if (!page) {
                                m_photoFiles.clear();
                                return showPage(u"<p>"_s
                                                + tr("The story cannot be shown as the site would: %1")
                                                      .arg(page.error().message)
                                                      .toHtmlEscaped()
                                                + u"</p>"_s);
                            }
                            m_photoFiles = page->page.photoFiles;
                            if (width == m_photoWidth)
                                m_photos.insert(page->photos);
                            showPage(page->page.html);
                        });
}

void PreviewPane::showPage(const QString &html)
{
    const int scrolled = verticalScrollBar()->value();
    setHtml(html);
    fitImages();
    verticalScrollBar()->setValue(scrolled);
}

void PreviewPane::fitImages()
{
    // The page asks for its photos at the width of a wide screen; the pane is narrower.
    const qreal available = std::max(120, viewport()->width() - 24);
    QTextCursor cursor(document());
    for (QTextBlock block = document()->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            if (!image.isValid() || image.width() <= available)
                continue;
            const qreal scale = available / image.width();
            image.setWidth(available);
            if (image.height() > 0)
                image.setHeight(image.height() * scale);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void PreviewPane::resizeEvent(QResizeEvent *event)
{
    QTextBrowser::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        m_refresh.start(); // the photos fit the new width
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
    // The page names each photo by the file the export would write; the pixels come from
    // the store, by the photo that file is. Never a file on disk or an address elsewhere.
    if (type != QTextDocument::ImageResource || !m_newsroom || !name.scheme().isEmpty() || !name.host().isEmpty())
        return {};
    const auto photo = m_photoFiles.constFind(name.fileName());
    if (photo == m_photoFiles.cend())
        return {};
    const auto pixels = m_photos.constFind(*photo);
    if (pixels == m_photos.cend())
        return {};
    return *pixels;
}

} // namespace Newsroom
