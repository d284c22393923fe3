"""One person's history: posts held, stances per vendor, closeness by month, contacts.

>>> import datetime as dt
>>> from kamgraph.model import AccountData
>>> d = AccountData()
>>> d["account"].append({"id": "acme", "name": "Acme"})
>>> d["post"].append({"id": "x", "title": "CTO", "level": "c-level"})
>>> d["person"].append({"id": "p", "name": "王强", "post": "x", "post_since": dt.date(2026, 1, 1)})
>>> person_history(d, "p", dt.date(2026, 6, 30))["posts"]
[{'post': 'x', 'title': 'CTO', 'since': datetime.date(2026, 1, 1), 'until': None}]
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import Literal, TypedDict

from kamgraph.history.closeness import falling, monthly, sparkline
from kamgraph.history.shapes import PersonHistory, PostHeld, StanceDay, StanceHeld
from kamgraph.model import US, AccountData
from kamgraph.projection import display_name
from kamgraph.records import StanceEntry

__all__ = ["person_history", "stance_days"]

#: The projection's words for a stance implied by exclusive support for a competitor.
_IMPLIED = re.compile(r"^implied: (leans to|exclusive supporter of) (.+)$")


class _Implied(TypedDict):
    implied_value: int | None
    implied_by: str | None
    implied_kind: Literal["leans", "exclusive"]


class _Day(TypedDict, total=False):
    assessed: StanceEntry
    implied: _Implied


def stance_days(steps: Sequence[StanceEntry]) -> list[StanceDay]:
    """A stance history (oldest first) as one entry per day, the way a sales director
    reads it: the stance our people assessed that day, with the stance implied by the
    person's exclusive support for a competitor folded in (``implied_value``,
    ``implied_by`` the competitor, ``implied_kind`` ``exclusive`` or ``leans``); a day
    with no assessment keeps the implied stance, marked ``implied``.

    >>> d = dt.date(2026, 10, 15)
    >>> [(x["value"], x["implied"], x.get("implied_value")) for x in stance_days([
    ...     {"value": -2, "on": d, "evidence": "said so"},
    ...     {"value": -2, "on": d, "evidence": "implied: exclusive supporter of c-hx",
    ...      "implied": True}])]
    [(-2, False, -2)]
    """
    days: dict[dt.date | None, _Day] = {}
    for h in steps:
        slot = days.setdefault(h.get("on"), {})
        if h.get("implied"):
            m = _IMPLIED.match(str(h.get("evidence") or ""))
            slot["implied"] = {"implied_value": h.get("value"),
                               "implied_by": m.group(2) if m else None,
                               "implied_kind": "leans" if m and m.group(1) == "leans to"
                               else "exclusive"}
        else:
            slot["assessed"] = h  # the day's last assessment
    out: list[StanceDay] = []
    for day, slot in days.items():
        a, imp = slot.get("assessed"), slot.get("implied")
        row: StanceDay = (
            {"value": a.get("value"), "on": a.get("on"), "by": a.get("by"),
             "evidence": a.get("evidence")} if a else
            {"value": imp["implied_value"] if imp else None, "on": day, "by": None,
             "evidence": None})
        row["implied"] = a is None
        if imp:
            row["implied_value"] = imp["implied_value"]
            row["implied_by"] = imp["implied_by"]
            row["implied_kind"] = imp["implied_kind"]
        out.append(row)
    return out


def person_history(data: AccountData, pid: str, day: dt.date, *,
                   months: int = 12) -> PersonHistory:
    """Post history (newest first), stance history per vendor with evidence (newest
    first), closeness by month to ``day`` and interactions (newest first)."""
    posts = {p["id"]: p for p in data["post"]}
    names = {r["id"]: display_name(r) for k in ("staff", "competitor", "person")
             for r in data[k]}
    person = next(p for p in data["person"] if p["id"] == pid)
    held: list[PostHeld] = [{"post": h["post"], "title": posts.get(h["post"], {}).get("title"),
             "since": h["since"], "until": h.get("until")}
            for h in data["position"] if h["person"] == pid]
    if person.get("post"):
        held.append({"post": person["post"], "title": posts.get(person["post"], {}).get("title"),
                     "since": person.get("post_since"), "until": person.get("left")})
    held.sort(key=lambda h: h["since"] or dt.date.min, reverse=True)
    stances: dict[str, list[StanceHeld]] = {}
    for s in sorted(data["stance"], key=lambda s: s["on"], reverse=True):
        if s["person"] == pid:
            stances.setdefault(s["toward"], []).append(
                {"value": s["value"], "on": s["on"], "by": s.get("by"),
                 "by_name": names.get(s.get("by") or ""), "evidence": s.get("evidence")})
    vendors = {t: ("us" if t == US else names.get(t, t)) for t in stances}
    series = monthly(data["interaction"], pid, day, months)
    contacts = sorted((i for i in data["interaction"] if i["person"] == pid),
                      key=lambda i: (i["on"], i["id"]), reverse=True)
    return {
        "left": person.get("left"),
        "posts": held,
        "stances": stances,
        "vendors": vendors,
        "closeness": {"months": [c.to_dict() for c in series], "falling": falling(series),
                      "sparkline": sparkline(series)},
        "interactions": [{"on": i["on"], "staff": i["staff"],
                          "staff_name": names.get(i["staff"], i["staff"]),
                          "kind": i.get("kind"), "depth": i.get("depth"),
                          "summary": i.get("summary"), "next_step": i.get("next_step"),
                          "next_on": i.get("next_on"), "initiative": i.get("initiative")}
                         for i in contacts],
    }
