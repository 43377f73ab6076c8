// SPDX-License-Identifier: GPL-3.0-or-later
#include "localpersonform.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

using namespace Qt::StringLiterals;

namespace Newsroom {

LocalPersonForm::LocalPersonForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QComboBox(this))
    , m_role(new QComboBox(this))
{
    setObjectName(u"localPersonForm"_s);
    m_name->setObjectName(u"localPersonName"_s);
    m_name->setEditable(true);
    m_name->setInsertPolicy(QComboBox::NoInsert);
    m_name->lineEdit()->setPlaceholderText(tr("Your name, as it goes on a byline"));
    m_name->setAccessibleName(tr("Your name"));
    m_role->setObjectName(u"localPersonRole"_s);
    m_role->setAccessibleName(tr("Your role"));
    for (const Role role : {Role::Reporter, Role::Editor, Role::Admin}) // as File › People lists them
        m_role->addItem(roleLabel(role), QVariant::fromValue(int(role)));
    auto *hint = new QLabel(tr("On a newsroom file of your own, your name goes on the stories you start and in their "
                               "history; the role decides what the window lets you do."),
                            this);
    hint->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *nameLabel = new QLabel(tr("I a&m:"), this);
    nameLabel->setBuddy(m_name);
    auto *roleLabelWidget = new QLabel(tr("&Role:"), this);
    roleLabelWidget->setBuddy(m_role);
    layout->addRow(nameLabel, m_name);
    layout->addRow(roleLabelWidget, m_role);
    layout->addRow(hint);
    // Choosing a colleague of the staff list shows their role.
    connect(m_name, &QComboBox::currentTextChanged, this, [this](const QString &text) {
        for (const Person &person : std::as_const(m_staff)) {
            if (person.name == text.simplified())
                m_role->setCurrentIndex(m_role->findData(int(person.role)));
        }
    });
}

void LocalPersonForm::setStaff(const QList<Person> &staff, qint64 current)
{
    m_staff = staff;
    m_name->clear();
    for (const Person &person : staff)
        m_name->addItem(person.name);
    m_name->setCurrentIndex(-1);
    m_name->setEditText({});
    m_role->setCurrentIndex(m_role->findData(int(Role::Admin)));
    for (const Person &person : staff) {
        if (person.id == current) {
            m_name->setCurrentText(person.name);
            m_role->setCurrentIndex(m_role->findData(int(person.role)));
        }
    }
    m_initialName = name();
    m_initialRole = role();
}

QString LocalPersonForm::name() const
{
    return m_name->currentText().simplified();
}

Role LocalPersonForm::role() const
{
    return Role(m_role->currentData().toInt());
}

bool LocalPersonForm::isChanged() const
{
    return name() != m_initialName || role() != m_initialRole;
}

} // namespace Newsroom
