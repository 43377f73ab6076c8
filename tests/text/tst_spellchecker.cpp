// SPDX-License-Identifier: GPL-3.0-or-later
// Spelling with the hunspell dictionaries the newsroom writes in: Russian, Kazakh, English.
#include "demo/demonewsroom.h"
#include "storage/articlerepository.h"
#include "storage/database.h"
#include "storage/dictionaryrepository.h"
#include "text/spellchecker.h"

#include <QTemporaryDir>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

class TestSpellChecker : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void marksMisspelledWords_data();
    void marksMisspelledWords();
    void suggestsTheWordMeant();
    void newsroomWordsAndIgnoredWordsPass();
    void theWordsOfKazakhstanPass_data();
    void theWordsOfKazakhstanPass();
    void theDemoStoriesAreSpellClean();
    void skipsWhatIsNotProse_data();
    void skipsWhatIsNotProse();
    void noDictionaryMarksNothing();

private:
    QStringList misspelled(const QString &language, const QString &line, const QList<DictionaryWord> &words = {});
    QTemporaryDir m_dir;
    QList<DictionaryWord> m_newsroomWords; // those a new newsroom starts with
};

QStringList TestSpellChecker::misspelled(const QString &language, const QString &line,
                                         const QList<DictionaryWord> &words)
{
    SpellChecker checker;
    if (!checker.setLanguage(language))
        return {u"(no dictionary for %1)"_s.arg(language)};
    checker.setNewsroomWords(words);
    QStringList found;
    for (const SpellChecker::Range &range : checker.misspellings(line))
        found.append(line.mid(range.start, range.length));
    return found;
}

void TestSpellChecker::initTestCase()
{
    for (const QString &language : {u"ru"_s, u"kk"_s, u"en"_s}) {
        SpellChecker checker;
        QVERIFY2(checker.setLanguage(language), qPrintable(u"no dictionary for "_s + language));
    }
    // The words of Kazakhstan, as a new newsroom's dictionary has them.
    DatabaseUrl url;
    url.path = m_dir.filePath(u"new.db"_s);
    Expected<std::unique_ptr<Database>> db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    const Expected<QList<DictionaryWord>> words = DictionaryRepository(**db).words();
    QVERIFY(words);
    m_newsroomWords = *words;
}

void TestSpellChecker::marksMisspelledWords_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ru") << u"ru"_s << u"Минстр промышленности посетил завод, министр доволен."_s
                        << QStringList{u"Минстр"_s};
    QTest::newRow("ru, ё as е") << u"ru"_s << u"Всё ещё идёт работа над ёлками."_s << QStringList{};
    QTest::newRow("ru, word forms") << u"ru"_s << u"выборы выборов выборах министру министром"_s << QStringList{};
    QTest::newRow("kk") << u"kk"_s << u"Мектепте оқушылар бар, мектпте емес."_s
                        << QStringList{u"мектпте"_s};
    QTest::newRow("en") << u"en"_s << u"The minister visited the steel plant yesturday."_s << QStringList{u"yesturday"_s};
    QTest::newRow("kk, a misspelling") << u"kk"_s << u"Қала әкімі келді, әкмі емес."_s << QStringList{u"әкмі"_s};
}

void TestSpellChecker::marksMisspelledWords()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(misspelled(language, line).join(u" | "_s), expected.join(u" | "_s));
}

void TestSpellChecker::suggestsTheWordMeant()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"ru"_s));
    QVERIFY(checker.isMisspelled(u"минстр"_s));
    QVERIFY(!checker.isMisspelled(u"министр"_s));
    const QStringList suggestions = checker.suggestions(u"минстр"_s);
    QVERIFY2(suggestions.contains(u"министр"_s), qPrintable(suggestions.join(u", "_s)));
}

void TestSpellChecker::newsroomWordsAndIgnoredWordsPass()
{
    SpellChecker checker;
    QVERIFY(checker.setLanguage(u"ru"_s));
    QVERIFY(checker.isMisspelled(u"Осакаровка"_s));
    QVERIFY(checker.isMisspelled(u"Бекмуратова"_s));
    checker.setNewsroomWords({{u"Осакаровка"_s}});
    QVERIFY(!checker.isMisspelled(u"Осакаровка"_s));
    QVERIFY(!checker.isMisspelled(u"осакаровка"_s)); // case does not matter
    checker.ignore(u"Бекмуратова"_s);
    QVERIFY(!checker.isMisspelled(u"Бекмуратова"_s));
    checker.setNewsroomWords({});
    QVERIFY(checker.isMisspelled(u"Осакаровка"_s));
    // With their endings: a Russian word by its stem, a name by its case endings.
    QVERIFY(checker.isMisspelled(u"Осакаровке"_s) && checker.isMisspelled(u"Тлеубаевой"_s));
    checker.setNewsroomWords({{u"Осакаровка"_s}, {u"Тлеубаева"_s}});
    QVERIFY(!checker.isMisspelled(u"Осакаровке"_s));
    QVERIFY(!checker.isMisspelled(u"Тлеубаевой"_s));
    QVERIFY(checker.isMisspelled(u"Осакровке"_s)); // but not a misspelling of it
    // An exact word in that form only.
    checker.setNewsroomWords({{u"Осакаровка"_s, true}});
    QVERIFY(!checker.isMisspelled(u"Осакаровка"_s));
    QVERIFY(checker.isMisspelled(u"Осакаровке"_s));
}

