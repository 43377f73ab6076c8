// SPDX-License-Identifier: GPL-3.0-or-later
#include "slug.h"

#include <QRegularExpression>

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace Newsroom::Slug {

namespace {

// Letters only Kazakh uses among the Cyrillic ones.
bool hasKazakhLetters(const QString &text)
{
    static const QString kazakh = u"әғқңөұүһіӘҒҚҢӨҰҮҺІ"_s;
    return std::any_of(text.begin(), text.end(), [](QChar c) { return kazakh.contains(c); });
}

// Transliterators are costly to create and not thread-safe: one per thread and kind.
icu::Transliterator *transliterator(bool kazakh)
{
    thread_local std::unique_ptr<icu::Transliterator> russian;
    thread_local std::unique_ptr<icu::Transliterator> kazakhLatin;
    std::unique_ptr<icu::Transliterator> &slot = kazakh ? kazakhLatin : russian;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const char *id = kazakh ? "Kazakh-Latin/BGN; Latin-ASCII; Lower" : "Russian-Latin/BGN; Latin-ASCII; Lower";
        slot.reset(icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

QString transliterate(const QString &text, bool kazakh)
{
    icu::Transliterator *t = transliterator(kazakh);
    if (!t)
        return text.toLower();
    icu::UnicodeString buffer(reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    t->transliterate(buffer);
    return QString(reinterpret_cast<const QChar *>(buffer.getBuffer()), buffer.length());
}

} // namespace

QString fromText(const QString &text, const QString &language)
{
    const bool kazakh = language == u"kk" || hasKazakhLetters(text);
    QString latin = transliterate(text, kazakh);

    static const QRegularExpression dropped(u"['\"`\u2019\u201d\u02b9\u02ba\u00b7]"_s);
    static const QRegularExpression separators(u"[^a-z0-9]+"_s);
    latin.remove(dropped);
    latin.replace(separators, u"-"_s);

    QString slug;
    for (const QString &word : latin.split(u'-', Qt::SkipEmptyParts)) {
        const qsizetype wanted = slug.size() + (slug.isEmpty() ? 0 : 1) + word.size();
        if (wanted > MaxLength) {
            if (slug.isEmpty())
                slug = word.left(MaxLength); // one very long word
            break;
        }
        if (!slug.isEmpty())
            slug += u'-';
        slug += word;
    }
    return slug.isEmpty() ? u"story"_s : slug;
}

bool isValid(const QString &slug)
{
    // By hand: an export checks every story's and tag's.
    return !slug.isEmpty() && slug.size() <= 80 && std::all_of(slug.cbegin(), slug.cend(), [](QChar c) {
        return (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-';
    });
}

QString withSuffix(const QString &base, int n)
{
    const QString suffix = u"-%1"_s.arg(n);
    QString stem = base.left(MaxLength - suffix.size());
    while (stem.endsWith(u'-'))
        stem.chop(1);
    return stem + suffix;
}

} // namespace Newsroom::Slug
