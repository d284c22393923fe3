"""The influence map: every person, coloured by stance toward us, sized by key-person
score, competitor supporters ringed in that competitor's colour, formal and hidden
influence and reporting lines drawn apart, departments drawn together.

From :data:`COLLAPSE_AT` people on, each top-level department also gets a summary
node (count, key persons, stance mix as a pie) and the page opens with the
departments folded into them; a click unfolds one.
"""

from __future__ import annotations

import base64
import math
from collections import Counter, defaultdict
from collections.abc import Mapping
from typing import Any

from kamgraph.projection import edges_of_type, people
from kamgraph.render import legend as lg
from kamgraph.render.layout import cluster_layout
from kamgraph.render.palette import EDGE_COLORS, STANCE_COLORS, UNKNOWN_STANCE, Lang, circle_name
from kamgraph.render.spec import Context, person_node, text_node, top_department
from kamgraph.render.vis import Drawn, Group, LegendItem, MapMeta, VisEdge, VisNode
from kamgraph.render.words import tr

__all__ = ["build", "legend", "influence_edge", "reports_edge", "person_edges", "COLLAPSE_AT",
           "label_width", "Drawn"]

#: From this many people on, the map opens with departments folded.
COLLAPSE_AT = 500
#: The fold of the people in no department (executives, outsiders).
NO_DEPT = "~"

def influence_edge(u: str, v: str, d: Mapping[str, Any], lang: Lang) -> VisEdge:
    hidden = d.get("visibility") == "hidden"
    s = float(d.get("strength") or 0.0)
    return {"from": u, "to": v, "kind": "hidden" if hidden else "formal", "arrows": "to",
            "width": round(1 + 4 * s, 2), "dashes": [8, 6] if hidden else False,
            "color": {"color": EDGE_COLORS["hidden" if hidden else "formal"], "opacity": 0.8},
            "title": f"{tr('lg.hidden' if hidden else 'lg.formal', lang)}: "
                     f"{circle_name(str(d.get('basis') or 'other'), lang)}, {s:.2f}"}


def reports_edge(u: str, v: str, lang: Lang) -> VisEdge:
    return {"from": u, "to": v, "kind": "reports", "arrows": {"to": {"enabled": True,
            "type": "bar", "scaleFactor": 0.5}}, "width": 1, "dashes": False,
            "color": {"color": EDGE_COLORS["reports"]}, "smooth": False,
            "title": tr("lg.reports", lang)}


def person_edges(ctx: Context, keep: set[str]) -> list[VisEdge]:
    out = [influence_edge(u, v, d, ctx.lang) for u, v, d in edges_of_type(ctx.G, "INFLUENCES")
           if u in keep and v in keep]
    out += [reports_edge(u, v, ctx.lang) for u, v, _ in edges_of_type(ctx.G, "REPORTS_TO")
            if u in keep and v in keep]
    return out


def label_width(label: str, font: float) -> float:
    """Rough pixel width of a (multi-line) label: CJK characters a full em, others ~0.6.

    >>> label_width("Wang Qiang\\n王强", 10)
    60.0
    """
    return max((sum(font if ord(ch) > 0x2E80 else 0.6 * font for ch in line)
                for line in label.split("\n")), default=0.0)


def _slices(mix: Mapping[int | None, int]) -> list[tuple[str, int]]:
    """A stance mix as pie slices, clockwise from the top: (our colour, count)."""
    return [(STANCE_COLORS[v] if v is not None else UNKNOWN_STANCE, c)
            for v, c in sorted(mix.items(), key=lambda t: (t[0] is None, -(t[0] or 0)))]


def _pie(mix: Mapping[int | None, int]) -> str:
    """A stance-mix pie as an SVG data URL (our colours only; no text from the data).
    The page draws the same pie on its canvas from the slices (``pie``); the SVG is for
    the SVG picture (:mod:`kamgraph.render.svg`)."""
    total = sum(mix.values()) or 1
    parts = _slices(mix)
    a0 = -math.pi / 2
    paths = []
    for color, c in parts:
        if c == total:
            paths.append(f'<circle cx="50" cy="50" r="48" fill="{color}"/>')
            break
        a1 = a0 + 2 * math.pi * c / total
        large = 1 if a1 - a0 > math.pi else 0
        x0, y0 = 50 + 48 * math.cos(a0), 50 + 48 * math.sin(a0)
        x1, y1 = 50 + 48 * math.cos(a1), 50 + 48 * math.sin(a1)
        paths.append(f'<path d="M50 50 L{x0:.2f} {y0:.2f} A48 48 0 {large} 1 {x1:.2f} {y1:.2f} Z"'
                     f' fill="{color}"/>')
        a0 = a1
    svg = ('<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100" '
           'viewBox="0 0 100 100">' + "".join(paths) +
           '<circle cx="50" cy="50" r="48" fill="none" stroke="#555555" stroke-width="2"/></svg>')
    return "data:image/svg+xml;base64," + base64.b64encode(svg.encode()).decode()


