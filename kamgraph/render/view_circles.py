"""The circles view: one person's relationship network in rings, ties labelled by
circle (family, school, former colleague...). Needs a centre person or staff member.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Mapping

import networkx as nx

from kamgraph.errors import AnalysisError, NotFound
from kamgraph.i18n import N_
from kamgraph.render import legend as lg
from kamgraph.render.palette import EDGE_COLORS, STAFF_COLOR, circle_name
from kamgraph.render.spec import Context, person_node, staff_node
from kamgraph.render.view_influence import Drawn
from kamgraph.render.vis import LegendItem, VisEdge, VisNode
from kamgraph.render.words import tr

__all__ = ["build", "legend"]


def _ties(G: nx.MultiDiGraph) -> dict[str, dict[str, str]]:
    """Undirected ties between people and staff, each labelled by its circle."""
    rank = {"KNOWS": 0, "INFLUENCES": 1, "REPORTS_TO": 2}
    best: dict[tuple[str, str], tuple[int, str]] = {}
    for u, v, d in G.edges(data=True):
        t = d.get("type")
        if t not in rank:
            continue
        label = (d.get("circle") if t == "KNOWS" else d.get("basis") if t == "INFLUENCES"
                 else "reports-to") or "other"
        key = (min(u, v), max(u, v))
        cand = (rank[t], str(label))
        if key not in best or cand < best[key]:
            best[key] = cand
    out: dict[str, dict[str, str]] = defaultdict(dict)
    for (a, b), (_, label) in best.items():
        out[a][b] = label
        out[b][a] = label
    return out


def _ring(ids: list[str], radius: float, angle_of: Mapping[str, float] | None = None
          ) -> dict[str, tuple[float, float]]:
    n = len(ids)
    r = max(radius, n * 70 / (2 * math.pi))
    if angle_of:
        ids = sorted(ids, key=lambda p: (angle_of[p], p))
    return {p: (round(r * math.cos(2 * math.pi * i / max(n, 1) - math.pi / 2), 1),
                round(r * math.sin(2 * math.pi * i / max(n, 1) - math.pi / 2), 1))
            for i, p in enumerate(ids)}


def _circles(ctx: Context, center: str) -> tuple[list[VisNode], list[VisEdge]]:
    G, L = ctx.G, ctx.lang
    ties = _ties(G)
    ring1 = sorted(ties.get(center, {}), key=lambda p: (ties[center][p], p))
    inner = {center, *ring1}
    parent: dict[str, str] = {}
    for p in ring1:
        for q in sorted(ties.get(p, {})):
            if q not in inner and q not in parent:
                parent[q] = p
    pos = {center: (0.0, 0.0)}
    p1 = _ring(ring1, 260.0)
    pos.update(p1)
    angle = {p: math.atan2(p1[parent[p]][1], p1[parent[p]][0]) for p in parent}
    pos.update(_ring(sorted(parent), 560.0, angle))

    def node(n: str, ring: int) -> VisNode:
        x, y = pos[n]
        kind = G.nodes[n].get("kind")
        nd = (staff_node(ctx, n, x=x, y=y, ring=ring) if kind == "staff"
              else person_node(ctx, n, x=x, y=y, ring=ring))
        if ring == 0:
            nd.update({"size": max(float(nd.get("size") or 0), 34.0), "borderWidth": 6})
            nd["color"] = {**nd["color"], "border": "#000000"}
            nd["font"] = {"size": 18, "color": "#000000"}
        return nd

    nodes = [node(center, 0)] + [node(p, 1) for p in ring1] + [node(p, 2) for p in sorted(parent)]
    edges: list[VisEdge] = []

    def tie(a: str, b: str, width: float) -> None:
        label = circle_name(ties[a][b], L)
        edges.append({"from": a, "to": b, "kind": "tie", "circle": ties[a][b], "label": label,
                      "title": label, "width": width, "color": {"color": EDGE_COLORS["tie"]},
                      "font": {"size": 11, "color": "#555555", "strokeWidth": 3},
                      "smooth": False})

    for p in ring1:
        tie(center, p, 2.5)
    for i, a in enumerate(ring1):
        for b in ring1[i + 1:]:
            if b in ties.get(a, {}):
                tie(a, b, 1.0)
    for q, p in sorted(parent.items()):
        tie(p, q, 1.5)
    return nodes, edges


def build(ctx: Context, seed: int, center: str | None) -> Drawn:
    if not center:
        raise AnalysisError(N_("the circles view needs a centre person (--center PERSON)"))
    G = ctx.G
    if center not in G or G.nodes[center].get("kind") not in ("person", "staff"):
        raise NotFound(N_("account {account!r} has no person {person!r}"),
                       account=G.graph.get("account"), person=center)
    nodes, edges = _circles(ctx, center)
    return nodes, edges, [], {}


def legend(ctx: Context) -> list[LegendItem]:
    L = ctx.lang
    return lg.stances(ctx) + [
        lg.node(tr("lg.center", L), "#dddddd", border="#000000", width=5),
        lg.node(tr("lg.staff", L), STAFF_COLOR, shape="box"),
        lg.text(tr("lg.ring1", L)), lg.text(tr("lg.ring2", L)),
        lg.edge(tr("lg.tie", L), EDGE_COLORS["tie"])]
