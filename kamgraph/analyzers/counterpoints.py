"""Competitor-supporter counterpoints: can we counter every supporter of a competitor?

A supporter of competitor C is a person whose current stance toward C is at least
:data:`SUPPORT` (+2). They are *countered* by a supporter of ours (stance toward us >= +2)
who is at least as strong (power >= theirs, see :mod:`kamgraph.analyzers.influence`), at
least equal in level (their *standing*: own rank, or the rank of someone they sway
directly at :data:`STRONG_LINK` or more) and able to press on them or on the decision
makers they sway (an influence path of at least :data:`PRESS_MIN`).

Uncountered supporters get ranked *candidates*: people who can press on them (anyone but
strong opponents of ours and supporters of the same competitor), scored::

    score = 0.4 * min(1, power / supporter power) + 0.25 * convertibility
          + 0.15 * reachability + 0.2 * press
    convertibility = 1 - max(0, 2 - stance toward us) / 5     # unknown stance = 0
    reachability   = strongest KNOWS/OWNS tie chain from our active staff (0 if none)

Candidates strong enough to counter come first. When not even the best candidate is
strong enough, the verdict says the goal is beyond the current relationship base.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.influence import (
    InfluenceNet,
    InfluencePath,
    describe_path,
    fmt,
    influence_net,
    paths_to,
    person_brief,
    power_parts,
    stance_of,
)
from kamgraph.analyzers.reach import staff_reach
from kamgraph.analyzers.shared import sharing
from kamgraph.errors import NotFound
from kamgraph.model import STANCE_LABELS

__all__ = ["SUPPORT", "PRESS_MIN", "STRONG_LINK", "MAX_CANDIDATES", "Counterweight",
           "Counterpoint", "CounterpointReport", "counterpoints"]

SUPPORT = 2
PRESS_MIN = 0.2
STRONG_LINK = 0.5
MAX_CANDIDATES = 5
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
    reach_path: InfluencePath | None
    press: float
    press_path: InfluencePath
    strong_enough: bool
    score: float
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person, "label": self.label, "power": round(self.power, 6),
            "rank": self.rank, "standing": self.standing, "stance": self.stance,
            "convertibility": round(self.convertibility, 6), "reach": round(self.reach, 6),
            "reach_path": list(self.reach_path.nodes) if self.reach_path else None,
            "press": round(self.press, 6), "press_path": list(self.press_path.nodes),
            "strong_enough": self.strong_enough, "score": round(self.score, 6),
            "reasons": list(self.reasons),
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

    @property
    def countered(self) -> bool:
        return bool(self.countered_by)

    def to_dict(self) -> dict[str, Any]:
        return {
            "competitor": self.competitor, "competitor_name": self.competitor_name,
            "supporter": self.supporter, "label": self.label, "stance": self.stance,
            "power": round(self.power, 6), "rank": self.rank, "sways": list(self.sways),
            "countered": self.countered,
            "countered_by": [c.to_dict() for c in self.countered_by],
            "candidates": [c.to_dict() for c in self.candidates],
            "beyond_base": self.beyond_base, "reasons": list(self.reasons),
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

    def to_dict(self) -> dict[str, Any]:
        return {"competitors": dict(self.competitors),
                "items": [c.to_dict() for c in self.items],
                "uncountered": [c.supporter for c in self.uncountered],
                "reasons": list(self.reasons)}


def _standing(G: nx.MultiDiGraph, net: InfluenceNet, p: str) -> int:
    ranks = [int(G.nodes[p].get("rank") or 0)]
    ranks += [int(G.nodes[t].get("rank") or 0) for t, h in net.out.get(p, {}).items()
              if h.strength >= STRONG_LINK]
    return max(ranks)


def _stance_words(v: int | None) -> str:
    return "unknown stance" if v is None else f"stance {v:+d} ({STANCE_LABELS.get(v, '?')})"


def counterpoints(G: nx.MultiDiGraph, *, competitor: str | None = None,
                  max_hops: int = 4, min_strength: float = 0.05) -> CounterpointReport:
    """For every supporter of a competitor: are they countered, and by whom or whom next.

    ``competitor`` limits the report to one competitor id of ``G.graph["competitors"]``.
    Items are ordered by competitor id, then supporter power (strongest first), then id.
    """
    with sharing(G):
        return _counterpoints(G, competitor=competitor, max_hops=max_hops,
                              min_strength=min_strength)


def _counterpoints(G: nx.MultiDiGraph, *, competitor: str | None = None,
                  max_hops: int = 4, min_strength: float = 0.05) -> CounterpointReport:
    comps: dict[str, str] = dict(G.graph.get("competitors") or {})
    if competitor is not None:
        if competitor not in comps:
            raise NotFound(f"no competitor {competitor!r} in scope "
                           f"(known: {', '.join(sorted(comps)) or 'none'})")
        comps = {competitor: comps[competitor]}
    net = influence_net(G)
    parts = power_parts(G, max_hops=max_hops, min_strength=min_strength)
    pw = {p: x.total for p, x in parts.items()}
    reach = staff_reach(G)

    standings: dict[str, int] = {}
    us = {p: stance_of(G, p) for p in parts}

    def to(t: str) -> dict[str, InfluencePath]:
        return paths_to(G, t, max_hops=max_hops, min_strength=min_strength)

    items: list[Counterpoint] = []
    for c in sorted(comps):
        to_c = {p: stance_of(G, p, c) for p in parts}
        sups = [p for p in parts if (to_c[p] or 0) >= SUPPORT]
        for x in sorted(sups, key=lambda p: (-round(pw[p], 9), p)):
            items.append(_one(G, net, c, comps[c], x, pw, parts[x].sways, reach, to,
                              standings, us, to_c))
    n_unc = sum(1 for i in items if not i.countered)
    reasons = [f"{len(items)} supporter(s) of {len(comps)} competitor(s); {n_unc} uncountered"]
    if not comps:
        reasons = ["no competitor in scope"]
    return CounterpointReport(comps, tuple(items), reasons)


def _one(G: nx.MultiDiGraph, net: InfluenceNet, c: str, cname: str, x: str,
         pw: dict[str, float], sways: tuple[InfluencePath, ...],
         reach: dict[str, InfluencePath], paths_to: Callable[[str], dict[str, InfluencePath]],
         standings: dict[str, int], us: dict[str, int | None],
         to_c: dict[str, int | None]) -> Counterpoint:
    xrank = int(G.nodes[x].get("rank") or 0)
    swayed = sorted({p.target for p in sways})
    press: dict[str, InfluencePath] = {}
    for t in [x, *swayed]:
        for s, path in paths_to(t).items():
            if s == x or s == t:
                continue
            old = press.get(s)
            if old is None or path.strength > old.strength + _EPS or (
                    abs(path.strength - old.strength) <= _EPS and
                    (t != x, t) < (old.target != x, old.target)):
                press[s] = path
    # rank everyone who can press first; reasons in words only for those reported
    countered_ids: list[tuple[float, str]] = []
    cand_ids: list[tuple[bool, float, str]] = []
    for s in sorted(press):
        st_c = to_c[s]
        st = us[s]
        if (st_c or 0) >= SUPPORT or (st is not None and st <= -3):
            continue
        pp = press[s]
        standing = standings[s] if s in standings else standings.setdefault(
            s, _standing(G, net, s))
        strong = (pw[s] >= pw[x] - _EPS and standing >= xrank and pp.strength >= PRESS_MIN)
        if strong and (st or 0) >= SUPPORT:
            countered_ids.append((-round(pw[s], 9), s))
            continue
        conv = 1 - max(0, 2 - (st or 0)) / 5
        rp = reach.get(s)
        r = rp.strength if rp else 0.0
        ratio = min(1.0, pw[s] / pw[x]) if pw[x] > 0 else 1.0
        score = 0.4 * ratio + 0.25 * conv + 0.15 * r + 0.2 * pp.strength
        cand_ids.append((not strong, -round(score, 9), s))
    countered_ids.sort()
    cand_ids.sort()

    def weight(s: str) -> Counterweight:
        st = stance_of(G, s)
        pp = press[s]
        standing = standings[s]
        strong = (pw[s] >= pw[x] - _EPS and standing >= xrank and pp.strength >= PRESS_MIN)
        conv = 1 - max(0, 2 - (st or 0)) / 5
        rp = reach.get(s)
        r = rp.strength if rp else 0.0
        ratio = min(1.0, pw[s] / pw[x]) if pw[x] > 0 else 1.0
        score = 0.4 * ratio + 0.25 * conv + 0.15 * r + 0.2 * pp.strength
        why = [f"power {fmt(pw[s])} vs {fmt(pw[x])}, standing rank {standing} vs {xrank}: "
               f"{'strong enough' if strong else 'weaker'}"]
        on = "directly" if pp.target == x else f"on {person_brief(G, pp.target)}, whom they sway,"
        why.append(f"can press {on} {describe_path(G, pp)}, strength {fmt(pp.strength)}")
        why.append(_stance_words(st) + (f", {max(0, 2 - st)} step(s) from supportive"
                                         if st is not None and st < 2 else ""))
        if rp:
            who = G.nodes[rp.source].get("label") or rp.source
            why.append(f"reachable by {who} {describe_path(G, rp)}, strength {fmt(r)}")
        else:
            why.append("not reachable through our staff's ties")
        return Counterweight(s, str(G.nodes[s].get("label") or s), pw[s],
                             int(G.nodes[s].get("rank") or 0), standing, st, conv, r, rp,
                             pp.strength, pp, strong, score, why)

    countered = [weight(s) for _, s in countered_ids]
    cands = [weight(s) for *_, s in cand_ids[:MAX_CANDIDATES]] if not countered else []
    beyond = not countered and not any(w.strong_enough for w in cands)
    st_x = int(stance_of(G, x, c) or 0)
    reasons = [f"supports {cname} ({st_x:+d} {STANCE_LABELS.get(st_x, '?')}), "
               f"power {fmt(pw[x])}"]
    for p in sways[:3]:
        reasons.append(f"sways {person_brief(G, p.target)} {describe_path(G, p)}, "
                       f"strength {fmt(p.strength)}")
    if countered:
        w = countered[0]
        reasons.append(f"countered by {person_brief(G, w.person)}: {w.reasons[1]}")
    else:
        reasons.append("no supporter of ours at least equal in level and power can press on "
                       "them or on the people they sway")
        if beyond:
            best = (f"the best candidate, {cands[0].label}, is weaker" if cands
                    else "no one can press on them")
            reasons.append(f"{best}: the business goal is beyond the current relationship base")
        else:
            reasons.append(f"best candidate to become the counterweight: {cands[0].label}")
    return Counterpoint(c, cname, x, str(G.nodes[x].get("label") or x), st_x, pw[x], xrank,
                        tuple(swayed), tuple(countered), tuple(cands), beyond, reasons)
