"""How reachable each person is for our active staff: the strongest tie chain.

Ties are ``KNOWS`` edges (read both ways; a staff member or a friendly third party knows
a person) and ``OWNS`` edges (an owner is tied to the person at :data:`OWNS_STRENGTH`,
unless a ``KNOWS`` tie says more). Staff who have left are not part of the tie net.
The strength of a chain is the product of its tie strengths.
"""

from __future__ import annotations

import networkx as nx

from kamgraph.analyzers.influence import Hop, InfluenceNet, InfluencePath, search
from kamgraph.analyzers.shared import cached, edges_of

__all__ = ["OWNS_STRENGTH", "tie_net", "active_staff", "staff_reach"]

#: Tie strength an ``OWNS`` edge stands for when no ``KNOWS`` tie is recorded.
OWNS_STRENGTH = 0.5


def active_staff(G: nx.MultiDiGraph) -> list[str]:
    """Ids of staff who have not left, sorted."""
    return list(cached(G, "active_staff", lambda: sorted(
        n for n, d in G.nodes(data=True)
        if d.get("kind") == "staff" and d.get("active", True) is not False)))


def _ties(G: nx.MultiDiGraph) -> tuple[dict[str, dict[str, float]],
                                       dict[str, dict[str, str]]]:
    """``({source: {target: strength}}, {source: {target: basis}})``: the strongest tie
    per ordered pair among active staff and people, ties of equal strength by basis
    (circle, or ``owner``); sources and each source's targets in id order;
    zero-strength ties leave an empty row."""
    def build() -> tuple[dict[str, dict[str, float]], dict[str, dict[str, str]]]:
        ok = set(active_staff(G)) | {n for n, k in G.nodes(data="kind") if k == "person"}
        rows: dict[str, dict[str, tuple[float, str]]] = {}
        offers: list[tuple[str, str, float, str]] = []
        for u, v, d in edges_of(G, "KNOWS"):
            if u in ok and v in ok and u != v:
                s, circle = float(d.get("strength") or 0.0), str(d.get("circle") or "other")
                offers.append((u, v, s, circle))
                offers.append((v, u, s, circle))
        for u, v, _ in edges_of(G, "OWNS"):
            if u in ok and v in ok and u != v:
                offers.append((u, v, OWNS_STRENGTH, "owner"))
        for a, b, s, basis in offers:
            row = rows.get(a)
            if row is None:
                rows[a] = {b: (s, basis)}
                continue
            old = row.get(b)
            if old is None or s > old[0] or (s == old[0] and basis < old[1]):
                row[b] = (s, basis)
        out: dict[str, dict[str, float]] = {}
        bases: dict[str, dict[str, str]] = {}
        for a in sorted(rows):
            row = rows[a]
            keep = [b for b in sorted(row) if row[b][0] > 0]
            out[a] = {b: row[b][0] for b in keep}
            bases[a] = {b: row[b][1] for b in keep}
        return out, bases

    return cached(G, "ties", build)


def tie_net(G: nx.MultiDiGraph) -> InfluenceNet:
    """The acquaintance net among active staff and people (strongest tie per pair)."""
    net = InfluenceNet()
    ties, bases = _ties(G)
    inn: dict[str, list[Hop]] = {}
    for a, row in ties.items():
        out = net.out[a] = {}
        for b, s in row.items():
            out[b] = h = Hop(a, b, s, bases[a][b], "formal")
            inn.setdefault(b, []).append(h)
    for b in inn:  # in order of first source, like the sources of each row: by id
        net.inn[b] = {h.source: h for h in inn[b]}
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
    ties, bases = _ties(G)
    found = search(ties, active_staff(G), reverse=False, max_hops=max_hops,
                   min_strength=min_strength)
    hops: dict[tuple[str, str], Hop] = {}

    def hop(a: str, b: str) -> Hop:
        h = hops.get((a, b))
        if h is None:
            h = hops[(a, b)] = Hop(a, b, ties[a][b], bases[a][b], "formal")
        return h

    out: dict[str, InfluencePath] = {}
    for p, (s, path) in found.items():
        if G.nodes[p].get("kind") == "person":
            out[p] = InfluencePath(path, tuple(hop(a, b) for a, b in zip(
                path, path[1:], strict=False)), s)
    return out
