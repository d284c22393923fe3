"""A/B coverage gaps (AB角): key persons our side does not hold firmly enough.

Each gap kind is one small rule function over one key person (:data:`RULES`), plus one
account-wide rule for overloaded owners (one row per owner, listing their people).
Key persons by default: everyone with a role or a seat on a deciding body in scope,
holders of key posts, people we already own or sponsor, and anyone with a key-person
score of at least :data:`KEY_SCORE`. Oversight people (discipline, audit, tender
office, evaluation experts) are kept procedurally neutral: no gaps are raised on them.

==================  ============================================================
kind                meaning
==================  ============================================================
no-owner-a          nobody is owner A
no-owner-b          nobody is owner B (backup)
same-a-b            the same staff member is both A and B
owner-left          an owner (A or B) has left our company
owner-overloaded    an owner holds more people than their level and hours allow
owner-far-below     an owner is :data:`FAR_BELOW` or more levels below the person
owner-not-knowing   an owner has no KNOWS tie to the person (not a plan's new backup
                    whose introduction by an owner who knows them it schedules)
owner-out-of-touch  owner A has logged no contact with the person for a quarter (a
                    decision maker) or half a year (out_of_touch.py)
few-channels        fewer than two independent INFORMS channels (same ``via`` = one)
no-sponsor          a decision maker (weight >= :data:`SPONSOR_WEIGHT`) without a sponsor
==================  ============================================================

Severity follows the person's power: the base severity of the kind, one step up for
the most powerful third of the key persons, one step down for the least powerful third.
An overloaded owner's row is rated by the overload itself (:func:`overload_severity`):
how far over their limit they are, and whether decision makers lose their attention.
A fix never proposes someone who already holds that role for the person, nor makes
owner A and owner B the same person.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.gap_facts import (
    FAR_BELOW,
    HOURS_PER_PERSON,
    LEVEL_LIMIT,
    Facts,
    Found,
    Rule,
    owner_limit,
)
from kamgraph.analyzers.influence import dm_weights, power_parts, require_person
from kamgraph.analyzers.out_of_touch import owner_out_of_touch
from kamgraph.analyzers.shapes import GapDict
from kamgraph.analyzers.words import facts, person, reason
from kamgraph.graph import label, oversight, staff

__all__ = ["GAP_KINDS", "SEVERITIES", "KEY_SCORE", "FAR_BELOW", "HOURS_PER_PERSON",
           "LEVEL_LIMIT", "Gap", "coverage_gaps", "key_set", "owner_limit", "RULES",
           "overload_severity"]

GAP_KINDS: tuple[str, ...] = (
    "no-owner-a", "no-owner-b", "same-a-b", "owner-left", "owner-overloaded",
    "owner-far-below", "owner-not-knowing", "owner-out-of-touch", "few-channels", "no-sponsor",
)
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
KEY_SCORE = 1.0
#: Decision weight (role or seat) from which a decision maker needs a sponsor.
SPONSOR_WEIGHT = 0.5


@dataclass(frozen=True)
class Gap:
    """One coverage gap on one key person (or, for an overloaded owner, their people)."""

    kind: str
    person: str
    label: str
    severity: str
    staff: str | None
    fix: str
    candidates: tuple[str, ...]
    reasons: list[str]
    people: tuple[str, ...] = ()

    def to_dict(self) -> GapDict:
        return {"kind": self.kind, "person": self.person, "label": self.label,
                "severity": self.severity, "staff": self.staff, "fix": self.fix,
                "candidates": list(self.candidates), "people": list(self.people),
                "reasons": list(self.reasons), "facts": facts([*self.reasons, self.fix])}


def key_set(G: nx.MultiDiGraph, scores: dict[str, float] | None = None,
            ctx: Analysis | None = None) -> list[str]:
    """The default key persons checked for coverage, sorted."""
    a = context(G, ctx)
    scores = scores if scores is not None else {
        p: x.total for p, x in power_parts(G, ctx=a).items()}
    seated = set(dm_weights(G, a)[0]) if not dm_weights(G, a)[1] else set()
    keys = {p for p, s in scores.items() if s >= KEY_SCORE or G.nodes[p].get("roles")}
    keys |= seated
    for _, v, _ in a.edges("OWNS", "SPONSORS"):
        if G.nodes[v].get("kind") == "person":
            keys.add(v)
    for u, v, d in a.edges("HOLDS"):
        if d.get("until") is None and G.nodes[v].get("key") and G.nodes[u].get("kind") == "person":
            keys.add(u)
    return sorted(k for k in keys if not oversight(G, k))



def _no_owner_a(f: Facts, p: str) -> list[Found]:
    if any(r == "A" for r, _ in f.owners.get(p, [])):
        return []
    c = f.owner_candidates(p)
    return [("no-owner-a", "high", None, reason("fix-owner-a", names=f.names(c)), c,
             reason("gap-no-owner-a", who=person(f.G, p)))]


def _no_owner_b(f: Facts, p: str) -> list[Found]:
    if any(r == "B" for r, _ in f.owners.get(p, [])):
        return []
    c = f.owner_candidates(p)
    dm = p in f.dms
    return [("no-owner-b", "high" if dm else "medium", None,
             reason("fix-owner-b", names=f.names(c)), c,
             reason("gap-no-owner-b-dm" if dm else "gap-no-owner-b", who=person(f.G, p)))]


def _same_a_b(f: Facts, p: str) -> list[Found]:
    own = f.owners.get(p, [])
    both = sorted({s for r, s in own if r == "A"} & {s for r, s in own if r == "B"})
    c = f.owner_candidates(p)
    return [("same-a-b", "medium", s, reason("fix-role-b", names=f.names(c)), c,
             reason("gap-same-a-b", staff=label(f.G, s), who=person(f.G, p)))
            for s in both]


def _owner_left(f: Facts, p: str) -> list[Found]:
    c = f.owner_candidates(p)
    return [("owner-left", "high", s, reason("fix-hand-role", role=r, names=f.names(c)), c,
             reason("gap-owner-left", role=r, staff=label(f.G, s)))
            for r, s in sorted(set(f.owners.get(p, []))) if s not in f.active]


def _owner_far_below(f: Facts, p: str) -> list[Found]:
    out: list[Found] = []
    rp = f.rank(p)
    for r, s in sorted(set(f.owners.get(p, []))):
        rs = f.rank(s)
        if s in f.active and rs and rp and rp - rs >= FAR_BELOW:
            taken = {x for _, x in f.owners.get(p, [])}
            c = [x for x in f.sponsor_candidates(p) if f.rank(x) >= rp - 1 and x not in taken]
            out.append(("owner-far-below", "medium" if r == "A" else "low", s,
                        reason("fix-pair", names=f.names(c)), c,
                        reason("gap-far-below", role=r, staff=label(f.G, s),
                               slevel=str(f.G.nodes[s].get("level")), n=rp - rs,
                               who=person(f.G, p), plevel=str(f.G.nodes[p].get("level")))))
    return out


def _owner_not_knowing(f: Facts, p: str) -> list[Found]:
    out: list[Found] = []
    for r, s in sorted(set(f.owners.get(p, []))):
        if s in f.active and f.kn(s, p) <= 0 and not _introduced(f, s, p):
            c = sorted((x for x in f.staff if f.kn(x, p) > 0 and x != s),
                       key=lambda x: (-f.kn(x, p), x))[:3]
            fix = (reason("fix-introduce", names=f.names(c)) if c
                   else reason("fix-warm-path"))
            out.append(("owner-not-knowing", "medium" if r == "A" else "low", s, fix, c,
                        reason("gap-not-knowing", role=r, staff=label(f.G, s),
                               who=person(f.G, p))))
    return out


def _introduced(f: Facts, s: str, p: str) -> bool:
    """A plan's new owner ``s`` whom another active owner who knows ``p`` introduces."""
    i = f.introducer.get((s, p), s)
    return i != s and i in f.active and f.kn(i, p) > 0 and any(
        x == i for _, x in f.owners.get(p, []))


