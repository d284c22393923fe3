"""Key persons (关键客户清单): who shapes the decision, with the reasons in words.

The score is the person's power (:mod:`kamgraph.analyzers.influence`): formal power
(level, role, seat on a deciding body), reach into the decision makers over formal and
hidden links, breadth (how many colleagues they sway or advise, weighted), brokerage
(betweenness between groups that are otherwise apart) and veto for gatekeepers.
Oversight people (discipline, audit, tender office, evaluation experts) are ranked
like anyone else and marked "keep procedurally neutral".
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, fields
from functools import cached_property, partial
from typing import Any

import networkx as nx

from kamgraph.analyzers.brokerage import people_graph
from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.influence import (
    InfluencePath,
    PowerParts,
    body_seats,
    decision_makers,
    power_parts,
)
from kamgraph.analyzers.shapes import KeyPersonDict
from kamgraph.analyzers.words import describe_path, facts, label, person, reason
from kamgraph.graph import oversight
from kamgraph.model import LEVELS, STANCE_LABELS

__all__ = ["KeyPerson", "key_persons", "BROKER_WORDS"]

#: Brokerage (relative to the account's top broker) from which reasons name it ...
BROKER_WORDS = 0.5
#: ... and how many of the top brokers get the groups they bridge named.
BRIDGES_NAMED = 5


@dataclass(frozen=True, eq=False)
class KeyPerson:
    """One person ranked by how much they shape the decision.

    ``reasons`` are worded on first use (a report of 500 people shows a few): ``why``
    words them, and ``reasons`` keeps the words. Equal key persons have equal fields
    and equal reasons.
    """

    person: str
    label: str
    title: str | None
    level: str | None
    rank: int
    roles: tuple[str, ...]
    stance: int | None
    score: float
    formal: float
    influence: float
    veto: float
    sways: tuple[InfluencePath, ...]
    why: Callable[[], list[str]] = field(repr=False)
    breadth: float = 0.0
    brokerage: float = 0.0
    oversight: str | None = None

    @cached_property
    def reasons(self) -> list[str]:
        return self.why()

    def _values(self) -> tuple[Any, ...]:
        return tuple(getattr(self, f.name) for f in fields(self) if f.name != "why")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, KeyPerson):
            return NotImplemented
        return self._values() == other._values() and self.reasons == other.reasons

    def to_dict(self) -> KeyPersonDict:
        return {
            "person": self.person, "label": self.label, "title": self.title,
            "level": self.level, "rank": self.rank, "roles": list(self.roles),
            "stance": self.stance, "score": round(self.score, 6),
            "parts": {"formal": round(self.formal, 6), "influence": round(self.influence, 6),
                      "breadth": round(self.breadth, 6), "brokerage": round(self.brokerage, 6),
                      "veto": round(self.veto, 6)},
            "oversight": self.oversight,
            "sways": [{"target": p.target, "strength": round(p.strength, 6),
                       "path": list(p.nodes), "hidden": p.hidden} for p in self.sways],
            "reasons": list(self.reasons), "facts": facts(self.reasons),
        }


def _group_name(G: nx.MultiDiGraph, group: set[str]) -> str:
    """A group of people named by its most common department, else its senior member."""
    depts: dict[str, int] = {}
    for p in group:
        d = G.nodes[p].get("department")
        if d:
            depts[d] = depts.get(d, 0) + 1
    if depts:
        d = min(depts, key=lambda x: (-depts[x], x))
        if d in G:
            return label(G, d)
    top = min(group, key=lambda p: (-(G.nodes[p].get("rank") or 0), p))
    return f"{label(G, top)}'s circle" if len(group) > 1 else label(G, top)


def _bridge(G: nx.MultiDiGraph, a: Analysis, p: str) -> tuple[str, str] | None:
    """The two largest groups that only ``p`` joins, when both have 2+ people."""
    parts = people_graph(G, a).split_by(p)
    if parts is None or len(parts) < 2 or len(parts[1]) < 2:
        return None
    return _group_name(G, parts[0]), _group_name(G, parts[1])


def _top_brokers(a: Analysis) -> set[str]:
    def build() -> set[str]:
        parts = power_parts(a.G, ctx=a)
        ranked = sorted(parts.values(), key=lambda x: (-x.brokerage, x.person))
        return {x.person for x in ranked[:BRIDGES_NAMED] if x.brokerage >= BROKER_WORDS}

    return a.cached("top_brokers", build)


def _reasons(G: nx.MultiDiGraph, a: Analysis, p: str, pp: PowerParts,
             guessed: bool) -> list[str]:
    n = G.nodes[p]
    out: list[str] = []
    opp = G.graph.get("opportunity")
    roles = list(n.get("roles") or ())
    if roles:
        out.append(reason("role-in-opp", roles=roles, opportunity=opp) if opp
                   else reason("role-standing", roles=roles))
    bodies = G.graph.get("bodies") or {}
    for bid, _, seat in body_seats(G, a).get(p, []):
        b = bodies[bid]
        out.append(reason("body-member", rule_role=seat, body=b["label"], rule=b["rule"]))
    rank = int(n.get("rank") or 0)
    if rank:
        out.append(reason("level", level=n.get("level"), rank=rank, of=len(LEVELS)))
    for path in pp.sways[:3]:
        out.append(reason("sways", who=person(G, path.target), how=describe_path(G, path),
                          strength=path.strength))
    if len(pp.sways) > 3:
        out.append(reason("sways-more", n=len(pp.sways) - 3))
    if pp.advisees and pp.breadth >= 0.2:
        out.append(reason("breadth", n=pp.advisees, weight=pp.advice_weight))
    if pp.brokerage >= BROKER_WORDS:
        br = _bridge(G, a, p) if p in _top_brokers(a) else None
        if br:
            out.append(reason("bridge-only", a=br[0], b=br[1]))
        else:
            out.append(reason("broker", share=round(100 * pp.betweenness)))
    if pp.veto:
        out.append(reason("veto"))
    if pp.sways and guessed:
        out.append(reason("guessed"))
    if n.get("outside"):
        out.append(reason("outside-chart", affiliation=str(n.get("affiliation"))))
    ov = oversight(G, p)
    if ov:
        out.append(reason("oversight", oversight=ov))
    st = n.get("stance")
    if st is not None:
        out.append(reason("stance-us", value=f"{int(st):+d}", words=STANCE_LABELS.get(int(st),
                                                                                    "?")))
    if not out:
        out.append(reason("nothing"))
    return out


def key_persons(G: nx.MultiDiGraph, *, top: int | None = None,
                ctx: Analysis | None = None) -> list[KeyPerson]:
    """Rank the people of ``G`` by how much they shape the decision.

    Sorted by score (highest first), ties by id; ``top`` keeps the first N.

    Examples
    --------
    >>> from kamgraph.examples import ceo_swayed_by_spouse
    >>> [k.person for k in key_persons(ceo_swayed_by_spouse())]
    ['wife', 'ceo']
    """
    a = context(G, ctx)
    parts = power_parts(G, ctx=a)
    _, guessed = decision_makers(G, a)
    order = sorted(parts.values(), key=lambda x: (-round(x.total, 9), x.person))
    keep = order[:top] if top is not None else order
    out: list[KeyPerson] = []
    for pp in keep:
        p = pp.person
        n = G.nodes[p]
        out.append(KeyPerson(
            person=p, label=label(G, p), title=n.get("title"),
            level=n.get("level"), rank=int(n.get("rank") or 0),
            roles=tuple(n.get("roles") or ()), stance=n.get("stance"), score=pp.total,
            formal=pp.formal, influence=pp.influence, veto=pp.veto, sways=pp.sways,
            why=partial(_reasons, G, a, p, pp, guessed), breadth=pp.breadth,
            brokerage=pp.brokerage, oversight=oversight(G, p)))
    return out
