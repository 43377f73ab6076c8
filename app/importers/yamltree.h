// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <memory>

// Front matter read strictly, with libyaml (the reference YAML parser, which refuses what a
// YAML parser must refuse: an unclosed quote, a bad indent) and, on top of it, the rules a
// story file keeps: no duplicate keys, no anchors or aliases, no explicit tags, keys are
// text, nesting at most MaxDepth deep. Every node knows its line and column, so a message
// can point at the place.
namespace Newsroom::YamlTree {

inline constexpr int MaxDepth = 16;

struct Node
{
    enum class Kind { Null, Scalar, Sequence, Map };
    Kind kind = Kind::Null;
    QString scalar;      // a scalar's text
    bool quoted = false; // written in quotes or as a block: never null, never a boolean
    int line = 0;        // 1-based, in the whole file
    int column = 0;      // 1-based
    QList<Node> items;   // a sequence's entries, or a map's values
    QStringList keys;    // a map's keys, in file order (same order as items)
    QList<int> keyLines;
    QList<int> keyColumns;

    bool isNull() const { return kind == Kind::Null; }
    const Node *value(QStringView key) const;
};

// Parses `bytes` (UTF-8, no NUL). `firstLine` is the file line the bytes start on. Errors
// read "file:line:column: message".
Expected<Node> parse(const QByteArray &bytes, const QString &fileName, int firstLine);

// A map of text, lists of text and lists of maps, written the way parse() reads it back.
class Writer
{
public:
    Writer();
    ~Writer();
    Writer(const Writer &) = delete;
    Writer &operator=(const Writer &) = delete;

    void beginMap();
    void endMap();
    void beginSequence();
    void endSequence();
    void text(const QString &value); // always a string when read back, quoted where it must be
    void boolean(bool value);
    QByteArray finish();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Newsroom::YamlTree
