"""Shared influence machinery: who sways whom, how strongly, and how much power a person has.

The *influence net* of an account is built from two edge types of the projection:

- ``INFLUENCES`` (source sways target) with its ``strength``, ``basis`` and ``visibility``;
- ``REPORTS_TO`` read backwards: a manager sways their report formally at
  :data:`REPORTS_TO_STRENGTH` (basis ``superior``, visibility ``formal``).

When both exist for one pair, the stronger link is kept. The strength of a path is the
product of its link strengths, so influence decays along the path. The best path between
two people is the strongest one within a hop cap (a layered, hop-bounded search, which
is Dijkstra on ``-log(strength)`` made exact under the cap); ties go to fewer hops, then
to the lexicographically smaller list of ids.

Power of a person (also the key-person score and the node size on maps)::

    formal    = 0.5 * rank / 6 + 0.5 * role_weight          # level and role
    influence = 1 - prod(1 - path(p -> d) * role_weight(d))  # over deciders/approvers d != p
    veto      = 0.5 if the person is a gatekeeper else 0
    power     = formal + influence + veto                   # 0 .. 2.5

Examples
--------
>>> from kamgraph.analyzers.influence import ROLE_WEIGHT
>>> ROLE_WEIGHT["decider"] > ROLE_WEIGHT["approver"] > ROLE_WEIGHT["user"]
True
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kamgraph.analyzers.shared import cached, edges_of
from kamgraph.errors import NotFound

__all__ = [
    "REPORTS_TO_STRENGTH",
    "ROLE_WEIGHT",
    "DECISION_ROLES",
    "VETO_BONUS",
    "Hop",
    "InfluencePath",
    "InfluenceNet",
    "PowerParts",
    "strengths",
    "search",
    "best_paths",
    "influence_net",
    "paths_to",
    "persons",
    "decision_makers",
    "power_parts",
    "power",
    "influence_scores",
    "role_weight",
    "person_brief",
    "describe_path",
    "stance_of",
    "require_person",
    "fmt",
]

#: Strength with which a manager sways a direct report when no INFLUENCES edge says more.
REPORTS_TO_STRENGTH = 0.5
#: Weight of each buying-center role in formal power.
ROLE_WEIGHT: dict[str, float] = {
    "decider": 1.0, "approver": 0.9, "buyer": 0.6, "gatekeeper": 0.5, "influencer": 0.5,
    "initiator": 0.4, "user": 0.3, "coach": 0.2,
}
DECISION_ROLES: tuple[str, ...] = ("decider", "approver")
#: Extra power of a gatekeeper: they can block our access (veto).
VETO_BONUS = 0.5
_EPS = 1e-12


def fmt(x: float) -> str:
    """A strength or score for reasons: two decimals, trailing zeros dropped.

    Examples
    --------
    >>> fmt(0.8), fmt(0.456), fmt(1.0)
    ('0.8', '0.46', '1')
    """
    return f"{x:.2f}".rstrip("0").rstrip(".") or "0"


@dataclass(frozen=True)
class Hop:
    """One influence link: ``source`` sways ``target``."""

    source: str
    target: str
    strength: float
    basis: str
    visibility: str

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "strength": round(self.strength, 6),
                "basis": self.basis, "visibility": self.visibility}


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
        """True when any link on the path is hidden."""
        return any(h.visibility == "hidden" for h in self.hops)

    def to_dict(self) -> dict[str, Any]:
        return {"nodes": list(self.nodes), "strength": round(self.strength, 6),
                "hops": [h.to_dict() for h in self.hops]}


@dataclass
class InfluenceNet:
    """Who sways whom among the people of one account (strongest link per pair)."""

    out: dict[str, dict[str, Hop]] = field(default_factory=dict)
    inn: dict[str, dict[str, Hop]] = field(default_factory=dict)

    @classmethod
    def from_graph(cls, G: nx.MultiDiGraph) -> InfluenceNet:
        net = cls()
        kinds = G.nodes(data="kind")

        def add(h: Hop) -> None:
            if h.strength <= 0 or h.source == h.target:
                return
            old = net.out.setdefault(h.source, {}).get(h.target)
            if old is None or h.strength > old.strength:
                net.out[h.source][h.target] = h
                net.inn.setdefault(h.target, {})[h.source] = h

        infl: list[Hop] = []
        formal: list[Hop] = []
        for u, v, d in edges_of(G, "INFLUENCES"):
            if kinds[u] == "person" and kinds[v] == "person":
                infl.append(Hop(u, v, float(d.get("strength") or 0.0),
                                str(d.get("basis") or "other"),
                                str(d.get("visibility") or "formal")))
        for u, v, _ in edges_of(G, "REPORTS_TO"):
            if kinds[u] == "person" and kinds[v] == "person":
                formal.append(Hop(v, u, REPORTS_TO_STRENGTH, "superior", "formal"))
        # INFLUENCES first: a REPORTS_TO link replaces one only when strictly stronger
        for h in sorted(infl, key=lambda h: (h.source, h.target, -h.strength)) + sorted(
                formal, key=lambda h: (h.source, h.target)):
            add(h)
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
    """The search behind :func:`best_paths` over strengths (``adj[v][u]`` is the strength
    of the link followed from ``v`` to ``u``): ``{u: (strength, path)}``, starts left out."""
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
                # clearly weaker than a path already found: _better would say no
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
    """Strongest paths within ``max_hops`` links, from ``starts`` (or to them if ``reverse``).

    With ``reverse=True`` the result maps each person who can sway one of ``starts`` to
    their best path (ending at a start); otherwise each person swayed by a start to the
    path beginning at one. Starts themselves are left out. Paths weaker than
    ``min_strength`` are dropped.
    """
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


def persons(G: nx.MultiDiGraph) -> list[str]:
    """Ids of the people of ``G``, sorted (a new list each call)."""
    return list(cached(G, "persons", lambda: sorted(
        n for n, k in G.nodes(data="kind") if k == "person")))


_persons = persons


def influence_net(G: nx.MultiDiGraph) -> InfluenceNet:
    """:meth:`InfluenceNet.from_graph` of ``G``, built once per graph (read-only)."""
    return cached(G, "influence_net", lambda: InfluenceNet.from_graph(G))


def paths_to(G: nx.MultiDiGraph, target: str, *, max_hops: int = 4,
             min_strength: float = 0.05) -> dict[str, InfluencePath]:
    """Everyone who sways ``target`` with their best path (reverse :func:`best_paths`
    on :func:`influence_net`), computed once per graph, target and limits (read-only)."""
    def build() -> dict[str, InfluencePath]:
        net = influence_net(G)
        inn = cached(G, "influence_inn_strengths", lambda: strengths(net.inn))
        return _as_paths(net, search(inn, [target], reverse=True, max_hops=max_hops,
                                     min_strength=min_strength))

    return cached(G, ("paths_to", target, max_hops, min_strength), build)


def decision_makers(G: nx.MultiDiGraph) -> tuple[list[str], bool]:
    """Deciders and approvers, sorted; ``(people, True)`` if they had to be guessed.

    Without any decider or approver in scope, the most senior internal people stand in.
    """
    dms, guessed = cached(G, "decision_makers", lambda: _decision_makers(G))
    return list(dms), guessed


def _decision_makers(G: nx.MultiDiGraph) -> tuple[list[str], bool]:
    dms = [p for p in _persons(G) if set(G.nodes[p].get("roles") or ()) & set(DECISION_ROLES)]
    if dms:
        return dms, False
    ranked = [p for p in _persons(G) if not G.nodes[p].get("outside")]
    top = max((G.nodes[p].get("rank") or 0 for p in ranked), default=0)
    if top <= 0:
        return [], True
    return [p for p in ranked if (G.nodes[p].get("rank") or 0) == top], True


@dataclass(frozen=True)
class PowerParts:
    """A person's power and its parts, with the paths to the deciders they sway."""

    person: str
    formal: float
    influence: float
    veto: float
    sways: tuple[InfluencePath, ...]

    @property
    def total(self) -> float:
        return self.formal + self.influence + self.veto


