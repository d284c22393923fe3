"""Dates of the plan: the annual cycle, the deal's timeline, deadlines and occasions.

* **Cycle** (article 001): the planning set is issued at year-end and finished by the end
  of March; it is reviewed weekly by each owner's direct supervisor and revised in depth
  every half-year. A start in October or later plans the next year.
* **Deadlines come from the deal**: each target's deadline is the tender milestone its
  role must be won by (:data:`ROLE_MILESTONE`: the specification for those who shape it,
  the evaluation for deciders, the award for approvers and buyers), the next one still
  ahead when that has passed, never after the opportunity's close, the market goal's
  date or the cycle's end.
* **Occasions** (card step 3): HQ visit, exhibitions and forums, regular exchange visits,
  holidays; birthdays and family occasions only when private details were projected.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import networkx as nx

from kamgraph.planning.types import Cycle, MarketGoal, Occasion, Timeline
from kamgraph.planning.words import W, say
from kamgraph.projection import TENDER_FIELDS

__all__ = ["ROLE_MILESTONE", "HOLIDAYS", "cycle_for", "goal_of", "timeline_of",
           "deadline_for", "occasions_for"]

#: Buying-center role -> the tender milestone (field name minus ``_date``) it is won by.
ROLE_MILESTONE: dict[str, str] = {
    "spec-writer": "spec", "influencer": "spec", "initiator": "spec", "user": "spec",
    "coach": "submit", "gatekeeper": "submit", "decider": "evaluation",
    "approver": "award", "buyer": "award",
}
#: Chinese festivals by year (gregorian dates): Spring Festival, Dragon Boat, Mid-Autumn.
HOLIDAYS: dict[int, tuple[tuple[str, dt.date], ...]] = {
    y: (("spring-festival", dt.date(y, *sf)), ("dragon-boat", dt.date(y, *db)),
        ("mid-autumn", dt.date(y, *ma)))
    for y, sf, db, ma in (
        (2025, (1, 29), (5, 31), (10, 6)), (2026, (2, 17), (6, 19), (9, 25)),
        (2027, (2, 6), (6, 9), (9, 15)), (2028, (1, 26), (5, 28), (10, 3)),
        (2029, (2, 13), (6, 16), (9, 22)), (2030, (2, 3), (6, 5), (9, 12)))
}


def cycle_for(start: dt.date) -> Cycle:
    """The planning year that ``start`` belongs to.

    Examples
    --------
    >>> c = cycle_for(dt.date(2026, 12, 1))
    >>> c.year, c.set_due, c.revision, c.end
    (2027, datetime.date(2027, 3, 31), datetime.date(2027, 6, 30), datetime.date(2027, 12, 31))
    """
    year = start.year + (1 if start.month >= 10 else 0)
    revision = dt.date(year, 6, 30)
    if start >= revision:
        revision = dt.date(year, 12, 31)
    return Cycle(start, year, dt.date(year, 3, 31), revision, dt.date(year, 12, 31))


def goal_of(G: nx.MultiDiGraph) -> MarketGoal:
    """The market goal: the scoped opportunity's, else the account's, else none."""
    opp = G.graph.get("opportunity")
    for source, node in (("opportunity", opp), ("account", G.graph.get("account"))):
        n = G.nodes.get(node) if node is not None else None
        if n and (n.get("goal_type") or n.get("goal_target")):
            return MarketGoal(n.get("goal_type"), n.get("goal_target"), n.get("goal_by"), source)
    return MarketGoal(None, None, None, "none")


def timeline_of(G: nx.MultiDiGraph) -> Timeline:
    """The scoped opportunity's stage, value, close date and tender milestones."""
    opp = G.graph.get("opportunity")
    if opp is None or opp not in G:
        return Timeline(None, None, None, None, None)
    n = G.nodes[opp]
    ms = sorted(((f.removesuffix("_date"), n[f]) for f in TENDER_FIELDS if n.get(f)),
                key=lambda m: m[1])
    return Timeline(opp, str(n.get("label") or opp), n.get("stage"), n.get("value"),
                    n.get("close_date"), tuple(ms))


