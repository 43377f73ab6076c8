// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articlecompare.h"
#include "text/worddiff.h"

namespace Newsroom {

// Field changes as HTML for a QTextBrowser: a heading per field, removed words struck
// through on red, added words on green. An empty list says nothing differs.
QString changesHtml(const QList<FieldChange> &changes);

// Word changes as HTML: removed words struck through on red, added words on green.
QString spansHtml(const QList<DiffSpan> &spans);
// The same, with the unchanged text between changes cut to `contextWords` words each side.
QString changedPassagesHtml(const QList<DiffSpan> &spans, int contextWords = 8);

// `text` as HTML with the words that `other` lacks highlighted: one side of a side-by-side view.
QString sideHtml(const QString &other, const QString &text);

} // namespace Newsroom
