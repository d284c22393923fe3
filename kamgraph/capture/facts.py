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
from typing import TYPE_CHECKING

# people's careers and how a capture writes are modules of their own (re-exported here)
from kamgraph.capture.careers import move_person, person_left, staff_left
from kamgraph.capture.resolve import (
    CaptureError,
    checked,
    day,
    fail,
    find_person,
    find_staff,
    find_staff_or_person,
)
from kamgraph.capture.writing import Captured, by_whom, current, start, write
from kamgraph.history.events import Change, record_key
from kamgraph.i18n import N_, Text
from kamgraph.model import US

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["Captured", "log_interaction", "assess_stance", "move_person", "person_left",
           "staff_left", "assign", "tie", "ASSIGN_ROLES"]


def log_interaction(store: Store, account: str, person: str, staff: str, *,
                    on: dt.date | str | None = None, kind: str = "visit", depth: str = "office",
                    summary: str | None = None, next_step: str | None = None,
                    next_on: dt.date | str | None = None, initiative: str | None = None,
                    by: str | None = None) -> Captured:
    """Record a visit, meal, call... with our staff member and the next agreed step."""
    cmd = "log"
    data = current(store, account)
    pid, sid = find_person(data, person, cmd), find_staff(store, data, staff, cmd)
    when = day(cmd, "on", on)
    due = day(cmd, "next_on", next_on, future=True) if next_on is not None else None
    if due is not None and not next_step:
        raise fail(cmd, "next_on", Text(N_("a due date needs the step itself (next_step)")))
    if due is not None and due < when:
        raise fail(cmd, "next_on", Text(N_("{due} is before the interaction ({when})"),
                                        due=due, when=when))
    who, _ = by_whom(store, data, by, cmd)
    rec = checked(cmd, "interaction", {
        "id": f"i-{when:%Y%m%d}-{uuid.uuid4().hex[:6]}", "staff": sid, "person": pid,
        "on": when, "kind": kind, "depth": depth, "summary": summary, "next_step": next_step,
        "next_on": due, "initiative": initiative})
    props = {k: v for k, v in rec.items() if k not in ("staff", "person")}
    change = Change("interaction", record_key("interaction", rec), None, rec)
    return write(store, account, cmd, when, who,
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
    data, pid, when, who, assessor = start(store, account, cmd, person, on, by)
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
    return write(store, account, cmd, when, who,
                  [("capture/stance", {"person": pid, "toward": rec["toward"], "on": when,
                                       "props": props})],
                  [Change("stance", key, before, rec)])


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
    data, pid, when, who, _ = start(store, account, cmd, person, on, by)
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
        return write(store, account, cmd, when, who,
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
    return write(store, account, cmd, when, who,
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
    data = current(store, account)
    tid = find_person(data, target, cmd, "target")
    sid, _kind = find_staff_or_person(store, data, source, cmd, "source")
    when = day(cmd, "on", on)
    who, _ = by_whom(store, data, by, cmd)
    old = next((k for k in data["knows"] if k["source"] == sid and k["target"] == tid), None)
    if remove:
        if old is None:
            raise fail(cmd, "source", Text(N_("no tie from {source} to {target}"),
                                           source=source, target=target))
        return write(store, account, cmd, when, who,
                      [("capture/tie_remove", {"source": sid, "target": tid})],
                      [Change("knows", record_key("knows", old), old, None)])
    if sid == tid:
        raise fail(cmd, "target", Text(N_("{target!r} cannot know themselves"), target=target))
    rec = checked(cmd, "knows", {"source": sid, "target": tid, "strength": strength,
                                 "circle": circle, "since": when})
    props = {k: v for k, v in rec.items() if k not in ("source", "target")}
    return write(store, account, cmd, when, who,
                  [("capture/tie_add", {"source": sid, "target": tid, "props": props})],
                  [Change("knows", record_key("knows", rec), old, rec)])
