// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/newsroomservice.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace Newsroom {

class ChangeFeed;
class NewsroomService;

// The editorial conversation about the story in the editor: the editor's request for
// changes on top when there is one, then comment threads with replies. Comments belong
// to the story, not to a revision, and never reach the site.
class CommentsPanel : public QWidget
{
    Q_OBJECT

public:
    // Without a newsroom it stays empty and disabled.
    explicit CommentsPanel(NewsroomService *newsroom, QWidget *parent = nullptr);

    void setStory(qint64 articleId);
    void refresh();
    // Shows colleagues' comments on the story as they write them.
    void follow(ChangeFeed *feed);

    // What the buttons do: a new thread, a reply to the chosen comment, or a new text
    // for it (its author's or an editor's). `done` hears how it went; a refusal's reason
    // is shown, and the text stays in the box until it is stored.
    using Reply = std::function<void(const Status &)>;
    void comment(const QString &text, Reply done = {});
    void reply(const QString &text, Reply done = {});
    void editChosen(const QString &text, Reply done = {});

    QTreeWidget *threads() const { return m_threads; }
    QLabel *request() const { return m_request; }
    QPlainTextEdit *input() const { return m_input; }

Q_SIGNALS:
    void problem(const QString &message);

private:
    void showDiscussion(const Expected<Discussion> &talk);
    qint64 chosenId() const;
    void refuse(const QString &why, const Reply &done);
    // Sends what `send` asks for, unless a comment is on its way already; then clears the
    // box if it still holds `text`, and shows the conversation again.
    void post(const QString &text, const Reply &done,
              const std::function<void(QObject *, NewsroomService::Answer<EditorialComment>)> &send);

    NewsroomService *m_newsroom;
    qint64 m_articleId = 0;
    QHash<qint64, QString> m_drafts; // comments begun on other stories, kept for their return
    QLabel *m_request;
    QTreeWidget *m_threads;
    QPlainTextEdit *m_input;
    int m_generation = 0; // which story the conversation that arrives belongs to
    bool m_posting = false;
};

} // namespace Newsroom
