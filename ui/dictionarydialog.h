// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dictionaryword.h"
#include "domain/result.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace Newsroom {

class NewsroomService;

// The newsroom dictionary: the words the spelling check knows besides hunspell's, shared
// by every desk, which a new newsroom starts with the words of Kazakhstan. Find a word,
// add one (with its endings, or in that form only), remove the chosen ones. On a server,
// removing is for editors; the server's refusal is said in the dialog.
class DictionaryDialog : public QDialog
{
    Q_OBJECT

public:
    explicit DictionaryDialog(NewsroomService &newsroom, QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QLineEdit *filterEdit() const { return m_filter; }
    QLineEdit *wordEdit() const { return m_word; }
    QCheckBox *exactBox() const { return m_exact; }
    QLabel *note() const { return m_note; }
    // The word typed below the list, added; the chosen words, removed. `done` hears how
    // it went (the reason is also shown when not).
    void addFromForm(std::function<void(const Status &)> done = {});
    void removeChosen(std::function<void(const Status &)> done = {});

private:
    void reload();
    void showWords();
    void said(const Status &status, const std::function<void(const Status &)> &done);

    NewsroomService &m_newsroom;
    QList<DictionaryWord> m_words;
    QLineEdit *m_filter = nullptr;
    QListWidget *m_list = nullptr;
    QLineEdit *m_word = nullptr;
    QCheckBox *m_exact = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_note = nullptr;
};

} // namespace Newsroom
