// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Story menu: workflow steps, history, revisions, and publishing what
// is due. (The window itself is in mainwindow.cpp.)
#include "mainwindow.h"

#include "commentspanel.h"
#include "document/articlecompare.h"
#include "document/articledocument.h"
#include "session/storysession.h"
#include "revisionsdialog.h"
#include "sitekeeper.h"
#include "storage/categoryrepository.h"
#include "storage/database.h"
#include "storage/peoplerepository.h"
#include "storage/sitesettingsrepository.h"
#include "storybrowser.h"
#include "storylistmodel.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QLocale>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>

using namespace Qt::StringLiterals;

namespace Newsroom {

void MainWindow::createStoryMenu()
{
    QMenu *menu = new QMenu(tr("&Story"), this);
    menuBar()->insertMenu(menuBar()->actions().constLast(), menu); // before Help
    const std::pair<WorkflowAction, QString> steps[] = {
        {WorkflowAction::Submit, tr("S&ubmit for Review")},   {WorkflowAction::RequestChanges, tr("&Request Changes…")},
        {WorkflowAction::Approve, tr("&Approve")},             {WorkflowAction::Schedule, tr("Sc&hedule…")},
        {WorkflowAction::Unschedule, tr("&Take off the Schedule")}, {WorkflowAction::Publish, tr("&Publish Now")},
        {WorkflowAction::Unpublish, tr("U&npublish")},          {WorkflowAction::Correct, tr("&Correct…")},
    };
    for (const auto &[step, label] : steps) {
        QAction *action = menu->addAction(label, this, [this, step] { performWorkflow(step); });
        action->setObjectName(u"actionWorkflow-"_s + actionName(step));
        m_workflowActions.insert(step, action);
        if (step == WorkflowAction::Approve || step == WorkflowAction::Unschedule)
            menu->addSeparator();
    }
    QAction *embargo = menu->addAction(tr("&Embargo…"), this, &MainWindow::setEmbargo);
    embargo->setObjectName(u"actionEmbargo"_s);
    embargo->setToolTip(tr("Keep the story off the exported site until a time"));
    menu->addSeparator();
    QAction *history = menu->addAction(tr("&History…"), this, &MainWindow::showHistory);
    history->setObjectName(u"actionHistory"_s);
    QAction *revisions = menu->addAction(tr("Re&visions…"), this, &MainWindow::showRevisions);
    revisions->setObjectName(u"actionRevisions"_s);
    connect(menu, &QMenu::aboutToShow, this, &MainWindow::updateStoryActions);
    updateStoryActions();
}

bool MainWindow::setEmbargo()
{
    if (!document() || !m_actor || openStoryId() == 0)
        return false;
    if (document()->isModified() && !saveStory())
        return false;
    const QTimeZone zone = SiteSettingsRepository(*m_database).timeZone();
    const QDateTime current = document()->saved().embargoUntil;
    ScheduleDialog dialog(zone, current.isValid() ? current : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0), zone),
                          this, ScheduleDialog::Purpose::Embargo);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    const QDateTime until = dialog.lifted() ? QDateTime() : dialog.newsroomTime().toUTC();
    const Expected<Article> done = m_session->setEmbargo(until);
    if (!done) {
        QMessageBox::warning(this, tr("Cannot Set the Embargo"), done.error().message);
        return false;
    }
    statusBar()->showMessage(until.isValid() ? tr("“%1” stays off the site until %2 newsroom time")
                                                   .arg(done->headline, QLocale().toString(until.toTimeZone(zone),
                                                                                           u"dd.MM.yyyy HH:mm"_s))
                                             : tr("The embargo on “%1” is lifted").arg(done->headline),
                             8000);
    return true;
}

void MainWindow::updateStoryActions()
{
    // Shown only as far as core would allow them; core checks again when one is taken.
    const bool stored = openStoryId() > 0 && m_actor;
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it) {
        bool allowed = stored;
        QString why;
        if (stored) {
            const Status check = Workflow(*m_database).check(*m_actor, it.key(), document()->snapshot(), m_actor->personId);
            // What is missing can be written before publishing: those steps stay open
            // and say what is missing when taken.
            allowed = check || check.error().kind == Error::Kind::Invalid;
            why = check ? QString() : check.error().message;
        }
        it.value()->setEnabled(allowed);
        it.value()->setToolTip(why);
    }
    if (QAction *embargo = findChild<QAction *>(u"actionEmbargo"_s))
        embargo->setEnabled(stored && roleMay(m_actor->role, Capability::Schedule));
    for (const auto name : {"actionHistory"_L1, "actionRevisions"_L1}) {
        if (QAction *action = findChild<QAction *>(QString(name)))
            action->setEnabled(openStoryId() > 0);
    }
}

