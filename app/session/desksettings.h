// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QStringList>

namespace Newsroom {

struct DatabaseUrl;

// What this computer remembers for the person working at it, each by name: the window's
// shape and view, the newsroom opened last, and per newsroom its saved searches and the
// folder its site was last exported to. The only place that knows the keys of the
// settings file; a newsroom's own keys are made here from its address (never its password).
class DeskSettings : public QObject
{
    Q_OBJECT

public:
    enum class Key {
        WindowGeometry,
        WindowState,
        SplitterState,
        View,
        Preview,
        StoryDetails,
        LastDatabase,
        SavedSearches,
        ExportFolder,
        InterfaceLanguage,
        PhotoFolder
    };
    Q_ENUM(Key)

    // The one instance, so that whoever shows a setting hears when it changes.
    static DeskSettings &instance();

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    QByteArray splitterState() const;
    void setWindow(const QByteArray &geometry, const QByteArray &state, const QByteArray &splitter);
    // The sidebar's view (NavigationSidebar::View as a number); -1 when none was kept.
    int view() const;
    void setView(int view);
    bool previewShown() const;
    void setPreviewShown(bool shown);
    // Whether the story's details (byline, dateline, tags…) are unfolded under its body.
    bool storyDetailsShown() const;
    void setStoryDetailsShown(bool shown);

    // The language the window speaks ("ru", "kk", "en"); empty: the system's. Read at start.
    QString interfaceLanguage() const;
    void setInterfaceLanguage(const QString &language);

    QString lastDatabase() const;
    void setLastDatabase(const QString &url);

    QStringList savedSearches(const DatabaseUrl &newsroom) const;
    void setSavedSearches(const DatabaseUrl &newsroom, const QStringList &searches);
    // The folder this newsroom's site was last exported to, else one in the user's documents.
    // Where photos were last added from (at first, the Pictures folder).
    QString photoFolder() const;
    void setPhotoFolder(const QString &folder);

    QString exportFolder(const DatabaseUrl &newsroom) const;
    void setExportFolder(const DatabaseUrl &newsroom, const QString &folder);

Q_SIGNALS:
    void changed(Newsroom::DeskSettings::Key key);

private:
    DeskSettings() = default;
    void set(Key key, const QString &name, const QVariant &value);
};

} // namespace Newsroom
