"""What the coverage rules read about an account, gathered once per check.

:class:`Facts` holds the owners, loads, acquaintances, sponsors and channels of the
people checked, and the candidates a rule proposes; :data:`Rule` is the shape of one
per-person rule of :data:`kamgraph.analyzers.coverage.RULES` (a table: a new rule is a
function of the facts and a person, and its entry there).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

import networkx as nx

from kamgraph.analyzers.context import Analysis
from kamgraph.analyzers.words import Reason, reason
from kamgraph.graph import label, rank

__all__ = ["FAR_BELOW", "HOURS_PER_PERSON", "LEVEL_LIMIT", "Facts", "Found", "Rule",
           "owner_limit"]

#: An owner this many levels or more below the person is far below them.
FAR_BELOW = 2
#: Hours per cycle one key person takes of an owner.
HOURS_PER_PERSON = 60.0
#: Most key persons one owner can hold, by the owner's level (when hours are unknown).
LEVEL_LIMIT: dict[str, int] = {"board": 2, "c-level": 3, "vp": 5, "director": 6,
                               "manager": 8, "staff": 8}


def owner_limit(G: nx.MultiDiGraph, s: str) -> int:
    """How many key persons staff member ``s`` can own: their hours per
    :data:`HOURS_PER_PERSON`, else the limit of their level (6 when unknown)."""
    hours = G.nodes[s].get("capacity_hours")
    if hours:
        return max(1, int(float(hours) // HOURS_PER_PERSON))
    return LEVEL_LIMIT.get(str(G.nodes[s].get("level")), 6)


T = TypeVar("T")


@dataclass
class Facts:
    """What the rules read, gathered once."""

    G: nx.MultiDiGraph
    staff: list[str]
    active: set[str]
    owners: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    load: dict[str, set[str]] = field(default_factory=dict)
    knows: dict[str, dict[str, float]] = field(default_factory=dict)
    sponsors: dict[str, list[str]] = field(default_factory=dict)
    channels: dict[str, set[str]] = field(default_factory=dict)
    dms: set[str] = field(default_factory=set)
    override: int | None = None
    introducer: dict[tuple[str, str], str] = field(default_factory=dict)  # a plan's, (s, p)
    ctx: Analysis | None = None

    limits: dict[str, int] = field(default_factory=dict)
    room: list[str] | None = None
    cands: dict[str, list[str]] = field(default_factory=dict)

    memo: dict[str, Any] = field(default_factory=dict)

    def cached(self, key: str, build: Callable[[], T]) -> T:
        """A rule's own facts about the graph, built on first use (``build()`` once)."""
        if key not in self.memo:
            self.memo[key] = build()
        value: T = self.memo[key]
        return value

    def limit(self, s: str) -> int:
        if self.override is not None:
            return self.override
        if s not in self.limits:
            self.limits[s] = owner_limit(self.G, s)
        return self.limits[s]

    def with_room(self) -> list[str]:
        """Active staff who can take one more key person."""
        if self.room is None:
            self.room = [s for s in self.staff if len(self.load.get(s, ())) < self.limit(s)]
        return self.room

    ranks: dict[str, int] = field(default_factory=dict)

    def rank(self, n: str) -> int:
        r = self.ranks.get(n)
        if r is None:
            r = self.ranks[n] = rank(self.G, n)
        return r

    def far_below(self, s: str, p: str) -> bool:
        """Staff ``s`` is :data:`FAR_BELOW` or more levels below person ``p``."""
        rs, rp = self.rank(s), self.rank(p)
        return bool(rs and rp and rp - rs >= FAR_BELOW)

    def kn(self, a: str, b: str) -> float:
        return self.knows.get(b, {}).get(a, 0.0)

    def names(self, ids: list[str]) -> list[str] | Reason:
        return [label(self.G, s) for s in ids] or reason("nobody-available")

    def owner_candidates(self, p: str) -> list[str]:
        """Staff who could own ``p``: not an owner of ``p`` already, with room."""
        if p not in self.cands:
            self.cands[p] = self._owner_candidates(p)
        return self.cands[p]

    def _owner_candidates(self, p: str) -> list[str]:
        taken = {s for _, s in self.owners.get(p, [])}
        pool = [s for s in self.with_room() if s not in taken]
        return sorted(pool, key=lambda s: (-self.kn(s, p), abs(self.rank(s) - self.rank(p)),
                                           len(self.load.get(s, ())), s))[:3]

    def sponsor_candidates(self, p: str) -> list[str]:
        rp = self.rank(p)
        taken = set(self.sponsors.get(p, []))
        pool = [s for s in self.staff if s not in taken]
        return sorted(pool, key=lambda s: (self.rank(s) < rp - 1, -self.kn(s, p),
                                           abs(self.rank(s) - rp), s))[:3]


Found = tuple[str, str, str | None, Reason, list[str], Reason]  # kind, sev, staff, fix, cands, why
Rule = Callable[[Facts, str], list[Found]]
