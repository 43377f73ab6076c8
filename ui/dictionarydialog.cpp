// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionarydialog.h"

#include "session/newsroomservice.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

DictionaryDialog::DictionaryDialog(NewsroomService &newsroom, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
{
    setWindowTitle(tr("Newsroom Dictionary"));
    auto *intro = new QLabel(tr("Words the spelling check knows besides its dictionaries, for every desk. A new "
                                "newsroom starts with the words of Kazakhstan they lack."),
                             this);
    intro->setWordWrap(true);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(u"dictionaryFilter"_s);
    m_filter->setPlaceholderText(tr("Find a word"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Find a word"));
    m_list = new QListWidget(this);
    m_list->setObjectName(u"dictionaryWords"_s);
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_list->setAccessibleName(tr("Words"));
    m_word = new QLineEdit(this);
    m_word->setObjectName(u"dictionaryNewWord"_s);
    m_word->setPlaceholderText(tr("New word"));
    m_word->setAccessibleName(tr("New word"));
    m_exact = new QCheckBox(tr("This form &only"), this);
    m_exact->setToolTip(tr("Without Russian or Kazakh endings: for a name whose endings would let a misspelling "
                           "through."));
    m_add = new QPushButton(tr("&Add"), this);
    m_add->setEnabled(false);
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setEnabled(false);
    m_note = new QLabel(this);
    m_note->setWordWrap(true);
    m_note->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *form = new QHBoxLayout;
    form->addWidget(m_word, 1);
    form->addWidget(m_exact);
    form->addWidget(m_add);
    form->addWidget(m_remove);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addWidget(m_note);
    layout->addWidget(buttons);
    resize(520, 560);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_filter, &QLineEdit::textChanged, this, &DictionaryDialog::showWords);
    connect(m_word, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_add->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_word, &QLineEdit::returnPressed, this, [this] { addFromForm(); });
    connect(m_add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeChosen(); });
    connect(m_list, &QListWidget::itemSelectionChanged, this,
            [this] { m_remove->setEnabled(!m_list->selectedItems().isEmpty()); });
    reload();
}

void DictionaryDialog::reload()
{
    m_newsroom.words(this, [this](const Expected<QList<DictionaryWord>> &words) {
        if (!words) {
            m_note->setText(words.error().message);
            return;
        }
        m_words = *words;
        showWords();
    });
}

void DictionaryDialog::showWords()
{
    const QString wanted = m_filter->text().trimmed();
    m_list->clear();
    for (const DictionaryWord &word : std::as_const(m_words)) {
        if (!wanted.isEmpty() && !word.word.contains(wanted, Qt::CaseInsensitive))
            continue;
        auto *item = new QListWidgetItem(word.exact ? tr("%1 (this form only)").arg(word.word) : word.word, m_list);
        item->setData(Qt::UserRole, word.word);
    }
}

void DictionaryDialog::said(const Status &status, const std::function<void(const Status &)> &done)
{
    m_note->setText(status ? QString() : status.error().message);
    if (status)
        reload();
    if (done)
        done(status);
}

void DictionaryDialog::addFromForm(std::function<void(const Status &)> done)
{
    const DictionaryWord word{m_word->text().trimmed(), m_exact->isChecked()};
    m_newsroom.addWord(word, this, [this, word, done = std::move(done)](const Status &added) {
        if (added) {
            m_word->clear();
            m_exact->setChecked(false);
            m_note->setText(tr("“%1” is in the newsroom dictionary now, for every desk.").arg(word.word));
            reload();
            if (done)
                done(added);
            return;
        }
        said(added, done);
    });
}

void DictionaryDialog::removeChosen(std::function<void(const Status &)> done)
{
    QStringList chosen;
    for (const QListWidgetItem *item : m_list->selectedItems())
        chosen.append(item->data(Qt::UserRole).toString());
    if (chosen.isEmpty())
        return;
    m_newsroom.removeWords(chosen, this, [this, done = std::move(done)](const Status &removed) { said(removed, done); });
}

} // namespace Newsroom
