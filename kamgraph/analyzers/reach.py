"""How our staff reach a person: one definition, shared with warm paths.

Reach is the strongest chain of acquaintance from any active staff member of ours, as
:func:`kamgraph.analyzers.warm_paths.warm_paths` finds it with its defaults (the acquaintance
index: KNOWS ties, colleague ties of the org chart, influence ties that imply
acquaintance; never through a hostile person or our other staff; up to
:data:`MAX_HOPS` ties). Counterpoints, coverage, sponsors, the plan and ``paths``
therefore never disagree about whether someone is reachable.

Examples
--------
>>> from kamgraph.model import AccountData
>>> from kamgraph.projection import graph_from_data
>>> d = AccountData()
>>> d["account"].append({"id": "a", "name": "A"})
>>> d["person"].extend([{"id": "p1", "name": "P1"}, {"id": "p2", "name": "P2"}])
>>> d["staff"].append({"id": "s1", "name": "S1"})
>>> d["knows"].extend([{"source": "s1", "target": "p1", "strength": 0.8},
...                    {"source": "p1", "target": "p2", "strength": 0.5}])
>>> r = Reach(graph_from_data(d))
>>> round(r.strength("p2"), 2), r.path("p2").nodes
(0.4, ('s1', 'p1', 'p2'))
"""

from __future__ import annotations

import networkx as nx

from kamgraph.analyzers.acquaintance import AcquaintanceIndex, WarmPath
from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.warm_paths import index_from_graph

__all__ = ["MAX_HOPS", "Reach", "reach", "staff_reach"]

#: Longest chain of acquaintance, in ties (the default of ``warm_paths``).
MAX_HOPS = 6


class Reach:
    """Our staff's reach into one account (built on first use, queries cached)."""

    def __init__(self, G: nx.MultiDiGraph, ctx: Analysis | None = None) -> None:
        self.G = G
        self._ctx = ctx
        self._ix: AcquaintanceIndex | None = None
        self._paths: dict[str, WarmPath | None] = {}

    @property
    def index(self) -> AcquaintanceIndex:
        if self._ix is None:
            self._ix = index_from_graph(self.G, ctx=self._ctx)
        return self._ix

    def path(self, person: str) -> WarmPath | None:
        """The strongest chain from our staff to ``person``, or None if unreachable."""
        if person not in self._paths:
            ix = self.index
            found = None
            if person in ix.ids:
                res = ix.paths(person, 1, max_hops=MAX_HOPS, nearest=0)
                found = res.paths[0] if res.paths else None
            self._paths[person] = found
        return self._paths[person]

    def strength(self, person: str) -> float:
        """Strength of the best chain (product of tie strengths); 0 when unreachable."""
        p = self.path(person)
        return p.strength if p is not None else 0.0

    def estimate(self, person: str) -> float:
        """The best chain's strength from the index's potentials (no hop cap, no path
        built): cheap, for ranking many candidates; 0 when unreachable."""
        return self.index.reach_strength(person)


def reach(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> Reach:
    """The :class:`Reach` of ``G``, one per analysis context."""
    a = context(G, ctx)
    return a.cached("reach", lambda: Reach(G, a))


def staff_reach(G: nx.MultiDiGraph, people: list[str] | None = None,
                ctx: Analysis | None = None) -> dict[str, WarmPath]:
    """``{person: best chain}`` for the reachable ones of ``people`` (default: everyone)."""
    r = reach(G, ctx)
    ps = people if people is not None else sorted(
        n for n, k in G.nodes(data="kind") if k == "person")
    out = {}
    for p in ps:
        w = r.path(p)
        if w is not None:
            out[p] = w
    return out