void TestSpellChecker::skipsWhatIsNotProse_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("checked");
    QTest::newRow("code span") << u"Команда `минстр --help` и текст"_s << QStringList{u"Команда"_s, u"текст"_s};
    QTest::newRow("link target") << u"[сайт акимата](https://minstr.example/ru/novosti) сообщил"_s
                                 << QStringList{u"сайт"_s, u"акимата"_s, u"сообщил"_s};
    QTest::newRow("bare url and mail") << u"Пишите на press@akimat.kz или www.akimat.kz сегодня"_s
                                       << QStringList{u"Пишите"_s, u"на"_s, u"или"_s, u"сегодня"_s};
    QTest::newRow("photo") << u"![Вид на комбинат](photo:12)"_s << QStringList{u"Вид"_s, u"на"_s, u"комбинат"_s};
    QTest::newRow("abbreviations, codes, letters") << u"ЖКХ и 5G в 2026 году, т. е. сеть"_s
                                                   << QStringList{u"году"_s, u"сеть"_s};
}

void TestSpellChecker::skipsWhatIsNotProse()
{
    QFETCH(QString, line);
    QFETCH(QStringList, checked);
    QStringList words;
    for (const SpellChecker::Range &range : SpellChecker::words(line))
        words.append(line.mid(range.start, range.length));
    QCOMPARE(words, checked);
}

void TestSpellChecker::noDictionaryMarksNothing()
{
    SpellChecker checker;
    QVERIFY(!checker.setLanguage(u"tlh"_s));
    QVERIFY(!checker.isActive());
    QVERIFY(checker.misspellings(u"Qapla' минстр"_s).isEmpty());
}

void TestSpellChecker::theWordsOfKazakhstanPass_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("line");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("ru: offices and places, with their endings")
        << u"ru"_s
        << u"Аким Шымкента пришёл в маслихат; акимат Жезказгана, ЦОН и РК; в Алматы и Астане заплатили тысячу тенге."_s
        << QStringList{};
    QTest::newRow("ru: names declined") << u"ru"_s << u"По словам Гульнары Нуркеновой и Ерлана Ахметова, акиму доложили."_s
                                        << QStringList{};
    QTest::newRow("ru: real misspellings still caught")
        << u"ru"_s << u"Аким Алматы, не Алмата; акмат Шымкнета и маслихат."_s
        << QStringList{u"Алмата"_s, u"акмат"_s, u"Шымкнета"_s};
    QTest::newRow("kk: offices and places, with their endings")
        << u"kk"_s << u"Шымкент қаласының әкімі мәслихатқа келді; Алматыда, Жезқазғанда және Теміртауда теңге бағамы."_s
        << QStringList{};
    QTest::newRow("kk: real misspellings still caught") << u"kk"_s << u"Шымкетте әкмі мәсихатқа келді."_s
                                                        << QStringList{u"Шымкетте"_s, u"әкмі"_s, u"мәсихатқа"_s};
    QTest::newRow("en") << u"en"_s << u"The akim of Temirtau met the maslikhat in Almaty; prices in tenge rose."_s
                        << QStringList{};
    QTest::newRow("en: misspelling") << u"en"_s << u"The akim of Temirtua met the maslikat."_s
                                     << QStringList{u"Temirtua"_s, u"maslikat"_s};
}

void TestSpellChecker::theWordsOfKazakhstanPass()
{
    QFETCH(QString, language);
    QFETCH(QString, line);
    QFETCH(QStringList, expected);
    QCOMPARE(misspelled(language, line, m_newsroomWords).join(u" | "_s), expected.join(u" | "_s));
    // Without the newsroom's words the dictionaries alone flag the clean lines.
    if (expected.isEmpty())
        QVERIFY(!misspelled(language, line).isEmpty());
}

void TestSpellChecker::theDemoStoriesAreSpellClean()
{
    QTemporaryDir dir;
    DatabaseUrl url;
    url.path = dir.filePath(u"demo.db"_s);
    Expected<std::unique_ptr<Database>> db = Database::open(url, Database::OpenMode::CreateIfMissing);
    QVERIFY(db);
    QVERIFY(Demo::load(**db));
    ArticleQuery query;
    query.limit = 100;
    const Expected<ArticlePage> page = ArticleRepository(**db).list(query);
    QVERIFY(page);
    QVERIFY(page->items.size() >= 10);
    QStringList wrong;
    int kazakh = 0;
    for (const ArticleSummary &summary : page->items) {
        const Expected<Article> story = ArticleRepository(**db).load(summary.id);
        QVERIFY(story);
        kazakh += story->language == u"kk";
        SpellChecker checker;
        QVERIFY(checker.setLanguage(story->language));
        checker.setNewsroomWords(*DictionaryRepository(**db).words());
        const QString text = story->kicker + u'\n' + story->headline + u'\n' + story->lead + u'\n' + story->body;
        for (const QString &line : text.split(u'\n')) {
            for (const SpellChecker::Range &range : checker.misspellings(line))
                wrong.append(u"%1 (%2): %3"_s.arg(story->slug, story->language, line.mid(range.start, range.length)));
        }
    }
    QVERIFY(kazakh >= 2);
    QVERIFY2(wrong.isEmpty(), qPrintable(wrong.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestSpellChecker)
#include "tst_spellchecker.moc"
