// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstatistics.h"

#include <unicode/brkiter.h>
#include <unicode/unistr.h>

#include <memory>

namespace Newsroom {

namespace {

// Break iterators are costly to make: one of each kind per thread.
icu::BreakIterator *iterator(bool words)
{
    thread_local std::unique_ptr<icu::BreakIterator> wordIterator;
    thread_local std::unique_ptr<icu::BreakIterator> characterIterator;
    std::unique_ptr<icu::BreakIterator> &slot = words ? wordIterator : characterIterator;
    if (!slot) {
        UErrorCode status = U_ZERO_ERROR;
        const icu::Locale locale("ru");
        slot.reset(words ? icu::BreakIterator::createWordInstance(locale, status)
                         : icu::BreakIterator::createCharacterInstance(locale, status));
        if (U_FAILURE(status))
            slot.reset();
    }
    return slot.get();
}

} // namespace

TextStatistics TextStatistics::of(const QString &text)
{
    TextStatistics result;
    const icu::UnicodeString unicode(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));

    if (icu::BreakIterator *words = iterator(true)) {
        words->setText(unicode);
        // Letters, numbers and ideographs count; spaces and punctuation do not. A hyphen
        // between two words makes one word of them, as Russian counts «из-за», «кое-как».
        bool previousWasWord = false;
        bool joined = false;
        int32_t start = words->first();
        for (int32_t end = words->next(); end != icu::BreakIterator::DONE; start = end, end = words->next()) {
            const bool isWord = words->getRuleStatus() != UBRK_WORD_NONE;
            if (isWord) {
                if (!joined)
                    ++result.words;
                joined = false;
            } else {
                const bool hyphen = end - start == 1 && (text.at(start) == u'-' || text.at(start) == QChar(0x2011));
                joined = hyphen && previousWasWord;
            }
            previousWasWord = isWord;
        }
    }
    if (icu::BreakIterator *characters = iterator(false)) {
        characters->setText(unicode);
        int32_t start = characters->first();
        for (int32_t end = characters->next(); end != icu::BreakIterator::DONE; start = end, end = characters->next()) {
            ++result.characters;
            if (!QChar(text.at(start)).isSpace())
                ++result.charactersWithoutSpaces;
        }
    }
    return result;
}

} // namespace Newsroom
