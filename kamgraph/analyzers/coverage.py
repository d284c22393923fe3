"""A/B coverage gaps (AB角): key persons our side does not hold firmly enough.

Checked for each key person (default: everyone with a role in scope, holders of key
posts, people we already own or sponsor, and anyone with a key-person score of at least
:data:`KEY_SCORE`):

==================  ============================================================
kind                meaning
==================  ============================================================
no-owner-a          nobody is owner A
no-owner-b          nobody is owner B (backup)
same-a-b            the same staff member is both A and B
owner-left          an owner (A or B) has left our company
owner-overloaded    an owner owns more than ``max_owned`` people of the account
owner-far-below     an owner is :data:`FAR_BELOW` or more levels below the person
owner-not-knowing   an owner has no KNOWS tie to the person
few-channels        fewer than two independent INFORMS channels (same ``via`` = one)
no-sponsor          a decider or approver without a sponsor
==================  ============================================================

Severity is ``high``, ``medium`` or ``low``; each gap names who could fix it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.influence import DECISION_ROLES, person_brief, power_parts, require_person
from kamgraph.analyzers.reach import active_staff
from kamgraph.analyzers.shared import edges_of, sharing

__all__ = ["GAP_KINDS", "SEVERITIES", "KEY_SCORE", "FAR_BELOW", "Gap", "coverage_gaps",
           "key_set"]

GAP_KINDS: tuple[str, ...] = (
    "no-owner-a", "no-owner-b", "same-a-b", "owner-left", "owner-overloaded",
    "owner-far-below", "owner-not-knowing", "few-channels", "no-sponsor",
)
SEVERITIES: tuple[str, ...] = ("high", "medium", "low")
KEY_SCORE = 1.0
FAR_BELOW = 2


@dataclass(frozen=True)
class Gap:
    """One coverage gap on one key person."""

    kind: str
    person: str
    label: str
    severity: str
    staff: str | None
    fix: str
    candidates: tuple[str, ...]
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "person": self.person, "label": self.label,
                "severity": self.severity, "staff": self.staff, "fix": self.fix,
                "candidates": list(self.candidates), "reasons": list(self.reasons)}


def key_set(G: nx.MultiDiGraph, scores: dict[str, float] | None = None) -> list[str]:
    """The default key persons checked for coverage, sorted."""
    with sharing(G):
        return _key_set(G, scores)


def _key_set(G: nx.MultiDiGraph, scores: dict[str, float] | None = None) -> list[str]:
    scores = scores if scores is not None else {p: x.total for p, x in power_parts(G).items()}
    keys = {p for p, s in scores.items() if s >= KEY_SCORE or G.nodes[p].get("roles")}
    for _, v, _ in edges_of(G, "OWNS", "SPONSORS"):
        if G.nodes[v].get("kind") == "person":
            keys.add(v)
    for u, v, d in edges_of(G, "HOLDS"):
        if d.get("until") is None and G.nodes[v].get("key") and G.nodes[u].get("kind") == "person":
            keys.add(u)
    return sorted(keys)


def _knows(G: nx.MultiDiGraph) -> dict[str, dict[str, float]]:
    """``{b: {a: strength}}``: the strongest KNOWS tie between a and b (either way, at
    least 0), by the person it leads to; ``G`` without the tie reads as 0."""
    knows: dict[str, dict[str, float]] = {}
    for u, v, d in edges_of(G, "KNOWS"):
        s = float(d.get("strength") or 0.0)
        for a, b in ((u, v), (v, u)):
            row = knows.get(b)
            if row is None:
                knows[b] = {a: max(0.0, s)}
            else:
                row[a] = max(row.get(a, 0.0), s)
    return knows


def _label(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n)


def _rank(G: nx.MultiDiGraph, n: str) -> int:
    return int(G.nodes[n].get("rank") or 0)


def coverage_gaps(G: nx.MultiDiGraph, *, key: Iterable[str] | None = None,
                  max_owned: int = 6) -> list[Gap]:
    """Coverage gaps of the key persons, most severe first.

    ``key`` replaces the default key persons (unknown ids raise
    :class:`~kamgraph.errors.NotFound`). Sorted by severity, then key-person score
    (highest first), then person id, kind and staff id.

    Examples
    --------
    >>> from kamgraph.examples import lone_decider
    >>> G = lone_decider()
    >>> [g.kind for g in coverage_gaps(G)]
    ['no-owner-a', 'no-owner-b', 'few-channels', 'no-sponsor']
    """
    with sharing(G):
        return _coverage_gaps(G, key=key, max_owned=max_owned)


def _coverage_gaps(G: nx.MultiDiGraph, *, key: Iterable[str] | None = None,
                  max_owned: int = 6) -> list[Gap]:
    scores = {p: x.total for p, x in power_parts(G).items()}
    if key is None:
        keys = key_set(G, scores)
    else:
        keys = sorted(set(key))
        for p in keys:
            require_person(G, p)
    staff = active_staff(G)
    is_staff = set(staff)
    owners: dict[str, list[tuple[str, str]]] = {}
    load: dict[str, set[str]] = {}
    knows_to = _knows(G)
    no_ties: dict[str, float] = {}

    def kn(a: str, b: str) -> float:
        return knows_to.get(b, no_ties).get(a, 0.0)
    sponsors: dict[str, list[str]] = {}
    channels: dict[str, set[str]] = {}
    for u, v, d in edges_of(G, "OWNS"):
        owners.setdefault(v, []).append((str(d.get("role")), u))
        load.setdefault(u, set()).add(v)
    for u, v, _ in edges_of(G, "SPONSORS"):
        if u in is_staff:
            sponsors.setdefault(v, []).append(u)
    for u, v, d in edges_of(G, "INFORMS"):
        if G.nodes[u].get("kind") != "staff" or u in is_staff:
            channels.setdefault(v, set()).add(str(d.get("via") or u))

    def b_candidates(p: str, exclude: set[str]) -> list[str]:
        pool = [s for s in staff if s not in exclude and len(load.get(s, ())) < max_owned]
        return sorted(pool, key=lambda s: (-kn(s, p),
                                           abs(_rank(G, s) - _rank(G, p)),
                                           len(load.get(s, ())), s))[:3]

    def sponsor_candidates(p: str) -> list[str]:
        rp = _rank(G, p)
        return sorted(staff, key=lambda s: (_rank(G, s) < rp - 1, -kn(s, p),
                                            abs(_rank(G, s) - rp), s))[:3]

    def names(ids: list[str]) -> str:
        return ", ".join(_label(G, s) for s in ids) or "nobody available"

    gaps: list[Gap] = []
    for p in keys:
        n = G.nodes[p]
        who = person_brief(G, p)
        dm = bool(set(n.get("roles") or ()) & set(DECISION_ROLES))
        own = sorted(owners.get(p, []))
        a = [s for r, s in own if r == "A"]
        b = [s for r, s in own if r == "B"]
        all_owners = {s for _, s in own}

        def add(kind: str, sev: str, fix: str, cands: list[str], why: str,
                s: str | None = None, p: str = p) -> None:
            gaps.append(Gap(kind, p, _label(G, p), sev, s, fix, tuple(cands), [why]))

        if not a:
            c = b_candidates(p, all_owners)
            add("no-owner-a", "high", f"name an owner A: {names(c)}", c,
                f"{who} has no owner A")
        if not b:
            c = b_candidates(p, set(a))
            add("no-owner-b", "high" if dm else "medium", f"name an owner B: {names(c)}", c,
                f"{who} has no backup owner B" + (" (decision maker)" if dm else ""))
        for s in sorted(set(a) & set(b)):
            c = b_candidates(p, all_owners)
            add("same-a-b", "medium", f"give role B to someone else: {names(c)}", c,
                f"{_label(G, s)} is both owner A and owner B of {who}", s)
        for r, s in own:
            if s not in is_staff:
                c = b_candidates(p, all_owners)
                add("owner-left", "high", f"hand role {r} to {names(c)}", c,
                    f"owner {r} {_label(G, s)} has left our company", s)
                continue
            if len(load.get(s, ())) > max_owned:
                c = b_candidates(p, all_owners)
                add("owner-overloaded", "medium", f"move role {r} to {names(c)}", c,
                    f"owner {r} {_label(G, s)} owns {len(load[s])} people of the account "
                    f"(limit {max_owned}): a single point of failure", s)
            rs, rp = _rank(G, s), _rank(G, p)
            if rs and rp and rp - rs >= FAR_BELOW:
                c = [x for x in sponsor_candidates(p) if _rank(G, x) >= rp - 1]
                add("owner-far-below", "medium" if r == "A" else "low",
                    f"pair with a more senior colleague: {names(c)}", c,
                    f"owner {r} {_label(G, s)} ({G.nodes[s].get('level')}) is {rp - rs} levels "
                    f"below {who} ({n.get('level')})", s)
            if kn(s, p) <= 0:
                c = sorted((x for x in staff if kn(x, p) > 0),
                           key=lambda x: (-kn(x, p), x))[:3]
                fix = (f"have {names(c)} introduce them" if c
                       else "arrange an introduction through a warm path")
                add("owner-not-knowing", "medium" if r == "A" else "low", fix, c,
                    f"owner {r} {_label(G, s)} has no KNOWS tie to {who}", s)
        ch = sorted(channels.get(p, set()))
        if len(ch) < 2:
            c = sorted((x for x, v in knows_to.get(p, {}).items() if v > 0 and x not in ch
                        and x != p), key=lambda x: (-kn(x, p), x))[:3]
            add("few-channels", "high" if dm and not ch else "medium",
                f"open an independent channel through {names(c)}" if c
                else "find a second independent information channel", c,
                f"{who} has {len(ch)} independent information channel(s), needs 2")
        if dm and not sponsors.get(p):
            c = sponsor_candidates(p)
            add("no-sponsor", "high", f"assign a sponsor: {names(c)}", c,
                f"{who} is a decision maker without a sponsor")

    order = {k: i for i, k in enumerate(GAP_KINDS)}
    sev = {k: i for i, k in enumerate(SEVERITIES)}
    gaps.sort(key=lambda g: (sev[g.severity], -round(scores.get(g.person, 0.0), 9), g.person,
                             order[g.kind], g.staff or ""))
    return gaps
