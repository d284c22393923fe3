"""The record kinds: each kind's fields, links, lookups, reads and projection, once.

:data:`KINDS` is the single source of truth for what an account holds. The YAML and
CSV formats, validation, the store's write and read queries, export and the networkx
projection all loop over it (see :mod:`kamgraph.model` for the graph model in the
store). Re-exported by :mod:`kamgraph.model`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from kamgraph.vocabulary import (
    AFFILIATIONS,
    BODY_RULES,
    BODY_TYPES,
    CIRCLES,
    DEPTHS,
    GOAL_TYPES,
    INFLUENCE_BASES,
    INITIATIVES,
    INTERACTION_KINDS,
    LEVELS,
    OVERSIGHT,
    OWNER_ROLES,
    ROLES,
    TIERS,
    VISIBILITIES,
)

__all__ = ["FieldType", "Field", "Edge", "Kind", "ATTRIBUTE_NAME", "URGENCIES", "SCORE_INPUTS",
           "KINDS", "KIND_ORDER", "NODE_ORDER"]

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
class Edge:
    """How a record, or one link field of it, becomes an edge of the projection.

    For a record kind that *is* a relationship (``influence``...), ``source`` and
    ``target`` name its two end fields and ``attrs`` the fields copied onto the edge
    (``None``: every other field, unset ones taking the field's default). For a link
    field of a node kind (``department`` of a post...), ``source`` is ``""`` (the
    record itself) and ``target`` the link field; ``to_account`` sends an unset link to
    the account, ``reverse`` runs the edge from the linked node(s) to the record, and
    ``attrs`` are ``(attribute, field)`` pairs (``""``: None).
    """

    type: str
    source: str
    target: str
    attrs: tuple[str, ...] | tuple[tuple[str, str], ...] | None = None
    to_account: bool = False
    reverse: bool = False


@dataclass(frozen=True)
class Kind:
    """A record kind: one YAML section and one CSV file (``<plural>.csv``).

    Besides its fields, a kind says how it is stored and projected (the store's
    writes and reads and :func:`kamgraph.projection.graph_from_data` loop over these):

    - ``links``: fields stored as relationships to other nodes (or on them), sent to
      the write queries beside the record's ``props``; ``transient`` fields are used
      by the importer and never stored; ``private`` fields go to a node of their own.
    - ``lookups``: the link fields a write query looks up once per batch, by position
      in the id list ``$<plural of the referenced kind>``.
    - ``writes``: the write queries (default ``write/<plural>``); ``split`` names a
      ``staff|person`` field whose kind picks ``write/<plural>_from_staff|person``.
    - every kind is read back by one query for the whole account
      (``read/account_records``), in the column named by its ``plural``.
    - ``node``: the projection's node attributes beyond the common ones, in order (a
      field is copied, other names are derived by the projection); ``edges`` the
      edges of its link fields; ``edge`` the edge a relationship kind becomes.
    """

    name: str
    plural: str
    fields: tuple[Field, ...]
    key: tuple[str, ...]
    account_scoped: bool = True
    doc: str = ""
    links: tuple[str, ...] = ()
    transient: tuple[str, ...] = ()
    lookups: tuple[str, ...] = ()
    writes: tuple[str, ...] | None = None
    split: str = ""
    node: tuple[str, ...] | None = None
    edges: tuple[Edge, ...] = ()
    edge: Edge | None = None

    @property
    def write_queries(self) -> tuple[str, ...]:
        """The write queries of this kind, in order (see ``writes`` and ``split``)."""
        if self.writes is not None:
            return self.writes
        if self.split:
            return tuple(f"write/{self.plural}_from_{k}" for k in ("staff", "person"))
        return (f"write/{self.plural}",)

    @property
    def stored(self) -> tuple[str, ...]:
        """Fields kept as properties of the record's node or relationship."""
        skip = {*self.links, *self.transient, "attributes"}
        return tuple(f.name for f in self.fields if f.name not in skip and not f.private)

    @property
    def private_fields(self) -> tuple[str, ...]:
        return tuple(f.name for f in self.fields if f.private)

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
#: The market goal of the year (article 001: an input of the planning set).
_GOAL = (
    _f("goal_type", "enum", choices=GOAL_TYPES,
       doc="market goal: territory|share|profit|competition"),
    _f("goal_target", doc="the goal in words, e.g. 'core network share 60%'"),
    _f("goal_by", "date", doc="when the goal must be reached"),
)

