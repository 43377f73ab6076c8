// SPDX-License-Identifier: GPL-3.0-or-later
// Stories in several languages kept in step, on SQLite and PostgreSQL: a translation made
// from its original, behind once the original changes (with the words changed since),
// in step again once reviewed; one per language; and links that hold against hand edits.
#include "storage/articlerepository.h"
#include "storage/categoryrepository.h"
#include "storage/translationrepository.h"
#include "testdatabases.h"
#include "text/slug.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Newsroom;

namespace {

QString insertedText(const QList<DiffSpan> &spans)
{
    QString text;
    for (const DiffSpan &span : spans) {
        if (span.kind == DiffSpan::Kind::Inserted)
            text += span.text;
    }
    return text;
}

} // namespace

class TestStoryTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void translateMakesALinkedDraft_data() { Test::TestDatabases::addEngineRows(); }
    void translateMakesALinkedDraft();
    void aChangedOriginalLeavesItsTranslationBehind_data() { Test::TestDatabases::addEngineRows(); }
    void aChangedOriginalLeavesItsTranslationBehind();
    void oneTranslationPerLanguage_data() { Test::TestDatabases::addEngineRows(); }
    void oneTranslationPerLanguage();
    void theLinksHoldAgainstHandEdits_data() { Test::TestDatabases::addEngineRows(); }
    void theLinksHoldAgainstHandEdits();
    void aTranslationsAddressFollowsItsHeadline_data() { Test::TestDatabases::addEngineRows(); }
    void aTranslationsAddressFollowsItsHeadline();
    void thePublishCheckSaysWhatIsBehind_data() { Test::TestDatabases::addEngineRows(); }
    void thePublishCheckSaysWhatIsBehind();
    void tagsAreNamedAsEarlierTranslationsNamedThem_data() { Test::TestDatabases::addEngineRows(); }
    void tagsAreNamedAsEarlierTranslationsNamedThem();

private:
    qint64 savedOriginal();

    Test::TestDatabases m_databases;
    std::unique_ptr<Database> m_db;
};

void TestStoryTranslations::init()
{
    QFETCH(QString, engine);
    m_db = m_databases.openFresh(engine);
}

void TestStoryTranslations::cleanup()
{
    m_db.reset();
}

qint64 TestStoryTranslations::savedOriginal()
{
    ArticleRepository articles(*m_db);
    Article story;
    story.headline = u"В Темиртау открыли новый парк"_s;
    story.lead = u"На берегу Самаркандского водохранилища появился парк с велодорожкой."_s;
    story.body = u"Работы начались весной. Высадили пятьсот деревьев."_s;
    story.categoryId = CategoryRepository(*m_db).ensurePath(u"Новости/Город"_s)->id;
    story.tags = {u"парк"_s, u"благоустройство"_s};
    const SaveResult saved = articles.save(story);
    return saved.ok() ? saved.article.id : 0;
}

void TestStoryTranslations::translateMakesALinkedDraft()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    QVERIFY(original);
    TranslationRepository translations(*m_db);
    QVERIFY(translations.group(original)->isEmpty()); // alone, no group yet

    const Expected<qint64> kazakh = translations.translate(original, u"kk"_s);
    QVERIFY2(kazakh, qPrintable(Test::errorText(kazakh)));
    ArticleRepository articles(*m_db);
    const Article from = *articles.load(original);
    const Article made = *articles.load(*kazakh);
    QCOMPARE(made.language, u"kk"_s);
    QCOMPARE(made.status, ArticleStatus::Draft);
    QCOMPARE(made.headline, from.headline); // for the translator to write over
    QCOMPARE(made.body, from.body);
    QCOMPARE(made.categoryId, from.categoryId);
    QCOMPARE(made.tags, from.tags);
    QVERIFY(made.slug != from.slug); // its own address

    // The group, from either side: the original first.
    for (const qint64 member : {original, *kazakh}) {
        const Expected<TranslationRepository::Group> group = translations.group(member);
        QVERIFY2(group, qPrintable(Test::errorText(group)));
        QCOMPARE(group->originalId, original);
        QCOMPARE(group->members.size(), 2);
        QVERIFY(group->members.at(0).original);
        QCOMPARE(group->members.at(1).id, *kazakh);
        QCOMPARE(group->members.at(1).language, u"kk"_s);
        QVERIFY(!group->isBehind(group->members.at(1)));
    }
    QVERIFY(translations.changesSince(*kazakh)->isEmpty());
}

