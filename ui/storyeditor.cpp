// SPDX-License-Identifier: GPL-3.0-or-later
#include "storyeditor.h"

#include "editbanner.h"
#include "findbar.h"

#include "markdown/textstatistics.h"
#include "markdown/typography.h"
#include "markdownhighlighter.h"
#include "text/slug.h"

#include <QAction>
#include <QEvent>
#include <QComboBox>
#include <QCompleter>
#include <QStringListModel>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QMenu>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextDocumentLayout>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QResizeEvent>
#include <QScopedValueRollback>
#include <QSignalBlocker>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

using Field = ArticleDocument::Field;

// Completes the name after the last comma: "Айгерим Сапарова, Дан" → "…, Данияр Омаров".
class NameListCompleter : public QCompleter
{
public:
    explicit NameListCompleter(QObject *parent)
        : QCompleter(new QStringListModel(parent), parent)
    {
    }
    QStringList splitPath(const QString &path) const override { return {path.section(u',', -1).trimmed()}; }
    QString pathFromIndex(const QModelIndex &index) const override
    {
        const QString typed = static_cast<QLineEdit *>(widget())->text();
        const qsizetype comma = typed.lastIndexOf(u',');
        return (comma < 0 ? QString() : typed.left(comma + 1) + u' ') + index.data().toString();
    }
};

// Lengths a desk aims for; shown as the reporter types, never enforced.
constexpr int HeadlineTarget = 90;
constexpr int LeadTarget = 300;
constexpr int SeoTitleTarget = 60;

QString counter(const QString &label, qsizetype length, int target)
{
    const QString text = u"%1 %2/%3"_s.arg(label).arg(length).arg(target);
    return length > target ? u"<span style=\"color:#c0392b\">%1</span>"_s.arg(text) : text;
}

} // namespace

