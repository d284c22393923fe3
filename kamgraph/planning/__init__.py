"""Planning: warm paths, sponsor matching, PR targets and the planning set."""

from __future__ import annotations

from kamgraph.planning.acquaintance import (
    AcquaintanceIndex,
    Hop,
    NearPerson,
    PathResult,
    Tie,
    WarmPath,
)
from kamgraph.planning.documents import (
    PlanningSet,
    planning_set,
    render_planning_set,
    write_planning_set,
)
from kamgraph.planning.paths import acquaintance_ties, index_from_graph, warm_paths
from kamgraph.planning.sponsors import SponsorCandidate, SponsorMatch, match_sponsors
from kamgraph.planning.targets import NO_COUNTERWEIGHT, Plan, Response, Target, knapsack, plan

__all__ = [
    "AcquaintanceIndex", "Hop", "NearPerson", "PathResult", "Tie", "WarmPath",
    "acquaintance_ties", "index_from_graph", "warm_paths",
    "SponsorCandidate", "SponsorMatch", "match_sponsors",
    "PlanningSet", "planning_set", "render_planning_set", "write_planning_set",
    "NO_COUNTERWEIGHT", "Plan", "Response", "Target", "knapsack", "plan",
]
