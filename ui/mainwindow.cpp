// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "calendarview.h"
#include "commentspanel.h"
#include "document/articlecompare.h"
#include "document/articledocument.h"
#include "document/autosaver.h"
#include "editbanner.h"
#include "emptystatewidget.h"
#include "exportdialog.h"
#include "healthwatch.h"
#include "peopledialog.h"
#include "photopanel.h"
#include "previewpane.h"
#include "recoverydialog.h"
#include "revisionsdialog.h"
#include "session/storysession.h"
#include "sitekeeper.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "storydesk.h"
#include "session/duepublisher.h"
#include "storybrowser.h"
#include "storymenu.h"
#include "storyeditor.h"
#include "storylistmodel.h"
#include "version.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QDockWidget>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>
#include <QApplication>
#include <QCloseEvent>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSignalBlocker>
#include <QHeaderView>
#include <QInputDialog>
#include <QLocale>
#include <QLineEdit>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTreeView>
#include <QUndoGroup>
#include <QToolBar>
#include <QUndoStack>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

const auto GeometryKey = "MainWindow/geometry"_L1;
const auto StateKey = "MainWindow/state"_L1;
const auto SplitterKey = "MainWindow/splitter"_L1;
const auto ViewKey = "MainWindow/view"_L1;
const auto PreviewKey = "MainWindow/preview"_L1;

} // namespace

