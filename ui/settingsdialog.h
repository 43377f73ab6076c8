// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sitesettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;

namespace Newsroom {

class NewsroomService;
class NewsroomSettingsForm;
class LocalPersonForm;

// Settings › Newsroom Settings…: the newsroom as its site names it (name, city, address,
// language, time zone) and the folder kept current after each publication, saved for
// every desk (on a server, admins only: the refusal is said here); on a local file, who
// works on it; and this computer's interface language.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(NewsroomService &newsroom, QWidget *parent = nullptr);

    NewsroomSettingsForm *form() const { return m_form; }
    QLineEdit *exportFolderEdit() const { return m_folder; }
    QCheckBox *exportOnPublishBox() const { return m_onPublish; }
    QLabel *note() const { return m_note; }
    LocalPersonForm *personForm() const { return m_person; } // none on a shared server
    QComboBox *interfaceLanguageBox() const { return m_language; }

    void accept() override;

Q_SIGNALS:
    void saved(const Newsroom::SiteSettings &settings);
    // Something to tell the person once the dialog is closed (a language for the next start).
    void message(const QString &text, int timeoutMs = 0);

private:
    NewsroomService &m_newsroom;
    SiteSettings m_settings;
    NewsroomSettingsForm *m_form;
    QCheckBox *m_onPublish;
    QLineEdit *m_folder;
    QLabel *m_note;
    LocalPersonForm *m_person = nullptr;
    QComboBox *m_language;
};

} // namespace Newsroom
