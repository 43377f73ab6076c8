// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "session/storysession.h"

#include <QDialog>
#include <optional>

class QDialogButtonBox;
class QListWidget;
class QPushButton;
class QTextBrowser;

namespace Newsroom {

// Offered at start when the journal holds work the database does not have: every story
// with its unsaved text, and what that text changes in the stored story. Nothing is
// decided for the reporter: Open brings one back into the editor, Discard drops one
// after asking, Later keeps them all for the next start.
class RecoveryDialog : public QDialog
{
    Q_OBJECT

public:
    RecoveryDialog(const QList<KeptText> &items, QWidget *parent = nullptr);

    enum class Choice { Later, Open, Discard };
    Choice choice() const { return m_choice; }
    // The entry chosen to open or discard.
    QString chosenKey() const;

    QListWidget *list() const { return m_list; }
    QTextBrowser *differences() const { return m_differences; }

    // What `typed` changes in `stored`, field by field, words marked, as HTML.
    static QString differencesHtml(const Article &typed, const std::optional<Article> &stored);

private:
    void showItem(int row);

    QList<KeptText> m_items;
    QListWidget *m_list;
    QTextBrowser *m_differences;
    QPushButton *m_open;
    QPushButton *m_discard;
    Choice m_choice = Choice::Later;
};

} // namespace Newsroom
