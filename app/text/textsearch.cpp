// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsearch.h"

#include "kazakhstem.h"

#include <QRegularExpression>

#include <libstemmer.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Newsroom::TextSearch {

namespace {

struct Span
{
    qsizetype start;
    qsizetype length;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing;
}

QList<Span> wordSpans(QStringView text)
{
    QList<Span> spans;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        while (i < n && !isWordChar(text.at(i)))
            ++i;
        const qsizetype start = i;
        while (i < n && isWordChar(text.at(i)))
            ++i;
        if (i > start)
            spans.append({start, i - start});
    }
    return spans;
}

QString foldWord(QStringView word)
{
    QString folded = word.toString().toLower();
    folded.replace(u'ё', u'е');
    return folded;
}

struct StemmerDeleter
{
    void operator()(sb_stemmer *stemmer) const { sb_stemmer_delete(stemmer); }
};
using Stemmer = std::unique_ptr<sb_stemmer, StemmerDeleter>;

QString runStemmer(const char *algorithm, Stemmer &slot, const QString &word)
{
    if (!slot)
        slot.reset(sb_stemmer_new(algorithm, "UTF_8"));
    if (!slot)
        return word;
    const QByteArray utf8 = word.toUtf8();
    const sb_symbol *stemmed =
        sb_stemmer_stem(slot.get(), reinterpret_cast<const sb_symbol *>(utf8.constData()), int(utf8.size()));
    if (!stemmed)
        return word;
    return QString::fromUtf8(reinterpret_cast<const char *>(stemmed), sb_stemmer_length(slot.get()));
}

bool isCyrillic(QChar c)
{
    return c.script() == QChar::Script_Cyrillic;
}

bool isLatin(QChar c)
{
    return c.script() == QChar::Script_Latin;
}

// Markdown syntax that would clutter an extract: markers, link targets, image references.
QString plainText(const QString &markdown)
{
    static const QRegularExpression image(u"!\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression link(u"\\[([^\\]]*)\\]\\([^)]*\\)"_s);
    static const QRegularExpression lineMarks(u"(?m)^\\s{0,3}(#{1,6}\\s+|>\\s?|[-*+]\\s+|\\d+[.)]\\s+)"_s);
    static const QRegularExpression emphasis(u"[*_`~]+"_s);
    static const QRegularExpression spaces(u"\\s+"_s);
    QString text = markdown;
    text.replace(image, u"\\1"_s);
    text.replace(link, u"\\1"_s);
    text.replace(lineMarks, QString());
    text.replace(emphasis, QString());
    text.replace(spaces, u" "_s);
    return text.trimmed();
}

} // namespace

QStringList words(QStringView text)
{
    QStringList result;
    for (const Span &span : wordSpans(text))
        result.append(foldWord(text.mid(span.start, span.length)));
    return result;
}

QStringList stemmedLanguages()
{
    // English stories' words are Latin, stemmed alike in every language.
    return {u"ru"_s, u"kk"_s};
}

QString stem(const QString &word, QStringView language)
{
    thread_local Stemmer russian;
    thread_local Stemmer english;
    if (std::any_of(word.begin(), word.end(), isCyrillic))
        return language == u"kk" ? stemKazakh(word) : runStemmer("russian", russian, word);
    if (std::any_of(word.begin(), word.end(), isLatin))
        return runStemmer("english", english, word);
    return word;
}

QString indexText(QStringView text, QStringView language)
{
    QString result;
    result.reserve(text.size());
    for (const Span &span : wordSpans(text)) {
        if (!result.isEmpty())
            result += u' ';
        result += stem(foldWord(text.mid(span.start, span.length)), language);
    }
    return result;
}

QString fold(QStringView text)
{
    QString folded = text.toString().toLower();
    folded.replace(u'ё', u'е');
    return folded;
}

QSet<QString> Query::stems(QStringView language) const
{
    QSet<QString> result;
    for (const Term &term : terms) {
        for (const QString &word : term.words)
            result.insert(stem(word, language));
    }
    return result;
}

Query parseQuery(const QString &text)
{
    Query query;
    qsizetype i = 0;
    while (i < text.size()) {
        if (text.at(i) == u'"' || text.at(i) == u'«') {
            const QChar close = text.at(i) == u'"' ? u'"' : u'»';
            qsizetype end = text.indexOf(close, i + 1);
            if (end < 0)
                end = text.size();
            const QStringList phrase = words(QStringView(text).mid(i + 1, end - i - 1));
            if (!phrase.isEmpty())
                query.terms.append({phrase, false});
            i = end + 1;
            continue;
        }
        qsizetype end = i;
        while (end < text.size() && !text.at(end).isSpace() && text.at(end) != u'"' && text.at(end) != u'«')
            ++end;
        const QStringView token = QStringView(text).mid(i, end - i);
        const QStringList parts = words(token);
        const bool prefix = token.endsWith(u'*');
        for (qsizetype k = 0; k < parts.size(); ++k)
            query.terms.append({{parts.at(k)}, prefix && k == parts.size() - 1});
        i = end == i ? i + 1 : end;
    }
    return query;
}

