"""Records to query rows and back, for every kind alike (no database here).

The store's writes and reads are loops over :data:`kamgraph.model.KINDS`: a record
becomes one row ``{"props": ..., <link>: id, ..., "private": ...}`` of its kind's
write queries, and a read row becomes a record again. Which fields are properties,
links, private or never stored, which links a query looks up by position, and how
a kind is read back, is said once per kind in the model.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Mapping
from typing import Any

from kamgraph.model import KINDS, Kind
from kamgraph.records import Record

__all__ = ["ATTR_PROPERTY", "props", "write_rows", "by_position", "record", "sort_key",
           "query_kinds"]

#: Free attributes are stored as node properties with this prefix.
ATTR_PROPERTY = "attr_"
#: Referenced kind -> the id-list parameter its nodes are looked up in.
_LIST_OF = {"person": "people", "staff": "staff", "post": "posts", "department": "departments",
            "opportunity": "opportunities", "competitor": "competitors"}


def props(kind: str, rec: Mapping[str, Any]) -> dict[str, Any]:
    """A record's stored properties: its own fields (and extra keys such as a stance's
    ``raw``) without links, private and transient fields; free attributes flattened.

    Examples
    --------
    >>> props("post", {"id": "p1", "title": "CTO", "department": "d1", "key": True,
    ...                "attributes": {"floor": 3}})
    {'id': 'p1', 'title': 'CTO', 'key': True, 'attr_floor': 3}
    """
    k = KINDS[kind]
    drop = {*k.links, *k.transient, *k.private_fields, "attributes"}
    out = {f: v for f, v in rec.items() if f not in drop and v is not None and v != []}
    out.update({ATTR_PROPERTY + a: v for a, v in (rec.get("attributes") or {}).items()})
    return out


def _row(k: Kind, rec: Mapping[str, Any]) -> dict[str, Any]:
    row: dict[str, Any] = {"props": props(k.name, rec)}
    for link in k.links:
        value = rec.get(link)
        row[link] = list(value) if isinstance(value, list | tuple) else value
    if k.private_fields:
        private = {f: rec[f] for f in k.private_fields if rec.get(f)}
        row["private"] = private or None
    return row


def write_rows(kind: str, recs: Iterable[Mapping[str, Any]],
               staff_ids: set[str]) -> list[tuple[str, list[dict[str, Any]]]]:
    """``(write query, rows)`` of one kind's records, in the kind's query order.

    A kind with a ``split`` field goes to ``..._from_staff`` or ``..._from_person`` by
    whether that field names one of our staff.
    """
    k = KINDS[kind]
    recs = list(recs)
    if not k.split:
        rows = [_row(k, r) for r in recs]
        return [(q, rows) for q in k.write_queries]
    from_staff, from_person = k.write_queries
    return [(from_staff, [_row(k, r) for r in recs if r[k.split] in staff_ids]),
            (from_person, [_row(k, r) for r in recs if r[k.split] not in staff_ids])]


def query_kinds() -> dict[str, Kind]:
    """Write query name -> the kind whose rows it takes."""
    return {q: k for k in KINDS.values() for q in k.write_queries}


def lookups_of(query: str) -> dict[str, str]:
    """Row field -> id-list parameter of the links ``query`` looks up by position.

    Examples
    --------
    >>> lookups_of("write/knows_from_staff"), lookups_of("write/roles")
    ({'source': 'staff', 'target': 'people'}, {'person': 'people', 'opportunity': 'opportunities'})
    """
    k = query_kinds()[query]
    out = {}
    for name in k.lookups:
        ref = k.field(name).ref
        if "|" in ref:  # the split field: the query's suffix says which kind
            ref = query.rsplit("_from_", 1)[1]
        out[name] = _LIST_OF[ref]
    return out


def by_position(rows: list[dict[str, Any]], lookups: dict[str, str]) -> dict[str, Any]:
    """Query parameters for one batch: the id lists of ``lookups`` and the rows with
    those fields replaced by positions in them (a missing id stays null).

    Examples
    --------
    >>> by_position([{"source": "p2", "target": "p1"}, {"source": "p1", "target": None}],
    ...             {"source": "people", "target": "people"})
    {'rows': [{'source': 0, 'target': 1}, {'source': 1, 'target': None}], 'people': ['p2', 'p1']}
    """
    lists: dict[str, dict[str, int]] = {name: {} for name in lookups.values()}
    pairs = [(field, lists[name]) for field, name in lookups.items()]
    out = []
    for row in rows:
        row = dict(row)
        for field, seen in pairs:
            value = row.get(field)
            if value is not None:
                pos = seen.get(value)
                if pos is None:
                    pos = seen[value] = len(seen)
                row[field] = pos
        out.append(row)
    return {"rows": out, **{name: list(seen) for name, seen in lists.items()}}


def _date(value: Any) -> Any:
    """Dates are read as ``YYYY-MM-DD`` text (several times faster through Bolt than
    temporal values); other values pass."""
    return dt.date.fromisoformat(value) if isinstance(value, str) else value


_DATES = {k.name: tuple(f.name for f in k.fields if f.type == "date") for k in KINDS.values()}


def record(kind: str, stored: Mapping[str, Any], **links: Any) -> Record:
    """A record from its stored properties and links, fields in the kind's order,
    unset fields absent (a stance keeps its ``raw`` value).

    Examples
    --------
    >>> record("knows", {"strength": 0.5, "since": "2024-03-01", "account": "x"}, target="p1",
    ...        source="s1")
    {'source': 's1', 'target': 'p1', 'strength': 0.5, 'since': datetime.date(2024, 3, 1)}
    """
    merged = {**stored, **{k: v for k, v in links.items() if v is not None and v != []}}
    attrs = {k[len(ATTR_PROPERTY):]: v for k, v in stored.items() if k.startswith(ATTR_PROPERTY)}
    if attrs:
        merged["attributes"] = dict(sorted(attrs.items()))
    for name in _DATES[kind]:
        if name in merged:
            merged[name] = _date(merged[name])
    rec = {f.name: merged[f.name] for f in KINDS[kind].fields
           if merged.get(f.name) is not None and merged.get(f.name) != []}
    if kind == "stance" and stored.get("raw") is not None:
        rec["raw"] = stored["raw"]
    return rec


def sort_key(kind: str) -> Callable[[Mapping[str, Any]], tuple[str, ...]]:
    """The order records of a kind are read back in: by their key fields."""
    key = KINDS[kind].key
    return lambda r: tuple(str(r.get(k, "")) for k in key)
