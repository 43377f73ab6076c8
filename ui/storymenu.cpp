// SPDX-License-Identifier: GPL-3.0-or-later
#include "storymenu.h"

#include "document/articledocument.h"
#include "revisionsdialog.h"
#include "session/storysession.h"
#include "session/newsroomservice.h"
#include "storydesk.h"
#include "storylistmodel.h"
#include "workflowdialogs.h"

#include <QAction>
#include <QInputDialog>
#include <QKeySequence>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Newsroom {

StoryMenu::StoryMenu(StoryDesk *desk, QWidget *window)
    : QMenu(tr("&Story"), window)
    , m_desk(desk)
    , m_session(desk ? desk->session() : nullptr)
    , m_newsroom(desk ? desk->newsroom() : nullptr)
    , m_window(window)
{
    setObjectName(u"storyMenu"_s);
    const std::pair<WorkflowAction, QString> steps[] = {
        {WorkflowAction::Submit, tr("S&ubmit for Review")},   {WorkflowAction::RequestChanges, tr("&Request Changes…")},
        {WorkflowAction::Approve, tr("&Approve")},             {WorkflowAction::Schedule, tr("Sc&hedule…")},
        {WorkflowAction::Unschedule, tr("&Take off the Schedule")}, {WorkflowAction::Publish, tr("&Publish Now")},
        {WorkflowAction::Unpublish, tr("U&npublish")},          {WorkflowAction::Correct, tr("&Correct…")},
    };
    // The steps of every day have keys of their own (shown in the menu).
    const QHash<WorkflowAction, QKeySequence> keys = {
        {WorkflowAction::Submit, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_U)},
        {WorkflowAction::Approve, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A)},
        {WorkflowAction::Schedule, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_H)},
        {WorkflowAction::Publish, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P)},
    };
    setToolTipsVisible(true); // why a step cannot be taken is said on the step
    for (const auto &[step, label] : steps) {
        QAction *action = addAction(label, this, [this, step] { performWorkflow(step); });
        action->setObjectName(u"actionWorkflow-"_s + actionName(step));
        if (keys.contains(step)) {
            action->setShortcut(keys.value(step));
            window->addAction(action); // the key works with the menu closed
        }
        m_workflowActions.insert(step, action);
        if (step == WorkflowAction::Approve || step == WorkflowAction::Unschedule)
            addSeparator();
    }
    m_embargo = addAction(tr("&Embargo…"), this, [this] { setEmbargo(); });
    m_embargo->setObjectName(u"actionEmbargo"_s);
    m_embargo->setToolTip(tr("Keep the story off the exported site until a time"));
    addSeparator();
    m_history = addAction(tr("&History…"), this, [this] { showHistory(); });
    m_history->setObjectName(u"actionHistory"_s);
    m_revisions = addAction(tr("Re&visions…"), this, [this] { showRevisions(); });
    m_revisions->setObjectName(u"actionRevisions"_s);
    addSeparator();
    m_trash = addAction(tr("Move to &Trash"), this, [this] {
        if (m_session && m_session->isInTrash())
            restoreFromTrash();
        else
            moveToTrash();
    });
    m_trash->setObjectName(u"actionStoryTrash"_s);
    connect(this, &QMenu::aboutToShow, this, &StoryMenu::updateActions);
    if (m_session) { // the keys work with the menu closed: kept current as the story changes
        connect(m_session, &StorySession::documentReplaced, this, &StoryMenu::updateActions);
        connect(m_session, &StorySession::saved, this, &StoryMenu::updateActions);
        connect(m_session, &StorySession::stepTaken, this, &StoryMenu::updateActions);
        connect(m_session, &StorySession::leaseChanged, this, &StoryMenu::updateActions);
    }
    updateActions();
}

namespace {

Error notNow()
{
    return Error{Error::Kind::Cancelled, StoryMenu::tr("Nothing was done.")};
}

} // namespace

