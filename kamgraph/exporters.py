"""Write an account back out as YAML, JSON or a folder of CSV files.

The output is what the importers read (``docs/formats.md``), so import -> export ->
import gives the same :class:`~kamgraph.model.AccountData`. YAML and JSON use the
hand-written shape: stances, ``reports_to`` and private fields nested under each
person, roles under each opportunity, fields left out when they hold the model's
default. CSV writes one file per kind with :attr:`Kind.columns
<kamgraph.model.Kind.columns>`. Stances are written as entered: ``value`` is the raw
value on its ``scale``. Private person fields are left out unless
``include_private`` is true.

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

import csv
import datetime as dt
import io
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Any, Literal

import yaml

from kamgraph.errors import KamgraphError
from kamgraph.importers.records import ATTR_PREFIX
from kamgraph.model import KIND_ORDER, KINDS, AccountData
from kamgraph.records import Record

__all__ = ["FORMATS", "to_document", "dump_yaml", "dump_json", "dump_csv", "export_account"]

Format = Literal["yaml", "csv", "json", "xlsx", "graphml", "gexf"]
#: The import formats, then the graph formats for Gephi and friends (export only).
FORMATS: tuple[str, ...] = ("yaml", "csv", "json", "xlsx", "graphml", "gexf")
#: Kinds written nested in YAML/JSON rather than as sections of their own.
_NESTED = ("account", "reports_to", "role", "stance")
#: CSV files written even when empty, so a folder always shows its shape.
_ALWAYS = ("account", "person")
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


def _jsonable(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot write {type(value).__name__} to JSON")


def dump_json(data: AccountData, *, include_private: bool = False) -> str:
    """The account as JSON text with the YAML structure (dates as ``YYYY-MM-DD``)."""
    doc = to_document(data, include_private=include_private)
    return json.dumps(doc, ensure_ascii=False, indent=2, default=_jsonable) + "\n"


def _cell(value: Any) -> str:
    """One CSV cell.

    Examples
    --------
    >>> _cell(300.0), _cell(0.25), _cell(True), _cell(["a", "b"]), _cell(None)
    ('300', '0.25', 'true', 'a;b', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def dump_csv(data: AccountData, *, include_private: bool = False,
             excel_safe: bool = False) -> dict[str, str]:
    """The account as CSV texts: ``{"people.csv": "...", ...}``, one per kind with records.

    ``accounts.csv`` and ``people.csv`` are always written; private columns only
    with ``include_private``. Cells are exact (the export is for re-import);
    ``excel_safe`` prefixes cells a spreadsheet would run as formulas with ``'``
    (:func:`kamgraph.safety.excel_cell`), for files meant to be opened in Excel.
    """
    from kamgraph.safety import excel_cell

    fix = excel_cell if excel_safe else str
    files: dict[str, str] = {}
    account = data.account_id
    for kind in KIND_ORDER:
        recs = data[kind]
        if not recs and kind not in _ALWAYS:
            continue
        k = KINDS[kind]
        cols = [c for c in k.columns if include_private or c not in k.private_fields]
        attrs = sorted({a for rec in recs for a in rec.get("attributes") or {}})
        cols += [ATTR_PREFIX + a for a in attrs]
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for rec in recs:
            row = dict(rec, account=account)
            row.update({ATTR_PREFIX + a: v for a, v in (rec.get("attributes") or {}).items()})
            if kind == "stance":
                row["value"] = rec.get("raw", rec["value"])
            writer.writerow([fix(_cell(row.get(c))) for c in cols])
        files[f"{k.plural}.csv"] = buf.getvalue()
    return files


def export_account(
    data: AccountData, fmt: Format, out: Path, *, include_private: bool = False,
    bom: bool = False, excel_safe: bool = False,
) -> list[Path]:
    """Write one account to ``out`` and return the paths written.

    For CSV, ``bom`` starts each file with a UTF-8 byte-order mark (Excel on Windows then
    reads the Chinese right; the importer accepts it) and ``excel_safe`` neutralises
    formula cells (see :func:`dump_csv`).

    ``yaml``/``json`` write one file (``out/<account>.yaml`` when ``out`` is an existing
    folder); ``csv`` writes a folder of files and removes older kind files there that
    this account does not have, so that the folder reads back as exactly this account.
    """
    out = Path(out)
    if fmt not in FORMATS:
        raise KamgraphError(f"unknown export format {fmt!r}; use one of {', '.join(FORMATS)}")
    if fmt == "csv":
        if out.exists() and not out.is_dir():
            raise KamgraphError(f"{out} is a file; CSV export writes a folder")
        files = dump_csv(data, include_private=include_private, excel_safe=excel_safe)
        out.mkdir(parents=True, exist_ok=True)
        written = []
        for name, text in files.items():
            (out / name).write_text(text, encoding="utf-8-sig" if bom else "utf-8")
            written.append(out / name)
        for kind in KINDS.values():
            stale = out / f"{kind.plural}.csv"
            if stale.name not in files and stale.is_file():
                stale.unlink()
        return written
    if out.is_dir():
        out = out / f"{data.account_id}.{fmt}"
    out.parent.mkdir(parents=True, exist_ok=True)
    if fmt == "xlsx":
        from kamgraph.importers.workbook import write_workbook

        write_workbook(data, out, include_private=include_private)
        return [out]
    if fmt in ("graphml", "gexf"):
        from kamgraph.graphfile import write_graph
        from kamgraph.projection import graph_from_data

        write_graph(graph_from_data(data, include_private=include_private), out, fmt)
        return [out]
    dump = dump_yaml if fmt == "yaml" else dump_json
    out.write_text(dump(data, include_private=include_private), encoding="utf-8")
    return [out]
