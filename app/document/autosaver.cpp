// SPDX-License-Identifier: GPL-3.0-or-later
#include "autosaver.h"

#include "articledocument.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QString keyFor(const Article &article)
{
    if (article.id > 0)
        return u"story-%1"_s.arg(article.id);
    return u"new-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace

Autosaver::Autosaver(ArticleDocument *document, EditJournal journal, QString key, QObject *parent)
    : QObject(parent)
    , m_document(document)
    , m_journal(std::move(journal))
    , m_key(key.isEmpty() ? keyFor(document->saved()) : std::move(key))
{
    m_journalTimer.setSingleShot(true);
    m_journalTimer.setInterval(JournalDelay);
    m_storeTimer.setSingleShot(true);
    m_storeTimer.setInterval(StoreDelay);
    connect(&m_journalTimer, &QTimer::timeout, this, [this] {
        if (Status kept = sync(); !kept)
            Q_EMIT journalFailed(kept.error().message);
    });
    connect(&m_storeTimer, &QTimer::timeout, this, [this] {
        if (m_document && m_document->isModified())
            Q_EMIT storeDue();
    });
    connect(document, &ArticleDocument::contentChanged, this, &Autosaver::changed);
}

Autosaver::~Autosaver() = default;

void Autosaver::changed()
{
    if (!m_journalTimer.isActive())
        m_journalTimer.start();
    m_storeTimer.start();
}

Status Autosaver::sync()
{
    m_journalTimer.stop();
    if (!m_document)
        return Done{};
    // A story saved for the first time now has an id: its entry follows it.
    const QString key = keyFor(m_document->saved());
    if (m_document->saved().id > 0 && key != m_key) {
        if (Status removed = m_journal.remove(m_key); !removed)
            return removed;
        m_key = key;
    }
    if (!m_document->isModified())
        return m_journal.remove(m_key);
    return m_journal.write(m_key, m_document->snapshot());
}

} // namespace Newsroom
