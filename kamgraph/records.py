"""Typed shapes of the records of each kind and of the projection's nodes and edges.

A record is a plain ``dict`` (see :mod:`kamgraph.model`): these ``TypedDict`` say
which keys each kind holds, for code that reads one kind (``PersonRecord``...).
Generic code that loops over :data:`kamgraph.model.KINDS` takes a :data:`Record`.
The projection's node attributes are :class:`NodeAttrs` (every kind) and
:class:`PersonAttrs` / :class:`StaffAttrs`; its edges carry :class:`EdgeAttrs`.
Unset fields are absent from a record, hence ``total=False`` beyond the key fields.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal, TypeAlias, TypedDict

__all__ = [
    "Record", "AccountRecord", "CompetitorRecord", "DepartmentRecord", "PostRecord",
    "PersonRecord", "StaffRecord", "OpportunityRecord", "PositionRecord", "ReportsToRecord",
    "InfluenceRecord", "RoleRecord", "StanceRecord", "OwnsRecord", "KnowsRecord",
    "SponsorsRecord", "InformsRecord", "BodyRecord", "InteractionRecord",
    "NodeAttrs", "PersonAttrs", "StaffAttrs", "StanceEntry", "EdgeAttrs", "BodyAttrs",
]

#: Any record, as generic code over the kinds sees it.
Record: TypeAlias = dict[str, Any]
#: A free attribute value.
Attr: TypeAlias = str | int | float | bool | dt.date


class _Named(TypedDict, total=False):
    name_en: str
    attributes: dict[str, Attr]


class AccountRecord(_Named, total=False):
    id: str
    name: str
    tier: str
    industry: str
    region: str
    employees: int
    revenue: float
    key_suppliers: list[str]
    finances: str
    urgency: str
    needs_3m: str
    needs_1y: str
    needs_3y: str
    score_sales: float
    score_potential: float
    score_showcase: float
    score_can_win: float
    score_can_deliver: float
    benefit: float
    cost: float
    risk_factor: float
    goal_type: str
    goal_target: str
    goal_by: dt.date


class CompetitorRecord(_Named, total=False):
    id: str
    name: str


class DepartmentRecord(_Named, total=False):
    id: str
    name: str
    parent: str
    faced_by: list[str]


class PostRecord(TypedDict, total=False):
    id: str
    title: str
    level: str
    department: str
    key: bool
    oversight: str
    attributes: dict[str, Attr]


class PersonRecord(_Named, total=False):
    id: str
    name: str
    title: str
    level: str
    department: str
    post: str
    post_since: dt.date
    affiliation: str
    roles: list[str]
    oversight: str
    family: str
    hobbies: str
    home_area: str
    notes: str
    left: dt.date
    birthday: str
    interest_personal: str
    interest_org: str
    alias: list[str]


class StaffRecord(_Named, total=False):
    id: str
    name: str
    title: str
    level: str
    function: str
    capacity_hours: float
    active: bool
    supervisor: str


class OpportunityRecord(_Named, total=False):
    id: str
    name: str
    stage: str
    value: float
    close_date: dt.date
    competitors: list[str]
    goal_type: str
    goal_target: str
    goal_by: dt.date
    spec_date: dt.date
    publish_date: dt.date
    submit_date: dt.date
    evaluation_date: dt.date
    award_date: dt.date


class PositionRecord(TypedDict, total=False):
    person: str
    post: str
    since: dt.date
    until: dt.date


class ReportsToRecord(TypedDict):
    person: str
    manager: str


class InfluenceRecord(TypedDict, total=False):
    source: str
    target: str
    strength: float
    basis: str
    visibility: Literal["formal", "hidden"]


class RoleRecord(TypedDict):
    opportunity: str
    person: str
    role: str


class StanceRecord(TypedDict, total=False):
    person: str
    toward: str
    value: int
    raw: int  # the value as entered on its scale (kept for export)
    scale: Literal["seven", "field"]
    competitor: str  # as entered: a field-scale -10 toward us names the competitor
    on: dt.date
    by: str
    evidence: str


class OwnsRecord(TypedDict, total=False):
    staff: str
    person: str
    role: Literal["A", "B"]
    since: dt.date


class KnowsRecord(TypedDict, total=False):
    source: str
    target: str
    strength: float
    circle: str
    since: dt.date


class SponsorsRecord(TypedDict, total=False):
    staff: str
    person: str
    since: dt.date


class InformsRecord(TypedDict, total=False):
    source: str
    target: str
    via: str
    reliability: float
    since: dt.date


class BodyRecord(_Named, total=False):
    id: str
    name: str
    type: str
    rule: str
    chair: str
    members: list[str]
    opportunity: str


class InteractionRecord(TypedDict, total=False):
    id: str
    staff: str
    person: str
    on: dt.date
    kind: str
    depth: str
    summary: str
    next_step: str
    next_on: dt.date
    initiative: str


class NodeAttrs(TypedDict, total=False):
    """Attributes of every projection node (``G.nodes[n]``)."""

    kind: str
    name: str | None
    name_en: str | None
    label: str
    attributes: dict[str, Attr]


class StanceEntry(TypedDict, total=False):
    """One entry of a person node's ``stance_history``."""

    value: int
    on: dt.date
    by: str | None
    evidence: str | None
    implied: bool


class PersonAttrs(NodeAttrs, total=False):
    """A person node (see :mod:`kamgraph.projection`)."""

    title: str | None
    level: str | None
    rank: int
    department: str | None
    post: str | None
    affiliation: str
    outside: bool
    oversight: str | None
    roles: list[str]
    standing_roles: list[str]
    opportunity_roles: dict[str, list[str]]
    stance: int | None
    stances: dict[str, int]
    stance_history: dict[str, list[StanceEntry]]
    trend: dict[str, int | None]
    interest_personal: str | None
    interest_org: str | None
    alias: list[str]
    private: dict[str, str]


class StaffAttrs(NodeAttrs, total=False):
    """One of our staff as a node."""

    title: str | None
    level: str | None
    rank: int
    function: str | None
    capacity_hours: float | None
    active: bool
    supervisor: str | None


class EdgeAttrs(TypedDict, total=False):
    """Attributes of a projection edge: ``type`` always, the rest by type."""

    type: str
    strength: float
    basis: str
    visibility: str
    circle: str
    since: dt.date | None
    until: dt.date | None
    role: str
    via: str | None
    reliability: float | None
    id: str
    on: dt.date
    kind: str
    depth: str
    summary: str | None


class BodyAttrs(TypedDict):
    """A decision body in ``G.graph["bodies"]``."""

    name: str | None
    label: str
    type: str
    rule: str
    chair: str | None
    members: list[str]
    opportunity: str | None
