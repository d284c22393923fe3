"""People's careers as captured facts: a person moves to another post (the old one becomes
job history) or changes title, level or department; a person leaves the account; one of
our staff leaves us. Re-exported by :mod:`kamgraph.capture.facts`.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from kamgraph.capture.resolve import (
    checked,
    day,
    fail,
    find_staff,
)
from kamgraph.capture.writing import Captured, Step, by_whom, current, start, write
from kamgraph.history.events import Change, Event, record_key
from kamgraph.history.log import append
from kamgraph.i18n import N_, Text
from kamgraph.model import AccountData
from kamgraph.store.store import run

if TYPE_CHECKING:
    from kamgraph.store import Store
    from kamgraph.store.store import Tx

__all__ = ["move_person", "person_left", "staff_left"]


def _person(data: AccountData, pid: str) -> dict[str, Any]:
    return next(p for p in data["person"] if p["id"] == pid)


def move_person(store: Store, account: str, person: str, *, post: str | None = None,
                title: str | None = None, level: str | None = None,
                department: str | None = None, on: dt.date | str | None = None,
                by: str | None = None) -> Captured:
    """A person takes a new post (their current one becomes job history), or changes title,
    level or department."""
    cmd = "move"
    data, pid, when, who, _ = start(store, account, cmd, person, on, by)
    if post is None and title is None and level is None and department is None:
        raise fail(cmd, "post", Text(N_("say what changes: a post, title, level or department")))
    old = _person(data, pid)
    new = dict(old)
    steps: list[Step] = []
    changes: list[Change] = []
    if post is not None:
        posts = [{"id": p["id"], "name": p["title"]} for p in data["post"]]
        post_id = _find_post(posts, post, data.account_id, cmd)
        if post_id == old.get("post"):
            raise fail(cmd, "post", Text(N_("{name} already holds {post}"),
                                         name=old.get("name"), post=post_id))
        info = next(p for p in data["post"] if p["id"] == post_id)
        if old.get("post"):
            since = old.get("post_since")
            if since is not None:
                until = max(since, when - dt.timedelta(days=1))
                held = {"person": pid, "post": old["post"], "since": since, "until": until}
                changes.append(Change("position", record_key("position", held), None, held))
                steps.append(("capture/end_post", {"person": pid, "until": until}))
            else:
                steps.append(("capture/drop_post", {"person": pid}))
        steps.append(("capture/take_post", {"person": pid, "post": post_id, "since": when}))
        new.update(post=post_id, post_since=when, title=info["title"], level=info["level"])
        department = department or info.get("department")
    if title is not None:
        new["title"] = title
    if level is not None:
        new["level"] = level
    if department is not None:
        dep = _find_post([{"id": d["id"], "name": d["name"], "name_en": d.get("name_en")}
                          for d in data["department"]], department, data.account_id, cmd,
                         what="department", field="department")
        new["department"] = dep
        if dep != old.get("department"):
            steps.append(("capture/department", {"person": pid, "department": dep}))
    rec = checked(cmd, "person", new)
    steps.append(("capture/person", {"person": pid, "props": {
        "title": rec.get("title"), "level": rec.get("level")}}))
    changes.insert(0, Change("person", (pid,), old, rec))
    return write(store, account, cmd, when, who, steps, changes)


def _find_post(recs: list[dict[str, Any]], text: str, account: str, cmd: str,
               what: str = "post", field: str = "post") -> str:
    from kamgraph.capture.resolve import _find

    return _find(cmd, field, what, text, recs, f"account {account}")


def person_left(store: Store, account: str, person: str, *, on: dt.date | str | None = None,
                by: str | None = None) -> Captured:
    """A person has left the account: kept for history, gone from the analyses."""
    cmd = "leave"
    data, pid, when, who, _ = start(store, account, cmd, person, on, by)
    old = _person(data, pid)
    if old.get("left"):
        raise fail(cmd, "person", Text(N_("{name} already left on {day}"),
                                       name=old.get("name"), day=old["left"]))
    new = {**old, "left": when}
    steps: list[Step] = []
    changes = [Change("person", (pid,), old, new)]
    if old.get("post"):
        new.pop("post", None)
        new.pop("post_since", None)
        if old.get("post_since") is not None:
            until = max(old["post_since"], when)
            held = {"person": pid, "post": old["post"], "since": old["post_since"],
                    "until": until}
            changes.append(Change("position", record_key("position", held), None, held))
            steps.append(("capture/end_post", {"person": pid, "until": until}))
        else:
            steps.append(("capture/drop_post", {"person": pid}))
    steps.append(("capture/person", {"person": pid, "props": {"left": when}}))
    return write(store, account, cmd, when, who, steps, changes)


def staff_left(store: Store, account: str, staff: str, *, on: dt.date | str | None = None,
               by: str | None = None) -> Captured:
    """One of our staff has left us: inactive everywhere; every account they serve records it."""
    cmd = "leave"
    data = current(store, account)
    sid = find_staff(store, data, staff, cmd)
    when = day(cmd, "on", on)
    who, _ = by_whom(store, data, by, cmd)
    from kamgraph.store.rows import record

    rows = store.read("read/staff_by_id", ids=[sid])
    old = record("staff", rows[0]["props"])
    if old.get("active") is False:
        raise fail(cmd, "staff", Text(N_("{name} has already left"), name=old.get("name")))
    new = {**old, "active": False}
    change = Change("staff", (sid,), old, new)

    def others(tx: Tx) -> None:
        served = [r["account"] for r in run(tx, "capture/staff_left", staff=sid)]
        for acc in served:
            if acc != account:
                append(tx, acc, [Event(change, when, who, "capture", note=cmd)])

    return write(store, account, cmd, when, who, [], [change], extra=others)
