// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sitesettings.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;

namespace Newsroom {

class NewsroomService;
class NewsroomSettingsForm;

// Settings › Newsroom Settings…: the newsroom as its site names it (name, city, address,
// language, time zone) and the folder kept current after each publication. Saved for
// every desk; on a server, admins only (the refusal is said here).
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(NewsroomService &newsroom, QWidget *parent = nullptr);

    NewsroomSettingsForm *form() const { return m_form; }
    QLineEdit *exportFolderEdit() const { return m_folder; }
    QCheckBox *exportOnPublishBox() const { return m_onPublish; }
    QLabel *note() const { return m_note; }

    void accept() override;

Q_SIGNALS:
    void saved(const Newsroom::SiteSettings &settings);

private:
    NewsroomService &m_newsroom;
    SiteSettings m_settings;
    NewsroomSettingsForm *m_form;
    QCheckBox *m_onPublish;
    QLineEdit *m_folder;
    QLabel *m_note;
};

} // namespace Newsroom