void TestStoryTranslations::aChangedOriginalLeavesItsTranslationBehind()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    TranslationRepository translations(*m_db);
    const qint64 kazakh = *translations.translate(original, u"kk"_s);

    // The original is corrected after the translation was made.
    ArticleRepository articles(*m_db);
    Article corrected = *articles.load(original);
    corrected.body.replace(u"пятьсот"_s, u"шестьсот"_s);
    corrected.body += u" Зимой откроют каток."_s;
    QVERIFY(articles.save(corrected).ok());

    Expected<TranslationRepository::Group> group = translations.group(kazakh);
    QVERIFY(group->isBehind(group->members.at(1)));
    const Expected<QList<DiffSpan>> changes = translations.changesSince(kazakh);
    QVERIFY2(changes, qPrintable(Test::errorText(changes)));
    const QString inserted = insertedText(*changes);
    QVERIFY2(inserted.contains(u"шестьсот"_s) && inserted.contains(u"каток"_s), qPrintable(inserted));
    QString removed;
    for (const DiffSpan &span : *changes) {
        if (span.kind == DiffSpan::Kind::Removed)
            removed += span.text;
    }
    QVERIFY2(removed.contains(u"пятьсот"_s), qPrintable(removed));
    QVERIFY(!inserted.contains(u"Работы"_s)); // what did not change is not shown as changed

    // Reviewed against the original as it is now: in step again.
    QVERIFY(translations.markInStep(kazakh));
    group = translations.group(original);
    QVERIFY(!group->isBehind(group->members.at(1)));
    QVERIFY(translations.changesSince(kazakh)->isEmpty());
    // The original is not a translation to mark.
    QCOMPARE(translations.markInStep(original).error().kind, Error::Kind::NotFound);
}

void TestStoryTranslations::oneTranslationPerLanguage()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    TranslationRepository translations(*m_db);
    const qint64 kazakh = *translations.translate(original, u"kk"_s);
    const Expected<qint64> again = translations.translate(original, u"kk"_s);
    QCOMPARE(again.error().kind, Error::Kind::Invalid);
    QVERIFY2(again.error().message.contains(u"Қазақша"_s), qPrintable(again.error().message));
    QCOMPARE(translations.translate(original, u"ru"_s).error().kind, Error::Kind::Invalid);
    QCOMPARE(translations.translate(original, u"kz"_s).error().kind, Error::Kind::Invalid);
    const qint64 stories = *ArticleRepository(*m_db).count();

    // Translated from the translation, the English one is made from the original.
    const Expected<qint64> english = translations.translate(kazakh, u"en"_s);
    QVERIFY2(english, qPrintable(Test::errorText(english)));
    const Expected<TranslationRepository::Group> group = translations.group(*english);
    QCOMPARE(group->originalId, original);
    QCOMPARE(group->members.size(), 3);
    QCOMPARE(*ArticleRepository(*m_db).count(), stories + 1); // the refusals made nothing

    // Linking by hand follows the same rules.
    ArticleRepository articles(*m_db);
    Article another;
    another.headline = u"Жаңа саябақ"_s;
    another.language = u"kk"_s;
    const qint64 loose = articles.save(another).article.id;
    QCOMPARE(translations.link(loose, original).error().kind, Error::Kind::Invalid); // kk is taken
    QCOMPARE(translations.link(loose, kazakh).error().kind, Error::Kind::Invalid);   // not an original
}

