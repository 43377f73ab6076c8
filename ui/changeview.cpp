// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeview.h"

#include "text/worddiff.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Newsroom {

QString changesHtml(const QList<FieldChange> &changes)
{
    if (changes.isEmpty())
        return u"<p>"_s + QCoreApplication::translate("Compare", "Nothing differs.").toHtmlEscaped() + u"</p>"_s;
    QString html;
    for (const FieldChange &change : changes) {
        html += u"<h4>"_s + change.field.toHtmlEscaped() + u"</h4><p>"_s + spansHtml(diffWords(change.before, change.after));
        html += u"</p>"_s;
    }
    return html;
}

QString spansHtml(const QList<DiffSpan> &spans)
{
    QString html;
    for (const DiffSpan &span : spans) {
        const QString text = span.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        switch (span.kind) {
        case DiffSpan::Kind::Same: html += text; break;
        case DiffSpan::Kind::Removed:
            html += u"<span style=\"background:#f6d3d3; text-decoration:line-through\">"_s + text + u"</span>"_s;
            break;
        case DiffSpan::Kind::Inserted: html += u"<span style=\"background:#cdebd3\">"_s + text + u"</span>"_s; break;
        }
    }
    return html;
}

QString changedPassagesHtml(const QList<DiffSpan> &spans, int contextWords)
{
    return spansHtml(aroundChanges(spans, contextWords));
}

QString sideHtml(const QString &other, const QString &text)
{
    QString html;
    for (const DiffSpan &span : diffWords(other, text)) {
        const QString escaped = span.text.toHtmlEscaped().replace(u'\n', u"<br>"_s);
        if (span.kind == DiffSpan::Kind::Same)
            html += escaped;
        else if (span.kind == DiffSpan::Kind::Inserted)
            html += u"<span style=\"background:#fbe7a6\">"_s + escaped + u"</span>"_s;
    }
    return html;
}

} // namespace Newsroom
