// SPDX-License-Identifier: GPL-3.0-or-later
#include "newsroomsettingsform.h"

#include "text/interfacelanguage.h"
#include "text/slug.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimeZone>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Newsroom {

NewsroomSettingsForm::NewsroomSettingsForm(QWidget *parent)
    : QWidget(parent)
    , m_name(new QLineEdit(this))
    , m_city(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_language(new QComboBox(this))
    , m_zone(new QComboBox(this))
{
    m_name->setObjectName(u"newsroomName"_s);
    m_name->setPlaceholderText(tr("e.g. Темиртауский вестник: the title of every page of the site"));
    m_city->setObjectName(u"newsroomCity"_s);
    m_city->setPlaceholderText(tr("e.g. Темиртау"));
    m_address->setObjectName(u"siteAddress"_s);
    m_address->setPlaceholderText(u"https://vestnik.kz/"_s);
    m_language->setObjectName(u"siteLanguage"_s);
    m_language->addItem(u"Русский"_s, u"ru"_s);
    m_language->addItem(u"Қазақша"_s, u"kk"_s);
    m_language->addItem(u"English"_s, u"en"_s);
    m_zone->setObjectName(u"timeZone"_s);
    m_zone->setEditable(true);
    // Kazakhstan's zones first, then the neighbours'; any other can be typed.
    for (const char *zone : {"Asia/Almaty", "Asia/Qostanay", "Asia/Qyzylorda", "Asia/Aqtobe", "Asia/Aqtau",
                             "Asia/Atyrau", "Asia/Oral", "Asia/Bishkek", "Asia/Tashkent", "Europe/Moscow", "UTC"})
        m_zone->addItem(QString::fromLatin1(zone));
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->addRow(tr("Newsroom &name:"), m_name);
    form->addRow(tr("&City:"), m_city);
    form->addRow(tr("Site &address:"), m_address);
    form->addRow(tr("Site &language:"), m_language);
    form->addRow(tr("&Time zone:"), m_zone);
    // The folders of the site's pages in its other languages, side by side on one line.
    auto *folders = new QHBoxLayout;
    folders->setContentsMargins(0, 0, 0, 0);
    for (const QString &language : interfaceLanguages()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(u"languageFolder-"_s + language);
        edit->setPlaceholderText(language);
        edit->setAccessibleName(tr("Folder of the pages in %1").arg(nativeLanguageName(language)));
        edit->setMaximumWidth(edit->fontMetrics().horizontalAdvance(u"wwwwwwww"_s) + 16);
        // Each language's label, field and slash, hidden together for the site's own language.
        auto *one = new QWidget(this);
        auto *row = new QHBoxLayout(one);
        row->setContentsMargins(0, 0, 12, 0);
        auto *label = new QLabel(nativeLanguageName(language) + u" /"_s, one);
        label->setBuddy(edit);
        edit->setParent(one);
        row->addWidget(label);
        row->addWidget(edit);
        row->addWidget(new QLabel(u"/"_s, one));
        folders->addWidget(one);
        m_folders.insert(language, edit);
        connect(edit, &QLineEdit::textChanged, this, &NewsroomSettingsForm::changed);
    }
    folders->addStretch(1);
    auto *folderRow = new QWidget(this);
    folderRow->setLayout(folders);
    folderRow->setToolTip(tr("Where the site's pages in its other languages are, under its address: "
                             "https://vestnik.kz/kk/. The site's own language is at the top."));
    form->addRow(tr("Language &folders:"), folderRow);
    const auto showFolders = [this] {
        const QString site = m_language->currentData().toString();
        for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
            it.value()->parentWidget()->setVisible(it.key() != site);
    };
    connect(m_language, &QComboBox::currentIndexChanged, this, showFolders);
    showFolders();
    m_name->setAccessibleName(tr("Newsroom name"));
    m_city->setAccessibleName(tr("City"));
    m_address->setAccessibleName(tr("Site address"));
    m_language->setAccessibleName(tr("Site language"));
    m_zone->setAccessibleName(tr("Time zone"));
    for (QLineEdit *edit : {m_name, m_city, m_address})
        connect(edit, &QLineEdit::textChanged, this, &NewsroomSettingsForm::changed);
    connect(m_zone, &QComboBox::currentTextChanged, this, &NewsroomSettingsForm::changed);
}

void NewsroomSettingsForm::setSettings(const SiteSettings &settings)
{
    m_name->setText(settings.name);
    m_city->setText(settings.city);
    m_address->setText(settings.baseUrl.toString());
    m_language->setCurrentIndex(std::max(0, m_language->findData(settings.language)));
    m_zone->setCurrentText(settings.timeZone);
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it)
        it.value()->setText(settings.languageFolders.value(it.key()));
}

SiteSettings NewsroomSettingsForm::settings(const SiteSettings &base) const
{
    SiteSettings settings = base;
    settings.name = m_name->text().simplified();
    settings.city = m_city->text().simplified();
    const QString address = m_address->text().trimmed();
    settings.baseUrl = address.isEmpty() ? QUrl() : QUrl(address.endsWith(u'/') ? address : address + u'/');
    settings.language = m_language->currentData().toString();
    settings.timeZone = m_zone->currentText().trimmed();
    settings.languageFolders.clear();
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        const QString folder = it.value()->text().trimmed().remove(u'/').toLower();
        if (!folder.isEmpty() && folder != it.key())
            settings.languageFolders.insert(it.key(), folder);
    }
    return settings;
}

QString NewsroomSettingsForm::problem() const
{
    const QString address = m_address->text().trimmed();
    if (!address.isEmpty()) {
        const QUrl url(address, QUrl::StrictMode);
        if (!url.isValid() || (url.scheme() != u"https" && url.scheme() != u"http") || url.host().isEmpty())
            return tr("The site's address should be a web address, such as https://vestnik.kz/");
    }
    for (auto it = m_folders.cbegin(); it != m_folders.cend(); ++it) {
        const QString folder = it.value()->text().trimmed().remove(u'/').toLower();
        if (it.key() != m_language->currentData().toString() && !folder.isEmpty() && !Slug::isValid(folder))
            return tr("“%1” cannot be a folder of the site: write a short name of a-z, 0-9 and hyphens, such as kz")
                .arg(it.value()->text());
    }
    if (!QTimeZone(m_zone->currentText().trimmed().toUtf8()).isValid())
        return tr("“%1” is not a time zone this computer knows: choose one from the list").arg(m_zone->currentText());
    return {};
}

} // namespace Newsroom
