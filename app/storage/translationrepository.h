// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"
#include "text/worddiff.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace Newsroom {

class Database;

// Stories in several languages kept in step (issue 19). A group is an original and its
// translations, one per language. Each translation records the revision of the original
// it is in step with: the one it was made from, or the last one someone reviewed it
// against; once the original has moved on, the translation is behind, and the words
// changed since are there to see.
class TranslationRepository
{
public:
    struct Member
    {
        qint64 id = 0;
        QString language;
        QString headline;
        bool original = false;
        int inStepWith = 0; // translations: the original's revision they follow
        // Translations: the original's words changed since that revision (a workflow step
        // moves the revision on, and changes no word).
        bool behind = false;
        // Translations: still the original's words, as Translate Into copied them.
        bool untranslated = false;
    };
    struct Group
    {
        qint64 originalId = 0;
        int originalRevision = 0; // the original's revision now
        QList<Member> members;    // the original first, then the translations by language

        bool isEmpty() const { return members.size() < 2; }
        // A translation whose original's words changed since it was made or reviewed.
        bool isBehind(const Member &member) const { return !member.original && member.behind; }
    };

    explicit TranslationRepository(Database &database);

    // Makes a draft of `original` in `language`: headline, lead and body copied for the
    // translator to write over, the section and photos shared, linked in the group. Its
    // tags are in `language` where the newsroom's earlier translations show how (tagsIn()),
    // the original's otherwise, for the translator to change.
    // Refused when the group already has that language, or `original` is a translation.
    // `personId`: who starts it (on a server, the login's staff member; 0 on a local file).
    Expected<qint64> translate(qint64 original, const QString &language, qint64 personId = 0);
    // Links an existing story as the translation of `original`, in step with it as it is.
    Status link(qint64 translation, qint64 original);
    // The group `story` belongs to (empty when it has no translations).
    Expected<Group> group(qint64 story) const;
    // The translation is now in step with the original as it is (reviewed against it).
    Status markInStep(qint64 translation);
    // What changed in the original's headline, lead and body since the translation's
    // revision: word by word (empty when the translation is in step).
    Expected<QList<DiffSpan>> changesSince(qint64 translation) const;

    // `tags` of a story in `from` as the newsroom's translations into `to` have named them:
    // a tag whose translations always carried one same tag ("парк" → "саябақ"), once the
    // tags already so named are set aside, maps to it; the others are not in the answer.
    Expected<QHash<QString, QString>> tagsIn(const QString &from, const QString &to, const QStringList &tags) const;

    // Every story in a group, with its group's key (the original's slug): what Markdown
    // export writes as Hugo's translationKey.
    Expected<QHash<qint64, QString>> translationKeys() const;

    // What the publish check tells an editor about `story`: when it is a translation
    // behind its original, or still its original's words, why (empty otherwise); when it
    // is an original, its published translations that now follow an older text of it
    // (after a correction, say).
    Expected<QString> behindWarning(qint64 story) const;
    Expected<QStringList> publishedTranslationsBehind(qint64 story) const;
    // The same, of `group` as group() read it (a screen that shows the group asks once).
    Expected<QList<DiffSpan>> changesSince(const Group &group, qint64 translation) const;
    Expected<QString> behindWarning(const Group &group, qint64 story) const;
    Expected<QStringList> publishedTranslationsBehind(const Group &group, qint64 story) const;

private:
    // The words a reader reads (headline, lead, body) of `story` at `revision`; NotFound
    // when that revision is not kept.
    Expected<QString> textAt(qint64 story, int revision) const;

    Database &m_db;
};

} // namespace Newsroom
