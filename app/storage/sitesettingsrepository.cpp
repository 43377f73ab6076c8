// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesettingsrepository.h"

#include "database.h"
#include "statement.h"
#include "text/interfacelanguage.h"
#include "text/slug.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Repositories)
};

} // namespace

SiteSettingsRepository::SiteSettingsRepository(Database &database)
    : m_db(database)
{
}

Expected<SiteSettings> SiteSettingsRepository::load() const
{
    Statement query = m_db.prepare(u"SELECT key, value FROM site_settings"_s);
    if (Status ran = m_db.exec(query); !ran)
        return ran.error();
    SiteSettings settings;
    while (query.next()) {
        const QString key = query.value(0).toString();
        const QString value = query.value(1).toString();
        if (key == u"name")
            settings.name = value;
        else if (key == u"base_url")
            settings.baseUrl = QUrl(value);
        else if (key == u"language")
            settings.language = value;
        else if (key == u"time_zone")
            settings.timeZone = value;
        else if (key == u"city")
            settings.city = value;
        else if (key == u"theme_folder")
            settings.themeFolder = value;
        else if (key == u"export_on_publish")
            settings.exportOnPublish = value;
        else if (key == u"local_person")
            settings.localPerson = value.toLongLong();
        else if (key.startsWith(u"folder_") && !value.isEmpty())
            settings.languageFolders.insert(key.mid(7), value);
    }
    return settings;
}

QTimeZone SiteSettingsRepository::timeZone() const
{
    const Expected<SiteSettings> settings = load();
    const QTimeZone zone(settings ? settings->timeZone.toUtf8() : QByteArrayLiteral("Asia/Almaty"));
    return zone.isValid() ? zone : QTimeZone(QTimeZone::UTC);
}

Status SiteSettingsRepository::save(const SiteSettings &settings)
{
    // A named zone, so the newsroom follows its rule changes (Almaty moved to UTC+5 in
    // 2024); fixed offsets such as "UTC+5" or "Etc/GMT-5" would silently go wrong.
    const QByteArray zone = settings.timeZone.toUtf8();
    const bool fixedOffset = (zone.startsWith("UTC") || zone.startsWith("Etc/")) && zone != "UTC" && zone != "Etc/UTC";
    if (fixedOffset || !QTimeZone::isTimeZoneIdAvailable(zone) || !QTimeZone::availableTimeZoneIds().contains(zone))
        return invalid(Words::tr("“%1” is not a time zone this system knows; write one like Asia/Almaty").arg(settings.timeZone));
    // A language's folder is one address segment of its own: not another's, not one the
    // site's own pages use.
    static const QStringList taken{u"news"_s, u"section"_s, u"tag"_s, u"author"_s, u"media"_s, u"assets"_s};
    QHash<QString, QString> owners;
    for (const QString &language : interfaceLanguages()) {
        if (language == settings.language)
            continue;
        const QString folder = settings.folderFor(language);
        if (!Slug::isValid(folder) || folder.size() > 20)
            return invalid(Words::tr("“%1” cannot be the folder of the %2 pages: write a short name of a-z, 0-9 and "
                                     "hyphens, such as kz")
                               .arg(folder, language));
        if (taken.contains(folder))
            return invalid(Words::tr("“%1” cannot be the folder of the %2 pages: the site keeps its own pages there")
                               .arg(folder, language));
        if (owners.contains(folder))
            return invalid(Words::tr("the %1 and %2 pages cannot share the folder “%3”").arg(owners.value(folder), language, folder));
        owners.insert(folder, language);
    }
    QList<std::pair<QString, QString>> folders;
    for (const QString &language : interfaceLanguages())
        folders.append({u"folder_"_s + language, settings.languageFolders.value(language)});
    const std::pair<QString, QString> values[] = {
        {u"name"_s, settings.name},
        {u"base_url"_s, settings.baseUrl.toString()},
        {u"language"_s, settings.language},
        {u"time_zone"_s, settings.timeZone},
        {u"city"_s, settings.city},
        {u"theme_folder"_s, settings.themeFolder},
        {u"export_on_publish"_s, settings.exportOnPublish},
        {u"local_person"_s, settings.localPerson ? QString::number(settings.localPerson) : QString()},
    };
    return m_db.write([&]() -> Status {
        Statement query = m_db.prepare(u"INSERT INTO site_settings (key, value) VALUES (:key, :value) "
                                       "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value"_s);
        for (const auto &[key, value] : values) {
            query.bindValue(u":key"_s, key);
            query.bindValue(u":value"_s, value.isNull() ? u""_s : value); // a null QString would bind NULL
            if (Status ran = m_db.exec(query); !ran)
                return ran;
        }
        for (const auto &[key, value] : std::as_const(folders)) {
            query.bindValue(u":key"_s, key);
            query.bindValue(u":value"_s, value.isNull() ? u""_s : value);
            if (Status ran = m_db.exec(query); !ran)
                return ran;
        }
        return Done{};
    });
}

} // namespace Newsroom
