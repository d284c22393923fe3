"""Sizing one candidate: the realistic move, its worth, hours, owners, sponsor and dates.

* **Move** (rule of thumb, one or two notches a cycle): an opponent is made neutral
  (-3 only to -1), a neutral or leaning person is won to support, a supporter made to
  act. A person backing a competitor with +3 can at best be made neutral.
* **Worth** = chance x (the person's own share of the chain's power x notches moved
  + the share of each uncountered competitor supporter they answer
  + strength x share of each decider they sway, one notch
  + strength x share of each chain member whose specification they write),
  weighted by the market goal (:data:`GOAL_WEIGHTS`). Below :data:`MIN_VALUE` the
  person is left alone: a move worth nothing is never chosen.
* **Owners** never create a gap: a proposed owner knows the person, is not the other
  role's holder, is at most one level below them and owns fewer than
  :data:`MAX_OWNED` people of the account (the coverage check's limits). When nobody
  who knows the person is free, the owner B who knows them steps up to owner A, and
  the backup (owner B) may be someone who does not know them yet, if our function
  faces their department (business fit, as for sponsors), they have room and
  :data:`BACKUP_HOURS` spare, and owner A introduces them within :data:`INTRO_DAYS` of
  the first review: that closes a missing or doubled B. The introduction is part of the
  proposal (:func:`~kamgraph.planning.targets.with_assignments` marks it, so the coverage
  check run on the plan does not list the plan's own step as a gap); on the account the
  new backup stays "an owner who does not know them" until the acquaintance is recorded,
  and the plan says so.
* **Only key persons get owners and sponsors.** A target the coverage check does not
  hold as a key person (no role, key post, owner or sponsor, low score: the design
  institute's vice-president who sways the CEO) is worked by whoever starts the warm
  path, without A/B roles or a sponsor (the plan says so): naming an owner would make
  them a key person with no backup and no information channel, gaps it cannot staff.
* **Sponsors** are of equal level (our C-level for their C-level and board) and have
  spare hours; an overbooked one is proposed only with the overbooking stated.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field

import networkx as nx

from kamgraph.analyzers.coverage import SPONSOR_WEIGHT, owner_limit
from kamgraph.analyzers.influence import dm_weights
from kamgraph.analyzers.out_of_touch import OTHERS_DAYS, OUT_OF_TOUCH_DAYS, as_of
from kamgraph.i18n import N_
from kamgraph.planning.candidates import Candidate, Context
from kamgraph.planning.first_steps import first_steps
from kamgraph.planning.peers import preferred_path
from kamgraph.planning.said import said
from kamgraph.planning.schedule import deadline_for, occasions_for
from kamgraph.planning.sponsors import (
    SPONSOR_HOURS,
    SponsorPool,
    business_fit,
    functions_of,
    match_sponsors,
    sponsor_pool,
    staff_load,
)
from kamgraph.planning.types import Cycle, MarketGoal, Target, Timeline
from kamgraph.planning.words import Say, W, say

__all__ = ["SUCCESS", "BASE_HOURS", "MIN_VALUE", "MAX_OWNED", "BACKUP_HOURS", "INTRO_DAYS",
           "GOAL_WEIGHTS", "DEFAULT_STAFF_HOURS", "Ledger", "ledger", "size"]

SUCCESS: dict[int, float] = {1: 0.7, 2: 0.5, 3: 0.35}
BASE_HOURS: dict[str, float] = {"make act": 16.0, "win support": 32.0, "neutralise": 24.0}
MIN_VALUE = 0.005
MAX_OWNED = 6
#: Hours a new backup (owner B) who does not know the person yet needs this cycle: the
#: introduction by owner A and a touch each quarter.
BACKUP_HOURS = 12.0
#: Days after the first review by which owner A introduces a new backup (never after the
#: target's deadline).
INTRO_DAYS = 21
DEFAULT_STAFF_HOURS = 80.0
#: market goal type -> weight of each part of a target's worth
GOAL_WEIGHTS: dict[str | None, dict[str, float]] = {
    "competition": {"own": 1.0, "counter": 1.5, "sway": 1.25, "spec": 1.5},
    "share": {"own": 1.25, "counter": 1.0, "sway": 1.25, "spec": 1.25},
    "profit": {"own": 1.0, "counter": 1.0, "sway": 1.0, "spec": 1.0},
    "territory": {"own": 1.25, "counter": 1.0, "sway": 1.0, "spec": 1.0},
    None: {"own": 1.0, "counter": 1.0, "sway": 1.0, "spec": 1.0},
}
_PROFIT_ROLES = {"approver", "buyer"}


@dataclass
class Ledger:
    """Our staff's hours and ownerships as the plan assigns them (no self-made gaps)."""

    capacity: dict[str, float]
    spare: dict[str, float]
    owned: dict[str, set[str]]
    owners: dict[str, dict[str, list[str]]]
    sponsors: dict[str, list[str]]
    knows: dict[str, dict[str, float]] = field(default_factory=dict)
    pool: SponsorPool | None = None
    #: (staff, person) -> latest logged contact; the account's own date; decision makers
    met: dict[tuple[str, str], dt.date] = field(default_factory=dict)
    day: dt.date | None = None
    dms: set[str] = field(default_factory=set)

    def stale(self, s: str, p: str) -> dt.date | None:
        """``s``'s last contact with ``p`` when it is old enough for the coverage check to
        call them out of touch as owner A (a quarter for a decision maker, else half a
        year); None when recent or never logged (a new owner has none yet)."""
        last = self.met.get((s, p))
        window = OUT_OF_TOUCH_DAYS if p in self.dms else OTHERS_DAYS
        return last if last and self.day and (self.day - last).days >= window else None