StoryEditor::StoryEditor(QWidget *parent)
    : QWidget(parent)
    , m_banner(new EditBanner(this))
    , m_translationBanner(new EditBanner(this))
    , m_lead(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_formatting(new QToolBar(tr("Formatting"), this))
    , m_counters(new QLabel(this))
    , m_language(new QComboBox(this))
    , m_section(new QComboBox(this))
    , m_bylines(new QLineEdit(this))
    , m_photographers(new QLineEdit(this))
    , m_details(new QWidget(this))
    , m_detailsToggle(new QToolButton(this))
    , m_detailsSummary(new QLabel(this))
    , m_statusBadge(new QLabel(this))
    , m_findBar(new FindBar(m_body, this))
{
    setObjectName(u"storyEditor"_s);
    // What a story is always seen by stands above the body (kicker and section on one row,
    // the headline, the lead); who, where, tags and the address for search engines fold
    // away below it, so the body takes the height.
    auto *top = new QGridLayout;
    top->setColumnStretch(1, 1);
    top->setColumnStretch(3, 1);
    const auto labelFor = [this](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        field->setAccessibleName(QString(text).remove(u'&').remove(u':'));
        return label;
    };
    for (const auto &[field, name] : {std::pair{Field::Kicker, u"kicker"_s}, std::pair{Field::Headline, u"headline"_s}}) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_lines.insert(field, edit);
    }
    QFont headlineFont = m_lines.value(Field::Headline)->font();
    headlineFont.setPointSizeF(headlineFont.pointSizeF() * 1.35);
    headlineFont.setBold(true);
    m_lines.value(Field::Headline)->setFont(headlineFont);
    m_section->setObjectName(u"section"_s);
    m_section->addItem(tr("(no section)"), qint64(0));
    m_section->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_section->setMinimumContentsLength(8);
    top->addWidget(labelFor(tr("&Kicker:"), m_lines.value(Field::Kicker)), 0, 0);
    top->addWidget(m_lines.value(Field::Kicker), 0, 1);
    top->addWidget(labelFor(tr("Se&ction:"), m_section), 0, 2);
    top->addWidget(m_section, 0, 3);
    m_statusBadge->setObjectName(u"statusBadge"_s);
    m_statusBadge->setTextFormat(Qt::PlainText);
    m_statusBadge->setAccessibleName(tr("Status"));
    top->addWidget(labelFor(tr("&Headline:"), m_lines.value(Field::Headline)), 1, 0);
    top->addWidget(m_lines.value(Field::Headline), 1, 1, 1, 3);
    m_lead->setObjectName(u"lead"_s);
    m_lead->setTabChangesFocus(true);
    m_lead->setFixedHeight(m_lead->fontMetrics().lineSpacing() * 3 + 12);
    top->addWidget(labelFor(tr("&Lead:"), m_lead), 2, 0, Qt::AlignTop);
    top->addWidget(m_lead, 2, 1, 1, 3);

    m_details->setObjectName(u"details"_s);
    auto *detailsForm = new QFormLayout(m_details);
    detailsForm->setContentsMargins(0, 0, 0, 0);
    detailsForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_bylines->setObjectName(u"bylines"_s);
    m_bylines->setPlaceholderText(tr("who wrote it, in order: Айгерим Сапарова, Данияр Омаров"));
    m_photographers->setObjectName(u"photographers"_s);
    m_photographers->setPlaceholderText(tr("who took the photos"));
    detailsForm->addRow(labelFor(tr("&Byline:"), m_bylines), m_bylines);
    detailsForm->addRow(labelFor(tr("Photos b&y:"), m_photographers), m_photographers);
    const std::tuple<Field, QString, QString> details[] = {
        {Field::Dateline, tr("&Dateline:"), u"dateline"_s},
        {Field::Tags, tr("T&ags:"), u"tags"_s},
        {Field::Slug, tr("Add&ress:"), u"slug"_s},
        {Field::SeoTitle, tr("Search &title:"), u"seoTitle"_s},
        {Field::SeoDescription, tr("Search d&escription:"), u"seoDescription"_s},
    };
    for (const auto &[field, label, name] : details) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(name);
        m_lines.insert(field, edit);
        detailsForm->addRow(labelFor(label, edit), edit);
        if (field == Field::Tags) {
            m_language->setObjectName(u"language"_s);
            m_language->addItem(u"Русский"_s, u"ru"_s);
            m_language->addItem(u"Қазақша"_s, u"kk"_s);
            m_language->addItem(u"English"_s, u"en"_s);
            detailsForm->addRow(labelFor(tr("La&nguage:"), m_language), m_language);
        }
    }
    m_lines.value(Field::Tags)->setPlaceholderText(tr("comma-separated, e.g. транспорт, автобусы"));
    for (QLineEdit *edit : {m_bylines, m_photographers}) {
        auto *completer = new NameListCompleter(edit);
        completer->setCaseSensitivity(Qt::CaseInsensitive);
        edit->setCompleter(completer);
        // The names reach the story as they change; the field is tidied (names spelled as
        // the staff list spells them) only when the reporter leaves it, so that a comma
        // just typed stays where it is.
        connect(edit, &QLineEdit::textChanged, this, [this] {
            if (!m_updating)
                applyBylines(false);
        });
        connect(edit, &QLineEdit::editingFinished, this, [this] { applyBylines(true); });
    }
    connect(m_section, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setCategoryId(m_section->itemData(index).toLongLong());
    });
    connect(m_language, &QComboBox::activated, this, [this](int index) {
        if (m_document)
            m_document->setField(Field::Language, m_language->itemData(index).toString());
    });
    m_detailsToggle->setObjectName(u"detailsToggle"_s);
    m_detailsToggle->setText(tr("Details"));
    m_detailsToggle->setAccessibleName(tr("Details"));
    m_detailsToggle->setToolTip(tr("Byline, dateline, tags, language, address and search-engine fields"));
    m_detailsToggle->setCheckable(true);
    m_detailsToggle->setAutoRaise(true);
    m_detailsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_detailsToggle->setArrowType(Qt::RightArrow);
    m_detailsSummary->setObjectName(u"detailsSummary"_s);
    m_detailsSummary->setTextFormat(Qt::PlainText);
    m_detailsSummary->setMinimumWidth(0);
    m_detailsSummary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred); // elided, never widening the editor
    m_detailsSummary->installEventFilter(this);
    connect(m_detailsToggle, &QToolButton::toggled, this, &StoryEditor::setDetailsShown);
    m_details->hide();

    m_body->setObjectName(u"body"_s);
    m_body->setTabChangesFocus(true); // Markdown needs no tab characters; the form stays keyboard-navigable
    m_body->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_body->setPlaceholderText(tr("Write the story in Markdown: ## for a subheading, > for a quote, **bold**, *italic*."));

    // Every control is named for assistive technology by its label.
    m_language->setAccessibleName(tr("Language"));
    m_section->setAccessibleName(tr("Section"));
    m_bylines->setAccessibleName(tr("Byline"));
    m_photographers->setAccessibleName(tr("Photos by"));
    m_lead->setAccessibleName(tr("Lead"));
    m_body->setAccessibleName(tr("Body"));
    m_counters->setAccessibleName(tr("Counters"));
    m_counters->setTextFormat(Qt::RichText);
    m_counters->setWordWrap(true); // a narrow editor wraps the counters rather than growing

    createFormattingActions();

    auto *detailsBar = new QHBoxLayout;
    detailsBar->addWidget(m_detailsToggle);
    detailsBar->addWidget(m_detailsSummary, 1);
    detailsBar->addWidget(m_statusBadge); // where the story stands, on the line under it
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    m_translationBanner->setObjectName(u"translationBanner"_s);
    layout->addWidget(m_translationBanner);
    layout->addLayout(top);
    layout->addWidget(m_formatting);
    layout->addWidget(m_body, 1);
    layout->addWidget(m_findBar);
    layout->addLayout(detailsBar);
    layout->addWidget(m_details);
    layout->addWidget(m_counters);

    // Tab order follows the form, top to bottom.
    setTabOrder(m_lines.value(Field::Kicker), m_section);
    setTabOrder(m_section, m_lines.value(Field::Headline));
    setTabOrder(m_lines.value(Field::Headline), m_lead);
    setTabOrder(m_lead, m_body);
    setTabOrder(m_body, m_detailsToggle);
    setTabOrder(m_detailsToggle, m_bylines);
    setTabOrder(m_bylines, m_photographers);
    setTabOrder(m_photographers, m_lines.value(Field::Dateline));
    setTabOrder(m_lines.value(Field::Dateline), m_lines.value(Field::Tags));
    setTabOrder(m_lines.value(Field::Tags), m_language);
    setTabOrder(m_language, m_lines.value(Field::Slug));
    setTabOrder(m_lines.value(Field::Slug), m_lines.value(Field::SeoTitle));
    setTabOrder(m_lines.value(Field::SeoTitle), m_lines.value(Field::SeoDescription));

    // Whatever puts text in a field (keys, paste, an input method, drag and drop, or a
    // screen reader, dictation or automation through the accessibility interface, which
    // set the text rather than type it) puts it in the story: what is shown is saved.
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        const Field field = it.key();
        connect(it.value(), &QLineEdit::textChanged, this, [this, field](const QString &text) {
            if (m_document && !m_updating)
                m_document->setField(field, text);
        });
        it.value()->installEventFilter(this);
    }
    connect(m_lead, &QPlainTextEdit::textChanged, this, [this] {
        if (m_document && !m_updating)
            m_document->setField(Field::Lead, m_lead->toPlainText());
    });
    m_lead->installEventFilter(this);
    m_body->installEventFilter(this);
    m_body->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_body, &QWidget::customContextMenuRequested, this, [this](const QPoint &position) {
        std::unique_ptr<QMenu> menu(createBodyContextMenu(position));
        menu->exec(m_body->viewport()->mapToGlobal(position));
    });
    setEnabled(false);
    // The syntax definitions and the spelling dictionary of the newsroom's usual language
    // take a fifth of a second to load: loaded once the window is up, not when a story is
    // first opened and the person is waiting for it.
    QTimer::singleShot(0, this, [this] {
        MarkdownHighlighter::prepare();
        if (m_spelling.language().isEmpty())
            m_spelling.setLanguage(Article().language);
    });
}

