// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "articlecompare.h"

namespace Newsroom {

// A save that met a newer revision: the story as this desk had it when editing began
// (base), as this desk has it now (mine), and as a colleague saved it meanwhile (theirs).
// Each field that differs between mine and theirs is chosen, never overwritten unseen.
struct MergeField
{
    enum class Choice { Mine, Theirs, Both };

    StoryField which = StoryField::Headline;
    QString label;
    QString mine;   // as text a person compares
    QString theirs;
    bool changedByMe = false;   // mine differs from base
    bool changedByThem = false; // theirs differs from base
    Choice choice = Choice::Mine; // what is suggested, then what the person chose

    // Only the body can take both: paragraphs from each side.
    bool canTakeBoth() const { return which == StoryField::Body; }
};

// Every field where mine and theirs differ, in the form's order, each with a suggestion:
// the side that changed it; when both did, mine, and both for the body.
QList<MergeField> mergeFields(const Article &base, const Article &mine, const Article &theirs,
                              const std::function<QString(qint64)> &categoryName = {});

// The story to save: theirs (its revision, state and times, so the save goes through)
// with each field taken as chosen.
Article mergedArticle(const Article &base, const Article &mine, const Article &theirs,
                      const QList<MergeField> &choices);

// Both bodies in one, by paragraphs: what both sides kept appears once; a paragraph that
// either side wrote or rewrote is kept (mine before theirs where both rewrote the same
// place); one that either side deleted, and the other left as it was, goes.
QString mergeBodies(const QString &base, const QString &mine, const QString &theirs);

} // namespace Newsroom
