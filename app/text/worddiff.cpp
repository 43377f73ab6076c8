// SPDX-License-Identifier: GPL-3.0-or-later
#include "worddiff.h"

#include <QStringList>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

constexpr qsizetype MaxCells = 4'000'000;

QList<QStringView> tokens(QStringView text)
{
    QList<QStringView> result;
    qsizetype start = 0;
    for (qsizetype i = 1; i <= text.size(); ++i) {
        if (i == text.size() || text.at(i).isLetterOrNumber() != text.at(start).isLetterOrNumber()
            || !text.at(i).isLetterOrNumber()) {
            result.append(text.mid(start, i - start));
            start = i;
        }
    }
    return result;
}

void append(QList<DiffSpan> &spans, DiffSpan::Kind kind, QStringView text)
{
    if (text.isEmpty())
        return;
    if (!spans.isEmpty() && spans.last().kind == kind)
        spans.last().text += text;
    else
        spans.append({kind, text.toString()});
}

} // namespace

QList<DiffSpan> diffWords(QStringView before, QStringView after)
{
    const QList<QStringView> a = tokens(before);
    const QList<QStringView> b = tokens(after);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.at(prefix) == b.at(prefix))
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
           && a.at(a.size() - 1 - suffix) == b.at(b.size() - 1 - suffix))
        ++suffix;

    QList<DiffSpan> spans;
    for (qsizetype i = 0; i < prefix; ++i)
        append(spans, DiffSpan::Kind::Same, a.at(i));

    const qsizetype n = a.size() - prefix - suffix;
    const qsizetype m = b.size() - prefix - suffix;
    if (n * m > MaxCells) {
        for (qsizetype i = 0; i < n; ++i)
            append(spans, DiffSpan::Kind::Removed, a.at(prefix + i));
        for (qsizetype j = 0; j < m; ++j)
            append(spans, DiffSpan::Kind::Inserted, b.at(prefix + j));
    } else {
        // Longest common subsequence of the changed middle, read back from the start.
        std::vector<quint32> lcs(size_t((n + 1) * (m + 1)), 0);
        auto at = [&](qsizetype i, qsizetype j) -> quint32 & { return lcs[size_t(i * (m + 1) + j)]; };
        for (qsizetype i = n - 1; i >= 0; --i)
            for (qsizetype j = m - 1; j >= 0; --j)
                at(i, j) = a.at(prefix + i) == b.at(prefix + j) ? at(i + 1, j + 1) + 1
                                                                : std::max(at(i + 1, j), at(i, j + 1));
        qsizetype i = 0;
        qsizetype j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.at(prefix + i) == b.at(prefix + j)) {
                append(spans, DiffSpan::Kind::Same, a.at(prefix + i));
                ++i;
                ++j;
            } else if (i < n && (j == m || at(i + 1, j) >= at(i, j + 1))) {
                append(spans, DiffSpan::Kind::Removed, a.at(prefix + i)); // removals read first
                ++i;
            } else {
                append(spans, DiffSpan::Kind::Inserted, b.at(prefix + j));
                ++j;
            }
        }
    }
    for (qsizetype k = a.size() - suffix; k < a.size(); ++k)
        append(spans, DiffSpan::Kind::Same, a.at(k));
    return spans;
}

QList<DiffSpan> aroundChanges(const QList<DiffSpan> &spans, int contextWords)
{
    QList<DiffSpan> shortened;
    for (qsizetype i = 0; i < spans.size(); ++i) {
        const DiffSpan &span = spans.at(i);
        if (span.kind != DiffSpan::Kind::Same) {
            shortened.append(span);
            continue;
        }
        // Unchanged text keeps a few words on each side of a change, and gives way to "…"
        // in between; a paragraph break ends the context.
        const QStringList words = span.text.split(u' ');
        const bool changeBefore = i > 0;
        const bool changeAfter = i + 1 < spans.size();
        const qsizetype room = (changeBefore ? contextWords + 1 : 0) + (changeAfter ? contextWords + 1 : 0);
        if (words.size() <= room) {
            shortened.append(span);
            continue;
        }
        QString kept;
        if (changeBefore) {
            QString head = words.mid(0, contextWords + 1).join(u' ');
            if (const qsizetype paragraph = head.indexOf(u'\n'); paragraph >= 0)
                head.truncate(paragraph);
            kept += head;
        }
        kept += u" … "_s;
        if (changeAfter) {
            QString tail = words.mid(std::max<qsizetype>(0, words.size() - contextWords - 1)).join(u' ');
            if (const qsizetype paragraph = tail.lastIndexOf(u'\n'); paragraph >= 0)
                tail = tail.mid(paragraph + 1);
            kept += tail;
        }
        shortened.append({DiffSpan::Kind::Same, kept});
    }
    return shortened;
}

} // namespace Newsroom
