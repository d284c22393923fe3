"""PR targets (公关目标): whom to work on this cycle, within the hours we have.

Candidates are the decision chain (:func:`kamgraph.analyzers.chain_members`), every
uncountered competitor supporter and their best counterweight candidates
(:func:`kamgraph.analyzers.counterpoints`). The rule of thumb sets each one's action:

==============  ==============  =========================================
stance now      desired         action
==============  ==============  =========================================
-3 .. -1        0               neutralise (make the opponent neutral)
unknown, 0, +1  +2              win support (make the neutral support us)
+2              +3              make act (make the supporter act for us)
+3              --              none: keep up through the owners
==============  ==============  =========================================

Expected balance move = chance of success x the change of our power-weighted stance
(the formula of :func:`kamgraph.analyzers.support_balance`, from its members' power).
The chance falls with the steps to go (:data:`SUCCESS`). A target that answers an
uncountered competitor supporter also earns that supporter's weight share times the
chance (countering them is worth as much as turning them), which puts uncountered
supporters first. Hours (:data:`BASE_HOURS`) grow when no warm path reaches the person.

The chosen set maximises the summed value within capacity: a 0/1 knapsack in whole
hours, solved exactly. With ``capacity_hours`` it is one budget for the team; without,
each target's hours are charged to its owner A, whose ``capacity_hours`` (default
:data:`DEFAULT_STAFF_HOURS`) is their budget, so the problem splits into one knapsack
per owner.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kamgraph.analyzers import counterpoints, support_balance
from kamgraph.model import STANCE_LABELS, today
from kamgraph.planning.acquaintance import WarmPath
from kamgraph.planning.paths import active_staff, index_from_graph
from kamgraph.planning.sponsors import executives, match_sponsors

__all__ = ["SUCCESS", "BASE_HOURS", "DEFAULT_STAFF_HOURS", "NO_COUNTERWEIGHT", "Target",
           "Response", "Plan", "plan", "add_months", "knapsack"]

SUCCESS: dict[int, float] = {1: 0.7, 2: 0.5, 3: 0.35}
BASE_HOURS: dict[str, float] = {"make act": 16.0, "win support": 32.0, "neutralise": 24.0}
DEFAULT_STAFF_HOURS = 80.0
NO_COUNTERWEIGHT = "no counterweight available"
_REVIEW_WEEKS = {"make act": 3, "win support": 4, "neutralise": 4}


@dataclass(frozen=True)
class Target:
    """One person to work on, with what, by whom and by when."""

    person: str
    label: str
    roles: tuple[str, ...]
    level: str | None
    power: float
    stance: int | None
    desired: int
    action: str
    chance: float
    move: float
    value: float
    hours: int
    owner_a: str | None
    owner_b: str | None
    sponsor: str | None
    path: WarmPath | None
    first_steps: tuple[str, ...]
    review: dt.date
    deadline: dt.date
    counters: tuple[str, ...]
    reasons: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        d = {k: v for k, v in self.__dict__.items() if k != "path"}
        d["path"] = None if self.path is None else {
            "nodes": list(self.path.nodes), "strength": self.path.strength,
            "reason": self.path.reason}
        return d


@dataclass(frozen=True)
class Response:
    """The plan's answer to one uncountered competitor supporter."""

    competitor: str
    supporter: str
    label: str
    by: str | None
    response: str


@dataclass
class Plan:
    """The cycle's PR plan: the chosen targets and the answer to each competitor supporter."""

    account: str
    opportunity: str | None
    cycle_start: dt.date
    cycle_end: dt.date
    budget: dict[str, float]
    used: dict[str, int]
    targets: list[Target]
    deferred: list[Target]
    responses: list[Response]
    balance_now: float
    balance_expected: float
    reasons: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"account": self.account, "opportunity": self.opportunity,
                "cycle_start": self.cycle_start, "cycle_end": self.cycle_end,
                "budget": self.budget, "used": self.used,
                "balance_now": self.balance_now, "balance_expected": self.balance_expected,
                "targets": [t.to_dict() for t in self.targets],
                "deferred": [t.to_dict() for t in self.deferred],
                "responses": [r.__dict__ for r in self.responses], "reasons": self.reasons}