StoryEditor::~StoryEditor()
{
    if (m_highlighter)
        m_highlighter->setSpellChecker(nullptr); // the document may outlive this editor
}

QLineEdit *StoryEditor::lineEdit(ArticleDocument::Field field) const
{
    return m_lines.value(field);
}

void StoryEditor::createFormattingActions()
{
    m_formatting->setObjectName(u"formattingBar"_s);
    m_formatting->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto add = [this](const QString &text, const QKeySequence &shortcut, auto slot) {
        QAction *action = m_formatting->addAction(text, this, slot);
        action->setShortcut(shortcut);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        action->setToolTip(u"%1 (%2)"_s.arg(QString(text).remove(u'&'), shortcut.toString(QKeySequence::NativeText)));
        addAction(action);
        return action;
    };
    add(tr("Bold"), QKeySequence::Bold, [this] { wrapSelection(u"**"_s, u"**"_s); })->setObjectName(u"actionBold"_s);
    add(tr("Italic"), QKeySequence::Italic, [this] { wrapSelection(u"*"_s, u"*"_s); })->setObjectName(u"actionItalic"_s);
    add(tr("Subheading"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2), [this] { prefixLines(u"## "_s); })
        ->setObjectName(u"actionSubheading"_s);
    add(tr("Quote"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_Q), [this] { prefixLines(u"> "_s); })
        ->setObjectName(u"actionQuote"_s);
    add(tr("List"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_L), [this] { prefixLines(u"- "_s); })
        ->setObjectName(u"actionList"_s);
    add(tr("Link…"), QKeySequence(Qt::CTRL | Qt::Key_K), [this] { insertLink(); })->setObjectName(u"actionLink"_s);
    m_formatting->addSeparator();
    add(tr("«Typography»"), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_T), [this] { applyRussianTypography(); })
        ->setObjectName(u"actionTypography"_s);
}

