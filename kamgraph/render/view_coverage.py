"""The coverage view as a matrix: key persons (rows) × our staff (columns).

Rows are grouped by department (the group holding the most powerful person first)
and ordered by power within it; each row head is the person, coloured by stance.
A cell says what the staff member is to the person: A (owner A), B (owner B),
S (sponsor), C (information channel). Gaps are red, with the fix in the cell's
tooltip; gaps that concern no one staff member sit in the last column.
"""

from __future__ import annotations

from collections import defaultdict

from kamgraph.projection import edges_of_type, people
from kamgraph.render import legend as lg
from kamgraph.render.palette import GAP_COLOR, STAFF_COLOR, stance_color
from kamgraph.render.spec import Context, person_node, staff_node, text_node, top_department
from kamgraph.render.view_influence import Drawn, label_width
from kamgraph.render.vis import LegendItem, VisNode
from kamgraph.render.words import tr

__all__ = ["build", "legend", "default_gaps", "CELL_W", "ROW_H"]

CELL_W = 86.0
ROW_H = 27.0
HEAD_W = 230.0
_CELL_FILL = {"A": "#9ecae1", "B": "#deebf7", "S": "#fdd49e", "C": "#e5f5e0", "": "#f7f7f7"}


def default_gaps(ctx: Context, persons: list[str]) -> dict[str, dict[str, list[str]]]:
    """Plain A/B gaps by the staff member they concern, when no analyzer gaps are given."""
    G, L = ctx.G, ctx.lang
    out: dict[str, dict[str, list[str]]] = {}
    for p in persons:
        own = ctx.owners.get(p, [])
        a = {s for r, s in own if r == "A"}
        b = {s for r, s in own if r == "B"}
        g: dict[str, list[str]] = defaultdict(list)
        if not a:
            g[""].append(tr("gap.noA", L))
        if not b:
            g[""].append(tr("gap.noB", L))
        for s in sorted(a & b):
            g[s].append(tr("gap.same", L))
        for _, s in own:
            if s in G and G.nodes[s].get("active") is False:
                g[s].append(tr("gap.left", L))
        if g:
            out[p] = dict(g)
    return out