def ledger(ctx: Context) -> Ledger:
    G, active = ctx.G, set(ctx.active)
    load = staff_load(G)
    cap: dict[str, float] = {}
    for s in ctx.active:
        c = G.nodes[s].get("capacity_hours")
        cap[s] = float(DEFAULT_STAFF_HOURS if c is None else c)
    owned: dict[str, set[str]] = {s: set() for s in ctx.active}
    owners: dict[str, dict[str, list[str]]] = {}
    sponsors: dict[str, list[str]] = {}
    knows: dict[str, dict[str, float]] = {}
    met: dict[tuple[str, str], dt.date] = {}  # as out_of_touch.last_contacts, same pass
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t == "INTERACTED" and isinstance(on := d.get("on"), dt.date):
            met[(u, v)] = max(on, met.get((u, v), on))
        elif t == "OWNS" and u in active:
            owned[u].add(v)
            owners.setdefault(v, {}).setdefault(str(d.get("role")), []).append(u)
        elif t == "SPONSORS" and u in active:
            sponsors.setdefault(v, []).append(u)
        elif t == "KNOWS" and u in active:
            k = knows.setdefault(v, {})
            k[u] = max(k.get(u, 0.0), float(d.get("strength") or 0))
    weights, guessed = dm_weights(G, ctx.analysis)
    return Ledger(cap, {s: cap[s] - load.get(s, 0.0) for s in ctx.active}, owned, owners,
                  {p: sorted(x) for p, x in sponsors.items()}, knows, sponsor_pool(G), met,
                  as_of(met), set() if guessed else
                  {p for p, w in weights.items() if w >= SPONSOR_WEIGHT})


def _l(G: nx.MultiDiGraph, n: str | None) -> str:
    return "" if n is None else str(G.nodes[n].get("label") or n)


def _move(G: nx.MultiDiGraph, p: str) -> tuple[str, int, list[Say]] | None:
    n = G.nodes[p]
    st = n.get("stance")
    s = 0 if st is None else st
    comp = max((v for k, v in (n.get("stances") or {}).items() if k != "us"), default=0)
    notes: list[Say] = []
    if s <= -1:
        desired = min(0, s + 2)
        if desired < 0:
            notes.append(say("note_two_notches"))
        return "neutralise", desired, notes
    if s == 3:
        return None
    if comp >= 3:
        notes.append(say("note_competitor_backer"))
        return None
    if s == 2:
        return "make act", 3, notes
    return "win support", min(2, s + 2), notes


def _rank(G: nx.MultiDiGraph, n: str) -> int:
    return int(G.nodes[n].get("rank") or 0)


def _owner_ok(G: nx.MultiDiGraph, L: Ledger, s: str, p: str, other: str | None,
              hours: float = 0.0) -> bool:
    rs, rp = _rank(G, s), _rank(G, p)
    # the coverage check's own limit, so that a fill-in never makes an owner overloaded
    return (s != other and len(L.owned.get(s, ())) < min(MAX_OWNED, owner_limit(G, s))
            and L.spare.get(s, 0.0) >= hours
            and L.knows.get(p, {}).get(s, 0.0) > 0 and not (rs and rp and rp - rs >= 2))


