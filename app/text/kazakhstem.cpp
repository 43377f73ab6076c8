// SPDX-License-Identifier: GPL-3.0-or-later
#include "kazakhstem.h"

#include <QStringList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Newsroom::TextSearch {

namespace {

// Inflectional endings, each in its vowel-harmony and assimilation variants. Derivational
// suffixes (-лық, -шы, -сыз …) make new words and stay on; so do endings that are too
// often the end of a root: negation -ма (алма «apple» would be ал «take»), and the bare
// dative -а/-е (every noun ending in a vowel would lose it: қала «city» would be қал
// «stay»).
const QStringList &endings()
{
    static const QStringList list = [] {
        QStringList all = {
            // plural
            u"лар"_s, u"лер"_s, u"дар"_s, u"дер"_s, u"тар"_s, u"тер"_s,
            // possessive (after the plural they come off one by one)
            u"ым"_s, u"ім"_s, u"ың"_s, u"ің"_s, u"ыңыз"_s, u"іңіз"_s, u"ңыз"_s, u"ңіз"_s, u"ымыз"_s, u"іміз"_s,
            u"сы"_s, u"сі"_s, u"ы"_s, u"і"_s, u"м"_s, u"ң"_s, u"с"_s,
            // genitive, dative, accusative, locative, ablative, instrumental
            u"ның"_s, u"нің"_s, u"дың"_s, u"дің"_s, u"тың"_s, u"тің"_s,
            u"ға"_s, u"ге"_s, u"қа"_s, u"ке"_s, u"на"_s, u"не"_s,
            u"ны"_s, u"ні"_s, u"ды"_s, u"ді"_s, u"ты"_s, u"ті"_s, u"н"_s,
            u"да"_s, u"де"_s, u"та"_s, u"те"_s, u"нда"_s, u"нде"_s,
            u"дан"_s, u"ден"_s, u"тан"_s, u"тен"_s, u"нан"_s, u"нен"_s, u"ндан"_s, u"нден"_s,
            u"мен"_s, u"бен"_s, u"пен"_s, u"менен"_s, u"бенен"_s, u"пенен"_s,
            // locative adjective: Теміртаудағы «the one in Temirtau»
            u"дағы"_s, u"дегі"_s, u"тағы"_s, u"тегі"_s, u"ндағы"_s, u"ндегі"_s,
            // verbs: past (-ды, above), participles, present and future, converbs, verbal noun
            u"ған"_s, u"ген"_s, u"қан"_s, u"кен"_s, u"ады"_s, u"еді"_s, u"йды"_s, u"йді"_s,
            u"атын"_s, u"етін"_s, u"йтын"_s, u"йтін"_s, u"мақ"_s, u"мек"_s, u"бақ"_s, u"бек"_s, u"пақ"_s, u"пек"_s,
            u"ып"_s, u"іп"_s, u"ыпты"_s, u"іпті"_s, u"пты"_s, u"пті"_s, u"са"_s, u"се"_s, u"уы"_s, u"уі"_s, u"у"_s,
            // personal endings
            u"мын"_s, u"мін"_s, u"бын"_s, u"бін"_s, u"пын"_s, u"пін"_s, u"амын"_s, u"емін"_s, u"ймын"_s, u"ймін"_s,
            u"мыз"_s, u"міз"_s, u"быз"_s, u"біз"_s, u"пыз"_s, u"піз"_s, u"сың"_s, u"сің"_s,
        };
        // The longest ending that fits comes off first.
        std::ranges::stable_sort(all, std::ranges::greater{}, &QString::size);
        return all;
    }();
    return list;
}

bool isVowel(QChar c)
{
    static const QString vowels = u"аәеёиоөуұүыіэюя"_s;
    return vowels.contains(c);
}

bool hasVowel(QStringView text)
{
    return std::ranges::any_of(text, isVowel);
}

// The pronominal n of the third person's possessive (баласын, баласына, қаласында): only
// after its -ы/-і, so that the н of a root stays (Қазақстанда, мекен).
bool isPronominalN(const QString &ending)
{
    static const QStringList forms = {u"н"_s,    u"на"_s,   u"не"_s,    u"нда"_s,  u"нде"_s,
                                      u"ндан"_s, u"нден"_s, u"ндағы"_s, u"ндегі"_s};
    return forms.contains(ending);
}

// Whether `ending` may come off `stem`, leaving a root.
bool mayTake(const QString &stem, const QString &ending)
{
    if (!stem.endsWith(ending))
        return false;
    const qsizetype rest = stem.size() - ending.size();
    // What stays must still be a root: two letters with a vowel (үй, су, ел), three when
    // a single letter or the possessive -сы would come off (ата stays, not ат; басы «its
    // head» is бас, not ба).
    const bool short3 = ending.size() == 1 || ending == u"сы" || ending == u"сі";
    if (rest < (short3 ? 3 : 2) || !hasVowel(QStringView(stem).left(rest)))
        return false;
    const QChar before = stem.at(rest - 1);
    if (isPronominalN(ending))
        return before == u'ы' || before == u'і';
    // -у after a vowel is the root's own: тау, Теміртау, ау.
    if (ending == u"у")
        return !isVowel(before);
    // A root's final с after a vowel comes off too: жиналыс+ы and жиналы+сы cannot be told
    // apart without a dictionary, so both forms, and the bare word, meet at жинал.
    if (ending == u"с")
        return isVowel(before);
    return true;
}

// A root's last consonant voiced before a vowel ending (мектеп → мектебі, кітап →
// кітабы, тарақ → тарағы, жүрек → жүрегі) is given back its dictionary form.
void unvoiceLast(QString &stem)
{
    if (stem.isEmpty())
        return;
    QChar &last = stem.back();
    if (last == u'б')
        last = u'п';
    else if (last == u'ғ')
        last = u'қ';
    else if (last == u'г')
        last = u'к';
}

} // namespace

QString stemKazakh(const QString &word)
{
    QString stem = word;
    // Each round takes off one ending; a word carries at most five or six.
    for (int round = 0; round < 8; ++round) {
        const QString *taken = nullptr;
        for (const QString &ending : endings()) {
            if (mayTake(stem, ending)) {
                taken = &ending;
                break;
            }
        }
        if (!taken)
            break;
        stem.chop(taken->size());
        if (isVowel(taken->front()))
            unvoiceLast(stem);
    }
    return stem;
}

} // namespace Newsroom::TextSearch
