"""How a capture writes: one transaction with the fact, its history event and the
account's new revision; who recorded it; and the account state cached before and after,
so the next read needs no query. Used by :mod:`kamgraph.capture.facts` and
:mod:`kamgraph.capture.careers`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple, TypedDict

from kamgraph.capture.resolve import CaptureError, day, fail, find_person, find_staff
from kamgraph.history.events import Change, Event, Record
from kamgraph.history.log import append, new_stamp, recorder
from kamgraph.i18n import N_, Text
from kamgraph.model import AccountData
from kamgraph.store.store import run

if TYPE_CHECKING:
    from kamgraph.store import Store
    from kamgraph.store.store import Tx

__all__ = ["Step", "ChangeDict", "CapturedDict", "Captured", "Start", "current", "start",
           "by_whom", "write"]

#: A write query's name and its parameters.
Step = tuple[str, dict[str, object]]


class ChangeDict(TypedDict):
    op: str
    kind: str
    before: Record | None
    after: Record | None


class CapturedDict(TypedDict):
    account: str
    revision: int
    command: str
    on: dt.date
    by: str
    changes: list[ChangeDict]


@dataclass(frozen=True)
class Captured:
    """What one capture wrote."""

    account: str
    revision: int
    command: str
    on: dt.date
    by: str
    changes: list[Change]

    def as_dict(self) -> CapturedDict:
        return {"account": self.account, "revision": self.revision, "command": self.command,
                "on": self.on, "by": self.by,
                "changes": [{"op": c.op, "kind": c.kind, "before": c.before, "after": c.after}
                            for c in self.changes]}


def current(store: Store, account: str) -> AccountData:
    from kamgraph.history.cache import account_state

    data, rev = account_state(store, account)
    _SEEN[(store.description, account)] = (rev, data)
    return data


#: The state each capture started from, so that the state after it can be cached.
_SEEN: dict[tuple[str, str], tuple[int, AccountData]] = {}


def _after(store: Store, account: str, rev: int, stamp: str, changes: list[Change]) -> None:
    """Cache the state after this write when nobody wrote in between."""
    from kamgraph.history.cache import remember_after_write
    from kamgraph.history.events import apply_change
    from kamgraph.store.rows import sort_key

    seen = _SEEN.pop((store.description, account), None)
    if seen is None or seen[0] + 1 != rev or any(c.kind == "staff" for c in changes):
        return
    data = AccountData({k: list(v) for k, v in seen[1].records.items()})
    for c in changes:
        apply_change(data, c)
    for kind in {c.kind for c in changes}:  # in the order a read returns them
        data.records[kind].sort(key=sort_key(kind))
    remember_after_write(store, account, stamp, rev, data)


def by_whom(store: Store, data: AccountData, by: str | None, command: str
            ) -> tuple[str, str | None]:
    """``(recorder, staff id or None)``: who recorded the fact, and the staff member that
    is when ``by`` names one of our staff (a stance keeps that as its assessor)."""
    who = recorder(by)
    try:
        sid = find_staff(store, data, who, command, "by")
    except CaptureError:
        return who, None
    return sid, sid


def write(store: Store, account: str, command: str, on: dt.date, who: str,
           steps: Sequence[Step], changes: list[Change],
           extra: Callable[[Tx], None] | None = None) -> Captured:
    stamp = new_stamp()

    def work(tx: Tx) -> int:
        for name, params in steps:
            rows = run(tx, name, account=account, **params)
            if rows and "written" in rows[0] and not rows[0]["written"] \
                    and not name.endswith(("end_post", "drop_post")):
                raise fail(command, None, Text(N_(
                    "the account changed meanwhile (a person or staff member is no longer "
                    "there); run the command again")))
        if extra is not None:
            extra(tx)
        return append(tx, account, [Event(c, on, who, "capture", note=command)
                                    for c in changes], stamp)

    rev = store.transaction(work)
    _after(store, account, rev, stamp, changes)
    return Captured(account, rev, command, on, who, changes)


class Start(NamedTuple):
    """What a capture about one person starts from: the account now, the person's id, the
    day of the fact, who records it and the staff member that is (or None)."""

    data: AccountData
    person: str
    on: dt.date
    who: str
    staff: str | None


def start(store: Store, account: str, command: str, person: str,
          on: dt.date | str | None, by: str | None) -> Start:
    """Read the account, find the person, date the fact and name who records it, in that
    order (the first problem is the one reported)."""
    data = current(store, account)
    pid = find_person(data, person, command)
    when = day(command, "on", on)
    who, sid = by_whom(store, data, by, command)
    return Start(data, pid, when, who, sid)
