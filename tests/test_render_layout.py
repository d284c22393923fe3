"""Positions computed in Python: groups drawn together, no overlap, deterministic."""

from __future__ import annotations

import math
import random

import pytest

from kamgraph.render.layout import MAX_CLUSTER, cluster_layout

pytestmark = pytest.mark.engine_free


def _graph(n: int, m: int, groups: int, seed: int = 1) -> tuple[list[str], list, dict]:
    rnd = random.Random(seed)
    nodes = [f"p{i:04d}" for i in range(n)]
    edges = [(rnd.choice(nodes), rnd.choice(nodes), 0.5) for _ in range(m)]
    return nodes, edges, {p: f"d{i % groups}" for i, p in enumerate(nodes)}


def test_every_node_placed_deterministically() -> None:
    nodes, edges, groups = _graph(300, 600, 6)
    a = cluster_layout(nodes, edges, groups, seed=3)
    assert set(a) == set(nodes)
    assert a == cluster_layout(list(reversed(nodes)), edges, groups, seed=3)
    assert a != cluster_layout(nodes, edges, groups, seed=4)
    assert all(math.isfinite(x) and math.isfinite(y) for x, y in a.values())


def test_groups_are_drawn_apart() -> None:
    nodes, edges, groups = _graph(200, 300, 4)
    pos = cluster_layout(nodes, edges, groups, seed=1)
    centre = {}
    spread = {}
    for g in sorted(set(groups.values())):
        pts = [pos[p] for p in nodes if groups[p] == g]
        cx = sum(x for x, _ in pts) / len(pts)
        cy = sum(y for _, y in pts) / len(pts)
        centre[g] = (cx, cy)
        spread[g] = max(math.dist((cx, cy), p) for p in pts)
    gs = sorted(centre)
    for i, a in enumerate(gs):
        for b in gs[i + 1:]:
            # discs of different departments do not overlap
            assert math.dist(centre[a], centre[b]) >= 0.9 * (spread[a] + spread[b])


def test_big_ungrouped_graph_is_split_and_complete() -> None:
    nodes, edges, _ = _graph(3 * MAX_CLUSTER + 7, 900, 1)
    pos = cluster_layout(nodes, edges, None, seed=2)
    assert len(pos) == len(nodes)
    assert len(set(pos.values())) == len(nodes)  # no two nodes on one spot


def test_empty_and_single() -> None:
    assert cluster_layout([], []) == {}
    assert cluster_layout(["a"], []) == {"a": (0.0, 0.0)}
