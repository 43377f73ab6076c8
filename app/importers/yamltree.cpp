// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamltree.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <yaml.h>

using namespace Qt::StringLiterals;

namespace Newsroom::YamlTree {

namespace {

// The words of this file, filed by lupdate under the context given here.
struct Words
{
    Q_DECLARE_TR_FUNCTIONS(YamlTree)
};

QString fromUtf8(const unsigned char *text, size_t length)
{
    return QString::fromUtf8(reinterpret_cast<const char *>(text), qsizetype(length));
}

bool isNullWord(QStringView text)
{
    return text.isEmpty() || text == u"~" || text == u"null" || text == u"Null" || text == u"NULL";
}

// Owns one libyaml event, so every path out of the loop deletes it.
struct Event
{
    yaml_event_t event{};
    bool valid = false;
    ~Event()
    {
        if (valid)
            yaml_event_delete(&event);
    }
};

struct Parser
{
    yaml_parser_t parser{};
    Parser() { yaml_parser_initialize(&parser); }
    ~Parser() { yaml_parser_delete(&parser); }
};

class Builder
{
public:
    Builder(const QString &fileName, int firstLine)
        : m_fileName(fileName)
        , m_firstLine(firstLine)
    {
    }

    QString at(const yaml_mark_t &mark) const
    {
        return u"%1:%2:%3"_s.arg(m_fileName).arg(m_firstLine + int(mark.line)).arg(int(mark.column) + 1);
    }

    Error error(const yaml_mark_t &mark, const QString &message) const
    {
        return invalid(u"%1: %2"_s.arg(at(mark), message));
    }

    Node started(Node::Kind kind, const yaml_mark_t &mark) const
    {
        Node node;
        node.kind = kind;
        node.line = m_firstLine + int(mark.line);
        node.column = int(mark.column) + 1;
        return node;
    }

    // Checks what every node may not carry; empty when it is fine.
    std::optional<Error> refused(const yaml_event_t &e, const unsigned char *anchor, const unsigned char *tag) const
    {
        if (anchor)
            return error(e.start_mark, Words::tr("anchors (&%1) are not used in story files: write the value out")
                                           .arg(fromUtf8(anchor, qstrlen(reinterpret_cast<const char *>(anchor)))));
        if (tag)
            return error(e.start_mark, Words::tr("YAML tags (%1) are not used in story files: write plain text")
                                           .arg(fromUtf8(tag, qstrlen(reinterpret_cast<const char *>(tag)))));
        return std::nullopt;
    }

    // Adds a finished node to the collection being built, or makes it the root.
    std::optional<Error> add(Node node, const yaml_mark_t &mark)
    {
        if (m_stack.isEmpty()) {
            m_root = std::move(node);
            m_done = true;
            return std::nullopt;
        }
        Node &parent = m_stack.last();
        if (parent.kind == Node::Kind::Map && parent.keys.size() == parent.items.size()) {
            if (node.kind != Node::Kind::Scalar && node.kind != Node::Kind::Null)
                return error(mark, Words::tr("a key must be a plain word, such as “title”"));
            const qsizetype earlier = parent.keys.indexOf(node.scalar);
            if (earlier >= 0)
                return error(mark, Words::tr("“%1” is written twice (first on line %2): keep one")
                                       .arg(node.scalar)
                                       .arg(parent.keyLines.at(earlier)));
            parent.keys.append(node.scalar);
            parent.keyLines.append(node.line);
            parent.keyColumns.append(node.column);
            return std::nullopt;
        }
        parent.items.append(std::move(node));
        return std::nullopt;
    }