def deadline_for(roles: Iterable[str], timeline: Timeline, cycle: Cycle, goal: MarketGoal,
                 *, after: dt.date) -> tuple[dt.date, str]:
    """The deadline of a target with these roles, and the milestone key it comes from.

    The milestone of the earliest role; when that date is not after ``after`` (the
    first review), the next milestone still ahead; capped by close, goal date and
    cycle end. Returns ``(date, key)`` where key is a milestone, ``close``, ``goal`` or
    ``cycle``.

    Examples
    --------
    >>> tl = Timeline("o", "O", "tender", None, dt.date(2027, 3, 31),
    ...               (("spec", dt.date(2027, 1, 15)), ("evaluation", dt.date(2027, 3, 10))))
    >>> c = cycle_for(dt.date(2026, 12, 1))
    >>> g = MarketGoal(None, None, None, "none")
    >>> deadline_for(["influencer"], tl, c, g, after=dt.date(2026, 12, 8))
    (datetime.date(2027, 1, 15), 'spec')
    >>> deadline_for(["approver"], tl, c, g, after=dt.date(2026, 12, 8))
    (datetime.date(2027, 3, 31), 'close')
    """
    caps = [(cycle.end, "cycle")]
    if goal.by is not None:
        caps.append((goal.by, "goal"))
    if timeline.close is not None:
        caps.append((timeline.close, "close"))
    cap = min(caps, key=lambda c: (c[0], c[1] != "close"))
    ms = dict(timeline.milestones)
    order = [k for k, _ in timeline.milestones]
    wanted = [ROLE_MILESTONE[r] for r in roles if r in ROLE_MILESTONE and ROLE_MILESTONE[r] in ms]
    if wanted:
        first = min(wanted, key=lambda k: ms[k])
        for k in order[order.index(first):]:
            if ms[k] > after and ms[k] <= cap[0]:
                return ms[k], k
    return cap


def _next_birthday(text: str, start: dt.date, end: dt.date) -> dt.date | None:
    parts = [p for p in str(text).replace("/", "-").split("-") if p.strip()]
    try:
        month, day = (int(parts[-2]), int(parts[-1])) if len(parts) >= 2 else (0, 0)
        for year in (start.year, start.year + 1):
            d = dt.date(year, month, day)
            if start <= d <= end:
                return d
    except (ValueError, IndexError):
        return None
    return None


def occasions_for(G: nx.MultiDiGraph, person: str, *, start: dt.date, deadline: dt.date,
                  executive: bool, sponsor: str | None) -> list[Occasion]:
    """Trust-building occasions for one target between ``start`` and ``deadline``."""
    out: list[Occasion] = []
    who = str(G.nodes[person].get("label") or person)
    host = str(G.nodes[sponsor].get("label") or sponsor) if sponsor else None
    span = (deadline - start).days
    if executive:
        on = start + dt.timedelta(days=max(14, span // 2))
        out.append(Occasion("hq-visit", min(on, deadline), say(
            "occ_hq_visit", who=who, host=host or W("our_executive"))))
    out.append(Occasion("forum", None, say("occ_forum", who=who)))
    out.append(Occasion("exchange", None, say("occ_exchange", weeks=2 if span < 120 else 4)))
    for year in sorted({start.year, deadline.year}):
        for key, day in HOLIDAYS.get(year, ()):
            if start <= day <= deadline:
                out.append(Occasion("holiday", day, say("occ_holiday", day_k=W(key))))
    private = G.nodes[person].get("private") or {}
    if G.graph.get("private") and private:
        if private.get("birthday"):
            b = _next_birthday(str(private["birthday"]), start, deadline)
            if b is not None:
                out.append(Occasion("birthday", b, say("occ_birthday", who=who), True))
        if private.get("family"):
            out.append(Occasion("family", None, say("occ_family", family=private["family"]),
                                True))
    return out