void StoryEditor::setDocument(ArticleDocument *document)
{
    if (m_document)
        disconnect(m_document, nullptr, this, nullptr);
    m_document = document;
    setEnabled(document != nullptr);
    if (!document) {
        m_body->setDocument(nullptr);
        return;
    }
    m_updating = true;
    for (auto it = m_lines.cbegin(); it != m_lines.cend(); ++it) {
        it.value()->setText(document->field(it.key()));
        it.value()->setCursorPosition(0); // show a long headline from its start
    }
    m_lead->setPlainText(document->field(Field::Lead));
    m_updating = false;

    // A plain-text editor needs its own layout on the document; core cannot give it one.
    if (!qobject_cast<QPlainTextDocumentLayout *>(document->body()->documentLayout()))
        document->body()->setDocumentLayout(new QPlainTextDocumentLayout(document->body()));
    m_body->setDocument(document->body());
    if (m_highlighter)
        m_highlighter->setSpellChecker(nullptr);
    m_highlighter = document->body()->findChild<MarkdownHighlighter *>();
    if (!m_highlighter)
        m_highlighter = new MarkdownHighlighter(document->body());
    updateLanguage();
    m_highlighter->setSpellChecker(&m_spelling);
    m_highlighter->followPalette(palette()); // highlights the whole story, once

    showCategory(document->categoryId());
    showBylines();
    connect(document, &ArticleDocument::bylinesChanged, this, &StoryEditor::showBylines);
    connect(document, &ArticleDocument::categoryChanged, this, &StoryEditor::showCategory);
    connect(document, &ArticleDocument::fieldChanged, this, &StoryEditor::showField);
    connect(document, &ArticleDocument::contentChanged, this, &StoryEditor::updateCounters);
    updateCounters();
    updateDetailsSummary();
}

void StoryEditor::updateLanguage()
{
    const QString language = m_document->field(Field::Language);
    const int index = m_language->findData(language);
    if (index < 0 && !language.isEmpty())
        m_language->addItem(language, language); // a language we have no name for: kept as it is
    m_language->setCurrentIndex(m_language->findData(language));
    if (m_spelling.language() != language) {
        m_spelling.setLanguage(language);
        if (m_highlighter && m_highlighter->document() == m_document->body())
            m_highlighter->rehighlight();
    }
}

