// SPDX-License-Identifier: GPL-3.0-or-later
#include "language.h"

using namespace Qt::StringLiterals;

namespace Newsroom {

QString guessLanguage(QStringView text)
{
    static const QString kazakhLetters = u"әғқңөұүһіӘҒҚҢӨҰҮҺІ"_s;
    qsizetype cyrillic = 0;
    qsizetype kazakh = 0;
    qsizetype latin = 0;
    for (QChar c : text) {
        if (!c.isLetter())
            continue;
        if (c.script() == QChar::Script_Cyrillic) {
            ++cyrillic;
            if (kazakhLetters.contains(c))
                ++kazakh;
        } else if (c.script() == QChar::Script_Latin) {
            ++latin;
        }
    }
    if (latin > cyrillic)
        return u"en"_s;
    // A Kazakh place name in a Russian story is a few letters; Kazakh prose has them everywhere.
    if (cyrillic > 0 && kazakh * 50 >= cyrillic)
        return u"kk"_s;
    return u"ru"_s;
}

} // namespace Newsroom
