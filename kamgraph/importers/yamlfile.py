"""Read one account from a YAML (or JSON) file, keeping the line of every record and field.

The loader is a :class:`yaml.SafeLoader` subclass that

* builds mappings as :class:`LineMap` and sequences as :class:`LineList`, which remember
  the line where they start and the line of each key or item;
* reports duplicate mapping keys instead of letting the last one win silently;
* reads only ``true``/``false`` as booleans (YAML 1.2), so ``on:`` (the stance date)
  and ``no``/``yes`` stay text;
* leaves impossible dates such as ``2026-13-01`` as text for validation to report.

The document shape and its shorthands are described in ``docs/formats.md``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from kamgraph.errors import ImportValidationError
from kamgraph.importers.checks import Entry, build_account
from kamgraph.importers.limits import MAX_DEPTH, max_import_bytes, raw_control_chars, read_text
from kamgraph.importers.records import Issues, Loc, coerce_record, safe_name, show, suggest
from kamgraph.model import KINDS, PRIVATE_FIELDS, AccountData

__all__ = ["LineMap", "LineList", "Loader", "load_document", "read_yaml", "parse_yaml",
           "SECTIONS"]

#: Top-level YAML sections other than ``account``: plural kind name -> kind.
SECTIONS: dict[str, str] = {k.plural: k.name for k in KINDS.values() if k.name != "account"}
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
                    None, None, f"lists or mappings nested deeper than {MAX_DEPTH} levels",
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
                    None, None, "found a list or mapping used as a key", key_node.start_mark)
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
                None, None, "a number with too many digits", node.start_mark) from None

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
                          f"not valid JSON: {bare.group(2)} is not a JSON number")
            return None
        try:
            fallback = json.loads(text)
        except json.JSONDecodeError as exc:
            issues.add_at(file, exc.lineno, None, f"not valid JSON: {exc.msg}")
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
        issues.add_at(file, mark.line + 1 if mark else None, None, f"not valid {kind}: {problem}")
        return None
    finally:
        if "loader" in locals():
            loader.dispose()
    for key, line, first in loader.duplicates:
        issues.add_at(file, line, key, f"duplicate key (first at line {first})")
    return doc


def _line(obj: Any) -> int | None:
    return getattr(obj, "line", None)


def _loc(file: str, rec: Any, line: int | None = None) -> Loc:
    fields = {str(k): v for k, v in getattr(rec, "key_lines", {}).items()}
    return Loc(file, _line(rec) or line, fields)


def _shape(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, Mapping):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"the value {show(value)}"


def _records(section: Any, file: str, line: int | None, name: str,
             issues: Issues) -> Iterator[tuple[Mapping[Any, Any], Loc]]:
    """Yield each mapping of a list section; wrong shapes go to ``issues``."""
    if section is None:
        return
    if not isinstance(section, list):
        issues.add_at(file, _line(section) or line, name,
                      f"expected a list of records, got {_shape(section)}")
        return
    item_lines = getattr(section, "item_lines", [])
    for i, rec in enumerate(section):
        at = item_lines[i] if i < len(item_lines) else line
        if isinstance(rec, Mapping):
            yield rec, _loc(file, rec, at)
        else:
            issues.add_at(file, at, name, f"expected a record (field: value), got {_shape(rec)}")


def _person(raw: Mapping[Any, Any], loc: Loc, file: str, out: list[Entry],
            issues: Issues) -> None:
    flat = {k: v for k, v in raw.items() if k not in ("reports_to", "stances", "private")}
    private = raw.get("private")
    if private is not None:
        if not isinstance(private, Mapping):
            issues.add(loc, "private",
                       f"expected a mapping of private fields, got {_shape(private)}")
        else:
            ploc = _loc(file, private, loc.at("private"))
            for key, value in private.items():
                if key not in PRIVATE_FIELDS:
                    issues.add(ploc, safe_name(str(key)), "unknown private field"
                               f"{suggest(safe_name(str(key)), PRIVATE_FIELDS)}")
                elif key in flat:
                    issues.add(ploc, str(key), "is set both here and on the person")
                else:
                    flat[key] = value
            loc = Loc(loc.file, loc.line, {**loc.fields, **ploc.fields})
    rec = coerce_record(KINDS["person"], flat, loc, issues)
    out.append(Entry("person", rec, loc))
    pid = rec.get("id")
    managers = raw.get("reports_to")
    if managers is not None:
        rloc = Loc(file, loc.at("reports_to"))
        items = managers if isinstance(managers, list) else [managers]
        for m in items:
            if isinstance(m, Mapping | list):
                issues.add(rloc, "reports_to", f"expected a manager's id, got {_shape(m)}")
                continue
            r = coerce_record(KINDS["reports_to"], {"person": pid, "manager": m}, rloc, issues,
                              implied=("person",))
            out.append(Entry("reports_to", r, rloc))
    _nested(raw.get("stances"), "stances", "stance", "person", pid, loc, file, out, issues)


def _nested(section: Any, name: str, kind: str, parent_field: str, parent_id: Any, loc: Loc,
            file: str, out: list[Entry], issues: Issues) -> None:
    """Expand a shorthand list (a person's stances, an opportunity's roles)."""
    for raw, rloc in _records(section, file, loc.at(name), name, issues):
        given = raw.get(parent_field)
        if given is not None and parent_id is not None and str(given) != parent_id:
            issues.add(rloc, parent_field, f"{show(given)} differs from the enclosing "
                       f"{parent_field} {show(parent_id)}; leave it out here")
        rec = coerce_record(KINDS[kind], {**raw, parent_field: parent_id}, rloc, issues,
                            implied=(parent_field,))
        out.append(Entry(kind, rec, rloc))


def read_yaml(path: Path, issues: Issues, *, label: str | None = None,
              max_bytes: int | None = None) -> AccountData | None:
    """Read one account file, adding every problem to ``issues``; None if unreadable.

    Files over ``max_bytes`` (default :func:`~kamgraph.importers.limits.max_import_bytes`)
    are refused unread.
    """
    file = label or str(path)
    before = len(issues)
    text = read_text(path, file, issues, max_import_bytes(max_bytes))
    if text is None or raw_control_chars(text, file, issues):
        return None
    doc = load_document(text, file, issues, is_json=path.suffix.lower() == ".json")
    if doc is None:
        if len(issues) == before:
            issues.add_at(file, None, None, "is empty; expected account: and other sections")
        return None
    if not isinstance(doc, Mapping):
        issues.add_at(file, _line(doc) or 1, None,
                      f"expected sections (account:, people:, ...) at the top, got {_shape(doc)}")
        return None
    lines = getattr(doc, "key_lines", {})
    entries: list[Entry] = []
    staff: list[Entry] = []
    account = doc.get("account")
    if account is None:
        issues.add_at(file, 1, "account", "required section is missing")
    elif not isinstance(account, Mapping):
        issues.add_at(file, lines.get("account"), "account",
                      f"expected the account's fields (id, name, ...), got {_shape(account)}")
    else:
        loc = _loc(file, account, lines.get("account"))
        entries.append(Entry("account", coerce_record(KINDS["account"], account, loc, issues), loc))
    for key, section in doc.items():
        name = str(key)
        if name == "account":
            continue
        kind = SECTIONS.get(name)
        if kind is None:
            hint = suggest(safe_name(name), ["account", *SECTIONS])
            if name == "accounts":
                hint = " (one account per file: use account: {id: ..., name: ...})"
            issues.add_at(file, lines.get(key), safe_name(name), f"unknown section{hint}")
            continue
        for raw, loc in _records(section, file, lines.get(key), name, issues):
            if kind == "person":
                _person(raw, loc, file, entries, issues)
            elif kind == "opportunity":
                flat = {k: v for k, v in raw.items() if k != "roles"}
                rec = coerce_record(KINDS[kind], flat, loc, issues)
                entries.append(Entry(kind, rec, loc))
                _nested(raw.get("roles"), "roles", "role", "opportunity", rec.get("id"), loc,
                        file, entries, issues)
            else:
                rec = coerce_record(KINDS[kind], raw, loc, issues)
                (staff if kind == "staff" else entries).append(Entry(kind, rec, loc))
    data = build_account(entries, staff, issues, all_staff=True)
    return data if isinstance(account, Mapping) else None


def parse_yaml(path: str | Path) -> AccountData:
    """Read and validate one account file (``.yaml``, ``.yml`` or ``.json``).

    Raises
    ------
    ImportValidationError
        Listing every problem of the file (line, field, what is wrong).
    """
    issues = Issues()
    data = read_yaml(Path(path), issues, label=str(path))
    if issues or data is None:
        raise ImportValidationError(list(dict.fromkeys(issues)))
    return data
