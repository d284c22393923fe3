"""Change watch over the store: an account's changes between two dates, Monday's alerts,
overdue next steps and the closeness of its key persons.

:func:`account_changes` and :func:`alerts` read the account (through the projection
cache) and its events once, rebuild the account on each date
(:func:`kamgraph.history.asof.as_of`) and compare.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kamgraph.history.asof import as_of, present
from kamgraph.history.changes import Item, compare
from kamgraph.history.closeness import Closeness, falling, monthly, sparkline
from kamgraph.history.events import Event
from kamgraph.history.shapes import AlertDict, DueStep, KeyClosenessDict
from kamgraph.history.words import w
from kamgraph.model import US, AccountData, today
from kamgraph.projection import display_name
from kamgraph.records import InteractionRecord, OwnsRecord

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["Alert", "account_changes", "alerts", "overdue_steps", "key_closeness",
           "KeyCloseness", "load_history"]


def load_history(store: Store, account: str) -> tuple[AccountData, list[Event]]:
    """The account as stored now and its events."""
    from kamgraph.history.cache import account_data
    from kamgraph.history.log import events

    return account_data(store, account), events(store, account)


def _on(data: AccountData, evs: list[Event], day: dt.date) -> AccountData:
    return present(as_of(data, evs, day), day)


def account_changes(store: Store, account: str, since: dt.date, until: dt.date | None = None,
                    *, lang: str = "en", opportunity: str | None = None,
                    top: int = 10) -> list[Item]:
    """Everything that changed in ``account`` after ``since`` up to ``until`` (today)."""
    until = until or today()
    data, evs = load_history(store, account)
    return compare(_on(data, evs, since), _on(data, evs, until), evs, since, until, lang=lang,
                   opportunity=opportunity, top=top)


def overdue_steps(data: AccountData, day: dt.date) -> list[DueStep]:
    """Next agreed steps due before ``day`` with no later contact with the person since
    they were agreed, most overdue first."""
    by_person: dict[str, list[InteractionRecord]] = {}
    for i in data.of("interaction"):
        by_person.setdefault(i["person"], []).append(i)
    out: list[DueStep] = []
    for i in data.of("interaction"):
        due = i.get("next_on")
        if not i.get("next_step") or due is None or due >= day:
            continue
        if any(j["on"] > i["on"] for j in by_person[i["person"]]):
            continue  # a later contact took the relationship on
        out.append({**i, "days": (day - due).days})
    return sorted(out, key=lambda i: (-i["days"], i["person"]))


@dataclass
class KeyCloseness:
    """A key person's closeness by month."""

    person: str
    label: str
    series: list[Closeness]
    falling: bool
    line: str = ""

    def to_dict(self) -> KeyClosenessDict:
        return {"person": self.person, "label": self.label, "falling": self.falling,
                "sparkline": self.line, "months": [c.to_dict() for c in self.series]}


def key_closeness(data: AccountData, day: dt.date, *, people: list[str] | None = None,
                  opportunity: str | None = None, top: int = 10,
                  months: int = 12) -> list[KeyCloseness]:
    """Closeness by month of the key persons (the top of the ranking on ``day``), or of
    ``people``; falling ones first."""
    from kamgraph.analyzers import key_persons
    from kamgraph.projection import graph_from_data

    names = {p["id"]: display_name(p) for p in data["person"]}
    if people is None:
        G = graph_from_data(present(data, day), opportunity)
        people = [k.person for k in key_persons(G, top=top)]
    out = []
    for pid in people:
        series = monthly(data["interaction"], pid, day, months)
        out.append(KeyCloseness(pid, names.get(pid, pid), series, falling(series),
                                sparkline(series)))
    return sorted(out, key=lambda k: (not k.falling, -k.series[-1].score, k.person))


@dataclass
class Alert:
    """One alert of the Monday-morning list; higher ``rank_score`` first."""

    kind: str
    person: str | None
    label: str
    text: str
    severity: str
    rank_score: float
    on: dt.date | None = None

    def to_dict(self) -> AlertDict:
        return {"kind": self.kind, "person": self.person, "label": self.label,
                "text": self.text, "severity": self.severity, "on": self.on}


