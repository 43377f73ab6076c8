// SPDX-License-Identifier: GPL-3.0-or-later
#include "storydesk.h"

#include "commentspanel.h"
#include "document/articledocument.h"
#include "editbanner.h"
#include "mergedialog.h"
#include "photopanel.h"
#include "previewpane.h"
#include "recoverydialog.h"
#include "session/newsroomservice.h"
#include "storyeditor.h"
#include "workflow/trash.h"

#include <QInputDialog>
#include <QKeySequence>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QUndoGroup>
#include <QTimeZone>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// A moment as the desk shows it: on the newsroom's clock, in the locale's short form with
// the year whole (Kazakh's short form cuts it to two digits).
QString newsroomTime(const QDateTime &at, const QTimeZone &zone)
{
    QString format = QLocale().dateTimeFormat(QLocale::ShortFormat);
    if (!format.contains(u"yyyy"_s))
        format.replace(u"yy"_s, u"yyyy"_s);
    return QLocale().toString(at.toTimeZone(zone), format);
}

} // namespace

StoryDesk::StoryDesk(StorySession *session, NewsroomService *newsroom, Views views, QWidget *window)
    : QObject(window)
    , m_session(session)
    , m_newsroom(newsroom)
    , m_views(views)
    , m_window(window)
{
    m_session->setDecisions(this);
    connect(m_session, &StorySession::documentReplaced, this, &StoryDesk::attach);
    connect(m_session, &StorySession::leaseChanged, this, &StoryDesk::showLease);
    connect(m_session, &StorySession::newerElsewhere, this, [this](const QString &colleague, bool reloaded) {
        if (reloaded) {
            Q_EMIT message(tr("%1 saved a newer version; it is shown now.").arg(colleague), 5000);
            return;
        }
        m_newerBy = colleague;
        showLease();
    });
    connect(m_session, &StorySession::saved, this, [this](const Article &story) {
        m_newerBy.clear(); // what they saved is in this revision now
        showLease();
        showStatus();
        m_views.comments->setStory(story.id); // a new story can take comments now
    });
    connect(m_session, &StorySession::trashChanged, this, [this](const Article &story) {
        showLease();
        showStatus();
        m_views.comments->setStory(story.id); // its history has a step more
    });
    connect(m_session, &StorySession::stepTaken, this, [this](WorkflowAction, const Article &story) {
        showStatus();
        m_views.comments->setStory(story.id);
    });
    connect(m_views.editor, &StoryEditor::addToDictionaryRequested, this, &StoryDesk::addToDictionary);
    connect(m_views.editor->banner(), &EditBanner::takeOverRequested, this, [this] {
        m_session->takeOver([this](const Status &taken) {
            if (!taken)
                return Q_EMIT message(taken.error().message, 0);
            Q_EMIT message(tr("You are editing the story now. Your colleague's unsaved text, if any, arrives as a "
                              "new revision in a moment."),
                           10000);
        });
    });
}

StoryDesk::~StoryDesk()
{
    m_session->setDecisions(nullptr);
}

void StoryDesk::addToDictionary(const QString &word)
{
    m_newsroom->addWord({word}, this, [this, word](const Status &added) {
        if (!added)
            return Q_EMIT message(
                tr("Cannot add “%1” to the newsroom dictionary: %2").arg(word, added.error().message), 0);
        m_views.editor->addNewsroomWord({word});
        Q_EMIT message(tr("“%1” is in the newsroom dictionary now, for every desk.").arg(word), 5000);
    });
}

void StoryDesk::loadWords()
{
    StoryEditor *editor = m_views.editor;
    m_newsroom->words(editor, [editor](Expected<QList<DictionaryWord>> words) {
        if (words)
            editor->setNewsroomWords(*words);
    });
}

