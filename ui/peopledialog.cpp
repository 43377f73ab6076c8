// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopledialog.h"

#include "session/newsroomservice.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

void fillRoles(QComboBox *box)
{
    for (const Role role : {Role::Reporter, Role::Editor, Role::Admin})
        box->addItem(roleLabel(role), int(role));
}

} // namespace

PeopleDialog::PeopleDialog(NewsroomService &newsroom, bool mayManage, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_mayManage(mayManage)
    , m_note(new QLabel(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_name(new QLineEdit(this))
    , m_role(new QComboBox(this))
    , m_login(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setObjectName(u"peopleDialog"_s);
    setWindowTitle(tr("People"));
    resize(640, 480);
    m_note->setObjectName(u"peopleNote"_s);
    m_note->setWordWrap(true);
    m_note->setText(m_newsroom.url().engine == DatabaseUrl::Engine::SQLite
                        ? tr("This newsroom is a file on this computer. The window acts as the person named in "
                             "Settings › Newsroom Settings (“I am”), with their role; whoever opens the file may name "
                             "someone else there. On a shared PostgreSQL server the database itself enforces each "
                             "login's role.")
                        : tr("Each person signs in with their own database login, and the server enforces their role. "
                             "A new person also needs that login on the server, made by its administrator: "
                             "<tt>CREATE ROLE login LOGIN PASSWORD '…' IN ROLE newsroom_reporter</tt> "
                             "(or newsroom_editor, newsroom_admin)."));

    m_table->setObjectName(u"peopleTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Name"), tr("Role"), tr("Login")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    // Admins rename in place (double-click or F2 on a name); bylines follow, being the person's.
    m_table->setEditTriggers(m_mayManage ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                         : QAbstractItemView::NoEditTriggers);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem *item) {
        if (m_filling || item->column() != 0)
            return;
        Person renamed = item->data(Qt::UserRole).value<Person>();
        if (item->text().simplified() == renamed.name)
            return;
        renamed.name = item->text();
        // Stored once the table's editor has let go of the item: the table is filled anew after.
        QTimer::singleShot(0, this, [this, renamed] {
            m_newsroom.updatePerson(renamed, this, [this](const Status &updated) {
                showProblem(updated ? QString() : updated.error().message);
                reload();
            });
        });
    });
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);

    m_name->setPlaceholderText(tr("Name as in a byline"));
    m_name->setAccessibleName(tr("Name"));
    m_login->setPlaceholderText(m_newsroom.url().engine == DatabaseUrl::Engine::SQLite ? tr("login (only on a server)") : tr("database login"));
    m_login->setAccessibleName(tr("Login"));
    fillRoles(m_role);
    m_role->setAccessibleName(tr("Role"));
    auto *add = new QPushButton(tr("&Add"), this);
    add->setObjectName(u"addPersonButton"_s);
    connect(add, &QPushButton::clicked, this, [this] { addFromForm(); });
    connect(m_name, &QLineEdit::returnPressed, this, [this] { addFromForm(); });
    auto *form = new QHBoxLayout;
    form->addWidget(m_name, 2);
    form->addWidget(m_role);
    form->addWidget(m_login, 1);
    form->addWidget(add);
    m_problem->setObjectName(u"peopleProblem"_s);
    m_problem->setWordWrap(true);
    m_problem->hide();
    for (QWidget *widget : {static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_role),
                            static_cast<QWidget *>(m_login), static_cast<QWidget *>(add)})
        widget->setEnabled(m_mayManage);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    reload();
}

void PeopleDialog::reload()
{
    m_newsroom.staff(this, [this](const Expected<QList<Person>> &people) { showStaff(people); });
}

void PeopleDialog::showStaff(const Expected<QList<Person>> &people)
{
    const QScopedValueRollback filling(m_filling, true);
    m_table->setRowCount(0);
    if (!people)
        return showProblem(people.error().message);
    m_table->setRowCount(int(people->size()));
    for (int row = 0; row < people->size(); ++row) {
        const Person person = people->at(row);
        auto *name = new QTableWidgetItem(person.name);
        name->setData(Qt::UserRole, QVariant::fromValue(person));
        name->setToolTip(m_mayManage ? tr("Double-click to rename; bylines follow") : QString());
        m_table->setItem(row, 0, name);
        auto *login = new QTableWidgetItem(person.login);
        login->setFlags(login->flags() & ~Qt::ItemIsEditable); // a login is the server administrator's
        m_table->setItem(row, 2, login);
        if (!m_mayManage) {
            m_table->setItem(row, 1, new QTableWidgetItem(roleLabel(person.role)));
            continue;
        }
        auto *role = new QComboBox(m_table);
        fillRoles(role);
        role->setCurrentIndex(role->findData(int(person.role)));
        role->setAccessibleName(tr("Role of %1").arg(person.name));
        connect(role, &QComboBox::activated, this,
                [this, person, role] { changeRole(person, Role(role->currentData().toInt())); });
        m_table->setCellWidget(row, 1, role);
    }
}

void PeopleDialog::showProblem(const QString &problem)
{
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
}

void PeopleDialog::changeRole(const Person &person, Role role)
{
    Person changed = person;
    changed.role = role;
    m_newsroom.updatePerson(changed, this, [this](const Status &updated) {
        showProblem(updated ? QString() : updated.error().message);
        reload();
    });
}

void PeopleDialog::addFromForm(std::function<void(const Status &)> done)
{
    Person person;
    person.name = m_name->text();
    person.role = Role(m_role->currentData().toInt());
    person.login = m_login->text().trimmed();
    m_newsroom.addPerson(person, this, [this, person, done](const Expected<Person> &added) {
        showProblem(added ? QString() : added.error().message);
        if (added) {
            if (m_name->text() == person.name) // what was typed meanwhile stays
                m_name->clear();
            if (m_login->text().trimmed() == person.login)
                m_login->clear();
            reload();
        }
        if (done)
            done(added ? Status(Done{}) : Status(added.error()));
    });
}

} // namespace Newsroom
