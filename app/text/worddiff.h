// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace Newsroom {

// Word-level differences between two texts, for "what changed" views: recovery after a
// crash, and comparing revisions.
struct DiffSpan
{
    enum class Kind { Same, Removed, Inserted };
    Kind kind = Kind::Same;
    QString text;

    bool operator==(const DiffSpan &) const = default;
};

// Words and the spaces and punctuation between them are the units; concatenating the
// Same and Removed spans gives `before`, the Same and Inserted spans `after`. Beyond a
// few million word pairs the changed middle is shown as one removal and one insertion.
QList<DiffSpan> diffWords(QStringView before, QStringView after);

// The changes with the unchanged text between them cut to `contextWords` words on each
// side (a paragraph break ends the context), the rest given way to " … ".
QList<DiffSpan> aroundChanges(const QList<DiffSpan> &spans, int contextWords = 8);

} // namespace Newsroom
