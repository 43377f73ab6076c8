// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "editjournal.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace Newsroom {

class ArticleDocument;

// Keeps one document's unsaved text safe: in the local journal at most JournalDelay
// after any edit (a timer that typing does not push back, so a reporter who never
// pauses still loses at most that much), and asks for a save to the database once the
// reporter has paused for StoreDelay. The journal entry goes when the database has
// everything the document holds.
class Autosaver : public QObject
{
    Q_OBJECT

public:
    static constexpr std::chrono::milliseconds JournalDelay{1000};
    static constexpr std::chrono::milliseconds StoreDelay{10000};

    // `key`: the journal entry to use (one being recovered); empty picks one.
    Autosaver(ArticleDocument *document, EditJournal journal, QString key = {}, QObject *parent = nullptr);
    ~Autosaver() override;

    const QString &key() const { return m_key; }
    const EditJournal &journal() const { return m_journal; }

    // Writes the journal entry now when there is unsaved text, or drops it when there
    // is none. Call after a save to the database, and before the document goes away.
    Status sync();

Q_SIGNALS:
    void storeDue();
    void journalFailed(const QString &message);

private:
    void changed();

    QPointer<ArticleDocument> m_document;
    EditJournal m_journal;
    QString m_key;
    QTimer m_journalTimer;
    QTimer m_storeTimer;
};

} // namespace Newsroom
