"""The first steps of a PR target, as sentences an account manager can act on."""

from __future__ import annotations

import datetime as dt

import networkx as nx

from kamgraph.analyzers.acquaintance import PathResult, WarmPath
from kamgraph.planning.words import Say, W, say

__all__ = ["first_steps"]


def _l(G: nx.MultiDiGraph, n: str | None) -> str | W:
    return W("unassigned") if n is None else str(G.nodes[n].get("label") or n)


def first_steps(G: nx.MultiDiGraph, person: str, *, action: str, owner: str | None,
                sponsor: str | None, path: WarmPath | None, res: PathResult | None,
                deadline: dt.date, counters: tuple[str, ...], sways: tuple[str, ...],
                interests: tuple[str | None, str | None]) -> list[Say]:
    """Get in, do the action (through the person's interests), involve the sponsor,
    work on the decider they sway, stand as counterweight."""
    who, own = _l(G, person), _l(G, owner)
    steps: list[Say] = []
    if path is not None and not path.intermediaries:
        hop = path.hops[0]
        steps.append(say("step_direct", src=path.labels[0], who=who, circle_k=W(hop.circle),
                         strength=hop.strength)
                     if path.source == owner else
                     say("step_direct_bring", src=path.labels[0], who=who, owner=own,
                         circle_k=W(hop.circle), strength=hop.strength))
    elif path is not None:
        steps.append(say("step_intro", src=path.labels[0], via=path.labels[-2], who=who,
                         chain=" → ".join(path.labels), strength=path.strength))
    elif res is not None and res.nearest:
        steps.append(say("step_no_path_near", who=who,
                         near=", ".join(n.label for n in res.nearest[:3])))
    else:
        steps.append(say("step_no_path", who=who, owner=own))
    personal, org = interests
    need = org or personal
    if action == "make act":
        steps.append(say("step_make_act", owner=own, who=who, by=deadline))
    elif action == "win support":
        steps.append(say("step_win_interest", owner=own, who=who, need=need) if need
                     else say("step_win", owner=own, who=who))
    else:
        steps.append(say("step_neutralise", owner=own, who=who))
    if sponsor and sponsor != owner:
        steps.append(say("step_sponsor", sponsor=_l(G, sponsor), who=who))
    if sways:
        steps.append(say("step_sway", who=who, deciders=", ".join(str(_l(G, d)) for d in sways)))
    others = [c for c in counters if c != person]
    if others:
        steps.append(say("step_counter", who=who,
                         names=", ".join(str(_l(G, x)) for x in others)))
    return steps
