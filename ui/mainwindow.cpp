// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "commentspanel.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "editactions.h"
#include "editbanner.h"
#include "exportdialog.h"
#include "focusmode.h"
#include "healthwatch.h"
#include "languagemenu.h"
#include "panelfitter.h"
#include "peopledialog.h"
#include "photopanel.h"
#include "previewpane.h"
#include "translationdesk.h"
#include "translationspanel.h"
#include "versionpane.h"
#include "sectionsdialog.h"
#include "settingsdialog.h"
#include "setupassistant.h"
#include "session/desksettings.h"
#include "dictionarydialog.h"
#include "session/duepublisher.h"
#include "session/newsroomservice.h"
#include "session/storysession.h"
#include "sitekeeper.h"
#include "storage/changefeed.h"
#include "storage/database.h"
#include "storybrowser.h"
#include "storydesk.h"
#include "storyeditor.h"
#include "storymenu.h"
#include "version.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QGuiApplication>
#include <QScreen>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Newsroom {

MainWindow::MainWindow(Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_newsroom(database ? new NewsroomService(*database, this) : nullptr)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new NavigationSidebar(m_splitter))
    , m_browser(new StoryBrowser(m_newsroom, m_sidebar, m_splitter))
    , m_editor(new StoryEditor(m_splitter))
    , m_preview(new PreviewPane(m_splitter))
    , m_photos(new PhotoPanel(m_newsroom, this))
    , m_comments(new CommentsPanel(m_newsroom, this))
    , m_translations(new TranslationsPanel(this))
    , m_versionPane(new VersionPane(m_splitter))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsroom"));
    // A size that fits the screen it opens on (1024×700, a laptop with a taskbar); the
    // last session's shape, when kept, takes its place in readSettings(). Drawn offscreen
    // (--screenshot) there is no screen to fit.
    const QSize wanted(1200, 760);
    const bool onScreen = screen() && QGuiApplication::platformName() != u"offscreen";
    resize(onScreen ? wanted.boundedTo(screen()->availableGeometry().size()) : wanted);

    m_splitter->setObjectName(u"mainSplitter"_s);
    // Added explicitly, so they are all in the splitter, in order, before its state is restored.
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_versionPane);
    m_splitter->addWidget(m_preview);
    m_editor->hide(); // until a story is opened
    m_preview->hide(); // until asked for
    m_versionPane->hide();
    m_splitter->setChildrenCollapsible(false);
    for (int pane = 1; pane < m_splitter->count(); ++pane)
        m_splitter->setStretchFactor(pane, 1); // the sidebar keeps its width
    m_splitter->setSizes({200, 560, 640, 0, 480});
    // The smallest each pane is useful at; what does not fit beside the rest gives way
    // (PanelFitter) rather than the window growing past the screen.
    m_browser->list()->setMinimumWidth(240);
    m_preview->setMinimumWidth(260);
    m_versionPane->setMinimumWidth(320);
    setMinimumSize(760, 520);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_healthBanner = new EditBanner(central);
    m_healthBanner->setObjectName(u"healthBanner"_s);
    centralLayout->addWidget(m_healthBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    // The list shows which story is open; when opening another was cancelled, still that one.
    connect(m_browser, &StoryBrowser::storyActivated, this,
            [this](qint64 id) { openStory(id, [this](const Status &) { m_browser->setOpenStory(openStoryId()); }); });
    connect(m_browser, &StoryBrowser::message, statusBar(), &QStatusBar::showMessage);

    const auto addDock = [this](const QString &title, const QString &name, QWidget *panel) {
        auto *dock = new QDockWidget(title, this);
        dock->setObjectName(name);
        dock->setWidget(panel);
        dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
        addDockWidget(Qt::RightDockWidgetArea, dock);
        return dock;
    };
    QDockWidget *photoDock = addDock(tr("Photos"), u"photoDock"_s, m_photos);
    QDockWidget *commentsDock = addDock(tr("Comments"), u"commentsDock"_s, m_comments);
    tabifyDockWidget(photoDock, commentsDock);
    tabifyDockWidget(commentsDock, addDock(tr("Translations"), u"translationsDock"_s, m_translations));
    connect(m_photos, &PhotoPanel::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Some Photos Were Not Added"), message);
    });
    m_preview->setNewsroom(m_newsroom);
    photoDock->raise();
    connect(m_comments, &CommentsPanel::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Comment Not Saved"), message);
    });

    if (m_database) {
        m_session = new StorySession(*m_database, m_newsroom->actor(), EditJournal::folderFor(m_database->url()), this,
                                     m_newsroom->worker());
        m_desk = new StoryDesk(m_session, m_newsroom, {m_editor, m_preview, m_photos, m_comments, m_undoGroup}, this);
        connect(m_desk, &StoryDesk::message, statusBar(), &QStatusBar::showMessage);
        connect(m_desk, &StoryDesk::sectionsLoaded, m_sidebar, &NavigationSidebar::setCategories);
        m_desk->loadChoices();
        connect(m_session, &StorySession::message, statusBar(), &QStatusBar::showMessage);
        connect(m_session, &StorySession::documentReplaced, this, &MainWindow::showDocument);
        connect(m_session, &StorySession::documentReplaced, this, [this] { m_browser->setOpenStory(openStoryId()); });
        connect(m_session, &StorySession::saved, this, [this](const Article &story) {
            setWindowTitle(tr("%1[*] — Newsroom").arg(story.headline));
            statusBar()->showMessage(tr("Saved “%1”, revision %2").arg(story.headline).arg(story.revision), 5000);
            m_browser->setOpenStory(story.id); // a new story is in the list from now on
            m_browser->refreshInPlace();
        });
        // The running app publishes due stories itself, well within 30 s of their time.
        m_duePublisher = new DuePublisher(*m_database, this, m_newsroom->worker());
        connect(m_duePublisher, &DuePublisher::message, statusBar(), &QStatusBar::showMessage);
        connect(m_duePublisher, &DuePublisher::heldBack, m_browser, &StoryBrowser::refresh);
        // The story in the editor may be one of them: it moves on to the published revision
        // unless there is unsaved text (which then meets it at the next save).
        connect(m_duePublisher, &DuePublisher::published, m_session, qOverload<const QList<qint64> &>(&StorySession::followStored));
        connect(m_duePublisher, &DuePublisher::published, m_browser, &StoryBrowser::refresh);
        // A damaged file is said before a day's work goes into it; from then on nothing is
        // saved into it, and what is typed stays in the edit journal on this computer.
        m_healthWatch = new HealthWatch(m_database->url(), this);
        m_healthWatch->guard(m_database, m_healthBanner);
        QTimer::singleShot(0, m_healthWatch, &HealthWatch::start);
        m_siteKeeper = new SiteKeeper(m_database->url(), this);
        connect(m_siteKeeper, &SiteKeeper::exported, this, [this](const QString &message, bool ok) {
            statusBar()->showMessage(message, ok ? 8000 : 0);
        });
        connect(m_duePublisher, &DuePublisher::published, m_siteKeeper, &SiteKeeper::siteChanged);
        connect(m_session, &StorySession::stepTaken, m_siteKeeper, &SiteKeeper::stepTaken);
    }
    createActions();
    m_storyMenu = new StoryMenu(m_desk, this);
    const QList<QAction *> menus = menuBar()->actions();
    menuBar()->insertMenu(menus.at(menus.size() - 2), m_storyMenu); // before Settings and Help
    connect(m_storyMenu, &StoryMenu::message, statusBar(), &QStatusBar::showMessage);
    connect(m_storyMenu, &StoryMenu::storyChanged, m_browser, &StoryBrowser::refresh);
    connect(m_browser, &StoryBrowser::trashRequested, this, &MainWindow::moveToTrash);
    if (m_newsroom) {
        connect(m_newsroom, &NewsroomService::actorChanged, this, [this](const Actor &actor) {
            if (m_session)
                m_session->setActor(actor);
            m_storyMenu->updateActions();
            m_browser->refreshInPlace(); // "My stories" are theirs now
        });
    }
    if (m_duePublisher)
        connect(m_duePublisher, &DuePublisher::published, m_storyMenu, &StoryMenu::updateActions);
    if (m_desk) {
        m_translationDesk = new TranslationDesk(m_desk,
                                                {m_translations, m_versionPane, m_editor->translationBanner(),
                                                 findChild<QAction *>(u"actionSideBySide"_s)},
                                                this);
        QAction *history = m_storyMenu->findChild<QAction *>(u"actionHistory"_s);
        m_storyMenu->insertMenu(history, m_translationDesk->translateMenu());
        m_storyMenu->insertSeparator(history);
        connect(m_translationDesk, &TranslationDesk::message, statusBar(), &QStatusBar::showMessage);
        connect(m_translationDesk, &TranslationDesk::storyChanged, m_browser, &StoryBrowser::refresh);
        connect(m_translationDesk, &TranslationDesk::panelWanted, this, [this] {
            auto *dock = findChild<QDockWidget *>(u"translationsDock"_s);
            dock->show();
            dock->raise();
        });
    }
    followColleagues();
    statusBar()->showMessage(!m_database ? tr("No newsroom database is open")
                                         : m_newsroom->signInProblem().isEmpty() ? m_database->url().toDisplayString()
                                                                                 : m_newsroom->signInProblem());
    createToolBar();
    fitPanels();

    readSettings();
    m_browser->refresh();
}

