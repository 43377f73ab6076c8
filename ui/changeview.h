// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articlecompare.h"

namespace Newsroom {

// Field changes as HTML for a QTextBrowser: a heading per field, removed words struck
// through on red, added words on green. An empty list says nothing differs.
QString changesHtml(const QList<FieldChange> &changes);

// `text` as HTML with the words that `other` lacks highlighted: one side of a side-by-side view.
QString sideHtml(const QString &other, const QString &text);

} // namespace Newsroom