def _dm_weight(G: nx.MultiDiGraph, d: str, guessed: bool) -> float:
    return 1.0 if guessed else role_weight(G.nodes[d].get("roles") or ())


def power_parts(G: nx.MultiDiGraph, *, max_hops: int = 4, min_strength: float = 0.05,
                net: InfluenceNet | None = None) -> dict[str, PowerParts]:
    """Power of every person of ``G`` with its parts (see the module docstring).

    Without ``net`` the result is computed once per graph and limits, and shared by
    the analyzers (each call returns a new dict of the same frozen values).
    """
    if net is not None:
        return _power_parts(G, max_hops, min_strength, net)
    return dict(cached(G, ("power_parts", max_hops, min_strength),
                       lambda: _power_parts(G, max_hops, min_strength, None)))


def _power_parts(G: nx.MultiDiGraph, max_hops: int, min_strength: float,
                 net: InfluenceNet | None) -> dict[str, PowerParts]:
    dms, guessed = decision_makers(G)
    sways: dict[str, list[InfluencePath]] = {}
    for d in dms:
        if net is None:
            found = paths_to(G, d, max_hops=max_hops, min_strength=min_strength)
        else:
            found = best_paths(net, [d], reverse=True, max_hops=max_hops,
                               min_strength=min_strength)
        for u, path in found.items():
            sways.setdefault(u, []).append(path)
    out: dict[str, PowerParts] = {}
    for p in _persons(G):
        n = G.nodes[p]
        roles = n.get("roles") or ()
        formal = 0.5 * (n.get("rank") or 0) / 6 + 0.5 * role_weight(roles)
        paths = sorted(sways.get(p, []), key=lambda x: (-x.strength, x.target))
        miss = 1.0
        for path in paths:
            miss *= 1.0 - path.strength * _dm_weight(G, path.target, guessed)
        veto = VETO_BONUS if "gatekeeper" in roles else 0.0
        out[p] = PowerParts(p, formal, 1.0 - miss, veto, tuple(paths))
    return out