void StoryEditor::setCategories(const QList<Category> &categories)
{
    const qint64 current = m_section->currentData().toLongLong();
    m_section->clear();
    m_section->addItem(tr("(no section)"), qint64(0));
    QHash<qint64, QString> paths;
    for (const Category &category : categories) { // parents first
        const QString path = category.parentId ? paths.value(category.parentId) + u" › "_s + category.name : category.name;
        paths.insert(category.id, path);
        m_section->addItem(path, category.id);
    }
    showCategory(m_document ? m_document->categoryId() : current);
}

void StoryEditor::setStaff(const QList<Person> &staff)
{
    m_staff = staff;
    QStringList names;
    for (const Person &person : staff)
        names.append(person.name);
    for (QLineEdit *edit : {m_bylines, m_photographers})
        static_cast<QStringListModel *>(edit->completer()->model())->setStringList(names);
}

void StoryEditor::showBylines()
{
    if (!m_document || m_updating)
        return;
    const QScopedValueRollback updating(m_updating, true);
    for (const auto &[edit, kind] : {std::pair{m_bylines, Byline::Kind::Text}, std::pair{m_photographers, Byline::Kind::Photo}}) {
        QStringList names;
        for (const Byline &byline : m_document->bylines()) {
            if (byline.kind == kind)
                names.append(byline.name);
        }
        const QString text = names.join(u", "_s);
        if (edit->text() != text)
            edit->setText(text);
    }
    updateDetailsSummary();
}

void StoryEditor::applyBylines(bool tidy)
{
    if (!m_document)
        return;
    QList<Byline> bylines;
    for (const auto &[edit, kind] : {std::pair{m_bylines, Byline::Kind::Text}, std::pair{m_photographers, Byline::Kind::Photo}}) {
        for (const QString &part : edit->text().split(u',', Qt::SkipEmptyParts)) {
            const QString name = part.simplified();
            if (name.isEmpty())
                continue;
            Byline byline{kind, 0, name};
            // A staff member by name (any case); anyone else is a guest.
            for (const Person &person : std::as_const(m_staff)) {
                if (person.name.compare(name, Qt::CaseInsensitive) == 0) {
                    byline.personId = person.id;
                    byline.name = person.name;
                }
            }
            bylines.append(byline);
        }
    }
    m_updating = !tidy; // the document's echo leaves the field as the reporter has it
    m_document->setBylines(bylines);
    m_updating = false;
    if (tidy)
        showBylines(); // names as the staff list spells them
}

void StoryEditor::setStatus(ArticleStatus status, const QString &text, const QString &toolTip)
{
    // A tinted pill in the colour of the state, readable in light and dark themes.
    QColor tint;
    switch (status) {
    case ArticleStatus::Draft:
    case ArticleStatus::Unpublished: tint = QColor(0x7f, 0x8c, 0x8d); break;
    case ArticleStatus::Submitted:
    case ArticleStatus::Approved: tint = QColor(0x29, 0x80, 0xb9); break;
    case ArticleStatus::ChangesRequested: tint = QColor(0xc0, 0x39, 0x2b); break;
    case ArticleStatus::Scheduled: tint = QColor(0xd3, 0x8b, 0x00); break;
    case ArticleStatus::Published: tint = QColor(0x27, 0xae, 0x60); break;
    }
    m_statusBadge->setText(text);
    m_statusBadge->setToolTip(toolTip);
    m_statusBadge->setAccessibleDescription(toolTip);
    m_statusBadge->setStyleSheet(u"QLabel { border: 1px solid %1; border-radius: 8px; padding: 1px 8px;"
                                 " background: rgba(%2, %3, %4, 40); }"_s.arg(tint.name())
                                     .arg(tint.red())
                                     .arg(tint.green())
                                     .arg(tint.blue()));
}