void TestStoryTranslations::theLinksHoldAgainstHandEdits()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    TranslationRepository translations(*m_db);
    const qint64 kazakh = *translations.translate(original, u"kk"_s);
    const QString id = QString::number(kazakh);

    // In step with a revision the original does not have yet: every later change hidden.
    QVERIFY(!m_db->exec(u"UPDATE story_translations SET original_revision = 999 WHERE article_id = %1"_s.arg(id)));
    // A link moved to other stories, or another language.
    QVERIFY(!m_db->exec(u"UPDATE story_translations SET original_id = %1 WHERE article_id = %1"_s.arg(id)));
    QVERIFY(!m_db->exec(u"UPDATE story_translations SET language = 'en' WHERE article_id = %1"_s.arg(id)));
    // The original linked as a translation of its own translation.
    QVERIFY(!m_db->exec(u"INSERT INTO story_translations (article_id, original_id, language, original_revision) "
                        "VALUES (%1, %2, 'ru', 1)"_s.arg(original).arg(kazakh)));
    const Expected<TranslationRepository::Group> group = translations.group(original);
    QCOMPARE(group->members.size(), 2);
    QCOMPARE(group->members.at(1).inStepWith, group->originalRevision);
}

void TestStoryTranslations::aTranslationsAddressFollowsItsHeadline()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    const qint64 kazakh = *TranslationRepository(*m_db).translate(original, u"kk"_s);
    ArticleRepository articles(*m_db);
    Article draft = *articles.load(kazakh);
    const QString copied = draft.slug;

    // Translated, the headline gives the draft its own address (by the Kazakh rules)...
    draft.headline = u"Теміртауда жаңа саябақ ашылды"_s;
    SaveResult saved = articles.save(draft);
    QVERIFY(saved.ok());
    QCOMPARE(saved.article.slug, Slug::fromText(draft.headline, u"kk"_s));
    QVERIFY(saved.article.slug != copied);
    QVERIFY2(saved.article.slug.startsWith(u"temirtauda-"_s), qPrintable(saved.article.slug));
    // ...and keeps following it until the story is on the site.
    draft = saved.article;
    draft.headline = u"Теміртауда саябақ ашылды"_s;
    saved = articles.save(draft);
    QCOMPARE(saved.article.slug, Slug::fromText(draft.headline, u"kk"_s));

    // An address typed by hand stays whatever the headline becomes.
    draft = saved.article;
    draft.slug = u"temirtau-saiabaq"_s;
    draft = articles.save(draft).article;
    draft.headline = u"Саябақ ашылды"_s;
    saved = articles.save(draft);
    QCOMPARE(saved.article.slug, u"temirtau-saiabaq"_s);
    // The original kept its own all along.
    QCOMPARE(articles.load(original)->slug, Slug::fromText(u"В Темиртау открыли новый парк"_s, u"ru"_s));
}

