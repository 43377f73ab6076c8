// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

// How text becomes searchable. Words are lower-cased with ё folded to е and reduced to
// their stems by Snowball (Russian for Cyrillic, English for Latin), so «выборы»,
// «выборов» and «выборах» are one word, and «ключевую ставку» finds «ключевая ставка».
namespace Newsroom::TextSearch {

// Lower-cased words (runs of letters and digits) with ё folded to е, in order.
QStringList words(QStringView text);

QString stem(const QString &word);

// The stems of `text`, space-separated: what the SQLite full-text index stores.
QString indexText(QStringView text);

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
    QSet<QString> stems() const;
};

Query parseQuery(const QString &text);

QString toFts5(const Query &query);    // MATCH expression over stems
// Input for to_tsquery('russian', ...); with weights ("AB"), only words in those parts match.
QString toTsQuery(const Query &query, QStringView weights = {});

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

Snippet snippet(const QString &text, const QSet<QString> &stems, int maxLength = 180);

} // namespace Newsroom::TextSearch