bool StoryEditor::detailsShown() const
{
    return !m_details->isHidden();
}

void StoryEditor::setDetailsShown(bool shown)
{
    if (shown == detailsShown())
        return;
    m_details->setVisible(shown);
    m_detailsSummary->setVisible(!shown);
    const QSignalBlocker quiet(m_detailsToggle);
    m_detailsToggle->setChecked(shown);
    m_detailsToggle->setArrowType(shown ? Qt::DownArrow : Qt::RightArrow);
    Q_EMIT detailsShownChanged(shown);
}

void StoryEditor::updateDetailsSummary()
{
    QStringList parts;
    if (!m_bylines->text().trimmed().isEmpty())
        parts.append(m_bylines->text().trimmed());
    for (const Field field : {Field::Dateline, Field::Tags}) {
        if (const QString text = m_lines.value(field)->text().trimmed(); !text.isEmpty())
            parts.append(text);
    }
    m_detailsSummaryText = parts.join(u" · "_s);
    m_detailsSummary->setToolTip(m_detailsSummaryText);
    m_detailsSummary->setText(
        m_detailsSummary->fontMetrics().elidedText(m_detailsSummaryText, Qt::ElideRight, m_detailsSummary->width()));
}

void StoryEditor::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    updateDetailsSummary();
}

void StoryEditor::showCategory(qint64 id)
{
    const int index = m_section->findData(id);
    m_section->setCurrentIndex(index >= 0 ? index : 0);
}

void StoryEditor::setNewsroomWords(const QList<DictionaryWord> &words)
{
    m_spelling.setNewsroomWords(words);
    if (m_highlighter && m_document)
        m_highlighter->rehighlight();
}

void StoryEditor::addNewsroomWord(const DictionaryWord &word)
{
    m_spelling.addNewsroomWord(word);
    if (m_highlighter && m_document)
        m_highlighter->rehighlight();
}

QMenu *StoryEditor::createBodyContextMenu(const QPoint &position)
{
    QMenu *standard = m_body->createStandardContextMenu(position);
    QTextCursor cursor = m_body->cursorForPosition(position);
    const QTextBlock block = cursor.block();
    const int column = cursor.positionInBlock();
    for (const SpellChecker::Range &range : m_spelling.misspellings(block.text())) {
        if (column < range.start || column > range.start + range.length)
            continue;
        const QString word = block.text().mid(range.start, range.length);
        QAction *first = standard->actions().value(0);
        QList<QAction *> added;
        const QStringList suggestions = m_spelling.suggestions(word, 6);
        for (const QString &suggestion : suggestions) {
            QAction *replace = new QAction(suggestion, standard);
            QFont bold = replace->font();
            bold.setBold(true);
            replace->setFont(bold);
            const int start = block.position() + int(range.start);
            const int length = int(range.length);
            connect(replace, &QAction::triggered, this, [this, start, length, suggestion] {
                QTextCursor change(m_body->document());
                change.setPosition(start);
                change.setPosition(start + length, QTextCursor::KeepAnchor);
                change.insertText(suggestion); // through the body's undo, into the story's history
            });
            added.append(replace);
        }
        if (suggestions.isEmpty()) {
            QAction *none = new QAction(tr("No suggestions"), standard);
            none->setEnabled(false);
            added.append(none);
        }
        QAction *add = new QAction(tr("Add “%1” to the Newsroom Dictionary").arg(word), standard);
        add->setObjectName(u"actionAddToDictionary"_s);
        connect(add, &QAction::triggered, this, [this, word] { Q_EMIT addToDictionaryRequested(word); });
        QAction *ignore = new QAction(tr("Ignore “%1”").arg(word), standard);
        ignore->setObjectName(u"actionIgnoreWord"_s);
        connect(ignore, &QAction::triggered, this, [this, word] {
            m_spelling.ignore(word);
            m_highlighter->rehighlight();
        });
        added << add << ignore;
        standard->insertActions(first, added);
        standard->insertSeparator(first);
        break;
    }
    return standard;
}