void StoryMenu::setEmbargo(StorySession::Reply done)
{
    if (!m_session || !m_session->document() || !m_session->actor() || m_session->storyId() == 0)
        return StorySession::tell(done, notNow());
    // The embargo is set on the story as it is now: what is typed is saved first.
    m_desk->saveIfNeeded([this, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        const QTimeZone zone = m_newsroom->timeZone();
        const QDateTime current = m_session->document()->saved().embargoUntil;
        ScheduleDialog dialog(zone,
                              current.isValid() ? current : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0), zone),
                              m_window, ScheduleDialog::Purpose::Embargo);
        if (dialog.exec() != QDialog::Accepted)
            return StorySession::tell(done, notNow());
        const QDateTime until = dialog.lifted() ? QDateTime() : dialog.newsroomTime().toUTC();
        m_session->setEmbargo(until, [this, done, until, zone](const Expected<Article> &set) {
            if (!set) {
                QMessageBox::warning(m_window, tr("Cannot Set the Embargo"), set.error().message);
                return StorySession::tell(done, set.error());
            }
            Q_EMIT message(until.isValid() ? tr("“%1” stays off the site until %2 newsroom time")
                                                 .arg(set->headline, QLocale().toString(until.toTimeZone(zone),
                                                                                        u"dd.MM.yyyy HH:mm"_s))
                                           : tr("The embargo on “%1” is lifted").arg(set->headline),
                           8000);
            StorySession::tell(done, Done{});
        });
    });
}

void StoryMenu::updateActions()
{
    // Shown only as far as core would allow them; core checks again when one is taken.
    // A story never saved can take its first step (it is saved first); what cannot be
    // done says why, on the action and in the status bar.
    const bool open = m_session && m_session->document() && m_session->actor();
    const bool stored = open && m_session->storyId() > 0;
    const QString noStory = tr("Open a story or start a new one first");
    const QString notSaved = tr("Save the story first");
    for (auto it = m_workflowActions.cbegin(); it != m_workflowActions.cend(); ++it) {
        bool allowed = open;
        QString why = open ? QString() : noStory;
        if (open) {
            const Status check = m_newsroom->mayTake(it.key(), m_session->document()->snapshot());
            // What is missing can be written before publishing: those steps stay open
            // and say what is missing when taken.
            allowed = check || check.error().kind == Error::Kind::Invalid;
            why = check ? QString() : check.error().message;
        }
        it.value()->setEnabled(allowed);
        it.value()->setToolTip(why.isEmpty() ? QString(it.value()->text()).remove(u'&') : why);
        it.value()->setStatusTip(why);
    }
    const auto explain = [&](QAction *action, bool allowed, const QString &otherwise) {
        action->setEnabled(allowed);
        action->setToolTip(allowed ? QString(action->text()).remove(u'&') : otherwise);
        action->setStatusTip(allowed ? QString() : otherwise);
    };
    const bool mayEmbargo = open && roleMay(m_session->actor()->role, Capability::Schedule);
    explain(m_embargo, stored && mayEmbargo,
            !open ? noStory : !mayEmbargo ? tr("Only editors set an embargo") : notSaved);
    if (m_embargo->isEnabled())
        m_embargo->setToolTip(tr("Keep the story off the exported site until a time"));
    const bool inTrash = open && m_session->isInTrash();
    m_trash->setText(inTrash ? tr("Restore from &Trash") : tr("Move to &Trash"));
    const Status mayTrash = open ? m_newsroom->mayTrash(m_session->document()->saved()) : Status(Done {});
    explain(m_trash, stored && mayTrash,
            !open          ? noStory
                : !stored  ? notSaved
                : mayTrash ? QString()
                           : mayTrash.error().message);
    explain(m_history, stored, open ? notSaved : noStory);
    explain(m_revisions, stored, open ? notSaved : noStory);
}

void StoryMenu::performWorkflow(WorkflowAction action, StorySession::Reply done)
{
    if (!m_session || !m_session->document() || !m_session->actor())
        return StorySession::tell(done, notNow());
    // The step applies to the story as it is now: what is typed is saved first.
    m_desk->saveIfNeeded([this, action, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        takeStep(action, done);
    });
}