    Expected<Node> run(const QByteArray &bytes)
    {
        Parser p;
        yaml_parser_set_input_string(&p.parser, reinterpret_cast<const unsigned char *>(bytes.constData()),
                                     size_t(bytes.size()));
        int documents = 0;
        for (;;) {
            Event e;
            if (!yaml_parser_parse(&p.parser, &e.event))
                return syntaxError(p.parser, bytes);
            e.valid = true;
            const yaml_event_t &ev = e.event;
            switch (ev.type) {
            case YAML_STREAM_END_EVENT:
                if (!m_done)
                    return Node{};
                return m_root;
            case YAML_DOCUMENT_START_EVENT:
                if (++documents > 1)
                    return error(ev.start_mark, Words::tr("a second YAML document: the front matter is one list of "
                                                   "“key: value” lines"));
                break;
            case YAML_ALIAS_EVENT:
                return error(ev.start_mark, Words::tr("aliases (*%1) are not used in story files: write the value out")
                                                .arg(QString::fromUtf8(reinterpret_cast<const char *>(ev.data.alias.anchor))));
            case YAML_SCALAR_EVENT: {
                if (std::optional<Error> no = refused(ev, ev.data.scalar.anchor, ev.data.scalar.tag))
                    return *no;
                Node node = started(Node::Kind::Scalar, ev.start_mark);
                node.scalar = fromUtf8(ev.data.scalar.value, ev.data.scalar.length);
                node.quoted = ev.data.scalar.style != YAML_PLAIN_SCALAR_STYLE;
                if (!node.quoted && isNullWord(node.scalar))
                    node.kind = Node::Kind::Null;
                if (std::optional<Error> no = add(std::move(node), ev.start_mark))
                    return *no;
                break;
            }
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT: {
                const bool map = ev.type == YAML_MAPPING_START_EVENT;
                if (std::optional<Error> no = map ? refused(ev, ev.data.mapping_start.anchor, ev.data.mapping_start.tag)
                                                  : refused(ev, ev.data.sequence_start.anchor, ev.data.sequence_start.tag))
                    return *no;
                if (!m_stack.isEmpty() && m_stack.last().kind == Node::Kind::Map
                    && m_stack.last().keys.size() == m_stack.last().items.size())
                    return error(ev.start_mark, Words::tr("a key must be a plain word, such as “title”"));
                if (m_stack.size() >= MaxDepth)
                    return error(ev.start_mark, Words::tr("the front matter is nested more than %1 levels deep").arg(MaxDepth));
                m_stack.append(started(map ? Node::Kind::Map : Node::Kind::Sequence, ev.start_mark));
                break;
            }
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT: {
                Node done = m_stack.takeLast();
                if (std::optional<Error> no = add(std::move(done), ev.start_mark))
                    return *no;
                break;
            }
            case YAML_NO_EVENT:
            case YAML_STREAM_START_EVENT:
            case YAML_DOCUMENT_END_EVENT:
                break;
            }
        }
    }

    Error syntaxError(const yaml_parser_t &parser, const QByteArray &bytes) const
    {
        if (parser.error == YAML_READER_ERROR) {
            // The reader's faults (a control character) come with a byte offset, not a mark.
            const qsizetype offset = std::min<qsizetype>(qsizetype(parser.problem_offset), bytes.size());
            const QByteArray before = bytes.left(offset);
            yaml_mark_t mark{};
            mark.line = size_t(before.count('\n'));
            mark.column = size_t(QString::fromUtf8(before.mid(before.lastIndexOf('\n') + 1)).size());
            return error(mark, Words::tr("the front matter is not valid YAML: %1")
                                   .arg(QString::fromUtf8(parser.problem ? parser.problem : "unreadable text")));
        }
        const QString problem = QString::fromUtf8(parser.problem ? parser.problem : "unknown problem");
        if (parser.context) {
            const QString context = QString::fromUtf8(parser.context);
            if (context.contains(u"quoted scalar"_s) && problem.contains(u"end of stream"_s))
                return error(parser.context_mark, Words::tr("the quotes opened here are never closed"));
            return error(parser.problem_mark, Words::tr("the front matter is not valid YAML: %1 (%2, which began at "
                                                 "line %3, column %4)")
                                                  .arg(problem, context)
                                                  .arg(m_firstLine + int(parser.context_mark.line))
                                                  .arg(int(parser.context_mark.column) + 1));
        }
        if (problem.contains(u"mapping values are not allowed"_s))
            return error(parser.problem_mark,
                         Words::tr("a colon followed by a space starts a new key here; if it belongs to the text, put the "
                            "whole text in quotes: title: \"Аким: мост откроют в мае\""));
        return error(parser.problem_mark, Words::tr("the front matter is not valid YAML: %1").arg(problem));
    }

private:
    QString m_fileName;
    int m_firstLine;
    QList<Node> m_stack;
    Node m_root;
    bool m_done = false;
};

} // namespace

const Node *Node::value(QStringView key) const
{
    if (kind != Kind::Map)
        return nullptr;
    for (qsizetype i = 0; i < keys.size(); ++i)
        if (keys.at(i) == key)
            return &items.at(i);
    return nullptr;
}

Expected<Node> parse(const QByteArray &bytes, const QString &fileName, int firstLine)
{
    return Builder(fileName, firstLine).run(bytes);
}

struct Writer::Private
{
    yaml_emitter_t emitter{};
    QByteArray output;
    bool failed = false;