void TestStoryTranslations::thePublishCheckSaysWhatIsBehind()
{
    QVERIFY(m_db);
    const qint64 original = savedOriginal();
    TranslationRepository translations(*m_db);
    const qint64 kazakh = *translations.translate(original, u"kk"_s);
    // Still the original's words: not to go out as a Kazakh story.
    QVERIFY(translations.group(kazakh)->members.at(1).untranslated);
    QVERIFY2(translations.behindWarning(kazakh)->contains(u"not translated"_s), qPrintable(*translations.behindWarning(kazakh)));
    QCOMPARE(*translations.behindWarning(original), QString()); // an original is never behind

    ArticleRepository articles(*m_db);
    Article translated = *articles.load(kazakh);
    translated.headline = u"Теміртауда жаңа саябақ ашылды"_s;
    translated.status = ArticleStatus::Published;
    QVERIFY(articles.save(translated).ok());
    QVERIFY(translations.publishedTranslationsBehind(original)->isEmpty());
    QCOMPARE(*translations.behindWarning(kazakh), QString()); // translated, in step

    // Steps through the workflow move the original's revision on and change no word: the
    // translation is not behind for them.
    Article stepped = *articles.load(original);
    stepped.status = ArticleStatus::Submitted;
    QVERIFY(articles.save(stepped).ok());
    const Expected<TranslationRepository::Group> afterStep = translations.group(kazakh);
    QVERIFY(afterStep->originalRevision > afterStep->members.at(1).inStepWith);
    QVERIFY(!afterStep->isBehind(afterStep->members.at(1)));
    QCOMPARE(*translations.behindWarning(kazakh), QString());

    // A correction to the published original: its translation is behind, and both sides say so.
    Article corrected = *articles.load(original);
    corrected.body.replace(u"пятьсот"_s, u"шестьсот"_s);
    QVERIFY(articles.save(corrected).ok());
    const Expected<QString> warning = translations.behindWarning(kazakh);
    QVERIFY2(warning, qPrintable(Test::errorText(warning)));
    QVERIFY2(warning->contains(u"В Темиртау открыли новый парк"_s), qPrintable(*warning));
    QVERIFY2(warning->contains(u"revision 1"_s) && warning->contains(u"revision 3"_s), qPrintable(*warning));
    QVERIFY2(warning->contains(u"; 2 word"_s), qPrintable(*warning)); // пятьсот out, шестьсот in
    const Expected<QStringList> flagged = translations.publishedTranslationsBehind(original);
    QCOMPARE(flagged->size(), 1);
    QVERIFY2(flagged->constFirst().contains(u"Теміртауда жаңа саябақ ашылды"_s), qPrintable(flagged->constFirst()));
    QVERIFY(translations.publishedTranslationsBehind(kazakh)->isEmpty()); // asked of the translation: nothing

    // Reviewed: nothing more to say.
    QVERIFY(translations.markInStep(kazakh));
    QCOMPARE(*translations.behindWarning(kazakh), QString());
    QVERIFY(translations.publishedTranslationsBehind(original)->isEmpty());
}

void TestStoryTranslations::tagsAreNamedAsEarlierTranslationsNamedThem()
{
    QVERIFY(m_db);
    ArticleRepository articles(*m_db);
    TranslationRepository translations(*m_db);
    // Two stories translated before: "парк" always became "саябақ"; "город" and "зима"
    // each once, beside it.
    const auto translated = [&](const QString &headline, const QStringList &tags, const QStringList &kazakhTags) {
        Article story;
        story.headline = headline;
        story.body = u"Текст."_s;
        story.tags = tags;
        const qint64 id = articles.save(story).article.id;
        const qint64 kazakh = *translations.translate(id, u"kk"_s);
        Article translation = *articles.load(kazakh);
        translation.headline = headline + u" (қаз.)"_s;
        translation.tags = kazakhTags;
        return articles.save(translation).ok();
    };
    QVERIFY(translated(u"Парк открыли"_s, {u"парк"_s, u"город"_s}, {u"саябақ"_s, u"қала"_s}));
    QVERIFY(translated(u"Каток в парке"_s, {u"парк"_s, u"зима"_s}, {u"саябақ"_s, u"қыс"_s}));

    Article story;
    story.headline = u"В парке поставили скамейки"_s;
    story.body = u"Текст."_s;
    story.tags = {u"парк"_s, u"город"_s, u"скамейки"_s};
    const qint64 id = articles.save(story).article.id;
    const Expected<qint64> kazakh = translations.translate(id, u"kk"_s);
    QVERIFY2(kazakh, qPrintable(Test::errorText(kazakh)));
    // "парк" is certain; with "саябақ" set aside, "город" was beside "қала" alone; a tag
    // never translated stays for the translator.
    QCOMPARE(articles.load(*kazakh)->tags, (QStringList{u"саябақ"_s, u"қала"_s, u"скамейки"_s}));
    // Into English nothing was ever translated: the tags stay as they are.
    const Expected<qint64> english = translations.translate(id, u"en"_s);
    QCOMPARE(articles.load(*english)->tags, story.tags);
}

QTEST_GUILESS_MAIN(TestStoryTranslations)
#include "tst_storytranslations.moc"
