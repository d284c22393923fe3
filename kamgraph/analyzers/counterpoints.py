"""Competitor-supporter counterpoints: can we counter every supporter of a competitor?

A supporter of competitor C has a current stance toward C of at least :data:`SUPPORT`
(+2). A *counterweight* must really weigh against them (seed 001: a CEO backing a
competitor needs a supporter of ours at board level):

- it presses on the supporter, or on a decision maker the supporter sways, with a path
  of at least :data:`PRESS_MIN` (0.3: a direct tie, or a strong two-step chain; a weak
  two-step pull is no counterweight) that is also at least :data:`COMPARABLE` times
  the supporter's own pull on that decision maker;
- it is never below the supporter in the supporter's own chain of command (a deputy
  does not stand against his boss), and never an oversight person;
- its weight: *countered* when its standing is above the supporter's rank (seed 001:
  board level against a CEO), or equal to it with power at least :data:`COMPARABLE`
  times the supporter's. Standing is the own rank; for someone off the org chart, the
  rank of the most senior person they sway at :data:`STRONG_LINK` or more.
  *Partly countered*
  (the power gap is named) when a supporter of ours presses but weighs less, though at
  least :data:`PARTLY` times the supporter's power and at most one level below;
  otherwise *uncountered*.

Supporters of ours (stance >= +2) counter; everyone else who could press (not a
supporter of the same competitor, not a strong opponent, not in oversight) is a
*candidate*, scored::

    score = 0.4 * min(1, power / supporter power) + 0.25 * convertibility
          + 0.15 * reach + 0.2 * press
    convertibility = 1 - max(0, 2 - stance toward us) / 5     # unknown stance = 0
    reach          = strongest acquaintance chain from our staff (kamgraph.analyzers.reach)

When no counterweight of comparable weight can be had, the verdict says the goal is
beyond the current relationship base.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.influence import (
    InfluenceNet,
    InfluencePath,
    PowerParts,
    influence_net,
    paths_to,
    power_parts,
)
from kamgraph.analyzers.reach import reach as staff_reach_of
from kamgraph.analyzers.shapes import CounterpointDict, CounterpointReportDict, CounterweightDict
from kamgraph.analyzers.words import describe_path, facts, fmt, label, person, reason
from kamgraph.errors import NotFound
from kamgraph.graph import oversight, rank, stance
from kamgraph.model import STANCE_LABELS

__all__ = ["SUPPORT", "PRESS_MIN", "COMPARABLE", "PARTLY", "STRONG_LINK", "MAX_CANDIDATES",
           "VERDICTS", "Counterweight", "Counterpoint", "CounterpointReport", "counterpoints"]

SUPPORT = 2
PRESS_MIN = 0.3
COMPARABLE = 0.8
PARTLY = 0.5
STRONG_LINK = 0.5
MAX_CANDIDATES = 5
VERDICTS = ("countered", "partly countered", "uncountered")
_EPS = 1e-9


@dataclass(frozen=True)
class Counterweight:
    """A supporter of ours countering a competitor's supporter, or a candidate to become one."""

    person: str
    label: str
    power: float
    rank: int
    standing: int
    stance: int | None
    convertibility: float
    reach: float
    reach_path: Any
    press: float
    press_path: InfluencePath
    strong_enough: bool
    score: float
    reasons: list[str]

    def to_dict(self) -> CounterweightDict:
        return {
            "person": self.person, "label": self.label, "power": round(self.power, 6),
            "rank": self.rank, "standing": self.standing, "stance": self.stance,
            "convertibility": round(self.convertibility, 6), "reach": round(self.reach, 6),
            "reach_path": list(self.reach_path.nodes) if self.reach_path else None,
            "press": round(self.press, 6), "press_path": list(self.press_path.nodes),
            "strong_enough": self.strong_enough, "score": round(self.score, 6),
            "reasons": list(self.reasons), "facts": facts(self.reasons),
        }


@dataclass(frozen=True)
class Counterpoint:
    """One supporter of a competitor and whether (and how) we counter them."""

    competitor: str
    competitor_name: str
    supporter: str
    label: str
    stance: int
    power: float
    rank: int
    sways: tuple[str, ...]
    countered_by: tuple[Counterweight, ...]
    candidates: tuple[Counterweight, ...]
    beyond_base: bool
    reasons: list[str]
    partly_by: tuple[Counterweight, ...] = ()

    @property
    def countered(self) -> bool:
        return bool(self.countered_by)

    @property
    def verdict(self) -> str:
        if self.countered_by:
            return "countered"
        return "partly countered" if self.partly_by else "uncountered"

    def to_dict(self) -> CounterpointDict:
        return {
            "competitor": self.competitor, "competitor_name": self.competitor_name,
            "supporter": self.supporter, "label": self.label, "stance": self.stance,
            "power": round(self.power, 6), "rank": self.rank, "sways": list(self.sways),
            "countered": self.countered, "verdict": self.verdict,
            "countered_by": [c.to_dict() for c in self.countered_by],
            "partly_by": [c.to_dict() for c in self.partly_by],
            "candidates": [c.to_dict() for c in self.candidates],
            "beyond_base": self.beyond_base, "reasons": list(self.reasons),
            "facts": facts(self.reasons),
        }