void MainWindow::offerSetup(std::function<void(bool)> done)
{
    if (!m_newsroom)
        return done ? done(false) : void();
    m_newsroom->isNew(this, [this, done](Expected<bool> isNew) {
        if (!isNew || !*isNew)
            return done ? done(false) : void();
        SetupAssistant assistant(*m_newsroom, this);
        connect(&assistant, &SetupAssistant::setUp, this, [this](const SiteSettings &settings) {
            m_desk->loadChoices(); // its sections, in the editor and the sidebar
            statusBar()->showMessage(tr("%1 is ready: start its first story with File › New Story.").arg(settings.name),
                                     10000);
        });
        const bool accepted = assistant.exec() == QDialog::Accepted;
        if (done)
            done(accepted);
    });
}

void MainWindow::shareRoom()
{
    // The sidebar keeps what its names need and the story list a quarter; of the rest the
    // preview has two fifths and the story the other three (never below what each needs).
    QList<int> sizes = m_splitter->sizes();
    const int list = m_splitter->indexOf(m_browser);
    const int editor = m_splitter->indexOf(m_editor);
    const int preview = m_splitter->indexOf(m_preview);
    if (m_editor->isHidden())
        return;
    int pool = (m_browser->isHidden() ? 0 : sizes.at(list)) + sizes.at(editor) + (m_preview->isHidden() ? 0 : sizes.at(preview))
        + (m_versionPane->isHidden() ? 0 : sizes.at(m_splitter->indexOf(m_versionPane)));
    const int sidebar = m_splitter->indexOf(m_sidebar);
    if (const int enough = m_sidebar->minimumSizeHint().width() + 8; !m_sidebar->isHidden() && sizes.at(sidebar) > enough) {
        pool += sizes.at(sidebar) - enough; // its views' names fit in less
        sizes[sidebar] = enough;
    }
    if (!m_browser->isHidden())
        sizes[list] = std::max(m_browser->minimumSizeHint().width(), pool / 4);
    const int rest = pool - (m_browser->isHidden() ? 0 : sizes.at(list));
    sizes[preview] = m_preview->isHidden() ? 0 : std::max(m_preview->minimumWidth(), rest * 2 / 5);
    // A version in another language beside the story has as much room as the story.
    const int beside = m_splitter->indexOf(m_versionPane);
    sizes[beside] = m_versionPane->isHidden() ? 0 : (rest - sizes.at(preview)) / 2;
    sizes[editor] = rest - sizes.at(preview) - sizes.at(beside);
    m_splitter->setSizes(sizes);
}