void StoryMenu::takeStep(WorkflowAction action, const StorySession::Reply &done)
{
    QString note;
    QDateTime when;
    if (action == WorkflowAction::RequestChanges || action == WorkflowAction::Correct) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(
            m_window, action == WorkflowAction::Correct ? tr("Correct the Story") : tr("Request Changes"),
            action == WorkflowAction::Correct ? tr("What was corrected (readers will see this note):")
                                              : tr("What should the reporter change?"),
            {}, &ok);
        if (!ok)
            return StorySession::tell(done, notNow());
    }
    const QTimeZone zone = m_newsroom->timeZone();
    if (action == WorkflowAction::Schedule) {
        const QDateTime suggestion = m_session->document()->saved().scheduledAt.isValid()
            ? m_session->document()->saved().scheduledAt
            : QDateTime(QDate::currentDate().addDays(1), QTime(9, 0), zone);
        ScheduleDialog dialog(zone, suggestion, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return StorySession::tell(done, notNow());
        if (dialog.publishNow())
            action = WorkflowAction::Publish; // the time typed had passed: out now, as asked
        else
            when = dialog.newsroomTime().toUTC();
    }
    // A translation behind its original is said before it goes further: publishing it
    // would put an older text on the site beside the corrected one.
    if (action == WorkflowAction::Approve || action == WorkflowAction::Schedule || action == WorkflowAction::Publish) {
        const qint64 id = m_session->storyId();
        m_newsroom->translations(id, this, [this, id, action, note, when, done](const Expected<Translations> &found) {
            if (m_session->storyId() != id)
                return StorySession::tell(done, notNow());
            if (found && !found->behind.isEmpty()) {
                QMessageBox ask(QMessageBox::Warning, tr("The Original Has Changed"), found->behind,
                                QMessageBox::Cancel, m_window);
                ask.setInformativeText(tr("View › Translations shows what changed in the original. Once the "
                                          "translation says the same, mark it reviewed there."));
                QPushButton *anyway = ask.addButton(action == WorkflowAction::Approve  ? tr("Approve Anyway")
                                                    : action == WorkflowAction::Schedule ? tr("Schedule Anyway")
                                                                                         : tr("Publish Anyway"),
                                                    QMessageBox::AcceptRole);
                ask.setDefaultButton(QMessageBox::Cancel);
                ask.exec();
                if (ask.clickedButton() != anyway)
                    return StorySession::tell(done, notNow());
            }
            performStep(action, note, when, done);
        });
        return;
    }
    performStep(action, note, when, done);
}

void StoryMenu::performStep(WorkflowAction action, const QString &note, const QDateTime &when,
                            const StorySession::Reply &done)
{
    const QTimeZone zone = m_newsroom->timeZone();
    m_session->perform(action, note, when, [this, action, zone, done](const Expected<Article> &taken) {
        if (!taken) {
            QMessageBox::warning(m_window, tr("Not Done"), taken.error().message);
            return StorySession::tell(done, taken.error());
        }
        QString said = tr("“%1” is %2 now").arg(taken->headline, statusLabel(taken->status).toLower());
        if (action == WorkflowAction::Schedule) {
            const QDateTime at = taken->scheduledAt.toTimeZone(zone);
            said += tr(", going out at %1 newsroom time").arg(QLocale().toString(at, u"dd.MM.yyyy HH:mm"_s));
            if (at.offsetFromUtc() != taken->scheduledAt.toLocalTime().offsetFromUtc())
                said += tr(" (%1 here)").arg(QLocale().toString(taken->scheduledAt.toLocalTime(), u"HH:mm"_s));
        }
        Q_EMIT message(said, 8000);
        Q_EMIT storyChanged();
        updateActions();
        StorySession::tell(done, Done{});
    });
}

