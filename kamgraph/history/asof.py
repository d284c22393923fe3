"""An account as it stood on a past date, and the people present in it.

:func:`as_of` starts from the account as it is now and goes back in two ways:

1. it undoes, newest first, every kept event dated after the day (a stance
   re-assessed, an owner replaced, a tie removed, a person who moved or left);
2. it drops the dated facts that are later than the day, which an account file
   carries itself: stances and interactions (``on``), job history (``since``),
   owners, ties, sponsors and channels (``since``); a person whose current post
   began later holds, on the day, the post their job history shows for it.

:func:`present` then leaves out the people who had left by that day, with every
record that names them, so that the analyzers only see who is there.

Examples
--------
>>> import datetime as dt
>>> from kamgraph.model import AccountData
>>> d = AccountData()
>>> d["account"].append({"id": "acme", "name": "Acme"})
>>> d["person"].append({"id": "p1", "name": "王强", "left": dt.date(2026, 5, 1)})
>>> d["stance"].extend({"person": "p1", "toward": "us", "value": v, "on": dt.date(2026, m, 1)}
...                    for v, m in ((0, 1), (2, 4)))
>>> [s["value"] for s in as_of(d, [], dt.date(2026, 2, 1))["stance"]]
[0]
>>> len(present(d)["person"]), len(present(d, dt.date(2026, 4, 30))["person"])
(0, 1)
"""

from __future__ import annotations

import copy
import datetime as dt
import functools
from collections.abc import Sequence

from kamgraph.history.events import DATED, Event, record_key, undo_change
from kamgraph.model import KINDS, AccountData, today
from kamgraph.records import PersonRecord, PositionRecord

__all__ = ["as_of", "present", "post_on"]


def _copy(data: AccountData) -> AccountData:
    return AccountData({k: [dict(r) for r in v] for k, v in data.records.items()})


def post_on(person: PersonRecord, positions: Sequence[PositionRecord],
            day: dt.date) -> tuple[str | None, dt.date | None, PositionRecord | None]:
    """The post a person held on ``day``: ``(post, since, position record)``.

    The current post counts from ``post_since`` (or always, when that is unknown);
    before it, the job-history record covering the day.
    """
    since = person.get("post_since")
    if person.get("post") and (since is None or since <= day):
        return person["post"], since, None
    for h in sorted(positions, key=lambda h: h["since"], reverse=True):
        if h["since"] <= day and (h.get("until") is None or h["until"] >= day):
            return h["post"], h["since"], h
    return None, None, None


def _posts_on(data: AccountData, day: dt.date) -> None:
    posts = {p["id"]: p for p in data.of("post")}
    history: dict[str, list[PositionRecord]] = {}
    for h in data.of("position"):
        history.setdefault(h["person"], []).append(h)
    held: list[int] = []
    for p in data.of("person"):
        since = p.get("post_since")
        if since is None or since <= day:
            continue
        post, began, rec = post_on(p, history.get(p["id"], []), day)
        p.pop("post", None)
        p.pop("post_since", None)
        if post is None:
            continue
        p["post"] = post
        if began is not None:
            p["post_since"] = began
        if rec is not None:
            held.append(id(rec))
        info = posts.get(post)
        if info is not None:  # the title and level that went with the post then
            p["title"], p["level"] = info["title"], info["level"]
            if info.get("department"):
                p["department"] = info["department"]
    data["position"][:] = [h for h in data["position"] if id(h) not in held]


def as_of(data: AccountData, evs: Sequence[Event], day: dt.date) -> AccountData:
    """The account as it stood at the end of ``day`` (a new object; ``data`` is kept)."""
    out = _copy(data)
    for e in sorted(evs, key=lambda e: (e.rev, e.seq), reverse=True):
        if e.on is not None and e.on > day:
            undo_change(out, e.change)
    for kind, fname in DATED.items():
        out.records[kind][:] = [r for r in out.records[kind]
                                if not isinstance(r.get(fname), dt.date) or r[fname] <= day]
    for h in out["position"]:
        if h.get("until") is not None and h["until"] > day:
            h.pop("until")
    for p in out["person"]:
        if p.get("left") is not None and p["left"] > day:
            p.pop("left")
    _posts_on(out, day)
    for kind in KINDS:
        out.records[kind].sort(key=functools.partial(record_key, kind))
    return out


def _refs_to_people(kind: str) -> list[str]:
    return [f.name for f in KINDS[kind].fields if "person" in f.ref.split("|")]


def present(data: AccountData, day: dt.date | None = None) -> AccountData:
    """``data`` without the people who had left by ``day`` (default today) and the
    records that name them. Returns ``data`` itself when nobody had left."""
    day = day or today()
    gone = {p["id"] for p in data["person"] if p.get("left") is not None and p["left"] <= day}
    if not gone:
        return data
    out = copy.copy(data)
    out.records = dict(data.records)
    out.records["person"] = [p for p in data["person"] if p["id"] not in gone]
    for kind in KINDS:
        fields = _refs_to_people(kind)
        if kind == "person" or not fields:
            continue
        kept = []
        for r in data.records[kind]:
            # a list of people (a decision body's members) loses those who left; a record
            # that names someone who left in a single field goes with them
            lists = {f: [x for x in r[f] if x not in gone] for f in fields
                     if isinstance(r.get(f), list)}
            if any(r.get(f) in gone for f in fields if f not in lists):
                continue
            kept.append({**r, **lists} if lists else r)
        out.records[kind] = kept
    return out
