"""A compact acquaintance network and the warm-path search over it.

:class:`AcquaintanceIndex` is built once (from an account graph through
:func:`kamgraph.analyzers.warm_paths.acquaintance_ties`, or from a raw list of ties for a
whole portfolio) and answers :meth:`AcquaintanceIndex.paths` quickly:

* people get compact integer ids (in sorted id order, so ties break by id);
* ties are undirected, one per pair (the strongest), stored as CSR arrays whose rows
  are sorted strongest first; a tie's cost is ``-log(strength)``, so the cheapest
  chain is the one whose strengths multiply to the most;
* at build time one multi-source Dijkstra (scipy, in C) gives every person the cost
  of the best chain from any of our staff that passes no hostile person. A query is
  an A* search from the target backwards with that cost as its (exact) heuristic, so
  it walks almost straight to our staff and stops once ``k`` distinct routes are found.

A route is the chain of *intermediaries* between our staff member and the target.
Two paths that differ only in which colleague of ours starts them are one route: the
strongest start is kept and the others are listed in ``also_from``. Each person is
settled at most ``k`` times (k-best label setting with simple-path checks): exact
for the best path, near-exact for the next ones, and bounded in time.
"""

from __future__ import annotations

import heapq
import itertools
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from kamgraph.analyzers.words import reason
from kamgraph.errors import NotFound
from kamgraph.i18n import N_

__all__ = ["Tie", "Hop", "WarmPath", "NearPerson", "PathResult", "AcquaintanceIndex"]

#: ``(a, b, strength 0..1, circle)``: a and b know each other.
Tie = tuple[str, str, float, str]

_EPS = 1e-6  # per-hop cost: among equally strong chains the shorter wins
_INF = math.inf


@dataclass(frozen=True)
class Hop:
    """One tie of a warm path, from our side toward the target."""

    source: str
    target: str
    source_label: str
    target_label: str
    circle: str
    strength: float

    def describe(self) -> str:
        return f"{self.source_label} → {self.target_label} ({self.circle}, {self.strength:.2f})"


@dataclass(frozen=True)
class WarmPath:
    """A chain of acquaintance from one of our staff (first node) to the target (last)."""

    nodes: tuple[str, ...]
    labels: tuple[str, ...]
    hops: tuple[Hop, ...]
    strength: float
    also_from: tuple[str, ...] = ()

    @property
    def source(self) -> str:
        return self.nodes[0]

    @property
    def intermediaries(self) -> tuple[str, ...]:
        return self.nodes[1:-1]

    @property
    def reason(self) -> str:
        chain = " → ".join(f"{h.target_label} ({h.circle}, {h.strength:.2f})" for h in self.hops)
        text = f"{self.labels[0]} → {chain}: strength {self.strength:.2f}"
        if not self.intermediaries:
            text += " (knows the person directly)"
        if self.also_from:
            text += f"; the same chain also starts from {', '.join(self.also_from)}"
        return text


@dataclass(frozen=True)
class NearPerson:
    """Someone near the target whom our staff can reach."""

    person: str
    label: str
    hops_from_target: int
    closeness: float
    reach: float
    via: str
    reason: str


@dataclass
class PathResult:
    """The answer of a warm-path query: paths strongest first, or the nearest people."""

    target: str
    target_label: str
    paths: list[WarmPath] = field(default_factory=list)
    nearest: list[NearPerson] = field(default_factory=list)
    avoided: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)

    @property
    def found(self) -> bool:
        return bool(self.paths)

    def to_dict(self) -> dict[str, Any]:
        return {
            "target": self.target, "target_label": self.target_label, "found": self.found,
            "paths": [{"nodes": list(p.nodes), "labels": list(p.labels), "strength": p.strength,
                       "hops": [h.__dict__ for h in p.hops], "also_from": list(p.also_from),
                       "reason": p.reason} for p in self.paths],
            "nearest": [n.__dict__ for n in self.nearest],
            "avoided": list(self.avoided), "reasons": list(self.reasons),
        }


