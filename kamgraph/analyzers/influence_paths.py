"""The influence net and the strongest-path search over it.

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
smaller list of ids. Power, which reads these paths, is in
:mod:`kamgraph.analyzers.influence`.

Examples
--------
>>> from kamgraph.examples import ceo_swayed_by_spouse
>>> G = ceo_swayed_by_spouse()
>>> p = paths_to(G, "ceo")["wife"]
>>> p.nodes, p.hidden, round(p.strength, 2)
(('wife', 'ceo'), True, 0.8)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.shapes import HopDict, PathDict
from kamgraph.model import combine_strengths

__all__ = [
    "REPORTS_TO_STRENGTH", "PERSONAL_BASES", "Hop", "InfluencePath", "InfluenceNet",
    "strengths", "search", "best_paths", "influence_net", "paths_to",
]

#: Strength with which a manager sways a direct report when no INFLUENCES edge says more.
REPORTS_TO_STRENGTH = 0.5
#: Bases that are personal ties, off the formal line by nature.
PERSONAL_BASES: tuple[str, ...] = ("family", "friend", "alumni", "former-colleague", "club")
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