def _room(G: nx.MultiDiGraph, L: Ledger, s: str) -> bool:
    return len(L.owned.get(s, ())) < min(MAX_OWNED, owner_limit(G, s))


def _not_far_below(G: nx.MultiDiGraph, s: str, p: str) -> bool:
    rs, rp = _rank(G, s), _rank(G, p)
    return not (rs and rp and rp - rs >= 2)


def _backup(G: nx.MultiDiGraph, L: Ledger, p: str, a: str | None) -> str | None:
    """A backup who does not know ``p`` yet: owner A (who knows them) can introduce
    them, our function faces their department, room and spare hours, not far below;
    never one of our executives (their time goes to sponsoring)."""
    if a is None or L.knows.get(p, {}).get(a, 0.0) <= 0:
        return None
    fits = [s for s in sorted(L.spare) if s != a and L.knows.get(p, {}).get(s, 0.0) <= 0
            and "executive" not in functions_of(G, s) and _rank(G, s) < 5  # sponsors' time
            and _room(G, L, s) and L.spare[s] >= BACKUP_HOURS and _not_far_below(G, s, p)
            and business_fit(G, s, p)[0] >= 1.0]
    return min(fits, key=lambda s: (abs(_rank(G, s) - _rank(G, p)), -L.spare[s], s),
               default=None)


def _owners(G: nx.MultiDiGraph, L: Ledger, p: str, prefer: str | None, hours: float,
            intro_by: dt.date) -> tuple[str | None, str | None, str | None, list[Say]]:
    """Owner A, owner B, who introduces a new backup who does not know ``p`` yet (owner A,
    by ``intro_by``; else None), and the notes."""
    own = L.owners.get(p, {})
    a = next(iter(own.get("A") or ()), None)
    b = next((x for x in own.get("B", []) if x != a), None)
    notes: list[Say] = []
    pool = sorted(L.knows.get(p, {}), key=lambda s: (s != prefer, -L.knows[p][s],
                                                     -L.spare.get(s, 0.0), s))
    stepped: str | None = None
    if a is None:
        # who met them lately first: an owner A whose last visit is long past is a gap
        a = next((s for s in sorted(pool, key=lambda s: L.stale(s, p) is not None)
                  if _owner_ok(G, L, s, p, b, hours)), None)
        if a is None and b is not None and L.knows.get(p, {}).get(b, 0.0) > 0 \
                and L.spare.get(b, 0.0) >= hours and _not_far_below(G, b, p) \
                and len(L.owned.get(b, ())) <= min(MAX_OWNED, owner_limit(G, b)):
            # the backup who knows them takes the lead (they own the person already; an
            # overloaded one would carry a heavier role and worsen their overload row)
            notes.append(said(N_("no owner A: owner B {who} steps up (knows them, has the "
                                 "hours); a new backup is needed"), who=_l(G, b)))
            a, b, stepped = b, None, b
            L.owners[p]["B"] = [x for x in L.owners[p]["B"] if x != a]
            L.owners[p].setdefault("A", []).append(a)
        else:
            notes.append(say("owner_a_proposed", who=_l(G, a)) if a else say("owner_a_none"))
            if a:
                L.owned[a].add(p)
                L.owners.setdefault(p, {}).setdefault("A", []).append(a)
        last = L.stale(a, p) if a else None
        if a and last:  # nobody who met them lately can lead: say what the check will show
            notes.append(said(N_("{who} last met them on {last}: until a new visit is "
                                 "logged, the coverage check lists {who} as an owner A "
                                 "out of touch"), who=_l(G, a), last=last.isoformat()))
    intro: str | None = None
    if b is None:
        b = next((s for s in pool if _owner_ok(G, L, s, p, a)), None)
        was_same = a in own.get("B", [])
        if b:
            notes.append(say("owner_b_proposed", who=_l(G, b),
                             same_k=W("was_same" if was_same else "was_none")))
        else:
            b = _backup(G, L, p, a)
            if b:
                L.spare[b] -= BACKUP_HOURS
                intro = a
                notes.append(said(N_("owner B proposed: {who}, whose function faces their "
                                     "department but who does not know them yet: owner A "
                                     "{owner} introduces them by {date} ({hours} h this "
                                     "cycle); until their acquaintance is recorded, the "
                                     "coverage check lists {who} as an owner who does not "
                                     "know them"),
                                  who=_l(G, b), owner=_l(G, a), hours=int(BACKUP_HOURS),
                                  date=intro_by.isoformat()))
            elif stepped:  # no one to take their place as backup: stepping up only moves the gap
                L.owners[p]["A"].remove(stepped)
                L.owners[p]["B"].append(stepped)
                a, b = None, stepped
                notes = [said(N_("no owner A: owner B {who} knows them but can lead only "
                                 "once a new backup takes their place, and nobody can be one "
                                 "without creating a gap: name a backup, then {who} steps "
                                 "up"), who=_l(G, stepped))]
                return a, b, None, notes
            else:
                notes.append(say("owner_b_none"))
        if b:
            L.owned.setdefault(b, set()).add(p)
            L.owners.setdefault(p, {}).setdefault("B", []).append(b)
    return a, b, intro, notes