def _few_channels(f: Facts, p: str) -> list[Found]:
    ch = sorted(f.channels.get(p, set()))
    if len(ch) >= 2:
        return []
    owners = {s for _, s in f.owners.get(p, [])}
    c = sorted((x for x, v in f.knows.get(p, {}).items() if v > 0 and x not in ch and x != p
                and x not in owners and (f.G.nodes[x].get("kind") != "staff" or x in f.active)),
               key=lambda x: (-f.kn(x, p), x))[:3]
    dm = p in f.dms
    fix = (reason("fix-channel", names=f.names(c)) if c else reason("fix-second-channel"))
    return [("few-channels", "high" if dm and not ch else "medium", None, fix, c,
             reason("gap-few-channels", who=person(f.G, p), n=len(ch)))]


def _no_sponsor(f: Facts, p: str) -> list[Found]:
    if p not in f.dms or f.sponsors.get(p):
        return []
    c = f.sponsor_candidates(p)
    return [("no-sponsor", "high", None, reason("fix-sponsor", names=f.names(c)), c,
             reason("gap-no-sponsor", who=person(f.G, p)))]


#: The per-person rules, in the order of :data:`GAP_KINDS`.
RULES: tuple[Rule, ...] = (_no_owner_a, _no_owner_b, _same_a_b, _owner_left, _owner_far_below,
                           _owner_not_knowing, owner_out_of_touch, _few_channels, _no_sponsor)


