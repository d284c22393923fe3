"""Closeness (关系紧密度): how close we are to a person, month by month.

Seed 003 asks for a monthly assessment of relationship closeness, counted by the
software where it can be. kamgraph counts it from the interactions our staff logged
with the person (any of our staff), as it stood on a given day:

* **recency** ``R = 0.5 ** (days since the last interaction / 60)``: 1 on the day
  of a contact, one half two months later; 0 without any contact;
* **frequency** ``F = min(1, contacts in the last 90 days / 6)``: a contact every
  two weeks counts fully;
* **depth** ``D``: the deepest contact of the last 180 days, office 1/3, social 2/3,
  family 1 (an office-only relationship is shallow; the family circle is deep);
* **reciprocity** ``Q``: the contacts of the last 180 days that the person sought
  (``initiative: them``) over the contacts whose initiative is known, counting at
  least three (one contact they sought is a start, not reciprocity); 0 when none
  is known.

``closeness = 100 * (0.30 R + 0.25 F + 0.30 D + 0.15 Q)``, rounded to one decimal.
The monthly series takes the score at each month's end (today for the running
month). A person's closeness is **falling** when the latest score is at least 10
points below the score three months earlier.

Examples
--------
One social meal sought by the person 30 days ago:
R = 0.5 ** 0.5 = 0.7071, F = 1/6, D = 2/3, Q = 1/3, so
100 * (0.30 * 0.7071 + 0.25 * 0.1667 + 0.30 * 0.6667 + 0.15 * 0.3333) = 50.4.

>>> import datetime as dt
>>> meal = {"person": "p", "on": dt.date(2026, 1, 1), "depth": "social", "initiative": "them"}
>>> closeness([meal], "p", dt.date(2026, 1, 31)).score
50.4
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from kamgraph.history.shapes import ClosenessDict

__all__ = ["Closeness", "closeness", "monthly", "month_ends", "falling", "WEIGHTS",
           "DEPTH_WEIGHT", "FALL_POINTS"]

#: Weights of recency, frequency, depth and reciprocity.
WEIGHTS: dict[str, float] = {"recency": 0.30, "frequency": 0.25, "depth": 0.30,
                             "reciprocity": 0.15}
DEPTH_WEIGHT: dict[str, float] = {"office": 1 / 3, "social": 2 / 3, "family": 1.0}
RECENCY_HALF_LIFE = 60
FREQUENCY_WINDOW, FREQUENCY_FULL = 90, 6
DEPTH_WINDOW = 180
RECIPROCITY_MIN = 3
#: A drop of this many points over three months flags falling closeness.
FALL_POINTS = 10.0


@dataclass(frozen=True)
class Closeness:
    """One person's closeness on one day, with its four parts (each 0..1)."""

    person: str
    day: dt.date
    score: float
    recency: float
    frequency: float
    depth: float
    reciprocity: float
    contacts: int

    def to_dict(self) -> ClosenessDict:
        return {"person": self.person, "day": self.day, "score": self.score,
                "recency": round(self.recency, 3), "frequency": round(self.frequency, 3),
                "depth": round(self.depth, 3), "reciprocity": round(self.reciprocity, 3),
                "contacts": self.contacts}


def closeness(interactions: Iterable[dict[str, Any]], person: str, day: dt.date) -> Closeness:
    """The closeness of ``person`` at the end of ``day`` from interaction records."""
    mine = sorted((i for i in interactions if i["person"] == person and i["on"] <= day),
                  key=lambda i: i["on"])
    if not mine:
        return Closeness(person, day, 0.0, 0.0, 0.0, 0.0, 0.0, 0)
    recency = 0.5 ** ((day - mine[-1]["on"]).days / RECENCY_HALF_LIFE)
    recent = [i for i in mine if (day - i["on"]).days < FREQUENCY_WINDOW]
    frequency = min(1.0, len(recent) / FREQUENCY_FULL)
    window = [i for i in mine if (day - i["on"]).days < DEPTH_WINDOW]
    depth = max((DEPTH_WEIGHT.get(i.get("depth") or "office", 1 / 3) for i in window),
                default=0.0)
    known = [i for i in window if i.get("initiative") in ("us", "them")]
    reciprocity = (sum(1 for i in known if i["initiative"] == "them")
                   / max(RECIPROCITY_MIN, len(known)) if known else 0.0)
    parts = {"recency": recency, "frequency": frequency, "depth": depth,
             "reciprocity": reciprocity}
    score = round(100 * sum(WEIGHTS[k] * v for k, v in parts.items()), 1)
    return Closeness(person, day, score, recency, frequency, depth, reciprocity, len(mine))


def month_ends(first: dt.date, last: dt.date) -> list[dt.date]:
    """The last day of every month from ``first``'s to ``last``'s; ``last`` itself ends
    the list (the running month counts up to that day).

    >>> month_ends(dt.date(2026, 1, 15), dt.date(2026, 3, 10))
    [datetime.date(2026, 1, 31), datetime.date(2026, 2, 28), datetime.date(2026, 3, 10)]
    """
    out: list[dt.date] = []
    y, m = first.year, first.month
    while (y, m) <= (last.year, last.month):
        nxt = dt.date(y + (m == 12), m % 12 + 1, 1)
        out.append(min(nxt - dt.timedelta(days=1), last))
        y, m = nxt.year, nxt.month
    return out


def monthly(interactions: Sequence[dict[str, Any]], person: str, last: dt.date,
            months: int = 12) -> list[Closeness]:
    """The closeness of ``person`` at each month's end over ``months`` months to ``last``."""
    y, m = last.year, last.month - (months - 1)
    while m < 1:
        y, m = y - 1, m + 12
    return [closeness(interactions, person, d) for d in month_ends(dt.date(y, m, 1), last)]


def falling(series: Sequence[Closeness]) -> bool:
    """True when the last score is :data:`FALL_POINTS` or more below three months before.

    >>> c = lambda s: Closeness("p", dt.date(2026, 1, 1), s, 0, 0, 0, 0, 1)
    >>> falling([c(50), c(45), c(42), c(39.9)]), falling([c(50), c(45), c(42), c(40)])
    (True, True)
    >>> falling([c(50), c(49), c(48), c(41)])
    False
    """
    if len(series) < 4:
        return False
    return series[-4].score - series[-1].score >= FALL_POINTS


def sparkline(series: Sequence[Closeness]) -> str:
    """The series as a line of block characters (0 low .. 100 high).

    >>> sparkline([Closeness("p", dt.date(2026, 1, 1), s, 0, 0, 0, 0, 1) for s in (0, 50, 100)])
    '▁▅█'
    """
    blocks = "▁▂▃▄▅▆▇█"
    return "".join(blocks[min(7, int(c.score / 100 * 8))] for c in series)
