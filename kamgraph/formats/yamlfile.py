"""Accounts as YAML files: one account per file, read with the line of every field.

The reader keeps the line of every record and field (:mod:`kamgraph.formats.yaml_lines`)
so that each problem names file, line and field. The writer uses the hand-written
shape: stances, ``reports_to`` and private fields nested under each person, roles under
each opportunity, fields left out when they hold the model's default; private person
fields only with ``include_private``. Import -> export -> import gives the same
:class:`~kamgraph.model.AccountData`. The document shape and its shorthands are
described in ``docs/formats.md``.

Examples
--------
>>> from kamgraph.model import AccountData
>>> d = AccountData()
>>> d["account"].append({"id": "acme", "name": "Acme"})
>>> d["person"].append({"id": "p1", "name": "王强", "affiliation": "internal", "hobbies": "golf"})
>>> print(dump_yaml(d), end="")
account: {id: acme, name: Acme}
people:
- {id: p1, name: 王强}
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

import yaml

from kamgraph.errors import ImportValidationError
from kamgraph.formats.checks import Entry, build_account
from kamgraph.formats.limits import max_import_bytes, raw_control_chars, read_text
from kamgraph.formats.records import Issues, Loc, coerce_record, safe_name, show, suggest
from kamgraph.formats.yaml_lines import load_document
from kamgraph.i18n import N_, Text
from kamgraph.model import KIND_ORDER, KINDS, PRIVATE_FIELDS, AccountData
from kamgraph.records import Record

__all__ = ["read_yaml", "parse_yaml", "read_account_file", "SECTIONS", "to_document",
           "dump_yaml", "write_yaml"]

#: Top-level YAML sections other than ``account``: plural kind name -> kind.
SECTIONS: dict[str, str] = {k.plural: k.name for k in KINDS.values() if k.name != "account"}


def _line(obj: Any) -> int | None:
    return getattr(obj, "line", None)


def _loc(file: str, rec: Any, line: int | None = None) -> Loc:
    fields = {str(k): v for k, v in getattr(rec, "key_lines", {}).items()}
    return Loc(file, _line(rec) or line, fields)


def _shape(value: Any) -> str:
    if value is None:
        return Text(N_("nothing"))
    if isinstance(value, Mapping):
        return Text(N_("a mapping"))
    if isinstance(value, list):
        return Text(N_("a list"))
    return Text(N_("the value {value}"), value=show(value))


def _records(section: Any, file: str, line: int | None, name: str,
             issues: Issues) -> Iterator[tuple[Mapping[Any, Any], Loc]]:
    """Yield each mapping of a list section; wrong shapes go to ``issues``."""
    if section is None:
        return
    if not isinstance(section, list):
        issues.add_at(file, _line(section) or line, name,
                      Text(N_("expected a list of records, got {shape}"), shape=_shape(section)))
        return
    item_lines = getattr(section, "item_lines", [])
    for i, rec in enumerate(section):
        at = item_lines[i] if i < len(item_lines) else line
        if isinstance(rec, Mapping):
            yield rec, _loc(file, rec, at)
        else:
            issues.add_at(file, at, name, Text(N_("expected a record (field: value), got {shape}"),
                                               shape=_shape(rec)))


def _person(raw: Mapping[Any, Any], loc: Loc, file: str, out: list[Entry],
            issues: Issues) -> None:
    flat = {k: v for k, v in raw.items() if k not in ("reports_to", "stances", "private")}
    private = raw.get("private")
    if private is not None:
        if not isinstance(private, Mapping):
            issues.add(loc, "private",
                       Text(N_("expected a mapping of private fields, got {shape}"),
                            shape=_shape(private)))
        else:
            ploc = _loc(file, private, loc.at("private"))
            for key, value in private.items():
                if key not in PRIVATE_FIELDS:
                    issues.add(ploc, safe_name(str(key)), Text(
                        N_("unknown private field{hint}"),
                        hint=suggest(safe_name(str(key)), PRIVATE_FIELDS)))
                elif key in flat:
                    issues.add(ploc, str(key), Text(N_("is set both here and on the person")))
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
                issues.add(rloc, "reports_to", Text(N_("expected a manager's id, got {shape}"),
                                                    shape=_shape(m)))
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
            issues.add(rloc, parent_field, Text(
                N_("{value} differs from the enclosing {field} {id}; leave it out here"),
                value=show(given), field=parent_field, id=show(parent_id)))
        rec = coerce_record(KINDS[kind], {**raw, parent_field: parent_id}, rloc, issues,
                            implied=(parent_field,))
        out.append(Entry(kind, rec, rloc))


def read_yaml(path: Path, issues: Issues, *, label: str | None = None,
              max_bytes: int | None = None) -> AccountData | None:
    """Read one account file, adding every problem to ``issues``; None if unreadable.

    Files over ``max_bytes`` (default :func:`~kamgraph.formats.limits.max_import_bytes`)
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
            issues.add_at(file, None, None,
                          Text(N_("is empty; expected account: and other sections")))
        return None
    if not isinstance(doc, Mapping):
        issues.add_at(file, _line(doc) or 1, None,
                      Text(N_("expected sections (account:, people:, ...) at the top, got {shape}"),
                           shape=_shape(doc)))
        return None
    lines = getattr(doc, "key_lines", {})
    entries: list[Entry] = []
    staff: list[Entry] = []
    account = doc.get("account")
    if account is None:
        issues.add_at(file, 1, "account", Text(N_("required section is missing")))
    elif not isinstance(account, Mapping):
        issues.add_at(file, lines.get("account"), "account",
                      Text(N_("expected the account's fields (id, name, ...), got {shape}"),
                           shape=_shape(account)))
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
                hint = Text(N_(" (one account per file: use account: {id: ..., name: ...})"))
            issues.add_at(file, lines.get(key), safe_name(name),
                          Text(N_("unknown section{hint}"), hint=hint))
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


