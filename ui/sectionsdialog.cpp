// SPDX-License-Identifier: GPL-3.0-or-later
#include "sectionsdialog.h"

#include "text/interfacelanguage.h"

#include <QDialogButtonBox>
#include <QLineEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr int IdRole = Qt::UserRole + 1;

} // namespace

SectionsDialog::SectionsDialog(NewsroomService &newsroom, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_tree(new QTreeWidget(this))
    , m_note(new QLabel(this))
    , m_addSub(new QPushButton(tr("Add &Subsection…"), this))
    , m_rename(new QPushButton(tr("&Rename…"), this))
    , m_otherNames(new QPushButton(tr("Names in &Other Languages…"), this))
    , m_up(new QPushButton(tr("Move &Up"), this))
    , m_down(new QPushButton(tr("Move &Down"), this))
    , m_move(new QPushButton(tr("Move U&nder…"), this))
    , m_merge(new QPushButton(tr("&Merge Into…"), this))
    , m_delete(new QPushButton(tr("De&lete"), this))
{
    setObjectName(u"sectionsDialog"_s);
    setWindowTitle(tr("Sections"));
    auto *intro = new QLabel(tr("The sections of the site, in the order its menu shows them. A renamed section keeps "
                                "its address, so links to it keep working."),
                             this);
    intro->setWordWrap(true);
    m_tree->setObjectName(u"sectionTree"_s);
    m_tree->setAccessibleName(tr("Sections"));
    m_tree->setHeaderLabels({tr("Section"), tr("Stories"), tr("Address"), tr("In Other Languages")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(3, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_note->setObjectName(u"sectionsNote"_s);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *add = new QPushButton(tr("&Add Section…"), this);
    add->setObjectName(u"addSection"_s);
    m_addSub->setObjectName(u"addSubsection"_s);
    m_rename->setObjectName(u"renameSection"_s);
    m_otherNames->setObjectName(u"sectionOtherNames"_s);
    m_otherNames->setToolTip(tr("What the site's pages in Kazakh or English call the section"));
    m_up->setObjectName(u"sectionUp"_s);
    m_down->setObjectName(u"sectionDown"_s);
    m_move->setObjectName(u"moveSection"_s);
    m_merge->setObjectName(u"mergeSection"_s);
    m_delete->setObjectName(u"deleteSection"_s);
    m_delete->setToolTip(tr("Only an empty section can be deleted; merge one that holds stories"));
    auto *side = new QVBoxLayout;
    for (QPushButton *button : {add, m_addSub, m_rename, m_otherNames, m_up, m_down, m_move, m_merge, m_delete})
        side->addWidget(button);
    side->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_tree, 1);
    row->addLayout(side);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row, 1);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(760, 460);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &SectionsDialog::updateButtons);
    connect(add, &QPushButton::clicked, this, [this] { askName(SectionChange::Kind::Add, 0); });
    connect(m_addSub, &QPushButton::clicked, this, [this] { askName(SectionChange::Kind::Add, chosen()); });
    connect(m_rename, &QPushButton::clicked, this, [this] { askName(SectionChange::Kind::Rename, 0); });
    connect(m_otherNames, &QPushButton::clicked, this, &SectionsDialog::askOtherNames);
    connect(m_up, &QPushButton::clicked, this,
            [this] { change({SectionChange::Kind::Shift, chosen(), -1, {}}); });
    connect(m_down, &QPushButton::clicked, this,
            [this] { change({SectionChange::Kind::Shift, chosen(), +1, {}}); });
    const auto chooseOther = [this](SectionChange::Kind kind) {
        const qint64 section = chosen();
        QList<std::pair<QString, qint64>> choices = others(section);
        if (kind == SectionChange::Kind::Move)
            choices.prepend({tr("(the top)"), 0});
        QStringList names;
        for (const auto &[path, id] : std::as_const(choices))
            names.append(path);
        bool ok = false;
        const QString picked = QInputDialog::getItem(
            this, kind == SectionChange::Kind::Move ? tr("Move Under") : tr("Merge Into"),
            kind == SectionChange::Kind::Move ? tr("Put “%1” under:").arg(m_tree->currentItem()->text(0))
                                              : tr("Move the stories and subsections of “%1” to:")
                                                    .arg(m_tree->currentItem()->text(0)),
            names, 0, false, &ok);
        if (!ok)
            return;
        change({kind, section, choices.at(names.indexOf(picked)).second, {}});
    };
    connect(m_move, &QPushButton::clicked, this, [chooseOther] { chooseOther(SectionChange::Kind::Move); });
    connect(m_merge, &QPushButton::clicked, this, [chooseOther] { chooseOther(SectionChange::Kind::Merge); });
    connect(m_delete, &QPushButton::clicked, this, [this] { change({SectionChange::Kind::Remove, chosen(), 0, {}}); });
    updateButtons();
    reload();
}

qint64 SectionsDialog::chosen() const
{
    return m_tree->currentItem() ? m_tree->currentItem()->data(0, IdRole).toLongLong() : 0;
}

void SectionsDialog::choose(qint64 id)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, IdRole).toLongLong() == id) {
            m_tree->setCurrentItem(*it);
            return;
        }
    }
}

