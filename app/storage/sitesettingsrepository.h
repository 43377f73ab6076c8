// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "domain/sitesettings.h"

#include <QTimeZone>

namespace Newsroom {

class Database;

// The newsroom's own settings, kept in the database for every desk: its time zone, the site
// and where it is kept exported.
class SiteSettingsRepository
{
public:
    explicit SiteSettingsRepository(Database &database);

    Expected<SiteSettings> load() const;
    Status save(const SiteSettings &settings);
    // The newsroom's zone from the system's tz database (Asia/Almaty unless set).
    QTimeZone timeZone() const;

private:
    Database &m_db;
};

} // namespace Newsroom
