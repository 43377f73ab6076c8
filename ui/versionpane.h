// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"
#include "text/worddiff.h"

#include <QWidget>

class QLabel;
class QTextBrowser;
class QToolButton;

namespace Newsroom {

// Another language's version of the open story, to read beside it while translating:
// read-only, its headline, lead and body as written (Markdown and all). The original of
// a translation that is behind shows the words changed since, added and struck through.
class VersionPane : public QWidget
{
    Q_OBJECT

public:
    explicit VersionPane(QWidget *parent = nullptr);

    // `role`: what it is to the open story ("original", "translation").
    void showVersion(const Article &story, const QString &role, const QList<DiffSpan> &changes = {});
    qint64 storyId() const { return m_storyId; }
    QLabel *title() const { return m_title; }
    QTextBrowser *text() const { return m_text; }

Q_SIGNALS:
    void closeRequested();

private:
    qint64 m_storyId = 0;
    QLabel *m_title;
    QToolButton *m_close;
    QTextBrowser *m_text;
};

} // namespace Newsroom
