// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QHash>
#include <QStringList>
#include <QVariantHash>

namespace Newsroom {

// The words the exported site prints around the stories ("Лента новостей", "Фото",
// "Похожие статьи") and its date formats, in each language, from the theme's
// i18n/<language>.yaml files, as Hugo keeps them in i18n/. The default theme ships ru, kk
// and en; a newsroom's theme folder may add a language or replace some words of one.
class SiteWords
{
public:
    // Reads i18n/*.yaml of each folder, the last one first (the default theme), each later
    // file's words over the earlier ones. A file that is not a map of words fails, with its
    // name, line and column.
    static Expected<SiteWords> load(const QStringList &themeFolders);

    // The words for `language`; a word it lacks in English; a language without a file
    // (a story in a language the theme has no words for) is English.
    QVariantHash words(const QString &language) const;
    QString word(const QString &language, const QString &key) const;
    QStringList languages() const { return m_words.keys(); }
    // Whether a photo credit already says it is a photo ("Фото автора", "… суреті"), so
    // that no "Фото:" goes before it.
    bool creditSaysPhoto(const QString &language, const QString &credit) const;

private:
    QHash<QString, QVariantHash> m_words;
    QHash<QString, QStringList> m_photoWords;
};

} // namespace Newsroom