void MainWindow::fitPanels()
{
    m_fitter = new PanelFitter(this, m_splitter);
    connect(m_fitter, &PanelFitter::refitted, this, &MainWindow::shareRoom);
    // Least needed first: the list beside an open story, the sidebar, the photo and
    // comment panels, then the preview.
    m_fitter->addPanel(findChild<QAction *>(u"actionShowList"_s), {m_browser}, m_editor);
    m_fitter->addPanel(findChild<QAction *>(u"actionShowSidebar"_s), {m_sidebar});
    const QList<QWidget *> docks{findChild<QDockWidget *>(u"photoDock"_s), findChild<QDockWidget *>(u"commentsDock"_s),
                                 findChild<QDockWidget *>(u"translationsDock"_s)};
    for (QWidget *dock : docks)
        m_fitter->addPanel(static_cast<QDockWidget *>(dock)->toggleViewAction(), docks);
    m_fitter->addPanel(findChild<QAction *>(u"actionPreview"_s), {m_preview});
    m_fitter->addPanel(findChild<QAction *>(u"actionSideBySide"_s), {m_versionPane});
    m_focusMode = new FocusMode(this, m_editor, m_fitter);
    QMenu *view = findChild<QMenu *>(u"viewMenu"_s);
    view->insertAction(findChild<QAction *>(u"actionFullScreen"_s), m_focusMode->action());
}

