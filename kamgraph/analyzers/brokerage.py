"""Brokerage: the undirected graph of the people, its betweenness, and who holds it together.

The *people graph* joins two people when one sways, advises or reports to the other or
when they know each other (``INFLUENCES``, ``REPORTS_TO`` and ``KNOWS`` between people,
one link per pair, loops left out). It is kept as a sparse adjacency matrix over the
people in id order (:class:`PeopleGraph`), once per analysis context.

Betweenness is Brandes' algorithm run for many sources at once: for an unweighted
undirected graph, the breadth-first levels, the shortest-path counts and the dependency
back-propagation of Brandes (2001) are sparse-matrix products over all sources of a
block together (scipy), instead of one Python search per source. Exact when every node
is a source; above :data:`EXACT_UP_TO` nodes an evenly spaced sample of
:data:`SAMPLED_SOURCES` sources is used (deterministic), scaled to the full count.

Examples
--------
>>> import networkx as nx
>>> G = nx.path_graph(5)
>>> b = betweenness(G)
>>> [round(b[n], 3) for n in G] == [round(x, 3) for x in nx.betweenness_centrality(G).values()]
True
>>> H = PeopleGraph.from_pairs(["a", "b", "c", "d"], [("a", "b"), ("b", "c"), ("c", "d")])
>>> [sorted(group) for group in H.split_by("b")], H.split_by("a")
([['c', 'd'], ['a']], None)
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx
import numpy as np

from kamgraph.analyzers.context import Analysis, context
from kamgraph.graph import persons

__all__ = ["EXACT_UP_TO", "SAMPLED_SOURCES", "PeopleGraph", "people_graph", "betweenness"]

#: Up to this many nodes every node is a source (exact betweenness) ...
EXACT_UP_TO = 300
#: ... above it, this many evenly spaced sources.
SAMPLED_SOURCES = 128
_BLOCK = 256


@dataclass(frozen=True)
class PeopleGraph:
    """An undirected graph as a symmetric sparse matrix: ``A[i, j] == 1`` when
    ``nodes[i]`` and ``nodes[j]`` are linked (no loops). Read-only."""

    nodes: list[str]
    index: dict[str, int]
    A: Any  # scipy.sparse.csr_matrix

    @classmethod
    def from_pairs(cls, nodes: Iterable[str], pairs: Iterable[tuple[str, str]]) -> PeopleGraph:
        """The graph of ``nodes`` linked by ``pairs`` (repeats and loops ignored; both
        ends must be among ``nodes``)."""
        from scipy.sparse import csr_matrix

        order = list(nodes)
        idx = {v: i for i, v in enumerate(order)}
        rows: list[int] = []
        cols: list[int] = []
        for u, v in pairs:
            if u != v:
                i, j = idx[u], idx[v]
                rows += (i, j)
                cols += (j, i)
        n = len(order)
        A = csr_matrix((np.ones(len(rows)), (rows, cols)), shape=(n, n))
        A.data[:] = 1.0  # a repeated pair counts once
        return cls(order, idx, A)

    def to_networkx(self) -> nx.Graph:
        H = nx.Graph()
        H.add_nodes_from(self.nodes)
        coo = self.A.tocoo()
        H.add_edges_from((self.nodes[i], self.nodes[j])
                         for i, j in zip(coo.row.tolist(), coo.col.tolist(), strict=True) if i < j)
        return H

    def _components(self, keep: np.ndarray) -> tuple[int, np.ndarray]:
        from scipy.sparse.csgraph import connected_components

        sub = self.A[keep][:, keep]
        if sub.shape[0] == 0:
            return 0, np.zeros(0, dtype=np.int32)
        n, labels = connected_components(sub, directed=False)
        return int(n), labels

    def split_by(self, p: str) -> list[set[str]] | None:
        """When removing ``p`` leaves more groups than before (an articulation point):
        every connected group of the others, largest first (ties: smallest id first);
        else None."""
        everyone = np.ones(len(self.nodes), dtype=bool)
        before, _ = self._components(everyone)
        rest = everyone.copy()
        rest[self.index[p]] = False
        after, labels = self._components(rest)
        if after <= before:
            return None
        names = [v for v, k in zip(self.nodes, rest.tolist(), strict=True) if k]
        groups: list[set[str]] = [set() for _ in range(after)]
        for v, c in zip(names, labels.tolist(), strict=True):
            groups[c].add(v)
        return sorted(groups, key=lambda c: (-len(c), min(c)))


def people_graph(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> PeopleGraph:
    """The people graph of ``G`` (see the module docstring), once per context."""
    a = context(G, ctx)

    def build() -> PeopleGraph:
        people = persons(G)
        ps = set(people)
        return PeopleGraph.from_pairs(people, (
            (u, v) for u, v, _ in a.edges("INFLUENCES", "REPORTS_TO", "KNOWS")
            if u in ps and v in ps))

    return a.cached("people_graph", build)


def betweenness(H: nx.Graph | PeopleGraph, *, exact_up_to: int = EXACT_UP_TO,
                sampled: int = SAMPLED_SOURCES) -> dict[str, float]:
    """Normalised betweenness of every node of the undirected graph ``H`` (as networkx's
    ``betweenness_centrality(H, normalized=True)`` when exact)."""
    pg = H if isinstance(H, PeopleGraph) else PeopleGraph.from_pairs(H, H.edges())
    nodes, A = pg.nodes, pg.A
    n = len(nodes)
    if n < 3:
        return dict.fromkeys(nodes, 0.0)
    sources = np.arange(n) if n <= exact_up_to else np.unique(np.linspace(
        0, n - 1, sampled).round().astype(int))
    total = np.zeros(n)
    for start in range(0, len(sources), _BLOCK):
        total += _block(A, sources[start:start + _BLOCK], n)
    total *= n / len(sources)
    scale = 1.0 / ((n - 1) * (n - 2))  # undirected: pairs counted twice, halved and normalised
    return {v: float(total[i] * scale) for i, v in enumerate(nodes)}


def _block(A: object, src: np.ndarray, n: int) -> np.ndarray:
    k = len(src)
    cols = np.arange(k)
    sigma = np.zeros((n, k))
    sigma[src, cols] = 1.0
    visited = sigma > 0
    frontier = sigma.copy()
    levels = [visited.copy()]
    while True:
        nxt = A @ frontier  # type: ignore[operator]
        new = (nxt > 0) & ~visited
        if not new.any():
            break
        sigma[new] = nxt[new]
        visited |= new
        frontier = np.where(new, nxt, 0.0)
        levels.append(new)
    delta = np.zeros((n, k))
    with np.errstate(divide="ignore", invalid="ignore"):
        for d in range(len(levels) - 1, 0, -1):
            c = np.where(levels[d], (1.0 + delta) / sigma, 0.0)
            contrib = A @ c
            delta += np.where(levels[d - 1], sigma * contrib, 0.0)
    delta[src, cols] = 0.0
    out: np.ndarray = delta.sum(axis=1)
    return out
