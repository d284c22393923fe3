"""Planning on the demo account, end to end (library and CLI)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from demo_expectations import (
    ACCOUNT,
    ONLY_VIA_HOSTILE,
    OPPORTUNITY,
    PRIVATE_MARKERS,
    UNCOUNTERED_SUPPORTERS,
    WARM_PATH_AROUND_HOSTILE,
)

from kamgraph.model import AccountData
from kamgraph.planning import NO_COUNTERWEIGHT, plan, planning_set, render_planning_set, warm_paths
from kamgraph.projection import graph_from_data

START = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def G(demo_data: AccountData) -> nx.MultiDiGraph:
    return graph_from_data(demo_data, OPPORTUNITY)


def test_warm_path_around_the_hostile(G: nx.MultiDiGraph) -> None:
    w = WARM_PATH_AROUND_HOSTILE
    res = warm_paths(G, w["target"])
    assert list(res.paths[0].nodes) == w["expected"]
    assert all(w["hostile"] not in p.nodes for p in res.paths)
    for t in ONLY_VIA_HOSTILE:
        none = warm_paths(G, t)
        assert not none.found and none.nearest


@pytest.mark.parametrize("capacity", [None, 100.0, 10.0])
def test_plan_names_targets_owners_paths_dates(G: nx.MultiDiGraph, capacity: float | None) -> None:
    P = plan(G, capacity_hours=capacity, cycle_start=START)
    if capacity != 10.0:
        assert P.targets
    for t in P.targets:
        assert t.owner_a and t.action and t.first_steps
        assert START < t.review < t.deadline == dt.date(2027, 6, 1)
        assert t.path is not None  # every demo target is reachable
    # every uncountered competitor supporter gets a response or an explicit "none"
    assert {(r.supporter, r.competitor) for r in P.responses} == UNCOUNTERED_SUPPORTERS
    for r in P.responses:
        assert r.by in {t.person for t in P.targets} or r.response.startswith(NO_COUNTERWEIGHT)
    text = render_planning_set(planning_set(G, P), "md")
    assert not any(m in text for m in PRIVATE_MARKERS)
    for r in P.responses:
        assert r.label in text


def _cli_json(demo_cli: Any, *args: str) -> Any:
    return json.loads(demo_cli(*args).output)


def test_cli_paths_sponsors_plan(demo_cli: Any, tmp_path: Path) -> None:
    w = WARM_PATH_AROUND_HOSTILE
    out = _cli_json(demo_cli, "paths", ACCOUNT, w["target"], "--json")
    assert out["paths"][0]["nodes"] == w["expected"]
    text = demo_cli("paths", ACCOUNT, w["target"], "-k", "1").output
    assert "0.43" in text and "not routed through hostile" in text
    one = _cli_json(demo_cli, "paths", ACCOUNT, w["target"], "--from", "s-chen-ming", "--json")
    assert all(p["nodes"][0] == "s-chen-ming" for p in one["paths"])
    sp = _cli_json(demo_cli, "sponsors", ACCOUNT, "p-wang-qiang", "--json")
    assert sp[0]["person"] == "p-wang-qiang" and sp[0]["candidates"]
    md = demo_cli("plan", ACCOUNT, "--opportunity", OPPORTUNITY, "--start", "2026-12-01").output
    assert "## PR plan" in md and "2027-06-01" in md
    demo_cli("plan", ACCOUNT, "--format", "csv", "--out", str(tmp_path / "set"))
    assert (tmp_path / "set" / "prplan.csv").exists()
    bad = demo_cli("paths", ACCOUNT, "p-nobody", ok=False)
    assert bad.exit_code != 0 and "Error:" in bad.output
