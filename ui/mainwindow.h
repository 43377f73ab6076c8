// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "navigationsidebar.h"
#include "session/duepublisher.h"
#include "storybrowser.h"
#include "storydesk.h"
#include "storymenu.h"
#include "storage/articlerepository.h"
#include "workflow/workflow.h"

#include <QMainWindow>

#include <functional>

class QLabel;
class QLineEdit;
class QSplitter;
class QTreeView;
class QUndoGroup;

namespace Newsroom {

class ArticleDocument;
class Autosaver;
class CalendarView;
class ChangeFeed;
class Database;
class CommentsPanel;
class ExportDialog;
class SiteKeeper;
class EditBanner;
class FocusMode;
class PanelFitter;
class HealthWatch;
class PhotoPanel;
class PreviewPane;
class NewsroomService;
class StoryBrowser;
class StoryDesk;
class StoryEditor;
class StorySession;
class TranslationDesk;
class TranslationsPanel;
class VersionPane;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // Without a database the window shows its empty state only.
    explicit MainWindow(Database *database = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    NavigationSidebar *sidebar() const { return m_sidebar; }
    QTreeView *storyList() const { return m_browser->list(); }
    StoryEditor *editor() const { return m_editor; }
    PreviewPane *preview() const { return m_preview; }
    PhotoPanel *photoPanel() const { return m_photos; }
    CommentsPanel *commentsPanel() const { return m_comments; }
    TranslationsPanel *translationsPanel() const { return m_translations; }
    // Another language's version of the open story, beside the editor (View › Side by Side).
    VersionPane *versionPane() const { return m_versionPane; }
    // The open story's versions in other languages: translating, reviewing, reading beside.
    TranslationDesk *translationDesk() const { return m_translationDesk; }
    QLineEdit *searchBox() const { return m_browser->searchBox(); }
    CalendarView *calendar() const { return m_browser->calendar(); }
    StoryBrowser *storyBrowser() const { return m_browser; }
    NewsroomService *newsroom() const { return m_newsroom; }
    PanelFitter *panelFitter() const { return m_fitter; }
    FocusMode *focusMode() const { return m_focusMode; }

    // What the story actions below say once they are over (they may wait for the server).
    using Reply = StorySession::Reply;
    // Opens a story in the editor (asking first about unsaved changes to the one there).
    void openStory(qint64 id, Reply done = {}) { m_desk ? m_desk->open(id, done) : StoryDesk::noNewsroom(done); }
    void newStory(Reply done = {}) { m_desk ? m_desk->startNew(done) : StoryDesk::noNewsroom(done); }
    // Saves the story in the editor; the reason is shown if it could not be.
    void saveStory(Reply done = {}) { m_desk ? m_desk->save(done) : StoryDesk::noNewsroom(done); }
    // The open story's life: its document, lease, saves and steps (null without a database).
    StorySession *storySession() const { return m_session; }

    // The folder where unsaved text of this database's stories is kept.
    QString journalFolder() const;
    Autosaver *autosaver() const;
    // File › Export Site: the dialog, already shown (it deletes itself when closed).
    ExportDialog *exportSite();
    // Exports after each publication from this window, when the site settings say where.
    SiteKeeper *siteKeeper() const { return m_siteKeeper; }
    HealthWatch *healthWatch() const { return m_healthWatch; }
    // The Story menu: workflow steps, embargo, history and revisions of the open story.
    void performWorkflow(WorkflowAction action, Reply done = {}) { m_storyMenu->performWorkflow(action, done); }
    void setEmbargo(Reply done = {}) { m_storyMenu->setEmbargo(done); }
    void showHistory(Reply done = {}) { m_storyMenu->showHistory(done); }
    void showRevisions(Reply done = {}) { m_storyMenu->showRevisions(done); }
    void restoreRevision(int revision, Reply done = {}) { m_storyMenu->restoreRevision(revision, done); }
    void moveStoryToTrash(Reply done = {}) { m_storyMenu->moveToTrash(done); }
    void restoreStoryFromTrash(Reply done = {}) { m_storyMenu->restoreFromTrash(done); }
    // On a newsroom opened empty (no name, sections or stories): the setup assistant.
    // `done` hears whether it was set up (false when it was not new, or was left).
    void offerSetup(std::function<void(bool)> done = {});
    // Publishes scheduled stories whose time has come; the window does it every 15 s.
    void publishDueStories() { m_duePublisher->run(); }
    static constexpr int PublishDueIntervalMs = DuePublisher::IntervalMs;

    // What colleagues do arrives through the change feed.
    ChangeFeed *changeFeed() const { return m_feed; }

    // Offers back the stories the journal holds (after a crash); NotFound when there were none.
    void offerRecovery(Reply done = {}) { m_desk ? m_desk->offerRecovery(done) : StoryDesk::noNewsroom(done); }
    // Opens the journal's text for `key` in the editor, on top of the stored story.
    void recoverStory(const QString &key, Reply done = {})
    {
        m_desk ? m_desk->recover(key, done) : StoryDesk::noNewsroom(done);
    }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void createToolBar();
    void followColleagues();
    ArticleDocument *document() const;
    qint64 openStoryId() const;
    void showAbout();
    void readSettings();
    void writeSettings() const;

    void showDocument(ArticleDocument *document);
    // Moves stories chosen in the list to the trash or back; the open story through its
    // session, so that what is typed is saved first and the editor shows where it is.
    void moveToTrash(QList<qint64> ids, bool restore);
    void fitPanels();
    // Shares the row among the list, the story and its preview, the story first.
    void shareRoom();

    Database *m_database;
    NewsroomService *m_newsroom;
    QSplitter *m_splitter;
    NavigationSidebar *m_sidebar;
    StoryBrowser *m_browser;
    StoryEditor *m_editor;
    PreviewPane *m_preview;
    PhotoPanel *m_photos;
    CommentsPanel *m_comments;
    TranslationsPanel *m_translations;
    VersionPane *m_versionPane;
    TranslationDesk *m_translationDesk = nullptr;
    SiteKeeper *m_siteKeeper = nullptr; // exports after publishing, when the settings say where
    HealthWatch *m_healthWatch = nullptr; // looks the file over once, after opening it
    EditBanner *m_healthBanner = nullptr; // says the file is damaged, above everything
    QUndoGroup *m_undoGroup;
    StorySession *m_session = nullptr;
    StoryDesk *m_desk = nullptr;
    StoryMenu *m_storyMenu = nullptr;
    DuePublisher *m_duePublisher = nullptr;
    ChangeFeed *m_feed = nullptr;
    QLabel *m_offline = nullptr;
    PanelFitter *m_fitter = nullptr; // panels give way rather than widen the window
    FocusMode *m_focusMode = nullptr;
    bool m_storyShown = false;
    bool m_closing = false; // asked about unsaved text, and told to go on
};

} // namespace Newsroom
