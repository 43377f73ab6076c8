// SPDX-License-Identifier: GPL-3.0-or-later
#include "articledocument.h"

#include "text/language.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUndoCommand>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// Consecutive changes with the same merge id are one undo step (typing a headline, or a
// caption letter by letter); the id names the kind of change and what it is to, never the
// translated text of the step. -1: never merged.
namespace MergeId {
constexpr int None = -1;
constexpr int Field = 1000;   // + the field
constexpr int Caption = 2000; // + the photo's place
constexpr int Credit = 3000;
constexpr int AltText = 4000;
} // namespace MergeId

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

// The one table of the story's text fields: how each is read from and written to an
// Article, and its name in the undo history ("Edit the headline").
struct FieldBinding
{
    ArticleDocument::Field field;
    const char *name;
    QString (*read)(const Article &);
    void (*write)(Article &, const QString &);
};

using F = ArticleDocument::Field;
const FieldBinding Fields[] = {
    {F::Headline, QT_TRANSLATE_NOOP("ArticleDocument", "headline"),
     [](const Article &a) { return a.headline; }, [](Article &a, const QString &v) { a.headline = v; }},
    {F::Kicker, QT_TRANSLATE_NOOP("ArticleDocument", "kicker"),
     [](const Article &a) { return a.kicker; }, [](Article &a, const QString &v) { a.kicker = v; }},
    {F::Lead, QT_TRANSLATE_NOOP("ArticleDocument", "lead"),
     [](const Article &a) { return a.lead; }, [](Article &a, const QString &v) { a.lead = v; }},
    {F::Dateline, QT_TRANSLATE_NOOP("ArticleDocument", "dateline"),
     [](const Article &a) { return a.dateline; }, [](Article &a, const QString &v) { a.dateline = v; }},
    {F::Slug, QT_TRANSLATE_NOOP("ArticleDocument", "address"),
     [](const Article &a) { return a.slug; }, [](Article &a, const QString &v) { a.slug = v; }},
    {F::SeoTitle, QT_TRANSLATE_NOOP("ArticleDocument", "search title"),
     [](const Article &a) { return a.seoTitle; }, [](Article &a, const QString &v) { a.seoTitle = v; }},
    {F::SeoDescription, QT_TRANSLATE_NOOP("ArticleDocument", "search description"),
     [](const Article &a) { return a.seoDescription; }, [](Article &a, const QString &v) { a.seoDescription = v; }},
    {F::Tags, QT_TRANSLATE_NOOP("ArticleDocument", "tags"),
     [](const Article &a) { return tagsText(a.tags); }, [](Article &a, const QString &v) { a.tags = tagsFrom(v); }},
    {F::Language, QT_TRANSLATE_NOOP("ArticleDocument", "language"),
     [](const Article &a) { return a.language; }, [](Article &a, const QString &v) { a.language = v; }},
};

QString fieldName(ArticleDocument::Field field)
{
    for (const FieldBinding &binding : Fields) {
        if (binding.field == field)
            return QCoreApplication::translate("ArticleDocument", binding.name);
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

// Every change to the story's fields, section, photos and bylines is one of these, as in
// Tiled: the value before and after, put in place by the document; a change merges into
// the one before it when both have the same merge id.
template<typename T>
class ChangeValue : public QUndoCommand
{
public:
    using Apply = std::function<void(const T &)>;

    ChangeValue(const QString &text, int mergeId, Apply apply, T before, T after)
        : QUndoCommand(text)
        , m_mergeId(mergeId)
        , m_apply(std::move(apply))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {
    }
    int id() const override { return m_mergeId; }
    // Only called for the same id, which only one kind of value uses.
    bool mergeWith(const QUndoCommand *other) override
    {
        m_after = static_cast<const ChangeValue *>(other)->m_after;
        return true;
    }
    void undo() override { m_apply(m_before); }
    void redo() override { m_apply(m_after); }

private:
    int m_mergeId;
    Apply m_apply;
    T m_before;
    T m_after;
};

} // namespace

ArticleDocument::ArticleDocument(const Article &article, QObject *parent)
    : QObject(parent)
    , m_saved(article)
    , m_categoryId(article.categoryId)
    , m_photos(article.photos)
    , m_bylines(article.bylines)
    , m_body(new QTextDocument(this))
    , m_undoStack(new QUndoStack(this))
{
    for (const FieldBinding &binding : Fields)
        m_fields.insert(binding.field, binding.read(article));
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
    for (const FieldBinding &binding : Fields)
        binding.write(article, m_fields.value(binding.field));
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
    m_undoStack->push(new ChangeValue<QString>(tr("Edit the %1").arg(fieldName(field)), MergeId::Field + int(field),
                                               [this, field](const QString &text) { applyField(field, text); },
                                               current, value));
}

void ArticleDocument::setCategoryId(qint64 id)
{
    if (id != m_categoryId)
        m_undoStack->push(new ChangeValue<qint64>(tr("Change the section"), MergeId::None,
                                                  [this](const qint64 &section) { applyCategory(section); },
                                                  m_categoryId, id));
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

void ArticleDocument::setPhotos(const QList<ArticlePhoto> &photos, const QString &what, PhotoEdit edit, int row)
{
    if (photos == m_photos)
        return;
    const int mergeId = edit == PhotoEdit::Caption ? MergeId::Caption + row
        : edit == PhotoEdit::Credit                ? MergeId::Credit + row
        : edit == PhotoEdit::AltText               ? MergeId::AltText + row
                                                   : MergeId::None;
    m_undoStack->push(new ChangeValue<QList<ArticlePhoto>>(
        what, mergeId, [this](const QList<ArticlePhoto> &value) { applyPhotos(value); }, m_photos, photos));
}

void ArticleDocument::setBylines(const QList<Byline> &bylines)
{
    if (bylines != m_bylines)
        m_undoStack->push(new ChangeValue<QList<Byline>>(tr("Change the bylines"), MergeId::None,
                                                         [this](const QList<Byline> &value) { applyBylines(value); },
                                                         m_bylines, bylines));
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
    for (const FieldBinding &binding : Fields)
        setField(binding.field, binding.read(content));
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
