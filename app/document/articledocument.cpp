// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocument.h"

#include "text/language.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

enum CommandId { FieldCommandBase = 1000, CategoryCommand = 2000 };

QString tagsText(const QStringList &tags)
{
    return tags.join(u", "_s);
}

QStringList tagsFrom(const QString &text)
{
    QStringList tags;
    for (const QString &tag : text.split(u',', Qt::SkipEmptyParts))
        if (const QString name = tag.simplified(); !name.isEmpty())
            tags.append(name);
    return tags;
}

QString fieldName(ArticleDocument::Field field)
{
    using Field = ArticleDocument::Field;
    switch (field) {
    case Field::Headline:
        return ArticleDocument::tr("headline");
    case Field::Kicker:
        return ArticleDocument::tr("kicker");
    case Field::Lead:
        return ArticleDocument::tr("lead");
    case Field::Dateline:
        return ArticleDocument::tr("dateline");
    case Field::Slug:
        return ArticleDocument::tr("address");
    case Field::SeoTitle:
        return ArticleDocument::tr("search title");
    case Field::SeoDescription:
        return ArticleDocument::tr("search description");
    case Field::Tags:
        return ArticleDocument::tr("tags");
    case Field::Language:
        return ArticleDocument::tr("language");
    }
    return {};
}

// Stands in the shared history for one edit the body's own undo stack recorded.
class BodyEditCommand : public QUndoCommand
{
public:
    explicit BodyEditCommand(QTextDocument *body)
        : QUndoCommand(ArticleDocument::tr("Edit the body"))
        , m_body(body)
    {
    }
    void undo() override { m_body->undo(); }
    void redo() override
    {
        if (m_done) // the first time, the edit has already happened in the body
            m_body->redo();
        m_done = true;
    }

private:
    QTextDocument *m_body;
    bool m_done = false;
};

} // namespace

class ChangeFieldCommand : public QUndoCommand
{
public:
    ChangeFieldCommand(ArticleDocument *document, ArticleDocument::Field field, QString before, QString after)
        : QUndoCommand(ArticleDocument::tr("Edit the %1").arg(fieldName(field)))
        , m_document(document)
        , m_field(field)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    int id() const override { return FieldCommandBase + int(m_field); }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangeFieldCommand *>(other);
        if (next->m_document != m_document)
            return false;
        m_after = next->m_after;
        return true;
    }
    void undo() override { m_document->applyField(m_field, m_before); }
    void redo() override { m_document->applyField(m_field, m_after); }

private:
    ArticleDocument *m_document;
    ArticleDocument::Field m_field;
    QString m_before;
    QString m_after;
};

class ChangeCategoryCommand : public QUndoCommand
{
public:
    ChangeCategoryCommand(ArticleDocument *document, qint64 before, qint64 after)
        : QUndoCommand(ArticleDocument::tr("Change the section"))
        , m_document(document)
        , m_before(before)
        , m_after(after)
    {
    }
    void undo() override { m_document->applyCategory(m_before); }
    void redo() override { m_document->applyCategory(m_after); }

private:
    ArticleDocument *m_document;
    qint64 m_before;
    qint64 m_after;
};

class ChangePhotosCommand : public QUndoCommand
{
public:
    ChangePhotosCommand(ArticleDocument *document, QList<ArticlePhoto> before, QList<ArticlePhoto> after, const QString &what)
        : QUndoCommand(what)
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->applyPhotos(m_before); }
    void redo() override { m_document->applyPhotos(m_after); }
    // Typing a caption letter by letter is one step.
    int id() const override { return 2; }
    bool mergeWith(const QUndoCommand *other) override
    {
        const auto *next = static_cast<const ChangePhotosCommand *>(other);
        if (next->text() != text() || !text().startsWith(ArticleDocument::tr("Edit")))
            return false;
        m_after = next->m_after;
        return true;
    }

private:
    ArticleDocument *m_document;
    QList<ArticlePhoto> m_before;
    QList<ArticlePhoto> m_after;
};

class ChangeBylinesCommand : public QUndoCommand
{
public:
    ChangeBylinesCommand(ArticleDocument *document, QList<Byline> before, QList<Byline> after)
        : QUndoCommand(ArticleDocument::tr("Change the bylines"))
        , m_document(document)
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    void undo() override { m_document->applyBylines(m_before); }
    void redo() override { m_document->applyBylines(m_after); }

private:
    ArticleDocument *m_document;
    QList<Byline> m_before;
    QList<Byline> m_after;
};

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent)
    , m_saved(article)
    , m_categoryId(article.categoryId)
    , m_photos(article.photos)
    , m_bylines(article.bylines)
    , m_body(new QTextDocument(this))
    , m_undoStack(new QUndoStack(this))
{
    m_fields = {
        {Field::Headline, article.headline},   {Field::Kicker, article.kicker},
        {Field::Lead, article.lead},           {Field::Dateline, article.dateline},
        {Field::Slug, article.slug},           {Field::SeoTitle, article.seoTitle},
        {Field::SeoDescription, article.seoDescription}, {Field::Tags, tagsText(article.tags)},
        {Field::Language, article.language},
    };
    m_body->setPlainText(article.body); // before the connections: loading is no edit
    m_body->clearUndoRedoStacks();
    m_body->setModified(false);
    connect(m_body, &QTextDocument::undoCommandAdded, this, [this] { m_undoStack->push(new BodyEditCommand(m_body)); });
    m_languageFollowsText = article.id == 0;
    connect(m_body, &QTextDocument::contentsChanged, this, [this] {
        followLanguageOfText();
        updateModified();
        Q_EMIT contentChanged();
    });
}