def require_person(G: nx.MultiDiGraph, person: str) -> None:
    """Raise :class:`~kamgraph.errors.NotFound` unless ``person`` is a person of ``G``."""
    if person not in G or G.nodes[person].get("kind") != "person":
        raise NotFound(f"account {G.graph.get('account')!r} has no person {person!r}")


def power(G: nx.MultiDiGraph, person: str) -> float:
    """Power of one person: formal power + influence on the deciders + veto.

    Examples
    --------
    >>> from kamgraph.examples import lone_decider
    >>> G = lone_decider()
    >>> round(power(G, "ceo"), 3)
    0.917
    """
    require_person(G, person)
    return power_parts(G)[person].total


def influence_scores(G: nx.MultiDiGraph) -> dict[str, float]:
    """``{person: power}`` for every person; the key-person score, and node size on maps."""
    return {p: pp.total for p, pp in power_parts(G).items()}


def stance_of(G: nx.MultiDiGraph, person: str, toward: str = "us") -> int | None:
    """Current stance of ``person`` toward us (``"us"``) or a competitor id; None if unknown."""
    n = G.nodes[person]
    if toward == "us":
        v = n.get("stance")
    else:
        v = (n.get("stances") or {}).get(toward)
    return None if v is None else int(v)


def person_brief(G: nx.MultiDiGraph, person: str) -> str:
    """``"王强 Wang Qiang (CEO, decider)"``: label with title and roles."""
    n = G.nodes[person]
    extra = [x for x in [n.get("title")] if x] + list(n.get("roles") or ())
    label = str(n.get("label") or person)
    return f"{label} ({', '.join(extra)})" if extra else label


def _label(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n)


def describe_path(G: nx.MultiDiGraph, path: InfluencePath) -> str:
    """How a path runs, in words: ``"through a family link"`` or ``"via X (...)"``.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph(); G.add_node("m", label="Mei")
    >>> p = InfluencePath(("a", "m", "b"), (Hop("a", "m", 0.8, "family", "hidden"),
    ...                   Hop("m", "b", 0.5, "peer", "formal")), 0.4)
    >>> describe_path(G, p)
    'via Mei (hidden family link 0.8, then peer link 0.5)'
    """
    def link(h: Hop) -> str:
        basis = "influence" if h.basis == "other" else h.basis
        return f"{'hidden ' if h.visibility == 'hidden' else ''}{basis} link"

    if len(path.hops) == 1:
        h = path.hops[0]
        art = "an" if link(h)[0] in "aeiou" else "a"
        return f"through {art} {link(h)}"
    via = ", ".join(_label(G, n) for n in path.nodes[1:-1])
    links = ", then ".join(f"{link(h)} {fmt(h.strength)}" for h in path.hops)
    return f"via {via} ({links})"
