// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellchecker.h"

#include "textsearch.h"

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

// Shorter words are too alike for their endings to be told from a misspelling.
constexpr qsizetype ShortestWithEndings = 4;
constexpr qsizetype LongestKazakhEnding = 8;

// The endings of Russian nouns and names in their cases: "Нуркенов|ой", "аким|у",
// "Караганд|ы". (Snowball's stems do not always meet: "аким" stems to "ак", "акиму" to
// "аким".)
const QStringList &russianEndings()
{
    static const QStringList endings = {u"а"_s, u"у"_s, u"ом"_s, u"ем"_s, u"ой"_s, u"ей"_s, u"е"_s, u"ы"_s,
                                        u"и"_s, u"ам"_s, u"ами"_s, u"ах"_s, u"ов"_s, u"ев"_s, u"ю"_s, u"ою"_s,
                                        u"ую"_s, u"ям"_s, u"ями"_s, u"ях"_s, u"я"_s, u"ым"_s, u"им"_s, u"ых"_s,
                                        u"их"_s, u"ого"_s, u"ому"_s, u"ая"_s, u"ий"_s, u"ый"_s};
    return endings;
}

// Whether `rest` is a chain of Kazakh suffixes: plural, possessive, case, and the common
// ones that make words of words (-шы, -лық, -сыз, -дағы, -у, -йтін ...), at most four.
// Hunspell's kk_KZ knows few inflected forms, so "Балаларымен" is бала + лар + ы + мен.
bool isKazakhEnding(QStringView rest)
{
    static const QStringList suffixes = [] {
        QStringList list;
        for (const char *s :
             {"лар", "лер", "дар", "дер", "тар", "тер", "ы", "і", "сы", "сі", "ым", "ім", "м", "ың", "ің", "ң",
              "ыңыз", "іңіз", "ңыз", "ңіз", "мыз", "міз", "ымыз", "іміз", "ның", "нің", "дың", "дің", "тың", "тің",
              "ға", "ге", "қа", "ке", "на", "не", "а", "е", "ны", "ні", "ды", "ді", "ты", "ті", "н", "да", "де", "та",
              "те", "нда", "нде", "дан", "ден", "тан", "тен", "нан", "нен", "мен", "бен", "пен", "дағы", "дегі",
              "тағы", "тегі", "ғы", "гі", "қы", "кі", "лы", "лі", "сыз", "сіз", "шы", "ші", "лық", "лік", "дық",
              "дік", "тық", "тік", "у", "уда", "уде", "йтін", "йтын", "атын", "етін", "ған", "ген", "қан", "кен",
              "лан", "лен", "дай", "дей", "тай", "тей", "ша", "ше", "нікі", "дікі", "тікі"})
            list.append(QString::fromUtf8(s));
        return list;
    }();
    if (rest.isEmpty() || rest.size() > 2 * LongestKazakhEnding)
        return false;
    // Cut into known suffixes, at most four, breadth first over the places reached.
    QList<qsizetype> reached{0};
    for (int depth = 0; depth < 4 && !reached.isEmpty(); ++depth) {
        QList<qsizetype> next;
        for (const qsizetype at : std::as_const(reached)) {
            for (const QString &suffix : suffixes) {
                if (rest.mid(at).startsWith(suffix)) {
                    if (at + suffix.size() == rest.size())
                        return true;
                    if (!next.contains(at + suffix.size()))
                        next.append(at + suffix.size());
                }
            }
        }
        reached = next;
    }
    return false;
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
    // The dictionary first: what it knows needs no look at endings.
    bool wrong = m_speller->isMisspelled(word) && !isKnown(word);
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

bool SpellChecker::isKnown(const QString &word) const
{
    const QString f = folded(word);
    if (m_known.contains(f))
        return true;
    if (f.size() < ShortestWithEndings)
        return false;
    const auto takesEndings = [&](const QString &head) { return m_withEndings.contains(head); };
    if (m_language.startsWith(u"kk")) {
        // Kazakh adds its endings to the word as it is: Шымкент-те, әкім-дігі, Алматы-дан,
        // to our words and to the dictionary's.
        for (qsizetype length = ShortestWithEndings - 1; length < f.size(); ++length) {
            const QString head = f.left(length);
            if (!isKazakhEnding(QStringView(f).mid(length)))
                continue;
            if (takesEndings(head) || (length >= ShortestWithEndings && !m_speller->isMisspelled(head)))
                return true;
        }
        return false;
    }
    if (m_knownStems.contains(TextSearch::stem(f)))
        return true;
    // A Russian case ending on the word, or in place of its last vowel, ь or й.
    for (const QString &ending : russianEndings()) {
        if (!f.endsWith(ending))
            continue;
        const QString head = f.chopped(ending.size());
        if (takesEndings(head))
            return true;
        for (const QChar last : {u'а', u'я', u'ь', u'й', u'о', u'е'}) {
            if (takesEndings(head + last))
                return true;
        }
    }
    return false;
}

void SpellChecker::setNewsroomWords(const QList<DictionaryWord> &words)
{
    m_known.clear();
    m_withEndings.clear();
    m_knownStems.clear();
    for (const DictionaryWord &word : words)
        addNewsroomWord(word);
    m_cache.clear();
}

void SpellChecker::addNewsroomWord(const DictionaryWord &word)
{
    const QString f = folded(word.word);
    m_known.insert(f);
    if (!word.exact && f.size() >= ShortestWithEndings - 1)
        m_withEndings.insert(f);
    if (!word.exact && f.size() >= ShortestWithEndings)
        m_knownStems.insert(TextSearch::stem(f));
    m_cache.clear(); // its other forms may have been asked for already
}

void SpellChecker::ignore(const QString &word)
{
    addNewsroomWord({word});
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
