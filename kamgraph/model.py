"""The account graph's vocabulary: record kinds, their fields, scales and enums.

This module is the single source of truth for what an account holds. The YAML and
CSV formats, validation, the store's write and read queries, export and the
networkx projection all follow the :data:`KINDS` table below.

A *record* is a plain ``dict`` of field name to Python value (``str``, ``int``,
``float``, ``bool``, ``datetime.date``, ``list[str]``) after validation. An
:class:`AccountData` holds every record of one account, grouped by kind.

Graph model in the store (Neo4j conventions)::

    (:Account {id})
    (:Competitor {id})-[:COMPETES_FOR]->(:Account)
    (:Department {id})-[:PART_OF]->(:Department|Account)
    (:Post {id, title, level, key})-[:PART_OF]->(:Department|Account)
    (:Person {id, title, level, affiliation, roles})-[:PART_OF]->(:Account)
    (:Person)-[:MEMBER_OF]->(:Department)
    (:Person)-[:HOLDS {since, until, current}]->(:Post)  # current: the post held now
    (:Person)-[:HAS_PRIVATE]->(:PrivateDetails {family, hobbies, home_area, notes})
    (:Person)-[:REPORTS_TO]->(:Person)
    (:Person)-[:INFLUENCES {strength, basis, visibility}]->(:Person)
    (:Person)-[:HAS_ROLE {role}]->(:Opportunity)
    (:Person)-[:STANCE {toward, value, raw, scale, on, by, evidence}]->(:Account)
    (:Opportunity {id})-[:FOR]->(:Account)
    (:Competitor)-[:COMPETES_IN]->(:Opportunity)
    (:Staff {id, level, function, capacity_hours, active})
    (:Staff)-[:SERVES]->(:Account)                    # listed for or tied to the account
    (:Staff)-[:OWNS {role: 'A'|'B', since}]->(:Person)
    (:Staff|Person)-[:KNOWS {strength, circle, since}]->(:Person)
    (:Staff)-[:SPONSORS {since}]->(:Person)
    (:Staff|Person)-[:INFORMS {via, reliability, since}]->(:Person)
    (:Staff)-[:INTERACTED {id, on, kind, depth, summary}]->(:Person)

Free ``attributes`` of a node are stored as its properties ``attr_NAME``.

Account-scoped nodes (Department, Post, Person, PrivateDetails, Opportunity) are
identified by ``(account, id)``: two accounts may use the same ids. Staff and
Competitor nodes are shared by all accounts and identified by ``id`` alone.

Stances are assessments kept with their date: the latest per ``(person, toward)``
is current. ``toward`` is ``"us"`` or a competitor id. Every relationship that
belongs to an account carries an ``account`` property so that an account can be
read, replaced or erased without touching its neighbours.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any, Literal

__all__ = [
    "LEVELS",
    "LEVEL_RANK",
    "ROLES",
    "AFFILIATIONS",
    "INFLUENCE_BASES",
    "CIRCLES",
    "VISIBILITIES",
    "INTERACTION_KINDS",
    "DEPTHS",
    "TIERS",
    "OWNER_ROLES",
    "STANCE_LABELS",
    "FIELD_SCALE",
    "US",
    "PRIVATE_FIELDS",
    "ATTRIBUTE_NAME",
    "Field",
    "Kind",
    "KINDS",
    "KIND_ORDER",
    "AccountData",
    "map_field_stance",
    "level_rank",
]

#: Seniority, lowest first. ``level_rank`` gives 1 (staff) .. 6 (board).
LEVELS: tuple[str, ...] = ("staff", "manager", "director", "vp", "c-level", "board")
LEVEL_RANK: dict[str, int] = {name: i + 1 for i, name in enumerate(LEVELS)}

#: Buying-center roles in an opportunity (决策链角色).
ROLES: tuple[str, ...] = (
    "initiator", "user", "influencer", "decider", "approver", "buyer", "gatekeeper", "coach",
)
#: Where a person stands relative to the account's formal org chart.
AFFILIATIONS: tuple[str, ...] = (
    "internal", "board", "family", "friend", "regulator", "consultant", "external",
)
INFLUENCE_BASES: tuple[str, ...] = (
    "superior", "peer", "advisor", "board", "family", "friend", "former-colleague",
    "alumni", "club", "supplier", "regulator", "other",
)
CIRCLES: tuple[str, ...] = (
    "family", "colleague", "former-colleague", "friend", "school", "alumni",
    "customer", "supplier", "neighbour", "religion", "club", "business", "other",
)
VISIBILITIES: tuple[str, ...] = ("formal", "hidden")
INTERACTION_KINDS: tuple[str, ...] = (
    "visit", "meal", "event", "call", "email", "home-visit", "key-date", "other",
)
#: Depth of a relationship shown by an interaction: office-only is shallow.
DEPTHS: tuple[str, ...] = ("office", "social", "family")
TIERS: tuple[str, ...] = ("S", "A", "B", "C")
OWNER_ROLES: tuple[str, ...] = ("A", "B")
#: ``toward`` value meaning our own company.
US = "us"

#: The 7-point stance scale (关键客户关系评估 7 档).
STANCE_LABELS: dict[int, str] = {
    -3: "strong opponent", -2: "opponent", -1: "leaning against", 0: "neutral",
    1: "leaning for", 2: "supporter", 3: "exclusive supporter",
}
#: The 10-notch field scale (seed 004) mapped onto the 7-point scale.
#: ``-10`` ("leans to a competitor") becomes +2 toward that competitor.
FIELD_SCALE: dict[int, int] = {
    5: 3, 4: 3, 3: 2, 2: 1, 1: 1, -1: 0, -2: -1, -3: -2, -5: -3, -10: 2,
}

#: Person fields that never leave the store unless the user asks for them.
PRIVATE_FIELDS: tuple[str, ...] = ("family", "hobbies", "home_area", "notes")

FieldType = Literal["str", "int", "float", "date", "bool", "enum", "list", "ref", "reflist",
                    "map"]


@dataclass(frozen=True)
class Field:
    """One field of a record kind.

    ``ref`` names the kind(s) an id must resolve to (``"person|staff"`` for either).
    ``choices`` holds the allowed values of an ``enum`` (or of each ``list`` item).
    """

    name: str
    type: FieldType = "str"
    required: bool = False
    choices: tuple[str, ...] = ()
    ref: str = ""
    private: bool = False
    default: Any = None
    min: float | None = None
    max: float | None = None
    doc: str = ""


@dataclass(frozen=True)
class Kind:
    """A record kind: one YAML section and one CSV file (``<plural>.csv``)."""

    name: str
    plural: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    account_scoped: bool = True
    doc: str = ""

    def field(self, name: str) -> Field:
        for f in self.fields:
            if f.name == name:
                return f
        raise KeyError(name)

    @property
    def columns(self) -> list[str]:
        """CSV columns in order (``account`` first for account-scoped kinds).

        Free attributes have no fixed column: each is a column ``attributes.NAME``.
        """
        cols = ["account"] if self.account_scoped else []
        return cols + [f.name for f in self.fields if f.type != "map"]

    @property
    def has_attributes(self) -> bool:
        return any(f.type == "map" for f in self.fields)


def _f(name: str, type: FieldType = "str", **kw: Any) -> Field:
    return Field(name, type, **kw)


_LEVEL = _f("level", "enum", choices=LEVELS)
#: Free properties of a node: name -> text, number, true/false or date.
_ATTRS = _f("attributes", "map", doc="free properties (name: text, number, true/false or date)")
#: Attribute names: they become property names in the store.
ATTRIBUTE_NAME = r"[A-Za-z_][A-Za-z0-9_]{0,62}"
_DATE_SINCE = _f("since", "date")

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("account", "accounts", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("tier", "enum", choices=TIERS), _f("industry"), _f("region"),
            _ATTRS,
        ), key=("id",), account_scoped=False, doc="A customer company we sell to."),
        Kind("competitor", "competitors", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _ATTRS,
        ), key=("id",), doc="A vendor competing with us for this account."),
        Kind("department", "departments", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("parent", "ref", ref="department"),
            _ATTRS,
        ), key=("id",), doc="A unit of the account; departments nest through parent."),
        Kind("post", "posts", (
            _f("id", required=True), _f("title", required=True), _f("level", "enum", choices=LEVELS,
                                                                      required=True),
            _f("department", "ref", ref="department"), _f("key", "bool", default=False),
            _ATTRS,
        ), key=("id",), doc="A position in the account, held by people over time."),
        Kind("person", "people", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("title"), _LEVEL, _f("department", "ref", ref="department"),
            _f("post", "ref", ref="post"), _f("post_since", "date"),
            _f("affiliation", "enum", choices=AFFILIATIONS, default="internal"),
            _f("roles", "list", choices=ROLES, doc="standing roles, outside any opportunity"),
            _f("family", private=True), _f("hobbies", private=True),
            _f("home_area", private=True), _f("notes", private=True),
            _ATTRS,
        ), key=("id",), doc="Someone at the account, or outside it but able to sway it."),
        Kind("staff", "staff", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("title"), _LEVEL, _f("function"),
            _f("capacity_hours", "float", min=0, max=10_000, doc="hours per planning cycle"),
            _f("active", "bool", default=True, doc="false once the person has left us"),
            _ATTRS,
        ), key=("id",), account_scoped=False, doc="One of our own people."),
        Kind("opportunity", "opportunities", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("stage"), _f("value", "float", min=0), _f("close_date", "date"),
            _f("competitors", "reflist", ref="competitor"),
            _ATTRS,
        ), key=("id",), doc="One deal, bid or project."),
        Kind("position", "positions", (
            _f("person", "ref", required=True, ref="person"),
            _f("post", "ref", required=True, ref="post"),
            _f("since", "date", required=True), _f("until", "date"),
        ), key=("person", "post", "since"), doc="A post a person held (job history)."),
        Kind("reports_to", "reports_to", (
            _f("person", "ref", required=True, ref="person"),
            _f("manager", "ref", required=True, ref="person"),
        ), key=("person", "manager"), doc="Formal hierarchy."),
        Kind("influence", "influences", (
            _f("source", "ref", required=True, ref="person"),
            _f("target", "ref", required=True, ref="person"),
            _f("strength", "float", required=True, min=0, max=1),
            _f("basis", "enum", choices=INFLUENCE_BASES, default="other"),
            _f("visibility", "enum", choices=VISIBILITIES, default="formal"),
        ), key=("source", "target"), doc="source sways target's decisions."),
        Kind("role", "roles", (
            _f("opportunity", "ref", required=True, ref="opportunity"),
            _f("person", "ref", required=True, ref="person"),
            _f("role", "enum", required=True, choices=ROLES),
        ), key=("opportunity", "person", "role"), doc="A person's role in an opportunity."),
        Kind("stance", "stances", (
            _f("person", "ref", required=True, ref="person"),
            _f("toward", required=True, doc="'us' or a competitor id"),
            _f("value", "int", required=True),
            _f("scale", "enum", choices=("seven", "field"), default="seven"),
            _f("competitor", "ref", ref="competitor", doc="for a field-scale -10 toward us"),
            _f("on", "date", required=True), _f("by", "ref", ref="staff"), _f("evidence"),
        ), key=("person", "toward", "on"), doc="A dated stance assessment."),
        Kind("owns", "owns", (
            _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"),
            _f("role", "enum", required=True, choices=OWNER_ROLES), _DATE_SINCE,
        ), key=("staff", "person", "role"), doc="Our owner A (primary) or B (backup)."),
        Kind("knows", "knows", (
            _f("source", "ref", required=True, ref="staff|person"),
            _f("target", "ref", required=True, ref="person"),
            _f("strength", "float", required=True, min=0, max=1),
            _f("circle", "enum", choices=CIRCLES, default="other"), _DATE_SINCE,
        ), key=("source", "target"), doc="An acquaintance tie (undirected in meaning)."),
        Kind("sponsors", "sponsors", (
            _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"), _DATE_SINCE,
        ), key=("staff", "person"), doc="An executive of ours assigned to a key person."),
        Kind("informs", "informs", (
            _f("source", "ref", required=True, ref="staff|person"),
            _f("target", "ref", required=True, ref="person"),
            _f("via", "ref", ref="staff|person", doc="intermediary, if any"),
            _f("reliability", "float", min=0, max=1), _DATE_SINCE,
        ), key=("source", "target"), doc="An information channel about target."),
        Kind("interaction", "interactions", (
            _f("id", required=True), _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"), _f("on", "date", required=True),
            _f("kind", "enum", choices=INTERACTION_KINDS, default="other"),
            _f("depth", "enum", choices=DEPTHS, default="office"), _f("summary"),
        ), key=("id",), doc="A dated contact between our staff and a person."),
    )
}

#: Order in which kinds are validated, written and exported (referenced kinds first).
KIND_ORDER: tuple[str, ...] = tuple(KINDS)


@dataclass
class AccountData:
    """Every record of one account, grouped by kind name (see :data:`KINDS`).

    ``records["account"]`` holds exactly one record. Staff are global to the store
    but listed here when the account references them.
    """

    records: dict[str, list[dict[str, Any]]] = field(
        default_factory=lambda: {k: [] for k in KINDS}
    )
    #: The file the account was read from ("" when built in code); set by the importers.
    source: str = field(default="", compare=False)
    #: Where records with an id were read: ``(kind, id) -> (file, line or row)``.
    origin: dict[tuple[str, str], tuple[str, int | None]] = field(
        default_factory=dict, compare=False, repr=False)

    def where(self, kind: str, rid: str) -> str:
        """``"file:line"`` of a record with an id, or the account's file, for messages."""
        file, line = self.origin.get((kind, rid), (self.source, None))
        return f"{file}:{line}" if line is not None else file

    @property
    def account_id(self) -> str:
        return str(self.records["account"][0]["id"])

    def __getitem__(self, kind: str) -> list[dict[str, Any]]:
        return self.records[kind]

    def count(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.records.items() if v}


def map_field_stance(raw: int) -> int:
    """Map a 10-notch field-scale value onto the 7-point scale.

    Examples
    --------
    >>> map_field_stance(5), map_field_stance(-1), map_field_stance(-5)
    (3, 0, -3)
    >>> map_field_stance(-10)  # leans to a competitor: +2 toward that competitor
    2
    """
    if raw not in FIELD_SCALE:
        scale = ", ".join(map(str, sorted(FIELD_SCALE)))
        raise ValueError(f"{raw} is not on the field scale ({scale})")
    return FIELD_SCALE[raw]


def level_rank(level: str | None) -> int:
    """Ordinal seniority of a level name; 0 when unknown.

    Examples
    --------
    >>> level_rank("board") > level_rank("c-level") > level_rank("staff") > level_rank(None)
    True
    """
    return LEVEL_RANK.get(level or "", 0)


def today() -> dt.date:
    """Today's date (a seam for tests)."""
    return dt.date.today()
