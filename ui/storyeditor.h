// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articledocument.h"
#include "domain/category.h"
#include "domain/person.h"
#include "text/spellchecker.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QMenu;
class QLineEdit;
class QPlainTextEdit;
class QToolBar;
class QToolButton;

namespace Newsroom {

class EditBanner;
class FindBar;

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
    QComboBox *languageBox() const { return m_language; }
    // What colleagues are doing with the story, above it.
    EditBanner *banner() const { return m_banner; }
    // What the story's versions in other languages need: its original changed since it
    // was translated, or its published translations follow an older text. Under the other.
    EditBanner *translationBanner() const { return m_translationBanner; }
    // While a colleague edits the story, or it is not this person's to change: every
    // field can be read, selected and copied, nothing typed.
    void setReadOnly(bool readOnly);
    bool isReadOnly() const { return m_readOnly; }
    QComboBox *sectionBox() const { return m_section; }
    QLineEdit *bylineEdit() const { return m_bylines; }
    QLineEdit *photographerEdit() const { return m_photographers; }
    // Byline, dateline, tags, language and the search-engine fields fold away under the
    // body, summed up on one line; the person's choice is kept between stories.
    QToolButton *detailsToggle() const { return m_detailsToggle; }
    // Find (and Replace) in the body, under it.
    FindBar *findBar() const { return m_findBar; }
    // Where the story stands (Черновик, Запланировано на …, Опубликовано …), on the line
    // under the body; `status` picks the colour.
    void setStatus(ArticleStatus status, const QString &text, const QString &toolTip);
    QLabel *statusBadge() const { return m_statusBadge; }
    bool detailsShown() const;
    void setDetailsShown(bool shown);
    // Staff to complete bylines from; a name typed that is nobody's is a guest byline.
    void setStaff(const QList<Person> &staff);
    // The site's sections to choose from, parents before children.
    void setCategories(const QList<Category> &categories);

    // Spelling in the story's language, with the newsroom's own words.
    const SpellChecker &spelling() const { return m_spelling; }
    void setNewsroomWords(const QList<DictionaryWord> &words);
    void addNewsroomWord(const DictionaryWord &word);
    // The body's context menu at a point of its viewport: for a misspelled word there,
    // suggestions, "Add to Newsroom Dictionary" and "Ignore" come first. The caller owns it.
    QMenu *createBodyContextMenu(const QPoint &position);

    // Markdown formatting at the cursor in the body: wraps the selection or inserts a marker.
    void wrapSelection(const QString &before, const QString &after);
    void prefixLines(const QString &prefix);
    void insertLink();
    void applyRussianTypography();

Q_SIGNALS:
    // The reporter wants `word` in the newsroom dictionary, for every desk.
    void addToDictionaryRequested(const QString &word);
    void detailsShownChanged(bool shown);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void createFormattingActions();
    void showField(ArticleDocument::Field field);
    void updateCounters();
    void updateLanguage();
    void showCategory(qint64 id);
    void showBylines();
    // The byline fields into the story; `tidy` also respells them as the staff list does.
    void applyBylines(bool tidy);
    void updateDetailsSummary();

    QPointer<ArticleDocument> m_document;
    EditBanner *m_banner;
    EditBanner *m_translationBanner;
    bool m_readOnly = false;
    QHash<ArticleDocument::Field, QLineEdit *> m_lines;
    QPlainTextEdit *m_lead;
    QPlainTextEdit *m_body;
    QToolBar *m_formatting;
    QLabel *m_counters;
    QComboBox *m_language;
    QComboBox *m_section;
    QLineEdit *m_bylines;
    QLineEdit *m_photographers;
    QWidget *m_details;
    QToolButton *m_detailsToggle;
    QLabel *m_detailsSummary;
    QLabel *m_statusBadge;
    FindBar *m_findBar;
    QString m_detailsSummaryText;
    QList<Person> m_staff;
    SpellChecker m_spelling;
    QPointer<MarkdownHighlighter> m_highlighter; // the document's: goes with it
    bool m_updating = false;
};

} // namespace Newsroom