class AcquaintanceIndex:
    """An undirected acquaintance network prepared for fast warm-path queries.

    Parameters
    ----------
    ties : iterable of ``(a, b, strength, circle)``
        Acquaintance ties; several ties between one pair keep the strongest.
    sources : iterable of str
        Our staff (path starts). Staff are never passed through.
    hostile : iterable of str
        People no path may pass through (the target itself may be hostile).
    labels : mapping, optional
        Display names by id (default: the id).

    Examples
    --------
    >>> ix = AcquaintanceIndex([("s1", "a", 0.9, "friend"), ("a", "t", 0.5, "family"),
    ...                         ("s1", "t", 0.3, "club")], sources=["s1"])
    >>> [(p.nodes, round(p.strength, 2)) for p in ix.paths("t").paths]
    [(('s1', 'a', 't'), 0.45), (('s1', 't'), 0.3)]
    """

    def __init__(self, ties: Iterable[Tie], *, sources: Iterable[str], hostile: Iterable[str] = (),
                 labels: Mapping[str, str] | None = None) -> None:
        kept = [t for t in ties if t[0] != t[1] and t[2] and t[2] > 0]
        a_s: tuple[str, ...] = ()
        b_s: tuple[str, ...] = ()
        st: tuple[float, ...] = ()
        circ: list[str] = []
        if kept:
            a_s, b_s, st, cs = zip(*kept, strict=True)
            circ = [c or "other" for c in cs]
        src = set(sources)
        names = sorted(set(a_s) | set(b_s) | src)
        self.names: list[str] = names
        self.ids: dict[str, int] = {n: i for i, n in enumerate(names)}
        self.labels: dict[str, str] = dict(labels or {})
        self.circles: list[str] = sorted(set(circ))
        cid = {c: i for i, c in enumerate(self.circles)}
        n = len(names)
        ids = self.ids
        ai = np.array(list(map(ids.__getitem__, a_s)), dtype=np.int64)
        bi = np.array(list(map(ids.__getitem__, b_s)), dtype=np.int64)
        strength = np.minimum(np.array([float(x) for x in st], dtype=np.float64), 1.0)
        cost = -np.log(strength) + _EPS
        cc = np.array(list(map(cid.__getitem__, circ)), dtype=np.int16)
        # one tie per pair (the cheapest), then both directions
        lo, hi = np.minimum(ai, bi), np.maximum(ai, bi)
        order = np.lexsort((cc, cost, hi, lo))
        lo, hi, cost, cc = lo[order], hi[order], cost[order], cc[order]
        keep = np.ones(len(lo), dtype=bool)
        keep[1:] = (lo[1:] != lo[:-1]) | (hi[1:] != hi[:-1])
        lo, hi, cost, cc = lo[keep], hi[keep], cost[keep], cc[keep]
        rows = np.concatenate([lo, hi])
        cols = np.concatenate([hi, lo])
        w = np.concatenate([cost, cost])
        c2 = np.concatenate([cc, cc])
        order = np.lexsort((cols, w, rows))  # per row: strongest first, then by id
        rows, cols, w, c2 = rows[order], cols[order], w[order], c2[order]
        self._indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(rows, minlength=n), out=self._indptr[1:])
        self._cols, self._w, self._circ = cols, w, c2
        self.n_ties = int(len(lo))
        self.staff: set[int] = {ids[s] for s in src}
        self.hostile: set[int] = {ids[h] for h in hostile if h in ids}
        self._cache: dict[frozenset[int], list[float]] = {}
        self._h, self._via = self._potentials(rows, cols, w, n)

    # -- build -------------------------------------------------------------------------
    def _potentials(self, rows: np.ndarray, cols: np.ndarray, w: np.ndarray,
                    n: int) -> tuple[list[float], list[int]]:
        """Cost of the best non-hostile chain from any staff member to every person."""
        if not self.staff or n == 0:
            return [_INF] * n, [-1] * n
        from scipy.sparse import csr_matrix
        from scipy.sparse.csgraph import dijkstra

        blocked = np.zeros(n, dtype=bool)
        blocked[list(self.hostile)] = True
        ok = ~blocked[rows]  # nobody walks on from a hostile person
        self._m = csr_matrix((w[ok], (rows[ok], cols[ok])), shape=(n, n))
        dist, _pred, src = dijkstra(self._m, directed=True, indices=sorted(self.staff),
                                    min_only=True, return_predecessors=True)
        return dist.tolist(), src.tolist()

    def _potential_for(self, src: frozenset[int]) -> list[float]:
        """Exact potentials for a subset of our staff (cached: a few per index)."""
        if src == frozenset(self.staff) or not src:
            return self._h
        if src not in self._cache:
            from scipy.sparse.csgraph import dijkstra

            if len(self._cache) >= 16:
                self._cache.pop(next(iter(self._cache)))
            self._cache[src] = dijkstra(self._m, directed=True, indices=sorted(src),
                                        min_only=True).tolist()
        return self._cache[src]

    # -- helpers -------------------------------------------------------------------------
    def label(self, i: int) -> str:
        name = self.names[i]
        return self.labels.get(name, name)

    def _adj(self, u: int) -> tuple[list[int], list[float], list[int]]:
        s, e = int(self._indptr[u]), int(self._indptr[u + 1])
        return self._cols[s:e].tolist(), self._w[s:e].tolist(), self._circ[s:e].tolist()

    def _tie(self, u: int, v: int) -> tuple[float, str]:
        cols, ws, cs = self._adj(u)
        j = cols.index(v)
        return math.exp(-(ws[j] - _EPS)), self.circles[cs[j]]

    def _make_path(self, chain: list[int], also: list[int]) -> WarmPath:
        hops = []
        total = 1.0
        for u, v in itertools.pairwise(chain):
            s, c = self._tie(u, v)
            total *= s
            hops.append(Hop(self.names[u], self.names[v], self.label(u), self.label(v), c,
                            round(s, 6)))
        return WarmPath(tuple(self.names[i] for i in chain), tuple(self.label(i) for i in chain),
                        tuple(hops), total, tuple(self.label(i) for i in also))

    # -- queries -------------------------------------------------------------------------
    def paths(self, target: str, k: int = 3, *, sources: Iterable[str] | None = None,
              max_hops: int = 6, nearest: int = 5) -> PathResult:
        """The best ``k`` routes from our staff (or ``sources``) to ``target``."""
        if target not in self.ids:
            raise NotFound(N_("nobody in the acquaintance network is called {name!r}"),
                           name=target)
        t = self.ids[target]
        res = PathResult(target, self.label(t))
        if sources is not None:
            src = {self.ids[s] for s in sources if s in self.ids} & self.staff
        else:
            src = set(self.staff)
        if t in self.staff:
            res.reasons.append(f"{res.target_label} is one of our own staff")
            return res
        staff, hostile = self.staff, self.hostile
        h = self._potential_for(frozenset(src))
        heap: list[tuple[float, int, float, int, int, Any]] = [(h[t], 0, 0.0, t, 0, None)]
        seq = 0
        pops: dict[int, int] = {}
        seen_routes: set[tuple[int, ...]] = set()
        avoided: dict[int, float] = {}
        found: list[WarmPath] = []
        while heap and len(found) < k and h[t] < _INF:
            _f, _s, g, u, hops, par = heapq.heappop(heap)
            if u in staff:
                chain = []
                lab = par
                while lab is not None:
                    chain.append(lab[0])
                    lab = lab[1]
                route = tuple(chain[:-1])  # intermediaries, from our side
                if route in seen_routes:
                    continue
                seen_routes.add(route)
                first = chain[0]
                also = [v for v in self._adj(first)[0] if v in src and v != u][:3]
                found.append(self._make_path([u, *chain], also))
                continue
            c = pops.get(u, 0)
            if c >= k:
                continue
            pops[u] = c + 1
            if hops >= max_hops:
                continue
            lab = (u, par)
            cols, ws, _cs = self._adj(u)
            for v, w in zip(cols, ws, strict=True):
                if v in hostile:
                    if g + w < avoided.get(v, _INF):
                        avoided[v] = g + w
                    continue
                hv = h[v]
                if hv == _INF or (v in staff and v not in src):
                    continue
                x = lab
                on_path = False
                while x is not None:
                    if x[0] == v:
                        on_path = True
                        break
                    x = x[1]
                if on_path or (v not in staff and hops + 1 >= max_hops):
                    continue
                seq += 1
                heapq.heappush(heap, (g + w + hv, seq, g + w, v, hops + 1, lab))
        res.paths = sorted(found, key=lambda p: (-p.strength, p.nodes))
        by_cost = sorted(avoided.items(), key=lambda x: (x[1], x[0]))
        res.avoided = [self.label(v) for v, _ in by_cost][:5]
        if res.paths:
            res.reasons.append(reason("routes", n=len(res.paths), who=res.target_label))
            if len(res.paths) < k:
                res.reasons.append(reason("routes-few", n=len(res.paths), hops=max_hops))
        else:
            res.reasons.append(reason("no-chain", who=res.target_label) if h[t] == _INF
                               else reason("no-chain-hops", who=res.target_label, hops=max_hops))
            res.nearest = self.nearest(t, max_hops=max_hops, limit=nearest)
            if res.nearest:
                res.reasons.append(reason("nearest", names=[p.label for p in res.nearest]))
            else:
                res.reasons.append(reason("nobody-near"))
        if res.avoided:
            res.reasons.append(reason("avoided", names=list(res.avoided)))
        return res

    def reach_strength(self, target: str) -> float:
        """Strength of the best non-hostile chain from any of our staff to ``target``
        (from the potentials: no hop cap); 0 when unreachable or unknown."""
        i = self.ids.get(target)
        if i is None or self._h[i] == _INF:
            return 0.0
        return math.exp(-self._h[i])

    def nearest(self, t: int, *, max_hops: int = 6, limit: int = 5,
                budget: int = 5000) -> list[NearPerson]:
        """People around ``t`` (closest first) that our staff can reach."""
        h, staff = self._h, self.staff
        best: dict[int, float] = {t: 0.0}
        heap: list[tuple[float, int, int]] = [(0.0, t, 0)]
        out: list[NearPerson] = []
        done: set[int] = set()
        while heap and len(out) < limit and len(done) < budget:
            g, u, hops = heapq.heappop(heap)
            if u in done:
                continue
            done.add(u)
            if u != t and u not in staff and h[u] < _INF and u not in self.hostile:
                via = self._via[u]
                out.append(NearPerson(
                    self.names[u], self.label(u), hops, round(math.exp(-g), 6),
                    round(math.exp(-h[u]), 6), self.label(via) if via >= 0 else "",
                    f"{self.label(u)} is {hops} hop(s) from {self.label(t)} "
                    f"(closeness {math.exp(-g):.2f}); "
                    f"{self.label(via) if via >= 0 else 'our staff'} "
                    f"reaches them with strength {math.exp(-h[u]):.2f}"))
            if hops >= max_hops:
                continue
            cols, ws, _ = self._adj(u)
            for v, w in zip(cols, ws, strict=True):
                if v not in staff and g + w < best.get(v, _INF):
                    best[v] = g + w
                    heapq.heappush(heap, (g + w, v, hops + 1))
        return out
