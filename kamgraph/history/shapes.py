"""The shapes history hands on: change rows, closeness, alerts, adopted plans and their
reviews, a person's history. They are what ``--json`` prints (dates as ISO text there)
and what a saved plan or review keeps in the store.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal, NotRequired, TypedDict

from kamgraph.records import InteractionRecord

__all__ = ["ItemData", "ChangeRow", "ClosenessDict", "KeyClosenessDict", "AlertDict",
           "PlanTarget", "AdoptedPlanDict", "OverdueStep", "TargetReviewDict", "ReviewDict",
           "PostHeld", "DueStep", "StanceDay", "StanceHeld", "ContactRow", "ClosenessSeries",
           "PersonHistory"]


class ItemData(TypedDict, total=False):
    """What a change row says beyond its words, by kind of row."""

    #: moved: the post before and after; stance: the value before and after
    before: str | int | None
    after: str | int | None
    #: stance: whom the stance is toward
    toward: str
    #: add/remove (ties, owners...), open/close (gaps), in/out (the top of the ranking)
    op: str
    #: the other end of a tie, ownership or channel
    other: str
    #: staff: the member of our staff who left
    staff: str
    #: gap: its kind and severity
    gap: str
    severity: str
    #: top: the new rank
    rank: int


class ChangeRow(ItemData, total=False):
    kind: str
    person: str | None
    label: str
    detail: str
    on: dt.date | None
    by: str | None
    delta: int | None


class ClosenessDict(TypedDict):
    person: str
    day: dt.date
    score: float
    recency: float
    frequency: float
    depth: float
    reciprocity: float
    contacts: int


class KeyClosenessDict(TypedDict):
    person: str
    label: str
    falling: bool
    sparkline: str
    months: list[ClosenessDict]


class AlertDict(TypedDict):
    kind: str
    person: str | None
    label: str
    text: str
    severity: str
    on: dt.date | None


class PlanTarget(TypedDict):
    """One target of an adopted plan, as kept with the plan (dates as ISO text)."""

    person: str
    label: str
    stance: int | None
    desired: int | None
    action: str
    owner: str | None
    owner_name: str | None
    owner_b: str | None
    sponsor: str | None
    steps: list[str]
    checkpoints: list[str]
    deadline: str | None
    adopted: str


class AdoptedPlanDict(TypedDict):
    id: str
    account: str
    adopted_on: dt.date
    by: str
    opportunity: str | None
    targets: list[PlanTarget]


class DueStep(InteractionRecord, total=False):
    """An interaction whose agreed next step is overdue, with the days it is late."""

    days: int


class OverdueStep(TypedDict):
    on: dt.date
    next_step: str
    next_on: dt.date
    days: int


class TargetReviewDict(TypedDict):
    person: str
    label: str
    owner: str | None
    start: int | None
    desired: int | None
    now: int | None
    planned_move: int
    actual_move: int
    status: str
    next_checkpoint: str | None
    overdue: list[OverdueStep]


class ReviewDict(TypedDict):
    id: str
    plan: str
    adopted_on: dt.date
    day: dt.date
    by: str
    targets: list[TargetReviewDict]
    owners: dict[str, dict[str, int]]


class PostHeld(TypedDict):
    post: str
    title: str | None
    since: dt.date | None
    until: dt.date | None


class StanceDay(TypedDict, total=False):
    """One day of a stance history (:func:`kamgraph.history.person.stance_days`): the
    assessed stance, and the stance implied by exclusive support for a competitor."""

    value: int | None
    on: dt.date | None
    by: str | None
    evidence: str | None
    implied: bool
    implied_value: int | None
    implied_by: str | None
    implied_kind: Literal["leans", "exclusive"]


class StanceHeld(TypedDict):
    value: int
    on: dt.date
    by: str | None
    by_name: str | None
    evidence: str | None


class ContactRow(TypedDict):
    on: dt.date
    staff: str
    staff_name: str
    kind: str | None
    depth: str | None
    summary: str | None
    next_step: str | None
    next_on: dt.date | None
    initiative: str | None


class ClosenessSeries(TypedDict):
    months: list[ClosenessDict]
    falling: bool
    sparkline: str


class PersonHistory(TypedDict):
    """:func:`kamgraph.history.person.person_history`: newest first throughout."""

    left: dt.date | None
    posts: list[PostHeld]
    #: per vendor (``us`` or a competitor id)
    stances: dict[str, list[StanceHeld]]
    #: vendor id -> ``us`` or the competitor's name
    vendors: dict[str, str]
    closeness: ClosenessSeries
    #: ``kamgraph person --json`` lifts these to its top level
    interactions: NotRequired[list[ContactRow]]
