"""The check of issue 13 point 6, shared by the planning tests: run the coverage analyzer
on the plan's proposed assignments and compare with the gaps before the plan."""

from __future__ import annotations

import networkx as nx

from kamgraph.analyzers import coverage_gaps
from kamgraph.analyzers.coverage import SEVERITIES
from kamgraph.planning import Plan, with_assignments

Key = tuple[str, str, str | None]  # kind, person, staff


def assert_plan_opens_no_gap(G: nx.MultiDiGraph, P: Plan) -> tuple[set[Key], set[Key]]:
    """The plan's fill-ins open no gap (every gap after is one of the gaps before), no gap
    gets more severe, at no severity are there more gaps of that severity or worse, and the
    total falls. Returns the gaps (kind, person, staff) before and after."""
    before = {(g.kind, g.person, g.staff): g.severity for g in coverage_gaps(G)}
    after = {(g.kind, g.person, g.staff): g.severity
             for g in coverage_gaps(with_assignments(G, P))}
    assert not after.keys() - before.keys(), sorted(after.keys() - before.keys())
    worse = {k: (before[k], s) for k, s in after.items()
             if SEVERITIES.index(s) < SEVERITIES.index(before[k])}
    assert not worse, worse
    for i in range(len(SEVERITIES)):
        assert (sum(SEVERITIES.index(s) <= i for s in after.values())
                <= sum(SEVERITIES.index(s) <= i for s in before.values())), SEVERITIES[i]
    assert len(after) < len(before), (len(before), len(after))
    return set(before), set(after)