def overload_severity(owned: int, limit: int, a_of_dm: bool, b_of_dm: bool) -> str:
    """How bad an overload is: points for how far over the limit (1 from 1.5 times, 2
    from 3 times) and for whose attention suffers (2 when they are owner A of a
    decision maker, 1 when owner B of one): high from 3 points, medium from 2, else low.

    >>> overload_severity(4, 1, False, True), overload_severity(8, 6, True, False)
    ('high', 'medium')
    >>> overload_severity(7, 6, False, False), overload_severity(2, 1, False, True)
    ('low', 'medium')
    """
    ratio = owned / max(1, limit)
    points = (2 if ratio >= 3 else 1 if ratio >= 1.5 else 0)
    points += 2 if a_of_dm else 1 if b_of_dm else 0
    return "high" if points >= 3 else "medium" if points >= 2 else "low"


def _overloaded(f: Facts, keys: set[str], scores: dict[str, float]) -> list[Gap]:
    """One row per overloaded owner, listing the people they own (most powerful first: the
    row's person); its severity is the overload's own (:func:`overload_severity`)."""
    out: list[Gap] = []
    ranked = sorted(keys, key=lambda p: (-scores.get(p, 0.0), p))
    # decision makers; when the roles are only guessed, the most powerful third
    dms = f.dms or set(ranked[:max(1, len(ranked) // 3)])
    for s in sorted(f.load):
        if s not in f.active:
            continue
        mine = sorted(f.load[s], key=lambda p: (p not in keys, -scores.get(p, 0.0), p))
        limit = f.limit(s)
        if len(f.load[s]) <= limit:
            continue
        roles = {(r, p) for p in f.load[s] for r, x in f.owners.get(p, []) if x == s}
        sev = overload_severity(len(f.load[s]), limit, any(("A", p) in roles for p in dms),
                                any(("B", p) in roles for p in dms))
        cands = [x for x in f.staff if x != s and len(f.load.get(x, ())) < f.limit(x)]
        cands = sorted(cands, key=lambda x: (len(f.load.get(x, ())), x))[:3]
        out.append(Gap("owner-overloaded", mine[0], label(f.G, mine[0]), sev, s,
                       reason("fix-hand-over", n=len(f.load[s]) - limit, names=f.names(cands)),
                       tuple(cands), [reason("gap-overloaded", staff=label(f.G, s),
                                             n=len(f.load[s]), limit=limit,
                                             people=[label(f.G, p) for p in mine])],
                       tuple(mine)))
    return out


def coverage_gaps(G: nx.MultiDiGraph, *, key: Iterable[str] | None = None,
                  max_owned: int | None = None, ctx: Analysis | None = None) -> list[Gap]:
    """Coverage gaps of the key persons, most severe first, one row per problem.

    ``key`` replaces the default key persons (unknown ids raise
    :class:`~kamgraph.errors.NotFound`). ``max_owned`` overrides every owner's limit.
    Sorted by severity, then key-person score (highest first), then person, kind, staff.

    Examples
    --------
    >>> from kamgraph.examples import lone_decider
    >>> [g.kind for g in coverage_gaps(lone_decider())]
    ['no-owner-a', 'no-owner-b', 'few-channels', 'no-sponsor']
    """
    a = context(G, ctx)
    scores = {p: x.total for p, x in power_parts(G, ctx=a).items()}
    if key is None:
        keys = key_set(G, scores, a)
    else:
        keys = sorted(set(key))
        for p in keys:
            require_person(G, p)
    f = Facts(G, staff(G, active=True), set(staff(G, active=True)), ctx=a)
    weights, guessed = dm_weights(G, a)
    # decision makers who need a sponsor and a backup: deciders, approvers, body chairs
    # (an ordinary seat on a committee of five weighs less)
    f.dms = set() if guessed else {p for p, w in weights.items() if w >= SPONSOR_WEIGHT}
    for u, v, d in a.edges("OWNS"):
        f.owners.setdefault(v, []).append((str(d.get("role")), u))
        f.load.setdefault(u, set()).add(v)
        if d.get("introduced_by"):
            f.introducer[(u, v)] = str(d["introduced_by"])
    for u, v, d in a.edges("KNOWS"):
        s = max(0.0, float(d.get("strength") or 0.0))
        for x, y in ((u, v), (v, u)):
            row = f.knows.setdefault(y, {})
            if s > row.get(x, -1.0):  # the strongest tie of each pair
                row[x] = s
    for u, v, _ in a.edges("SPONSORS"):
        if u in f.active:
            f.sponsors.setdefault(v, []).append(u)
    for u, v, d in a.edges("INFORMS"):
        if G.nodes[u].get("kind") != "staff" or u in f.active:
            f.channels.setdefault(v, set()).add(str(d.get("via") or u))
    f.override = max_owned
    found: dict[tuple[str, str, str | None], Gap] = {}
    for p in keys:
        if oversight(G, p):
            continue
        for rule in RULES:
            for kind, sev, who, fix, cands, why in rule(f, p):
                if (kind, p, who) not in found:
                    found[(kind, p, who)] = Gap(kind, p, label(G, p), sev, who, fix,
                                                tuple(cands), [why])
    gaps = list(found.values()) + _overloaded(f, set(keys), scores)
    return _by_power(gaps, scores, keys)


def _by_power(gaps: list[Gap], scores: dict[str, float], keys: list[str]) -> list[Gap]:
    ranked = sorted(keys, key=lambda p: (-scores.get(p, 0.0), p))
    third = max(1, len(ranked) // 3)
    top, bottom = set(ranked[:third]), set(ranked[-third:]) if len(ranked) >= 3 else set()
    out: list[Gap] = []
    for g in gaps:
        i = SEVERITIES.index(g.severity)
        if g.kind == "owner-overloaded":  # rated by the overload itself
            pass
        elif g.person in top:
            i = max(0, i - 1)
        elif g.person in bottom:
            i = min(len(SEVERITIES) - 1, i + 1)
        out.append(Gap(g.kind, g.person, g.label, SEVERITIES[i], g.staff, g.fix, g.candidates,
                       g.reasons, g.people))
    order = {k: i for i, k in enumerate(GAP_KINDS)}
    out.sort(key=lambda g: (SEVERITIES.index(g.severity), -round(scores.get(g.person, 0.0), 9),
                            g.person, order[g.kind], g.staff or ""))
    return out
