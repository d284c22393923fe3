"""What changed in an account between two dates (change watch).

:func:`compare` takes the account as it stood at the end of each date (see
:mod:`kamgraph.history.asof`) and lists, as :class:`Item` rows:

* people who arrived, left, or moved posts (or changed title);
* stances that moved, with the amount (``delta``) and the evidence of the latest
  assessment;
* acquaintance ties, owners A/B, sponsors and information channels added or removed,
  and our staff who left us;
* coverage gaps that opened or closed, and key persons who entered or left the top of
  the ranking (the analyzers run on both dates).

Each row is dated by the kept event that made the change when there is one (with who
recorded it), else by the record's own date. The functions here are pure; the CLI
reads the account and its events and calls them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from kamgraph.history.events import Event, fact_date, record_key
from kamgraph.history.shapes import ChangeRow, ItemData
from kamgraph.history.words import w
from kamgraph.i18n import NP_, translate
from kamgraph.model import US, AccountData
from kamgraph.projection import display_name
from kamgraph.records import StanceRecord

__all__ = ["Item", "compare", "stance_on", "ITEM_KINDS"]

#: The kinds of change rows, in the order they are listed.
ITEM_KINDS: tuple[str, ...] = ("left", "moved", "arrived", "stance", "staff", "owner",
                               "sponsor", "channel", "tie", "gap", "top")


@dataclass
class Item:
    """One change row."""

    kind: str
    person: str | None
    label: str
    detail: str
    on: dt.date | None = None
    by: str | None = None
    delta: int | None = None
    data: ItemData = field(default_factory=lambda: ItemData())

    def to_dict(self) -> ChangeRow:
        return {"kind": self.kind, "person": self.person, "label": self.label,
                "detail": self.detail, "on": self.on, "by": self.by, "delta": self.delta,
                **self.data}


def stance_on(data: AccountData, person: str, toward: str, day: dt.date
              ) -> StanceRecord | None:
    """The latest assessment of ``person`` toward ``toward`` made on or before ``day``."""
    best: StanceRecord | None = None
    for s in data.of("stance"):
        if s["person"] == person and s["toward"] == toward and s["on"] <= day:
            if best is None or s["on"] >= best["on"]:
                best = s
    return best


def _names(*datas: AccountData) -> dict[str, str]:
    out: dict[str, str] = {}
    for d in datas:
        for kind in ("person", "staff", "competitor", "post", "department"):
            for r in d[kind]:
                out.setdefault(r["id"], display_name(r))
    return out


def _when(evs: Sequence[Event], kind: str, key: tuple[str, ...], since: dt.date,
          until: dt.date) -> tuple[dt.date | None, str | None]:
    hits = [e for e in evs if e.kind == kind and e.change.key == key
            and e.on is not None and since < e.on <= until]
    return (hits[-1].on, hits[-1].by) if hits else (None, None)


def _signed(v: int | None) -> str:
    return "-" if v is None else f"{v:+d}"


def _people(before: AccountData, after: AccountData, names: dict[str, str], lang: str,
            evs: Sequence[Event], since: dt.date, until: dt.date) -> list[Item]:
    old = {p["id"]: p for p in before["person"]}
    new = {p["id"]: p for p in after["person"]}
    out: list[Item] = []
    for pid in sorted(old.keys() - new.keys()):
        on, by = _when(evs, "person", (pid,), since, until)
        left = next((p.get("left") for p in after["person"] if p["id"] == pid), None)
        out.append(Item("left", pid, names.get(pid, pid), w("c.left", lang), on or left, by))
    for pid in sorted(new.keys() - old.keys()):
        on, by = _when(evs, "person", (pid,), since, until)
        post = names.get(new[pid].get("post") or "", new[pid].get("title") or "-")
        out.append(Item("arrived", pid, names.get(pid, pid), w("c.arrived", lang, post=post),
                        on, by))
    for pid in sorted(old.keys() & new.keys()):
        a, b = old[pid], new[pid]
        if (a.get("post"), a.get("title")) != (b.get("post"), b.get("title")):
            on, by = _when(evs, "person", (pid,), since, until)
            before_ = a.get("title") or names.get(a.get("post") or "", "-")
            after_ = b.get("title") or names.get(b.get("post") or "", "-")
            words = (w("c.took", lang, after=after_) if not a.get("post") and b.get("post")
                     else w("c.moved", lang, before=before_, after=after_))
            out.append(Item("moved", pid, names.get(pid, pid), words,
                            on or b.get("post_since"), by,
                            data={"before": a.get("post"), "after": b.get("post")}))
    return out


def _stances(before: AccountData, after: AccountData, names: dict[str, str], lang: str,
             since: dt.date, until: dt.date) -> list[Item]:
    present = {p["id"] for p in after["person"]}
    pairs = sorted({(s["person"], s["toward"]) for s in after["stance"]
                    if s["person"] in present})
    out: list[Item] = []
    for pid, toward in pairs:
        a = stance_on(before, pid, toward, since)
        b = stance_on(after, pid, toward, until)
        if b is None or (a is not None and a["value"] == b["value"]) or b["on"] <= since:
            continue
        vendor = w("vendor.us", lang) if toward == US else names.get(toward, toward)
        if a is None:
            detail = w("c.stance_new", lang, toward=vendor, after=_signed(b["value"]))
            delta = None
        else:
            delta = b["value"] - a["value"]
            detail = w("c.stance", lang, toward=vendor, before=_signed(a["value"]),
                       after=_signed(b["value"]), delta=_signed(delta))
        if b.get("evidence"):
            detail += f": {b['evidence']}"
        out.append(Item("stance", pid, names.get(pid, pid), detail, b["on"], b.get("by"), delta,
                        {"toward": toward, "before": a["value"] if a else None,
                         "after": b["value"]}))
    return out


_REL = {"knows": ("tie", "source", "target"), "owns": ("owner", "staff", "person"),
        "sponsors": ("sponsor", "staff", "person"), "informs": ("channel", "source", "target")}


def _relations(before: AccountData, after: AccountData, names: dict[str, str], lang: str,
               evs: Sequence[Event], since: dt.date, until: dt.date) -> list[Item]:
    out: list[Item] = []
    # a person who came or went is one row: their ties, owners and channels go with them
    came_or_went = ({p["id"] for p in before["person"]}
                    ^ {p["id"] for p in after["person"]})
    for kind, (item, src, dst) in _REL.items():
        old = {record_key(kind, r): r for r in before[kind]}
        new = {record_key(kind, r): r for r in after[kind]}
        for key in sorted(old.keys() ^ new.keys()):
            added = key in new
            r = new[key] if added else old[key]
            if r[src] in came_or_went or r[dst] in came_or_went:
                continue
            on, by = _when(evs, kind, key, since, until)
            if on is None and added:
                on = fact_date(kind, r)
            other = names.get(r[src], r[src])
            words = f"c.{item}_{'add' if added else 'remove'}"
            detail = w(words, lang, other=other, role=r.get("role", ""),
                       strength=r.get("strength", ""))
            out.append(Item(item, r[dst], names.get(r[dst], r[dst]), detail, on, by,
                            data={"op": "add" if added else "remove", "other": r[src]}))
    old_staff = {s["id"]: s for s in before["staff"]}
    for s in after["staff"]:
        was = old_staff.get(s["id"])
        if was is not None and was.get("active", True) and s.get("active", True) is False:
            on, by = _when(evs, "staff", (s["id"],), since, until)
            out.append(Item("staff", None, names.get(s["id"], s["id"]),
                            w("c.staff_left", lang, other=names.get(s["id"], s["id"])), on, by,
                            data={"staff": s["id"]}))
    return out


def _analysis(before: AccountData, after: AccountData, lang: str, opportunity: str | None,
              top: int) -> list[Item]:
    """Gaps opened or closed and entries to or exits from the top (people who came or
    went have their own row)."""
    from kamgraph.analyzers import coverage_gaps, key_persons
    from kamgraph.projection import graph_from_data

    graphs = [graph_from_data(d, opportunity) for d in (before, after)]
    gaps = [{(g.kind, g.person): g for g in coverage_gaps(G)} for G in graphs]
    out: list[Item] = []
    came_or_went = ({p["id"] for p in before["person"]}
                    ^ {p["id"] for p in after["person"]})
    for key in sorted(gaps[0].keys() ^ gaps[1].keys(), key=lambda k: (k[1], k[0])):
        if key[1] in came_or_went:
            continue
        opened = key in gaps[1]
        g = gaps[1][key] if opened else gaps[0][key]
        out.append(Item("gap", g.person, g.label,
                        w("c.gap_open" if opened else "c.gap_close", lang,
                          gap=translate(NP_("gap", g.kind), lang)),
                        None,
                        data={"gap": g.kind, "severity": g.severity,
                              "op": "open" if opened else "close"}))
    ranks = [{k.person: (i, k.label) for i, k in enumerate(key_persons(G, top=top), 1)}
             for G in graphs]
    for pid in sorted(ranks[1].keys() - ranks[0].keys() - came_or_went):
        rank, label = ranks[1][pid]
        out.append(Item("top", pid, label, w("c.top_in", lang, top=top, rank=rank),
                        data={"op": "in", "rank": rank}))
    for pid in sorted(ranks[0].keys() - ranks[1].keys() - came_or_went):
        out.append(Item("top", pid, ranks[0][pid][1], w("c.top_out", lang, top=top),
                        data={"op": "out"}))
    return out


def compare(before: AccountData, after: AccountData, evs: Sequence[Event], since: dt.date,
            until: dt.date, *, lang: str = "en", opportunity: str | None = None,
            top: int = 10, analysis: bool = True) -> list[Item]:
    """Every change from the account at ``since`` (``before``) to the account at ``until``
    (``after``); both should hold only the people present then."""
    names = _names(after, before)
    items = (_people(before, after, names, lang, evs, since, until)
             + _stances(before, after, names, lang, since, until)
             + _relations(before, after, names, lang, evs, since, until))
    if analysis:
        items += _analysis(before, after, lang, opportunity, top)
    order = {k: i for i, k in enumerate(ITEM_KINDS)}
    return sorted(items, key=lambda i: (order[i.kind], -(i.on or since).toordinal(),
                                        i.label))
