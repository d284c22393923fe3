"""Where an SVG picture's nodes sit and how big they are: the page's opening view (folded
departments), each node's box with its label, the picture's scale and the fonts raised
to stay legible at it, and text wrapping. Used by :mod:`kamgraph.render.svg`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from kamgraph.render.view_influence import label_width

if TYPE_CHECKING:
    from kamgraph.render.spec import MapSpec
    from kamgraph.render.vis import VisEdge, VisNode

__all__ = ["DRAW_W", "DRAW_H", "LINE", "opening_view", "font_of", "lines_of", "box_size",
           "extent", "bbox", "fit", "legible", "wrap"]

#: Room of the drawing (the page's 1600 x 1000 picture less legend, title and footer).
DRAW_W, DRAW_H = 1320.0, 900.0
LINE = 1.2  # line height in font sizes


def opening_view(spec: MapSpec) -> tuple[list[VisNode], list[VisEdge]]:
    """The nodes and edges the page shows when it opens (folded departments as one node,
    one grey line per pair of folded departments)."""
    collapse = bool(spec.meta.get("collapse"))
    folded = {n.get("dept") for n in spec.nodes if n.get("kind") == "dept"} if collapse else set()

    def shown(n: Mapping[str, Any]) -> bool:
        kind = n.get("kind")
        if kind == "dept":
            return collapse
        if kind == "staff" and n.get("pathOnly"):
            return False
        return not (kind == "person" and n.get("dept") and n.get("dept") in folded)

    nodes = [n for n in spec.nodes if shown(n)]
    ids = {n["id"] for n in nodes}
    edges = [e for e in spec.edges if e["from"] in ids and e["to"] in ids]
    if collapse:
        dept_of = {n["id"]: "dept:" + str(n["dept"]) for n in spec.nodes
                   if n.get("kind") == "person" and n.get("dept") in folded}
        pairs: dict[tuple[str, str], int] = {}
        for e in spec.edges:
            if e["from"] in ids and e["to"] in ids:
                continue
            a = e["from"] if e["from"] in ids else dept_of.get(e["from"])
            b = e["to"] if e["to"] in ids else dept_of.get(e["to"])
            if a and b and a != b and a in ids and b in ids:
                k = (min(a, b), max(a, b))
                pairs[k] = pairs.get(k, 0) + 1
        for (a, b), c in sorted(pairs.items()):
            edges.append({"from": a, "to": b, "kind": "proxy", "arrows": "",
                          "width": min(12.0, 1 + math.log2(c)),
                          "color": {"color": "#9aa5ad", "opacity": 0.55}, "title": f"{c} ↔"})
    return nodes, edges


def font_of(n: Mapping[str, Any]) -> float:
    return float((n.get("font") or {}).get("size") or 14)


def lines_of(n: Mapping[str, Any]) -> list[str]:
    return str(n.get("label") or "").split("\n")


def box_size(n: Mapping[str, Any], font: float) -> tuple[float, float, float]:
    """(width, height, font) of a box node, the font shrunk to fit a fixed width."""
    margin = float(n.get("margin") or 5)
    lines = lines_of(n)
    text_w = label_width("\n".join(lines), font)
    wc = n.get("widthConstraint") or {}
    hc = n.get("heightConstraint") or {}
    w = text_w + 2 * margin
    if wc.get("minimum") is not None:
        w = max(w, float(wc["minimum"]))
    if wc.get("maximum") is not None and w > float(wc["maximum"]):
        w = float(wc["maximum"])
        if text_w > w - 2 * margin and text_w > 0:
            font = max(6.0, font * (w - 2 * margin) / text_w)
    h = len(lines) * font * LINE + 2 * margin
    if hc.get("minimum") is not None:
        h = max(h, float(hc["minimum"]))
    return w, h, font


def extent(n: Mapping[str, Any], font: float) -> tuple[float, float, float, float]:
    """The box a node takes with its label, in map units."""
    x, y = float(n.get("x") or 0.0), float(n.get("y") or 0.0)
    shape = n.get("shape", "dot")
    if shape == "box":
        w, h, _ = box_size(n, font)
        return x - w / 2, y - h / 2, x + w / 2, y + h / 2
    tw = label_width(str(n.get("label") or ""), font)
    th = len(lines_of(n)) * font * LINE
    if shape == "text":
        return x - tw / 2, y - th / 2, x + tw / 2, y + th / 2
    r = float(n.get("size") or 10)
    return min(x - r, x - tw / 2), y - r, max(x + r, x + tw / 2), y + r + 4 + th


def bbox(nodes: Sequence[Mapping[str, Any]], fonts: Mapping[str, float]
          ) -> tuple[float, float, float, float]:
    xs0, ys0, xs1, ys1 = zip(*(extent(n, fonts[n["id"]]) for n in nodes), strict=True)
    return min(xs0), min(ys0), max(xs1), max(ys1)


def fit(nodes: Sequence[Mapping[str, Any]], fonts: Mapping[str, float], matrix: bool
         ) -> float:
    x0, y0, x1, y1 = bbox(nodes, fonts)
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    return min(1.0, DRAW_W / w) if matrix else min(1.0, DRAW_W / w, DRAW_H / h)


def legible(spec: MapSpec, nodes: Sequence[Mapping[str, Any]]) -> tuple[float, dict[str, float]]:
    """The scale of the picture, and each node's font raised as the page raises it."""
    matrix = bool(spec.meta.get("matrix"))
    fonts = {n["id"]: font_of(n) for n in nodes}
    s = fit(nodes, fonts, matrix)
    for _ in range(2):
        for n in nodes:
            kind = n.get("kind")
            least = 14.0 if kind == "dept" else (13.0 if n.get("key") else
                                                 (12.5 if spec.meta.get("legible") else 0.0))
            if least and kind != "cell" and font_of(n) * s < least:
                fonts[n["id"]] = min(least / s, 200.0)
        s = fit(nodes, fonts, matrix)
    return s, fonts


def wrap(text: str, width: float, font: float) -> list[str]:
    """``text`` broken into lines no wider than ``width`` (between words, or between
    characters where a word alone is too wide, as in Chinese).

    >>> wrap("A owner A · B owner B · S sponsor", 100, 10)
    ['A owner A · B', 'owner B · S', 'sponsor']
    """
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        cand = f"{cur} {word}" if cur else word
        if label_width(cand, font) <= width:
            cur = cand
            continue
        if cur:
            lines.append(cur)
        cur = ""
        for ch in word:
            if cur and label_width(cur + ch, font) > width:
                lines.append(cur)
                cur = ""
            cur += ch
    if cur or not lines:
        lines.append(cur)
    return lines
