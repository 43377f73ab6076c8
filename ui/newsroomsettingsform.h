// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/sitesettings.h"

#include <QHash>
#include <QWidget>

class QComboBox;
class QLineEdit;

namespace Newsroom {

// Who the newsroom is, as its site says it: its name (the site's title), city, the site's
// address, its main language and its time zone. Shared by the setup assistant and the
// settings dialog, so that both ask the same way.
class NewsroomSettingsForm : public QWidget
{
    Q_OBJECT

public:
    explicit NewsroomSettingsForm(QWidget *parent = nullptr);

    void setSettings(const SiteSettings &settings);
    // `base` with what the form holds.
    SiteSettings settings(const SiteSettings &base) const;
    // What is wrong with what was typed (an address that is not a web address, a zone
    // this computer does not know); empty when nothing is.
    QString problem() const;

    QLineEdit *nameEdit() const { return m_name; }
    QLineEdit *cityEdit() const { return m_city; }
    QLineEdit *addressEdit() const { return m_address; }
    QComboBox *languageBox() const { return m_language; }
    QComboBox *timeZoneBox() const { return m_zone; }
    // Where the site's pages in each other language are ("kk" → /kk/), by language.
    QLineEdit *folderEdit(const QString &language) const { return m_folders.value(language); }

Q_SIGNALS:
    void changed();

private:
    QLineEdit *m_name;
    QLineEdit *m_city;
    QLineEdit *m_address;
    QComboBox *m_language;
    QComboBox *m_zone;
    QHash<QString, QLineEdit *> m_folders;
};

} // namespace Newsroom
