// SPDX-License-Identifier: GPL-3.0-or-later
#include "commentspanel.h"

#include "session/newsroomservice.h"
#include "storage/changefeed.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <utility>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {
// When a thread began (or a request for changes was made), to keep them in order.
constexpr int WhenRole = Qt::UserRole + 1;
// A comment's own words, for Edit to start from.
constexpr int BodyRole = Qt::UserRole + 2;
} // namespace

CommentsPanel::CommentsPanel(NewsroomService *newsroom, QWidget *parent)
    : QWidget(parent)
    , m_newsroom(newsroom)
    , m_request(new QLabel(this))
    , m_threads(new QTreeWidget(this))
    , m_input(new QPlainTextEdit(this))
{
    setObjectName(u"commentsPanel"_s);
    m_request->setObjectName(u"changesRequested"_s);
    m_request->setWordWrap(true);
    m_request->setTextFormat(Qt::PlainText);
    m_request->setStyleSheet(u"background:#fff4d6; padding:6px; border-radius:3px"_s);
    m_request->hide();
    m_threads->setObjectName(u"commentThreads"_s);
    m_threads->setAccessibleName(tr("Comments"));
    m_threads->setHeaderHidden(true);
    m_threads->setWordWrap(true);
    m_threads->setColumnCount(1);
    m_threads->header()->setSectionResizeMode(QHeaderView::Stretch); // as wide as the panel, so text wraps
    m_threads->setTextElideMode(Qt::ElideNone);
    // Rows are as tall as their wrapped text at the panel's width: measured again when it changes.
    connect(m_threads->header(), &QHeaderView::sectionResized, m_threads, &QTreeView::doItemsLayout);
    m_input->setObjectName(u"commentInput"_s);
    m_input->setAccessibleName(tr("New comment"));
    m_input->setPlaceholderText(tr("A comment for the desk (never published)"));
    m_input->setTabChangesFocus(true);
    m_input->setFixedHeight(m_input->fontMetrics().lineSpacing() * 3 + 12);
    auto *add = new QPushButton(tr("Co&mment"), this);
    add->setObjectName(u"commentAdd"_s);
    auto *answer = new QPushButton(tr("Re&ply"), this);
    answer->setObjectName(u"commentReply"_s);
    auto *change = new QPushButton(tr("&Edit"), this);
    change->setObjectName(u"commentEdit"_s);
    connect(add, &QPushButton::clicked, this, [this] { comment(m_input->toPlainText()); });
    connect(answer, &QPushButton::clicked, this, [this] { reply(m_input->toPlainText()); });
    // Edit with nothing typed puts the chosen comment's text in the box to be changed;
    // Edit again saves it.
    connect(change, &QPushButton::clicked, this, [this] {
        if (m_input->toPlainText().trimmed().isEmpty() && m_threads->currentItem()
            && m_threads->currentItem()->data(0, BodyRole).isValid()) {
            m_input->setPlainText(m_threads->currentItem()->data(0, BodyRole).toString());
            m_input->setFocus();
            m_input->moveCursor(QTextCursor::End);
            return;
        }
        editChosen(m_input->toPlainText());
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(answer);
    buttons->addWidget(change);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_request);
    layout->addWidget(m_threads, 1);
    layout->addWidget(m_input);
    layout->addLayout(buttons);
    setStory(0);
}

void CommentsPanel::setStory(qint64 articleId)
{
    // A comment begun on one story waits for it; it never goes to the next one.
    if (articleId != m_articleId) {
        if (const QString draft = m_input->toPlainText(); !draft.isEmpty())
            m_drafts.insert(m_articleId, draft);
        else
            m_drafts.remove(m_articleId);
        m_input->setPlainText(m_drafts.take(articleId));
    }
    m_articleId = articleId;
    setEnabled(m_newsroom && articleId > 0);
    refresh();
}

qint64 CommentsPanel::chosenId() const
{
    return m_threads->currentItem() ? m_threads->currentItem()->data(0, Qt::UserRole).toLongLong() : 0;
}

void CommentsPanel::follow(ChangeFeed *feed)
{
    connect(feed, &ChangeFeed::commentsChanged, this, [this](qint64 id) {
        if (id == m_articleId && id != 0)
            refresh();
    });
    connect(feed, &ChangeFeed::resynced, this, [this] {
        if (m_articleId != 0)
            refresh();
    });
}

void CommentsPanel::refresh()
{
    const int generation = ++m_generation;
    if (!m_newsroom || m_articleId == 0) {
        m_threads->clear();
        m_request->hide();
        return;
    }
    m_newsroom->discussion(m_articleId, this, [this, generation](Expected<Discussion> talk) {
        if (generation == m_generation)
            showDiscussion(talk);
    });
}

void CommentsPanel::showDiscussion(const Expected<Discussion> &talk)
{
    m_threads->clear();
    m_request->hide();
    if (!talk)
        return;
    const QTimeZone zone = talk->zone;
    const auto when = [&](const QDateTime &time) { return QLocale().toString(time.toTimeZone(zone), u"dd.MM HH:mm"_s); };
    const auto asked = [&](const WorkflowEvent &request) {
        return tr("%1 asked for changes (%2): %3")
            .arg(request.personId ? talk->names.value(request.personId) : tr("An editor"), when(request.at),
                 request.note.isEmpty() ? tr("no note") : request.note);
    };
    // The latest request for changes stands above the thread while the story is back
    // with its reporter; those answered since stay in the thread, folded, where they fell.
    // A request is the step into "changes requested"; steps that keep a state (a move to
    // the trash and back) neither make one nor answer one.
    QList<const WorkflowEvent *> answered;
    const WorkflowEvent *open = nullptr;
    for (const WorkflowEvent &event : talk->history) {
        if (event.from == event.to)
            continue;
        if (open) // the story moved on from the request: answered
            answered.append(std::exchange(open, nullptr));
        if (event.to == ArticleStatus::ChangesRequested)
            open = &event;
    }
    if (open) {
        m_request->setText(asked(*open));
        m_request->show();
    }
    QHash<qint64, QTreeWidgetItem *> threads;
    for (const EditorialComment &comment : talk->comments) {
        const QString who = comment.authorId ? talk->names.value(comment.authorId) : tr("the newsroom");
        const QString edited = comment.updatedAt != comment.createdAt ? tr(" (edited)") : QString();
        QTreeWidgetItem *parent = threads.value(comment.parentId);
        auto *item = parent ? new QTreeWidgetItem(parent) : new QTreeWidgetItem(m_threads);
        item->setText(0, u"%1 · %2%3\n%4"_s.arg(who, when(comment.createdAt), edited, comment.body));
        item->setData(0, Qt::UserRole, comment.id);
        item->setData(0, BodyRole, comment.body);
        item->setToolTip(0, comment.body);
        if (!parent) {
            threads.insert(comment.id, item);
            item->setData(0, WhenRole, comment.createdAt);
        }
    }
    m_threads->expandAll();
    for (const WorkflowEvent *request : std::as_const(answered)) {
        int row = 0;
        while (row < m_threads->topLevelItemCount()
               && m_threads->topLevelItem(row)->data(0, WhenRole).toDateTime() <= request->at)
            ++row;
        auto *item = new QTreeWidgetItem;
        item->setText(0, tr("✓ Changes asked %1: answered").arg(when(request->at)));
        item->setData(0, WhenRole, request->at);
        item->setToolTip(0, asked(*request));
        item->setForeground(0, palette().brush(QPalette::Disabled, QPalette::Text));
        auto *what = new QTreeWidgetItem(item);
        what->setText(0, asked(*request));
        m_threads->insertTopLevelItem(row, item); // folded: the thread is about what is open now
    }
}

void CommentsPanel::post(const QString &text, const Reply &done,
                         const std::function<void(QObject *, NewsroomService::Answer<EditorialComment>)> &send)
{
    const auto tell = [done](const Status &status) {
        if (done)
            done(status);
    };
    if (!m_newsroom || m_articleId == 0)
        return tell(failure(tr("no story is open")));
    if (m_posting)
        return tell(failure(tr("the last comment is still being sent")));
    m_posting = true;
    send(this, [this, text, tell](const Expected<EditorialComment> &sent) {
        m_posting = false;
        if (!sent) {
            Q_EMIT problem(sent.error().message);
            return tell(sent.error());
        }
        if (m_input->toPlainText() == text) // what was typed meanwhile stays
            m_input->clear();
        refresh();
        tell(Done{});
    });
}

void CommentsPanel::refuse(const QString &why, const Reply &done)
{
    Q_EMIT problem(why);
    if (done)
        done(failure(why));
}

void CommentsPanel::comment(const QString &text, Reply done)
{
    post(text, done, [this, text](QObject *context, NewsroomService::Answer<EditorialComment> sent) {
        m_newsroom->addComment(m_articleId, text, 0, context, std::move(sent));
    });
}

void CommentsPanel::reply(const QString &text, Reply done)
{
    if (m_newsroom && m_articleId != 0 && chosenId() == 0)
        return refuse(tr("Choose the comment to reply to."), done);
    post(text, done, [this, text, parent = chosenId()](QObject *context, NewsroomService::Answer<EditorialComment> sent) {
        m_newsroom->addComment(m_articleId, text, parent, context, std::move(sent));
    });
}

void CommentsPanel::editChosen(const QString &text, Reply done)
{
    if (m_newsroom && chosenId() == 0)
        return refuse(tr("Choose the comment to change."), done);
    post(text, done, [this, text, chosen = chosenId()](QObject *context, NewsroomService::Answer<EditorialComment> sent) {
        m_newsroom->editComment(chosen, text, context, std::move(sent));
    });
}

} // namespace Newsroom
