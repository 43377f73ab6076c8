// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QUrl>

namespace Newsroom {

struct SiteSettings
{
    QString name;
    QUrl baseUrl;
    QString language = QStringLiteral("ru");
    // An IANA zone from the system's tz database, never a fixed offset.
    QString timeZone = QStringLiteral("Asia/Almaty");
    QString city;
    // A folder of templates and CSS that override the exported site's default theme.
    QString themeFolder;
    // A folder kept current: the site is exported there after each publication, each
    // story taken off the site and each correction (empty: only when asked).
    QString exportOnPublish;
    // On a local file: the staff member who works on it ("I am …"), by id; 0: nobody
    // named, and the file's owner acts as an admin. Not used on a shared server, where
    // each login is someone.
    qint64 localPerson = 0;
    // Where the site's pages in another language are: a folder under the site's address
    // ("kk": "kz" puts the Kazakh pages under /kz/); a language not named here has its
    // code. The newsroom's own language is at the top of the site.
    QHash<QString, QString> languageFolders = {};

    QString folderFor(const QString &pagesLanguage) const
    {
        return pagesLanguage == language ? QString() : languageFolders.value(pagesLanguage, pagesLanguage);
    }

    friend bool operator==(const SiteSettings &, const SiteSettings &) = default;
};

} // namespace Newsroom
