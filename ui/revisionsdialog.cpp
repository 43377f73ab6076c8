// SPDX-License-Identifier: GPL-3.0-or-later
#include "revisionsdialog.h"

#include "changeview.h"
#include "document/articlecompare.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

RevisionsDialog::RevisionsDialog(const QList<Revision> &revisions, const Article &current,
                                 const QHash<qint64, QString> &names, const QTimeZone &zone,
                                 std::function<QString(qint64)> categoryName, QWidget *parent)
    : QDialog(parent)
    , m_revisions(revisions)
    , m_current(current)
    , m_categoryName(std::move(categoryName))
    , m_list(new QListWidget(this))
    , m_comparison(new QTextBrowser(this))
    , m_againstCurrent(new QCheckBox(tr("Compare with the current text"), this))
{
    setObjectName(u"revisionsDialog"_s);
    setWindowTitle(tr("Revisions of “%1”").arg(current.headline));
    resize(980, 600);
    m_list->setObjectName(u"revisionList"_s);
    m_list->setAccessibleName(tr("Revisions"));
    m_list->setWordWrap(true);
    m_comparison->setObjectName(u"revisionComparison"_s);
    m_comparison->setAccessibleName(tr("What the revision changed"));
    m_comparison->setOpenLinks(false);
    m_againstCurrent->setObjectName(u"compareWithCurrent"_s);
    for (qsizetype i = m_revisions.size() - 1; i >= 0; --i) {
        const Revision &revision = m_revisions.at(i);
        const QString who = revision.authorId ? names.value(revision.authorId) : tr("the newsroom");
        auto *item = new QListWidgetItem(tr("Revision %1 — %2\n%3%4")
                                             .arg(revision.revision)
                                             .arg(QLocale().toString(revision.createdAt.toTimeZone(zone), u"dd.MM.yyyy HH:mm"_s),
                                                  who, revision.note.isEmpty() ? QString() : u" · "_s + revision.note),
                                         m_list);
        item->setData(Qt::UserRole, int(i));
    }
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_comparison);
    splitter->setSizes({300, 680});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *restore = buttons->addButton(tr("&Restore This Revision"), QDialogButtonBox::AcceptRole);
    restore->setObjectName(u"restoreRevision"_s);
    restore->setToolTip(tr("Its text becomes the story's text again, saved as a new revision; nothing is lost"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_againstCurrent);
    layout->addWidget(buttons);
    connect(m_list, &QListWidget::currentRowChanged, this, &RevisionsDialog::showChosen);
    connect(m_againstCurrent, &QCheckBox::toggled, this, &RevisionsDialog::showChosen);
    m_list->setCurrentRow(0);
}

int RevisionsDialog::chosenRevision() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? m_revisions.at(item->data(Qt::UserRole).toInt()).revision : 0;
}

void RevisionsDialog::showChosen()
{
    const QListWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_comparison->clear();
        return;
    }
    const int index = item->data(Qt::UserRole).toInt();
    const Article &chosen = m_revisions.at(index).snapshot;
    if (m_againstCurrent->isChecked()) {
        m_comparison->setHtml(changesHtml(compareArticles(chosen, m_current, m_categoryName)));
        return;
    }
    // What this revision changed: against the one before it (the first against nothing).
    const Article before = index > 0 ? m_revisions.at(index - 1).snapshot : Article{};
    m_comparison->setHtml(changesHtml(compareArticles(before, chosen, m_categoryName)));
}

} // namespace Newsroom