void StoryDesk::attach(ArticleDocument *document, bool reloaded)
{
    StoryEditor *editor = m_views.editor;
    // Where the reader was, so that a colleague's save does not throw them to the top.
    const int cursor = editor->bodyEdit()->textCursor().position();
    const int scroll = editor->bodyEdit()->verticalScrollBar()->value();
    if (!reloaded)
        m_newerBy.clear();
    if (document) {
        loadWords(); // a colleague may have added some
    }
    editor->setDocument(document);
    editor->setVisible(document != nullptr);
    m_views.preview->setDocument(document);
    m_views.photos->setDocument(document);
    m_views.comments->setStory(document ? document->saved().id : 0);
    if (document)
        m_views.undo->addStack(document->undoStack());
    if (reloaded) {
        QTextCursor restored = editor->bodyEdit()->textCursor();
        restored.setPosition(std::min<int>(cursor, editor->bodyEdit()->document()->characterCount() - 1));
        editor->bodyEdit()->setTextCursor(restored);
        editor->bodyEdit()->verticalScrollBar()->setValue(scroll);
    }
    showLease();
    showStatus();
}

void StoryDesk::showStatus()
{
    const ArticleDocument *document = m_session->document();
    if (!document)
        return;
    const Article &story = document->saved();
    const QTimeZone zone = m_newsroom->timeZone();
    const auto when = [&zone](const QDateTime &at) {
        return newsroomTime(at, zone);
    };
    QString text = statusLabel(story.status);
    QString toolTip;
    if (story.id == 0) {
        text = tr("New", "a story never saved");
        toolTip = tr("Not saved to the newsroom yet");
    } else if (story.status == ArticleStatus::Scheduled && story.scheduledAt.isValid()) {
        text = tr("Scheduled for %1").arg(when(story.scheduledAt));
        toolTip = tr("Goes out by itself at that time (newsroom time)");
    } else if (story.status == ArticleStatus::Published && story.publishedAt.isValid()) {
        text = tr("Published %1").arg(when(story.publishedAt));
        toolTip = tr("On the site: a change saved goes online at the next export");
    }
    if (story.trashedAt.isValid()) {
        text = tr("In the trash · %1").arg(text);
        toolTip = tr("Out of every list and search; Story › Restore from Trash brings it back as it was");
    }
    if (story.embargoUntil.isValid() && story.embargoUntil > QDateTime::currentDateTimeUtc()) {
        text += u" · "_s + tr("embargo until %1").arg(when(story.embargoUntil));
        toolTip += (toolTip.isEmpty() ? QString() : u"\n"_s) + tr("Kept off the site until then, whatever its state");
    }
    m_views.editor->setStatus(story.status, text, toolTip);
}

void StoryDesk::showLease()
{
    const bool writable = m_session->isWritable();
    StoryEditor *editor = m_views.editor;
    editor->setReadOnly(!writable);
    m_views.photos->setEnabled(writable);
    // Undo would change the text too, and Save has nothing to do, while it is read-only.
    ArticleDocument *document = m_session->document();
    m_views.undo->setActiveStack(document && writable ? document->undoStack() : nullptr);

    EditBanner *banner = editor->banner();
    if (m_session->isInTrash()) {
        banner->showNotice(tr("<b>In the trash</b> since %1. Restore it (Story › Restore from Trash) to change it; "
                              "after %n day(s) there an admin may delete it for good.",
                              nullptr, Trash::KeptDays)
                               .arg(newsroomTime(document->saved().trashedAt, m_newsroom->timeZone())));
        return;
    }
    const Lease &lease = m_session->lease();
    switch (lease.state) {
    case Lease::State::Colleague:
        banner->showNotice(
            tr("<b>Editing now: %1</b> (since %2). You can read the story; it opens for you when "
               "they close it.")
                .arg(lease.holder.toHtmlEscaped(),
                     QLocale().toString(lease.since.toTimeZone(m_newsroom->timeZone()).time(), QLocale::ShortFormat)),
            lease.mayTakeOver);
        return;
    case Lease::State::Denied:
        banner->showNotice(tr("You may read this story but not change it now: %1").arg(lease.reason.toHtmlEscaped()));
        return;
    case Lease::State::Lost: {
        QString kept;
        if (lease.keptRevision > 0)
            kept = tr(" Your unsaved text was kept as revision %1.").arg(lease.keptRevision);
        else if (lease.keptRevision < 0)
            kept = tr(" Your unsaved text could not be stored; it stays here and on this computer — copy it before "
                      "closing.");
        banner->showNotice(tr("<b>%1 took over editing this story.</b>%2").arg(lease.holder.toHtmlEscaped(), kept));
        return;
    }
    case Lease::State::None:
    case Lease::State::Mine:
        break;
    }
    if (m_newerBy.isEmpty() || !writable)
        return banner->clear();
    banner->showNotice(tr("%1 saved a newer version of this story. Keep writing: when you save (%2), you choose what "
                          "to keep from each.")
                           .arg(m_newerBy.toHtmlEscaped(),
                                QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText)));
}

