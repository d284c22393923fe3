"""Peer-level warm paths: introductions go between peers, not up through subordinates.

A director reaches their CFO through our CFO; nobody asks a junior to introduce us to
their boss. Among the strongest routes of :meth:`AcquaintanceIndex.paths`, the plan
prefers the one with the best *peer score*::

    peer score = strength x UPWARD ** (levels climbed per hop)
                          x OWN_SUPERIOR  (per hop where someone introduces their own superior)

and says why it preferred that route over a stronger one.
"""

from __future__ import annotations

import itertools

import networkx as nx

from kamgraph.analyzers.acquaintance import AcquaintanceIndex, PathResult, WarmPath
from kamgraph.planning.words import Say, say

__all__ = ["UPWARD", "OWN_SUPERIOR", "superiors", "peer_score", "preferred_path"]

UPWARD = 0.85
OWN_SUPERIOR = 0.5


def superiors(G: nx.MultiDiGraph) -> dict[str, set[str]]:
    """Everyone above each person in the chain of command (REPORTS_TO, transitively)."""
    boss: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "REPORTS_TO":
            boss.setdefault(u, []).append(v)
    out: dict[str, set[str]] = {}

    def up(p: str, seen: frozenset[str]) -> set[str]:
        if p in out:
            return out[p]
        acc: set[str] = set()
        for b in boss.get(p, ()):
            if b not in seen:
                acc |= {b} | up(b, seen | {b})
        out[p] = acc
        return acc
    for p in list(boss):
        up(p, frozenset({p}))
    return out


def peer_score(G: nx.MultiDiGraph, path: WarmPath,
               above: dict[str, set[str]]) -> tuple[float, list[tuple[str, str]]]:
    """The path's peer score and the hops where someone introduces their own superior."""
    score = path.strength
    own: list[tuple[str, str]] = []
    for a, b in itertools.pairwise(path.nodes):
        ra, rb = int(G.nodes[a].get("rank") or 0), int(G.nodes[b].get("rank") or 0)
        if ra and rb and rb > ra:
            score *= UPWARD ** (rb - ra)
        if b in above.get(a, ()):
            score *= OWN_SUPERIOR
            own.append((a, b))
    return score, own


def _l(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n)


def preferred_path(G: nx.MultiDiGraph, ix: AcquaintanceIndex, person: str,
                   above: dict[str, set[str]], *,
                   k: int = 4) -> tuple[WarmPath | None, PathResult | None, Say | None]:
    """The route the plan uses to reach ``person``, the search result, and why."""
    if person not in ix.ids:
        return None, None, None
    res = ix.paths(person, k)
    if not res.paths:
        return None, res, None
    scored = sorted(((peer_score(G, p, above), p) for p in res.paths),
                    key=lambda x: (-x[0][0], -x[1].strength, x[1].nodes))
    (score, own), best = scored[0]
    strongest = res.paths[0]
    if not best.intermediaries and int(G.nodes[best.source].get("rank") or 0) >= int(
            G.nodes[person].get("rank") or 0):
        why = say("path_peer", src=_l(G, best.source), dst=_l(G, person),
                  strength=best.strength)
    elif not best.intermediaries:
        why = say("path_direct", src=_l(G, best.source), dst=_l(G, person),
                  strength=best.strength)
    else:
        why = say("path_chain", chain=" → ".join(best.labels), strength=best.strength)
    if best is not strongest:
        (_s0, own0) = peer_score(G, strongest, above)
        if own0:
            a, b = own0[0]
            why = say("path_preferred_over", why=why, other=strongest.strength,
                      junior=_l(G, a), boss=_l(G, b))
        else:
            why = say("path_preferred_level", why=why, other=strongest.strength)
    elif own:
        a, b = own[0]
        why = say("path_only_upward", why=why, junior=_l(G, a), boss=_l(G, b))
    return best, res, why
