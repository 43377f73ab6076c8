// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/newsroomservice.h"
#include "session/storysession.h"

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace Newsroom {

class ChangeFeed;
class EditBanner;
class StoryDesk;
class TranslationsPanel;
class VersionPane;

// The open story's versions in other languages, at the desk: keeps the Translations panel,
// the version read side by side and the editor's banner ("the original has changed")
// current as stories are opened, saved and changed by colleagues, and does what they ask:
// translate into a language, open a version, read it beside the story, mark a translation
// reviewed. Also the Story menu's Translate Into.
class TranslationDesk : public QObject
{
    Q_OBJECT

public:
    struct Views
    {
        TranslationsPanel *panel = nullptr;
        VersionPane *beside = nullptr;
        EditBanner *banner = nullptr;
        QAction *showBeside = nullptr; // View › Side by Side: shows and hides `beside`
    };
    TranslationDesk(StoryDesk *desk, Views views, QWidget *window);

    using Reply = StorySession::Reply;
    // Reads the open story's group again and shows it.
    void refresh(Reply done = {});
    // Saves what is typed, makes the draft translation into `language`, opens it in the
    // editor and its original beside it.
    void translate(const QString &language, Reply done = {});
    // The open translation says what its original says now.
    void markReviewed(Reply done = {});
    // Reads story `id` (a version of the open one) beside the editor.
    void showBeside(qint64 id, Reply done = {});
    void follow(ChangeFeed *feed);
    // Story › Translate Into: a language each, those the group lacks enabled.
    QMenu *translateMenu() const { return m_menu; }
    const Translations &translations() const { return m_found; }

Q_SIGNALS:
    void message(const QString &text, int timeoutMs = 0);
    // A story was made or its standing changed (the list shows it again).
    void storyChanged();
    // The person asked to see the panel (from the banner).
    void panelWanted();

private:
    void show(qint64 story, const Translations &found);
    void updateMenu();
    bool inGroup(qint64 id) const;

    StoryDesk *m_desk;
    StorySession *m_session;
    NewsroomService *m_newsroom;
    Views m_views;
    QWidget *m_window;
    QMenu *m_menu;
    Translations m_found;
    qint64 m_shownFor = 0; // the story whose group m_found is
    int m_generation = 0;  // which refresh the answer that arrives belongs to
};

} // namespace Newsroom
