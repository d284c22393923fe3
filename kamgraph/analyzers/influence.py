"""Influence algorithms: the influence net, the path search and everyone's power.

The *influence net* of an account is built from two edge types of the projection:

- ``INFLUENCES`` (source sways target) with ``strength``, ``basis`` and ``visibility``.
  A pair may carry several bases (multiplex: advisor *and* friend); their strengths
  combine by noisy-or, ``1 - prod(1 - s_i)`` (:func:`kamgraph.model.combine_strengths`),
  and every basis is kept on the link;
- ``REPORTS_TO`` read backwards: a manager sways their report formally at
  :data:`REPORTS_TO_STRENGTH` (basis ``superior``), unless a recorded ``superior``
  influence says how strongly.

The strength of a path is the product of its link strengths. The best path between
two people is the strongest within a hop cap; ties go to fewer hops, then to the
smaller list of ids.

Power of a person (the key-person score and the node size on maps)::

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
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from kamgraph.analyzers.brokerage import EXACT_UP_TO, betweenness
from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.shapes import HopDict, PathDict
from kamgraph.errors import NotFound
from kamgraph.graph import persons as _persons
from kamgraph.model import combine_strengths

__all__ = [
    "REPORTS_TO_STRENGTH", "ROLE_WEIGHT", "DECISION_ROLES", "VETO_BONUS", "PERSONAL_BASES",
    "EXACT_BETWEENNESS", "Hop", "InfluencePath", "InfluenceNet", "PowerParts", "strengths",
    "search", "best_paths", "influence_net", "paths_to", "decision_makers", "dm_weights",
    "power_parts", "power", "influence_scores", "role_weight", "require_person",
    "brokerage_graph",
]

#: Strength with which a manager sways a direct report when no INFLUENCES edge says more.
REPORTS_TO_STRENGTH = 0.5
#: Weight of each buying-center role in formal power.
ROLE_WEIGHT: dict[str, float] = {
    "decider": 1.0, "approver": 0.9, "buyer": 0.6, "gatekeeper": 0.5, "influencer": 0.5,
    "initiator": 0.4, "user": 0.3, "coach": 0.2,
}
DECISION_ROLES: tuple[str, ...] = ("decider", "approver")
#: Bases that are personal ties, off the formal line by nature.
PERSONAL_BASES: tuple[str, ...] = ("family", "friend", "alumni", "former-colleague", "club")
#: Extra power of a gatekeeper: they can block our access (veto).
VETO_BONUS = 0.5
#: Up to this many people betweenness is exact; above it, sampled.
EXACT_BETWEENNESS = EXACT_UP_TO
_EPS = 1e-12


@dataclass(frozen=True)
class Hop:
    """One influence link: ``source`` sways ``target``; ``bases`` lists every basis
    of a multiplex link as ``(basis, strength, visibility)``."""

    source: str
    target: str
    strength: float
    basis: str
    visibility: str
    bases: tuple[tuple[str, float, str], ...] = ()

    @property
    def all_bases(self) -> tuple[str, ...]:
        return tuple(b for b, _, _ in self.bases) or (self.basis,)

    def to_dict(self) -> HopDict:
        return {"source": self.source, "target": self.target, "strength": round(self.strength, 6),
                "basis": self.basis, "visibility": self.visibility,
                "bases": [{"basis": b, "strength": round(s, 6), "visibility": v}
                          for b, s, v in self.bases] or [
                    {"basis": self.basis, "strength": round(self.strength, 6),
                     "visibility": self.visibility}]}


@dataclass(frozen=True)
class InfluencePath:
    """The best influence path from ``nodes[0]`` to ``nodes[-1]``."""

    nodes: tuple[str, ...]
    hops: tuple[Hop, ...]
    strength: float

    @property
    def source(self) -> str:
        return self.nodes[0]

    @property
    def target(self) -> str:
        return self.nodes[-1]

    @property
    def hidden(self) -> bool:
        """True when any link on the path was recorded as hidden."""
        return any(h.visibility == "hidden" for h in self.hops)

    def to_dict(self) -> PathDict:
        return {"nodes": list(self.nodes), "strength": round(self.strength, 6),
                "hops": [h.to_dict() for h in self.hops]}


@dataclass
class InfluenceNet:
    """Who sways whom among the people of one account (one combined link per pair)."""

    out: dict[str, dict[str, Hop]] = field(default_factory=dict)
    inn: dict[str, dict[str, Hop]] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, G: nx.MultiDiGraph, ctx: Analysis | None = None) -> InfluenceNet:
        a = context(G, ctx)
        kinds = G.nodes(data="kind")
        per_pair: dict[tuple[str, str], list[tuple[str, float, str]]] = {}
        for u, v, d in a.edges("INFLUENCES"):
            if u != v and kinds[u] == "person" and kinds[v] == "person":
                s = float(d.get("strength") or 0.0)
                if s > 0:
                    per_pair.setdefault((u, v), []).append(
                        (str(d.get("basis") or "other"), s, str(d.get("visibility") or "formal")))
        for u, v, _ in a.edges("REPORTS_TO"):
            if u != v and kinds[u] == "person" and kinds[v] == "person":
                bases = per_pair.setdefault((v, u), [])
                if not any(b == "superior" for b, _, _ in bases):
                    bases.append(("superior", REPORTS_TO_STRENGTH, "formal"))
        net = cls()
        for (u, v) in sorted(per_pair):
            rows = per_pair[(u, v)]
            if len(rows) == 1:  # the common case: one basis
                b0, s0, v0 = rows[0]
                h = Hop(u, v, s0, b0, v0, (rows[0],))
                net.out.setdefault(u, {})[v] = h
                net.inn.setdefault(v, {})[u] = h
                continue
            # one entry per basis (the strongest record of a basis), strongest first
            best: dict[str, tuple[str, float, str]] = {}
            for b in per_pair[(u, v)]:
                if b[0] not in best or b[1] > best[b[0]][1]:
                    best[b[0]] = b
            ranked = tuple(sorted(best.values(), key=lambda x: (-x[1], x[0])))
            s = combine_strengths([x[1] for x in ranked])
            vis = "hidden" if any(x[2] == "hidden" for x in ranked) else "formal"
            h = Hop(u, v, s, ranked[0][0], vis, ranked)
            net.out.setdefault(u, {})[v] = h
            net.inn.setdefault(v, {})[u] = h
        return net


def _better(s: float, path: tuple[str, ...], old: tuple[float, tuple[str, ...]] | None) -> bool:
    if old is None:
        return True
    if s > old[0] + _EPS:
        return True
    if s < old[0] - _EPS:
        return False
    return (len(path), path) < (len(old[1]), old[1])


def strengths(adj: Mapping[str, Mapping[str, Hop]]) -> dict[str, dict[str, float]]:
    """``adj`` (``net.out`` or ``net.inn``) with each link replaced by its strength."""
    return {v: {u: h.strength for u, h in row.items()} for v, row in adj.items()}


def search(adj: Mapping[str, Mapping[str, float]], starts: Iterable[str], *, reverse: bool,
           max_hops: int = 4,
           min_strength: float = 0.05) -> dict[str, tuple[float, tuple[str, ...]]]:
    """Layered hop-bounded strongest-path search over strengths (``adj[v][u]`` is the
    strength of the link followed from ``v`` to ``u``): ``{u: (strength, path)}``."""
    starts = sorted(set(starts))
    start_set = set(starts)
    best: dict[str, tuple[float, tuple[str, ...]]] = {}
    frontier: dict[str, tuple[float, tuple[str, ...]]] = {s: (1.0, (s,)) for s in starts}
    empty: dict[str, float] = {}
    for _ in range(max_hops):
        new: dict[str, tuple[float, tuple[str, ...]]] = {}
        for v in sorted(frontier):
            sv, pv = frontier[v]
            for u, strength in adj.get(v, empty).items():
                if u in pv:
                    continue
                s = sv * strength
                if s < min_strength - _EPS:
                    continue
                b, n = best.get(u), new.get(u)
                if (b is not None and s < b[0] - _EPS) or (n is not None and s < n[0] - _EPS):
                    continue
                path = (u, *pv) if reverse else (*pv, u)
                if _better(s, path, b) and _better(s, path, n):
                    new[u] = (s, path)
        for u, val in new.items():
            best[u] = val
        frontier = new
        if not frontier:
            break
    return {u: val for u, val in best.items() if u not in start_set}


def _as_paths(net: InfluenceNet,
              found: dict[str, tuple[float, tuple[str, ...]]]) -> dict[str, InfluencePath]:
    out: dict[str, InfluencePath] = {}
    for u, (s, path) in found.items():
        hops = tuple(net.out[a][b] for a, b in zip(path, path[1:], strict=False))
        out[u] = InfluencePath(path, hops, s)
    return out


def best_paths(net: InfluenceNet, starts: Iterable[str], *, reverse: bool, max_hops: int = 4,
               min_strength: float = 0.05) -> dict[str, InfluencePath]:
    """Strongest paths within ``max_hops`` links, from ``starts`` (or to them if
    ``reverse``); starts left out, paths weaker than ``min_strength`` dropped."""
    return _as_paths(net, search(strengths(net.inn if reverse else net.out), starts,
                                 reverse=reverse, max_hops=max_hops,
                                 min_strength=min_strength))


def role_weight(roles: Iterable[str]) -> float:
    """Weight of the most powerful role in ``roles`` (0 when none).

    Examples
    --------
    >>> role_weight(["user", "approver"]), role_weight([])
    (0.9, 0.0)
    """
    return max((ROLE_WEIGHT.get(r, 0.0) for r in roles), default=0.0)


def influence_net(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> InfluenceNet:
    """:meth:`InfluenceNet.from_graph` of ``G``, built once per context (read-only)."""
    a = context(G, ctx)
    return a.cached("influence_net", lambda: InfluenceNet.from_graph(G, a))


def paths_to(G: nx.MultiDiGraph, target: str, *, max_hops: int = 4, min_strength: float = 0.05,
             ctx: Analysis | None = None) -> dict[str, InfluencePath]:
    """Everyone who sways ``target`` with their best path, once per context and limits."""
    a = context(G, ctx)

    def build() -> dict[str, InfluencePath]:
        net = influence_net(G, a)
        inn = a.cached("influence_inn_strengths", lambda: strengths(net.inn))
        return _as_paths(net, search(inn, [target], reverse=True, max_hops=max_hops,
                                     min_strength=min_strength))

    return a.cached(("paths_to", target, max_hops, min_strength), build)


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
    """Undirected graph of the people: influence, reporting line and person-person ties."""
    a = context(G, ctx)

    def build() -> nx.Graph:
        H = nx.Graph()
        ps = _persons(G)
        H.add_nodes_from(ps)
        kinds = G.nodes(data="kind")
        for u, v, _ in a.edges("INFLUENCES", "REPORTS_TO", "KNOWS"):
            if u != v and kinds[u] == "person" and kinds[v] == "person":
                H.add_edge(u, v)
        return H

    return a.cached("brokerage_graph", build)


def _betweenness(G: nx.MultiDiGraph, a: Analysis) -> dict[str, float]:
    def build() -> dict[str, float]:
        return betweenness(brokerage_graph(G, a))

    return a.cached("betweenness", build)


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