MainWindow::~MainWindow() = default;

void MainWindow::followColleagues()
{
    m_offline = new QLabel(this);
    m_offline->setObjectName(u"offlineLabel"_s);
    statusBar()->addPermanentWidget(m_offline);
    m_offline->hide();
    if (!m_database)
        return;
    m_feed = m_newsroom->changeFeed();
    m_session->follow(m_feed);
    m_browser->setDeskName(m_session->name());
    m_browser->follow(m_feed);
    m_comments->follow(m_feed);
    m_translationDesk->follow(m_feed);
    // A colleague's change to the sections reaches the editor's list and the sidebar; so
    // does everything after a reconnection.
    connect(m_feed, &ChangeFeed::sectionsChanged, m_desk, &StoryDesk::loadChoices);
    connect(m_feed, &ChangeFeed::resynced, m_desk, &StoryDesk::loadChoices);
    connect(m_feed, &ChangeFeed::liveChanged, this, [this](bool live, const QString &reason) {
        m_offline->setText(tr("Offline: changes by colleagues are not arriving"));
        m_offline->setToolTip(reason);
        m_offline->setVisible(!live);
        if (!live)
            statusBar()->showMessage(tr("%1. Trying again every second; your text is kept on this computer.").arg(reason));
        else
            statusBar()->showMessage(tr("Connected again to %1.").arg(m_database->url().toDisplayString()), 5000);
    });
}

void MainWindow::createToolBar()
{
    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(u"mainToolBar"_s);
    bar->setMovable(false);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    for (const auto name : {"actionNewStory"_L1, "actionSave"_L1})
        bar->addAction(findChild<QAction *>(QString(name)));
    // Undo and Redo keep short labels on the bar (the menu's say what they undo), so the
    // buttons do not jump about as the history changes; the tooltips tell the whole.
    for (const auto &[name, label] : {std::pair{"actionUndo"_L1, tr("Undo")}, std::pair{"actionRedo"_L1, tr("Redo")}}) {
        QAction *full = findChild<QAction *>(QString(name));
        QAction *shortAction = bar->addAction(label, full, &QAction::trigger);
        shortAction->setObjectName(QString(name) + u"Button"_s);
        const auto mirror = [shortAction, full] {
            shortAction->setEnabled(full->isEnabled());
            shortAction->setToolTip(full->text().remove(u'&'));
        };
        connect(full, &QAction::changed, shortAction, mirror);
        mirror();
    }
    bar->addAction(findChild<QAction *>(u"actionPreview"_s));
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_browser->languageFilter());
    bar->addWidget(m_browser->searchBox());
    bar->addAction(m_browser->saveSearchAction());

}