    static int write(void *data, unsigned char *buffer, size_t size)
    {
        static_cast<Private *>(data)->output.append(reinterpret_cast<const char *>(buffer), qsizetype(size));
        return 1;
    }

    void send(yaml_event_t &event, int initialized)
    {
        if (!initialized || !yaml_emitter_emit(&emitter, &event))
            failed = true;
    }

    void scalar(const QByteArray &utf8, yaml_scalar_style_t style)
    {
        yaml_event_t event;
        const int ok = yaml_scalar_event_initialize(&event, nullptr, nullptr,
                                                    reinterpret_cast<const unsigned char *>(utf8.constData()),
                                                    int(utf8.size()), 1, 1, style);
        send(event, ok);
    }
};

Writer::Writer()
    : d(std::make_unique<Private>())
{
    yaml_emitter_initialize(&d->emitter);
    yaml_emitter_set_output(&d->emitter, &Private::write, d.get());
    yaml_emitter_set_unicode(&d->emitter, 1);
    yaml_emitter_set_width(&d->emitter, -1);
    yaml_event_t event;
    d->send(event, yaml_stream_start_event_initialize(&event, YAML_UTF8_ENCODING));
    d->send(event, yaml_document_start_event_initialize(&event, nullptr, nullptr, nullptr, 1));
}

Writer::~Writer()
{
    yaml_emitter_delete(&d->emitter);
}

void Writer::beginMap()
{
    yaml_event_t event;
    d->send(event, yaml_mapping_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_MAPPING_STYLE));
}

void Writer::endMap()
{
    yaml_event_t event;
    d->send(event, yaml_mapping_end_event_initialize(&event));
}

void Writer::beginSequence()
{
    yaml_event_t event;
    d->send(event, yaml_sequence_start_event_initialize(&event, nullptr, nullptr, 1, YAML_BLOCK_SEQUENCE_STYLE));
}

void Writer::endSequence()
{
    yaml_event_t event;
    d->send(event, yaml_sequence_end_event_initialize(&event));
}

void Writer::text(const QString &value)
{
    // Plain where every YAML reader (Hugo's, Jekyll's, ours) takes it as text; quoted where
    // one would read a null, a boolean, a number or a date instead.
    static const QRegularExpression typed(
        uR"(^(?:~|null|true|false|yes|no|on|off|y|n|[-+]?(?:\.?\d[\d_.,:eE+-]*|\.inf|\.nan|0[xob][0-9a-fA-F_]+))$)"_s,
        QRegularExpression::CaseInsensitiveOption);
    const bool quote = value.isEmpty() || typed.match(value).hasMatch();
    d->scalar(value.toUtf8(), quote ? YAML_DOUBLE_QUOTED_SCALAR_STYLE : YAML_ANY_SCALAR_STYLE);
}

void Writer::boolean(bool value)
{
    d->scalar(value ? "true" : "false", YAML_PLAIN_SCALAR_STYLE);
}

QByteArray Writer::finish()
{
    yaml_event_t event;
    d->send(event, yaml_document_end_event_initialize(&event, 1));
    d->send(event, yaml_stream_end_event_initialize(&event));
    yaml_emitter_flush(&d->emitter);
    Q_ASSERT(!d->failed);
    QByteArray out = d->output;
    while (out.endsWith('\n'))
        out.chop(1);
    return out;
}

} // namespace Newsroom::YamlTree
