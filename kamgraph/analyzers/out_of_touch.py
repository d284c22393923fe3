"""Coverage rule ``owner-out-of-touch``: owner A has not met a key person for a while.

An owner A who knows the person but has logged no contact with them for
:data:`OUT_OF_TOUCH_DAYS` days or more (a quarter) holds a decision maker's relationship
on paper only; for the other key persons the window is :data:`OTHERS_DAYS` (half a
year), so that the rule flags the people who weigh, not everyone met last spring.
Contacts are the account's ``INTERACTED`` edges (our staff member to the person, dated
``on``). The row is medium for a decision maker, low for the others, and then rated by
the person's power like every gap.

The rule measures from the account's own date, not the wall clock: its latest logged
contact (:func:`as_of`), so the same data gives the same rows on any day, and an account
seen ``--as-of`` a past day is measured from that day's records. It stays quiet where a
more basic gap says it already: no owner A (no-owner-a), an owner A who has left
(owner-left), who does not know the person (owner-not-knowing) or who is far below them
(owner-far-below: a visit by them is not the answer), and accounts that log no contacts
at all. An owner A with no logged contact with the person is not flagged either: a newly
named owner has none yet (and a plan that names one must not open this gap).

Examples
--------
>>> from kamgraph.examples import out_of_touch_owner
>>> from kamgraph.analyzers.coverage import coverage_gaps
>>> [(g.kind, g.staff) for g in coverage_gaps(out_of_touch_owner(120))
...  if g.kind == "owner-out-of-touch"]
[('owner-out-of-touch', 'lin')]
>>> [g.kind for g in coverage_gaps(out_of_touch_owner(30)) if g.kind == "owner-out-of-touch"]
[]
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.words import person, reason
from kamgraph.graph import label

if TYPE_CHECKING:
    from kamgraph.analyzers.gap_facts import Facts, Found

__all__ = ["OUT_OF_TOUCH_DAYS", "OTHERS_DAYS", "as_of", "last_contacts", "owner_out_of_touch"]

#: Days without a logged contact from which owner A of a decision maker is out of touch.
OUT_OF_TOUCH_DAYS = 90
#: The same for the other key persons.
OTHERS_DAYS = 180


def as_of(met: dict[tuple[str, str], dt.date]) -> dt.date | None:
    """The account's own date: the day of its latest logged contact (None without any).
    Other dates do not count: a plan's new owners are dated from the cycle it starts."""
    return max(met.values(), default=None)


def last_contacts(G: nx.MultiDiGraph,
                  ctx: Analysis | None = None) -> dict[tuple[str, str], dt.date]:
    """(staff, person) -> the day of their latest logged contact."""
    out: dict[tuple[str, str], dt.date] = {}
    for u, v, d in context(G, ctx).edges("INTERACTED"):
        on = d.get("on")
        if isinstance(on, dt.date):
            out[(u, v)] = max(on, out.get((u, v), on))
    return out


def owner_out_of_touch(f: Facts, p: str) -> list[Found]:
    """One row per active owner A of ``p`` who knows them and last met them before the
    window; the fix names an owner B who has met them within it."""
    met = f.cached("last_contacts", lambda: last_contacts(f.G, f.ctx))
    day = as_of(met)
    if not met or day is None:
        return []
    dm = p in f.dms
    window = OUT_OF_TOUCH_DAYS if dm else OTHERS_DAYS
    out: list[Found] = []
    owners = sorted(set(f.owners.get(p, [])))
    for s in (s for r, s in owners if r == "A" and s in f.active and f.kn(s, p) > 0
              and not f.far_below(s, p)):
        last = met.get((s, p))
        if last is None or (day - last).days < window:
            continue
        fresh = sorted((met[(b, p)], b) for r, b in owners
                       if r == "B" and b != s and b in f.active and (b, p) in met
                       and (day - met[(b, p)]).days < window)
        if fresh:
            on, b = fresh[-1]
            fix = reason("fix-visit-through", staff=label(f.G, s), other=label(f.G, b),
                         last=on.isoformat())
        else:
            fix = reason("fix-visit", staff=label(f.G, s))
        why = reason("gap-out-of-touch", staff=label(f.G, s), who=person(f.G, p),
                     last=last.isoformat(), n=(day - last).days, day=day.isoformat())
        cands = [s] + [b for _, b in fresh[-1:]]
        out.append(("owner-out-of-touch", "medium" if dm else "low", s, fix, cands, why))
    return out
