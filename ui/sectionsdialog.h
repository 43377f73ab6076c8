// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "session/newsroomservice.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Newsroom {

// File › Sections…: the site's section tree, with how many stories each holds. Add a
// section or a subsection, rename it (its address stays, so links keep working), move it
// up, down or under another, merge it into another (its stories go along), delete an
// empty one. What is refused (a name taken, a section holding stories) is said in the
// dialog; on a server, changing sections is for admins.
class SectionsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SectionsDialog(NewsroomService &newsroom, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    QLabel *note() const { return m_note; }
    // The section chosen in the tree; 0 when none is.
    qint64 chosen() const;
    void choose(qint64 id);

    // The changes the buttons make once they have asked what they need; `done` hears how
    // it went (a refusal is also said in the dialog).
    using Reply = std::function<void(const Status &)>;
    void change(const SectionChange &change, Reply done = {});

Q_SIGNALS:
    // The tree changed: lists and editors should read the sections again.
    void sectionsChanged();

private:
    void reload(qint64 select = 0);
    void updateButtons();
    // The paths of every section but `except` and those under it, for choosing another.
    QList<std::pair<QString, qint64>> others(qint64 except) const;
    void askName(SectionChange::Kind kind, qint64 parent);
    // The section's names on the site's pages in the other languages.
    void askOtherNames();

    NewsroomService &m_newsroom;
    SectionTree m_sections;
    QTreeWidget *m_tree;
    QLabel *m_note;
    QPushButton *m_addSub;
    QPushButton *m_rename;
    QPushButton *m_otherNames;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_move;
    QPushButton *m_merge;
    QPushButton *m_delete;
};

} // namespace Newsroom
