"""What the analyzers derive from one graph, kept per graph so they share the work.

Every analyzer reads the same few derived structures: the edges grouped by type, the
influence net, the best influence paths to each decision maker, everyone's power, and
the tie net of our staff. Building them is most of the work, so they are kept in a
small cache per graph object (a :class:`weakref.WeakKeyDictionary`: the cache dies
with the graph, and ``G.graph`` is left untouched, so copies of a graph never share it).

The analyzers never mutate the graph. Each access checks that no node or edge was
added or removed since (networkx empties ``G.__networkx_cache__`` on such changes; on
networkx older than 3.3 the edges are counted) and that no node's kind, roles, rank or
active flag changed, and starts a fresh cache otherwise. In-place edits these checks
cannot see, such as changing an edge's ``strength`` or ``type``, are not supported:
after such an edit project the account again (or call :func:`forget`). Labels, stances
and other node attributes are never cached; results are built from them on every call.

Cached values are shared: callers must treat them as read-only.

Examples
--------
>>> import networkx as nx
>>> G = nx.MultiDiGraph(); _ = G.add_edge("a", "b", type="KNOWS")
>>> [(u, v) for u, v, _ in edges_of(G, "KNOWS")], edges_of(G, "OWNS")
([('a', 'b')], [])
>>> cached(G, "answer", lambda: 42), cached(G, "answer", lambda: 0)
(42, 42)
>>> G.add_node("c"); cached(G, "answer", lambda: 0)  # the graph changed: rebuilt
0
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Hashable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx

__all__ = ["Edge", "graph_cache", "cached", "sharing", "forget", "edges_of", "edges_by_type"]

T = TypeVar("T")
#: One edge of the projection: ``(source, target, attributes)``.
Edge = tuple[str, str, dict[str, Any]]


#: Key of our token in ``G.__networkx_cache__``, which networkx (3.3+) empties whenever
#: a node or edge is added or removed.
_TOKEN_KEY = "kamgraph.analyzers"


@dataclass
class _Entry:
    token: object
    nodes: tuple[Any, ...]
    edges: int | None
    data: dict[Hashable, Any] = field(default_factory=dict)
    #: how many :func:`sharing` blocks on this graph are open (no checks while > 0)
    depth: int = 0


_CACHES: weakref.WeakKeyDictionary[nx.MultiDiGraph, _Entry] = weakref.WeakKeyDictionary()


def _node_signature(G: nx.MultiDiGraph) -> tuple[Any, ...]:
    return tuple((n, d.get("kind"), tuple(d.get("roles") or ()), d.get("rank"),
                  d.get("active")) for n, d in G.nodes(data=True))


def _valid(G: nx.MultiDiGraph, entry: _Entry) -> bool:
    nx_cache = getattr(G, "__networkx_cache__", None)
    if isinstance(nx_cache, dict):
        if nx_cache.get(_TOKEN_KEY) is not entry.token:
            return False
    elif G.number_of_edges() != entry.edges:  # older networkx: count the edges (O(E))
        return False
    return _node_signature(G) == entry.nodes


def graph_cache(G: nx.MultiDiGraph) -> dict[Hashable, Any]:
    """The cache of ``G`` (a fresh one if ``G`` changed since it was filled)."""
    return _entry(G).data


def _entry(G: nx.MultiDiGraph) -> _Entry:
    entry = _CACHES.get(G)
    if entry is not None and entry.depth > 0:
        return entry
    if entry is None or not _valid(G, entry):
        nx_cache = getattr(G, "__networkx_cache__", None)
        token = object()
        if isinstance(nx_cache, dict):
            nx_cache[_TOKEN_KEY] = token
            edges = None
        else:
            edges = G.number_of_edges()
        entry = _Entry(token, _node_signature(G), edges)
        _CACHES[G] = entry
    return entry


@contextmanager
def sharing(G: nx.MultiDiGraph) -> Iterator[dict[Hashable, Any]]:
    """Check the cache of ``G`` once, then trust it until the block ends.

    An analyzer runs inside one such block: the graph does not change while it runs,
    so the many cache look-ups of its helpers skip the checks.
    """
    entry = _entry(G)
    entry.depth += 1
    try:
        yield entry.data
    finally:
        entry.depth -= 1


def cached(G: nx.MultiDiGraph, key: Hashable, build: Callable[[], T]) -> T:
    """``build()`` once per graph and ``key``; later calls return the same object."""
    data = graph_cache(G)
    if key not in data:
        data[key] = build()
    value: T = data[key]
    return value


def forget(G: nx.MultiDiGraph) -> None:
    """Drop everything cached for ``G`` (after editing it in place, or to time a cold run)."""
    _CACHES.pop(G, None)


def edges_by_type(G: nx.MultiDiGraph) -> dict[str, list[Edge]]:
    """All edges of ``G`` grouped by their ``type``, each group in ``G.edges`` order."""
    def build() -> dict[str, list[Edge]]:
        out: dict[str, list[Edge]] = {}
        for u, v, d in G.edges(data=True):
            out.setdefault(d.get("type"), []).append((u, v, d))
        return out

    return cached(G, "edges_by_type", build)


def edges_of(G: nx.MultiDiGraph, *types: str) -> list[Edge]:
    """The edges of the given types, in ``G.edges`` order within each type, types in turn."""
    idx = edges_by_type(G)
    if len(types) == 1:
        return idx.get(types[0], [])
    return [e for t in types for e in idx.get(t, [])]
