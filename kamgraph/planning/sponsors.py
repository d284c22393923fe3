"""Sponsor matching (赞助人匹配): which of our executives should sponsor whom.

For each key customer executive (a person at director level or above, or a decider or
approver) our executives (active staff at director level or above; everyone active if
there are none) are scored::

    score = 0.35 * parity + 0.25 * fit + 0.25 * history + 0.15 * capacity
    parity   = max(0, 1 - 0.3 * |rank gap|), less 0.1 when ours is below  (地位对等)
    fit      = 1 if our function faces the person's department: the account's
               ``faced_by`` mapping on the department (or a parent), else the default
               KAM team (:data:`FACING_DEFAULTS`), else a counterpart title (CFO to
               CFO); 0.5 for a general-management function, else 0            (业务对口)
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

from kamgraph.analyzers.words import reason
from kamgraph.errors import NotFound
from kamgraph.i18n import N_

__all__ = ["OWN_HOURS", "SPONSOR_HOURS", "business_fit", "FUNCTION_KEYWORDS", "FUNCTION_ALIASES",
           "FACING_DEFAULTS", "TITLE_FUNCTION", "functions_of", "SponsorCandidate", "SponsorPool",
           "sponsor_pool",
           "SponsorMatch", "match_sponsors", "staff_load", "executives"]

#: Hours per cycle an ownership (A or B) and a sponsorship take.
OWN_HOURS: dict[str, float] = {"A": 40.0, "B": 16.0}
SPONSOR_HOURS = 16.0
#: Our function (as written on staff) -> the canonical function it belongs to.
FUNCTION_ALIASES: dict[str, tuple[str, ...]] = {
    "executive": ("executive", "general", "management", "ceo", "president", "总裁", "总经理"),
    "technology": ("technology", "tech", "solution", "presales", "engineering", "r&d",
                   "cto", "技术", "解决方案", "研发"),
    "finance": ("finance", "cfo", "treasury", "财务"),
    "sales": ("sales", "account", "commercial", "销售", "商务", "客户"),
    "delivery": ("delivery", "service", "project", "operation", "交付", "服务", "运维"),
    "procurement": ("procurement", "sourcing", "采购"),
    "legal": ("legal", "compliance", "法务", "合规"),
    "hr": ("hr", "human", "人力"),
}
#: Default KAM team (article 002): which of their departments each of our functions faces,
#: as keywords of the department's names (walking up to parent departments). An account
#: file overrides it per department with ``faced_by: [function, ...]``.
FACING_DEFAULTS: dict[str, tuple[str, ...]] = {
    "executive": ("executive", "general office", "board", "总经理办公室", "董事会", "综合办"),
    "technology": ("network", "technology", "core", "it", "planning", "digital", "网络",
                   "技术", "核心网", "信息", "规划", "数字"),
    "finance": ("finance", "财务", "budget", "预算"),
    "sales": ("procurement", "marketing", "purchas", "采购", "市场", "物资"),
    "delivery": ("operations", "o&m", "branch", "network", "运维", "分公司", "网络"),
    "procurement": ("procurement", "采购", "物资"),
    "legal": ("legal", "法务"),
    "hr": ("human", "人力"),
}
#: Counterpart titles: a person whose title names this role fits our staff of that function.
TITLE_FUNCTION: dict[str, tuple[str, ...]] = {
    "technology": ("cto", "cio", "技术", "network", "网络"),
    "finance": ("cfo", "总会计师", "财务", "finance"),
    "procurement": ("procurement", "采购"),
    "executive": ("ceo", "chairman", "president", "董事长", "总经理"),
}
#: kept for callers of the keyword table
FUNCTION_KEYWORDS = FACING_DEFAULTS


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
    """Customer executives: director level or above, or deciders and approvers.

    Oversight people (discipline, audit, tender office) are left out: never sponsored.
    """
    return sorted(n for n, d in G.nodes(data=True) if d.get("kind") == "person"
                  and not d.get("oversight") and (
        (d.get("rank") or 0) >= 3 or {"decider", "approver"} & set(d.get("roles") or ())))


def _parity(sr: int, pr: int) -> tuple[float, str]:
    if not sr or not pr:
        return 0.5, reason("sp-level-unknown")
    gap = sr - pr
    score = max(0.0, 1 - 0.3 * abs(gap) - (0.1 if gap < 0 else 0))
    if gap == 0:
        return score, reason("sp-equal")
    return score, reason("sp-above" if gap > 0 else "sp-below", n=abs(gap))


def functions_of(G: nx.MultiDiGraph, s: str) -> set[str]:
    """Our staff member's canonical functions: from ``function``, and C-titles (CFO, CTO)."""
    n = G.nodes[s]
    fn, title = _words(n.get("function")), _words(n.get("title"))
    out = {k for k, al in FUNCTION_ALIASES.items() if _hit(fn, al)}
    out |= {k for k, al in (("finance", ("cfo", "首席财务官")),
                            ("technology", ("cto", "首席技术官"))) if _hit(title, al)}
    return out


