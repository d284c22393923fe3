"""The competition view: each competitor's supporters facing ours who answer them.

One band per competitor, its supporters strongest first. A row reads left to right:
the competitor's supporter, the counterpoint verdict, and the people of ours who
answer them: supporters of ours who weigh as much (solid green), who press but weigh
less (amber), or, when no supporter of ours answers, the best candidates to win over
(dashed). Unanswered supporters are red. The verdicts are those of
:func:`kamgraph.analyzers.counterpoints` (the side panel words the same ones); a person
of ours who answers several supporters is drawn once, beside the rows they answer.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kamgraph.i18n import N_, translate
from kamgraph.render import legend as lg
from kamgraph.render.palette import GAP_COLOR, Lang
from kamgraph.render.spec import Context, gap_border, node_label, person_node, text_node
from kamgraph.render.vis import Drawn, LegendItem, VisEdge, VisNode
from kamgraph.render.words import field

if TYPE_CHECKING:
    from kamgraph.analyzers.shapes import CounterpointDict

__all__ = ["build", "legend", "Row", "Layout", "layout", "spread", "rows_from",
           "SHOWN", "ROW_GAP", "BAND_GAP", "LEFT_X", "MID_X", "RIGHT_X"]

#: at most this many candidates per unanswered supporter (the strongest first)
SHOWN = 3
#: the least vertical distance between two people in a column
ROW_GAP = 58.0
BAND_GAP = 56.0
LEFT_X, MID_X, RIGHT_X = 0.0, 380.0, 760.0

#: how one of ours answers a supporter: (words, line colour, dashes, width)
_LINKS: dict[str, tuple[str, str, bool, float]] = {
    "countered": (N_("supporter of ours who weighs as much"), "#1b7837", False, 3.0),
    "partly": (N_("supporter of ours who weighs less"), "#e08214", False, 2.0),
    "candidate": (N_("candidate to win over"), "#7f8c8d", True, 1.5),
}
#: the verdict badge: (words, fill, border, text colour)
_BADGES: dict[str, tuple[str, str, str, str]] = {
    "countered": (N_("countered"), "#d9f0d3", "#1b7837", "#111111"),
    "partly": (N_("partly countered"), "#fee0b6", "#e08214", "#111111"),
    "uncountered": (N_("unanswered"), GAP_COLOR, GAP_COLOR, "#ffffff"),
    "beyond": (N_("unanswered: beyond our current relationships"), GAP_COLOR, GAP_COLOR,
               "#ffffff"),
}
_HEADS = (N_("Their supporter"), N_("Verdict"), N_("Ours who answer"))
_ANSWERS = N_("answers")
_NONE = N_("no supporter of a competitor in scope")


@dataclass(frozen=True)
class Row:
    """One supporter of a competitor, the verdict and who of ours answers (person, how)."""

    supporter: str
    competitor: str
    verdict: str
    ours: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class Layout:
    """y of each row (by supporter and competitor), of each band's heading, of ours."""

    rows: dict[tuple[str, str], float]
    bands: dict[str, float]
    ours: dict[str, float]


def rows_from(items: list[CounterpointDict]) -> list[Row]:
    """The rows of the counterpoint verdicts, in the analyzer's order (competitor, then
    supporter power)."""
    out: list[Row] = []
    for c in items:
        if c["countered_by"]:
            verdict = "countered"
            ours = [(w["person"], "countered") for w in c["countered_by"]]
        else:
            verdict = "partly" if c["partly_by"] else (
                "beyond" if c["beyond_base"] else "uncountered")
            ours = [(w["person"], "partly") for w in c["partly_by"]]
            ours += [(w["person"], "candidate") for w in c["candidates"][:SHOWN]]
        out.append(Row(c["supporter"], c["competitor"], verdict, tuple(ours)))
    return out


def spread(targets: dict[str, float], gap: float) -> dict[str, float]:
    """Place points on a line, each as near its target as it can be while keeping
    ``gap`` apart in the order of the targets (least squares: pooled adjacent blocks).

    >>> spread({"a": 0.0, "b": 0.0, "c": 200.0}, 50.0)
    {'a': -25.0, 'b': 25.0, 'c': 200.0}
    """
    order = sorted(targets, key=lambda k: (targets[k], k))
    blocks: list[tuple[float, int]] = []  # (sum of shifted targets, count)
    for i, k in enumerate(order):
        s, n = targets[k] - i * gap, 1
        while blocks and blocks[-1][0] / blocks[-1][1] > s / n:
            s0, n0 = blocks.pop()
            s, n = s + s0, n + n0
        blocks.append((s, n))
    out: dict[str, float] = {}
    i = 0
    for s, n in blocks:
        for _ in range(n):
            out[order[i]] = round(s / n + i * gap, 1)
            i += 1
    return out