@dataclass(frozen=True)
class CounterpointReport:
    """Every competitor supporter in scope, strongest first per competitor."""

    competitors: dict[str, str]
    items: tuple[Counterpoint, ...]
    reasons: list[str]

    @property
    def uncountered(self) -> list[Counterpoint]:
        return [c for c in self.items if not c.countered]

    def to_dict(self) -> CounterpointReportDict:
        return {"competitors": dict(self.competitors),
                "items": [c.to_dict() for c in self.items],
                "uncountered": [c.supporter for c in self.uncountered],
                "reasons": list(self.reasons), "facts": facts(self.reasons)}


def _standing(G: nx.MultiDiGraph, net: InfluenceNet, p: str) -> int:
    """Own rank; for someone off the org chart (board member, spouse, consultant), the
    rank of the most senior person they sway at :data:`STRONG_LINK` or more."""
    if not G.nodes[p].get("outside"):
        return rank(G, p)
    ranks = [rank(G, p)] + [rank(G, t) for t, h in net.out.get(p, {}).items()
                            if h.strength >= STRONG_LINK]
    return max(ranks)


def _below(a: Analysis, x: str) -> set[str]:
    """Everyone below ``x`` in their chain of command (:func:`kamgraph.graph.reports`)."""
    down = a.line()[1]
    seen: set[str] = set()
    todo = list(down.get(x, ()))
    while todo:
        r = todo.pop()
        if r in seen or r == x:
            continue
        seen.add(r)
        todo += down.get(r, ())
    return seen


def counterpoints(G: nx.MultiDiGraph, *, competitor: str | None = None, max_hops: int = 4,
                  min_strength: float = 0.05, ctx: Analysis | None = None) -> CounterpointReport:
    """For every supporter of a competitor: are they countered, and by whom or whom next.

    Items are ordered by competitor id, then supporter power (strongest first), then id.
    """
    a = context(G, ctx)
    comps: dict[str, str] = dict(G.graph.get("competitors") or {})
    if competitor is not None:
        if competitor not in comps:
            raise NotFound(f"no competitor {competitor!r} in scope "
                           f"(known: {', '.join(sorted(comps)) or 'none'})")
        comps = {competitor: comps[competitor]}
    parts = power_parts(G, max_hops=max_hops, min_strength=min_strength, ctx=a)
    pw = {p: v.total for p, v in parts.items()}
    items: list[Counterpoint] = []
    for c in sorted(comps):
        sups = [p for p in parts if (stance(G, p, c) or 0) >= SUPPORT]
        for x in sorted(sups, key=lambda p: (-round(pw[p], 9), p)):
            items.append(_one(G, a, c, comps[c], x, max_hops, min_strength, parts, pw))
    if not comps:
        return CounterpointReport(comps, (), [reason("no-competitor")])
    n = {v: sum(1 for i in items if i.verdict == v) for v in VERDICTS}
    reasons: list[str] = [reason("cp-summary", n=len(items), c=len(comps),
                                 countered=n["countered"], partly=n["partly countered"],
                                 unc=n["uncountered"])]
    return CounterpointReport(comps, tuple(items), reasons)