void SectionsDialog::reload(qint64 select)
{
    m_newsroom.sections(this, [this, select](Expected<SectionTree> tree) {
        if (!tree) {
            m_note->setText(tr("The sections cannot be read: %1").arg(tree.error().message));
            return;
        }
        m_sections = std::move(*tree);
        const qint64 keep = select ? select : chosen();
        m_tree->clear();
        QHash<qint64, QTreeWidgetItem *> items;
        QHash<qint64, QString> addresses; // as the exported site has them: /section/novosti/sport/
        for (const Category &section : std::as_const(m_sections.sections)) { // parents first
            QTreeWidgetItem *parent = items.value(section.parentId);
            auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_tree);
            const QString address = (section.parentId ? addresses.value(section.parentId) : u"/section/"_s) + section.slug + u'/';
            addresses.insert(section.id, address);
            item->setText(0, section.name);
            item->setText(1, QLocale().toString(m_sections.stories.value(section.id)));
            item->setText(2, address);
            QStringList names;
            for (const QString &language : interfaceLanguages()) {
                if (language != m_sections.language && section.names.contains(language))
                    names.append(nativeLanguageName(language) + u": "_s + section.names.value(language));
            }
            item->setText(3, names.join(u" · "_s));
            item->setData(0, IdRole, section.id);
            items.insert(section.id, item);
        }
        m_tree->expandAll();
        if (keep)
            choose(keep);
        if (m_sections.sections.isEmpty())
            m_note->setText(tr("No sections yet. Add the site's first: Новости, Спорт, Культура."));
        updateButtons();
    });
}

void SectionsDialog::updateButtons()
{
    const qint64 section = chosen();
    for (QPushButton *button : {m_addSub, m_rename, m_otherNames, m_up, m_down, m_move, m_merge, m_delete})
        button->setEnabled(section != 0);
    if (QTreeWidgetItem *item = m_tree->currentItem()) {
        const QTreeWidgetItem *parent = item->parent();
        const int index = parent ? parent->indexOfChild(item) : m_tree->indexOfTopLevelItem(item);
        const int siblings = parent ? parent->childCount() : m_tree->topLevelItemCount();
        m_up->setEnabled(index > 0);
        m_down->setEnabled(index + 1 < siblings);
        m_merge->setEnabled(m_sections.sections.size() > 1);
    }
}

QList<std::pair<QString, qint64>> SectionsDialog::others(qint64 except) const
{
    QHash<qint64, QString> paths;
    QSet<qint64> within{except};
    QList<std::pair<QString, qint64>> found;
    for (const Category &section : m_sections.sections) {
        const QString path = section.parentId ? paths.value(section.parentId) + u" › "_s + section.name : section.name;
        paths.insert(section.id, path);
        if (within.contains(section.parentId))
            within.insert(section.id);
        if (!within.contains(section.id))
            found.append({path, section.id});
    }
    return found;
}

void SectionsDialog::askName(SectionChange::Kind kind, qint64 parent)
{
    const bool renaming = kind == SectionChange::Kind::Rename;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, renaming ? tr("Rename Section") : parent ? tr("Add Subsection") : tr("Add Section"),
        renaming ? tr("New name (the address stays %1):").arg(m_tree->currentItem()->text(2))
        : parent ? tr("Name of the new section under “%1”:").arg(m_tree->currentItem()->text(0))
                 : tr("Name of the new section:"),
        QLineEdit::Normal, renaming ? m_tree->currentItem()->text(0) : QString(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    change({kind, renaming ? chosen() : 0, parent, name});
}

void SectionsDialog::askOtherNames()
{
    const qint64 id = chosen();
    const auto section = std::ranges::find(m_sections.sections, id, &Category::id);
    if (section == m_sections.sections.cend())
        return;
    QDialog ask(this);
    ask.setObjectName(u"sectionNamesDialog"_s);
    ask.setWindowTitle(tr("Names in Other Languages"));
    auto *form = new QFormLayout;
    QHash<QString, QLineEdit *> fields;
    for (const QString &language : interfaceLanguages()) {
        if (language == m_sections.language)
            continue;
        auto *field = new QLineEdit(section->names.value(language), &ask);
        field->setObjectName(u"sectionName-"_s + language);
        field->setPlaceholderText(section->name);
        form->addRow(nativeLanguageName(language) + u':', field);
        fields.insert(language, field);
    }
    auto *intro = new QLabel(tr("What the site's pages in each language call “%1”. Its address stays %2; left empty, "
                                "a language's pages show “%1”.")
                                 .arg(section->name, m_tree->currentItem()->text(2)),
                             &ask);
    intro->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
    connect(buttons, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
    auto *layout = new QVBoxLayout(&ask);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(buttons);
    ask.resize(std::max(ask.sizeHint().width(), 440), ask.sizeHint().height());
    if (ask.exec() != QDialog::Accepted)
        return;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString name = it.value()->text().simplified();
        if (name != section->names.value(it.key()))
            change({SectionChange::Kind::NameIn, id, 0, name, it.key()});
    }
}

void SectionsDialog::change(const SectionChange &change, Reply done)
{
    m_newsroom.changeSections(change, this, [this, change, done](const Expected<Done> &changed) {
        if (!changed) {
            m_note->setText(changed.error().message);
        } else {
            m_note->clear();
            Q_EMIT sectionsChanged();
        }
        reload(change.kind == SectionChange::Kind::Merge ? change.other
               : change.kind == SectionChange::Kind::Remove ? 0
                                                            : change.section);
        if (done)
            done(changed ? Status(Done{}) : Status(changed.error()));
    });
}

} // namespace Newsroom
