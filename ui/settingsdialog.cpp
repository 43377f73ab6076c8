// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "languagemenu.h"
#include "localpersonform.h"
#include "newsroomsettingsform.h"
#include "session/newsroomservice.h"
#include "storage/database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

SettingsDialog::SettingsDialog(NewsroomService &newsroom, QWidget *parent)
    : QDialog(parent)
    , m_newsroom(newsroom)
    , m_form(new NewsroomSettingsForm(this))
    , m_onPublish(new QCheckBox(tr("&Export the site after each publication, to:"), this))
    , m_folder(new QLineEdit(this))
    , m_note(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Newsroom Settings"));
    auto *site = new QGroupBox(tr("The newsroom"), this);
    auto *siteLayout = new QVBoxLayout(site);
    siteLayout->addWidget(m_form);
    auto *publishing = new QGroupBox(tr("Publishing"), this);
    m_onPublish->setObjectName(u"exportOnPublish"_s);
    m_folder->setObjectName(u"exportFolder"_s);
    m_folder->setAccessibleName(tr("Export folder"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_folder, 1);
    folderRow->addWidget(browse);
    auto *publishingLayout = new QVBoxLayout(publishing);
    publishingLayout->addWidget(m_onPublish);
    publishingLayout->addLayout(folderRow);
    m_note->setObjectName(u"settingsNote"_s);
    m_note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(site);
    layout->addWidget(publishing);
    if (m_newsroom.database().isSQLite()) {
        auto *you = new QGroupBox(tr("You"), this);
        m_person = new LocalPersonForm(you);
        (new QVBoxLayout(you))->addWidget(m_person);
        layout->addWidget(you);
    }
    auto *computer = new QGroupBox(tr("This computer"), this);
    m_language->setObjectName(u"interfaceLanguage"_s);
    for (const auto &[language, text] : LanguageMenu::choices())
        m_language->addItem(text, language);
    m_language->setCurrentIndex(m_language->findData(LanguageMenu::kept()));
    auto *languageLabel = new QLabel(tr("Interface lan&guage:"), computer);
    languageLabel->setBuddy(m_language);
    auto *computerLayout = new QFormLayout(computer);
    computerLayout->addRow(languageLabel, m_language);
    layout->addWidget(computer);
    layout->addWidget(m_note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_onPublish, &QCheckBox::toggled, m_folder, &QWidget::setEnabled);
    connect(m_onPublish, &QCheckBox::toggled, browse, &QWidget::setEnabled);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder of the Site"), m_folder->text());
        if (!folder.isEmpty())
            m_folder->setText(folder);
    });
    m_folder->setEnabled(false);
    browse->setEnabled(false);
    setEnabled(false); // until the settings are read
    m_newsroom.siteSettings(this, [this](Expected<SiteSettings> settings) {
        setEnabled(true);
        if (!settings) {
            m_note->setText(tr("The settings cannot be read: %1").arg(settings.error().message));
            return;
        }
        m_settings = *settings;
        m_form->setSettings(m_settings);
        m_onPublish->setChecked(!m_settings.exportOnPublish.isEmpty());
        m_folder->setText(m_settings.exportOnPublish);
        if (m_person) {
            m_newsroom.staff(this, [this](const Expected<QList<Person>> &staff) {
                m_person->setStaff(staff ? *staff : QList<Person> {}, m_settings.localPerson);
            });
        }
    });
}

void SettingsDialog::accept()
{
    if (const QString problem = m_form->problem(); !problem.isEmpty()) {
        m_note->setText(problem);
        return;
    }
    if (m_onPublish->isChecked() && m_folder->text().trimmed().isEmpty()) {
        m_note->setText(tr("Say which folder to export the site to after each publication."));
        return;
    }
    if (m_person && m_person->isChanged() && m_person->name().isEmpty()) {
        m_note->setText(tr("Say your name: it goes on the bylines of the stories you start."));
        return;
    }
    SiteSettings settings = m_form->settings(m_settings);
    settings.exportOnPublish = m_onPublish->isChecked() ? m_folder->text().trimmed() : QString();
    // This computer's language is kept at once: it is nobody else's.
    if (const QString language = m_language->currentData().toString(); language != LanguageMenu::kept())
        Q_EMIT message(LanguageMenu::keep(language), 10000);
    const auto done = [this, settings] {
        setEnabled(true);
        Q_EMIT this->saved(settings);
        QDialog::accept();
    };
    setEnabled(false);
    m_newsroom.saveSiteSettings(settings, this, [this, done](const Expected<Done> &saved) {
        if (!saved) {
            setEnabled(true);
            m_note->setText(tr("Not saved: %1").arg(saved.error().message));
            return;
        }
        if (!m_person || !m_person->isChanged())
            return done();
        m_newsroom.setLocalPerson(m_person->name(), m_person->role(), this, [this, done](const Expected<Actor> &named) {
            if (!named) {
                setEnabled(true);
                m_note->setText(tr("Not saved: %1").arg(named.error().message));
                return;
            }
            done();
        });
    });
}

} // namespace Newsroom