def _mix_words(mix: Mapping[int | None, int], lang: Lang) -> str:
    pos = sum(c for v, c in mix.items() if v is not None and v > 0)
    neg = sum(c for v, c in mix.items() if v is not None and v < 0)
    return tr("d.mix", lang).format(pos=pos, neu=mix.get(0, 0), neg=neg, unk=mix.get(None, 0))


def _dept_nodes(ctx: Context, ps: list[str], top: dict[str, str],
                pos: Mapping[str, tuple[float, float]]) -> list[VisNode]:
    L = ctx.lang
    members: dict[str, list[str]] = defaultdict(list)
    for p in ps:
        members[top[p] or NO_DEPT].append(p)
    out: list[VisNode] = []
    centre: dict[str, tuple[float, float]] = {}
    spread: dict[str, float] = {}
    for d, ms in members.items():
        xs = [pos[p][0] for p in ms]
        ys = [pos[p][1] for p in ms]
        cx, cy = centre[d] = (sum(xs) / len(xs), sum(ys) / len(ys))
        spread[d] = max(math.hypot(x - cx, y - cy) for x, y in zip(xs, ys, strict=True))
    for d, ms in sorted(members.items()):
        cx, cy = centre[d]
        # the disc stands where its people are, and never over a neighbour's centre:
        # at most 45 % of the way to the nearest other department
        near = min((math.hypot(cx - x, cy - y) for e, (x, y) in centre.items() if e != d),
                   default=math.inf)
        radius = max(60.0, min(spread[d], 0.82 * near))
        mix = Counter(ctx.G.nodes[p].get("stance") for p in ms)
        keys = sum(1 for p in ms if p in ctx.key)
        name = tr("d.none", L) if d == NO_DEPT else ctx.name(d)
        label = (f"{name}\n{len(ms)} {tr('ui.people', L)} · {keys} "
                 f"{tr('ui.keypeople', L)}")
        font = min(0.3 * radius, 1.8 * radius / max(1.0, label_width(label, 1.0)))
        out.append({
            "id": "dept:" + d, "kind": "dept", "dept": d, "label": label,
            "title": f"{name}\n{_mix_words(mix, L)}\n{tr('ui.expand', L)}",
            "shape": "image", "image": _pie(mix), "size": round(0.55 * radius, 1),
            "pie": [[color, c] for color, c in _slices(mix)],
            "x": round(cx, 1), "y": round(cy, 1), "count": len(ms),
            "font": {"size": round(font, 1), "color": "#111111", "strokeWidth": 6,
                     "strokeColor": "#ffffff"},
            "search": name.lower(),
        })
    return out


def build(ctx: Context, seed: int, center: str | None) -> Drawn:
    """Nodes, edges, department groups and extras (``collapse``) of the influence map."""
    G = ctx.G
    ps = people(G)
    keep = set(ps)
    edges = person_edges(ctx, keep)
    nodes0 = {p: person_node(ctx, p) for p in ps}
    collapse = len(ps) >= COLLAPSE_AT
    top = {p: top_department(G, p) for p in ps}
    dept = {p: ((top[p] or NO_DEPT) if collapse else G.nodes[p].get("department")) for p in ps}
    # a node's disc: its radius, widened for a key person's bold label
    # (a plain label only shows once zoomed in, so a plain node keeps little room)
    room = {p: max(ctx.size(p), label_width(n["label"], n["font"]["size"]) / 2 - 14)
            if n["key"] else ctx.size(p) - 12 for p, n in nodes0.items()}
    pos = cluster_layout(ps, [(e["from"], e["to"], 1.0) for e in edges], dept, seed=seed,
                         sizes=room)
    nodes = []
    for p in ps:
        n = nodes0[p]
        n.update({"x": pos[p][0], "y": pos[p][1], "grp": dept[p] or ""})
        if collapse and not n["dept"]:
            n["dept"] = NO_DEPT
        nodes.append(n)
    members: dict[str, list[str]] = defaultdict(list)
    for p in ps:
        if G.nodes[p].get("department"):
            members[G.nodes[p]["department"]].append(p)
    groups: list[Group] = []
    for d in sorted(members):
        label = ctx.name(d)
        groups.append({"id": d, "label": label, "count": len(members[d])})
        if d not in keep and not collapse:
            xs = [pos[p][0] for p in members[d]]
            ys = [pos[p][1] for p in members[d]]
            nodes.append(text_node(d, label, sum(xs) / len(xs), min(ys) - 60, size=22))
    extra: MapMeta = {}
    if collapse:
        nodes.extend(_dept_nodes(ctx, ps, top, pos))
        extra["collapse"] = True
    return nodes, edges, groups, extra


def legend(ctx: Context) -> list[LegendItem]:
    L = ctx.lang
    items = lg.stances(ctx) + lg.influence_lines(ctx)
    items.append(lg.text(tr("lg.key", L)))
    if sum(1 for _ in people(ctx.G)) >= COLLAPSE_AT:
        items.append(lg.node(tr("lg.dept", L), "#dddddd", border="#555555"))
    return items