def _depts(G: nx.MultiDiGraph, p: str) -> list[str]:
    out: list[str] = []
    d = G.nodes[p].get("department")
    while d and d in G and d not in out:
        out.append(d)
        d = G.nodes[d].get("parent")
    return out


def _hit(text: str, kws: tuple[str, ...]) -> str | None:
    tokens = set(text.replace("/", " ").replace(",", " ").replace("&", " ").split())
    return next((k for k in kws if (k in tokens if k.isascii() and len(k) <= 3 else k in text)),
                None)


def business_fit(G: nx.MultiDiGraph, s: str, p: str) -> tuple[float, str]:
    """Business fit (业务对口) of staff ``s`` for person ``p``: (1, 0.5 or 0, why)."""
    return _fit(G, s, p)


def _fit(G: nx.MultiDiGraph, s: str, p: str) -> tuple[float, str]:
    """Business fit (业务对口): does the function of ours face the person's department?"""
    fns = functions_of(G, s)
    raw = str(G.nodes[s].get("function") or "").lower()
    shown = raw or "unknown"
    pn = G.nodes[p]
    chain = _depts(G, p)
    for d in chain:
        faced = [str(x).lower() for x in G.nodes[d].get("faced_by") or ()]
        if faced:
            dname = str(G.nodes[d].get("label") or d)
            if raw in faced or fns & set(faced):
                return 1.0, reason("sp-faces-kam", shown=shown, dept=dname)
            if "executive" in fns:
                return 0.5, reason("sp-general", shown=shown)
            return 0.0, reason("sp-faced-by", dept=dname, faced=faced, shown=shown)
    for d in chain:
        dn = G.nodes[d]
        text = _words(dn.get("name"), dn.get("name_en"))
        for f in sorted(fns):
            k = _hit(text, FACING_DEFAULTS.get(f, ()))
            if k:
                return 1.0, reason("sp-faces-default", shown=shown, dept=str(dn.get("label") or d))
    title = _words(pn.get("title"))
    for f in sorted(fns):
        k = _hit(title, TITLE_FUNCTION.get(f, ()))
        if k:
            return 1.0, reason("sp-counterpart", shown=shown, keyword=k)
    if pn.get("affiliation") == "board" and "executive" in fns:
        return 1.0, reason("sp-faces-board", shown=shown)
    if "executive" in fns:
        return 0.5, reason("sp-general", shown=shown)
    return 0.0, reason("sp-no-fit", shown=shown)


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
        return 0.0, reason("sp-no-history")
    parts = [reason("sp-knows", tie=f"{tie:.2f}")] if tie else []
    if n:
        parts.append(reason("sp-interactions-deep" if deep else "sp-interactions", n=n))
    return score, reason("sp-history", parts=parts)


@dataclass(frozen=True)
class SponsorPool:
    """Our executives with their committed hours and the current sponsorships, read once."""

    execs: tuple[str, ...]
    load: dict[str, float]
    sponsors: dict[str, list[str]]


def sponsor_pool(G: nx.MultiDiGraph) -> SponsorPool:
    active = sorted(n for n, d in G.nodes(data=True)
                    if d.get("kind") == "staff" and d.get("active", True))
    execs = [s for s in active if (G.nodes[s].get("rank") or 0) >= 3] or active
    sponsors: dict[str, list[str]] = {}
    for u, v, d in G.edges(data=True):
        if d.get("type") == "SPONSORS":
            sponsors.setdefault(v, []).append(u)
    return SponsorPool(tuple(execs), staff_load(G), sponsors)


def match_sponsors(G: nx.MultiDiGraph, person: str | None = None, *, top: int = 3,
                   pool: SponsorPool | None = None) -> list[SponsorMatch]:
    """Rank our executives as sponsors for each key customer executive (or one person).

    ``pool`` (from :func:`sponsor_pool`) saves reading the graph again when matching
    many people one by one.

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
            raise NotFound(N_("no person {person!r} in account {account!r}"), person=person,
                           account=G.graph.get("account"))
        targets = [person]
        if G.nodes[person].get("oversight"):
            label = str(G.nodes[person].get("label") or person)
            return [SponsorMatch(person, label, int(G.nodes[person].get("rank") or 0), (), (), [
                f"{label} has an oversight duty ({G.nodes[person]['oversight']}): keep "
                "procedurally neutral, never sponsor"])]
    else:
        targets = executives(G)
    pool = pool or sponsor_pool(G)
    execs, load, sponsors = pool.execs, pool.load, pool.sponsors
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
                cap, spare, cap_why = 0.5, None, reason("sp-capacity-unknown")
            else:
                spare = float(cap_h) - load.get(s, 0.0) + (SPONSOR_HOURS if s in cur else 0.0)
                cap = max(0.0, min(1.0, spare / float(cap_h))) if cap_h else 0.0
                cap_why = reason("sp-spare", spare=f"{spare:.0f}", cap=f"{float(cap_h):.0f}")
            score = 0.35 * par + 0.25 * fit + 0.25 * hist + 0.15 * cap
            why = [par_why, fit_why, hist_why, cap_why]
            if s in cur:
                why.append(reason("sp-already"))
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
