// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "document/articlemerge.h"

#include <QDialog>

class QButtonGroup;

namespace Newsroom {

// A save met a colleague's newer revision: each field that differs, side by side (what is
// only in one version highlighted), to keep mine, take theirs, or, for the body, keep
// both. Nothing is saved until the person says so; cancelling keeps their text as it is.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(const QString &colleague, const Article &theirs, const QList<MergeField> &fields,
                QWidget *parent = nullptr);

    // The fields with the choices made.
    QList<MergeField> choices() const;
    // Chooses for one field, as a click on its button would.
    void choose(StoryField field, MergeField::Choice choice);

private:
    QList<MergeField> m_fields;
    QList<QButtonGroup *> m_groups;
};

} // namespace Newsroom