void StoryMenu::showHistory(StorySession::Reply done)
{
    if (!m_session || m_session->storyId() == 0)
        return StorySession::tell(done, notNow());
    const qint64 id = m_session->storyId();
    m_newsroom->record(id, this, [this, id, done](const Expected<StoryRecord> &record) {
        if (m_session->storyId() != id) // another story was opened meanwhile
            return StorySession::tell(done, notNow());
        if (!record) {
            QMessageBox::warning(m_window, tr("Cannot Show the History"), record.error().message);
            return StorySession::tell(done, record.error());
        }
        HistoryDialog(record->history, record->names, m_newsroom->timeZone(), m_window).exec();
        StorySession::tell(done, Done{});
    });
}

void StoryMenu::showRevisions(StorySession::Reply done)
{
    if (!m_session || m_session->storyId() == 0)
        return StorySession::tell(done, notNow());
    const qint64 id = m_session->storyId();
    m_newsroom->record(id, this, [this, id, done](const Expected<StoryRecord> &record) {
        if (m_session->storyId() != id || !m_session->document())
            return StorySession::tell(done, notNow());
        if (!record) {
            QMessageBox::warning(m_window, tr("Cannot Show the Revisions"), record.error().message);
            return StorySession::tell(done, record.error());
        }
        const QHash<qint64, QString> paths = record->sectionPaths;
        RevisionsDialog dialog(record->revisions, m_session->document()->snapshot(), record->names,
                               m_newsroom->timeZone(),
                               [paths](qint64 section) {
                                   return section > 0 ? paths.value(section, QString::number(section)) : QString();
                               },
                               m_window);
        if (dialog.exec() == QDialog::Accepted && dialog.chosenRevision() > 0) {
            // What was typed since the last save is replaced: said before it is.
            if (m_session->isModified()
                && QMessageBox::question(m_window, tr("Restore Revision %1").arg(dialog.chosenRevision()),
                                         tr("The text you have not saved is replaced by revision %1, which is saved "
                                            "as the newest. Undo (%2) brings your text back.")
                                             .arg(dialog.chosenRevision())
                                             .arg(QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText)),
                                         QMessageBox::Ok | QMessageBox::Cancel, QMessageBox::Cancel)
                    != QMessageBox::Ok)
                return StorySession::tell(done, notNow());
            return restoreRevision(dialog.chosenRevision(), done);
        }
        StorySession::tell(done, Done{});
    });
}

void StoryMenu::moveToTrash(StorySession::Reply done)
{
    if (!m_session || !m_session->document() || m_session->storyId() == 0)
        return StorySession::tell(done, notNow());
    // What is typed goes with it: saved first, then moved.
    m_desk->saveIfNeeded([this, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        m_session->moveToTrash([this, done](const Expected<Article> &moved) {
            if (!moved) {
                QMessageBox::warning(m_window, tr("Not Moved to the Trash"), moved.error().message);
                return StorySession::tell(done, moved.error());
            }
            Q_EMIT message(tr("“%1” is in the trash. Story › Restore from Trash brings it back.").arg(moved->headline),
                           10000);
            Q_EMIT storyChanged();
            updateActions();
            StorySession::tell(done, Done {});
        });
    });
}

void StoryMenu::restoreFromTrash(StorySession::Reply done)
{
    if (!m_session || !m_session->isInTrash())
        return StorySession::tell(done, notNow());
    m_session->restoreFromTrash([this, done](const Expected<Article> &back) {
        if (!back) {
            QMessageBox::warning(m_window, tr("Not Restored"), back.error().message);
            return StorySession::tell(done, back.error());
        }
        Q_EMIT message(tr("“%1” is back among the stories.").arg(back->headline), 8000);
        Q_EMIT storyChanged();
        updateActions();
        StorySession::tell(done, Done {});
    });
}

void StoryMenu::restoreRevision(int revision, StorySession::Reply done)
{
    if (!m_session || !m_session->document())
        return StorySession::tell(done, notNow());
    m_session->restoreRevision(revision, [this, done](const Expected<Article> &restored) {
        if (!restored) {
            m_desk->showSaveProblem(restored.error());
            return StorySession::tell(done, restored.error());
        }
        Q_EMIT storyChanged();
        StorySession::tell(done, Done{});
    });
}

} // namespace Newsroom