void MainWindow::moveToTrash(QList<qint64> ids, bool restore)
{
    if (!m_newsroom)
        return;
    const qint64 open = m_session ? m_session->storyId() : 0;
    if (open != 0 && ids.removeAll(open) > 0) {
        auto rest = [this, ids, restore](const Status &) {
            if (!ids.isEmpty())
                moveToTrash(ids, restore);
        };
        return restore ? m_storyMenu->restoreFromTrash(rest) : m_storyMenu->moveToTrash(rest);
    }
    m_newsroom->moveToTrash(ids, restore, this, [this, restore](const Expected<NewsroomService::TrashMove> &done) {
        if (!done) {
            QMessageBox::warning(this, restore ? tr("Not Restored") : tr("Not Moved to the Trash"),
                                 done.error().message);
            return;
        }
        if (!done->refused.isEmpty())
            QMessageBox::warning(this,
                                 done->moved.isEmpty() ? (restore ? tr("Not Restored") : tr("Not Moved to the Trash"))
                                     : restore         ? tr("Some Stories Were Not Restored")
                                                       : tr("Some Stories Were Not Moved to the Trash"),
                                 done->refused.join(u'\n'));
        const int moved = int(done->moved.size());
        if (moved > 0)
            statusBar()->showMessage(
                restore ? tr("Restored %n story(s) from the trash.", nullptr, moved)
                        : tr("Moved %n story(s) to the trash; Trash in the sidebar keeps them.", nullptr, moved),
                8000);
        m_browser->refresh();
    });
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newStory = fileMenu->addAction(tr("&New Story"), this, [this] { this->newStory(); });
    newStory->setObjectName(u"actionNewStory"_s);
    newStory->setShortcuts(QKeySequence::New);
    newStory->setEnabled(m_database != nullptr);
    QAction *save = fileMenu->addAction(tr("&Save"), this, [this] { saveStory(); });
    save->setObjectName(u"actionSave"_s);
    save->setShortcuts(QKeySequence::Save);
    save->setEnabled(false);
    m_undoGroup->setObjectName(u"undoGroup"_s);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, save, [save](QUndoStack *stack) { save->setEnabled(stack); });
    QAction *recover = fileMenu->addAction(tr("&Recover Unsaved Stories…"), this, [this] {
        offerRecovery([this](const Status &offered) {
            // Asked for by name: the answer comes where the question was asked, not in a corner.
            if (!offered && offered.error().kind == Error::Kind::NotFound)
                QMessageBox::information(this, tr("Nothing to Recover"), offered.error().message);
        });
    });
    recover->setObjectName(u"actionRecover"_s);
    recover->setEnabled(m_database != nullptr);
    fileMenu->addSeparator();
    QAction *exportSite = fileMenu->addAction(tr("&Export Site…"), this, &MainWindow::exportSite);
    exportSite->setObjectName(u"actionExportSite"_s);
    exportSite->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    exportSite->setEnabled(m_database != nullptr);
    QAction *people = fileMenu->addAction(tr("&People…"), this, [this] {
        const std::optional<Actor> &actor = m_newsroom->actor();
        PeopleDialog dialog(*m_newsroom, actor && roleMay(actor->role, Capability::ManagePeople), this);
        dialog.exec();
        m_desk->loadChoices(); // bylines complete the newcomers' names too
    });
    people->setObjectName(u"actionPeople"_s);
    people->setEnabled(m_database != nullptr);
    QAction *sections = fileMenu->addAction(tr("Sect&ions…"), this, [this] {
        SectionsDialog dialog(*m_newsroom, this);
        // Every list and editor follows at once, not when the dialog closes.
        connect(&dialog, &SectionsDialog::sectionsChanged, m_desk, &StoryDesk::loadChoices);
        connect(&dialog, &SectionsDialog::sectionsChanged, m_browser, &StoryBrowser::refreshInPlace);
        dialog.exec();
    });
    sections->setObjectName(u"actionSections"_s);
    sections->setEnabled(m_database != nullptr);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->setObjectName(u"editMenu"_s);
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);
    new EditActions(editMenu, m_editor, m_browser->searchBox(), this);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->setObjectName(u"viewMenu"_s);
    QAction *showSidebar = viewMenu->addAction(tr("Show &Sidebar"));
    showSidebar->setObjectName(u"actionShowSidebar"_s);
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showSidebar->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QAction *showList = viewMenu->addAction(tr("Show Story &List"));
    showList->setObjectName(u"actionShowList"_s);
    showList->setCheckable(true);
    showList->setChecked(true);
    showList->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(showList, &QAction::toggled, m_browser, &QWidget::setVisible);

    QAction *showPreview = viewMenu->addAction(tr("&Preview"));
    showPreview->setObjectName(u"actionPreview"_s);
    showPreview->setCheckable(true);
    showPreview->setShortcut(QKeySequence(Qt::Key_F8));
    showPreview->setToolTip(tr("The story as the site will show it"));
    connect(showPreview, &QAction::toggled, this, [this](bool on) {
        m_preview->setVisible(on);
        if (on)
            shareRoom();
    });
    QAction *sideBySide = viewMenu->addAction(tr("&Side by Side"));
    sideBySide->setObjectName(u"actionSideBySide"_s);
    sideBySide->setCheckable(true);
    sideBySide->setEnabled(false); // until the story has versions in other languages
    sideBySide->setToolTip(tr("The story in another language, beside the one you write"));
    connect(sideBySide, &QAction::toggled, this, [this](bool on) {
        // Two stories side by side each keep room to read a line: on a laptop's screen the
        // list and panels give way first (PanelFitter), not the story being written.
        m_editor->setMinimumWidth(on ? 420 : 0);
        m_versionPane->setVisible(on);
        if (on)
            shareRoom();
    });
    viewMenu->addAction(findChild<QDockWidget *>(u"photoDock"_s)->toggleViewAction());
    viewMenu->actions().constLast()->setShortcut(QKeySequence(Qt::Key_F7));
    viewMenu->addAction(findChild<QDockWidget *>(u"commentsDock"_s)->toggleViewAction());
    viewMenu->actions().constLast()->setShortcut(QKeySequence(Qt::Key_F6));
    viewMenu->addAction(findChild<QDockWidget *>(u"translationsDock"_s)->toggleViewAction());

    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(u"actionFullScreen"_s);
    fullScreen->setCheckable(true);
    fullScreen->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)); // F11 is focus mode
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    auto *languageMenu = new LanguageMenu(settingsMenu);
    settingsMenu->addMenu(languageMenu);
    connect(languageMenu, &LanguageMenu::chosen, this, [this](const QString &said) {
        QMessageBox::information(this, tr("Interface Language"), said);
    });
    QAction *dictionary = settingsMenu->addAction(tr("Newsroom &Dictionary…"), this, [this] {
        DictionaryDialog dialog(*m_newsroom, this);
        dialog.exec();
        m_desk->loadWords(); // the open story is checked with the words as they are now
    });
    dictionary->setObjectName(u"actionDictionary"_s);
    dictionary->setEnabled(m_database != nullptr);
    QAction *settings = settingsMenu->addAction(tr("&Newsroom Settings…"), this, [this] {
        SettingsDialog dialog(*m_newsroom, this);
        connect(&dialog, &SettingsDialog::message, statusBar(), &QStatusBar::showMessage);
        dialog.exec();
    });
    settings->setObjectName(u"actionNewsroomSettings"_s);
    settings->setEnabled(m_database != nullptr);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Newsroom"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