MainWindow::MainWindow(Database *database, QWidget *parent)
    : QMainWindow(parent)
    , m_database(database)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_sidebar(new NavigationSidebar(m_splitter))
    , m_browser(new StoryBrowser(database, m_sidebar, m_splitter))
    , m_editor(new StoryEditor(m_splitter))
    , m_preview(new PreviewPane(m_splitter))
    , m_photos(new PhotoPanel(database, this))
    , m_comments(new CommentsPanel(database, this))
    , m_undoGroup(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Newsroom"));
    resize(1200, 760);

    m_splitter->setObjectName(u"mainSplitter"_s);
    // Added explicitly, so they are all in the splitter, in order, before its state is restored.
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_browser);
    m_splitter->addWidget(m_editor);
    m_splitter->addWidget(m_preview);
    m_editor->hide(); // until a story is opened
    m_preview->hide(); // until asked for
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 1);
    m_splitter->setStretchFactor(3, 1);
    m_splitter->setSizes({200, 560, 640, 480});
    m_sidebar->setMinimumWidth(160);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    m_healthBanner = new EditBanner(central);
    m_healthBanner->setObjectName(u"healthBanner"_s);
    centralLayout->addWidget(m_healthBanner);
    centralLayout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    connect(m_browser, &StoryBrowser::storyActivated, this, &MainWindow::openStory);
    connect(m_browser, &StoryBrowser::message, statusBar(), &QStatusBar::showMessage);

    connect(m_editor, &StoryEditor::addToDictionaryRequested, this, [this](const QString &word) {
        if (!m_database)
            return;
        if (const Status added = DictionaryRepository(*m_database).add(word); !added) {
            statusBar()->showMessage(tr("Cannot add “%1” to the newsroom dictionary: %2").arg(word, added.error().message));
            return;
        }
        m_editor->addNewsroomWord(word);
        statusBar()->showMessage(tr("“%1” is in the newsroom dictionary now, for every desk.").arg(word), 5000);
    });

    auto *photoDock = new QDockWidget(tr("Photos"), this);
    photoDock->setObjectName(u"photoDock"_s);
    photoDock->setWidget(m_photos);
    photoDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, photoDock);
    connect(m_photos, &PhotoPanel::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Some Photos Were Not Added"), message);
    });
    m_preview->setDatabase(m_database);
    auto *commentsDock = new QDockWidget(tr("Comments"), this);
    commentsDock->setObjectName(u"commentsDock"_s);
    commentsDock->setWidget(m_comments);
    commentsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, commentsDock);
    tabifyDockWidget(photoDock, commentsDock);
    photoDock->raise();
    connect(m_comments, &CommentsPanel::problem, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Comment Not Saved"), message);
    });

    if (m_database) {
        if (const Expected<Actor> actor = Actor::signedIn(*m_database))
            m_actor = *actor;
        else
            statusBar()->showMessage(actor.error().message);
        m_session = new StorySession(*m_database, m_actor, EditJournal::folderFor(m_database->url()), this);
        m_desk = new StoryDesk(m_session, {m_editor, m_preview, m_photos, m_comments, m_undoGroup}, this);
        connect(m_desk, &StoryDesk::message, statusBar(), &QStatusBar::showMessage);
        connect(m_session, &StorySession::message, statusBar(), &QStatusBar::showMessage);
        connect(m_session, &StorySession::documentReplaced, this, &MainWindow::showDocument);
        connect(m_session, &StorySession::saved, this, [this](const Article &story) {
            setWindowTitle(tr("%1[*] — Newsroom").arg(story.headline));
            statusBar()->showMessage(tr("Saved “%1”, revision %2").arg(story.headline).arg(story.revision), 5000);
        });
        // The running app publishes due stories itself, well within 30 s of their time.
        m_duePublisher = new DuePublisher(*m_database, this);
        connect(m_duePublisher, &DuePublisher::message, statusBar(), &QStatusBar::showMessage);
        connect(m_duePublisher, &DuePublisher::heldBack, m_browser, &StoryBrowser::refresh);
        connect(m_duePublisher, &DuePublisher::published, this, [this](const QList<qint64> &ids) {
            if (m_siteKeeper)
                m_siteKeeper->siteChanged();
            // The story in the editor may be one of them: it moves on to the published
            // revision unless there is unsaved text (which then meets it at the next save).
            if (ids.contains(m_session->storyId()))
                m_session->followStored();
            m_browser->refresh();
            m_storyMenu->updateActions();
        });
        // A damaged file is said before a day's work goes into it; from then on nothing is
        // saved into it, and what is typed stays in the edit journal on this computer.
        m_healthWatch = new HealthWatch(m_database->url(), this);
        connect(m_healthWatch, &HealthWatch::damaged, this, [this](const QString &problem) {
            m_database->refuseWrites();
            m_healthBanner->showWarning(tr("%1 is damaged: a check of the file found faults in it. Nothing more is saved "
                                           "into it; what you type is kept on this computer. Restore the newsroom from a "
                                           "backup with `newsroom restore`.")
                                            .arg(m_database->url().toDisplayString()));
            m_healthBanner->setToolTip(problem); // what the check found, for whoever mends it
        });
        QTimer::singleShot(0, m_healthWatch, &HealthWatch::start);
        m_siteKeeper = new SiteKeeper(m_database->url(), this);
        connect(m_siteKeeper, &SiteKeeper::exported, this, [this](const QString &message, bool ok) {
            statusBar()->showMessage(message, ok ? 8000 : 0);
        });
    }
    m_comments->setActor(m_actor);
    createActions();
    m_storyMenu = new StoryMenu(m_desk, this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), m_storyMenu); // before Help
    connect(m_storyMenu, &StoryMenu::message, statusBar(), &QStatusBar::showMessage);
    connect(m_storyMenu, &StoryMenu::storyChanged, this, [this](WorkflowAction action) {
        if (m_siteKeeper && (action == WorkflowAction::Publish || action == WorkflowAction::Unpublish
                             || action == WorkflowAction::Correct))
            m_siteKeeper->siteChanged();
        m_browser->refresh();
    });
    setUpTogether();
    statusBar()->showMessage(m_database ? m_database->url().toDisplayString() : tr("No newsroom database is open"));


    createToolBar();

    if (m_database) {
        if (const Expected<QList<Category>> categories = CategoryRepository(*m_database).list()) {
            m_sidebar->setCategories(*categories);
            m_editor->setCategories(*categories);
        }
        if (const Expected<QList<Person>> staff = PeopleRepository(*m_database).list())
            m_editor->setStaff(*staff);
    }
    readSettings();
    m_browser->refresh();
}

MainWindow::~MainWindow() = default;

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
    bar->addWidget(m_browser->searchBox());
    bar->addAction(m_browser->saveSearchAction());

    auto *find = new QAction(tr("Find"), this);
    find->setShortcuts(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] {
        m_browser->searchBox()->setFocus(Qt::ShortcutFocusReason);
        m_browser->searchBox()->selectAll();
    });
    addAction(find);
}

