// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergedialog.h"

#include "changeview.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QTextBrowser *pane(const QString &html, bool tall, QWidget *parent)
{
    auto *browser = new QTextBrowser(parent);
    browser->setHtml(html);
    browser->setOpenLinks(false);
    const int lines = tall ? 9 : 2;
    browser->setFixedHeight(browser->fontMetrics().lineSpacing() * lines + 2 * browser->frameWidth() + 8);
    return browser;
}

} // namespace

MergeDialog::MergeDialog(const QString &colleague, const Article &theirs, const QList<MergeField> &fields,
                         QWidget *parent)
    : QDialog(parent)
    , m_fields(fields)
{
    setObjectName(u"mergeDialog"_s);
    setWindowTitle(tr("Saved by Someone Else Meanwhile"));
    resize(980, 680);

    auto *intro = new QLabel(tr("<b>%1 saved revision %2 of “%3” while you were editing.</b><br>"
                                "Choose what to keep in each field that differs. Words only in one version are "
                                "highlighted. Nothing is saved until you press Save Merged; Cancel keeps your text "
                                "in the editor as it is.")
                                 .arg(colleague.toHtmlEscaped())
                                 .arg(theirs.revision)
                                 .arg(theirs.headline.toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);

    auto *fieldsWidget = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fieldsWidget);
    for (const MergeField &field : std::as_const(m_fields)) {
        QString label = field.label;
        if (field.changedByMe && field.changedByThem)
            label = tr("%1 — changed by both").arg(field.label);
        else if (field.changedByThem)
            label = tr("%1 — changed by %2").arg(field.label, colleague);
        else
            label = tr("%1 — changed by you").arg(field.label);
        auto *box = new QGroupBox(label, fieldsWidget);
        box->setObjectName(u"mergeField_%1"_s.arg(int(field.which)));
        auto *grid = new QGridLayout(box);
        const bool tall = field.which == StoryField::Body || field.which == StoryField::Lead
            || field.which == StoryField::Photos;
        grid->addWidget(new QLabel(tr("Yours"), box), 0, 0);
        grid->addWidget(new QLabel(tr("%1’s").arg(colleague), box), 0, 1);
        grid->addWidget(pane(sideHtml(field.theirs, field.mine), tall, box), 1, 0);
        grid->addWidget(pane(sideHtml(field.mine, field.theirs), tall, box), 1, 1);

        auto *group = new QButtonGroup(box);
        auto *mine = new QRadioButton(tr("Keep mine"), box);
        auto *theirsButton = new QRadioButton(tr("Take theirs"), box);
        group->addButton(mine, int(MergeField::Choice::Mine));
        group->addButton(theirsButton, int(MergeField::Choice::Theirs));
        auto *choiceRow = new QHBoxLayout;
        choiceRow->addWidget(mine);
        choiceRow->addWidget(theirsButton);
        if (field.canTakeBoth()) {
            auto *both = new QRadioButton(tr("Keep both (paragraphs from each)"), box);
            group->addButton(both, int(MergeField::Choice::Both));
            choiceRow->addWidget(both);
        }
        choiceRow->addStretch();
        grid->addLayout(choiceRow, 2, 0, 1, 2);
        group->button(int(field.choice))->setChecked(true);
        m_groups.append(group);
        fieldsLayout->addWidget(box);
    }
    fieldsLayout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fieldsWidget);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *save = buttons->addButton(tr("Save Merged"), QDialogButtonBox::AcceptRole);
    save->setObjectName(u"saveMergedButton"_s);
    save->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
}

QList<MergeField> MergeDialog::choices() const
{
    QList<MergeField> chosen = m_fields;
    for (qsizetype i = 0; i < chosen.size(); ++i)
        chosen[i].choice = MergeField::Choice(m_groups.at(i)->checkedId());
    return chosen;
}

void MergeDialog::choose(StoryField field, MergeField::Choice choice)
{
    for (qsizetype i = 0; i < m_fields.size(); ++i) {
        if (m_fields.at(i).which == field) {
            if (QAbstractButton *button = m_groups.at(i)->button(int(choice)))
                button->setChecked(true);
        }
    }
}

} // namespace Newsroom
