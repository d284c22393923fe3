"""The analysis context: what the analyzers derive from one graph, built once and shared.

:class:`Analysis` wraps one projected graph and keeps what several analyzers need
(edges by type, the influence net, paths into the decision makers, everyone's power,
our staff's reach). :func:`~kamgraph.analyzers.analyze_account` creates one context
for all analyzers; an analyzer called on its own creates its own (pass ``ctx=`` to
share one). The context assumes the graph does not change while it is used: after
editing a graph, make a new context. Values it hands out are shared: read-only.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", type="KNOWS")
>>> a = Analysis(G)
>>> [(u, v) for u, v, _ in a.edges("KNOWS")], a.edges("OWNS")
([('a', 'b')], [])
>>> a.cached("answer", lambda: 42), a.cached("answer", lambda: 0)
(42, 42)
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

import networkx as nx

__all__ = ["Analysis", "Edge", "context"]

T = TypeVar("T")
#: One edge of the projection: ``(source, target, attributes)``.
Edge = tuple[str, str, dict[str, Any]]


class Analysis:
    """Derived structures of one graph, computed on first use and kept."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self._data: dict[Hashable, Any] = {}

    def cached(self, key: Hashable, build: Callable[[], T]) -> T:
        """``build()`` once per key; later calls return the same object."""
        if key not in self._data:
            self._data[key] = build()
        value: T = self._data[key]
        return value

    def edges(self, *types: str) -> list[Edge]:
        """The edges of the given types, in ``G.edges`` order within each type."""
        def build() -> dict[str, list[Edge]]:
            out: dict[str, list[Edge]] = {}
            # G.edges(data=True) in its own order, without the view's per-edge overhead
            for u, nbrs in self.G._adj.items():
                for v, keyed in nbrs.items():
                    for d in keyed.values():
                        t = d.get("type")
                        rows = out.get(t)
                        if rows is None:
                            rows = out[t] = []
                        rows.append((u, v, d))
            return out

        idx = self.cached("edges_by_type", build)
        if len(types) == 1:
            return idx.get(types[0], [])
        return [e for t in types for e in idx.get(t, [])]

    def line(self) -> tuple[dict[str, set[str]], dict[str, set[str]]]:
        """``(up, down)``: each node's direct managers and direct reports (``REPORTS_TO``),
        as :func:`kamgraph.graph.managers` and :func:`kamgraph.graph.reports` read them
        one step at a time; nodes without any are left out."""
        def build() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
            up: dict[str, set[str]] = {}
            down: dict[str, set[str]] = {}
            for u, v, _ in self.edges("REPORTS_TO"):
                up.setdefault(u, set()).add(v)
                down.setdefault(v, set()).add(u)
            return up, down

        return self.cached("line", build)


def context(G: nx.MultiDiGraph, ctx: Analysis | None) -> Analysis:
    """``ctx`` when it belongs to ``G``, else a fresh context for ``G``."""
    if ctx is not None and ctx.G is G:
        return ctx
    return Analysis(G)


