// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sitesettings.h"

#include <QWizard>

class QLabel;
class QPlainTextEdit;

namespace Newsroom {

class NewsroomService;
class NewsroomSettingsForm;
class LocalPersonForm;

// The first time a newsroom is opened, empty: its name, city, site address, language and
// time zone, on a local file who works on it ("I am …"), then its sections (one per line, a subsection as
// Новости/Общество), so that the first story has somewhere to go and the site its title. Everything here can be changed
// later in Settings and File › Sections.
class SetupAssistant : public QWizard
{
    Q_OBJECT

public:
    explicit SetupAssistant(NewsroomService &newsroom, QWidget *parent = nullptr);

    NewsroomSettingsForm *form() const { return m_form; }
    QPlainTextEdit *sectionsEdit() const { return m_sections; }
    // On a local file: who works on it (none on a shared server).
    LocalPersonForm *personForm() const { return m_person; }
    QLabel *note() const { return m_note; }

    bool validateCurrentPage() override;
    void accept() override;

Q_SIGNALS:
    void setUp(const Newsroom::SiteSettings &settings);

private:
    NewsroomService &m_newsroom;
    SiteSettings m_settings;
    NewsroomSettingsForm *m_form;
    LocalPersonForm *m_person = nullptr;
    int m_personPage = -1;
    QLabel *m_personNote = nullptr;
    QPlainTextEdit *m_sections;
    QLabel *m_note;
    QLabel *m_formNote;
};

} // namespace Newsroom
