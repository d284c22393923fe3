"""Power: everyone's weight in the decision, from role, reach, breadth, brokerage and veto.

Power reads the influence net and its best paths (:mod:`kamgraph.analyzers.influence_paths`,
whose names this module also exports). Power of a person (the key-person score and the
node size on maps)::

    formal    = 0.5 * rank / 6 + 0.5 * role_weight            # level and role (or body seat)
    reach     = sum_d path(p -> d) * w(d) / sum_d w(d)         # d: decision makers other than p
    breadth   = 1 - exp(-B(p) / 3),  B(p) = sum of p's recorded direct influence strengths
    brokerage = betweenness(p) / max betweenness               # on influence, line and ties
    veto      = 0.5 if the person is a gatekeeper else 0
    power     = formal + reach + 0.5 * breadth + 0.5 * brokerage + veto

``reach`` is a weighted mean, so it does not saturate when many people decide; the
decision makers' weights ``w(d)`` come from their roles and their seats on decision
bodies (:func:`decision_makers`). Betweenness (:mod:`kamgraph.analyzers.brokerage`) is
exact up to :data:`EXACT_BETWEENNESS` people and sampled on evenly spaced sources above.

Examples
--------
>>> ROLE_WEIGHT["decider"] > ROLE_WEIGHT["approver"] > ROLE_WEIGHT["user"]
True
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from kamgraph.analyzers.brokerage import EXACT_UP_TO, betweenness, people_graph
from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.influence_paths import (
    PERSONAL_BASES,
    REPORTS_TO_STRENGTH,
    Hop,
    InfluenceNet,
    InfluencePath,
    best_paths,
    influence_net,
    paths_to,
    search,
    strengths,
)
from kamgraph.errors import NotFound
from kamgraph.graph import persons as _persons

__all__ = [
    "REPORTS_TO_STRENGTH", "ROLE_WEIGHT", "DECISION_ROLES", "VETO_BONUS", "PERSONAL_BASES",
    "EXACT_BETWEENNESS", "Hop", "InfluencePath", "InfluenceNet", "PowerParts", "strengths",
    "search", "best_paths", "influence_net", "paths_to", "decision_makers", "dm_weights",
    "power_parts", "power", "influence_scores", "role_weight", "require_person",
    "brokerage_graph", "body_seats",
]

#: Weight of each buying-center role in formal power.
ROLE_WEIGHT: dict[str, float] = {
    "decider": 1.0, "approver": 0.9, "buyer": 0.6, "gatekeeper": 0.5, "influencer": 0.5,
    "initiator": 0.4, "user": 0.3, "coach": 0.2,
}
DECISION_ROLES: tuple[str, ...] = ("decider", "approver")
#: Extra power of a gatekeeper: they can block our access (veto).
VETO_BONUS = 0.5
#: Up to this many people betweenness is exact; above it, sampled.
EXACT_BETWEENNESS = EXACT_UP_TO

def role_weight(roles: Iterable[str]) -> float:
    """Weight of the most powerful role in ``roles`` (0 when none).

    Examples
    --------
    >>> role_weight(["user", "approver"]), role_weight([])
    (0.9, 0.0)
    """
    return max((ROLE_WEIGHT.get(r, 0.0) for r in roles), default=0.0)


def body_seats(G: nx.MultiDiGraph,
               ctx: Analysis | None = None) -> dict[str, list[tuple[str, float, str]]]:
    """``{person: [(body id, weight, seat)]}`` for the decision bodies in scope.

    Seat weight by the body's rule: the chair who decides alone weighs 1.0 and the
    other members 0.3; under consensus every member can block (0.9); under majority
    each member weighs ``1 / (half the members)``, at most 1.
    """
    return context(G, ctx).cached("body_seats", lambda: _body_seats(G))


def _body_seats(G: nx.MultiDiGraph) -> dict[str, list[tuple[str, float, str]]]:
    out: dict[str, list[tuple[str, float, str]]] = {}
    for bid, b in sorted((G.graph.get("bodies") or {}).items()):
        members = [m for m in b.get("members") or [] if m in G]
        n = max(1, len(members))
        for m in members:
            chair = m == b.get("chair")
            if b.get("rule") == "chair":
                w = 1.0 if chair else 0.3
            elif b.get("rule") == "consensus":
                w = 0.9
            else:
                w = min(1.0, 2.0 / n)
            out.setdefault(m, []).append((bid, w, "chairperson" if chair else "member"))
    return out


def dm_weights(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> tuple[dict[str, float], bool]:
    """``({decision maker: weight}, guessed)``: deciders, approvers and members of the
    decision bodies in scope, weighted by role and seat. Without any, the most senior
    people on the org chart stand in (weight 1, ``guessed`` True)."""
    a = context(G, ctx)

    def build() -> tuple[dict[str, float], bool]:
        seats = body_seats(G, a)
        out: dict[str, float] = {}
        for p in _persons(G):
            w = role_weight(r for r in G.nodes[p].get("roles") or () if r in DECISION_ROLES)
            w = max([w] + [s[1] for s in seats.get(p, [])])
            if w > 0:
                out[p] = w
        if out:
            return out, False
        ranked = [p for p in _persons(G) if not G.nodes[p].get("outside")]
        top = max((G.nodes[p].get("rank") or 0 for p in ranked), default=0)
        if top <= 0:
            return {}, True
        return {p: 1.0 for p in ranked if (G.nodes[p].get("rank") or 0) == top}, True

    return a.cached("dm_weights", build)


def decision_makers(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> tuple[list[str], bool]:
    """Decision makers, sorted; ``(people, True)`` if they had to be guessed."""
    w, guessed = dm_weights(G, ctx)
    return sorted(w), guessed


@dataclass(frozen=True)
class PowerParts:
    """A person's power and its parts, with the paths to the deciders they sway."""

    person: str
    formal: float
    influence: float
    breadth: float
    brokerage: float
    veto: float
    sways: tuple[InfluencePath, ...]
    advisees: int = 0
    advice_weight: float = 0.0
    betweenness: float = 0.0

    @property
    def total(self) -> float:
        return (self.formal + self.influence + 0.5 * self.breadth + 0.5 * self.brokerage
                + self.veto)


