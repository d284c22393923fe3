"""The YAML (and JSON) loader that keeps the line of every record and field.

The loader is a :class:`yaml.SafeLoader` subclass that

* builds mappings as :class:`LineMap` and sequences as :class:`LineList`, which remember
  the line where they start and the line of each key or item;
* reports duplicate mapping keys instead of letting the last one win silently;
* reads only ``true``/``false`` as booleans (YAML 1.2), so ``on:`` (the stance date)
  and ``no``/``yes`` stay text;
* leaves impossible dates such as ``2026-13-01`` as text for validation to report.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import yaml

from kamgraph.formats.limits import MAX_DEPTH
from kamgraph.formats.records import Issues, safe_name
from kamgraph.i18n import N_, Text

__all__ = ["LineMap", "LineList", "Loader", "load_document"]

_BOOL_TAG = "tag:yaml.org,2002:bool"


class LineMap(dict[Any, Any]):
    """A mapping that knows its start line and the line of each key (1-based)."""

    line: int | None = None
    key_lines: dict[Any, int]

    def __init__(self, *args: Any, **kw: Any) -> None:
        super().__init__(*args, **kw)
        self.key_lines = {}


class LineList(list[Any]):
    """A sequence that knows its start line and the line of each item (1-based)."""

    line: int | None = None
    item_lines: list[int]

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.item_lines = []


class Loader(yaml.SafeLoader):
    """SafeLoader with line numbers, duplicate-key detection and YAML 1.2 booleans."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicates: list[tuple[str, int, int]] = []  # key, line, first line
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        """Compose as PyYAML does, refusing nesting deeper than :data:`MAX_DEPTH`
        (PyYAML's composer recurses: deeper files ended in a RecursionError)."""
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                raise yaml.composer.ComposerError(
                    None, None,
                    Text(N_("lists or mappings nested deeper than {n} levels"), n=MAX_DEPTH),
                    yaml.parser.Parser.peek_event(self).start_mark)  # unannotated in the stubs
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def _map(self, node: yaml.MappingNode) -> Iterator[LineMap]:
        data = LineMap()
        data.line = node.start_mark.line + 1
        yield data
        self.flatten_mapping(node)
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if isinstance(key, list | dict):
                raise yaml.constructor.ConstructorError(
                    None, None, Text(N_("found a list or mapping used as a key")),
                    key_node.start_mark)
            line = key_node.start_mark.line + 1
            if key in data:
                self.duplicates.append((safe_name(str(key)), line, data.key_lines[key]))
            data[key] = self.construct_object(value_node, deep=True)
            data.key_lines[key] = line

    def _seq(self, node: yaml.SequenceNode) -> Iterator[LineList]:
        data = LineList()
        data.line = node.start_mark.line + 1
        yield data
        for item in node.value:
            data.append(self.construct_object(item, deep=True))
            data.item_lines.append(item.start_mark.line + 1)

    def _int(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_int(node)
        except ValueError:  # Python refuses to read integers of over 4,300 digits
            raise yaml.constructor.ConstructorError(
                None, None, Text(N_("a number with too many digits")), node.start_mark) from None

    def _timestamp(self, node: yaml.ScalarNode) -> Any:
        try:
            return self.construct_yaml_timestamp(node)
        except ValueError:
            return self.construct_scalar(node)


Loader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Loader.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
Loader.add_constructor("tag:yaml.org,2002:map", Loader._map)
Loader.add_constructor("tag:yaml.org,2002:seq", Loader._seq)
Loader.add_constructor("tag:yaml.org,2002:timestamp", Loader._timestamp)
Loader.add_constructor("tag:yaml.org,2002:int", Loader._int)


#: NaN and Infinity where a JSON value starts (Python's json accepts them).
_JSON_CONSTANT = re.compile(r'(?:"([A-Za-z_]\w{0,62})"\s*:|[\[,])\s*(-?Infinity|NaN)\b')


def load_document(text: str, file: str, issues: Issues, *, is_json: bool = False) -> Any:
    """Parse YAML (or JSON) text into LineMap/LineList values; syntax errors go to ``issues``."""
    fallback: Any = None
    if is_json:
        bare = _JSON_CONSTANT.search(text)
        if bare:  # Python's json reads them, JSON does not have them
            issues.add_at(file, text.count("\n", 0, bare.start(2)) + 1, bare.group(1),
                          Text(N_("not valid JSON: {value} is not a JSON number"),
                               value=bare.group(2)))
            return None
        try:
            fallback = json.loads(text)
        except json.JSONDecodeError as exc:
            issues.add_at(file, exc.lineno, None,
                          Text(N_("not valid {format}: {problem}"), format="JSON", problem=exc.msg))
            return None
        except (RecursionError, ValueError):
            fallback = None  # too deep, or a number too long: the YAML reader names the line
        text = text.replace("\t", " ")  # JSON has tabs only as whitespace; YAML refuses them
    try:
        loader = Loader(text)
        doc = loader.get_single_data()
    except yaml.YAMLError as exc:
        if is_json and fallback is not None:  # valid JSON this YAML reader cannot take
            return fallback  # (no line numbers then)
        mark = getattr(exc, "problem_mark", None)
        problem = getattr(exc, "problem", None) or str(exc)
        kind = "JSON" if is_json else "YAML"
        issues.add_at(file, mark.line + 1 if mark else None, None,
                      Text(N_("not valid {format}: {problem}"), format=kind, problem=problem))
        return None
    finally:
        if "loader" in locals():
            loader.dispose()
    for key, line, first in loader.duplicates:
        issues.add_at(file, line, key, Text(N_("duplicate key (first at line {line})"), line=first))
    return doc