void StoryEditor::showField(ArticleDocument::Field field)
{
    if (field == Field::Language)
        updateLanguage();
    const QString value = m_document->field(field);
    m_updating = true;
    if (field == Field::Lead) {
        if (m_lead->toPlainText() != value)
            m_lead->setPlainText(value);
    } else if (QLineEdit *edit = m_lines.value(field); edit && edit->text() != value) {
        edit->setText(value);
    }
    m_updating = false;
    if (field == Field::Dateline || field == Field::Tags)
        updateDetailsSummary();
}

void StoryEditor::updateCounters()
{
    if (!m_document)
        return;
    const QString headline = m_document->field(Field::Headline);
    m_lines.value(Field::Slug)->setPlaceholderText(
        headline.trimmed().isEmpty() ? QString()
                                     : tr("%1 (suggested)").arg(Slug::fromText(headline, m_document->field(Field::Language))));
    const TextStatistics body = TextStatistics::of(m_document->body()->toPlainText());
    const QStringList parts = {
        counter(tr("Headline"), headline.size(), HeadlineTarget),
        counter(tr("Lead"), m_document->field(Field::Lead).size(), LeadTarget),
        counter(tr("Search title"), m_document->field(Field::SeoTitle).size(), SeoTitleTarget),
        tr("%n word(s)", nullptr, body.words),
        tr("%n character(s)", nullptr, body.characters),
        tr("%n min to read", nullptr, body.readingMinutes()),
    };
    m_counters->setText(parts.join(u" · "_s));
}