ArticleDocument *MainWindow::document() const
{
    return m_session ? m_session->document() : nullptr;
}

qint64 MainWindow::openStoryId() const
{
    return m_session ? m_session->storyId() : 0;
}

QString MainWindow::journalFolder() const
{
    return m_session ? m_session->journalFolder() : QString();
}

Autosaver *MainWindow::autosaver() const
{
    return m_session ? m_session->autosaver() : nullptr;
}

void MainWindow::showDocument(ArticleDocument *document)
{
    if (document && !m_storyShown)
        QTimer::singleShot(0, this, &MainWindow::shareRoom); // the story takes the room it is given
    m_storyShown = document != nullptr;
    if (document) {
        connect(document, &ArticleDocument::modifiedChanged, this, &QWidget::setWindowModified);
        setWindowTitle(tr("%1[*] — Newsroom").arg(document->field(ArticleDocument::Field::Headline)));
    } else {
        setWindowTitle(tr("Newsroom"));
    }
    setWindowModified(document && document->isModified());
}

ExportDialog *MainWindow::exportSite()
{
    if (!m_database)
        return nullptr;
    auto *dialog = new ExportDialog(m_database->url(), DeskSettings::instance().exportFolder(m_database->url()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Newsroom"),
                       tr("<h3>Newsroom %1</h3><p>A desktop newsroom editor: write, review, schedule "
                          "and publish stories, and export the site as static HTML.</p>")
                           .arg(QLatin1StringView(applicationVersion)));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_desk && m_session->isModified() && !m_closing) {
        // Asked first; the window closes once the text is saved or given up on purpose.
        event->ignore();
        m_desk->maybeSave([this](const Status &ready) {
            m_closing = ready.ok();
            if (m_closing)
                QTimer::singleShot(0, this, &QWidget::close);
        });
        return;
    }
    if (m_session)
        m_session->close(); // saved, or given up on purpose: the journal entry and the lease go
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    const DeskSettings &settings = DeskSettings::instance();
    restoreGeometry(settings.windowGeometry());
    restoreState(settings.windowState());
    m_splitter->restoreState(settings.splitterState());
    if (settings.previewShown())
        findChild<QAction *>(u"actionPreview"_s)->setChecked(true);
    m_editor->setDetailsShown(settings.storyDetailsShown());
    if (settings.view() >= 0)
        m_sidebar->setCurrentView(static_cast<NavigationSidebar::View>(settings.view()));
}

void MainWindow::writeSettings() const
{
    DeskSettings &settings = DeskSettings::instance();
    settings.setWindow(saveGeometry(), saveState(), m_splitter->saveState());
    settings.setView(static_cast<int>(m_sidebar->currentView()));
    settings.setPreviewShown(findChild<QAction *>(u"actionPreview"_s)->isChecked());
    settings.setStoryDetailsShown(m_editor->detailsShown());
}

} // namespace Newsroom
