"""Warm paths (建立连接): the best chains of acquaintance from our staff to a person.

Which ties count as acquaintance (undirected in meaning):

* ``KNOWS`` ties, in either direction, with their strength and circle;
* colleague ties implied by the org chart: ``REPORTS_TO`` (strength
  :data:`REPORTS_STRENGTH`) and membership of the same department
  (:data:`DEPARTMENT_STRENGTH`; departments larger than :data:`MAX_DEPARTMENT` add no
  pairwise ties), circle ``colleague``;
* ``INFLUENCES`` ties whose basis implies that the two know each other personally or
  at work (family, friend, former colleague, alumni, club, supplier, peer, superior,
  advisor, board), at the influence strength, with the basis as circle. ``regulator``
  and ``other`` bases are left out: swaying someone through a rule is no
  acquaintance.

Paths never pass through a person whose stance toward us is at or below
``hostile_at`` (the target itself may be hostile) and never through our other staff.
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from collections.abc import Iterable

import networkx as nx

from kamgraph.analyzers.acquaintance import AcquaintanceIndex, PathResult, Tie
from kamgraph.analyzers.context import Analysis, context
from kamgraph.errors import AnalysisError, NotFound
from kamgraph.i18n import N_

__all__ = [
    "REPORTS_STRENGTH", "DEPARTMENT_STRENGTH", "MAX_DEPARTMENT", "INFLUENCE_CIRCLES",
    "acquaintance_ties", "hostile_people", "active_staff", "index_from_graph", "warm_paths",
]

REPORTS_STRENGTH = 0.5
DEPARTMENT_STRENGTH = 0.3
MAX_DEPARTMENT = 60
#: INFLUENCES basis -> acquaintance circle (bases not listed are not acquaintance).
INFLUENCE_CIRCLES: dict[str, str] = {
    "family": "family", "friend": "friend", "former-colleague": "former-colleague",
    "alumni": "alumni", "club": "club", "supplier": "supplier", "peer": "colleague",
    "superior": "colleague", "advisor": "business", "board": "business",
}


def acquaintance_ties(G: nx.MultiDiGraph) -> list[Tie]:
    """Every acquaintance tie of the account graph, as ``(a, b, strength, circle)``.

    Examples
    --------
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("s", kind="staff"); G.add_node("p", kind="person")
    >>> G.add_edge("s", "p", type="KNOWS", strength=0.7, circle="school")
    0
    >>> acquaintance_ties(G)
    [('s', 'p', 0.7, 'school')]
    """
    return sorted(_ties(G, Analysis(G)), key=lambda x: (x[0], x[1], -x[2], x[3]))


def _ties(G: nx.MultiDiGraph, a: Analysis) -> list[Tie]:
    """The ties of :func:`acquaintance_ties`, unsorted."""
    ties: list[Tie] = [(u, v, float(d.get("strength") or 0), d.get("circle") or "other")
                       for u, v, d in a.edges("KNOWS")]
    ties += [(u, v, REPORTS_STRENGTH, "colleague") for u, v, _ in a.edges("REPORTS_TO")]
    ties += [(u, v, float(d.get("strength") or 0), INFLUENCE_CIRCLES[d["basis"]])
             for u, v, d in a.edges("INFLUENCES") if d.get("basis") in INFLUENCE_CIRCLES]
    members: dict[str, list[str]] = defaultdict(list)
    for n, d in G.nodes(data=True):
        if d.get("kind") == "person" and d.get("department"):
            members[d["department"]].append(n)
    for ms in members.values():
        if len(ms) <= MAX_DEPARTMENT:
            ms.sort()
            ties += [(a, b, DEPARTMENT_STRENGTH, "colleague")
                     for a, b in itertools.combinations(ms, 2)]
    return ties


def hostile_people(G: nx.MultiDiGraph, hostile_at: int = -2) -> set[str]:
    """People whose current stance toward us is ``<= hostile_at``."""
    return {n for n, d in G.nodes(data=True)
            if d.get("kind") == "person" and d.get("stance") is not None
            and d["stance"] <= hostile_at}


def active_staff(G: nx.MultiDiGraph) -> list[str]:
    """Ids of our staff who have not left, sorted."""
    return sorted(n for n, d in G.nodes(data=True)
                  if d.get("kind") == "staff" and d.get("active", True))


def index_from_graph(G: nx.MultiDiGraph, *, sources: Iterable[str] | None = None,
                     hostile_at: int = -2, ctx: Analysis | None = None) -> AcquaintanceIndex:
    """An :class:`AcquaintanceIndex` over one account graph.

    Every active staff member is a possible start; staff who have left are dropped with
    their ties. ``sources`` (if given) are only checked here: pass them to the query.
    ``ctx``: an analysis context of ``G`` whose edges to reuse.
    """
    if sources is not None:
        _check_sources(G, sources)
    gone = {n for n, d in G.nodes(data=True)
            if d.get("kind") == "staff" and not d.get("active", True)}
    ties = _ties(G, context(G, ctx))  # the index does not depend on their order
    if gone:
        ties = [t for t in ties if t[0] not in gone and t[1] not in gone]
    labels = {str(n): str(d.get("label") or n) for n, d in G.nodes(data=True)}
    return AcquaintanceIndex(ties, sources=active_staff(G),
                             hostile=hostile_people(G, hostile_at), labels=labels)


def _check_sources(G: nx.MultiDiGraph, sources: Iterable[str]) -> list[str]:
    out = []
    for s in sources:
        if s not in G or G.nodes[s].get("kind") != "staff":
            raise NotFound(N_("no staff member {staff!r}"), staff=s)
        if not G.nodes[s].get("active", True):
            raise AnalysisError(N_("staff member {staff!r} has left; choose an active colleague"),
                                staff=s)
        out.append(s)
    return sorted(set(out))


def warm_paths(G: nx.MultiDiGraph, target: str, *, sources: Iterable[str] | None = None,
               k: int = 3, hostile_at: int = -2, max_hops: int = 6) -> PathResult:
    """The best ``k`` chains of acquaintance from our staff to ``target``, strongest first.

    Parameters
    ----------
    G : the account graph (see :func:`kamgraph.projection.graph_from_data`).
    target : person id.
    sources : staff ids to start from (default: every active staff member).
    k : how many distinct routes (distinct chains of intermediaries).
    hostile_at : people with a stance toward us at or below this are never passed.
    max_hops : longest chain, in ties.

    Returns
    -------
    PathResult
        ``paths`` strongest first (strength = product of tie strengths, each hop naming
        its circle); when empty, ``nearest`` names the reachable people closest to the
        target and ``reasons`` says why.
    """
    if target not in G or G.nodes[target].get("kind") != "person":
        raise NotFound(N_("no person {person!r} in account {account!r}"), person=target,
                       account=G.graph.get("account"))
    ix = index_from_graph(G, sources=sources, hostile_at=hostile_at)
    label = str(G.nodes[target].get("label") or target)
    if target not in ix.ids:
        return PathResult(target, label, reasons=[
            f"no acquaintance ties to {label} are recorded: nobody of ours can reach them yet"])
    src = None if sources is None else _check_sources(G, sources)
    return ix.paths(target, k, sources=src, max_hops=max_hops)
