"""Planning: warm paths, sponsor matching, PR targets and the planning set."""

from __future__ import annotations

from kamgraph.analyzers.acquaintance import (
    AcquaintanceIndex,
    Hop,
    NearPerson,
    PathResult,
    Tie,
    WarmPath,
)
from kamgraph.analyzers.warm_paths import acquaintance_ties, index_from_graph, warm_paths
from kamgraph.planning.documents import Card, Document, PlanningSet, Table, planning_set
from kamgraph.planning.sponsors import SponsorCandidate, SponsorMatch, match_sponsors
from kamgraph.planning.targets import NO_COUNTERWEIGHT, knapsack, plan, with_assignments
from kamgraph.planning.types import Cycle, MarketGoal, Occasion, Plan, Response, Target, Timeline
from kamgraph.planning.words import Say
from kamgraph.planning.writers import FORMATS, render_planning_set, write_planning_set

__all__ = [
    "AcquaintanceIndex", "Hop", "NearPerson", "PathResult", "Tie", "WarmPath",
    "acquaintance_ties", "index_from_graph", "warm_paths",
    "SponsorCandidate", "SponsorMatch", "match_sponsors",
    "Card", "Document", "PlanningSet", "Table", "planning_set", "FORMATS",
    "render_planning_set", "write_planning_set",
    "NO_COUNTERWEIGHT", "Cycle", "MarketGoal", "Occasion", "Plan", "Response", "Say", "Target",
    "Timeline", "knapsack", "plan", "with_assignments",
]