ArticleDocument::~ArticleDocument()
{
    // The commands refer to the body: let the stack go first.
    disconnect(m_body, nullptr, this, nullptr);
    m_undoStack->clear();
}

Article ArticleDocument::snapshot() const
{
    Article article = m_saved;
    article.headline = m_fields.value(Field::Headline);
    article.kicker = m_fields.value(Field::Kicker);
    article.lead = m_fields.value(Field::Lead);
    article.dateline = m_fields.value(Field::Dateline);
    article.slug = m_fields.value(Field::Slug);
    article.seoTitle = m_fields.value(Field::SeoTitle);
    article.seoDescription = m_fields.value(Field::SeoDescription);
    article.tags = tagsFrom(m_fields.value(Field::Tags));
    article.language = m_fields.value(Field::Language);
    article.categoryId = m_categoryId;
    article.photos = m_photos;
    article.bylines = m_bylines;
    article.body = m_body->toPlainText();
    return article;
}

QString ArticleDocument::field(Field field) const
{
    return m_fields.value(field);
}

void ArticleDocument::setField(Field field, const QString &value)
{
    if (field == Field::Language)
        m_languageFollowsText = false;
    const QString current = m_fields.value(field);
    if (current == value)
        return;
    m_undoStack->push(new ChangeFieldCommand(this, field, current, value));
}

void ArticleDocument::setCategoryId(qint64 id)
{
    if (id != m_categoryId)
        m_undoStack->push(new ChangeCategoryCommand(this, m_categoryId, id));
}

void ArticleDocument::applyField(Field field, const QString &value)
{
    m_fields.insert(field, value);
    Q_EMIT fieldChanged(field);
    if (field != Field::Language)
        followLanguageOfText();
    updateModified();
    Q_EMIT contentChanged();
}

void ArticleDocument::setPhotos(const QList<ArticlePhoto> &photos, const QString &what)
{
    if (photos != m_photos)
        m_undoStack->push(new ChangePhotosCommand(this, m_photos, photos, what));
}

void ArticleDocument::setBylines(const QList<Byline> &bylines)
{
    if (bylines != m_bylines)
        m_undoStack->push(new ChangeBylinesCommand(this, m_bylines, bylines));
}

void ArticleDocument::applyPhotos(const QList<ArticlePhoto> &photos)
{
    m_photos = photos;
    Q_EMIT photosChanged();
    updateModified();
    Q_EMIT contentChanged();
}

void ArticleDocument::applyBylines(const QList<Byline> &bylines)
{
    m_bylines = bylines;
    Q_EMIT bylinesChanged();
    updateModified();
    Q_EMIT contentChanged();
}

void ArticleDocument::applyCategory(qint64 id)
{
    m_categoryId = id;
    Q_EMIT categoryChanged(id);
    updateModified();
    Q_EMIT contentChanged();
}

void ArticleDocument::rebase(const Article &stored, const Article &content, const QString &what)
{
    m_saved = stored;
    replaceContent(content, what);
    updateModified();
}

void ArticleDocument::replaceContent(const Article &content, const QString &what)
{
    m_undoStack->beginMacro(what.isEmpty() ? tr("Recover unsaved text") : what);
    const QList<std::pair<Field, QString>> fields = {
        {Field::Headline, content.headline}, {Field::Kicker, content.kicker},
        {Field::Lead, content.lead},         {Field::Dateline, content.dateline},
        {Field::Slug, content.slug},         {Field::SeoTitle, content.seoTitle},
        {Field::SeoDescription, content.seoDescription}, {Field::Tags, tagsText(content.tags)},
        {Field::Language, content.language},
    };
    for (const auto &[which, value] : fields)
        setField(which, value);
    setCategoryId(content.categoryId);
    setPhotos(content.photos, tr("Recover photos"));
    setBylines(content.bylines);
    if (m_body->toPlainText() != content.body) {
        QTextCursor cursor(m_body);
        cursor.select(QTextCursor::Document);
        cursor.insertText(content.body);
    }
    m_undoStack->endMacro();
}

void ArticleDocument::followLanguageOfText()
{
    if (!m_languageFollowsText)
        return;
    // The opening is enough to tell, and cheap enough for every keystroke.
    const QString opening = m_fields.value(Field::Headline) + u' ' + m_fields.value(Field::Lead) + u' '
        + m_body->begin().text().left(2000);
    if (std::count_if(opening.cbegin(), opening.cend(), [](QChar c) { return c.isLetter(); }) < 20)
        return;
    const QString language = guessLanguage(opening);
    if (language != m_fields.value(Field::Language)) {
        m_fields.insert(Field::Language, language); // detected, not an edit: no undo step
        Q_EMIT fieldChanged(Field::Language);
    }
}

bool ArticleDocument::isModified() const
{
    return m_modified;
}

void ArticleDocument::updateModified()
{
    const bool modified = !snapshot().sameContent(m_saved);
    if (modified != m_modified) {
        m_modified = modified;
        Q_EMIT modifiedChanged(modified);
    }
}

void ArticleDocument::markSaved(const Article &stored)
{
    m_saved = stored;
    // The store may have filled in what was left empty (a slug); show what it holds.
    for (auto [field, value] : {std::pair{Field::Slug, stored.slug}}) {
        if (m_fields.value(field) != value) {
            m_fields.insert(field, value);
            Q_EMIT fieldChanged(field);
        }
    }
    updateModified();
}

} // namespace Newsroom
