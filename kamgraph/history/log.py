"""An account's revision and its stored history of dated events.

Every write to an account bumps its revision and gives it a new *stamp* (a random
token naming that exact state, which caches key on) in the same transaction as
the write, and keeps what it changed as ``:Event`` nodes. Captures call
:func:`append`; an import calls :func:`prepare_import` before its transaction and
the returned :class:`ImportHistory` inside it, so that a re-import records what
it changed instead of silently replacing the account.
"""

from __future__ import annotations

import datetime as dt
import getpass
import json
import os
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from kamgraph.errors import StoreError
from kamgraph.history.events import Change, Event, diff, fact_date
from kamgraph.i18n import N_
from kamgraph.model import AccountData, today
from kamgraph.store.reads import load_account
from kamgraph.store.rows import props
from kamgraph.store.store import run

if TYPE_CHECKING:
    from kamgraph.store.store import Store, Tx

__all__ = ["revision", "events", "append", "prepare_import", "ImportHistory", "recorder",
           "new_stamp", "now_text", "erase_from_plans"]


def recorder(by: str | None = None) -> str:
    """Who is recording: ``by``, else ``$KAMGRAPH_USER``, else the login name."""
    if by:
        return by
    env = os.environ.get("KAMGRAPH_USER")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers)
        return "unknown"


def new_stamp() -> str:
    return uuid.uuid4().hex


def now_text() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def revision(store: Store, account: str) -> tuple[int, str | None] | None:
    """``(revision, stamp)`` of an account, or None when there is no such account."""
    rows = store.read("history/revision", account=account)
    if not rows:
        return None
    return int(rows[0]["revision"] or 0), rows[0]["stamp"]


def events(store: Store, account: str) -> list[Event]:
    """Every event of an account, oldest write first."""
    return [Event.from_row(r["props"]) for r in store.read("history/events", account=account)]


def append(tx: Tx, account: str, evs: Sequence[Event],
           stamp: str | None = None) -> int:
    """Bump the account's revision and keep ``evs`` under it; returns the new revision.

    Runs inside the caller's write transaction, so the write, its history and the
    revision land together or not at all. ``stamp`` names the new state (default: a
    fresh one).
    """
    rows = run(tx, "history/bump", account=account, stamp=stamp or new_stamp())
    if not rows:
        raise StoreError(N_("no account {account!r} to record into"), account=account)
    rev = int(rows[0]["revision"])
    at = now_text()
    batch = [replace(e, seq=i, at=e.at or at).row() for i, e in enumerate(evs)]
    if batch:
        run(tx, "history/append", account=account, rev=rev, events=batch)
    return rev


def _import_events(old: AccountData | None, new: AccountData, by: str) -> list[Event]:
    """What an import changes. A first import is one event (the account arrived); a
    re-import keeps every record it added, removed or changed, dated by the record's
    own date when a new record has one, else today."""
    if old is None:
        acc = new["account"][0]
        counts = ", ".join(f"{k} {n}" for k, n in sorted(new.count().items()))
        return [Event(Change("account", (acc["id"],), None, acc), None, by, "import",
                      note=f"first import: {counts}")]
    out = []
    for c in diff(old, new):
        on = fact_date(c.kind, c.after) if c.op == "add" else None
        out.append(Event(c, on or today(), by, "import"))
    return out


@dataclass
class ImportHistory:
    """What one import will record; :meth:`begin` and :meth:`finish` run in its transaction."""

    account: str
    expected: int | None  # the revision the diff was taken against (None: a new account)
    evs: list[Event]
    staff_changed: list[str]  # shared staff whose stored properties this import changes

    def begin(self, tx: Tx) -> None:
        """Fail cleanly when the account changed since the diff was taken (a capture
        landed meanwhile): the import is then rolled back and can be run again."""
        rows = run(tx, "history/revision", account=self.account)
        now = int(rows[0]["revision"] or 0) if rows else None
        if now != self.expected:
            raise StoreError(N_("account {account!r} changed while it was being imported "
                                "(someone recorded into it); nothing was written, import "
                                "again"), account=self.account)

    def finish(self, tx: Tx) -> int:
        rev = (self.expected or 0) + 1
        run(tx, "history/set_revision", account=self.account, revision=rev, stamp=new_stamp())
        at = now_text()
        batch = [replace(e, seq=i, at=at).row() for i, e in enumerate(self.evs)]
        for start in range(0, len(batch), 2000):
            run(tx, "history/append", account=self.account, rev=rev,
                events=batch[start:start + 2000])
        if self.staff_changed:
            run(tx, "history/bump_served", account=self.account, staff=self.staff_changed,
                stamp=new_stamp())
        return rev


def prepare_import(store: Store, data: AccountData, by: str | None = None) -> ImportHistory:
    """Read what the account holds now and work out what importing ``data`` changes."""
    account = data.account_id
    current = revision(store, account)
    old = load_account(store, account) if current is not None else None
    new_staff = {s["id"]: props("staff", s) for s in data["staff"]}
    stored = {r["id"]: r["props"] for r in store.read("history/staff", ids=sorted(new_staff))}
    changed = sorted(i for i, p in new_staff.items() if i in stored and stored[i] != p)
    return ImportHistory(account, current[0] if current else None,
                         _import_events(old, data, recorder(by)), changed)


def delete_history(tx: Tx, account: str) -> None:
    """Remove the events, plans and reviews of an account that is deleted."""
    run(tx, "history/delete_events", account=account)
    run(tx, "review/delete", account=account)


def erase_person_history(tx: Tx, account: str, person: str) -> None:
    run(tx, "history/erase_person", account=account, person=person)


def _text(v: object) -> str:
    return v.isoformat() if isinstance(v, dt.date) else str(v)


def erase_from_plans(store: Store, account: str, person: str) -> None:
    """Take an erased person out of every saved plan and review."""
    rows = []
    for r in store.read("review/naming", account=account, person=person):
        body = json.loads(r["body"])
        body["targets"] = [t for t in body.get("targets", []) if t.get("person") != person]
        text = json.dumps(body, ensure_ascii=False, sort_keys=True, default=_text)
        rows.append({"id": r["id"], "body": text,
                     "people": [p for p in r["people"] if p != person]})
    if rows:
        store.write("review/rewrite", account=account, rows=rows)
