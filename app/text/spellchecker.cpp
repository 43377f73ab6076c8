// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include <Sonnet/Speller>

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

// Loading a dictionary takes a while: each once per process, shared by every editor.
std::shared_ptr<Sonnet::Speller> spellerFor(const QString &dictionary)
{
    static QHash<QString, std::shared_ptr<Sonnet::Speller>> loaded;
    if (const auto found = loaded.constFind(dictionary); found != loaded.cend())
        return *found;
    auto speller = std::make_shared<Sonnet::Speller>(dictionary);
    if (!speller->isValid() || speller->language() != dictionary)
        speller.reset();
    loaded.insert(dictionary, speller);
    return speller;
}

QString folded(const QString &word)
{
    QString result = word.toLower();
    result.replace(u'ё', u'е');
    return result;
}

} // namespace

SpellChecker::SpellChecker() = default;
SpellChecker::~SpellChecker() = default;

QString SpellChecker::dictionaryFor(const QString &language)
{
    static const QHash<QString, QString> dictionaries = {
        {u"ru"_s, u"ru_RU"_s}, {u"kk"_s, u"kk_KZ"_s}, {u"en"_s, u"en_US"_s}};
    return dictionaries.value(language.left(2).toLower());
}

bool SpellChecker::setLanguage(const QString &language)
{
    if (language == m_language && m_speller)
        return true;
    m_language = language;
    m_cache.clear();
    const QString dictionary = dictionaryFor(language);
    m_speller = dictionary.isEmpty() ? nullptr : spellerFor(dictionary);
    return m_speller != nullptr;
}

bool SpellChecker::isActive() const
{
    return m_speller != nullptr;
}

bool SpellChecker::isMisspelled(const QString &word) const
{
    if (!m_speller)
        return false;
    if (const auto cached = m_cache.constFind(word); cached != m_cache.cend())
        return *cached;
    bool wrong = !m_known.contains(folded(word)) && m_speller->isMisspelled(word);
    // Russian dictionaries spell with е where a writer may put ё.
    if (wrong && word.contains(u'ё', Qt::CaseInsensitive))
        wrong = m_speller->isMisspelled(QString(word).replace(u'ё', u'е').replace(u'Ё', u'Е'));
    m_cache.insert(word, wrong);
    return wrong;
}

QStringList SpellChecker::suggestions(const QString &word, int max) const
{
    if (!m_speller)
        return {};
    return m_speller->suggest(word).mid(0, max);
}

void SpellChecker::setNewsroomWords(const QStringList &words)
{
    m_known.clear();
    for (const QString &word : words)
        m_known.insert(folded(word));
    m_cache.clear();
}

void SpellChecker::addNewsroomWord(const QString &word)
{
    m_known.insert(folded(word));
    m_cache.remove(word);
}

void SpellChecker::ignore(const QString &word)
{
    addNewsroomWord(word);
}

QList<SpellChecker::Range> SpellChecker::words(QStringView line)
{
    // Spans that are not prose: `code`, link and image targets, <autolinks>, bare URLs
    // and e-mail addresses, and our photo references.
    static const QRegularExpression notProse(
        uR"((`+)[^`]*?\1|\]\([^)]*\)|<[^>\s]+>|\b(?:https?|ftp|mailto|photo):[^\s)]*|\b[\w.+-]+@[\w-]+\.[\w.-]+|\bwww\.[^\s)]+)"_s);
    static const QRegularExpression word(uR"([\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*)"_s);
    QList<Range> skipped;
    for (auto match = notProse.globalMatchView(line); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        skipped.append({m.capturedStart(), m.capturedLength()});
    }
    QList<Range> result;
    qsizetype next = 0;
    for (auto match = word.globalMatchView(line); match.hasNext();) {
        const QRegularExpressionMatch m = match.next();
        const qsizetype start = m.capturedStart();
        const qsizetype length = m.capturedLength();
        while (next < skipped.size() && skipped.at(next).start + skipped.at(next).length <= start)
            ++next;
        if (next < skipped.size() && skipped.at(next).start < start + length)
            continue;
        // Letters glued to digits ("5G", "COVID19") are codes, not words.
        const bool gluedToDigit = (start > 0 && line.at(start - 1).isDigit())
            || (start + length < line.size() && line.at(start + length).isDigit());
        const QStringView text = line.mid(start, length);
        if (length < 2 || gluedToDigit || text.toString().toUpper() == text)
            continue;
        result.append({start, length});
    }
    return result;
}

QList<SpellChecker::Range> SpellChecker::misspellings(QStringView line) const
{
    QList<Range> result;
    if (!m_speller)
        return result;
    for (const Range &range : words(line)) {
        if (isMisspelled(line.mid(range.start, range.length).toString()))
            result.append(range);
    }
    return result;
}

} // namespace Newsroom
