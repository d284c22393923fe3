"""The account graph's vocabulary: record kinds, their fields, scales and enums.

This module is the single source of truth for what an account holds. The YAML and
CSV formats, validation, the store's write and read queries, export and the
networkx projection all follow the :data:`KINDS` table (:mod:`kamgraph.kinds`; the enums
and scales are in :mod:`kamgraph.vocabulary`, both re-exported here).

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
    (:Staff)-[:INTERACTED {id, on, kind, depth, summary, next_step, next_on, initiative}]->(:Person)
    (:Account {revision, stamp})                      # bumped by every write (history/log.py)
    (:Event {account, rev, seq, on, at, by, source, op, kind, key, before, after, people, note})
    (:Plan {account, id, adopted_on, at, by, body, people})   # an adopted plan
    (:Review {account, id, plan, on, at, by, body, people})   # a saved plan review
    (:Body {id, name, name_en, type, rule})-[:PART_OF]->(:Account)  # a decision body
    (:Person)-[:SITS_ON {chair}]->(:Body)
    (:Body)-[:DECIDES]->(:Opportunity)

Multiplex ties: several ``influence`` records may join the same ordered pair, one per
``basis`` (advisor and friend and family...). They combine by noisy-or: the pair's
strength is ``1 - prod(1 - strength_i)`` (each basis an independent chance to sway);
every basis stays listed. ``oversight`` on a person or post (discipline inspection,
audit, tender office, evaluation expert) marks someone to keep procedurally neutral:
analyses show their influence but never propose working on, sponsoring or converting
them. A ``body`` decides collectively (board, Party committee, GM office meeting,
bid-evaluation committee) by its ``rule``: majority, consensus, or the chair decides.

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
from typing import TYPE_CHECKING, Any, Literal, overload

# the kinds and the vocabulary live in their own modules; this one re-exports them
from kamgraph.kinds import (
    ATTRIBUTE_NAME,
    KIND_ORDER,
    KINDS,
    NODE_ORDER,
    SCORE_INPUTS,
    URGENCIES,
    Edge,
    Field,
    FieldType,
    Kind,
)
from kamgraph.vocabulary import (
    AFFILIATIONS,
    BODY_RULES,
    BODY_TYPES,
    CIRCLES,
    DEPTHS,
    FIELD_SCALE,
    GOAL_TYPES,
    INFLUENCE_BASES,
    INITIATIVES,
    INTERACTION_KINDS,
    LEVEL_RANK,
    LEVELS,
    OVERSIGHT,
    OWNER_ROLES,
    PRIVATE_FIELDS,
    ROLES,
    STANCE_LABELS,
    TIERS,
    US,
    VISIBILITIES,
    combine_strengths,
    level_rank,
    map_field_stance,
)

if TYPE_CHECKING:
    from kamgraph.records import (
        AccountRecord,
        BodyRecord,
        CompetitorRecord,
        DepartmentRecord,
        InfluenceRecord,
        InformsRecord,
        InteractionRecord,
        KnowsRecord,
        OpportunityRecord,
        OwnsRecord,
        PersonRecord,
        PositionRecord,
        PostRecord,
        ReportsToRecord,
        RoleRecord,
        SponsorsRecord,
        StaffRecord,
        StanceRecord,
    )


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
    "INITIATIVES",
    "TIERS",
    "URGENCIES",
    "SCORE_INPUTS",
    "OWNER_ROLES",
    "GOAL_TYPES",
    "STANCE_LABELS",
    "FIELD_SCALE",
    "US",
    "PRIVATE_FIELDS",
    "ATTRIBUTE_NAME",
    "Field",
    "Edge",
    "Kind",
    "KINDS",
    "KIND_ORDER",
    "NODE_ORDER",
    "AccountData",
    "map_field_stance",
    "level_rank",
    "OVERSIGHT",
    "BODY_TYPES",
    "BODY_RULES",
    "combine_strengths",
    "FieldType",
]


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

    # the records of one kind, typed (:mod:`kamgraph.records`): the same list, so that
    # code that reads or appends one kind is checked key by key
    @overload
    def of(self, kind: Literal["account"]) -> list[AccountRecord]: ...
    @overload
    def of(self, kind: Literal["competitor"]) -> list[CompetitorRecord]: ...
    @overload
    def of(self, kind: Literal["department"]) -> list[DepartmentRecord]: ...
    @overload
    def of(self, kind: Literal["post"]) -> list[PostRecord]: ...
    @overload
    def of(self, kind: Literal["person"]) -> list[PersonRecord]: ...
    @overload
    def of(self, kind: Literal["staff"]) -> list[StaffRecord]: ...
    @overload
    def of(self, kind: Literal["opportunity"]) -> list[OpportunityRecord]: ...
    @overload
    def of(self, kind: Literal["position"]) -> list[PositionRecord]: ...
    @overload
    def of(self, kind: Literal["reports_to"]) -> list[ReportsToRecord]: ...
    @overload
    def of(self, kind: Literal["influence"]) -> list[InfluenceRecord]: ...
    @overload
    def of(self, kind: Literal["role"]) -> list[RoleRecord]: ...
    @overload
    def of(self, kind: Literal["stance"]) -> list[StanceRecord]: ...
    @overload
    def of(self, kind: Literal["owns"]) -> list[OwnsRecord]: ...
    @overload
    def of(self, kind: Literal["knows"]) -> list[KnowsRecord]: ...
    @overload
    def of(self, kind: Literal["sponsors"]) -> list[SponsorsRecord]: ...
    @overload
    def of(self, kind: Literal["informs"]) -> list[InformsRecord]: ...
    @overload
    def of(self, kind: Literal["body"]) -> list[BodyRecord]: ...
    @overload
    def of(self, kind: Literal["interaction"]) -> list[InteractionRecord]: ...

    def of(self, kind: str) -> list[Any]:
        """The records of ``kind`` (the stored list itself), typed by kind.

        >>> d = AccountData()
        >>> d.of("person").append({"id": "p1", "name": "Ann"})
        >>> d["person"]
        [{'id': 'p1', 'name': 'Ann'}]
        """
        return self.records[kind]

    def count(self) -> dict[str, int]:
        return {k: len(v) for k, v in self.records.items() if v}



def today() -> dt.date:
    """Today's date (a seam for tests)."""
    return dt.date.today()
