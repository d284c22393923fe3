"""The plan's records: the market goal, the cycle, the deal's timeline, targets, the plan.

Reasons and notes are :class:`~kamgraph.planning.words.Say` sentences, rendered in
English or Chinese only when a document is written.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

from kamgraph.analyzers.acquaintance import WarmPath
from kamgraph.planning.words import Say

__all__ = ["MarketGoal", "Cycle", "Timeline", "Occasion", "Target",
           "Response", "Plan"]


@dataclass(frozen=True)
class MarketGoal:
    """The market goal of the year (市场目标): type, target in words, due date, and where from."""

    type: str | None
    target: str | None
    by: dt.date | None
    source: str  # "opportunity" | "account" | "none"


@dataclass(frozen=True)
class Cycle:
    """The annual planning cycle: issued at year-end, set done by end of March, revised
    at mid-year, ended at the year's end."""

    start: dt.date
    year: int
    set_due: dt.date
    revision: dt.date
    end: dt.date


@dataclass(frozen=True)
class Timeline:
    """The deal's dates: close, stage, value and the tender milestones in order."""

    opportunity: str | None
    name: str | None
    stage: str | None
    value: float | None
    close: dt.date | None
    milestones: tuple[tuple[str, dt.date], ...] = ()


@dataclass(frozen=True)
class Occasion:
    """A trust-building occasion for a target (article 001, step 3 of the card)."""

    kind: str  # hq-visit | forum | exchange | holiday | birthday | family
    on: dt.date | None
    note: Say
    private: bool = False


@dataclass(frozen=True)
class Target:
    """One person to work on this cycle: what, why, by whom, with whom and by when."""

    person: str
    label: str
    roles: tuple[str, ...]
    level: str | None
    power: float
    stance: int | None
    desired: int
    action: str
    chance: float
    move: float
    value: float
    hours: int
    owner_a: str | None
    owner_b: str | None
    sponsor: str | None
    path: WarmPath | None
    review: dt.date
    deadline: dt.date
    milestone: str
    supervisor: str | None
    goal: Say
    counters: tuple[str, ...] = ()
    sways: tuple[str, ...] = ()
    spec_writer: bool = False
    sponsor_hours: int = 0
    owner_notes: tuple[Say, ...] = ()
    sponsor_notes: tuple[Say, ...] = ()
    path_note: Say | None = None
    first_steps: tuple[Say, ...] = ()
    occasions: tuple[Occasion, ...] = ()
    interests: tuple[str | None, str | None] = (None, None)
    reasons: tuple[Say, ...] = ()
    deferred_why: Say | None = None
    #: Owner A, who introduces a proposed owner B who does not know the person yet.
    introduced_by: str | None = None

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        def t(x: Say | None) -> str | None:
            return None if x is None else x.text(lang)
        return {
            "person": self.person, "label": self.label, "roles": list(self.roles),
            "level": self.level, "power": self.power, "stance": self.stance,
            "desired": self.desired, "action": self.action, "chance": self.chance,
            "move": self.move, "value": self.value, "hours": self.hours,
            "sponsor_hours": self.sponsor_hours, "owner_a": self.owner_a,
            "owner_b": self.owner_b, "owner_b_introduced_by": self.introduced_by,
            "sponsor": self.sponsor, "supervisor": self.supervisor,
            "review": self.review, "deadline": self.deadline, "milestone": self.milestone,
            "goal": t(self.goal), "counters": list(self.counters), "sways": list(self.sways),
            "spec_writer": self.spec_writer,
            "path": None if self.path is None else {
                "nodes": list(self.path.nodes), "strength": self.path.strength,
                "reason": self.path.reason},
            "path_note": t(self.path_note),
            "owner_notes": [t(x) for x in self.owner_notes],
            "sponsor_notes": [t(x) for x in self.sponsor_notes],
            "first_steps": [t(x) for x in self.first_steps],
            "occasions": [{"kind": o.kind, "on": o.on, "note": t(o.note)}
                          for o in self.occasions],
            "interests": {"personal": self.interests[0], "organisational": self.interests[1]},
            "reasons": [t(x) for x in self.reasons], "deferred_why": t(self.deferred_why),
        }


@dataclass(frozen=True)
class Response:
    """The plan's answer to one uncountered competitor supporter."""

    competitor: str
    supporter: str
    label: str
    by: str | None
    response: Say


@dataclass
class Plan:
    """The cycle's PR plan: chosen and deferred targets, the people left alone and why,
    and the answer to each uncountered competitor supporter."""

    account: str
    opportunity: str | None
    goal: MarketGoal
    cycle: Cycle
    timeline: Timeline
    budget: dict[str, float]
    used: dict[str, int]
    targets: list[Target]
    deferred: list[Target]
    left_alone: list[tuple[str, Say]]
    responses: list[Response]
    balance_now: float
    balance_expected: float
    reasons: list[Say] = field(default_factory=list)

    @property
    def cycle_start(self) -> dt.date:
        return self.cycle.start

    @property
    def cycle_end(self) -> dt.date:
        return self.cycle.end

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        return {
            "account": self.account, "opportunity": self.opportunity,
            "goal": self.goal.__dict__, "cycle": self.cycle.__dict__,
            "timeline": {**self.timeline.__dict__,
                         "milestones": [list(m) for m in self.timeline.milestones]},
            "budget": self.budget, "used": self.used,
            "balance_now": self.balance_now, "balance_expected": self.balance_expected,
            "targets": [t.to_dict(lang) for t in self.targets],
            "deferred": [t.to_dict(lang) for t in self.deferred],
            "left_alone": [{"person": p, "why": w.text(lang)} for p, w in self.left_alone],
            "responses": [{"competitor": r.competitor, "supporter": r.supporter,
                           "label": r.label, "by": r.by, "response": r.response.text(lang)}
                          for r in self.responses],
            "reasons": [r.text(lang) for r in self.reasons],
        }
