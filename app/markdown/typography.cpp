// SPDX-License-Identifier: GPL-3.0-or-later
#include "typography.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom::Typography {

namespace {

struct Segment
{
    QString text;
    bool protectedText; // code, URLs: copied as they are
};

// Splits one paragraph (no fenced code in it) into text to set and spans to keep.
QList<Segment> segments(const QString &paragraph)
{
    // Inline code, link/image targets "](...)", autolinks <...>, bare URLs.
    static const QRegularExpression keep(uR"((`+)[^`]*?\1|\]\([^)]*\)|<[a-zA-Z][a-zA-Z0-9+.-]*:[^>\s]*>|(?:https?://|www\.)[^\s)<>»"]+)"_s);
    QList<Segment> result;
    qsizetype at = 0;
    QRegularExpressionMatchIterator it = keep.globalMatch(paragraph);
    while (it.hasNext()) {
        const QRegularExpressionMatch match = it.next();
        if (match.capturedStart() > at)
            result.append({paragraph.mid(at, match.capturedStart() - at), false});
        result.append({match.captured(), true});
        at = match.capturedEnd();
    }
    if (at < paragraph.size())
        result.append({paragraph.mid(at), false});
    return result;
}

bool opensQuote(QChar before)
{
    return before.isNull() || before.isSpace() || QStringLiteral("([{«„—–-/").contains(before) || before == NoBreakSpace;
}

// Quotes, with their nesting carried across the segments of one paragraph.
class QuoteSetter
{
public:
    QString apply(const QString &text, QChar before)
    {
        QString out;
        out.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar c = text.at(i);
            const QChar previous = i > 0 ? text.at(i - 1) : before;
            if (c == u'«' || c == u'„') {
                ++m_depth;
                out += c;
            } else if (c == u'»' || c == u'“') {
                m_depth = std::max(0, m_depth - 1);
                out += c;
            } else if (c == u'"') {
                if (opensQuote(previous) || m_depth == 0) {
                    out += m_depth == 0 ? u'«' : u'„';
                    ++m_depth;
                } else {
                    --m_depth;
                    out += m_depth == 0 ? u'»' : u'“';
                }
            } else {
                out += c;
            }
        }
        return out;
    }

private:
    int m_depth = 0;
};

QString setText(const QString &text)
{
    QString out = text;
    out.replace(u"..."_s, u"…"_s);
    // A hyphen or en dash standing between spaces is a dash: — with a no-break space before.
    static const QRegularExpression dash(u"[ \u00A0]+[-–—][ \u00A0]+"_s);
    out.replace(dash, QString(NoBreakSpace) + u"— "_s);
    // One- and two-letter words hold on to the next word.
    static const QRegularExpression shortWord(u"(?<![\\w\u00A0-])(\\w{1,2}) (?=\\S)"_s,
                                              QRegularExpression::UseUnicodePropertiesOption);
    out.replace(shortWord, u"\\1"_s + NoBreakSpace);
    // And a space before a dash never breaks.
    out.replace(u" —"_s, QString(NoBreakSpace) + u'—');
    return out;
}

QString setParagraph(const QString &paragraph)
{
    QString out;
    QuoteSetter quotes;
    QChar before;
    for (const Segment &segment : segments(paragraph)) {
        if (segment.protectedText) {
            out += segment.text;
        } else {
            // Quotes first, so that a quote mark's side is judged by the original spacing.
            out += setText(quotes.apply(segment.text, before));
        }
        before = out.isEmpty() ? QChar() : out.back();
    }
    return out;
}

} // namespace

QString russian(const QString &markdown)
{
    QString result;
    const QStringList lines = markdown.split(u'\n');
    QString paragraph;
    QString fence; // the open code fence, if any
    auto flush = [&] {
        if (!paragraph.isNull())
            result += setParagraph(paragraph);
        paragraph = QString();
    };
    static const QRegularExpression fenceLine(u"^\\s{0,3}(```+|~~~+)"_s);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        const QString newline = i + 1 < lines.size() ? u"\n"_s : QString();
        const QRegularExpressionMatch fenceMatch = fenceLine.match(line);
        if (!fence.isEmpty()) {
            result += line + newline;
            if (fenceMatch.hasMatch() && fenceMatch.captured(1).startsWith(fence))
                fence.clear();
            continue;
        }
        if (fenceMatch.hasMatch()) {
            flush();
            fence = fenceMatch.captured(1);
            result += line + newline;
            continue;
        }
        if (line.startsWith(u"    "_s) || line.startsWith(u'\t')) {
            // Indented code (or a deeply nested list item: left alone, which is safe).
            flush();
            result += line + newline;
            continue;
        }
        if (line.trimmed().isEmpty()) {
            flush();
            result += line + newline;
            continue;
        }
        if (paragraph.isNull())
            paragraph = line + newline;
        else
            paragraph += line + newline;
    }
    flush();
    return result;
}

} // namespace Newsroom::Typography
