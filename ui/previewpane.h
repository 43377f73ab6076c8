// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QHash>
#include <QImage>
#include <QPointer>
#include <QTextBrowser>
#include <QTimer>

namespace Newsroom {

class ArticleDocument;
class NewsroomService;

// The story as readers will see it: the site theme's own article, rendered as an export
// would render it, kept up to date as the reporter types. Links open in the browser only when they are web
// or mail addresses; nothing is ever loaded from disk or the network into the pane.
class PreviewPane : public QTextBrowser
{
    Q_OBJECT

public:
    explicit PreviewPane(QWidget *parent = nullptr);

    void setDocument(ArticleDocument *document);
    // Where the photos' pixels come from; without one, photos show as their captions.
    void setNewsroom(NewsroomService *newsroom) { m_newsroom = newsroom; }

Q_SIGNALS:
    void linkOpened(const QUrl &url);
    void linkRefused(const QUrl &url);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void refresh();
    void showPage(const QString &html);
    void follow(const QUrl &url);
    void fitImages();

    QPointer<ArticleDocument> m_document;
    NewsroomService *m_newsroom = nullptr;
    QHash<QString, qint64> m_photoFiles; // the page's photo file names: photo id
    QHash<qint64, QImage> m_photos;      // their pixels, m_photoWidth wide
    int m_photoWidth = 0;
    int m_generation = 0; // which refresh the page that arrives answers
    QTimer m_refresh;
    bool m_stale = false;
};

} // namespace Newsroom