def build(ctx: Context, seed: int, center: str | None) -> Drawn:
    G, L = ctx.G, ctx.lang
    owns = edges_of_type(G, "OWNS")
    spons = edges_of_type(G, "SPONSORS")
    informs = [(u, v) for u, v, _ in edges_of_type(G, "INFORMS")
               if G.nodes[u].get("kind") == "staff"]
    ps = people(G)
    covered = {v for _, v, _ in owns} | {v for _, v, _ in spons}
    persons = [p for p in ps if p in ctx.key or p in covered or p in ctx.gaps]
    cells: dict[tuple[str, str], list[str]] = defaultdict(list)
    for u, v, d in owns:
        cells[(v, u)].append(str(d.get("role")))
    for u, v, _ in spons:
        cells[(v, u)].append("S")
    for u, v in informs:
        if v in set(persons):
            cells[(v, u)].append("C")
    gap_cells = (ctx.inputs.gap_cells if ctx.inputs.gap_cells
                 else default_gaps(ctx, persons) if not ctx.gaps else
                 {p: {"": list(g)} for p, g in ctx.gaps.items()})
    if not ctx.gaps:
        ctx.gaps = {p: [t for ts in g.values() for t in ts] for p, g in gap_cells.items()}
    persons = sorted(set(persons) | {p for p in gap_cells if p in G and
                                     G.nodes[p].get("kind") == "person"})
    staff_load: dict[str, int] = defaultdict(int)
    for (_p, s), _ in cells.items():
        if _p in persons:
            staff_load[s] += 1
    for p in persons:
        for s in gap_cells.get(p, {}):
            if s:
                staff_load[s] += 1
    staff = sorted(staff_load, key=lambda s: (-staff_load[s], ctx.name(s)))
    power = {p: ctx.scores.get(p, float(G.nodes[p].get("rank") or 0)) for p in persons}
    groups: dict[str, list[str]] = defaultdict(list)
    for p in persons:
        groups[top_department(G, p)].append(p)
    order = sorted(groups, key=lambda d: (-max(power[p] for p in groups[d]), ctx.name(d)))
    nodes: list[VisNode] = []
    col_x = {s: HEAD_W / 2 + 20 + CELL_W * (i + 0.5) for i, s in enumerate(staff)}
    gap_x = HEAD_W / 2 + 20 + CELL_W * (len(staff) + 0.5)
    for s in staff:
        n = staff_node(ctx, s, x=round(col_x[s], 1), y=-ROW_H * 1.2,
                       widthConstraint={"minimum": CELL_W - 6, "maximum": CELL_W - 6},
                       font={"size": 12, "color": "#ffffff"})
        nodes.append(n)
    nodes.append(text_node("col:gaps", tr("cov.gapcol", L), gap_x, -ROW_H * 1.2, 14))
    nodes.append(text_node("col:person", tr("cov.person", L), 0.0, -ROW_H * 1.2, 14))
    y = 0.0
    for dep in order:
        if dep:
            w = label_width(ctx.name(dep), 14)
            nodes.append(text_node(f"grp:{dep}", ctx.name(dep), -HEAD_W / 2 + w / 2, y, 14))
            y += ROW_H
        for p in sorted(groups[dep], key=lambda p: (-power[p], ctx.name(p))):
            a = G.nodes[p]
            name = " ".join(str(x) for x in (a.get("name_en") if L == "en" else a.get("name"),
                                             a.get("name") if L == "en" else a.get("name_en"))
                            if x) or p
            gaps = gap_cells.get(p, {})
            row = person_node(ctx, p, x=0.0, y=round(y, 1), shape="box", label=name,
                              widthConstraint={"minimum": HEAD_W, "maximum": HEAD_W},
                              font={"size": 13, "color": "#111111"},
                              margin=4, row=True)
            row["color"] = {**row["color"], "background": stance_color(a.get("stance"))}
            if gaps:
                row["color"] = {**row["color"], "border": GAP_COLOR}
                row["borderWidth"] = 3
                row["gap"] = True
            nodes.append(row)
            for s in staff:
                got = sorted(set(cells.get((p, s), [])), key="ABSC".index)
                bad = gaps.get(s, [])
                nodes.append(_cell(ctx, p, s, got, bad, col_x[s], y))
            nodes.append(_cell(ctx, p, "", [], gaps.get("", []), gap_x, y))
            y += ROW_H
    return nodes, [], [], {"matrix": True}


def _cell(ctx: Context, p: str, s: str, got: list[str], bad: list[str], x: float,
          y: float) -> VisNode:
    L = ctx.lang
    label = " ".join(tr(f"cov.{c}", L) for c in got) or ("!" if bad and not s else " ")
    title = [ctx.name(p) + (f" × {ctx.name(s)}" if s else "")]
    title += [tr({"A": "p.ownerA", "B": "p.ownerB", "S": "p.sponsor", "C": "p.channels"}[c], L)
              for c in got]
    title += [f"{tr('lg.gap', L)}: {g}" for g in bad]
    fill = GAP_COLOR if bad else _CELL_FILL[got[0] if got else ""]
    return {"id": f"cell:{p}:{s}", "kind": "cell", "person": p, "staff": s, "label": label,
            "title": "\n".join(title), "shape": "box", "x": round(x, 1), "y": round(y, 1),
            "widthConstraint": {"minimum": CELL_W - 6, "maximum": CELL_W - 6},
            "heightConstraint": {"minimum": ROW_H - 8},
            "color": {"background": fill, "border": "#ffffff" if not bad else GAP_COLOR,
                      "highlight": {"background": fill, "border": "#000000"},
                      "hover": {"background": fill, "border": "#000000"}},
            "font": {"size": 13, "color": "#ffffff" if bad else "#111111"},
            "borderWidth": 1, "gap": bool(bad), "search": ""}


def legend(ctx: Context) -> list[LegendItem]:
    L = ctx.lang
    return lg.stances(ctx) + [
        lg.node(tr("lg.staff", L), STAFF_COLOR, shape="box"),
        lg.node(tr("lg.staff_left", L), "#bbbbbb", shape="box"),
        lg.text(tr("cov.cells", L)),
        lg.node(tr("cov.gap", L), GAP_COLOR, border=GAP_COLOR, shape="box"),
    ]
