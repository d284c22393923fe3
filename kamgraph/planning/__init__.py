"""Planning: warm paths, sponsor matching, PR targets and the planning set."""

from __future__ import annotations

from kamgraph.planning.acquaintance import (
    AcquaintanceIndex, Hop, NearPerson, PathResult, Tie, WarmPath,
)
from kamgraph.planning.paths import acquaintance_ties, index_from_graph, warm_paths

__all__ = [
    "AcquaintanceIndex", "Hop", "NearPerson", "PathResult", "Tie", "WarmPath",
    "acquaintance_ties", "index_from_graph", "warm_paths",
]
