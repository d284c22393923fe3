"""Fill a map's scores, reasons and gaps from the analyzers (optional helper).

The views take plain mappings so that rendering never depends on the analyzers;
this helper is the one place that joins them, for the CLI, the demo and notebooks.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from kamgraph.analyzers import Gap, KeyPerson

__all__ = ["MapInputs", "analyzer_inputs", "inputs_from"]


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

    return inputs_from(key_persons(G), coverage_gaps(G))


def inputs_from(persons: Iterable[KeyPerson], gaps: Iterable[Gap]) -> MapInputs:
    """What maps show of analyzer results the caller already has."""
    out = MapInputs()
    for k in persons:
        out.scores[k.person] = float(k.score)
        out.reasons[k.person] = list(k.reasons)
    for g in gaps:
        why = g.reasons[0] if g.reasons else g.kind
        out.gaps.setdefault(g.person, []).append(f"{why} ({g.severity}): {g.fix}")
    return out