void StoryDesk::loadChoices()
{
    m_newsroom->choices(this, [this](const Expected<Choices> &choices) {
        if (!choices)
            return;
        m_views.editor->setCategories(choices->sections);
        m_views.editor->setStaff(choices->staff);
        Q_EMIT sectionsLoaded(choices->sections);
    });
}

namespace {

Error stayed()
{
    return Error{Error::Kind::Cancelled, StoryDesk::tr("The story open stays open.")};
}

} // namespace

void StoryDesk::noNewsroom(const Reply &done)
{
    StorySession::tell(done, Error{Error::Kind::NotFound, tr("No newsroom is open.")});
}

void StoryDesk::maybeSave(Reply then)
{
    ArticleDocument *document = m_session->document();
    if (!document || !document->isModified())
        return then(Done{});
    const auto answer = QMessageBox::question(
        m_window, tr("Unsaved Changes"),
        tr("“%1” has changes that are not saved yet.").arg(document->field(ArticleDocument::Field::Headline)),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    // The autosave may have stored the text while the question was open: nothing left to save.
    if (answer == QMessageBox::Save && m_session->document() == document && !document->isModified())
        return then(Done{});
    if (answer == QMessageBox::Save)
        return save(then);
    then(answer == QMessageBox::Discard ? Status(Done{}) : Status(stayed()));
}

void StoryDesk::open(qint64 id, Reply done)
{
    maybeSave([this, id, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        m_session->open(id, [this, done](const Status &opened) {
            if (!opened)
                QMessageBox::warning(m_window, tr("Cannot Open the Story"), opened.error().message);
            else
                m_views.editor->lineEdit(ArticleDocument::Field::Headline)->setFocus();
            StorySession::tell(done, opened);
        });
    });
}

void StoryDesk::startNew(Reply done)
{
    maybeSave([this, done](const Status &ready) {
        if (ready) {
            m_session->startNew();
            m_views.editor->lineEdit(ArticleDocument::Field::Headline)->setFocus();
        }
        StorySession::tell(done, ready);
    });
}

void StoryDesk::offerRecovery(Reply done)
{
    m_session->keptTexts([this, done](const QList<KeptText> &kept, const QStringList &problems) {
        if (!problems.isEmpty())
            QMessageBox::warning(m_window, tr("Some Unsaved Text Cannot Be Read"), problems.join(u'\n'));
        if (kept.isEmpty())
            return StorySession::tell(done, Error{Error::Kind::NotFound, tr("No unsaved stories are kept on this computer.")});
        RecoveryDialog dialog(kept, m_window);
        if (dialog.exec() != QDialog::Accepted)
            return StorySession::tell(done, Done{});
        if (dialog.choice() == RecoveryDialog::Choice::Discard) {
            (void)m_session->discardKept(dialog.chosenKey());
            return StorySession::tell(done, Done{});
        }
        if (dialog.choice() == RecoveryDialog::Choice::Open)
            return recover(dialog.chosenKey(), done);
        StorySession::tell(done, Done{});
    });
}

void StoryDesk::recover(const QString &key, Reply done)
{
    maybeSave([this, key, done](const Status &ready) {
        if (!ready)
            return StorySession::tell(done, ready);
        m_session->recover(key, [this, done](const Status &recovered) {
            if (!recovered)
                Q_EMIT message(recovered.error().message, 0);
            else
                m_views.editor->bodyEdit()->setFocus();
            StorySession::tell(done, recovered);
        });
    });
}

void StoryDesk::save(Reply done)
{
    if (!m_session->document() || !m_session->isWritable()) // a colleague's story for now: nothing here was typed
        return StorySession::tell(done, Error{Error::Kind::Permission, tr("This story is not yours to change now.")});
    if (m_session->mayChangeLiveStory() || !m_session->isModified())
        return saveNow(done);
    // A published story: once per opening, the person says whether readers are told.
    const QString headline = m_session->document()->saved().headline;
    QMessageBox ask(QMessageBox::Question, tr("Change a Published Story"),
                    tr("“%1” is on the site. What you save goes online at the next export.").arg(headline),
                    QMessageBox::Cancel, m_window);
    ask.setInformativeText(tr("A correction is noted under the story for readers; a silent fix (a typo, a "
                              "caption) is not. Either way the change is kept in the story's history."));
    QPushButton *correction = ask.addButton(tr("Co&rrection…"), QMessageBox::AcceptRole);
    correction->setObjectName(u"correctionButton"_s);
    QPushButton *silent = ask.addButton(tr("&Silent Fix"), QMessageBox::AcceptRole);
    silent->setObjectName(u"silentFixButton"_s);
    ask.setDefaultButton(silent);
    ask.exec();
    if (ask.clickedButton() == silent) {
        m_session->allowLiveChanges();
        return saveNow(done);
    }
    if (ask.clickedButton() != correction)
        return StorySession::tell(done, Error{Error::Kind::Cancelled, tr("Not saved: the published story is as it was.")});
    bool ok = false;
    const QString note = QInputDialog::getMultiLineText(m_window, tr("Correct the Story"),
                                                        tr("What was corrected (readers will see this note):"), {}, &ok);
    if (!ok || note.trimmed().isEmpty())
        return StorySession::tell(done, Error{Error::Kind::Cancelled, tr("Not saved: the published story is as it was.")});
    m_session->allowLiveChanges();
    m_session->perform(WorkflowAction::Correct, note.trimmed(), {}, [this, done](const Expected<Article> &corrected) {
        if (!corrected)
            showSaveProblem(corrected.error());
        else
            Q_EMIT message(tr("Corrected “%1”: the change and its note go online at the next export.")
                               .arg(corrected->headline),
                           8000);
        StorySession::tell(done, corrected ? Status(Done{}) : Status(corrected.error()));
    });
}

void StoryDesk::saveNow(Reply done)
{
    m_session->save(StorySession::SaveMode::Asked, {}, [this, done](const Expected<Article> &saved) {
        if (!saved)
            showSaveProblem(saved.error());
        else if (saved->status == ArticleStatus::Published)
            Q_EMIT message(tr("Saved “%1”, revision %2: the change goes online at the next export.")
                               .arg(saved->headline)
                               .arg(saved->revision),
                           8000);
        StorySession::tell(done, saved ? Status(Done{}) : Status(saved.error()));
    });
}

void StoryDesk::saveIfNeeded(Reply then)
{
    const ArticleDocument *document = m_session->document();
    if (document && !document->isModified() && document->saved().id != 0)
        return then(Done{});
    // Before a workflow step the step says what happens to the site; nothing to ask.
    if (!m_session->isWritable())
        return save(then);
    saveNow(then);
}

void StoryDesk::showSaveProblem(const Error &error)
{
    if (error.kind == Error::Kind::Cancelled)
        Q_EMIT message(error.message, 0);
    else
        QMessageBox::warning(m_window, tr("Cannot Save"), error.message);
}

std::optional<QList<MergeField>> StoryDesk::chooseMerge(const QString &colleague, const Article &theirs,
                                                        const QList<MergeField> &fields)
{
    MergeDialog dialog(colleague, theirs, fields, m_window);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.choices();
}

} // namespace Newsroom