def brokerage_graph(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> nx.Graph:
    """Undirected graph of the people: influence, reporting line and person-person ties
    (:func:`~kamgraph.analyzers.brokerage.people_graph` as a networkx graph)."""
    a = context(G, ctx)
    return a.cached("brokerage_graph", lambda: people_graph(G, a).to_networkx())


def _betweenness(G: nx.MultiDiGraph, a: Analysis) -> dict[str, float]:
    return a.cached("betweenness", lambda: betweenness(people_graph(G, a)))


def power_parts(G: nx.MultiDiGraph, *, max_hops: int = 4, min_strength: float = 0.05,
                ctx: Analysis | None = None) -> dict[str, PowerParts]:
    """Power of every person of ``G`` with its parts (see the module docstring)."""
    a = context(G, ctx)
    return dict(a.cached(("power_parts", max_hops, min_strength),
                         lambda: _power_parts(G, max_hops, min_strength, a)))


def _power_parts(G: nx.MultiDiGraph, max_hops: int, min_strength: float,
                 a: Analysis) -> dict[str, PowerParts]:
    weights, _ = dm_weights(G, a)
    seats = body_seats(G, a)
    sways: dict[str, list[InfluencePath]] = {}
    for d in sorted(weights):
        for u, path in paths_to(G, d, max_hops=max_hops, min_strength=min_strength,
                                ctx=a).items():
            sways.setdefault(u, []).append(path)
    total_w = sum(weights.values())
    net = influence_net(G, a)
    breadth_raw: dict[str, tuple[int, float]] = {}
    for p, row in net.out.items():
        # advice and sway beyond the formal line: recorded influences, not the bare line
        ties = [h for h in row.values() if h.bases != (("superior", REPORTS_TO_STRENGTH,
                                                        "formal"),)]
        breadth_raw[p] = (len(ties), sum(h.strength for h in ties))
    btw = _betweenness(G, a)
    top_btw = max(btw.values(), default=0.0)
    out: dict[str, PowerParts] = {}
    for p in _persons(G):
        n = G.nodes[p]
        roles = n.get("roles") or ()
        rw = max([role_weight(roles)] + [s[1] for s in seats.get(p, [])])
        formal = 0.5 * (n.get("rank") or 0) / 6 + 0.5 * rw
        paths = sorted(sways.get(p, []), key=lambda x: (-x.strength, x.target))
        own = weights.get(p, 0.0)
        denom = total_w - own
        reach = (sum(x.strength * weights[x.target] for x in paths) / denom) if denom > 0 else 0.0
        cnt, bw = breadth_raw.get(p, (0, 0.0))
        breadth = 1.0 - math.exp(-bw / 3.0)
        b = btw.get(p, 0.0)
        brokerage = b / top_btw if top_btw > 0 else 0.0
        veto = VETO_BONUS if "gatekeeper" in roles else 0.0
        out[p] = PowerParts(p, formal, reach, breadth, brokerage, veto, tuple(paths), cnt, bw, b)
    return out


def require_person(G: nx.MultiDiGraph, person: str) -> None:
    """Raise :class:`~kamgraph.errors.NotFound` unless ``person`` is a person of ``G``."""
    if person not in G or G.nodes[person].get("kind") != "person":
        raise NotFound(f"account {G.graph.get('account')!r} has no person {person!r}")


def power(G: nx.MultiDiGraph, person: str, ctx: Analysis | None = None) -> float:
    """Power of one person (see the module docstring).

    Examples
    --------
    >>> from kamgraph.examples import lone_decider
    >>> round(power(lone_decider(), "ceo"), 3)
    0.917
    """
    require_person(G, person)
    return power_parts(G, ctx=ctx)[person].total


def influence_scores(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> dict[str, float]:
    """``{person: power}`` for every person; the key-person score, and node size on maps."""
    return {p: pp.total for p, pp in power_parts(G, ctx=ctx).items()}