def read_account_file(path: Path, issues: Issues, *, label: str | None = None,
                      max_bytes: int | None = None) -> list[AccountData]:
    """:func:`read_yaml` as a format reader: the account in a list, or none."""
    data = read_yaml(path, issues, label=label, max_bytes=max_bytes)
    return [] if data is None else [data]


# -- writing -------------------------------------------------------------------------

#: Kinds written nested in YAML/JSON rather than as sections of their own.
_NESTED = ("account", "reports_to", "role", "stance")
_FLOW_WIDTH = 100
_BOOL_TAG = "tag:yaml.org,2002:bool"
_YAML11_WORDS = {"yes", "no", "y", "n", "off"}


class _Flow(dict[str, Any]):
    """A record short enough to write on one line."""


class _Dumper(yaml.SafeDumper):
    """SafeDumper that writes ``on:`` unquoted (our loader reads only true/false as booleans)."""

    def represent_str(self, data: str) -> yaml.ScalarNode:
        if data.lower() in _YAML11_WORDS:  # stay readable by YAML 1.1 tools as text
            return self.represent_scalar("tag:yaml.org,2002:str", data, style="'")
        return super().represent_str(data)


_Dumper.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != _BOOL_TAG]
    for first, resolvers in yaml.SafeDumper.yaml_implicit_resolvers.items()
}
_Dumper.add_implicit_resolver(
    _BOOL_TAG, re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF"))
_Dumper.add_representer(str, _Dumper.represent_str)
_Dumper.add_representer(
    _Flow, lambda d, data: d.represent_mapping(
        "tag:yaml.org,2002:map", data.items(), flow_style=True))
_Dumper.add_representer(
    list, lambda d, data: d.represent_sequence(
        "tag:yaml.org,2002:seq", data,
        flow_style=all(not isinstance(x, dict) for x in data)))


def _fields(kind: str, rec: Record, *, skip: tuple[str, ...] = ()) -> dict[str, Any]:
    """The record's set fields in model order, without defaults and ``skip``."""
    out: dict[str, Any] = {}
    for f in KINDS[kind].fields:
        value = rec.get(f.name)
        if f.name in skip or value is None or value == [] or value == f.default:
            continue
        out[f.name] = list(value) if isinstance(value, list) else value
    return out


def _flow(rec: dict[str, Any]) -> dict[str, Any]:
    """Mark a flat record for one-line output when it is short."""
    if any(isinstance(v, dict) or (isinstance(v, list) and v and isinstance(v[0], dict))
           for v in rec.values()):
        return rec
    size = sum(len(str(k)) + len(str(v)) + 4 for k, v in rec.items())
    return _Flow(rec) if size <= _FLOW_WIDTH else rec


def _stance(rec: Record) -> dict[str, Any]:
    out = _fields("stance", rec, skip=("person", "competitor"))
    out["value"] = rec.get("raw", rec["value"])
    order = ("toward", "value", "scale", "on", "by", "evidence")
    return _flow({k: out[k] for k in order if k in out})


def to_document(data: AccountData, *, include_private: bool = False) -> dict[str, Any]:
    """The YAML structure of an account as plain dicts and lists (dates stay dates)."""
    managers: dict[str, list[str]] = defaultdict(list)
    for r in data["reports_to"]:
        managers[r["person"]].append(r["manager"])
    stances: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for s in data["stance"]:
        stances[s["person"]].append(_stance(s))
    roles: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in data["role"]:
        roles[r["opportunity"]].append(_Flow(person=r["person"], role=r["role"]))

    doc: dict[str, Any] = {"account": _flow(_fields("account", data["account"][0]))}
    for kind in KIND_ORDER:
        if kind in _NESTED or not data[kind]:
            continue
        section: list[dict[str, Any]] = []
        secret = KINDS[kind].private_fields
        for rec in data[kind]:
            if kind == "person":
                out = _fields(kind, rec, skip=secret)
                mgrs = sorted(managers.get(rec["id"], []))
                if mgrs:
                    out["reports_to"] = mgrs[0] if len(mgrs) == 1 else mgrs
                private = {f: rec[f] for f in secret if rec.get(f) is not None}
                if include_private and private:
                    out["private"] = _flow(private)
                if stances.get(rec["id"]):
                    out["stances"] = stances[rec["id"]]
            elif kind == "opportunity":
                out = _fields(kind, rec)
                if roles.get(rec["id"]):
                    out["roles"] = roles[rec["id"]]
            else:
                out = _fields(kind, rec)
            section.append(_flow(out))
        doc[KINDS[kind].plural] = section
    return doc


def dump_yaml(data: AccountData, *, include_private: bool = False) -> str:
    """The account as YAML text (UTF-8 names kept as they are)."""
    doc = to_document(data, include_private=include_private)
    return yaml.dump(doc, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=1_000_000)


def write_yaml(data: AccountData, out: Path, *, include_private: bool = False,
               **_: Any) -> list[Path]:
    """Write the account as one YAML file."""
    out.write_text(dump_yaml(data, include_private=include_private), encoding="utf-8")
    return [out]
