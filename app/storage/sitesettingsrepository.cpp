// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitesettingsrepository.h"

#include "database.h"
#include "statement.h"

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
        return Done{};
    });
}

} // namespace Newsroom