void MainWindow::createActions()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newStory = fileMenu->addAction(tr("&New Story"), this, &MainWindow::newStory);
    newStory->setObjectName(u"actionNewStory"_s);
    newStory->setShortcuts(QKeySequence::New);
    newStory->setEnabled(m_database != nullptr);
    QAction *save = fileMenu->addAction(tr("&Save"), this, &MainWindow::saveStory);
    save->setObjectName(u"actionSave"_s);
    save->setShortcuts(QKeySequence::Save);
    save->setEnabled(false);
    m_undoGroup->setObjectName(u"undoGroup"_s);
    connect(m_undoGroup, &QUndoGroup::activeStackChanged, save, [save](QUndoStack *stack) { save->setEnabled(stack); });
    QAction *recover = fileMenu->addAction(tr("&Recover Unsaved Stories…"), this, [this] {
        if (!offerRecovery())
            statusBar()->showMessage(tr("No unsaved stories are kept on this computer."), 5000);
    });
    recover->setObjectName(u"actionRecover"_s);
    recover->setEnabled(m_database != nullptr);
    fileMenu->addSeparator();
    QAction *exportSite = fileMenu->addAction(tr("&Export Site…"), this, &MainWindow::exportSite);
    exportSite->setObjectName(u"actionExportSite"_s);
    exportSite->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_E);
    exportSite->setEnabled(m_database != nullptr);
    QAction *people = fileMenu->addAction(tr("&People…"), this, [this] {
        PeopleDialog dialog(*m_database, m_actor && roleMay(m_actor->role, Capability::ManagePeople), this);
        dialog.exec();
        if (const Expected<QList<Person>> staff = PeopleRepository(*m_database).list())
            m_editor->setStaff(*staff); // bylines complete the newcomers' names too
    });
    people->setObjectName(u"actionPeople"_s);
    people->setEnabled(m_database != nullptr);
    fileMenu->addSeparator();
    QAction *quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(u"actionQuit"_s);
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(u"actionUndo"_s);
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(u"actionRedo"_s);
    redo->setShortcuts(QKeySequence::Redo);
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *showSidebar = viewMenu->addAction(tr("Show &Sidebar"));
    showSidebar->setObjectName(u"actionShowSidebar"_s);
    showSidebar->setCheckable(true);
    showSidebar->setChecked(true);
    showSidebar->setShortcut(QKeySequence(Qt::Key_F9));
    connect(showSidebar, &QAction::toggled, m_sidebar, &QWidget::setVisible);

    QAction *showPreview = viewMenu->addAction(tr("&Preview"));
    showPreview->setObjectName(u"actionPreview"_s);
    showPreview->setCheckable(true);
    showPreview->setShortcut(QKeySequence(Qt::Key_F8));
    showPreview->setToolTip(tr("The story as the site will show it"));
    connect(showPreview, &QAction::toggled, m_preview, &QWidget::setVisible);

    viewMenu->addAction(findChild<QDockWidget *>(u"photoDock"_s)->toggleViewAction());
    viewMenu->actions().constLast()->setShortcut(QKeySequence(Qt::Key_F7));
    viewMenu->addAction(findChild<QDockWidget *>(u"commentsDock"_s)->toggleViewAction());
    viewMenu->actions().constLast()->setShortcut(QKeySequence(Qt::Key_F6));

    QAction *fullScreen = viewMenu->addAction(tr("&Full Screen"));
    fullScreen->setObjectName(u"actionFullScreen"_s);
    fullScreen->setCheckable(true);
    fullScreen->setShortcuts(QKeySequence::FullScreen);
    connect(fullScreen, &QAction::toggled, this, [this](bool on) {
        setWindowState(on ? windowState() | Qt::WindowFullScreen : windowState() & ~Qt::WindowFullScreen);
    });

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *about = helpMenu->addAction(tr("&About Newsroom"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = helpMenu->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

bool MainWindow::maybeSave()
{
    if (!document() || !document()->isModified())
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved yet.").arg(document()->field(ArticleDocument::Field::Headline)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return saveStory();
    return answer == QMessageBox::Discard;
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
    if (document) {
        connect(document, &ArticleDocument::modifiedChanged, this, &QWidget::setWindowModified);
        setWindowTitle(tr("%1[*] — Newsroom").arg(document->field(ArticleDocument::Field::Headline)));
    } else {
        setWindowTitle(tr("Newsroom"));
    }
    setWindowModified(document && document->isModified());
}

bool MainWindow::openStory(qint64 id)
{
    if (!m_session || !maybeSave())
        return false;
    if (const Status opened = m_session->open(id); !opened) {
        QMessageBox::warning(this, tr("Cannot Open the Story"), opened.error().message);
        return false;
    }
    m_editor->lineEdit(ArticleDocument::Field::Headline)->setFocus();
    return true;
}

bool MainWindow::newStory()
{
    if (!m_session || !maybeSave())
        return false;
    m_session->startNew();
    m_editor->lineEdit(ArticleDocument::Field::Headline)->setFocus();
    return true;
}

bool MainWindow::saveStory()
{
    if (!m_desk || !m_desk->save())
        return false;
    m_browser->refresh();
    return true;
}

bool MainWindow::offerRecovery()
{
    if (!m_session)
        return false;
    QStringList problems;
    const QList<EditJournal::Entry> entries = EditJournal(journalFolder()).entries(&problems);
    if (!problems.isEmpty())
        QMessageBox::warning(this, tr("Some Unsaved Text Cannot Be Read"), problems.join(u'\n'));
    QList<RecoveryDialog::Item> items;
    const ArticleRepository articles(*m_database);
    for (const EditJournal::Entry &entry : entries) {
        if (autosaver() && entry.key == autosaver()->key())
            continue; // the story open right now
        RecoveryDialog::Item item{entry, std::nullopt};
        if (entry.article.id > 0) {
            if (Expected<Article> stored = articles.load(entry.article.id))
                item.stored = *stored;
        }
        items.append(item);
    }
    if (items.isEmpty())
        return false;
    RecoveryDialog dialog(items, this);
    if (dialog.exec() != QDialog::Accepted)
        return true;
    if (dialog.choice() == RecoveryDialog::Choice::Discard)
        (void)EditJournal(journalFolder()).remove(dialog.chosenKey());
    else if (dialog.choice() == RecoveryDialog::Choice::Open)
        recoverStory(dialog.chosenKey());
    return true;
}

bool MainWindow::recoverStory(const QString &key)
{
    if (!m_session || !maybeSave())
        return false;
    if (const Status recovered = m_session->recover(key); !recovered) {
        statusBar()->showMessage(recovered.error().message);
        return false;
    }
    m_editor->bodyEdit()->setFocus();
    return true;
}

ExportDialog *MainWindow::exportSite()
{
    if (!m_database)
        return nullptr;
    // The folder last used for this newsroom, else one beside the user's documents.
    const QString key = u"Export/folder-"_s + QString::fromLatin1(QCryptographicHash::hash(
        m_database->url().toDisplayString().toUtf8(), QCryptographicHash::Sha256).toHex().left(12));
    const QString folder = QSettings()
                               .value(key, QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                               .filePath(u"newsroom-site"_s))
                               .toString();
    auto *dialog = new ExportDialog(m_database->url(), folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ExportDialog::finished, this, [dialog, key](bool ok) {
        if (ok)
            QSettings().setValue(key, QDir::fromNativeSeparators(dialog->folderEdit()->text()));
    });
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
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    if (m_session)
        m_session->close(); // saved, or given up on purpose: the journal entry and the lease go
    writeSettings();
    event->accept();
}

void MainWindow::readSettings()
{
    const QSettings settings;
    restoreGeometry(settings.value(GeometryKey).toByteArray());
    restoreState(settings.value(StateKey).toByteArray());
    m_splitter->restoreState(settings.value(SplitterKey).toByteArray());
    if (settings.value(PreviewKey, false).toBool())
        findChild<QAction *>(u"actionPreview"_s)->setChecked(true);
    const QVariant view = settings.value(ViewKey);
    if (view.isValid())
        m_sidebar->setCurrentView(static_cast<NavigationSidebar::View>(view.toInt()));
}

void MainWindow::writeSettings() const
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(SplitterKey, m_splitter->saveState());
    settings.setValue(ViewKey, static_cast<int>(m_sidebar->currentView()));
    settings.setValue(PreviewKey, findChild<QAction *>(u"actionPreview"_s)->isChecked());
}

} // namespace Newsroom
