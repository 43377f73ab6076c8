#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""The second opinion for tst_storyfile: reads each front matter file named on the command
line with PyYAML's pure-Python loader (not libyaml, which Newsroom uses) plus the rules
Newsroom's reader keeps on top of YAML, and prints one JSON object per file:
{"file": ..., "ok": true, "data": ...} or {"file": ..., "ok": false, "lines": [N...], "error": ...}
(the lines of the problem and of what it was inside).
Every scalar stays text (BaseLoader), so both sides compare strings."""

import json
import sys

import yaml

MAX_DEPTH = 16


class Refused(yaml.MarkedYAMLError):
    pass


class StrictLoader(yaml.BaseLoader):
    """BaseLoader, which is pure Python whatever libyaml is installed, with no aliases,
    anchors, explicit tags or nesting past MAX_DEPTH."""

    def __init__(self, stream):
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent):
            raise Refused(None, None, "alias", event.start_mark)
        if event.anchor is not None:
            raise Refused(None, None, "anchor", event.start_mark)
        if getattr(event, "tag", None) is not None:
            raise Refused(None, None, "tag", event.start_mark)
        collection = isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent))
        if collection:
            if self.depth >= MAX_DEPTH:
                raise Refused(None, None, "nested too deep", event.start_mark)
            self.depth += 1
        try:
            return super().compose_node(parent, index)
        finally:
            if collection:
                self.depth -= 1


def plain(node):
    """The composed tree as JSON values; refuses non-text keys and duplicate keys."""
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [plain(item) for item in node.value]
    result = {}
    for key, value in node.value:
        if not isinstance(key, yaml.ScalarNode):
            raise Refused(None, None, "key is not text", key.start_mark)
        if key.value in result:
            raise Refused(None, None, "duplicate key " + key.value, key.start_mark)
        result[key.value] = plain(value)
    return result


def verdict(path):
    with open(path, "rb") as f:
        text = f.read().decode("utf-8")
    try:
        loader = StrictLoader(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        return {"file": path, "ok": True, "data": None if root is None else plain(root)}
    except yaml.reader.ReaderError as e:
        return {"file": path, "ok": False, "lines": [text.count("\n", 0, e.position) + 1], "error": str(e)}
    except yaml.YAMLError as e:
        marks = [getattr(e, "problem_mark", None), getattr(e, "context_mark", None)]
        lines = [mark.line + 1 for mark in marks if mark is not None]
        return {"file": path, "ok": False, "lines": lines, "error": str(e)}


for name in sys.argv[1:]:
    print(json.dumps(verdict(name), ensure_ascii=False))
