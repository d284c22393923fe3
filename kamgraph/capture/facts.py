"""Record one fact at a time into an account, without re-importing it.

Each function checks its input the way an import checks a record (the error names
the field and nothing is written), dates the fact (today unless given), names who
recorded it (``by``: a staff id or name, else ``$KAMGRAPH_USER``, else the login
name) and writes it, its history event and the account's new revision in one
transaction. Each write is one query file of ``cypher/capture/``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypedDict

from kamgraph.capture.resolve import (
    CaptureError,
    checked,
    day,
    fail,
    find_person,
    find_staff,
    find_staff_or_person,
)
from kamgraph.history.events import Change, Event, Record, record_key
from kamgraph.history.log import append, new_stamp, recorder
from kamgraph.i18n import N_, Text
from kamgraph.model import US, AccountData
from kamgraph.store.store import run

if TYPE_CHECKING:
    from kamgraph.store import Store
    from kamgraph.store.store import Tx

__all__ = ["Captured", "log_interaction", "assess_stance", "move_person", "person_left",
           "staff_left", "assign", "tie"]

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


def _current(store: Store, account: str) -> AccountData:
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


def _by(store: Store, data: AccountData, by: str | None, command: str) -> tuple[str, str | None]:
    """``(recorder, staff id or None)``: who recorded the fact, and the staff member that
    is when ``by`` names one of our staff (a stance keeps that as its assessor)."""
    who = recorder(by)
    try:
        sid = find_staff(store, data, who, command, "by")
    except CaptureError:
        return who, None
    return sid, sid


def _write(store: Store, account: str, command: str, on: dt.date, who: str,
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


def log_interaction(store: Store, account: str, person: str, staff: str, *,
                    on: dt.date | str | None = None, kind: str = "visit", depth: str = "office",
                    summary: str | None = None, next_step: str | None = None,
                    next_on: dt.date | str | None = None, initiative: str | None = None,
                    by: str | None = None) -> Captured:
    """Record a visit, meal, call... with our staff member and the next agreed step."""
    cmd = "log"
    data = _current(store, account)
    pid, sid = find_person(data, person, cmd), find_staff(store, data, staff, cmd)
    when = day(cmd, "on", on)
    due = day(cmd, "next_on", next_on, future=True) if next_on is not None else None
    if due is not None and not next_step:
        raise fail(cmd, "next_on", Text(N_("a due date needs the step itself (next_step)")))
    if due is not None and due < when:
        raise fail(cmd, "next_on", Text(N_("{due} is before the interaction ({when})"),
                                        due=due, when=when))
    who, _ = _by(store, data, by, cmd)
    rec = checked(cmd, "interaction", {
        "id": f"i-{when:%Y%m%d}-{uuid.uuid4().hex[:6]}", "staff": sid, "person": pid,
        "on": when, "kind": kind, "depth": depth, "summary": summary, "next_step": next_step,
        "next_on": due, "initiative": initiative})
    props = {k: v for k, v in rec.items() if k not in ("staff", "person")}
    change = Change("interaction", record_key("interaction", rec), None, rec)
    return _write(store, account, cmd, when, who,
                  [("capture/interaction", {"person": pid, "staff": sid, "props": props})],
                  [change])


def assess_stance(store: Store, account: str, person: str, value: int | str, *,
                  toward: str = US, scale: str = "seven", competitor: str | None = None,
                  evidence: str | None = None, on: dt.date | str | None = None,
                  by: str | None = None) -> Captured:
    """Record a new stance assessment (the latest assessment is the current stance)."""
    from kamgraph.formats.checks import Entry, _stances
    from kamgraph.formats.records import Issues, Loc

    cmd = "stance"
    data = _current(store, account)
    pid = find_person(data, person, cmd)
    when = day(cmd, "on", on)
    who, assessor = _by(store, data, by, cmd)
    comps = {c["id"] for c in data["competitor"]}
    for c in data["competitor"]:  # a competitor may be named by its name too
        if toward in (c.get("name"), c.get("name_en")):
            toward = c["id"]
    rec = checked(cmd, "stance", {"person": pid, "toward": toward, "value": value,
                                  "scale": scale, "competitor": competitor, "on": when,
                                  "by": assessor, "evidence": evidence})
    issues = Issues()
    _stances([Entry("stance", rec, Loc(f"kamgraph {cmd}"))], comps, issues)
    if issues:
        raise CaptureError(list(issues))
    key = record_key("stance", rec)
    before = next((s for s in data["stance"] if record_key("stance", s) == key), None)
    props = {k: v for k, v in rec.items() if k != "person"}
    return _write(store, account, cmd, when, who,
                  [("capture/stance", {"person": pid, "toward": rec["toward"], "on": when,
                                       "props": props})],
                  [Change("stance", key, before, rec)])


def _person(data: AccountData, pid: str) -> dict[str, Any]:
    return next(p for p in data["person"] if p["id"] == pid)


def move_person(store: Store, account: str, person: str, *, post: str | None = None,
                title: str | None = None, level: str | None = None,
                department: str | None = None, on: dt.date | str | None = None,
                by: str | None = None) -> Captured:
    """A person takes a new post (their current one becomes job history), or changes title,
    level or department."""
    cmd = "move"
    data = _current(store, account)
    pid = find_person(data, person, cmd)
    when = day(cmd, "on", on)
    who, _ = _by(store, data, by, cmd)
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
    return _write(store, account, cmd, when, who, steps, changes)


def _find_post(recs: list[dict[str, Any]], text: str, account: str, cmd: str,
               what: str = "post", field: str = "post") -> str:
    from kamgraph.capture.resolve import _find

    return _find(cmd, field, what, text, recs, f"account {account}")


def person_left(store: Store, account: str, person: str, *, on: dt.date | str | None = None,
                by: str | None = None) -> Captured:
    """A person has left the account: kept for history, gone from the analyses."""
    cmd = "leave"
    data = _current(store, account)
    pid = find_person(data, person, cmd)
    when = day(cmd, "on", on)
    who, _ = _by(store, data, by, cmd)
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
    return _write(store, account, cmd, when, who, steps, changes)


def staff_left(store: Store, account: str, staff: str, *, on: dt.date | str | None = None,
               by: str | None = None) -> Captured:
    """One of our staff has left us: inactive everywhere; every account they serve records it."""
    cmd = "leave"
    data = _current(store, account)
    sid = find_staff(store, data, staff, cmd)
    when = day(cmd, "on", on)
    who, _ = _by(store, data, by, cmd)
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

    return _write(store, account, cmd, when, who, [], [change], extra=others)


#: What ``assign`` can name: owner A, owner B, sponsor, information channel.
ASSIGN_ROLES: tuple[str, ...] = ("A", "B", "sponsor", "channel")


def assign(store: Store, account: str, person: str, staff: str, role: str, *,
           remove: bool = False, reliability: float | None = None,
           on: dt.date | str | None = None, by: str | None = None) -> Captured:
    """Assign (or with ``remove`` take away) an owner A or B, a sponsor or an information
    channel. A new owner A (or B) replaces the earlier one."""
    cmd = "assign"
    if role not in ASSIGN_ROLES:
        raise fail(cmd, "role", Text(N_("{role!r} is not one of {choices}"), role=role,
                                     choices=", ".join(ASSIGN_ROLES)))
    data = _current(store, account)
    pid = find_person(data, person, cmd)
    when = day(cmd, "on", on)
    who, _ = _by(store, data, by, cmd)
    if role == "channel":
        sid, _kind = find_staff_or_person(store, data, staff, cmd, "source")
        kind, rec = "informs", {"source": sid, "target": pid, "reliability": reliability,
                                "since": when}
        query, params = "channel", {"source": sid}
        olds = [r for r in data["informs"] if r["source"] == sid and r["target"] == pid]
    else:
        sid = find_staff(store, data, staff, cmd)
        if role == "sponsor":
            kind, rec = "sponsors", {"staff": sid, "person": pid, "since": when}
            query, params = "sponsor", {"staff": sid}
            olds = [r for r in data["sponsors"] if r["staff"] == sid and r["person"] == pid]
        else:
            kind, rec = "owns", {"staff": sid, "person": pid, "role": role, "since": when}
            query, params = "owner", {"staff": sid, "role": role}
            olds = [r for r in data["owns"] if r["person"] == pid and r["role"] == role
                    and (r["staff"] == sid or not remove)]
    if remove:
        if not olds:
            raise fail(cmd, "staff", Text(N_("{staff} is not {role} of {person}"), staff=staff,
                                          role=_role_words(role), person=person))
        changes = [Change(kind, record_key(kind, o), o, None) for o in olds]
        return _write(store, account, cmd, when, who,
                      [(f"capture/{query}_remove", {"person": pid, **params})], changes)
    rec = checked(cmd, kind, rec)
    if any(record_key(kind, o) == record_key(kind, rec) for o in olds) and len(olds) == 1:
        raise fail(cmd, "staff", Text(N_("{staff} is already {role} of {person}"), staff=staff,
                                      role=_role_words(role), person=person))
    changes = [Change(kind, record_key(kind, o), o, None) for o in olds
               if record_key(kind, o) != record_key(kind, rec)]
    before = next((o for o in olds if record_key(kind, o) == record_key(kind, rec)), None)
    changes.append(Change(kind, record_key(kind, rec), before, rec))
    props = {k: v for k, v in rec.items() if k not in ("staff", "person", "source", "target")}
    verb = "set" if kind == "owns" else "add"
    return _write(store, account, cmd, when, who,
                  [(f"capture/{query}_{verb}", {"person": pid, "props": props, **params})],
                  changes)


def _role_words(role: str) -> Text:
    words = {"A": Text(N_("owner A")), "B": Text(N_("owner B"))}
    return words.get(role) or Text(N_("a {role}"), role=role)


def tie(store: Store, account: str, source: str, target: str, *, strength: float | None = None,
        circle: str = "other", remove: bool = False, on: dt.date | str | None = None,
        by: str | None = None) -> Captured:
    """Record (or remove) an acquaintance tie from our staff or a person to a person."""
    cmd = "tie"
    data = _current(store, account)
    tid = find_person(data, target, cmd, "target")
    sid, _kind = find_staff_or_person(store, data, source, cmd, "source")
    when = day(cmd, "on", on)
    who, _ = _by(store, data, by, cmd)
    old = next((k for k in data["knows"] if k["source"] == sid and k["target"] == tid), None)
    if remove:
        if old is None:
            raise fail(cmd, "source", Text(N_("no tie from {source} to {target}"),
                                           source=source, target=target))
        return _write(store, account, cmd, when, who,
                      [("capture/tie_remove", {"source": sid, "target": tid})],
                      [Change("knows", record_key("knows", old), old, None)])
    if sid == tid:
        raise fail(cmd, "target", Text(N_("{target!r} cannot know themselves"), target=target))
    rec = checked(cmd, "knows", {"source": sid, "target": tid, "strength": strength,
                                 "circle": circle, "since": when})
    props = {k: v for k, v in rec.items() if k not in ("source", "target")}
    return _write(store, account, cmd, when, who,
                  [("capture/tie_add", {"source": sid, "target": tid, "props": props})],
                  [Change("knows", record_key("knows", rec), old, rec)])
