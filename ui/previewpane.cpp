// SPDX-License-Identifier: GPL-3.0-or-later
#include "previewpane.h"

#include "document/articledocument.h"
#include "markdown/markdownrenderer.h"

#include <QDesktopServices>
#include <QScrollBar>

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
                                     "p.lead { font-weight: bold; } blockquote { color: #444; }"_s);
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
    QString html;
    if (!article.kicker.trimmed().isEmpty())
        html += u"<p class=\"kicker\">"_s + article.kicker.toHtmlEscaped() + u"</p>"_s;
    html += u"<h1>"_s + article.headline.toHtmlEscaped() + u"</h1>"_s;
    if (!article.lead.trimmed().isEmpty())
        html += u"<p class=\"lead\">"_s + article.lead.toHtmlEscaped() + u"</p>"_s;
    html += MarkdownRenderer().toHtml(article.body);
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
    // Never read a file or fetch an address because a story mentions it.
    Q_UNUSED(type);
    Q_UNUSED(name);
    return {};
}

} // namespace Newsroom
