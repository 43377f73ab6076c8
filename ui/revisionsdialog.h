// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/revision.h"

#include <QDialog>
#include <QTimeZone>
#include <functional>

class QListWidget;
class QTextBrowser;
class QCheckBox;

namespace Newsroom {

// A story's revisions, newest first. For the one chosen: what it changed against the
// one before, field by field and the body word by word, or against the current text;
// and a way to put its text back as a new revision.
class RevisionsDialog : public QDialog
{
    Q_OBJECT

public:
    RevisionsDialog(const QList<Revision> &revisions, const Article &current, const QHash<qint64, QString> &names,
                    const QTimeZone &zone, std::function<QString(qint64)> categoryName, QWidget *parent = nullptr);

    // The revision chosen to restore, after the dialog was accepted.
    int chosenRevision() const;
    QListWidget *list() const { return m_list; }
    QTextBrowser *comparison() const { return m_comparison; }
    QCheckBox *againstCurrent() const { return m_againstCurrent; }

private:
    void showChosen();

    QList<Revision> m_revisions; // oldest first
    Article m_current;
    std::function<QString(qint64)> m_categoryName;
    QListWidget *m_list;
    QTextBrowser *m_comparison;
    QCheckBox *m_againstCurrent;
};

} // namespace Newsroom
