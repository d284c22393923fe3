"""PR targets (公关目标): whom to work on this cycle, within the hours we have.

:func:`plan` runs in three steps:

1. **candidates** (:mod:`kamgraph.planning.candidates`): the decision chain, the people
   who sway a hostile or unreachable decider, the specification writers, the competitor
   supporters and their counterweights; oversight people, exclusive supporters and
   gatekeepers who let us through are left alone, with the reason;
2. **sizing** (:mod:`kamgraph.planning.sizing`): each candidate's realistic move, worth
   under the market goal, hours, owners A/B, sponsor, warm path, deadline from the
   deal's timeline, supervisor and occasions;
3. **assembly** (here): the chosen set maximises the summed worth within capacity, a 0/1
   knapsack in whole hours solved exactly. With ``capacity_hours`` it is one budget for
   the team (each target's hours plus its new sponsor's); without, each target is
   charged to its owner A (or the first person of its warm path), whose spare hours
   (``capacity_hours`` less the account's committed ownerships and sponsorships) are
   their budget. Capacity always binds: every deferred target says why.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import replace

import networkx as nx

from kamgraph.model import today
from kamgraph.planning.candidates import Context, candidates, context
from kamgraph.planning.schedule import cycle_for, goal_of, timeline_of
from kamgraph.planning.sizing import ledger, size
from kamgraph.planning.types import Plan, Response, Target
from kamgraph.planning.words import Say, W, say

__all__ = ["NO_COUNTERWEIGHT", "plan", "knapsack", "charged_to", "with_assignments"]

#: The response of a supporter the plan cannot answer starts with these words.
NO_COUNTERWEIGHT = "no counterweight available"


def knapsack(items: list[tuple[str, int, float]], capacity: float) -> list[str]:
    """Ids of the 0/1 choice of ``(id, hours, value)`` items of most value within capacity.

    Exact dynamic programme over whole hours; ties keep the earlier items (by id).

    Examples
    --------
    >>> knapsack([("a", 10, 5.0), ("b", 6, 3.0), ("c", 6, 3.0)], 12)
    ['b', 'c']
    """
    cap = max(0, int(math.floor(capacity + 1e-9)))
    items = sorted(items)
    best = [0.0] * (cap + 1)
    take: list[list[bool]] = []
    for _i, h, v in items:
        row = [False] * (cap + 1)
        if v > 0:
            for c in range(cap, h - 1, -1):
                if best[c - h] + v > best[c] + 1e-12:
                    best[c] = best[c - h] + v
                    row[c] = True
        take.append(row)
    out: list[str] = []
    c = cap
    for idx in range(len(items) - 1, -1, -1):
        if take[idx][c]:
            out.append(items[idx][0])
            c -= items[idx][1]
    return sorted(out)


def charged_to(t: Target) -> str | None:
    """Whose hours a target uses: owner A, else whoever starts its warm path."""
    return t.owner_a or (t.path.source if t.path else None)


def with_assignments(G: nx.MultiDiGraph, p: Plan) -> nx.MultiDiGraph:
    """A copy of ``G`` with the chosen targets' proposed owners and sponsors, to check
    that the plan closes gaps and never creates one (run :func:`coverage_gaps` on it).

    A proposed owner takes the role over: a holder of that role who has left us, or who
    holds the other role as the plan proposes it (A = B, or an owner B who steps up to
    A), gives it up; a new holder of a role gives up the other one (the owner B who steps
    up to A is no longer owner B). A new owner B whom owner A introduces
    (:attr:`Target.introduced_by`) carries ``introduced_by`` on the edge: the introduction
    is part of the proposal."""
    H = G.copy()
    have = {(u, v, d.get("type"), d.get("role")) for u, v, d in G.edges(data=True)}
    for t in p.targets:
        proposed = {"A": t.owner_a, "B": t.owner_b}
        for role, other in (("A", "B"), ("B", "A")):
            if not proposed[role]:
                continue
            s = proposed[role]
            moves = (s, t.person, "OWNS", role) not in have  # a new holder of this role
            drop = [(u, k) for u, _, k, d in H.in_edges(t.person, keys=True, data=True)
                    if d.get("type") == "OWNS" and (
                        (d.get("role") == role and u != s
                         and (H.nodes[u].get("active") is False or u == proposed[other]))
                        or (d.get("role") == other and u == s and moves))]
            for u, k in drop:
                H.remove_edge(u, t.person, key=k)
        for s, role in ((t.owner_a, "A"), (t.owner_b, "B")):
            if s and (s, t.person, "OWNS", role) not in have:
                intro = {"introduced_by": t.introduced_by} if role == "B" and t.introduced_by \
                    else {}
                H.add_edge(s, t.person, type="OWNS", role=role, since=p.cycle.start, **intro)
        if t.sponsor and (t.sponsor, t.person, "SPONSORS", None) not in have:
            H.add_edge(t.sponsor, t.person, type="SPONSORS", since=p.cycle.start)
    return H


def _l(G: nx.MultiDiGraph, n: str | None) -> str:
    return "" if n is None else str(G.nodes[n].get("label") or n)


def plan(G: nx.MultiDiGraph, *, capacity_hours: float | None = None,
         cycle_start: dt.date | None = None) -> Plan:
    """Choose whom to work on this cycle and how (see the module docstring)."""
    start = cycle_start or today()
    cycle, goal, timeline = cycle_for(start), goal_of(G), timeline_of(G)
    ctx = context(G, start)
    cands = candidates(ctx)
    L = ledger(ctx)
    budget_of = {s: max(0.0, v) for s, v in L.spare.items()}
    targets: dict[str, Target] = {}
    for p in sorted(cands, key=lambda p: (-ctx.power.get(p, 0.0), p)):
        r = size(ctx, cands[p], L, goal, cycle, timeline)
        if isinstance(r, Target):
            targets[p] = r
        else:
            ctx.left_alone.append((p, r))
    budget, chosen, why_not = _choose(G, targets, capacity_hours, budget_of)
    picked = sorted((targets[p] for p in chosen), key=lambda t: (-t.value, t.person))
    rest = sorted((t for p, t in targets.items() if p not in chosen),
                  key=lambda t: (-t.value, t.person))
    rest = [_defer(t, why_not.get(t.person)) for t in rest]
    used: dict[str, int] = {}
    for t in picked:
        k = "total" if capacity_hours is not None else (charged_to(t) or "unassigned")
        used[k] = used.get(k, 0) + t.hours + (t.sponsor_hours if capacity_hours is not None
                                              else 0)
    exp = ctx.balance.us + sum(t.move for t in picked)
    reasons = _summary(ctx, goal.type or goal.target, len(targets), len(picked),
                       capacity_hours, exp)
    return Plan(account=str(G.graph.get("account")), opportunity=G.graph.get("opportunity"),
                goal=goal, cycle=cycle, timeline=timeline, budget=budget, used=used,
                targets=picked, deferred=rest, left_alone=_dedupe(ctx.left_alone),
                responses=_responses(G, ctx, picked, rest), balance_now=ctx.balance.us,
                balance_expected=exp, reasons=reasons)


def _defer(t: Target, why: Say | None) -> Target:
    return replace(t, deferred_why=why or say("deferred_value", value=t.value))


def _dedupe(items: list[tuple[str, Say]]) -> list[tuple[str, Say]]:
    seen: set[str] = set()
    out = []
    for p, w in items:
        if p not in seen:
            seen.add(p)
            out.append((p, w))
    return out


def _summary(ctx: Context, has_goal: object, n: int, k: int, cap: float | None,
             exp: float) -> list[Say]:
    out = [say("sum_chosen_team", n=n, k=k, hours=cap) if cap is not None
           else say("sum_chosen_owners", n=n, k=k),
           say("sum_balance", now=ctx.balance.us, exp=exp)]
    if not has_goal:
        out.append(say("sum_no_goal"))
    if ctx.spec_stage:
        out.append(say("sum_spec_stage"))
    return out


def _choose(G: nx.MultiDiGraph, targets: Mapping[str, Target], capacity_hours: float | None,
            spare: Mapping[str, float]) -> tuple[dict[str, float], set[str], dict[str, Say]]:
    why: dict[str, Say] = {}
    if capacity_hours is not None:
        # nobody can carry a target without an owner or a warm path, whatever the hours
        carried = {p: t for p, t in targets.items() if charged_to(t) is not None}
        items = [(p, t.hours + t.sponsor_hours, t.value) for p, t in carried.items()]
        team = set(knapsack(items, capacity_hours))
        for p, t in targets.items():
            if p not in carried:
                why[p] = say("deferred_no_owner")
            elif p not in team:
                why[p] = say("deferred_team_hours", hours=t.hours + t.sponsor_hours,
                             value=t.value, budget=capacity_hours)
        return {"total": float(capacity_hours)}, team, why
    groups: dict[str, list[tuple[str, int, float]]] = {}
    for p, t in targets.items():
        s = charged_to(t)
        if s is None:
            why[p] = say("deferred_no_owner")
        else:
            groups.setdefault(s, []).append((p, t.hours, t.value))
    budget: dict[str, float] = {}
    chosen: set[str] = set()
    for s, items in sorted(groups.items()):
        budget[s] = float(spare.get(s, 0.0))
        got = set(knapsack(items, budget[s]))
        chosen |= got
        for p, h, v in items:
            if p not in got:
                why[p] = say("deferred_owner_hours", owner=_l(G, s), spare=budget[s], hours=h,
                             value=v)
    return budget, chosen, why


def _responses(G: nx.MultiDiGraph, ctx: Context, picked: list[Target],
               rest: list[Target]) -> list[Response]:
    by = {t.person: t for t in picked}
    later = {t.person: t for t in rest}
    out: list[Response] = []
    for cp in ctx.unc:
        parts: list[Say] = []
        first: str | None = None
        if cp.supporter in by:
            t = by[cp.supporter]
            parts.append(say("resp_direct", action_k=W(t.action), owner=_l(G, t.owner_a)))
            first = cp.supporter
        for t in picked:
            if t.person != cp.supporter and cp.supporter in t.counters:
                key = "resp_through" if cp.supporter in t.sways else "resp_counterweight"
                parts.append(say(key, who=t.label, action_k=W(t.action)))
                first = first or t.person
        if parts:
            out.append(Response(competitor=cp.competitor, supporter=cp.supporter,
                                label=cp.label, by=first,
                                response=say("resp_join", parts=tuple(parts))))
            continue
        if cp.beyond_base or not cp.candidates:
            why = say("resp_beyond")
        else:
            w = cp.candidates[0]
            h = later[w.person].hours if w.person in later else None
            why = say("resp_no_capacity", who=w.label, hours=h)
        out.append(Response(competitor=cp.competitor, supporter=cp.supporter, label=cp.label,
                            by=None, response=say("resp_none", why=why)))
    return out