def _not_covered(G: nx.MultiDiGraph, carrier: str | None) -> Say:
    """Why a person outside the coverage check gets no owners or sponsor, and who works."""
    if carrier is None:
        return said(N_("not a key person of the coverage check: no owners or sponsor "
                       "proposed (covering them would also need a backup and two "
                       "information channels), and nobody of ours has a tie to them yet"))
    return said(N_("not a key person of the coverage check: no owners or sponsor proposed "
                   "(covering them would also need a backup and two information channels, "
                   "which the plan cannot staff); {who} carries the work along the warm "
                   "path"), who=_l(G, carrier))


def _sponsor(G: nx.MultiDiGraph, L: Ledger, p: str,
             owners: set[str | None]) -> tuple[str | None, int, list[Say]]:
    """Current or proposed sponsor (never one of the person's owners), new hours, and why."""
    n = G.nodes[p]
    if _rank(G, p) < 3 and not {"decider", "approver"} & set(n.get("roles") or ()):
        return None, 0, []
    need = min(max(_rank(G, p), 3), 5)
    cur = L.sponsors.get(p, [])
    if cur:
        s = cur[0]
        notes = [say("sponsor_current", who=_l(G, s))]
        if L.spare.get(s, 0.0) < 0:
            notes.append(say("sponsor_overbooked", who=_l(G, s), spare=L.spare[s],
                             cap=L.capacity[s]))
        return s, 0, notes
    match = match_sponsors(G, p, top=50, pool=L.pool)
    cands = [c for c in (match[0].candidates if match else ())
             if c.staff in L.spare and c.staff not in owners]
    fit = [c for c in cands if _rank(G, c.staff) >= need]
    if not fit:
        return None, 0, [say("sponsor_none_level", level_k=W(str(n.get("level") or "")))]
    free = [c for c in fit if L.spare[c.staff] >= SPONSOR_HOURS]
    best = (free or fit)[0]
    L.spare[best.staff] -= SPONSOR_HOURS
    gap = _rank(G, best.staff) - _rank(G, p)
    notes = [say("sponsor_proposed", who=best.label, score=best.score,
                 parity=say("sp_equal") if gap == 0 else say("sp_above", n=gap),
                 fit=W("sp_fit" if best.fit >= 1 else "sp_general" if best.fit > 0
                       else "sp_no_fit"),
                 history=say("sp_history", s=best.history) if best.history > 0
                 else W("sp_no_history"),
                 spare=say("sp_spare", spare=best.spare_hours, cap=L.capacity[best.staff])
                 if best.spare_hours is not None else W("sp_spare_unknown"))]
    if not free:
        notes.append(say("sponsor_overbooked", who=best.label,
                         spare=L.spare[best.staff] + SPONSOR_HOURS, cap=L.capacity[best.staff]))
    return best.staff, int(SPONSOR_HOURS), notes


