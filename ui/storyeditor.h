// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articledocument.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;

namespace Newsroom {

class MarkdownHighlighter;

// The form a reporter writes a story in: kicker, headline, lead, body in Markdown,
// dateline, tags, address and search-engine fields, with counters as they type. A thin
// view of an ArticleDocument: every edit goes through the document and its undo history.
class StoryEditor : public QWidget
{
    Q_OBJECT

public:
    explicit StoryEditor(QWidget *parent = nullptr);
    ~StoryEditor() override;

    void setDocument(ArticleDocument *document);
    ArticleDocument *document() const { return m_document; }

    QPlainTextEdit *bodyEdit() const { return m_body; }
    QLineEdit *lineEdit(ArticleDocument::Field field) const;
    QToolBar *formattingBar() const { return m_formatting; }

    // Markdown formatting at the cursor in the body: wraps the selection or inserts a marker.
    void wrapSelection(const QString &before, const QString &after);
    void prefixLines(const QString &prefix);
    void insertLink();
    void applyRussianTypography();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createFormattingActions();
    void showField(ArticleDocument::Field field);
    void updateCounters();

    QPointer<ArticleDocument> m_document;
    QHash<ArticleDocument::Field, QLineEdit *> m_lines;
    QPlainTextEdit *m_lead;
    QPlainTextEdit *m_body;
    QToolBar *m_formatting;
    QLabel *m_counters;
    MarkdownHighlighter *m_highlighter = nullptr;
    bool m_updating = false;
};

} // namespace Newsroom
