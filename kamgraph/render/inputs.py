"""Fill a map's scores, reasons, gaps, verdicts and warm paths from the analyzers.

The views take plain mappings so that rendering never depends on the analyzers;
this helper is the one place that joins them, for the CLI, the demo and notebooks.
Reasons arrive as the analyzers word them (text); the map shows them as given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import networkx as nx

if TYPE_CHECKING:
    from kamgraph.analyzers import CounterpointReport, Gap, KeyPerson
    from kamgraph.analyzers.shapes import CounterpointDict

__all__ = ["MapInputs", "analyzer_inputs", "inputs_from", "warm_paths_to"]


@dataclass
class MapInputs:
    """What the maps show of the analysis, per person id.

    ``scores``: key-person score (node size); ``reasons``: why a key person;
    ``gaps``: coverage gaps as ``"why (severity): fix"``; ``gap_cells``: the same gaps
    by the staff member they concern (``""`` for none: the coverage matrix's gap
    column); ``key``: the key persons; ``verdicts``: counterpoint verdicts as
    ``(status, text)`` with status ``countered``, ``uncountered``, ``beyond`` or
    ``counterweight``; ``paths``: the warmest acquaintance path from our staff
    (node ids, staff first) and ``path_words`` its description; ``counterpoints``: the
    counterpoint verdicts whole, who answers whom (``None``: not computed).
    """

    scores: dict[str, float] = field(default_factory=dict)
    reasons: dict[str, list[str]] = field(default_factory=dict)
    gaps: dict[str, list[str]] = field(default_factory=dict)
    gap_cells: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    key: list[str] = field(default_factory=list)
    verdicts: dict[str, list[tuple[str, str]]] = field(default_factory=dict)
    paths: dict[str, list[str]] = field(default_factory=dict)
    path_words: dict[str, str] = field(default_factory=dict)
    counterpoints: list[CounterpointDict] | None = None


def analyzer_inputs(G: nx.MultiDiGraph, *, paths: bool = True) -> MapInputs:
    """Run the key-person, coverage and counterpoint analyzers on ``G`` (and, with
    ``paths``, the warm-path search to every key person) and keep what maps show."""
    from kamgraph.analyzers import counterpoints, coverage_gaps, key_persons, key_set

    persons = key_persons(G)
    out = inputs_from(persons, coverage_gaps(G), counterpoints(G))
    out.key = key_set(G, {k.person: float(k.score) for k in persons})
    if paths:
        out.paths, out.path_words = warm_paths_to(G, out.key)
    return out


def inputs_from(persons: Iterable[KeyPerson], gaps: Iterable[Gap],
                report: CounterpointReport | None = None) -> MapInputs:
    """What maps show of analyzer results the caller already has."""
    out = MapInputs()
    for k in persons:
        out.scores[k.person] = float(k.score)
        out.reasons[k.person] = list(k.reasons)
    for g in gaps:
        why = g.reasons[0] if g.reasons else g.kind
        text = f"{why} ({g.severity}): {g.fix}"
        out.gaps.setdefault(g.person, []).append(text)
        out.gap_cells.setdefault(g.person, {}).setdefault(g.staff or "", []).append(text)
    if report is not None:
        out.counterpoints = [c.to_dict() for c in report.items]
        for c in report.items:
            status = "countered" if c.countered else ("beyond" if c.beyond_base
                                                      else "uncountered")
            why = "; ".join(c.reasons[:2])
            out.verdicts.setdefault(c.supporter, []).append(
                (status, f"{c.competitor_name}: {why}" if why else c.competitor_name))
            for w in c.countered_by:
                out.verdicts.setdefault(w.person, []).append(
                    ("counterweight", f"{c.label} ({c.competitor_name})"))
    return out


def warm_paths_to(G: nx.MultiDiGraph, targets: Iterable[str]
                  ) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The warmest acquaintance path from our active staff to each target that has one:
    ``({target: [staff, ..., target]}, {target: description})``."""
    from kamgraph.analyzers.warm_paths import index_from_graph

    ix = index_from_graph(G)
    nodes: dict[str, list[str]] = {}
    words: dict[str, str] = {}
    for t in targets:
        if t not in ix.ids:
            continue
        res = ix.paths(t, 1)
        if res.paths:
            nodes[t] = list(res.paths[0].nodes)
            words[t] = res.paths[0].reason
    return nodes, words
