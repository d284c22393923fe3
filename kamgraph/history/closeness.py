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
           "DEPTH_WEIGHT", "FALL_POINTS", "sparkline", "sparkline_svg", "graph_interactions",
           "by_person"]

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


def graph_interactions(G: Any) -> list[dict[str, Any]]:
    """The interaction records of an account projection (its ``INTERACTED`` edges), in
    the shape :func:`closeness` reads."""
    return [{"person": v, "staff": u, "on": d["on"], "depth": d.get("depth"),
             "initiative": d.get("initiative")}
            for u, v, d in G.edges(data=True)
            if d.get("type") == "INTERACTED" and isinstance(d.get("on"), dt.date)]


def by_person(interactions: Iterable[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Interactions grouped by person (so a month series reads only its own)."""
    out: dict[str, list[dict[str, Any]]] = {}
    for i in interactions:
        out.setdefault(i["person"], []).append(i)
    return out


def sparkline_svg(series: Sequence[Closeness], title: str = "", *, width: int = 132,
                  height: int = 28) -> str:
    """The series as a small inline SVG (0..100 bottom to top, the last month dotted; red
    when falling). Only numbers and our colours go into its attributes; ``title`` (the
    hover text) is element text written by ElementTree, so it is escaped.

    >>> svg = sparkline_svg([Closeness("p", dt.date(2026, 1, 31), s, 0, 0, 0, 0, 1)
    ...                      for s in (10, 60)], "<b>Ann</b> & co")
    >>> svg.startswith('<svg xmlns="http://www.w3.org/2000/svg"'), "&lt;b&gt;Ann" in svg
    (True, True)
    """
    import xml.etree.ElementTree as ET

    n = max(1, len(series) - 1)
    pad = 3.0
    pts = [(pad + (width - 2 * pad) * i / n,
            height - pad - (height - 2 * pad) * max(0.0, min(100.0, c.score)) / 100)
           for i, c in enumerate(series)]
    color = "#c0392b" if falling(series) else "#2c7fb8"
    svg = ET.Element("svg", {"xmlns": "http://www.w3.org/2000/svg", "width": str(width),
                             "height": str(height), "viewBox": f"0 0 {width} {height}",
                             "class": "kg-spark", "role": "img"})
    if title:
        ET.SubElement(svg, "title").text = title
    ET.SubElement(svg, "line", {"x1": str(pad), "x2": str(width - pad),
                                "y1": str(height - pad), "y2": str(height - pad),
                                "stroke": "#cccccc", "stroke-width": "1"})
    if pts:
        ET.SubElement(svg, "polyline", {
            "points": " ".join(f"{x:.1f},{y:.1f}" for x, y in pts), "fill": "none",
            "stroke": color, "stroke-width": "1.6", "stroke-linejoin": "round"})
        x, y = pts[-1]
        ET.SubElement(svg, "circle", {"cx": f"{x:.1f}", "cy": f"{y:.1f}", "r": "2.4",
                                      "fill": color})
    return ET.tostring(svg, encoding="unicode")
