"""The four map views, each turning the account graph into a :class:`MapSpec`.

influence
    every person, coloured by stance toward us, sized by key-person score,
    competitor supporters ringed in that competitor's colour, formal and hidden
    influence and reporting lines drawn apart, departments drawn together.
decision
    the decision chain of one opportunity in columns by role, gatekeepers marked,
    the hidden chain behind the deciders and approvers above them.
circles
    one person's relationship network in rings, ties labelled by circle.
coverage
    our staff and the people they own (A solid, B dotted), gaps highlighted.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Mapping
from typing import Any, Literal

import networkx as nx

from kamgraph.errors import AnalysisError, NotFound
from kamgraph.model import today
from kamgraph.projection import edges_of_type, people
from kamgraph.render import legend as lg
from kamgraph.render.layout import cluster_layout
from kamgraph.render.palette import EDGE_COLORS, Lang, circle_name, role_name, tr
from kamgraph.render.spec import (
    Context,
    MapSpec,
    footer_text,
    gap_border,
    person_node,
    staff_node,
    text_node,
)

__all__ = ["build_view", "VIEWS"]

View = Literal["influence", "decision", "circles", "coverage"]
VIEWS: tuple[str, ...] = ("influence", "decision", "circles", "coverage")

#: Decision-chain columns by role (a person sits in the rightmost of their roles).
STAGE: dict[str, int] = {"initiator": 0, "user": 0, "influencer": 1, "gatekeeper": 2,
                         "decider": 3, "approver": 3, "buyer": 4, "coach": 5}
COL_GAP = 260.0
HIDDEN_HOPS = 3


def _influence_edge(u: str, v: str, d: Mapping[str, Any], lang: Lang) -> dict[str, Any]:
    hidden = d.get("visibility") == "hidden"
    s = float(d.get("strength") or 0.0)
    return {"from": u, "to": v, "kind": "hidden" if hidden else "formal", "arrows": "to",
            "width": round(1 + 4 * s, 2), "dashes": [8, 6] if hidden else False,
            "color": {"color": EDGE_COLORS["hidden" if hidden else "formal"], "opacity": 0.8},
            "title": f"{tr('lg.hidden' if hidden else 'lg.formal', lang)}: "
                     f"{circle_name(str(d.get('basis') or 'other'), lang)}, {s:.2f}"}


def _reports_edge(u: str, v: str, lang: Lang) -> dict[str, Any]:
    return {"from": u, "to": v, "kind": "reports", "arrows": {"to": {"enabled": True,
            "type": "bar", "scaleFactor": 0.5}}, "width": 1, "dashes": False,
            "color": {"color": EDGE_COLORS["reports"]}, "smooth": False,
            "title": tr("lg.reports", lang)}


def _person_edges(ctx: Context, keep: set[str]) -> list[dict[str, Any]]:
    out = [_influence_edge(u, v, d, ctx.lang) for u, v, d in edges_of_type(ctx.G, "INFLUENCES")
           if u in keep and v in keep]
    out += [_reports_edge(u, v, ctx.lang) for u, v, _ in edges_of_type(ctx.G, "REPORTS_TO")
            if u in keep and v in keep]
    return out


def _influence(ctx: Context, seed: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]],
                                                  list[dict[str, Any]]]:
    G = ctx.G
    ps = people(G)
    keep = set(ps)
    edges = _person_edges(ctx, keep)
    dept = {p: G.nodes[p].get("department") for p in ps}
    pos = cluster_layout(ps, [(e["from"], e["to"], 1.0) for e in edges], dept, seed=seed,
                         sizes={p: ctx.size(p) for p in ps})
    nodes = [person_node(ctx, p, x=pos[p][0], y=pos[p][1], group=dept[p] or "") for p in ps]
    members: dict[str, list[str]] = defaultdict(list)
    for p in ps:
        if dept[p]:
            members[dept[p]].append(p)
    groups = []
    for d in sorted(members):
        xs = [pos[p][0] for p in members[d]]
        ys = [pos[p][1] for p in members[d]]
        label = ctx.name(d)
        groups.append({"id": d, "label": label, "count": len(members[d])})
        if d not in keep:
            nodes.append(text_node(d, label, sum(xs) / len(xs), min(ys) - 60, size=22))
    return nodes, edges, groups


def _decision(ctx: Context) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    G, L = ctx.G, ctx.lang
    ps = people(G)
    roles = {p: list(G.nodes[p].get("roles") or []) for p in ps}
    chain = [p for p in ps if roles[p]]
    col = {p: max(STAGE.get(r, 0) for r in roles[p] if r not in ("gatekeeper", "coach"))
           if any(r not in ("gatekeeper", "coach") for r in roles[p])
           else (2 if "gatekeeper" in roles[p] else 5) for p in chain}
    # the hidden chain: who sways the deciders and approvers, up to HIDDEN_HOPS away
    infl: dict[str, list[str]] = defaultdict(list)
    for u, v, _ in edges_of_type(G, "INFLUENCES"):
        infl[v].append(u)
    hop: dict[str, int] = {}
    frontier = [p for p in chain if col[p] == 3]
    seen = set(chain)
    for h in range(1, HIDDEN_HOPS + 1):
        nxt = []
        for v in frontier:
            for u in sorted(infl[v]):
                if u not in seen and G.nodes[u].get("kind") == "person":
                    seen.add(u)
                    hop[u] = h
                    nxt.append(u)
        frontier = nxt
    keep = set(chain) | set(hop)
    cols: dict[int, list[str]] = defaultdict(list)
    for p in chain:
        cols[col[p]].append(p)
    used = sorted(cols)
    xcol = {c: i * COL_GAP for i, c in enumerate(used)}
    ys: dict[str, float] = {}
    for c in used:  # stack each column, spacing by node size (a three-line label needs ~50 px)
        members = sorted(cols[c], key=lambda p: (-int(G.nodes[p].get("rank") or 0), p))
        cols[c] = members
        y = 0.0
        for i, p in enumerate(members):
            if i:
                y += ctx.size(members[i - 1]) + ctx.size(p) + 66
            ys[p] = y
        for p in members:
            ys[p] = round(ys[p] - y / 2, 1)
    top = min(ys.values(), default=0.0) - 40
    nodes: list[dict[str, Any]] = []
    for c in used:
        nodes.append(text_node(f"col:{c}", tr(f"col.{c}", L), xcol[c], top - 60))
        for p in cols[c]:
            tag = " · ".join(role_name(r, L) for r in roles[p])
            extra: dict[str, Any] = {}
            if "gatekeeper" in roles[p]:
                extra = {"shape": "diamond", "gatekeeper": True}
            elif "coach" in roles[p]:
                extra = {"shape": "star", "coach": True}
            n = person_node(ctx, p, x=xcol[c], y=ys[p], column=c, **extra)
            n["label"] += f"\n[{tag}]"
            nodes.append(n)
    if hop:
        centre = xcol.get(3, 0.0)
        by_hop: dict[int, list[str]] = defaultdict(list)
        for p, h in hop.items():
            by_hop[h].append(p)
        base = top - 60 - 160
        nodes.append(text_node("col:hidden", tr("col.hidden", L), centre,
                               base - (max(by_hop) - 1) * 160 - 80))
        for h, members in sorted(by_hop.items()):
            members.sort(key=lambda p: (-int(G.nodes[p].get("rank") or 0), p))
            for i, p in enumerate(members):
                x = centre + (i - (len(members) - 1) / 2) * 170
                n = person_node(ctx, p, x=round(x, 1), y=base - (h - 1) * 160, hop=h,
                                extra_lines=[f"{tr('f.hop', L)}: {h}"],
                                shapeProperties={"borderDashes": [4, 4]})
                n["borderWidth"] = max(int(n["borderWidth"]), 3)
                nodes.append(n)
    edges = _person_edges(ctx, keep)
    for e in edges:  # columns put chains on one line: curve the edges apart
        e["smooth"] = {"enabled": True, "type": "curvedCW", "roundness": 0.25}
    return nodes, edges


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


def _circles(ctx: Context, center: str) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
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

    def node(n: str, ring: int) -> dict[str, Any]:
        x, y = pos[n]
        kind = G.nodes[n].get("kind")
        nd = (staff_node(ctx, n, x=x, y=y, ring=ring) if kind == "staff"
              else person_node(ctx, n, x=x, y=y, ring=ring))
        if ring == 0:
            nd.update(size=max(float(nd.get("size") or 0), 34.0), borderWidth=6)
            nd["color"] = dict(nd["color"], border="#000000")
            nd["font"] = {"size": 18, "bold": True}
        return nd

    nodes = [node(center, 0)] + [node(p, 1) for p in ring1] + [node(p, 2) for p in sorted(parent)]
    edges: list[dict[str, Any]] = []

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


def _default_gaps(ctx: Context, persons: list[str]) -> dict[str, list[str]]:
    G, L = ctx.G, ctx.lang
    out: dict[str, list[str]] = {}
    for p in persons:
        own = ctx.owners.get(p, [])
        a = {s for r, s in own if r == "A"}
        b = {s for r, s in own if r == "B"}
        g = []
        if not a:
            g.append(tr("gap.noA", L))
        if not b:
            g.append(tr("gap.noB", L))
        if a & b:
            g.append(tr("gap.same", L))
        if any(G.nodes[s].get("active") is False for _, s in own if s in G):
            g.append(tr("gap.left", L))
        if g:
            out[p] = g
    return out


def _coverage(ctx: Context, seed: int, gaps_given: bool
              ) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    G, L = ctx.G, ctx.lang
    owns = edges_of_type(G, "OWNS")
    spons = edges_of_type(G, "SPONSORS")
    owned = {v for _, v, _ in owns} | {v for _, v, _ in spons}
    ps = people(G)
    key = [p for p in ps if p in owned or G.nodes[p].get("roles") or p in ctx.scores]
    if not gaps_given:
        ctx.gaps = _default_gaps(ctx, key)
    persons = sorted(set(key) | {p for p in ctx.gaps if p in G})
    staff = sorted({u for u, _, _ in owns} | {u for u, _, _ in spons})
    edges: list[dict[str, Any]] = []
    for u, v, d in owns:
        r = str(d.get("role"))
        edges.append({"from": u, "to": v, "kind": f"owner{r}", "role": r, "arrows": "to",
                      "width": 3 if r == "A" else 2, "dashes": False if r == "A" else [2, 5],
                      "color": {"color": EDGE_COLORS.get(r, "#2c3e50")}, "label": r,
                      "title": tr("lg.ownerA" if r == "A" else "lg.ownerB", L)})
    for u, v, _ in spons:
        edges.append({"from": u, "to": v, "kind": "sponsor", "arrows": "to", "width": 1.5,
                      "dashes": [10, 4], "color": {"color": EDGE_COLORS["sponsor"]},
                      "title": tr("lg.sponsor", L)})
    if len(persons) + len(staff) <= 150:
        sidx = {s: i for i, s in enumerate(staff)}
        bary = {p: min((sidx[s] for _, s in ctx.owners.get(p, []) if s in sidx), default=1e9)
                for p in persons}
        order = sorted(persons, key=lambda p: (bary[p], p))
        pos = {s: (0.0, round((i - (len(staff) - 1) / 2) * 90, 1)) for i, s in enumerate(staff)}
        pos.update({p: (480.0, round((i - (len(order) - 1) / 2) * 80, 1))
                    for i, p in enumerate(order)})
    else:
        pos = cluster_layout(staff + persons, [(e["from"], e["to"], 1.0) for e in edges],
                             seed=seed)
    nodes = [staff_node(ctx, s, x=pos[s][0], y=pos[s][1]) for s in staff]
    for p in persons:
        n = person_node(ctx, p, x=pos[p][0], y=pos[p][1])
        if ctx.gaps.get(p):
            n = gap_border(n)
            n["label"] = "⚠ " + n["label"]
        nodes.append(n)
    return nodes, edges


def build_view(
    G: nx.MultiDiGraph,
    view: View = "influence",
    *,
    center: str | None = None,
    scores: Mapping[str, float] | None = None,
    gaps: Mapping[str, list[str]] | None = None,
    reasons: Mapping[str, list[str]] | None = None,
    include_private: bool = False,
    lang: Lang = "en",
    seed: int = 7,
    date: dt.date | None = None,
) -> MapSpec:
    """Build the data of one map view (pure: no file or network I/O).

    Parameters
    ----------
    G : the account projection (:func:`kamgraph.projection.graph_from_data`).
    view : ``influence``, ``decision``, ``circles`` (needs ``center``) or ``coverage``.
    center : person or staff id at the centre of the ``circles`` view.
    scores, gaps, reasons : per person: key-person score (node size), coverage gaps,
        analyzer reasons (all shown in the hover details). Without ``gaps`` the
        coverage view finds the plain A/B gaps itself.
    include_private : show private fields (only if ``G`` holds them).
    lang : ``en`` or ``zh`` for the legend, headings and labels.
    seed, date : layout seed and the date in the footer (default today).

    Examples
    --------
    >>> from kamgraph.model import AccountData
    >>> from kamgraph.projection import graph_from_data
    >>> d = AccountData()
    >>> d["account"].append({"id": "acme", "name": "Acme"})
    >>> d["person"].append({"id": "p1", "name": "<b>Ann</b>"})
    >>> spec = build_view(graph_from_data(d))
    >>> [n["label"] for n in spec.nodes]
    ['<b>Ann</b>']
    """
    if view not in VIEWS:
        raise AnalysisError(f"unknown view {view!r}; choose one of {', '.join(VIEWS)}")
    ctx = Context.make(G, lang, scores, reasons, gaps, include_private)
    groups: list[dict[str, Any]] = []
    if view == "influence":
        nodes, edges, groups = _influence(ctx, seed)
    elif view == "decision":
        nodes, edges = _decision(ctx)
    elif view == "circles":
        if not center:
            raise AnalysisError("the circles view needs a centre person (--center PERSON)")
        if center not in G or G.nodes[center].get("kind") not in ("person", "staff"):
            raise NotFound(f"account {G.graph.get('account')!r} has no person {center!r}")
        nodes, edges = _circles(ctx, center)
    else:
        nodes, edges = _coverage(ctx, seed, gaps is not None)
    for i, e in enumerate(edges):
        e["id"] = f"e{i}"
    date = date or today()
    title = f"{tr('view.' + view, lang)} · {G.graph.get('account_name') or G.graph.get('account')}"
    if view == "circles" and center:
        title += f" · {ctx.name(center)}"
    return MapSpec(
        nodes=nodes, edges=edges, legend=lg.legend(view, ctx, bool(ctx.scores)), groups=groups,
        title=title, footer=footer_text(G, view, lang, ctx.include_private, date),
        view=view, lang=lang, options=lg.options(len(nodes)), ui=lg.ui_words(lang),
        meta={"account": G.graph.get("account"), "view": view,
              "opportunity": G.graph.get("opportunity"), "date": date.isoformat(),
              "private": ctx.include_private, "center": center},
    )