def layout(rows: list[Row]) -> Layout:
    """Bands top to bottom in the rows' order of competitors; a row is as tall as the
    people of ours it lists; each person of ours sits at the mean height of the rows
    they answer, spread so that none overlap. Someone who is a supporter in a row too
    stays there (the line goes to them)."""
    ys: dict[tuple[str, str], float] = {}
    bands: dict[str, float] = {}
    y = 0.0
    for r in rows:
        if r.competitor not in bands:
            y += BAND_GAP if bands else 0.0
            bands[r.competitor] = y
            y += ROW_GAP * 0.75
        h = ROW_GAP * max(1, len(r.ours))
        ys[(r.supporter, r.competitor)] = y + h / 2
        y += h
    left = {r.supporter for r in rows}
    linked: dict[str, list[float]] = defaultdict(list)
    for r in rows:
        for p, _ in r.ours:
            if p not in left:
                linked[p].append(ys[(r.supporter, r.competitor)])
    ours = spread({p: sum(v) / len(v) for p, v in linked.items()}, ROW_GAP)
    return Layout(ys, bands, ours)


def _items(ctx: Context) -> list[CounterpointDict]:
    if ctx.inputs.counterpoints is not None:
        return ctx.inputs.counterpoints
    from kamgraph.analyzers import counterpoints

    return [c.to_dict() for c in counterpoints(ctx.G).items]


def build(ctx: Context, seed: int, center: str | None) -> Drawn:
    L = ctx.lang
    items = [c for c in _items(ctx) if c["supporter"] in ctx.G]
    if not items:
        return [text_node("none", translate(_NONE, L), 0.0, 0.0, 18)], [], [], {}
    rows = rows_from(items)
    at = layout(rows)
    names = {c["competitor"]: c["competitor_name"] for c in items}
    nodes: list[VisNode] = [text_node(f"head:{i}", translate(h, L), x, -ROW_GAP * 0.9, 15)
                            for i, (h, x) in enumerate(zip(_HEADS, (LEFT_X, MID_X, RIGHT_X),
                                                           strict=True))]
    for cid, y in at.bands.items():
        head = text_node(f"band:{cid}", field(translate(N_("Competitor"), L), names[cid], L),
                         LEFT_X, y, 17)
        head["font"] = {"size": 17, "color": ctx.comp_colors.get(cid, "#555555")}
        nodes.append(head)
    edges: list[VisEdge] = []
    answers: dict[str, list[str]] = defaultdict(list)
    drawn: set[str] = set()
    for r, c in zip(rows, items, strict=True):
        y = at.rows[(r.supporter, r.competitor)]
        badge = f"verdict:{r.competitor}:{r.supporter}"
        if r.supporter not in drawn:
            sup = _person(ctx, r.supporter, LEFT_X, y, c["reasons"][:3])
            nodes.append(gap_border(sup) if r.verdict in ("uncountered", "beyond") else sup)
            drawn.add(r.supporter)
        nodes.append(_badge(badge, r, y, L, c["reasons"]))
        edges.append({"from": r.supporter, "to": badge, "kind": "supports", "width": 2.0,
                      "color": {"color": ctx.comp_colors.get(r.competitor, "#999999")},
                      "smooth": False})
        for p, how in r.ours:
            words, color, dashes, width = _LINKS[how]
            edges.append({"from": p, "to": badge, "kind": how, "width": width,
                          "dashes": [6, 5] if dashes else False, "color": {"color": color},
                          "title": f"{ctx.name(p)}: {translate(words, L)}", "smooth": False})
            answers[p].append(f"{ctx.name(r.supporter)} ({names[r.competitor]})")
    for p, y in at.ours.items():
        if p in ctx.G:
            extra = [field(translate(_ANSWERS, L), "; ".join(answers[p]), L)]
            nodes.append(_person(ctx, p, RIGHT_X, y, extra))
    return nodes, edges, [], {"legible": True}


def _person(ctx: Context, p: str, x: float, y: float, extra: list[str]) -> VisNode:
    """A person as a one-line box filled by stance (the border: the competitor they back)."""
    stance = ctx.G.nodes[p].get("stance")
    ink = "#ffffff" if stance in (3, -3) else "#111111"
    return person_node(ctx, p, x=x, y=y, extra_lines=extra, shape="box", margin=8,
                       label=node_label(ctx.G.nodes[p], ctx.lang).replace("\n", " "),
                       font={"size": 16, "color": ink},
                       widthConstraint={"minimum": 170.0, "maximum": 240.0})


def _badge(node_id: str, r: Row, y: float, lang: Lang, reasons: list[str]) -> VisNode:
    words, fill, border, ink = _BADGES[r.verdict]
    label = translate(words, lang)
    return {"id": node_id, "kind": "cell", "person": r.supporter, "label": label,
            "title": "\n".join([label, *reasons]), "shape": "box", "x": MID_X, "y": y,
            "widthConstraint": {"minimum": 170.0, "maximum": 230.0},
            "color": {"background": fill, "border": border,
                      "highlight": {"background": fill, "border": "#000000"},
                      "hover": {"background": fill, "border": "#000000"}},
            "font": {"size": 18, "color": ink}, "borderWidth": 2, "margin": 8,
            "gap": r.verdict in ("uncountered", "beyond"), "search": ""}


def legend(ctx: Context) -> list[LegendItem]:
    L = ctx.lang
    out = lg.stances(ctx)
    out += [lg.edge(translate(w, L), color, [6, 5] if dashes else False, width)
            for w, color, dashes, width in _LINKS.values()]
    out += [lg.node(translate(w, L), fill, border=border, shape="box")
            for w, fill, border, _ in (_BADGES["countered"], _BADGES["partly"],
                                       _BADGES["uncountered"])]
    return out