def size(ctx: Context, c: Candidate, L: Ledger, goal: MarketGoal, cycle: Cycle,
         timeline: Timeline) -> Target | Say:
    """The sized target, or why the person is left alone."""
    G, p = ctx.G, c.person
    n = G.nodes[p]
    mv = _move(G, p)
    if mv is None:
        return say("left_exclusive") if n.get("stance") == 3 else say("left_competitor_backer")
    action, desired, notes = mv
    st = n.get("stance")
    steps = desired - (0 if st is None else st)
    chance = SUCCESS.get(steps, 0.3)
    gw = GOAL_WEIGHTS.get(goal.type, GOAL_WEIGHTS[None])
    own_w = gw["own"] * (1.5 if goal.type == "profit" and _PROFIT_ROLES & set(
        n.get("roles") or ()) else 1.0)
    move = chance * ctx.weight(p) * steps
    counter = sum(chance * ctx.power.get(x, 0.0) / ctx.total for x in c.counters if x != p)
    sway = sum(chance * s * ctx.weight(d) for d, s in c.sways)
    spec = sum(chance * s * ctx.weight(m) for m, s in c.spec_sway)
    value = (own_w * move + gw["counter"] * counter + gw["sway"] * sway + gw["spec"] * spec)
    if value < MIN_VALUE:
        return say("left_worthless", value=value)
    path, res, path_note = preferred_path(G, ctx.ix, p, ctx.above)
    factor = 1.0 if path and path.strength >= 0.5 else 1.25 if path else 1.5
    hours = int(math.ceil(BASE_HOURS[action] * (steps if action == "neutralise" else 1) * factor))
    review = cycle.start + dt.timedelta(days=7)
    roles = list(n.get("roles") or ()) + (["spec-writer"] if c.spec_writer else [])
    if c.sways:
        roles += [r for d, _ in c.sways for r in (G.nodes[d].get("roles") or ())]
    deadline, milestone = deadline_for(roles, timeline, cycle, goal, after=review)
    intro: str | None = None
    if ctx.covered(p):
        a, b, intro, owner_notes = _owners(
            G, L, p, path.source if path else None, hours,
            min(deadline, review + dt.timedelta(days=INTRO_DAYS)))
        sponsor, sponsor_h, sponsor_notes = _sponsor(G, L, p, {a, b})
    else:
        a = b = sponsor = None
        sponsor_h, sponsor_notes = 0, []
        owner_notes = [_not_covered(G, path.source if path else None)]
    interests = (n.get("interest_personal"), n.get("interest_org"))
    s_word: W | str = W("unknown") if st is None else W(f"stance{st:+d}")
    why: list[Say] = [say("why_action", action_k=W(action), now=s_word,
                          desired=W(f"stance{desired:+d}"), chance=chance, value=value), *notes]
    how: list[Say] = [say("why_sways", who=_l(G, d), strength=s) for d, s in c.sways]
    if c.spec_writer:
        how.append(say("why_spec", names=", ".join(_l(G, m) for m, _ in c.spec_sway)))
    for x in c.counters:
        how.append(say("why_is_supporter") if x == p else say("why_counters", who=_l(G, x)))
    if c.member and not how:
        how.append(say("why_member", share=ctx.weight(p)))
    goal_say = (say("goal_serves", goal_k=W(f"goal_{goal.type}"), target=goal.target or "",
                    how=how[0]) if goal.type or goal.target else
                say("goal_none_serves", how=how[0] if how else say("why_member", share=0.0)))
    carrier = a or (path.source if path else None)
    supervisor = G.nodes[carrier].get("supervisor") if carrier else None
    ex = _rank(G, p) >= 3 or bool(n.get("outside"))
    return Target(
        person=p, label=_l(G, p), roles=tuple(n.get("roles") or ()), level=n.get("level"),
        power=ctx.power.get(p, 0.0), stance=st, desired=desired, action=action,
        chance=chance, move=move, value=value, hours=hours, sponsor_hours=sponsor_h,
        owner_a=a, owner_b=b, sponsor=sponsor, introduced_by=intro, path=path,
        path_note=path_note,
        review=review, deadline=deadline, milestone=milestone,
        supervisor=supervisor if supervisor in G else None, goal=goal_say,
        counters=c.counters, sways=tuple(d for d, _ in c.sways), spec_writer=c.spec_writer,
        owner_notes=tuple(owner_notes), sponsor_notes=tuple(sponsor_notes),
        first_steps=tuple(first_steps(G, p, action=action, owner=carrier, sponsor=sponsor,
                                      path=path, res=res, deadline=deadline,
                                      counters=c.counters, sways=tuple(d for d, _ in c.sways),
                                      interests=interests)),
        occasions=tuple(occasions_for(G, p, start=cycle.start, deadline=deadline,
                                      executive=ex, sponsor=sponsor)),
        interests=interests, reasons=tuple(why + how),
    )

