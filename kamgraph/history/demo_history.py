"""The demo account's year of history (``kamgraph/data/demo_history.yaml``).

:func:`keep_demo_history` checks each event against the account as stored (an
``added`` record must be there, a ``removed`` one must not, a ``changed`` one must
exist) and keeps them all as history events in one transaction, once per account
copy (an account that has them is left alone).
"""

from __future__ import annotations

import datetime as dt
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from kamgraph.errors import ImportValidationError, ValidationIssue
from kamgraph.history.events import Change, Event, decode_record, encode_record, record_key
from kamgraph.history.log import append, events
from kamgraph.model import AccountData

if TYPE_CHECKING:
    from kamgraph.store import Store
    from kamgraph.store.store import Tx

__all__ = ["demo_history_path", "demo_events", "keep_demo_history", "SOURCE"]

#: The source history events of the demo year carry.
SOURCE = "demo history"


def demo_history_path() -> Path:
    return Path(str(resources.files("kamgraph").joinpath("data", "demo_history.yaml")))


def _record(kind: str, raw: dict[str, Any]) -> dict[str, Any]:
    rec = decode_record(kind, encode_record(kind, raw))
    assert rec is not None
    return rec


def demo_events(data: AccountData, path: Path | None = None) -> list[Event]:
    """The demo history as events, checked against ``data`` (the account as it is now)."""
    path = path or demo_history_path()
    doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    issues: list[ValidationIssue] = []
    out: list[Event] = []
    for n, e in enumerate(doc.get("events") or [], start=1):
        kind = e["kind"]
        on = e["day"] if isinstance(e["day"], dt.date) else dt.date.fromisoformat(str(e["day"]))
        current = {record_key(kind, r): r for r in data.records[kind]}
        if "added" in e or "removed" in e:
            rec = _record(kind, e.get("added") or e.get("removed"))
            key = record_key(kind, rec)
            added = "added" in e
            if (key in current) != added:
                issues.append(ValidationIssue(str(path), None, f"events[{n}]",
                                              f"{kind} {key} is {'not ' if added else ''}in "
                                              "the account"))
                continue
            change = Change(kind, key, None, current[key]) if added else Change(kind, key, rec,
                                                                                  None)
        else:
            key = record_key(kind, e["changed"])
            if key not in current:
                issues.append(ValidationIssue(str(path), None, f"events[{n}]",
                                              f"{kind} {key} is not in the account"))
                continue
            before = _record(kind, {**current[key], **e["changed"]})
            change = Change(kind, key, before, current[key])
        out.append(Event(change, on, e.get("by"), SOURCE, note=e.get("note")))
    if issues:
        raise ImportValidationError(issues)
    return out


def keep_demo_history(store: Store, data: AccountData) -> int:
    """Keep the demo year as history events of ``data``'s account; returns how many
    (0 when the stored account already has them)."""
    acc = data.account_id
    if any(e.source == SOURCE for e in events(store, acc)):
        return 0
    evs = sorted(demo_events(data), key=lambda e: e.on or dt.date.min)

    def work(tx: Tx) -> None:
        append(tx, acc, evs)

    store.transaction(work)
    return len(evs)