def _severity(score: float) -> str:
    return "high" if score >= 80 else "medium" if score >= 50 else "low"


def alerts(store: Store, account: str, *, since: dt.date | None = None,
           day: dt.date | None = None, lang: str = "en", opportunity: str | None = None,
           top: int = 10) -> list[Alert]:
    """What a manager must look at on Monday morning, most urgent first: key persons who
    left or moved, supporters who cooled by two notches or more, owners who left with
    their people uncovered, overdue next steps, key persons whose closeness falls."""
    from kamgraph.analyzers import key_persons
    from kamgraph.projection import graph_from_data

    day = day or today()
    since = since or day - dt.timedelta(days=7)
    data, evs = load_history(store, account)
    before, now = _on(data, evs, since), _on(data, evs, day)
    key_before = {k.person: k.score for k in key_persons(graph_from_data(before, opportunity),
                                                         top=top)}
    out: list[Alert] = []
    for it in compare(before, now, evs, since, day, lang=lang, analysis=False):
        if it.kind in ("left", "moved") and it.person in key_before:
            kind = "key-left" if it.kind == "left" else "key-moved"
            text = (w("a.key_left", lang, when=it.on or "-") if it.kind == "left"
                    else w("a.key_moved", lang, detail=it.detail))
            score = (100 if it.kind == "left" else 90) + key_before[it.person]
            out.append(Alert(kind, it.person, it.label, text, _severity(score), score, it.on))
        was, now_ = it.data.get("before"), it.data.get("after")
        if it.kind == "stance" and it.data.get("toward") == US and it.delta is not None \
                and it.delta <= -2 and isinstance(was, int) and was >= 1:
            score = 70 + 5 * -it.delta + key_before.get(it.person or "", 0)
            text = w("a.cooled", lang, before=f"{was:+d}", after=f"{now_:+d}")
            out.append(Alert("cooled", it.person, it.label, text, _severity(score), score, it.on))
    out += _uncovered(now, lang, key_before)
    names = {p["id"]: display_name(p) for p in now["person"]}
    for step in overdue_steps(now, day):
        if step["person"] not in names:
            continue
        score = 50 + min(step["days"], 28) + (10 if step["person"] in key_before else 0)
        out.append(Alert("overdue", step["person"], names[step["person"]],
                         w("a.overdue", lang, due=step["next_on"], days=step["days"],
                           step=step["next_step"]), _severity(score), score, step["next_on"]))
    for k in key_closeness(now, day, opportunity=opportunity, top=top, months=4):
        if k.falling:
            score = 40 + (k.series[0].score - k.series[-1].score) / 2
            out.append(Alert("closeness", k.person, k.label,
                             w("a.closeness", lang, trend=" -> ".join(
                                 f"{c.score:.0f}" for c in k.series)),
                             _severity(score), score))
    return sorted(out, key=lambda a: (-a.rank_score, a.label))


def _uncovered(now: AccountData, lang: str, key: dict[str, float]) -> list[Alert]:
    """People whose owner A or B has left us with no active owner in that role left:
    higher when nobody active owns them at all."""
    gone = {s["id"]: display_name(s) for s in now["staff"] if s.get("active", True) is False}
    if not gone:
        return []
    names = {p["id"]: display_name(p) for p in now["person"]}
    owners: dict[str, list[OwnsRecord]] = {}
    for o in now.of("owns"):
        owners.setdefault(o["person"], []).append(o)
    out = []
    for pid, recs in sorted(owners.items()):
        if pid not in names:
            continue
        active = {o["role"] for o in recs if o["staff"] not in gone}
        for o in recs:
            if o["staff"] not in gone or o["role"] in active:
                continue
            score = (80 if not active else 65) + key.get(pid, 0)
            out.append(Alert("owner-left", pid, names[pid],
                             w("a.owner_left", lang, owner=gone[o["staff"]], person=names[pid],
                               role=o["role"]), _severity(score), score))
    return out
