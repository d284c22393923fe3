"""How reachable each person is for our active staff: the strongest tie chain.

Ties are ``KNOWS`` edges (read both ways; a staff member or a friendly third party knows
a person) and ``OWNS`` edges (an owner is tied to the person at :data:`OWNS_STRENGTH`,
unless a ``KNOWS`` tie says more). Staff who have left are not part of the tie net.
The strength of a chain is the product of its tie strengths.
"""

from __future__ import annotations

import networkx as nx

from kamgraph.analyzers.influence import Hop, InfluenceNet, InfluencePath, best_paths
from kamgraph.analyzers.shared import cached, edges_of

__all__ = ["OWNS_STRENGTH", "tie_net", "active_staff", "staff_reach"]

#: Tie strength an ``OWNS`` edge stands for when no ``KNOWS`` tie is recorded.
OWNS_STRENGTH = 0.5


def active_staff(G: nx.MultiDiGraph) -> list[str]:
    """Ids of staff who have not left, sorted."""
    return list(cached(G, "active_staff", lambda: sorted(
        n for n, d in G.nodes(data=True)
        if d.get("kind") == "staff" and d.get("active", True) is not False)))


def tie_net(G: nx.MultiDiGraph) -> InfluenceNet:
    """The acquaintance net among active staff and people (strongest tie per pair).

    Per ordered pair the strongest tie wins, ties of equal strength by basis (circle,
    or ``owner``); ``out`` and ``inn`` list sources and targets in id order.
    """
    ok = set(active_staff(G)) | {n for n, k in G.nodes(data="kind") if k == "person"}
    # (source, target) -> (strength, basis) of the best tie so far
    best: dict[tuple[str, str], tuple[float, str]] = {}

    def offer(a: str, b: str, s: float, basis: str) -> None:
        old = best.get((a, b))
        if old is None or s > old[0] or (s == old[0] and basis < old[1]):
            best[(a, b)] = (s, basis)

    for u, v, d in edges_of(G, "KNOWS"):
        if u in ok and v in ok and u != v:
            s, circle = float(d.get("strength") or 0.0), str(d.get("circle") or "other")
            offer(u, v, s, circle)
            offer(v, u, s, circle)
    for u, v, _ in edges_of(G, "OWNS"):
        if u in ok and v in ok and u != v:
            offer(u, v, OWNS_STRENGTH, "owner")
    net = InfluenceNet()
    for (a, b), (s, basis) in sorted(best.items()):
        row = net.out.setdefault(a, {})
        if s > 0:
            h = Hop(a, b, s, basis, "formal")
            row[b] = h
            net.inn.setdefault(b, {})[a] = h
    return net


def staff_reach(G: nx.MultiDiGraph, *, max_hops: int = 3,
                min_strength: float = 0.05) -> dict[str, InfluencePath]:
    """Best tie chain from any active staff member to each reachable person.

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
    >>> {p: round(x.strength, 2) for p, x in sorted(staff_reach(graph_from_data(d)).items())}
    {'p1': 0.8, 'p2': 0.4}
    """
    return dict(cached(G, ("staff_reach", max_hops, min_strength),
                       lambda: _staff_reach(G, max_hops, min_strength)))


def _staff_reach(G: nx.MultiDiGraph, max_hops: int,
                 min_strength: float) -> dict[str, InfluencePath]:
    paths = best_paths(tie_net(G), active_staff(G), reverse=False, max_hops=max_hops,
                       min_strength=min_strength)
    return {p: x for p, x in paths.items() if G.nodes[p].get("kind") == "person"}
