"""Node positions computed in Python, so the page can switch physics off.

vis-network's own simulation is O(n²) per step and takes minutes on thousands
of nodes. Here a graph is split into clusters (departments, or communities when
there are none), each cluster is laid out with networkx's
Fruchterman-Reingold (:func:`networkx.spring_layout`), and the clusters are then
placed by the same method on their quotient graph and spread until their discs
no longer overlap (:func:`_separate`, which also keeps labelled nodes apart:
networkx has no overlap removal). The result depends only on the input and the
seed.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

import networkx as nx
import numpy as np

__all__ = ["spring", "cluster_layout", "MAX_CLUSTER"]

#: A node: any hashable id (the maps use str).
N = TypeVar("N", bound=Hashable)

#: Clusters larger than this are split (by communities, then in chunks).
MAX_CLUSTER = 150
#: Pixels between neighbouring nodes in a cluster.
SPACING = 70.0
#: Pixels kept free around a node for its label when sizes are known.
LABEL_ROOM = 22.0


def spring(n: int, edges: Sequence[tuple[int, int, float]], *, seed: int = 0,
           iterations: int = 50) -> np.ndarray:
    """Positions (``n x 2``, in the unit disc) for nodes ``0..n-1``.

    networkx's Fruchterman-Reingold (:func:`networkx.spring_layout`), centred and
    scaled so the farthest node sits on the unit circle. Deterministic for a seed.

    Examples
    --------
    >>> p = spring(3, [(0, 1, 1.0), (1, 2, 1.0)], seed=1)
    >>> p.shape, bool(np.isfinite(p).all()), round(float(np.hypot(p[:, 0], p[:, 1]).max()), 6)
    ((3, 2), True, 1.0)
    """
    if n <= 1:
        return np.zeros((n, 2))
    g = nx.Graph()
    g.add_nodes_from(range(n))
    for i, j, w in edges:
        if i != j:
            g.add_edge(i, j, weight=g.get_edge_data(i, j, {"weight": 0.0})["weight"] + w)
    got = nx.spring_layout(g, seed=seed, iterations=iterations)
    pos = np.array([got[i] for i in range(n)], dtype=float)
    pos -= pos.mean(axis=0)
    r = float(np.sqrt((pos ** 2).sum(axis=1)).max())
    return pos / r if r > 0 else pos


def _separate(centres: np.ndarray, radius: np.ndarray, rounds: int = 300,
              slack: float = 0.25) -> np.ndarray:
    """Push discs apart until no two overlap (they keep their rough arrangement).

    Discs are kept 5 % further apart than their radii; the pushing stops when no
    pair is more than ``slack`` pixels inside that margin, which is far below what
    the eye sees (the margin itself is at least a pixel) and saves most rounds.

    Examples
    --------
    >>> c = _separate(np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 0.0]]), np.array([10.0, 10.0, 5.0]))
    >>> d = np.hypot(*(c[:, None, :] - c[None, :, :]).transpose(2, 0, 1))
    >>> bool(d[0, 1] >= 20.0 and d[0, 2] >= 15.0 and d[1, 2] >= 15.0)
    True
    """
    c = centres.astype(float, copy=True)
    m = len(c)
    if m < 2:
        return c
    need = (radius[:, None] + radius[None, :]) * 1.05
    np.fill_diagonal(need, 0.0)
    off = ~np.eye(m, dtype=bool)
    for _ in range(rounds):
        dx = c[:, 0, None] - c[None, :, 0]
        dy = c[:, 1, None] - c[None, :, 1]
        d = np.hypot(dx, dy)
        over = need - d
        np.fill_diagonal(over, 0.0)
        if over.max() <= slack:
            break
        same = (d < 1e-9) & off
        if same.any():
            # coincident centres: nudge along a fixed, index-dependent direction
            dx = np.where(same, np.cos(np.arange(m))[:, None], dx)
            dy = np.where(same, np.sin(np.arange(m))[:, None], dy)
            d[same] = 1.0
        np.fill_diagonal(d, 1.0)
        push = np.clip(over, 0.0, None) / (2 * d)
        c[:, 0] += (dx * push).sum(axis=1)
        c[:, 1] += (dy * push).sum(axis=1)
    return c


def _compact(centres: np.ndarray, radius: np.ndarray, rounds: int = 12) -> np.ndarray:
    """Pull separated discs toward their middle (harder vertically, since screens are
    wide), keeping them apart: a sparse spring layout of a few clusters otherwise
    leaves wide empty gaps and a small opening zoom."""
    c: np.ndarray = centres - centres.mean(axis=0)
    for _ in range(rounds):
        c = _separate(c * np.array([0.85, 0.7]), radius)
        c -= c.mean(axis=0)
    return c


def _split(members: list[N], adj: Mapping[N, set[N]]) -> list[list[N]]:
    """Split a too-big cluster: connected pieces, greedy BFS chunks of MAX_CLUSTER."""
    if len(members) <= MAX_CLUSTER:
        return [members]
    inside = set(members)
    seen: set[N] = set()
    chunks: list[list[N]] = []
    current: list[N] = []
    for start in members:  # members are sorted, so this is deterministic
        if start in seen:
            continue
        queue = [start]
        seen.add(start)
        while queue:
            u = queue.pop(0)
            current.append(u)
            if len(current) >= MAX_CLUSTER:
                chunks.append(current)
                current = []
            for v in sorted(adj.get(u, ()), key=str):
                if v in inside and v not in seen:
                    seen.add(v)
                    queue.append(v)
    if current:
        chunks.append(current)
    return chunks


def cluster_layout(nodes: Iterable[N], edges: Iterable[tuple[N, N, float]],
                   groups: Mapping[N, Hashable | None] | None = None, *,
                   seed: int = 0, sizes: Mapping[N, float] | None = None,
                   ) -> dict[N, tuple[float, float]]:
    """Pixel positions for ``nodes``, with members of one group drawn together.

    ``groups`` maps a node to its group (department); nodes without one are
    grouped by connected piece. ``sizes`` (node radius in pixels) keeps nodes and
    their labels from overlapping. Returns ``{node: (x, y)}`` rounded to 0.1 px.

    Examples
    --------
    >>> pos = cluster_layout(["a", "b", "c"], [("a", "b", 1.0)], {"a": "d1", "b": "d1"}, seed=3)
    >>> sorted(pos) == ["a", "b", "c"], pos == cluster_layout(["c", "b", "a"],
    ...     [("a", "b", 1.0)], {"a": "d1", "b": "d1"}, seed=3)
    (True, True)
    """
    order = sorted(set(nodes), key=str)
    if not order:
        return {}
    node_set = set(order)
    adj: dict[N, set[N]] = defaultdict(set)
    wsum: dict[tuple[N, N], float] = defaultdict(float)
    for u, v, w in edges:
        if u in node_set and v in node_set and u != v:
            adj[u].add(v)
            adj[v].add(u)
            a, b = sorted((u, v), key=str)
            wsum[(a, b)] += float(w)
    groups = groups or {}
    by_group: dict[str, list[N]] = defaultdict(list)
    loose: list[N] = []
    for n in order:
        g = groups.get(n)
        if g is None:
            loose.append(n)
        else:
            by_group["g:" + str(g)].append(n)
    # loose nodes: one cluster per connected piece among loose nodes
    loose_set, seen = set(loose), set()
    for n in loose:
        if n in seen:
            continue
        comp, stack = [], [n]
        seen.add(n)
        while stack:
            u = stack.pop()
            comp.append(u)
            for v in adj.get(u, ()):
                if v in loose_set and v not in seen:
                    seen.add(v)
                    stack.append(v)
        by_group["c:" + str(min(comp, key=str))] = sorted(comp, key=str)
    clusters: list[list[N]] = []
    for key in sorted(by_group):
        clusters.extend(_split(by_group[key], adj))
    # singletons without edges are packed into one cluster instead of scattered
    isolated = [c[0] for c in clusters if len(c) == 1 and not adj.get(c[0])]
    clusters = [c for c in clusters if not (len(c) == 1 and not adj.get(c[0]))]
    if isolated:
        clusters.extend(_split(isolated, adj))
    where = {n: ci for ci, c in enumerate(clusters) for n in c}

    local: list[np.ndarray] = []
    radius: list[float] = []
    for ci, members in enumerate(clusters):
        idx = {n: i for i, n in enumerate(members)}
        e = [(idx[a], idx[b], w) for (a, b), w in wsum.items() if where[a] == ci and where[b] == ci]
        p = spring(len(members), e, seed=seed + ci)
        r = SPACING * math.sqrt(len(members)) * 0.6 + 20.0
        placed = p * r
        if sizes is not None and len(members) > 1:
            # a node's disc: its radius plus room for its two-line label below
            discs = np.array([float(sizes.get(n, 12.0)) + LABEL_ROOM for n in members])
            placed = _separate(placed, discs)
            placed -= placed.mean(axis=0)
            r = max(r, float((np.hypot(placed[:, 0], placed[:, 1]) + discs).max()))
        local.append(placed)
        radius.append(r)

    cw: dict[tuple[int, int], float] = defaultdict(float)
    for (a, b), w in wsum.items():
        ca, cb = where[a], where[b]
        if ca != cb:
            cw[(min(ca, cb), max(ca, cb))] += w
    m = len(clusters)
    centres = spring(m, [(a, b, w) for (a, b), w in sorted(cw.items())],
                                   seed=seed, iterations=80)
    if m > 1:
        centres = _compact(_separate(centres * math.sqrt(sum(r * r for r in radius)) * 1.1,
                                     np.array(radius)), np.array(radius))
    out: dict[N, tuple[float, float]] = {}
    for ci, members in enumerate(clusters):
        for i, n in enumerate(members):
            x, y = centres[ci] + local[ci][i]
            out[n] = (round(float(x), 1), round(float(y), 1))
    return out
