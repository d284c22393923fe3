"""Plan review (四到: time, checkpoint, standard, owner): adopt a plan, then review it.

:func:`adopt` saves the plan kamgraph proposes (:func:`kamgraph.planning.plan`) as
the account's adopted plan: per target the stance when adopted, the stance aimed at
(the standard), the owner, the checkpoints (review day, deadline) and the first
steps. :func:`review` compares it with what happened since: the actual stance move
against the planned one, a status per target, the next agreed steps that are
overdue, and progress per owner; the review is saved with its day and reviewer.

Statuses: ``reached`` (the stance aimed at is reached), ``moving`` (moved toward it),
``stalled`` (not moved), ``slipped`` (moved away), ``late`` (the deadline passed
and the aim is not reached), ``left`` (the person has left the account).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from kamgraph.history.changes import stance_on
from kamgraph.history.log import erase_from_plans, now_text, recorder
from kamgraph.history.shapes import (
    AdoptedPlanDict,
    DueStep,
    PlanTarget,
    ReviewDict,
    TargetReviewDict,
)
from kamgraph.model import US, AccountData, today

if TYPE_CHECKING:
    from kamgraph.store.store import Store

__all__ = ["AdoptedPlan", "TargetReview", "Review", "adopt", "adopted_plans", "review",
           "target_status", "last_review_day", "erase_from_plans"]


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, sort_keys=True,
                      default=lambda v: v.isoformat() if isinstance(v, dt.date) else str(v))


@dataclass
class AdoptedPlan:
    """A saved plan: its targets as plain dicts."""

    id: str
    account: str
    adopted_on: dt.date
    by: str
    opportunity: str | None
    targets: list[PlanTarget]

    def to_dict(self) -> AdoptedPlanDict:
        return {"id": self.id, "account": self.account, "adopted_on": self.adopted_on,
                "by": self.by, "opportunity": self.opportunity, "targets": self.targets}


def _target(t: Any, adopted: dt.date, names: dict[str, str]) -> PlanTarget:
    """The parts of a planning target a review needs (read defensively: the planning
    module may grow)."""
    review_day = getattr(t, "review", None)
    deadline = getattr(t, "deadline", None)
    checkpoints = sorted({d for d in (review_day, deadline) if isinstance(d, dt.date)})
    # whose KPI the target is: owner A, else who starts its warm path (as the task book)
    path = getattr(t, "path", None)
    owner = getattr(t, "owner_a", None) or getattr(path, "source", None)
    return {"person": t.person, "label": getattr(t, "label", t.person),
            "stance": getattr(t, "stance", None), "desired": getattr(t, "desired", None),
            "action": getattr(t, "action", ""), "owner": owner,
            "owner_name": names.get(owner or ""),
            "owner_b": getattr(t, "owner_b", None), "sponsor": getattr(t, "sponsor", None),
            "steps": list(getattr(t, "first_steps", ()) or ()),
            "checkpoints": [d.isoformat() for d in checkpoints],
            "deadline": deadline.isoformat() if isinstance(deadline, dt.date) else None,
            "adopted": adopted.isoformat()}


def adopt(store: Store, account: str, *, opportunity: str | None = None,
          capacity_hours: float | None = None, on: dt.date | None = None,
          by: str | None = None) -> AdoptedPlan:
    """Plan the account now and save the plan as adopted (the latest adopted plan counts)."""
    from kamgraph.history.cache import project
    from kamgraph.planning import plan

    day = on or today()
    G = project(store, account, opportunity, as_of=day if day < today() else store.as_of)
    proposed = plan(G, capacity_hours=capacity_hours, cycle_start=day)
    names = {n: str(a.get("label") or n) for n, a in G.nodes(data=True)}
    targets = [_target(t, day, names) for t in proposed.targets]
    number = len(store.read("review/plans", account=account)) + 1
    adopted = AdoptedPlan(f"plan-{number}", account, day,
                          recorder(by), opportunity, targets)
    store.write("review/plan_save", account=account, props={
        "id": adopted.id, "adopted_on": day, "by": adopted.by, "at": now_text(),
        "body": _json({"opportunity": opportunity, "targets": targets}),
        "people": sorted({t["person"] for t in targets})})
    return adopted


def adopted_plans(store: Store, account: str) -> list[AdoptedPlan]:
    """Every adopted plan of the account, oldest first."""
    out = []
    for r in store.read("review/plans", account=account):
        p = r["props"]
        body = json.loads(p["body"])
        out.append(AdoptedPlan(p["id"], account, p["adopted_on"], p.get("by") or "",
                               body.get("opportunity"), body.get("targets") or []))
    return out


def target_status(start: int | None, desired: int | None, now: int | None,
                  deadline: dt.date | None, day: dt.date) -> str:
    """The status of one target (see the module docstring).

    >>> d = dt.date(2026, 6, 1)
    >>> [target_status(-1, 0, v, None, d) for v in (0, 1, -1, -2)]
    ['reached', 'reached', 'stalled', 'slipped']
    >>> target_status(-2, 0, -1, d, d), target_status(-2, 0, -1, d, d + dt.timedelta(days=1))
    ('moving', 'late')
    """
    start = start if start is not None else 0
    now = now if now is not None else start
    aim = desired if desired is not None else start
    if now >= aim:
        return "reached"
    if deadline is not None and day > deadline:
        return "late"
    if now > start:
        return "moving"
    if now < start:
        return "slipped"
    return "stalled"


@dataclass
class TargetReview:
    """One target as reviewed."""

    person: str
    label: str
    owner: str | None
    start: int | None
    desired: int | None
    now: int | None
    status: str
    next_checkpoint: str | None
    overdue: list[DueStep] = field(default_factory=list)

    @property
    def planned_move(self) -> int:
        return (self.desired or 0) - (self.start or 0)

    @property
    def actual_move(self) -> int:
        return (self.now if self.now is not None else (self.start or 0)) - (self.start or 0)

    def to_dict(self) -> TargetReviewDict:
        return {"person": self.person, "label": self.label, "owner": self.owner,
                "start": self.start, "desired": self.desired, "now": self.now,
                "planned_move": self.planned_move, "actual_move": self.actual_move,
                "status": self.status, "next_checkpoint": self.next_checkpoint,
                "overdue": [{"on": o["on"], "next_step": o["next_step"],
                             "next_on": o["next_on"], "days": o["days"]}
                            for o in self.overdue]}


@dataclass
class Review:
    """A review of the adopted plan on one day, by one reviewer."""

    plan: AdoptedPlan
    day: dt.date
    by: str
    targets: list[TargetReview]
    owners: dict[str, dict[str, int]]
    id: str = ""

    def to_dict(self) -> ReviewDict:
        return {"id": self.id, "plan": self.plan.id, "adopted_on": self.plan.adopted_on,
                "day": self.day, "by": self.by, "targets": [t.to_dict() for t in self.targets],
                "owners": self.owners}


def review_data(plan: AdoptedPlan, data: AccountData, day: dt.date, by: str) -> Review:
    """Compare ``plan`` with the account ``data`` on ``day`` (pure)."""
    from kamgraph.history.watch import overdue_steps

    present = {p["id"] for p in data["person"] if not p.get("left") or p["left"] > day}
    overdue: dict[str, list[DueStep]] = {}
    for step in overdue_steps(data, day):
        overdue.setdefault(step["person"], []).append(step)
    rows = []
    for t in plan.targets:
        pid = t["person"]
        cur = stance_on(data, pid, US, day) if pid in present else None
        due = t.get("deadline")
        deadline = dt.date.fromisoformat(due) if due else None
        status = (target_status(t.get("stance"), t.get("desired"),
                                cur["value"] if cur else t.get("stance"), deadline, day)
                  if pid in present else "left")
        nxt = next((c for c in t.get("checkpoints", []) if c >= day.isoformat()), None)
        rows.append(TargetReview(pid, t.get("label", pid), t.get("owner_name") or t.get("owner"),
                                 t.get("stance"),
                                 t.get("desired"), cur["value"] if cur else None, status, nxt,
                                 overdue.get(pid, [])))
    owners: dict[str, dict[str, int]] = {}
    for r in rows:
        o = owners.setdefault(r.owner or "-",
                              {"targets": 0, "reached": 0, "moving": 0, "stalled": 0,
                               "slipped": 0, "late": 0, "left": 0, "overdue": 0})
        o["targets"] += 1
        o[r.status] += 1
        o["overdue"] += len(r.overdue)
    return Review(plan, day, by, rows, owners)


def review(store: Store, account: str, *, day: dt.date | None = None, by: str | None = None,
           save: bool = True) -> Review | None:
    """Review the latest adopted plan of the account (None when none was adopted)."""
    from kamgraph.history.cache import account_data

    plans = adopted_plans(store, account)
    if not plans:
        return None
    day = day or today()
    rev = review_data(plans[-1], account_data(store, account), day, recorder(by))
    if save:
        rev.id = f"review-{len(store.read('review/reviews', account=account)) + 1}"
        store.write("review/review_save", account=account, props={
            "id": rev.id, "plan": rev.plan.id, "on": day, "by": rev.by, "at": now_text(),
            "body": _json(rev.to_dict()),
            "people": sorted({t.person for t in rev.targets})})
    return rev


def last_review_day(store: Store, account: str) -> dt.date | None:
    """The day of the account's last saved review."""
    rows = store.read("review/reviews", account=account)
    return rows[-1]["props"]["on"] if rows else None

