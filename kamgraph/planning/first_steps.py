"""The first steps of a PR target, in words an account manager can act on."""

from __future__ import annotations

from typing import TYPE_CHECKING

import networkx as nx

from kamgraph.planning.acquaintance import PathResult

if TYPE_CHECKING:
    from kamgraph.planning.targets import Target

__all__ = ["first_steps"]


def _l(G: nx.MultiDiGraph, n: str | None) -> str:
    return "(unassigned)" if n is None else str(G.nodes[n].get("label") or n)


def first_steps(G: nx.MultiDiGraph, t: Target, res: PathResult | None) -> list[str]:
    """Two to four concrete steps: get in, do the action, involve the sponsor, review."""
    who, owner = t.label, _l(G, t.owner_a)
    steps: list[str] = []
    p = t.path
    if p is not None and not p.intermediaries:
        steps.append(f"{p.labels[0]} contacts {who} directly ({p.hops[0].circle} tie, "
                     f"{p.hops[0].strength:.2f})" + ("" if p.source == t.owner_a
                                                     else f" and brings in {owner}"))
    elif p is not None:
        steps.append(f"{p.labels[0]} asks {p.labels[-2]} to introduce us to {who} "
                     f"(chain {' → '.join(p.labels)}, strength {p.strength:.2f})")
    elif res is not None and res.nearest:
        near = ", ".join(n.label for n in res.nearest[:3])
        steps.append(f"No warm path to {who}: build one through the nearest reachable people "
                     f"({near})")
    else:
        steps.append(f"No warm path to {who}: {owner} looks for a first contact")
    if t.action == "make act":
        steps.append(f"{owner} agrees one concrete act of support with {who} before "
                     f"{t.review.isoformat()}")
    elif t.action == "win support":
        steps.append(f"{owner} learns {who}'s goals and concerns and shows how we meet them")
    else:
        steps.append(f"{owner} finds out what {who} objects to and answers it; "
                     "aim for neutral, do not press")
    if t.sponsor and t.sponsor != t.owner_a:
        steps.append(f"Sponsor {_l(G, t.sponsor)} meets {who} at equal level")
    if t.counters and t.person not in t.counters:
        names = ", ".join(_l(G, x) for x in t.counters)
        steps.append(f"Position {who} as counterweight to {names}")
    return steps