#: The customer profile (客户画像, article 004) and the needs ahead (article 003).
URGENCIES: tuple[str, ...] = ("low", "medium", "high")
_PROFILE: tuple[Field, ...] = (
    _f("employees", "int", min=0, doc="head count"),
    _f("revenue", "float", min=0, doc="annual revenue, in the team's reporting unit"),
    _f("key_suppliers", "list", doc="the suppliers the account buys from today"),
    _f("finances", doc="financial standing in a line"),
    _f("urgency", "enum", choices=URGENCIES, doc="how urgently they need to buy"),
    _f("needs_3m", doc="needs within three months"),
    _f("needs_1y", doc="needs within a year"),
    _f("needs_3y", doc="needs within three years"),
)
#: Inputs of the comprehensive score (综合积分法, article 003), each 0-10, and of the
#: customer value (article 000): value = (benefit - cost) x risk factor.
SCORE_INPUTS: tuple[str, ...] = (
    "score_sales", "score_potential", "score_showcase", "score_can_win", "score_can_deliver",
)
_SCORING: tuple[Field, ...] = tuple(
    _f(name, "float", min=0, max=10, doc="0-10, for the comprehensive score")
    for name in SCORE_INPUTS
) + (
    _f("benefit", "float", min=0, doc="expected benefit to the customer of our solution"),
    _f("cost", "float", min=0, doc="the customer's cost of our solution"),
    _f("risk_factor", "float", min=0, max=1, doc="1 = no risk, 0 = certain failure"),
)

KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("account", "accounts", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("tier", "enum", choices=TIERS), _f("industry"), _f("region"),
            *_PROFILE, *_SCORING, *_GOAL,
            _ATTRS,
        ), key=("id",), account_scoped=False, doc="A customer company we sell to.",
            writes=(),
            node=("tier", "industry", "goal_type", "goal_target", "goal_by")),
        Kind("competitor", "competitors", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _ATTRS,
        ), key=("id",), doc="A vendor competing with us for this account.",
            node=(), edges=(Edge("COMPETES_FOR", "", "", to_account=True),)),
        Kind("department", "departments", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("parent", "ref", ref="department"),
            _f("faced_by", "list", doc="our functions that face this department (KAM team)"),
            _ATTRS,
        ), key=("id",), doc="A unit of the account; departments nest through parent.",
            links=("parent",), writes=("write/departments", "write/department_parents"),
            node=("parent", "faced_by"), edges=(Edge("PART_OF", "", "parent", to_account=True),)),
        Kind("post", "posts", (
            _f("id", required=True), _f("title", required=True), _f("level", "enum", choices=LEVELS,
                                                                      required=True),
            _f("department", "ref", ref="department"), _f("key", "bool", default=False),
            _f("oversight", "enum", choices=OVERSIGHT,
               doc="an oversight post: its holder is kept procedurally neutral"),
            _ATTRS,
        ), key=("id",), doc="A position in the account, held by people over time.",
            links=("department",), node=("title", "level", "rank", "department", "key"),
            edges=(Edge("PART_OF", "", "department", to_account=True),)),
        Kind("person", "people", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("title"), _LEVEL, _f("department", "ref", ref="department"),
            _f("post", "ref", ref="post"), _f("post_since", "date"),
            _f("affiliation", "enum", choices=AFFILIATIONS, default="internal"),
            _f("roles", "list", choices=ROLES, doc="standing roles, outside any opportunity"),
            _f("oversight", "enum", choices=OVERSIGHT,
               doc="keep procedurally neutral: discipline, audit, tender office, "
                   "evaluation expert"),
            _f("family", private=True), _f("hobbies", private=True),
            _f("home_area", private=True), _f("notes", private=True),
            _f("left", "date", doc="the day the person left the account (kept for history)"),
            _f("birthday", private=True, doc="MM-DD (or a full date)"),
            _f("interest_personal", doc="personal interests (个人利益诉求)"),
            _f("interest_org", doc="organisational interests (组织利益诉求)"),
            _f("alias", "list", doc="other names people call them by (王总, 老王); "
                                    "commands find the person by these too"),
            _ATTRS,
        ), key=("id",), doc="Someone at the account, or outside it but able to sway it.",
            links=("department", "post", "post_since"), lookups=("department", "post"),
            node=("title", "level", "rank", "department", "post", "affiliation", "outside",
                  "oversight", "roles", "standing_roles", "opportunity_roles", "stance",
                  "stances", "stance_history", "trend", "interest_personal", "interest_org",
                  "alias"),
            edges=(Edge("MEMBER_OF", "", "department"),
                   Edge("HOLDS", "", "post", attrs=(("since", "post_since"), ("until", ""))))),
        Kind("staff", "staff", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("title"), _LEVEL, _f("function"),
            _f("capacity_hours", "float", min=0, max=10_000, doc="hours per planning cycle"),
            _f("active", "bool", default=True, doc="false once the person has left us"),
            _f("supervisor", "ref", ref="staff", doc="direct supervisor (weekly review)"),
            _ATTRS,
        ), key=("id",), account_scoped=False, doc="One of our own people.",
            node=("title", "level", "rank", "function", "capacity_hours", "active",
                  "supervisor")),
        Kind("opportunity", "opportunities", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("stage"), _f("value", "float", min=0), _f("close_date", "date"),
            _f("competitors", "reflist", ref="competitor"),
            *_GOAL,
            _f("spec_date", "date", doc="tender specification frozen"),
            _f("publish_date", "date", doc="tender published"),
            _f("submit_date", "date", doc="bids submitted"),
            _f("evaluation_date", "date", doc="bids evaluated"),
            _f("award_date", "date", doc="award announced"),
            _ATTRS,
        ), key=("id",), doc="One deal, bid or project.",
            links=("competitors",),
            node=("stage", "value", "close_date", "competitors", "goal_type", "goal_target",
                  "goal_by", "spec_date", "publish_date", "submit_date", "evaluation_date",
                  "award_date"),
            edges=(Edge("COMPETES_IN", "", "competitors", reverse=True),)),
        Kind("position", "positions", (
            _f("person", "ref", required=True, ref="person"),
            _f("post", "ref", required=True, ref="post"),
            _f("since", "date", required=True), _f("until", "date"),
        ), key=("person", "post", "since"), doc="A post a person held (job history).",
            links=("person", "post"), lookups=("person", "post"),
            edge=Edge("HOLDS", "person", "post")),
        Kind("reports_to", "reports_to", (
            _f("person", "ref", required=True, ref="person"),
            _f("manager", "ref", required=True, ref="person"),
        ), key=("person", "manager"), doc="Formal hierarchy.",
            links=("person", "manager"), lookups=("person", "manager"),
            edge=Edge("REPORTS_TO", "person", "manager")),
        Kind("influence", "influences", (
            _f("source", "ref", required=True, ref="person"),
            _f("target", "ref", required=True, ref="person"),
            _f("strength", "float", required=True, min=0, max=1),
            _f("basis", "enum", choices=INFLUENCE_BASES, default="other"),
            _f("visibility", "enum", choices=VISIBILITIES, default="formal"),
        ), key=("source", "target", "basis"),
            doc="source sways target's decisions; one record per basis (multiplex ties).",
            links=("source", "target"), lookups=("source", "target"),
            edge=Edge("INFLUENCES", "source", "target")),
        Kind("role", "roles", (
            _f("opportunity", "ref", required=True, ref="opportunity"),
            _f("person", "ref", required=True, ref="person"),
            _f("role", "enum", required=True, choices=ROLES),
        ), key=("opportunity", "person", "role"), doc="A person's role in an opportunity.",
            links=("opportunity", "person"), lookups=("person", "opportunity"),
            edge=Edge("HAS_ROLE", "person", "opportunity")),
        Kind("stance", "stances", (
            _f("person", "ref", required=True, ref="person"),
            _f("toward", required=True, doc="'us' or a competitor id"),
            _f("value", "int", required=True),
            _f("scale", "enum", choices=("seven", "field"), default="seven"),
            _f("competitor", "ref", ref="competitor", doc="for a field-scale -10 toward us"),
            _f("on", "date", required=True), _f("by", "ref", ref="staff"), _f("evidence"),
        ), key=("person", "toward", "on"), doc="A dated stance assessment.",
            links=("person",), transient=("competitor",), lookups=("person",)),
        Kind("owns", "owns", (
            _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"),
            _f("role", "enum", required=True, choices=OWNER_ROLES), _DATE_SINCE,
        ), key=("staff", "person", "role"), doc="Our owner A (primary) or B (backup).",
            links=("staff", "person"), lookups=("staff", "person"),
            edge=Edge("OWNS", "staff", "person")),
        Kind("knows", "knows", (
            _f("source", "ref", required=True, ref="staff|person"),
            _f("target", "ref", required=True, ref="person"),
            _f("strength", "float", required=True, min=0, max=1),
            _f("circle", "enum", choices=CIRCLES, default="other"), _DATE_SINCE,
        ), key=("source", "target"), doc="An acquaintance tie (undirected in meaning).",
            links=("source", "target"), lookups=("source", "target"), split="source",
            edge=Edge("KNOWS", "source", "target")),
        Kind("sponsors", "sponsors", (
            _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"), _DATE_SINCE,
        ), key=("staff", "person"), doc="An executive of ours assigned to a key person.",
            links=("staff", "person"), lookups=("staff", "person"),
            edge=Edge("SPONSORS", "staff", "person")),
        Kind("informs", "informs", (
            _f("source", "ref", required=True, ref="staff|person"),
            _f("target", "ref", required=True, ref="person"),
            _f("via", "ref", ref="staff|person", doc="intermediary, if any"),
            _f("reliability", "float", min=0, max=1), _DATE_SINCE,
        ), key=("source", "target"), doc="An information channel about target.",
            links=("source", "target"), lookups=("source", "target"), split="source",
            edge=Edge("INFORMS", "source", "target")),
        Kind("body", "bodies", (
            _f("id", required=True), _f("name", required=True), _f("name_en"),
            _f("type", "enum", choices=BODY_TYPES, default="other"),
            _f("rule", "enum", choices=BODY_RULES, default="majority"),
            _f("chair", "ref", ref="person"),
            _f("members", "reflist", ref="person", doc="the chair is a member too"),
            _f("opportunity", "ref", ref="opportunity", doc="the deal it decides, if one"),
        ), key=("id",), doc="A body that decides collectively, with its members and rule.",
            links=("chair", "members", "opportunity")),
        Kind("interaction", "interactions", (
            _f("id", required=True), _f("staff", "ref", required=True, ref="staff"),
            _f("person", "ref", required=True, ref="person"), _f("on", "date", required=True),
            _f("kind", "enum", choices=INTERACTION_KINDS, default="other"),
            _f("depth", "enum", choices=DEPTHS, default="office"), _f("summary"),
            _f("next_step", doc="the next step agreed in this contact"),
            _f("next_on", "date", doc="when the next agreed step is due"),
            _f("initiative", "enum", choices=INITIATIVES,
               doc="who sought the contact: us or them (closeness counts reciprocity)"),
        ), key=("id",), doc="A dated contact between our staff and a person.",
            links=("staff", "person"), lookups=("staff", "person"),
            edge=Edge("INTERACTED", "staff", "person",
                      attrs=("id", "on", "kind", "depth", "summary", "initiative"))),
    )
}

#: Order in which kinds are validated, written and exported (referenced kinds first).
KIND_ORDER: tuple[str, ...] = tuple(KINDS)
#: Order in which the projection adds the nodes of each kind (graph exports list nodes in
#: it); kinds not named here follow in :data:`KIND_ORDER`.
NODE_ORDER: tuple[str, ...] = ("account", "competitor", "department", "post", "opportunity",
                               "staff", "person")

