// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitewords.h"

#include "importers/yamltree.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Newsroom {

namespace {

struct Words
{
    Q_DECLARE_TR_FUNCTIONS(Export)
};

const QString PhotoWordsKey = u"creditSaysPhoto"_s;

QString place(const QString &file, int line, int column)
{
    return QDir::toNativeSeparators(file) + u':' + QString::number(line) + u':' + QString::number(column);
}

} // namespace

Expected<SiteWords> SiteWords::load(const QStringList &themeFolders)
{
    static const QRegularExpression languageName(u"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$"_s);
    SiteWords words;
    for (auto folder = themeFolders.crbegin(); folder != themeFolders.crend(); ++folder) {
        const QDir i18n(*folder + u"/i18n"_s);
        for (const QString &name : i18n.entryList({u"*.yaml"_s}, QDir::Files, QDir::Name)) {
            const QString path = i18n.filePath(name);
            const QString language = name.chopped(5);
            if (!languageName.match(language).hasMatch())
                return invalid(Words::tr("%1: the name of a words file is a language code, such as ru.yaml or kk.yaml")
                                   .arg(QDir::toNativeSeparators(path)));
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return failure(Words::tr("cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
            const Expected<YamlTree::Node> tree = YamlTree::parse(file.readAll(), path, 1);
            if (!tree)
                return tree.error();
            if (tree->kind != YamlTree::Node::Kind::Map)
                return invalid(Words::tr("%1: a words file is a list of “key: words” lines")
                                   .arg(place(path, tree->line, tree->column)));
            QVariantHash &these = words.m_words[language];
            for (qsizetype i = 0; i < tree->keys.size(); ++i) {
                const QString &key = tree->keys.at(i);
                const YamlTree::Node &value = tree->items.at(i);
                if (key == PhotoWordsKey) {
                    const auto notAList = [&](const YamlTree::Node &node) {
                        return invalid(Words::tr("%1: “%2” is a list of words, such as [фото, сурет]")
                                           .arg(place(path, node.line, node.column), key));
                    };
                    if (value.kind != YamlTree::Node::Kind::Sequence)
                        return notAList(value);
                    QStringList list;
                    for (const YamlTree::Node &item : value.items) {
                        if (item.kind != YamlTree::Node::Kind::Scalar || item.scalar.isEmpty())
                            return notAList(item);
                        list.append(item.scalar);
                    }
                    words.m_photoWords.insert(language, list);
                    continue;
                }
                if (value.kind != YamlTree::Node::Kind::Scalar)
                    return invalid(Words::tr("%1: the words for “%2” are one line of text")
                                       .arg(place(path, value.line, value.column), key));
                these.insert(key, value.scalar);
            }
        }
    }
    return words;
}

QVariantHash SiteWords::words(const QString &language) const
{
    QVariantHash result = m_words.value(u"en"_s);
    const auto own = m_words.constFind(language);
    if (own != m_words.cend()) {
        for (auto it = own->cbegin(); it != own->cend(); ++it)
            result.insert(it.key(), it.value());
    }
    return result;
}

QString SiteWords::word(const QString &language, const QString &key) const
{
    const QVariant own = m_words.value(language).value(key);
    return own.isValid() ? own.toString() : m_words.value(u"en"_s).value(key).toString();
}

bool SiteWords::creditSaysPhoto(const QString &language, const QString &credit) const
{
    const QStringList photoWords = m_photoWords.contains(language) ? m_photoWords.value(language)
                                                                   : m_photoWords.value(u"en"_s);
    return std::any_of(photoWords.cbegin(), photoWords.cend(),
                       [&](const QString &word) { return credit.contains(word, Qt::CaseInsensitive); });
}

} // namespace Newsroom
