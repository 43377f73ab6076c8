// SPDX-License-Identifier: GPL-3.0-or-later
#include "desksettings.h"

#include "storage/databaseurl.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// A newsroom's own settings go under a name made from its address: the same newsroom
// opened again finds them, and the settings file holds no address or password.
QString newsroomId(const DatabaseUrl &newsroom, int length = 16)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(newsroom.toDisplayString().toUtf8(), QCryptographicHash::Sha256).toHex().left(length));
}

QString savedSearchesName(const DatabaseUrl &newsroom)
{
    return u"SavedSearches/"_s + newsroomId(newsroom);
}

QString exportFolderName(const DatabaseUrl &newsroom)
{
    return u"Export/folder-"_s + newsroomId(newsroom, 12);
}

} // namespace

DeskSettings &DeskSettings::instance()
{
    static DeskSettings settings;
    return settings;
}

void DeskSettings::set(Key key, const QString &name, const QVariant &value)
{
    QSettings settings;
    if (settings.value(name) == value)
        return;
    settings.setValue(name, value);
    Q_EMIT changed(key);
}

QByteArray DeskSettings::windowGeometry() const
{
    return QSettings().value(u"MainWindow/geometry"_s).toByteArray();
}

QByteArray DeskSettings::windowState() const
{
    return QSettings().value(u"MainWindow/state"_s).toByteArray();
}

QByteArray DeskSettings::splitterState() const
{
    return QSettings().value(u"MainWindow/splitter"_s).toByteArray();
}

void DeskSettings::setWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter)
{
    set(Key::WindowGeometry, u"MainWindow/geometry"_s, geometry);
    set(Key::WindowState, u"MainWindow/state"_s, state);
    set(Key::SplitterState, u"MainWindow/splitter"_s, splitter);
}

int DeskSettings::view() const
{
    bool ok = false;
    const int view = QSettings().value(u"MainWindow/view"_s).toInt(&ok);
    return ok ? view : -1;
}

void DeskSettings::setView(int view)
{
    set(Key::View, u"MainWindow/view"_s, view);
}

bool DeskSettings::previewShown() const
{
    return QSettings().value(u"MainWindow/preview"_s, false).toBool();
}

void DeskSettings::setPreviewShown(bool shown)
{
    set(Key::Preview, u"MainWindow/preview"_s, shown);
}

bool DeskSettings::storyDetailsShown() const
{
    return QSettings().value(u"MainWindow/storyDetails"_s, false).toBool();
}

void DeskSettings::setStoryDetailsShown(bool shown)
{
    set(Key::StoryDetails, u"MainWindow/storyDetails"_s, shown);
}

QString DeskSettings::photoFolder() const
{
    const QString kept = QSettings().value(u"Photos/folder"_s).toString();
    return !kept.isEmpty() && QFileInfo(kept).isDir()
        ? kept
        : QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
}

void DeskSettings::setPhotoFolder(const QString &folder)
{
    set(Key::PhotoFolder, u"Photos/folder"_s, folder);
}

QString DeskSettings::interfaceLanguage() const
{
    return QSettings().value(u"Interface/language"_s).toString();
}

void DeskSettings::setInterfaceLanguage(const QString &language)
{
    set(Key::InterfaceLanguage, u"Interface/language"_s, language);
}

QString DeskSettings::lastDatabase() const
{
    return QSettings().value(u"Database/last"_s).toString();
}

void DeskSettings::setLastDatabase(const QString &url)
{
    set(Key::LastDatabase, u"Database/last"_s, url);
}

QStringList DeskSettings::savedSearches(const DatabaseUrl &newsroom) const
{
    return QSettings().value(savedSearchesName(newsroom)).toStringList();
}

void DeskSettings::setSavedSearches(const DatabaseUrl &newsroom, const QStringList &searches)
{
    set(Key::SavedSearches, savedSearchesName(newsroom), searches);
}

QString DeskSettings::exportFolder(const DatabaseUrl &newsroom) const
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QSettings().value(exportFolderName(newsroom), QDir(documents).filePath(u"newsroom-site"_s)).toString();
}

void DeskSettings::setExportFolder(const DatabaseUrl &newsroom, const QString &folder)
{
    set(Key::ExportFolder, exportFolderName(newsroom), QDir::fromNativeSeparators(folder));
}

} // namespace Newsroom