void StoryEditor::wrapSelection(const QString &before, const QString &after)
{
    QTextDocument *text = m_body->document();
    QTextCursor cursor = m_body->textCursor();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    // The spaces at either end of a selection (Ctrl+Shift+Right takes the next one) stay
    // outside the markers: Markdown does not read "**Мы **".
    while (start < end && text->characterAt(start).isSpace())
        ++start;
    while (end > start && text->characterAt(end - 1).isSpace())
        --end;
    const auto textAt = [text](int from, int length) {
        QString found;
        for (int i = from; i < from + length; ++i)
            found += text->characterAt(i);
        return found;
    };
    // A lone "*" beside another is half of a bold marker, not italic.
    const auto marks = [&](int at, const QString &marker) {
        if (at < 0 || textAt(at, int(marker.size())) != marker)
            return false;
        if (marker != u"*")
            return true;
        const bool starBefore = at > 0 && text->characterAt(at - 1) == u'*';
        const bool starAfter = text->characterAt(at + 1) == u'*';
        return !(starBefore ^ starAfter) || (at > 1 && textAt(at - 2, 3) == u"***") || textAt(at, 3) == u"***";
    };
    const int b = int(before.size());
    const int a = int(after.size());
    cursor.beginEditBlock();
    if (end - start >= b + a && marks(start, before) && marks(end - a, after)) {
        // Selected with its markers: they go.
        QTextCursor edit(text);
        edit.setPosition(end - a);
        edit.setPosition(end, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start);
        edit.setPosition(start + b, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        cursor.setPosition(start);
        cursor.setPosition(end - a - b, QTextCursor::KeepAnchor);
    } else if (start < end && marks(start - b, before) && marks(end, after)) {
        // Already marked just outside the selection: the markers go.
        QTextCursor edit(text);
        edit.setPosition(end);
        edit.setPosition(end + a, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        edit.setPosition(start - b);
        edit.setPosition(start, QTextCursor::KeepAnchor);
        edit.removeSelectedText();
        cursor.setPosition(start - b);
        cursor.setPosition(end - b, QTextCursor::KeepAnchor);
    } else {
        QTextCursor edit(text);
        edit.setPosition(end);
        edit.insertText(after);
        edit.setPosition(start);
        edit.insertText(before);
        if (start == end) {
            cursor.setPosition(start + b); // between the markers, to type
        } else {
            cursor.setPosition(start + b);
            cursor.setPosition(end + b, QTextCursor::KeepAnchor);
        }
    }
    cursor.endEditBlock();
    m_body->setTextCursor(cursor);
    m_body->setFocus();
}

void StoryEditor::prefixLines(const QString &prefix)
{
    QTextCursor cursor = m_body->textCursor();
    QTextBlock block = m_body->document()->findBlock(cursor.selectionStart());
    const QTextBlock last = m_body->document()->findBlock(cursor.selectionEnd());
    cursor.beginEditBlock();
    while (block.isValid()) {
        QTextCursor line(block);
        if (!block.text().startsWith(prefix))
            line.insertText(prefix);
        if (block == last)
            break;
        block = block.next();
    }
    cursor.endEditBlock();
    m_body->setFocus();
}

void StoryEditor::insertLink()
{
    QTextCursor cursor = m_body->textCursor();
    static const QRegularExpression link(u"^\\[(.*)\\]\\([^()\\s]*\\)$"_s);
    if (const QRegularExpressionMatch linked = link.match(cursor.selectedText().trimmed()); linked.hasMatch()) {
        // A link selected: Ctrl+K again leaves its text.
        const QString selected = cursor.selectedText();
        cursor.insertText(selected.left(selected.indexOf(u'[')) + linked.captured(1)
                          + selected.mid(selected.lastIndexOf(u')') + 1));
        m_body->setTextCursor(cursor);
        return;
    }
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Insert Link"), tr("Address (https://…):"), QLineEdit::Normal,
                                              u"https://"_s, &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    // The spaces at either end of the selection stay outside the link.
    QTextDocument *text = m_body->document();
    int start = cursor.selectionStart();
    int end = cursor.selectionEnd();
    while (start < end && text->characterAt(start).isSpace())
        ++start;
    while (end > start && text->characterAt(end - 1).isSpace())
        --end;
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    const QString shown = start < end ? cursor.selectedText() : tr("link text");
    cursor.insertText(u"[%1](%2)"_s.arg(shown, url.trimmed()));
    m_body->setTextCursor(cursor);
}

void StoryEditor::applyRussianTypography()
{
    if (!m_document)
        return;
    m_document->undoStack()->beginMacro(tr("Russian typography"));
    for (const Field field : {Field::Kicker, Field::Headline, Field::Lead, Field::SeoTitle, Field::SeoDescription})
        m_document->setField(field, Typography::russian(m_document->field(field)));
    const QString body = m_document->body()->toPlainText();
    const QString set = Typography::russian(body);
    if (set != body) {
        QTextCursor cursor(m_document->body());
        cursor.select(QTextCursor::Document);
        cursor.insertText(set);
    }
    m_document->undoStack()->endMacro();
}

bool StoryEditor::eventFilter(QObject *watched, QEvent *event)
{
    // The summary of the folded details is cut to its own width, whatever changed it
    // (the window, the badge beside it growing "Published 06.12.2026 13:27").
    if (watched == m_detailsSummary && event->type() == QEvent::Resize) {
        updateDetailsSummary();
        return false;
    }
    // Undo and redo in any field go through the story's one history, not the widget's own.
    if (event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        const bool undo = key->matches(QKeySequence::Undo);
        const bool redo = key->matches(QKeySequence::Redo);
        if (undo || redo) {
            if (event->type() == QEvent::KeyPress && m_document)
                undo ? m_document->undoStack()->undo() : m_document->undoStack()->redo();
            event->accept();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void StoryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange && m_highlighter)
        m_highlighter->followPalette(palette());
    QWidget::changeEvent(event);
}

void StoryEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    for (QLineEdit *line : std::as_const(m_lines))
        line->setReadOnly(readOnly);
    m_lead->setReadOnly(readOnly);
    m_body->setReadOnly(readOnly);
    m_bylines->setReadOnly(readOnly);
    m_photographers->setReadOnly(readOnly);
    m_language->setEnabled(!readOnly);
    m_section->setEnabled(!readOnly);
    m_formatting->setEnabled(!readOnly);
    // The same actions carry the shortcuts: off too, or Ctrl+B would still change the text.
    for (QAction *action : m_formatting->actions())
        action->setEnabled(!readOnly);
}

} // namespace Newsroom
