"""Changes to an account as record-level differences, and their stored form.

A :class:`Change` says that one record of one kind was added, removed or changed:
it holds the record before and after (``None`` when absent). :func:`diff` finds
the changes between two :class:`~kamgraph.model.AccountData`; captures build their
changes directly. An :class:`Event` is a change as kept in the store: dated (the
day it became true), attributed (who recorded it), numbered (the account revision
that wrote it and its place in that write) and tagged with its source (``capture``
or ``import``). Records are kept as JSON with their dates as ISO text; private
fields (family, hobbies, home area, notes) are never kept in history.

Examples
--------
>>> from kamgraph.model import AccountData
>>> old, new = AccountData(), AccountData()
>>> for d in (old, new):
...     d["account"].append({"id": "acme", "name": "Acme"})
>>> new["owns"].append({"staff": "s1", "person": "p1", "role": "A"})
>>> [(c.op, c.kind, c.key) for c in diff(old, new)]
[('add', 'owns', ('s1', 'p1', 'A'))]
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal, TypedDict

from kamgraph.model import KIND_ORDER, KINDS, PRIVATE_FIELDS, AccountData

__all__ = ["Record", "EventRow", "Change", "Event", "diff", "record_key", "fact_date",
           "encode_record", "decode_record", "people_of", "apply_change", "undo_change"]

Op = Literal["add", "remove", "change"]
#: A record as history reads it: field name to value (the kinds' fields: :mod:`kamgraph.model`).
Record = Mapping[str, object]

#: The field that dates a record of a kind: the day the fact became true.
DATED: dict[str, str] = {"stance": "on", "interaction": "on", "position": "since",
                         "owns": "since", "knows": "since", "sponsors": "since",
                         "informs": "since"}


def record_key(kind: str, rec: Record) -> tuple[str, ...]:
    """The identity of a record within its kind: its key fields as text.

    >>> record_key("stance", {"person": "p1", "toward": "us", "on": dt.date(2026, 1, 2)})
    ('p1', 'us', '2026-01-02')
    """
    return tuple("" if rec.get(k) is None else str(rec.get(k)) for k in KINDS[kind].key)


def fact_date(kind: str, rec: Record | None) -> dt.date | None:
    """The date a record carries for when it became true, if its kind has one."""
    if rec is None or kind not in DATED:
        return None
    value = rec.get(DATED[kind])
    return value if isinstance(value, dt.date) else None


def _public(kind: str, rec: Record) -> Record:
    if kind != "person":
        return rec
    return {k: v for k, v in rec.items() if k not in PRIVATE_FIELDS}


@dataclass(frozen=True)
class Change:
    """One record added, removed or changed."""

    kind: str
    key: tuple[str, ...]
    before: Record | None
    after: Record | None

    @property
    def op(self) -> Op:
        if self.before is None:
            return "add"
        if self.after is None:
            return "remove"
        return "change"

    @property
    def record(self) -> Record:
        """The record after the change, else before it."""
        rec = self.after if self.after is not None else self.before
        assert rec is not None
        return rec


def diff(old: AccountData, new: AccountData, kinds: Iterable[str] = KIND_ORDER) -> list[Change]:
    """Every record-level change from ``old`` to ``new`` (private fields ignored).

    Changes come in kind order (referenced kinds first), then by key.
    """
    out: list[Change] = []
    for kind in kinds:
        before = {record_key(kind, r): _public(kind, r) for r in old.records.get(kind, [])}
        after = {record_key(kind, r): _public(kind, r) for r in new.records.get(kind, [])}
        for key in sorted(before.keys() | after.keys()):
            b, a = before.get(key), after.get(key)
            if b != a:
                out.append(Change(kind, key, b, a))
    return out


def _json_default(value: object) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    raise TypeError(f"cannot keep {type(value).__name__} in history")


def encode_record(kind: str, rec: Record | None) -> str | None:
    """A record as JSON text (dates as ISO text, private fields left out)."""
    if rec is None:
        return None
    return json.dumps(_public(kind, rec), default=_json_default, ensure_ascii=False,
                      sort_keys=True)


def decode_record(kind: str, text: str | None) -> dict[str, object] | None:
    """The record :func:`encode_record` wrote, with its date fields as dates again.

    >>> decode_record("stance", encode_record("stance", {"person": "p", "toward": "us",
    ...     "value": 1, "on": dt.date(2026, 3, 1)}))["on"]
    datetime.date(2026, 3, 1)
    """
    if text is None:
        return None
    rec: dict[str, object] = json.loads(text)
    for f in KINDS[kind].fields:
        value = rec.get(f.name)
        if f.type == "date" and isinstance(value, str):
            rec[f.name] = dt.date.fromisoformat(value)
    return rec


def people_of(kind: str, rec: Record | None) -> list[str]:
    """Ids of the account's people a record names (so that erasing a person can find it)."""
    if rec is None:
        return []
    out = [str(rec["id"])] if kind == "person" and rec.get("id") else []
    for f in KINDS[kind].fields:
        value = rec.get(f.name)
        if "person" in f.ref.split("|") and isinstance(value, str):
            out.append(value)
    return sorted(set(out))


class EventRow(TypedDict, total=False):
    """The properties of a stored ``:Event`` node (``None`` values are left out)."""

    seq: int
    rev: int
    on: dt.date
    at: str
    by: str
    source: str
    op: str
    kind: str
    #: the record's key fields, as a JSON list
    key: str
    #: the record before and after, as JSON (:func:`encode_record`)
    before: str
    after: str
    people: list[str]
    note: str


@dataclass(frozen=True)
class Event:
    """A change as history keeps it."""

    change: Change
    on: dt.date | None
    by: str | None
    source: str
    rev: int = 0
    seq: int = 0
    at: str = ""
    note: str | None = None

    @property
    def kind(self) -> str:
        return self.change.kind

    @property
    def op(self) -> Op:
        return self.change.op

    def row(self) -> EventRow:
        """The properties of the stored ``:Event`` node (without account and revision)."""
        c = self.change
        out: EventRow = {
            "seq": self.seq, "at": self.at, "source": self.source, "op": c.op, "kind": c.kind,
            "key": json.dumps(list(c.key), ensure_ascii=False),
            "people": sorted(set(people_of(c.kind, c.before)) | set(people_of(c.kind, c.after)))}
        before, after = encode_record(c.kind, c.before), encode_record(c.kind, c.after)
        if self.on is not None:
            out["on"] = self.on
        if self.by is not None:
            out["by"] = self.by
        if before is not None:
            out["before"] = before
        if after is not None:
            out["after"] = after
        if self.note is not None:
            out["note"] = self.note
        return out

    @classmethod
    def from_row(cls, row: EventRow) -> Event:
        kind = row["kind"]
        change = Change(kind, tuple(json.loads(row["key"])), decode_record(kind, row.get("before")),
                        decode_record(kind, row.get("after")))
        return cls(change, row.get("on"), row.get("by"), row.get("source") or "capture",
                   int(row.get("rev") or 0), int(row.get("seq") or 0), row.get("at") or "",
                   row.get("note"))


def apply_change(data: AccountData, change: Change) -> None:
    """Make ``data`` hold the record after ``change`` (in place)."""
    recs = data.records[change.kind]
    recs[:] = [r for r in recs if record_key(change.kind, r) != change.key]
    if change.after is not None:
        recs.append(dict(change.after))


def undo_change(data: AccountData, change: Change) -> None:
    """Make ``data`` hold the record before ``change`` (in place)."""
    apply_change(data, Change(change.kind, change.key, change.after, change.before))