bool MainWindow::performWorkflow(WorkflowAction action)
{
    if (!document() || !m_actor)
        return false;
    // The step applies to the story as it is now: what is typed is saved first.
    if ((document()->isModified() || openStoryId() == 0) && !saveStory())
        return false;
    QString note;
    QDateTime when;
    if (action == WorkflowAction::RequestChanges || action == WorkflowAction::Correct) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            this, action == WorkflowAction::Correct ? tr("Correct the Story") : tr("Request Changes"),
            action == WorkflowAction::Correct ? tr("What was corrected (readers will see this note):")
                                              : tr("What should the reporter change?"),
            {}, &ok);
        if (!ok)
            return false;
    }
    const QTimeZone zone = SiteSettingsRepository(*m_database).timeZone();
    if (action == WorkflowAction::Schedule) {
        const QDateTime suggestion = document()->saved().scheduledAt.isValid()
            ? document()->saved().scheduledAt
            : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0), zone);
        ScheduleDialog dialog(zone, suggestion, this);
        if (dialog.exec() != QDialog::Accepted)
            return false;
        if (dialog.publishNow())
            action = WorkflowAction::Publish; // the time typed had passed: out now, as asked
        else
            when = dialog.newsroomTime().toUTC();
    }
    const Expected<Article> done = m_session->perform(action, note, when);
    if (!done) {
        QMessageBox::warning(this, tr("Not Done"), done.error().message);
        return false;
    }
    QString message = tr("“%1” is %2 now").arg(done->headline, statusLabel(done->status).toLower());
    if (action == WorkflowAction::Schedule) {
        message += tr(", going out at %1 newsroom time").arg(QLocale().toString(done->scheduledAt.toTimeZone(zone), u"dd.MM.yyyy HH:mm"_s));
        if (done->scheduledAt.toTimeZone(zone).offsetFromUtc() != done->scheduledAt.toLocalTime().offsetFromUtc())
            message += tr(" (%1 here)").arg(QLocale().toString(done->scheduledAt.toLocalTime(), u"HH:mm"_s));
    }
    statusBar()->showMessage(message, 8000);
    if (m_siteKeeper && (action == WorkflowAction::Publish || action == WorkflowAction::Unpublish || action == WorkflowAction::Correct))
        m_siteKeeper->siteChanged();
    m_browser->refresh();
    updateStoryActions();
    return true;
}

void MainWindow::showHistory()
{
    if (openStoryId() == 0)
        return;
    const Expected<QList<WorkflowEvent>> events = Workflow(*m_database).history(openStoryId());
    if (!events) {
        QMessageBox::warning(this, tr("Cannot Show the History"), events.error().message);
        return;
    }
    const QHash<qint64, QString> names = staffNames();
    HistoryDialog(*events, names, SiteSettingsRepository(*m_database).timeZone(), this).exec();
}

std::function<QString(qint64)> MainWindow::sectionNamer() const
{
    Database *database = m_database;
    return [database](qint64 id) {
        const Expected<QString> path = CategoryRepository(*database).pathOf(id);
        return path ? QString(*path).replace(u'/', u" › "_s) : QString::number(id);
    };
}

QHash<qint64, QString> MainWindow::staffNames() const
{
    QHash<qint64, QString> names;
    if (const Expected<QList<Person>> staff = PeopleRepository(*m_database).list()) {
        for (const Person &person : *staff)
            names.insert(person.id, person.name);
    }
    return names;
}

void MainWindow::showRevisions()
{
    if (openStoryId() == 0)
        return;
    const Expected<QList<Revision>> revisions = ArticleRepository(*m_database).revisions(openStoryId());
    if (!revisions) {
        QMessageBox::warning(this, tr("Cannot Show the Revisions"), revisions.error().message);
        return;
    }
    const QHash<qint64, QString> names = staffNames();
    RevisionsDialog dialog(*revisions, document()->snapshot(), names, SiteSettingsRepository(*m_database).timeZone(),
                           sectionNamer(), this);
    if (dialog.exec() == QDialog::Accepted && dialog.chosenRevision() > 0)
        restoreRevision(dialog.chosenRevision());
}

bool MainWindow::restoreRevision(int revision)
{
    if (!document())
        return false;
    const Expected<Article> restored = m_session->restoreRevision(revision);
    if (!restored) {
        if (restored.error().kind == Error::Kind::Cancelled)
            statusBar()->showMessage(restored.error().message);
        else
            QMessageBox::warning(this, tr("Cannot Save"), restored.error().message);
        return false;
    }
    m_browser->refresh();
    return true;
}

void MainWindow::publishDueStories()
{
    if (!m_database)
        return;
    const Expected<Workflow::DueReport> report = Workflow(*m_database).publishDue(QDateTime::currentDateTimeUtc());
    if (!report) {
        statusBar()->showMessage(tr("Scheduled stories could not be published: %1").arg(report.error().message));
        return;
    }
    const QList<qint64> *published = &report->published;
    if (!report->heldBack.isEmpty()) {
        const Workflow::DueReport::Problem &first = report->heldBack.first();
        statusBar()->showMessage(tr("“%1” was not published at its time and is back with the desk: %2")
                                     .arg(first.headline, first.reason));
        m_browser->refresh();
    }
    if (published->isEmpty())
        return;
    if (report->heldBack.isEmpty())
        statusBar()->showMessage(tr("Published %n scheduled stories.", nullptr, int(published->size())), 8000);
    if (m_siteKeeper)
        m_siteKeeper->siteChanged();
    // The story in the editor may be one of them: it moves on to the published revision
    // unless there is unsaved text (which then meets that revision as a conflict).
    if (published->contains(openStoryId()))
        m_session->followStored();
    m_browser->refresh();
    updateStoryActions();
}

} // namespace Newsroom
