// SPDX-License-Identifier: GPL-3.0-or-later
#include "setupassistant.h"

#include "localpersonform.h"
#include "newsroomsettingsform.h"
#include "session/newsroomservice.h"
#include "storage/database.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>
#include <QWizardPage>

using namespace Qt::StringLiterals;

namespace Newsroom {

SetupAssistant::SetupAssistant(NewsroomService &newsroom, QWidget *parent)
    : QWizard(parent)
    , m_newsroom(newsroom)
    , m_form(new NewsroomSettingsForm)
    , m_sections(new QPlainTextEdit)
    , m_note(new QLabel)
    , m_formNote(new QLabel)
{
    setObjectName(u"setupAssistant"_s);
    setWindowTitle(tr("Set Up the Newsroom"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);

    auto *about = new QWizardPage;
    about->setTitle(tr("Your newsroom"));
    about->setSubTitle(tr("How the site names it and when its day begins. All of it can be changed later in "
                          "Settings › Newsroom Settings."));
    auto *aboutLayout = new QVBoxLayout(about);
    aboutLayout->addWidget(m_form);
    m_formNote->setObjectName(u"setupFormNote"_s);
    m_formNote->setWordWrap(true);
    aboutLayout->addWidget(m_formNote);
    addPage(about);

    if (m_newsroom.database().isSQLite()) {
        auto *you = new QWizardPage;
        you->setTitle(tr("You"));
        you->setSubTitle(tr("Who works on this newsroom file. Your colleagues come later, in File › People."));
        m_person = new LocalPersonForm;
        m_personNote = new QLabel;
        m_personNote->setObjectName(u"setupPersonNote"_s);
        m_personNote->setWordWrap(true);
        auto *youLayout = new QVBoxLayout(you);
        youLayout->addWidget(m_person);
        youLayout->addWidget(m_personNote);
        youLayout->addStretch(1);
        m_personPage = addPage(you);
    }

    auto *sections = new QWizardPage;
    sections->setTitle(tr("Sections"));
    sections->setSubTitle(tr("The site's sections, one a line; a subsection after its section and a slash. They can "
                             "be renamed, moved and merged later in File › Sections."));
    m_sections->setObjectName(u"setupSections"_s);
    m_sections->setAccessibleName(tr("Sections"));
    m_sections->setPlainText(tr("Новости\nНовости/Общество\nНовости/Экономика\nСпорт\nКультура",
                                "the sections a new newsroom starts with, one a line"));
    m_note->setObjectName(u"setupNote"_s);
    m_note->setWordWrap(true);
    auto *sectionsLayout = new QVBoxLayout(sections);
    sectionsLayout->addWidget(m_sections, 1);
    sectionsLayout->addWidget(m_note);
    addPage(sections);

    setEnabled(false); // until what is there already is read
    m_newsroom.siteSettings(this, [this](Expected<SiteSettings> settings) {
        setEnabled(true);
        if (!settings)
            return m_formNote->setText(tr("The settings cannot be read: %1").arg(settings.error().message));
        m_settings = *settings;
        m_form->setSettings(m_settings);
        if (m_person) {
            m_newsroom.staff(this, [this](const Expected<QList<Person>> &staff) {
                m_person->setStaff(staff ? *staff : QList<Person> {}, m_settings.localPerson);
            });
        }
    });
}

bool SetupAssistant::validateCurrentPage()
{
    if (currentId() == 0) {
        QString problem = m_form->problem();
        if (problem.isEmpty() && m_form->nameEdit()->text().trimmed().isEmpty())
            problem = tr("Give the newsroom a name: it is the title of every page of its site.");
        m_formNote->setText(problem);
        return problem.isEmpty();
    }
    if (currentId() == m_personPage && m_person->name().isEmpty()) {
        m_personNote->setText(tr("Say your name: it goes on the bylines of the stories you start."));
        return false;
    }
    return true;
}

void SetupAssistant::accept()
{
    const SiteSettings settings = m_form->settings(m_settings);
    QStringList paths;
    for (const QString &line : m_sections->toPlainText().split(u'\n'))
        if (!line.trimmed().isEmpty())
            paths.append(line.trimmed());
    setEnabled(false);
    const auto addSections = [this, settings, paths] {
        m_newsroom.addSectionPaths(paths, this, [this, settings](const Expected<Done> &added) {
            setEnabled(true);
            if (!added) {
                m_note->setText(tr("The sections were not all made: %1").arg(added.error().message));
                return;
            }
            Q_EMIT setUp(settings);
            QWizard::accept();
        });
    };
    m_newsroom.saveSiteSettings(settings, this, [this, addSections](const Expected<Done> &saved) {
        if (!saved) {
            setEnabled(true);
            m_note->setText(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
        if (!m_person)
            return addSections();
        m_newsroom.setLocalPerson(m_person->name(), m_person->role(), this,
                                  [this, addSections](const Expected<Actor> &named) {
                                      if (!named) {
                                          setEnabled(true);
                                          m_note->setText(tr("Not saved: %1").arg(named.error().message));
                                          return;
                                      }
                                      addSections();
                                  });
    });
}

} // namespace Newsroom
