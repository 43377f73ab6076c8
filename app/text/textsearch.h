// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// How text becomes searchable. Words are lower-cased with ё folded to е and reduced to
// their stems in the story's language: Snowball's Russian stemmer for Cyrillic in Russian
// stories, our Kazakh one (kazakhstem.h) in Kazakh stories, Snowball's English for Latin
// letters in any. So «выборы», «выборов» and «выборах» are one word, «ключевую ставку»
// finds «ключевая ставка», and «Теміртауда» finds «Теміртау».
namespace Newsroom::TextSearch {

// The languages whose stems a query is made of when it looks through every story.
QStringList stemmedLanguages();

// Lower-cased words (runs of letters and digits) with ё folded to е, in order.
QStringList words(QStringView text);

// `language`: the story's ("ru", "kk", "en"); any other stems as Russian.
QString stem(const QString &word, QStringView language = u"ru");

// The stems of `text`, space-separated: what the SQLite full-text index stores, and on
// PostgreSQL what a Kazakh story's document is made of (no Kazakh configuration there).
QString indexText(QStringView text, QStringView language = u"ru");

// Lower-cased text with ё folded to е: what PostgreSQL's to_tsvector('russian') reads.
QString fold(QStringView text);

// A parsed query: words must all occur; a "quoted phrase" must occur in order; a word
// ending in * matches every word it starts.
struct Query
{
    struct Term
    {
        QStringList words; // folded; more than one for a phrase
        bool prefix = false;
    };
    QList<Term> terms;

    bool isEmpty() const { return terms.isEmpty(); }
    // The stems its words have in `language`: what a story in that language matches.
    QSet<QString> stems(QStringView language = u"ru") const;
};

Query parseQuery(const QString &text);

// MATCH expression over stems: each word as it stems in any of `languages` (a Kazakh
// word stems one way in a Kazakh story and another in a Russian one).
QString toFts5(const Query &query, const QStringList &languages = {QStringLiteral("ru")});
// Input for to_tsquery(); with weights ("AB"), only words in those parts match. For
// Russian the words as typed (folded), for to_tsquery('russian', ...) to stem; for Kazakh
// their Kazakh stems, for to_tsquery('simple', ...) over a Kazakh story's stems.
QString toTsQuery(const Query &query, QStringView weights = {}, QStringView language = u"ru");

// A short extract of `text` around the best cluster of matching words.
struct Snippet
{
    QString text;
    QList<std::pair<qsizetype, qsizetype>> highlights; // (start, length) in text
    bool startsInside = false;                         // text was cut at the start
    bool endsInside = false;                           // and at the end

    QString toHtml() const;                           // escaped, matches in <mark>
    QString marked(QStringView open, QStringView close) const;
};

// `language`: the story's, which its words are stemmed in to find the query's stems.
Snippet snippet(const QString &text, const QSet<QString> &stems, QStringView language = u"ru", int maxLength = 180);

} // namespace Newsroom::TextSearch
