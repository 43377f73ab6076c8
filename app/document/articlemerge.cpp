// SPDX-License-Identifier: GPL-3.0-or-later
#include "articlemerge.h"

#include <QRegularExpression>
#include <QSet>

#include <vector>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

QStringList paragraphsOf(const QString &text)
{
    static const QRegularExpression blankLines(u"\\n[ \\t]*\\n+"_s);
    QStringList paragraphs;
    for (const QString &paragraph : text.split(blankLines, Qt::SkipEmptyParts)) {
        if (!paragraph.trimmed().isEmpty())
            paragraphs.append(paragraph.trimmed());
    }
    return paragraphs;
}

// The pairs (i, j) of a longest common subsequence of a and b, in order.
QList<std::pair<qsizetype, qsizetype>> commonParagraphs(const QStringList &a, const QStringList &b)
{
    const qsizetype n = a.size();
    const qsizetype m = b.size();
    std::vector<std::vector<int>> length(n + 1, std::vector<int>(m + 1, 0));
    for (qsizetype i = n - 1; i >= 0; --i) {
        for (qsizetype j = m - 1; j >= 0; --j)
            length[i][j] = a.at(i) == b.at(j) ? length[i + 1][j + 1] + 1 : std::max(length[i + 1][j], length[i][j + 1]);
    }
    QList<std::pair<qsizetype, qsizetype>> pairs;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < n && j < m) {
        if (a.at(i) == b.at(j)) {
            pairs.append({i++, j++});
        } else if (length[i + 1][j] >= length[i][j + 1]) {
            ++i;
        } else {
            ++j;
        }
    }
    return pairs;
}

} // namespace

QString mergeBodies(const QString &base, const QString &mine, const QString &theirs)
{
    const QStringList a = paragraphsOf(mine);
    const QStringList b = paragraphsOf(theirs);
    const QStringList baseParagraphs = paragraphsOf(base);
    const QSet<QString> original(baseParagraphs.cbegin(), baseParagraphs.cend());

    QStringList merged;
    // Between two paragraphs both sides share, each side's own are kept, the unchanged
    // originals that the other side removed or rewrote are not.
    const auto keepNew = [&](const QStringList &side, qsizetype from, qsizetype to) {
        for (qsizetype k = from; k < to; ++k) {
            if (!original.contains(side.at(k)))
                merged.append(side.at(k));
        }
    };
    qsizetype i = 0;
    qsizetype j = 0;
    QList<std::pair<qsizetype, qsizetype>> anchors = commonParagraphs(a, b);
    anchors.append({a.size(), b.size()});
    for (const auto &[ai, bj] : std::as_const(anchors)) {
        keepNew(a, i, ai);
        keepNew(b, j, bj);
        if (ai < a.size())
            merged.append(a.at(ai));
        i = ai + 1;
        j = bj + 1;
    }
    return merged.join(u"\n\n"_s) + (mine.endsWith(u'\n') || theirs.endsWith(u'\n') ? u"\n"_s : QString());
}

QList<MergeField> mergeFields(const Article &base, const Article &mine, const Article &theirs,
                              const std::function<QString(qint64)> &categoryName)
{
    QList<MergeField> fields;
    for (const StoryField which : storyFields()) {
        MergeField field;
        field.which = which;
        field.label = fieldLabel(which);
        field.mine = fieldText(which, mine, categoryName);
        field.theirs = fieldText(which, theirs, categoryName);
        if (field.mine == field.theirs)
            continue;
        const QString original = fieldText(which, base, categoryName);
        field.changedByMe = field.mine != original;
        field.changedByThem = field.theirs != original;
        if (!field.changedByMe)
            field.choice = MergeField::Choice::Theirs;
        else if (field.changedByThem && field.canTakeBoth())
            field.choice = MergeField::Choice::Both;
        fields.append(field);
    }
    return fields;
}

Article mergedArticle(const Article &base, const Article &mine, const Article &theirs, const QList<MergeField> &choices)
{
    Article merged = theirs;
    for (const MergeField &field : choices) {
        switch (field.choice) {
        case MergeField::Choice::Theirs:
            break;
        case MergeField::Choice::Mine:
            copyField(field.which, mine, merged);
            break;
        case MergeField::Choice::Both:
            if (field.which == StoryField::Body)
                merged.body = mergeBodies(base.body, mine.body, theirs.body);
            else
                copyField(field.which, mine, merged);
            break;
        }
    }
    return merged;
}

} // namespace Newsroom