QString toFts5(const Query &query, const QStringList &languages)
{
    QStringList terms;
    for (const Query::Term &term : query.terms) {
        // The term as each language stems it; one group of alternatives when they differ.
        QStringList alternatives;
        for (const QString &language : languages) {
            QStringList stems;
            for (const QString &word : term.words)
                stems.append(term.prefix ? word : stem(word, language));
            const QString phrase = u'"' + stems.join(u' ') + u'"' + (term.prefix ? u"*"_s : QString());
            if (!alternatives.contains(phrase))
                alternatives.append(phrase);
        }
        terms.append(alternatives.size() == 1 ? alternatives.constFirst()
                                              : u'(' + alternatives.join(u" OR "_s) + u')');
    }
    // Explicit AND: FTS5 joins phrases with a space, but not a parenthesised group.
    return terms.join(u" AND "_s);
}

QString toTsQuery(const Query &query, QStringView weights, QStringView language)
{
    QStringList terms;
    for (const Query::Term &term : query.terms) {
        QStringList words;
        for (qsizetype i = 0; i < term.words.size(); ++i) {
            const bool last = i + 1 == term.words.size();
            const QString marks = (last && term.prefix ? u"*"_s : QString()) + weights;
            const QString word
                = language == u"kk" && !term.prefix ? stem(term.words.at(i), language) : term.words.at(i);
            words.append(marks.isEmpty() ? word : word + u':' + marks);
        }
        const QString expression = words.join(u" <-> "_s);
        terms.append(words.size() > 1 ? u'(' + expression + u')' : expression);
    }
    return terms.join(u" & "_s);
}

Snippet snippet(const QString &markdown, const QSet<QString> &stems, QStringView language, int maxLength)
{
    const QString text = plainText(markdown);
    Snippet result;

    // Cheap test first: a Snowball stem is (nearly) a prefix of the word it came from.
    QStringList prefixes;
    for (const QString &s : stems)
        prefixes.append(s.left(std::max<qsizetype>(1, s.size() - 1)));
    QList<Span> matches;
    for (const Span &span : wordSpans(text)) {
        const QString word = foldWord(QStringView(text).mid(span.start, span.length));
        const bool candidate =
            std::any_of(prefixes.begin(), prefixes.end(), [&](const QString &p) { return word.startsWith(p); });
        if (candidate && (stems.contains(stem(word, language)) || stems.contains(word)))
            matches.append(span);
    }

    // The window of maxLength characters holding the most matches.
    qsizetype bestStart = 0;
    qsizetype bestCount = 0;
    for (qsizetype first = 0, last = 0; first < matches.size(); ++first) {
        while (last < matches.size() && matches.at(last).start + matches.at(last).length - matches.at(first).start <= maxLength)
            ++last;
        if (last - first > bestCount) {
            bestCount = last - first;
            bestStart = matches.at(first).start;
        }
    }

    qsizetype start = 0;
    if (bestCount > 0 && bestStart > maxLength / 4) {
        start = bestStart - maxLength / 4;
        while (start < bestStart && !text.at(start).isSpace())
            ++start; // begin at a word
        start = std::min(start + 1, bestStart);
    }
    qsizetype end = std::min<qsizetype>(text.size(), start + maxLength);
    if (end < text.size()) {
        const qsizetype space = text.lastIndexOf(u' ', end);
        if (space > start)
            end = space;
    }
    result.text = text.mid(start, end - start);
    result.startsInside = start > 0;
    result.endsInside = end < text.size();
    for (const Span &match : matches) {
        if (match.start >= start && match.start + match.length <= end)
            result.highlights.append({match.start - start, match.length});
    }
    return result;
}

QString Snippet::toHtml() const
{
    return marked(u"<mark>", u"</mark>");
}

QString Snippet::marked(QStringView open, QStringView close) const
{
    const bool html = open.startsWith(u'<');
    auto piece = [&](qsizetype from, qsizetype length) {
        const QString raw = text.mid(from, length);
        return html ? raw.toHtmlEscaped() : raw;
    };
    QString out = startsInside ? u"…"_s : QString();
    qsizetype at = 0;
    for (const auto &[start, length] : highlights) {
        out += piece(at, start - at);
        out += open;
        out += piece(start, length);
        out += close;
        at = start + length;
    }
    out += piece(at, text.size() - at);
    if (endsInside)
        out += u'…';
    return out;
}

} // namespace Newsroom::TextSearch
