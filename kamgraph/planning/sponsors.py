"""Sponsor matching (赞助人匹配): which of our executives should sponsor whom.

For each key customer executive (a person at director level or above, or a decider or
approver) our executives (active staff at director level or above; everyone active if
there are none) are scored::

    score = 0.35 * parity + 0.25 * fit + 0.25 * history + 0.15 * capacity
    parity   = max(0, 1 - 0.3 * |rank gap|), less 0.1 when ours is below  (地位对等)
    fit      = 1 if the staff function's keywords meet the person's title/department,
               0.5 for a general-management function, else 0               (业务对口)
    history  = min(1, strongest KNOWS tie + 0.1 per interaction
               + 0.2 if any interaction went beyond the office)             (历史交往)
    capacity = spare hours / capacity_hours; spare = capacity_hours minus
               :data:`OWN_HOURS` per owned person and :data:`SPONSOR_HOURS`
               per sponsored one (unknown capacity: 0.5)

Load counts only this account's graph. Ties break by staff id.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.errors import NotFound

__all__ = ["OWN_HOURS", "SPONSOR_HOURS", "FUNCTION_KEYWORDS", "SponsorCandidate",
           "SponsorMatch", "match_sponsors", "staff_load", "executives"]

#: Hours per cycle an ownership (A or B) and a sponsorship take.
OWN_HOURS: dict[str, float] = {"A": 40.0, "B": 16.0}
SPONSOR_HOURS = 16.0
#: Staff function -> keywords of the customer's titles and departments it fits.
FUNCTION_KEYWORDS: dict[str, tuple[str, ...]] = {
    "technology": ("tech", "cto", "cio", "it", "digital", "engineering", "network", "data",
                   "r&d", "research", "技术", "信息", "数字", "研发", "网络"),
    "finance": ("finance", "cfo", "account", "treasury", "budget", "财务", "资金"),
    "procurement": ("procurement", "purchas", "sourcing", "buyer", "采购", "招标"),
    "operations": ("operation", "coo", "production", "plant", "supply", "运营", "生产"),
    "sales": ("sales", "marketing", "commercial", "customer", "销售", "市场"),
    "delivery": ("delivery", "project", "service", "operation", "交付", "项目", "服务"),
    "legal": ("legal", "compliance", "counsel", "法务", "合规"),
    "hr": ("hr", "human", "people", "人力"),
}
_GENERAL = ("executive", "general", "management", "ceo", "president", "board", "总裁", "总经理")


@dataclass(frozen=True)
class SponsorCandidate:
    """One of our executives scored as sponsor for one person."""

    staff: str
    label: str
    score: float
    parity: float
    fit: float
    history: float
    capacity: float
    spare_hours: float | None
    current: bool
    reasons: list[str]


@dataclass(frozen=True)
class SponsorMatch:
    """The ranked sponsor candidates for one customer executive."""

    person: str
    label: str
    rank: int
    current_sponsors: tuple[str, ...]
    candidates: tuple[SponsorCandidate, ...]
    reasons: list[str]

    @property
    def best(self) -> SponsorCandidate | None:
        return self.candidates[0] if self.candidates else None

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "label": self.label, "rank": self.rank,
                "current_sponsors": list(self.current_sponsors),
                "candidates": [c.__dict__ for c in self.candidates], "reasons": list(self.reasons)}


def _words(*texts: Any) -> str:
    return " ".join(str(t).lower() for t in texts if t)


def staff_load(G: nx.MultiDiGraph) -> dict[str, float]:
    """Committed hours per staff member from OWNS and SPONSORS edges of this account."""
    load: dict[str, float] = {}
    for u, _v, d in G.edges(data=True):
        t = d.get("type")
        if t == "OWNS":
            load[u] = load.get(u, 0.0) + OWN_HOURS.get(str(d.get("role")), 16.0)
        elif t == "SPONSORS":
            load[u] = load.get(u, 0.0) + SPONSOR_HOURS
    return load


def executives(G: nx.MultiDiGraph) -> list[str]:
    """Customer executives: director level or above, or deciders and approvers."""
    return sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "person" and (
        (d.get("rank") or 0) >= 3 or {"decider", "approver"} & set(d.get("roles") or ())))


def _parity(sr: int, pr: int) -> tuple[float, str]:
    if not sr or not pr:
        return 0.5, "level unknown on one side"
    gap = sr - pr
    score = max(0.0, 1 - 0.3 * abs(gap) - (0.1 if gap < 0 else 0))
    if gap == 0:
        return score, "equal in level"
    return score, f"{abs(gap)} level(s) {'above' if gap > 0 else 'below'} the person"


def _fit(G: nx.MultiDiGraph, s: str, p: str) -> tuple[float, str]:
    fn = str(G.nodes[s].get("function") or "").lower()
    pn = G.nodes[p]
    dept = pn.get("department")
    dname = G.nodes[dept].get("label") if dept and dept in G else dept
    text = _words(pn.get("title"), dname, dept)
    for key, kws in FUNCTION_KEYWORDS.items():
        if key in fn or any(k in fn for k in kws):
            tokens = text.replace("/", " ").replace(",", " ").split()
            hits = [k for k in kws if (k in tokens if k.isascii() and len(k) <= 3 else k in text)]
            if hits:
                return 1.0, f"function {fn!r} fits the person's area ({hits[0]})"
    if any(g in fn for g in _GENERAL):
        return 0.5, f"general-management function {fn!r}"
    return 0.0, f"function {fn or 'unknown'!r} does not match the person's area"


def _history(G: nx.MultiDiGraph, s: str, p: str) -> tuple[float, str]:
    tie = 0.0
    n = 0
    deep = False
    for u, v in ((s, p), (p, s)):
        for d in (G.get_edge_data(u, v) or {}).values():
            if d.get("type") == "KNOWS":
                tie = max(tie, float(d.get("strength") or 0))
            elif d.get("type") == "INTERACTED":
                n += 1
                deep = deep or d.get("depth") in ("social", "family")
    score = min(1.0, tie + 0.1 * n + (0.2 if deep else 0))
    if not tie and not n:
        return 0.0, "no shared history"
    parts = [f"knows them ({tie:.2f})"] if tie else []
    if n:
        parts.append(f"{n} interaction(s){' beyond the office' if deep else ''}")
    return score, ", ".join(parts)


def match_sponsors(G: nx.MultiDiGraph, person: str | None = None, *,
                   top: int = 3) -> list[SponsorMatch]:
    """Rank our executives as sponsors for each key customer executive (or one person).

    Examples
    --------
    >>> from kamgraph.model import AccountData
    >>> from kamgraph.projection import graph_from_data
    >>> d = AccountData()
    >>> d["account"].append({"id": "a", "name": "A"})
    >>> d["person"].append({"id": "ceo", "name": "CEO", "level": "c-level"})
    >>> d["staff"].extend([{"id": "vp", "name": "VP", "level": "vp"},
    ...                    {"id": "boss", "name": "Boss", "level": "c-level"}])
    >>> [c.staff for c in match_sponsors(graph_from_data(d))[0].candidates]
    ['boss', 'vp']
    """
    if person is not None:
        if person not in G or G.nodes[person].get("kind") != "person":
            raise NotFound(f"no person {person!r} in account {G.graph.get('account')!r}")
        targets = [person]
    else:
        targets = executives(G)
    active = sorted(n for n, d in G.nodes(data=True)
                    if d.get("kind") == "staff" and d.get("active", True))
    execs = [s for s in active if (G.nodes[s].get("rank") or 0) >= 3] or active
    load = staff_load(G)
    sponsors: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "SPONSORS":
            sponsors.setdefault(v, []).append(u)
    out: list[SponsorMatch] = []
    for p in targets:
        pn = G.nodes[p]
        cur = sorted(sponsors.get(p, []))
        cands: list[SponsorCandidate] = []
        for s in execs:
            sn = G.nodes[s]
            par, par_why = _parity(int(sn.get("rank") or 0), int(pn.get("rank") or 0))
            fit, fit_why = _fit(G, s, p)
            hist, hist_why = _history(G, s, p)
            cap_h = sn.get("capacity_hours")
            if cap_h is None:
                cap, spare, cap_why = 0.5, None, "capacity unknown"
            else:
                spare = float(cap_h) - load.get(s, 0.0) + (SPONSOR_HOURS if s in cur else 0.0)
                cap = max(0.0, min(1.0, spare / float(cap_h))) if cap_h else 0.0
                cap_why = f"{spare:.0f} of {float(cap_h):.0f} h spare"
            score = 0.35 * par + 0.25 * fit + 0.25 * hist + 0.15 * cap
            why = [par_why, fit_why, hist_why, cap_why]
            if s in cur:
                why.append("already sponsors them")
            cands.append(SponsorCandidate(s, str(sn.get("label") or s), round(score, 6), par,
                                          fit, hist, cap, spare, s in cur, why))
        cands.sort(key=lambda c: (-c.score, c.staff))
        reasons = [f"{len(execs)} executive(s) of ours considered"]
        if cands:
            b = cands[0]
            reasons.append(f"best sponsor {b.label} (score {b.score:.2f}): " + "; ".join(b.reasons))
        if cur:
            reasons.append("current sponsor(s): " + ", ".join(
                str(G.nodes[s].get("label") or s) for s in cur))
        out.append(SponsorMatch(p, str(pn.get("label") or p), int(pn.get("rank") or 0),
                                tuple(cur), tuple(cands[:top]), reasons))
    out.sort(key=lambda m: (-m.rank, m.person))
    return out
