// SPDX-License-Identifier: GPL-3.0-or-later
#include "recoverydialog.h"

#include "changeview.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString titleOf(const Article &article)
{
    return article.headline.trimmed().isEmpty() ? RecoveryDialog::tr("Untitled story") : article.headline.trimmed();
}

} // namespace

RecoveryDialog::RecoveryDialog(const QList<KeptText> &items, QWidget *parent)
    : QDialog(parent)
    , m_items(items)
    , m_list(new QListWidget(this))
    , m_differences(new QTextBrowser(this))
{
    setObjectName(u"recoveryDialog"_s);
    setWindowTitle(tr("Recover Unsaved Stories"));
    resize(860, 540);

    auto *intro = new QLabel(tr("Newsroom stopped before these stories were saved. Their text was kept on this "
                                "computer. Open one to go on writing; the others stay here until you decide."),
                             this);
    intro->setWordWrap(true);

    m_list->setObjectName(u"recoveryList"_s);
    m_list->setAccessibleName(tr("Unsaved stories"));
    m_list->setWordWrap(true); // long headlines wrap rather than scroll sideways
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSpacing(2);
    const QLocale locale;
    for (const KeptText &item : m_items) {
        const QString when = locale.toString(item.entry.written.toLocalTime(), QLocale::ShortFormat);
        auto *row = new QListWidgetItem(tr("%1\nkept %2").arg(titleOf(item.entry.article), when), m_list);
        row->setData(Qt::UserRole, item.entry.key);
    }
    m_differences->setObjectName(u"recoveryDifferences"_s);
    m_differences->setAccessibleName(tr("What the unsaved text changes"));
    m_differences->setOpenLinks(false);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(m_list);
    splitter->addWidget(m_differences);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({260, 600});

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open in the Editor"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(u"recoverOpen"_s);
    m_discard = buttons->addButton(tr("&Discard…"), QDialogButtonBox::DestructiveRole);
    m_discard->setObjectName(u"recoverDiscard"_s);
    QPushButton *later = buttons->addButton(tr("Decide &Later"), QDialogButtonBox::RejectRole);
    later->setObjectName(u"recoverLater"_s);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::Open;
        accept();
    });
    connect(m_discard, &QPushButton::clicked, this, [this] {
        const auto answer = QMessageBox::question(
            this, tr("Discard Unsaved Text"),
            tr("Throw away the unsaved text of “%1”? This cannot be undone.").arg(m_list->currentItem()->text().section(u'\n', 0, 0)),
            QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer == QMessageBox::Discard) {
            m_choice = Choice::Discard;
            accept();
        }
    });
    connect(later, &QPushButton::clicked, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &RecoveryDialog::showItem);
    m_list->setCurrentRow(0);
    m_open->setDefault(true);
    m_list->setFocus();
}

QString RecoveryDialog::chosenKey() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

void RecoveryDialog::showItem(int row)
{
    const bool valid = row >= 0 && row < m_items.size();
    m_open->setEnabled(valid);
    m_discard->setEnabled(valid);
    m_differences->setHtml(valid ? differencesHtml(m_items.at(row).entry.article, m_items.at(row).stored) : QString());
}

QString RecoveryDialog::differencesHtml(const Article &typed, const std::optional<Article> &stored)
{
    QString html;
    if (!stored) {
        html += u"<p><b>"_s + tr("This story was never saved. Everything below is new.").toHtmlEscaped() + u"</b></p>"_s;
    } else if (stored->revision > typed.revision) {
        html += u"<p><b>"_s
            + tr("The database has a newer revision (%1) than the one this text was written on (%2). Opening it "
                 "replaces nothing: saving will ask before anything of the newer revision is overwritten.")
                  .arg(stored->revision)
                  .arg(typed.revision)
                  .toHtmlEscaped()
            + u"</b></p>"_s;
    }
    const QList<FieldChange> changes = compareArticles(stored.value_or(Article{}), typed);
    html += changes.isEmpty() ? u"<p>"_s + tr("The kept text is the same as the stored story.").toHtmlEscaped() + u"</p>"_s
                              : changesHtml(changes);
    return html;
}

} // namespace Newsroom
