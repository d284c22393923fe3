"""A small typed read layer over the projection (:mod:`kamgraph.projection`).

Analyzers read people, staff, stances, roles and the chain of command through these
functions instead of poking at ``G.nodes[x].get(...)``.

Examples
--------
>>> from kamgraph.examples import ceo_swayed_by_spouse
>>> G = ceo_swayed_by_spouse()
>>> persons(G), roles(G, "ceo"), stance(G, "ceo"), label(G, "wife")
(['ceo', 'wife'], ('decider',), None, 'Mei')
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

import networkx as nx

__all__ = ["label", "persons", "staff", "stance", "roles", "rank", "level", "oversight",
           "outside", "managers", "reports", "line_neighbours", "kind", "gc_paused"]


def kind(G: nx.MultiDiGraph, n: str) -> str | None:
    """The node's kind (person, staff, ...), None if absent."""
    return G.nodes[n].get("kind") if n in G else None


def label(G: nx.MultiDiGraph, n: str) -> str:
    """Display label (``"王强 Wang Qiang"``), or the id."""
    return str(G.nodes[n].get("label") or n)


def persons(G: nx.MultiDiGraph) -> list[str]:
    """Ids of the people, sorted."""
    return sorted(n for n, k in G.nodes(data="kind") if k == "person")


def staff(G: nx.MultiDiGraph, *, active: bool | None = None) -> list[str]:
    """Ids of our staff, sorted; ``active=True`` only those who have not left."""
    out = []
    for n, d in G.nodes(data=True):
        if d.get("kind") != "staff":
            continue
        is_active = d.get("active", True) is not False
        if active is None or active == is_active:
            out.append(n)
    return sorted(out)


def stance(G: nx.MultiDiGraph, p: str, toward: str = "us") -> int | None:
    """Current stance of ``p`` toward us (``"us"``) or a competitor id; None if unknown."""
    n = G.nodes[p]
    v = n.get("stance") if toward == "us" else (n.get("stances") or {}).get(toward)
    return None if v is None else int(v)


def roles(G: nx.MultiDiGraph, p: str) -> tuple[str, ...]:
    """Roles in scope (the opportunity's, or the standing roles)."""
    return tuple(G.nodes[p].get("roles") or ())


def rank(G: nx.MultiDiGraph, n: str) -> int:
    """Seniority 1 (staff) .. 6 (board), 0 unknown."""
    return int(G.nodes[n].get("rank") or 0)


def level(G: nx.MultiDiGraph, n: str) -> str | None:
    value = G.nodes[n].get("level")
    return None if value is None else str(value)


def oversight(G: nx.MultiDiGraph, p: str) -> str | None:
    """The oversight kind of a person (keep procedurally neutral), or None."""
    v = G.nodes[p].get("oversight")
    return str(v) if v else None


def outside(G: nx.MultiDiGraph, p: str) -> bool:
    """True when the person is not on the account's formal org chart."""
    return bool(G.nodes[p].get("outside"))


def _line(G: nx.MultiDiGraph, p: str, up: bool) -> list[str]:
    edges = G.out_edges(p, data="type") if up else G.in_edges(p, data="type")
    return sorted({(v if up else u) for u, v, t in edges if t == "REPORTS_TO"})


def managers(G: nx.MultiDiGraph, p: str, *, transitive: bool = True) -> list[str]:
    """The people ``p`` reports to, nearest first (all the way up when ``transitive``)."""
    out: list[str] = []
    todo = _line(G, p, True)
    while todo:
        m = todo.pop(0)
        if m in out or m == p:
            continue
        out.append(m)
        if transitive:
            todo += _line(G, m, True)
    return out


def reports(G: nx.MultiDiGraph, p: str, *, transitive: bool = True) -> list[str]:
    """The people who report to ``p`` (all the way down when ``transitive``), sorted."""
    seen: set[str] = set()
    todo = _line(G, p, False)
    while todo:
        r = todo.pop()
        if r in seen or r == p:
            continue
        seen.add(r)
        if transitive:
            todo += _line(G, r, False)
    return sorted(seen)


def line_neighbours(G: nx.MultiDiGraph, p: str) -> set[str]:
    """``p``'s direct manager(s) and direct reports: the formal line next to them."""
    return set(_line(G, p, True)) | set(_line(G, p, False))


@contextmanager
def gc_paused() -> Iterator[None]:
    """Python's cycle collector paused for the length of the block (and resumed after,
    if it ran before). An account's analysis makes many small objects; each automatic
    collection would walk the whole projection again, which took about 40% of a
    500-person report. What the block leaves as cyclic garbage is collected after it."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()
