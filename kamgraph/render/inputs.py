"""Fill a map's scores, reasons and gaps from the analyzers (optional helper).

The views take plain mappings so that rendering never depends on the analyzers;
this helper is the one place that joins them, for the CLI, the demo and notebooks.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import networkx as nx

__all__ = ["MapInputs", "analyzer_inputs"]


@dataclass
class MapInputs:
    """Per person: key-person score, the analyzer's reasons, coverage gaps in words."""

    scores: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    gaps: dict[str, list[str]] = field(default_factory=dict)


def analyzer_inputs(G: nx.MultiDiGraph) -> MapInputs:
    """Run :func:`~kamgraph.analyzers.key_persons` and
    :func:`~kamgraph.analyzers.coverage_gaps` on ``G`` and keep what maps show."""
    from kamgraph.analyzers import coverage_gaps, key_persons

    out = MapInputs()
    for k in key_persons(G):
        out.scores[k.person] = float(k.score)
        out.reasons[k.person] = list(k.reasons)
    for g in coverage_gaps(G):
        why = g.reasons[0] if g.reasons else g.kind
        out.gaps.setdefault(g.person, []).append(f"{why} ({g.severity}): {g.fix}")
    return out