def add_months(d: dt.date, months: int) -> dt.date:
    """``d`` moved by whole months (day clipped to the month's end).

    Examples
    --------
    >>> add_months(dt.date(2025, 8, 31), 6)
    datetime.date(2026, 2, 28)
    """
    y, m = divmod(d.month - 1 + months, 12)
    y, m = d.year + y, m + 1
    last = (dt.date(y + m // 12, m % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(y, m, min(d.day, last))


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


def _action(stance: int | None) -> tuple[str, int] | None:
    s = 0 if stance is None else stance
    if s <= -1:
        return "neutralise", 0
    if s <= 1:
        return "win support", 2
    if s == 2:
        return "make act", 3
    return None


def _owners(G: nx.MultiDiGraph, active: set[str]) -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "OWNS" and u in active:
            out.setdefault(v, {}).setdefault(str(d.get("role")), []).append(u)
    for roles in out.values():
        for r in roles.values():
            r.sort()
    return out


def _knowers(G: nx.MultiDiGraph, p: str, active: set[str]) -> list[str]:
    """Active staff with a KNOWS tie to ``p``, strongest first."""
    ties: dict[str, float] = {}
    for u, _v, d in G.in_edges(p, data=True):
        if d.get("type") == "KNOWS" and u in active:
            ties[u] = max(ties.get(u, 0.0), float(d.get("strength") or 0))
    for _u, v, d in G.out_edges(p, data=True):
        if d.get("type") == "KNOWS" and v in active:
            ties[v] = max(ties.get(v, 0.0), float(d.get("strength") or 0))
    return sorted(ties, key=lambda s: (-ties[s], s))


def _label(G: nx.MultiDiGraph, n: str | None) -> str:
    return "" if n is None else str(G.nodes[n].get("label") or n)


def plan(G: nx.MultiDiGraph, *, capacity_hours: float | None = None,
         cycle_start: dt.date | None = None, cycle_months: int = 6) -> Plan:
    """Choose whom to work on this cycle and how (see the module docstring)."""
    from kamgraph.planning.first_steps import first_steps

    start = cycle_start or today()
    end = add_months(start, cycle_months)
    bal = support_balance(G)
    total = sum(m.power for m in bal.members) or 1.0
    members = {m.person: m for m in bal.members}
    report = counterpoints(G)
    unc = report.uncountered
    active = set(active_staff(G))
    owners = _owners(G, active)
    ix = index_from_graph(G)
    sponsors_now: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "SPONSORS" and u in active:
            sponsors_now.setdefault(v, []).append(u)
    execs = set(executives(G))

    # who could answer which uncountered supporter
    answers: dict[str, list[str]] = {}
    power_of: dict[str, float] = {p: m.power for p, m in members.items()}
    for cp in unc:
        power_of.setdefault(cp.supporter, cp.power)
        answers.setdefault(cp.supporter, []).append(cp.supporter)
        for w in cp.candidates[:2]:
            power_of.setdefault(w.person, w.power)
            answers.setdefault(w.person, []).append(cp.supporter)
    cands = sorted(set(members) | set(answers))

    targets: dict[str, Target] = {}
    for p in cands:
        n = G.nodes[p]
        st = n.get("stance")
        act = _action(st)
        if act is None:
            continue
        action, desired = act
        steps = desired - (0 if st is None else st)
        chance = SUCCESS.get(steps, 0.3)
        pw = power_of.get(p, 0.0)
        move = chance * (pw * steps / total if p in members else 0.0)
        counters = tuple(sorted(set(answers.get(p, []))))
        counter_value = sum(chance * next(c.power for c in unc if c.supporter == x) / total
                            for x in counters)
        res = ix.paths(p, 1) if p in ix.ids else None
        path = res.paths[0] if res and res.paths else None
        own = owners.get(p, {})
        a = next(iter(own.get("A") or ()), None)
        b = next((x for x in own.get("B", []) if x != a), None)
        why: list[str] = []
        if a is None:
            a = path.source if path else None
            why.append(f"no owner A: proposed {_label(G, a)} (warmest path)" if a
                       else "no owner A and no warm path: assign one")
        if b is None:
            alts = [x for x in _knowers(G, p, active) if x != a]
            b = alts[0] if alts else None
            why.append(f"no owner B: proposed {_label(G, b)} (knows them)" if b
                       else "no owner B: name a backup")
        sponsor = next(iter(sorted(sponsors_now.get(p, []))), None)
        if sponsor is None and p in execs:
            m = match_sponsors(G, p, top=1)[0].best
            sponsor = m.staff if m else None
            if m and sponsor:
                why.append(f"proposed sponsor {_label(G, sponsor)}: " + "; ".join(m.reasons[:2]))
        factor = 1.0 if path and path.strength >= 0.5 else 1.25 if path else 1.5
        hours = int(math.ceil(BASE_HOURS[action] * (steps if action == "neutralise" else 1)
                              * factor))
        s_word = "unknown" if st is None else f"{st:+d} {STANCE_LABELS[st]}"
        why.insert(0, f"{action}: stance {s_word} -> {desired:+d}, chance {chance:.0%}, "
                      f"expected balance move {move:+.3f}")
        for x in counters:
            why.append(f"answers {_label(G, x)}, an uncountered competitor supporter"
                       if x != p else "is an uncountered competitor supporter")
        review = start + dt.timedelta(weeks=_REVIEW_WEEKS[action])
        t = Target(p, _label(G, p), tuple(n.get("roles") or ()), n.get("level"), pw, st,
                   desired, action, chance, move, move + counter_value, hours, a, b, sponsor,
                   path, (), review, end, counters, tuple(why))
        targets[p] = Target(**{**t.__dict__, "first_steps": tuple(first_steps(G, t, res))})

    budget, chosen = _choose(G, targets, capacity_hours)
    picked = sorted((targets[p] for p in chosen), key=lambda t: (-t.value, t.person))
    rest = sorted((t for p, t in targets.items() if p not in chosen),
                  key=lambda t: (-t.value, t.person))
    used: dict[str, int] = {}
    for t in picked:
        k = "total" if capacity_hours is not None else (t.owner_a or "unassigned")
        used[k] = used.get(k, 0) + t.hours
    responses = _responses(G, unc, picked, rest)
    exp = bal.us + sum(t.move for t in picked)
    reasons = [f"{len(targets)} candidate(s), {len(picked)} chosen within "
               + (f"{capacity_hours:g} h in total" if capacity_hours is not None
                  else "each owner's hours"),
               f"our weighted stance {bal.us:+.2f}, expected {exp:+.2f} if the plan works out",
               f"cycle {start.isoformat()} to {end.isoformat()}, reviewed weekly"]
    reasons += [f"deferred for lack of hours: {t.label} ({t.hours} h, value {t.value:.3f})"
                for t in rest if t.value > 0][:5]
    return Plan(str(G.graph.get("account")), G.graph.get("opportunity"), start, end, budget,
                used, picked, rest, responses, bal.us, exp, reasons)


def _choose(G: nx.MultiDiGraph, targets: Mapping[str, Target],
            capacity_hours: float | None) -> tuple[dict[str, float], set[str]]:
    if capacity_hours is not None:
        items = [(p, t.hours, t.value) for p, t in targets.items()]
        return {"total": float(capacity_hours)}, set(knapsack(items, capacity_hours))
    groups: dict[str, list[tuple[str, int, float]]] = {}
    for p, t in targets.items():
        if t.owner_a is not None:
            groups.setdefault(t.owner_a, []).append((p, t.hours, t.value))
    budget: dict[str, float] = {}
    chosen: set[str] = set()
    for s, items in sorted(groups.items()):
        cap = G.nodes[s].get("capacity_hours")
        budget[s] = float(DEFAULT_STAFF_HOURS if cap is None else cap)
        chosen |= set(knapsack(items, budget[s]))
    return budget, chosen


def _responses(G: nx.MultiDiGraph, unc: list[Any], picked: list[Target],
               rest: list[Target]) -> list[Response]:
    by = {t.person: t for t in picked}
    later = {t.person: t for t in rest}
    out: list[Response] = []
    for cp in unc:
        parts: list[str] = []
        first: str | None = None
        if cp.supporter in by:
            t = by[cp.supporter]
            parts.append(f"targeted directly: {t.action} (owner {_label(G, t.owner_a)})")
            first = cp.supporter
        hit = next((w for w in cp.candidates if w.person in by), None)
        if hit is not None:
            parts.append(f"counterweight {hit.label} targeted: {by[hit.person].action}")
            first = hit.person
        if parts:
            out.append(Response(cp.competitor, cp.supporter, cp.label, first, "; ".join(parts)))
            continue
        if cp.beyond_base or not cp.candidates:
            why = "the business goal is beyond the current relationship base"
        else:
            w = cp.candidates[0]
            h = later[w.person].hours if w.person in later else None
            why = (f"best candidate {w.label} does not fit this cycle's capacity"
                   + (f" ({h} h)" if h else ""))
        out.append(Response(cp.competitor, cp.supporter, cp.label, None,
                            f"{NO_COUNTERWEIGHT}: {why}"))
    return out
