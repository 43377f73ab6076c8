// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

namespace Newsroom {

class ArticleDocument;
class NewsroomService;

// The story as readers will see it, rendered by the site's Markdown pipeline and kept
// up to date as the reporter types. Links open in the browser only when they are web
// or mail addresses; nothing is ever loaded from disk or the network into the pane.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    // Where the photos' pixels come from; without one, photos show as their captions.
    void setNewsroom(NewsroomService *newsroom) { m_newsroom = newsroom; }
    // The HTML for a story: kicker, headline, bylines, lead photo, lead and body, photos
    // as the site shows them (caption and credit under each).
    static QString htmlFor(const Article &article);

Q_SIGNALS:
    void linkOpened(const QUrl &url);
    void linkRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void follow(const QUrl &url);

    QPointer<ArticleDocument> m_document;
    NewsroomService *m_newsroom = nullptr;
    QTimer m_refresh;
    bool m_stale = false;
};

} // namespace Newsroom
