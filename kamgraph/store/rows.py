"""Records to query rows and back, for every kind alike (no database here).

The store's writes and reads are loops over :data:`kamgraph.model.KINDS`: a record
becomes one row ``{"props": ..., <link>: id, ..., "private": ...}`` of its kind's
write queries, and the kind's column of the account read (a list of values per record,
its ``fields`` naming them: :func:`records`) becomes records again. Which fields are
properties, links, private or never stored, and which links a query looks up by
position, is said once per kind in the model.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from typing import Any

from kamgraph.model import KINDS, Kind
from kamgraph.records import Record

__all__ = ["ATTR_PROPERTY", "props", "write_rows", "by_position", "record", "records",
           "sort_key", "query_kinds"]

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


def _python(value: Any) -> Any:
    """A stored property as a Python value: text interned (see :func:`records`), temporal
    values (a date in a node's properties or free attributes) by their ``to_native()``,
    in lists too; others pass."""
    t = type(value)
    if t is str:
        return sys.intern(value)
    if t is list:
        return [_python(v) for v in value]
    to_native = getattr(value, "to_native", None)
    return value if to_native is None else to_native()


_DATES = {k.name: tuple(f.name for f in k.fields if f.type == "date") for k in KINDS.values()}
#: Stored values that are not fields of their kind but are read back into the record.
_EXTRA: dict[str, tuple[str, ...]] = {"stance": ("raw",)}


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
    for name in _EXTRA.get(kind, ()):
        if stored.get(name) is not None:
            rec[name] = stored[name]
    return rec


@cache
def _positions(kind: str, fields: tuple[str, ...]) -> tuple[tuple[str, int, bool], ...]:
    """``(field, column, is a date)`` of the columns of a read that holds one value per
    field, in the kind's field order and then its extra values."""
    wanted = [f.name for f in KINDS[kind].fields] + list(_EXTRA.get(kind, ()))
    return tuple((name, fields.index(name), name in _DATES[kind]) for name in wanted
                 if name in fields)


def records(kind: str, fields: Sequence[str], rows: Iterable[Sequence[Any]],
            private: Mapping[str, Mapping[str, Any]] | None = None) -> list[Record]:
    """The records of one kind from a read that names its columns ``fields`` and gives
    each record as a list of values (see ``cypher/read/account_records.cypher``).

    A column ``props`` holds a node's stored properties (merged with its ``private``
    ones by id when given); the other columns are fields. Dates come as text.
    Records come sorted by the kind's key (:func:`sort_key`). Text is interned and equal
    dates are one object: the ids of a 500-person account recur tens of thousands of
    times, and shared objects make the account smaller in memory and several times
    faster to pickle (the projection cache).

    Examples
    --------
    >>> records("reports_to", ["person", "manager"], [["b", "a"], ["a", None]])
    [{'person': 'a'}, {'person': 'b', 'manager': 'a'}]
    >>> records("post", ["props", "department"],
    ...         [[{"id": "p1", "title": "CTO", "account": "x", "attr_floor": 3}, "d1"]])
    [{'id': 'p1', 'title': 'CTO', 'department': 'd1', 'attributes': {'floor': 3}}]
    """
    if "props" in fields:
        at = fields.index("props")
        links = [(i, name) for i, name in enumerate(fields) if name != "props"]
        out = []
        for row in rows:
            stored = {k: _python(v) for k, v in row[at].items()}
            if private:
                stored.update({k: _python(v) for k, v in private.get(stored["id"], {}).items()})
            out.append(record(kind, stored, **{name: _python(row[i]) for i, name in links}))
    else:
        plan = _positions(kind, tuple(fields))
        days: dict[str, dt.date] = {}
        intern = sys.intern
        out = []
        for row in rows:
            rec: Record = {}
            for name, i, is_date in plan:
                value = row[i]
                if value is None or value == []:
                    continue
                if is_date:
                    day = days.get(value)
                    if day is None:
                        day = days[value] = dt.date.fromisoformat(value)
                    rec[name] = day
                else:
                    rec[name] = intern(value) if type(value) is str else value
            out.append(rec)
    return sorted(out, key=sort_key(kind))


def sort_key(kind: str) -> Callable[[Mapping[str, Any]], tuple[str, ...]]:
    """The order records of a kind are read back in: by their key fields (as text; an
    unset one as "").

    Examples
    --------
    >>> sort_key("knows")({"source": "s1", "target": "p1"})
    ('s1', 'p1')
    """
    key = KINDS[kind].key
    # one lambda per key length: a generator expression per record cost more than the read
    if len(key) == 1:
        (a,) = key
        return lambda r: (str(r.get(a, "")),)
    if len(key) == 2:
        a, b = key
        return lambda r: (str(r.get(a, "")), str(r.get(b, "")))
    return lambda r: tuple([str(r.get(k, "")) for k in key])
