// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/article.h"

#include <QObject>

class QTextDocument;
class QUndoStack;

namespace Newsroom {

// One story being edited: its fields, its Markdown body as a QTextDocument, and one undo
// history across both. Widgets edit through it and listen to it; nothing here knows of
// widgets or of the database.
class ArticleDocument : public QObject
{
    Q_OBJECT

public:
    enum class Field { Headline, Kicker, Lead, Dateline, Slug, SeoTitle, SeoDescription, Tags, Language };
    Q_ENUM(Field)

    explicit ArticleDocument(const Article &article, QObject *parent = nullptr);
    ~ArticleDocument() override;

    // The story as last loaded or saved.
    const Article &saved() const { return m_saved; }
    // The story as it is now, ready to save: the saved story's id and revision, the
    // current text. Tags are read from their comma-separated field.
    Article snapshot() const;

    QString field(Field field) const;
    // An edit the user made: undoable, and merged with the edit just before it when that
    // was to the same field (typing a headline is one step, not one per letter).
    void setField(Field field, const QString &value);
    // A new story's language follows its text (guessLanguage) until someone picks one.
    bool languageFollowsText() const { return m_languageFollowsText; }
    qint64 categoryId() const { return m_categoryId; }
    void setCategoryId(qint64 id);

    // Photos in order (the lead first by convention) and bylines in order: each change,
    // a caption typed or a photo dragged, is one undoable step.
    const QList<ArticlePhoto> &photos() const { return m_photos; }
    // What a change to the photos is, so that typing into one photo's caption, credit or
    // alt text is one step however many letters it takes.
    enum class PhotoEdit { Other, Caption, Credit, AltText };
    void setPhotos(const QList<ArticlePhoto> &photos, const QString &what, PhotoEdit edit = PhotoEdit::Other,
                   int row = 0);
    const QList<Byline> &bylines() const { return m_bylines; }
    void setBylines(const QList<Byline> &bylines);

    QTextDocument *body() const { return m_body; }
    QUndoStack *undoStack() const { return m_undoStack; }

    // Puts the text of `content` in place of the current text as one undoable step, the
    // baseline staying as it is: how unsaved work comes back after a crash.
    void replaceContent(const Article &content, const QString &what = {});
    // After a merge with a colleague's newer revision: `stored` becomes the baseline (so
    // the next save goes on top of it) and `content` the text, as one undoable step.
    void rebase(const Article &stored, const Article &content, const QString &what);

    bool isModified() const;
    // After a save: the stored story becomes the baseline, and the undo history stays.
    void markSaved(const Article &stored);

Q_SIGNALS:
    void fieldChanged(Newsroom::ArticleDocument::Field field);
    void categoryChanged(qint64 id);
    void photosChanged();
    void bylinesChanged();
    void modifiedChanged(bool modified);
    void contentChanged(); // any edit, to fields or body

private:
    void applyField(Field field, const QString &value);
    void applyCategory(qint64 id);
    void applyPhotos(const QList<ArticlePhoto> &photos);
    void applyBylines(const QList<Byline> &bylines);
    void updateModified();
    void followLanguageOfText();

    Article m_saved;
    QHash<Field, QString> m_fields;
    qint64 m_categoryId = 0;
    QList<ArticlePhoto> m_photos;
    QList<Byline> m_bylines;
    QTextDocument *m_body;
    QUndoStack *m_undoStack;
    bool m_modified = false;
    bool m_languageFollowsText = false;
};

} // namespace Newsroom
