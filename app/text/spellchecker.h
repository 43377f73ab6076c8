// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/dictionaryword.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace Sonnet {
class Speller;
}

namespace Newsroom {

// Spelling for a story in its language (ru, kk, en: hunspell's ru_RU, kk_KZ, en_US
// through Sonnet), knowing the newsroom's own words (which start as the words of
// Kazakhstan the dictionaries lack: places, the state's offices, money, frequent names)
// and those the reporter chose to ignore, each with its endings unless it is exact
// ("акимата", "Нуркеновой" by their Russian stem; "Шымкентте", "әкімдігі" as the word and
// a Kazakh ending). Answers are cached per word: a long story is checked again on every
// keystroke, one line at a time.
class SpellChecker
{
public:
    SpellChecker();
    ~SpellChecker();

    // The hunspell dictionary for a story language ("ru" → "ru_RU"); empty if none.
    static QString dictionaryFor(const QString &language);

    // false when there is no dictionary for it: nothing is marked then.
    bool setLanguage(const QString &language);
    QString language() const { return m_language; }
    bool isActive() const;

    bool isMisspelled(const QString &word) const;
    QStringList suggestions(const QString &word, int max = 8) const;

    void setNewsroomWords(const QList<DictionaryWord> &words);
    void addNewsroomWord(const DictionaryWord &word);
    void ignore(const QString &word);

    struct Range
    {
        qsizetype start = 0;
        qsizetype length = 0;
        bool operator==(const Range &) const = default;
    };
    // The words worth checking in one line of Markdown: not in code spans, link targets,
    // URLs or e-mail addresses; not numbers, one letter, or all capitals (abbreviations).
    static QList<Range> words(QStringView line);
    // The misspelled ones among them.
    QList<Range> misspellings(QStringView line) const;

private:
    QString m_language;
    std::shared_ptr<Sonnet::Speller> m_speller;
    bool isKnown(const QString &word) const;

    QSet<QString> m_known;       // the newsroom's words and the ignored ones, folded
    QSet<QString> m_withEndings; // those that take endings
    QSet<QString> m_knownStems;  // and their stems
    mutable QHash<QString, bool> m_cache;
};

} // namespace Newsroom