def _one(G: nx.MultiDiGraph, a: Analysis, c: str, cname: str, x: str, max_hops: int,
         min_strength: float, parts: dict[str, PowerParts], pw: dict[str, float]) -> Counterpoint:
    net = influence_net(G, a)
    xrank = rank(G, x)
    sways = parts[x].sways
    pull = {p.target: p.strength for p in sways}
    below = _below(a, x)
    press: dict[str, InfluencePath] = {}
    # a decision maker already ours needs no counter to the supporter's pull on them
    for t in [x, *sorted(t for t in pull if (stance(G, t) or 0) < SUPPORT)]:
        need = PRESS_MIN if t == x else max(PRESS_MIN, COMPARABLE * pull[t])
        floor = max(min_strength, PRESS_MIN)  # a weaker path never presses: prune early
        for s, path in paths_to(G, t, max_hops=max_hops, min_strength=floor, ctx=a).items():
            if s in (x, t) or path.strength < need - _EPS:
                continue
            old = press.get(s)
            if old is None or path.strength > old.strength + _EPS or (
                    abs(path.strength - old.strength) <= _EPS
                    and (t != x, t) < (old.target != x, old.target)):
                press[s] = path
    countered: list[tuple[float, str]] = []
    partly: list[tuple[float, str]] = []
    cands: list[tuple[bool, float, str]] = []
    standing: dict[str, int] = {}
    strong: dict[str, bool] = {}
    for s in sorted(press):
        st_c, st = stance(G, s, c), stance(G, s)
        if (st_c or 0) >= SUPPORT or (st is not None and st <= -3) or s in below \
                or oversight(G, s):
            continue
        standing[s] = _standing(G, net, s)
        strong[s] = standing[s] > xrank or (standing[s] >= xrank
                                            and pw[s] >= COMPARABLE * pw[x] - _EPS)
        if (st or 0) >= SUPPORT:
            if strong[s]:
                countered.append((-round(pw[s], 9), s))
            elif pw[s] >= PARTLY * pw[x] - _EPS and standing[s] >= xrank - 1:
                partly.append((-round(pw[s], 9), s))
            continue
        cands.append((not strong[s], -round(_score(G, a, s, x, pw, press[s]), 9), s))
    countered.sort()
    partly.sort()
    cands.sort()

    def weight(s: str) -> Counterweight:
        st = stance(G, s)
        pp = press[s]
        conv = 1 - max(0, 2 - (st or 0)) / 5
        r = staff_reach_of(G, a)
        rp = r.path(s)
        verdict = "strong enough" if strong[s] else "weaker"
        why: list[str] = [reason("cw-power", power=pw[s], their=pw[x], standing=standing[s],
                                 rank=xrank, verdict=verdict)]
        on = "directly" if pp.target == x else reason("cw-press-on", who=person(G, pp.target))
        why.append(reason("cw-press", on=on, how=describe_path(G, pp), strength=pp.strength))
        words = "unknown stance" if st is None else (
            f"stance {st:+d} ({STANCE_LABELS.get(st, '?')})"
            + (f", {max(0, 2 - st)} step(s) from supportive" if st < 2 else ""))
        why.append(reason("cw-stance", stance=words))
        if rp is not None:
            why.append(reason("cw-reach", who=label(G, rp.source), how=rp.reason,
                              strength=rp.strength))
        else:
            why.append(reason("cw-unreachable"))
        return Counterweight(s, label(G, s), pw[s], rank(G, s), standing[s], st, conv,
                             rp.strength if rp else 0.0, rp, pp.strength, pp, strong[s],
                             _score(G, a, s, x, pw, pp), why)

    by = tuple(weight(s) for _, s in countered)
    part = tuple(weight(s) for _, s in partly[:MAX_CANDIDATES]) if not by else ()
    cand = tuple(weight(s) for *_, s in cands[:MAX_CANDIDATES]) if not by else ()
    beyond = not by and not any(w.strong_enough for w in cand)
    st_x = int(stance(G, x, c) or 0)
    reasons: list[str] = [reason("supports", competitor=cname, value=f"{st_x:+d}",
                                 words=STANCE_LABELS.get(st_x, "?"), power=pw[x])]
    for p in sways[:3]:
        reasons.append(reason("sways", who=person(G, p.target), how=describe_path(G, p),
                              strength=p.strength))
    if by:
        reasons.append(reason("countered-by", who=person(G, by[0].person), how=by[0].reasons[1]))
    else:
        if part:
            reasons.append(reason("partly-by", who=person(G, part[0].person), power=part[0].power,
                                  their=pw[x], gap=fmt(pw[x] - part[0].power)))
        else:
            reasons.append(reason("uncountered"))
        if beyond:
            best = (f"the best candidate, {cand[0].label}, is weaker" if cand
                    else "no one of comparable weight can press on them")
            reasons.append(reason("beyond-base", best=best))
        elif cand:
            reasons.append(reason("best-candidate", who=person(G, cand[0].person)))
    return Counterpoint(c, cname, x, label(G, x), st_x, pw[x], xrank,
                        tuple(sorted(pull)), by, cand, beyond, reasons, part)


def _score(G: nx.MultiDiGraph, a: Analysis, s: str, x: str, pw: dict[str, float],
           pp: InfluencePath) -> float:
    st = stance(G, s)
    conv = 1 - max(0, 2 - (st or 0)) / 5
    r = staff_reach_of(G, a).estimate(s)
    ratio = min(1.0, pw[s] / pw[x]) if pw[x] > 0 else 1.0
    return 0.4 * ratio + 0.25 * conv + 0.15 * r + 0.2 * pp.strength
