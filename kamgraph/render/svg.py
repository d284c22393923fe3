"""A map view as one self-contained vector SVG, for slide decks, documents and print.

The picture is the page's opening view, drawn from the same :class:`MapSpec`: every
view computes its positions in Python (:mod:`kamgraph.render.layout` for the influence
map, fixed grids and flows for the other views), so no browser is needed. Like the
page, it folds the departments of a 500+ person account into their summary nodes,
joins folded departments by one line per pair, and raises labels that would be too
small at the opening zoom. Node shapes, colours and sizes, arrows and the dashes of
hidden links come from the spec; the title sits on top, the legend on the right and
the footer (account, view, date, privacy) at the bottom.

Every text from the data is element text written by :mod:`xml.etree.ElementTree`,
which escapes it; no markup is ever joined from strings. Colours are checked against
``#rrggbb`` as the page does. Private details are in the spec only when the map was
built with ``include_private``. Edges are drawn straight (vis-network's "continuous"
smoothing is a browser nicety) except the decision view's clockwise curves.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ET
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

# where things sit (svg_fit) and how each piece is drawn (svg_draw) are modules of their own
from kamgraph.render.svg_draw import clean, edge, hex_color, node, num, star, sub, text
from kamgraph.render.svg_fit import bbox, legible, opening_view, wrap

if TYPE_CHECKING:
    from kamgraph.render.spec import MapSpec

__all__ = ["svg_document", "write_svg", "opening_view", "wrap", "FONT_FAMILY"]

SVG_NS = "http://www.w3.org/2000/svg"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Fonts in order: CJK first so Chinese names draw in a proper Simplified Chinese face.
FONT_FAMILY = ("'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', "
               "'PingFang SC', Arial, sans-serif")
LEGEND_W = 260.0
TOP, BOTTOM, PAD = 44.0, 34.0, 16.0

ET.register_namespace("", SVG_NS)


def _legend(svg: ET.Element, spec: MapSpec, x: float, y: float) -> float:
    """The legend column at (x, y); returns its bottom."""
    g = sub(svg, "g", **{"class": "kg-legend"})
    rows: list[Mapping[str, Any]] = list(spec.legend)
    # the page's list of departments (not for the matrix, nor once folded: then the
    # departments stand on the map by name)
    if spec.groups and not spec.meta.get("matrix") and not spec.meta.get("collapse"):
        rows.append({"kind": "text", "label": spec.ui.get("department") or ""})
        rows.extend({"kind": "group", "label": f"{grp['label']} ({grp['count']})"}
                    for grp in spec.groups)
    texts = [wrap(clean(it.get("label") or ""), LEGEND_W - (28 if it.get("kind") in
                                                              ("text", "group") else 60), 11.5)
             for it in rows]
    height = 30 + sum(6 + 14 * len(t) for t in texts)
    sub(g, "rect", x=num(x), y=num(y), width=num(LEGEND_W - 8), height=num(height),
         rx="6", fill="#ffffff", stroke="#cccccc")
    text(g, [spec.ui.get("legend") or "Legend"], x + 10, y + 20, 14, "#222222",
          anchor="start", weight="bold")
    cy = y + 40
    for it, label in zip(rows, texts, strict=True):
        kind = it.get("kind")
        if kind in ("text", "group"):
            text(g, label, x + 10 if kind == "text" else x + 14, cy + 4, 11.5,
                  "#555555" if kind == "text" else "#333333", anchor="start")
        elif kind == "edge":
            dashes = it.get("dashes")
            sub(g, "path", d=f"M{num(x + 10)} {num(cy)} L{num(x + 34)} {num(cy)}",
                 stroke=hex_color(it.get("color")), stroke_width=num(float(it.get("width") or 2)),
                 stroke_dasharray=" ".join(str(d) for d in dashes)
                 if isinstance(dashes, list) else None)
            text(g, label, x + 42, cy + 4, 11.5, "#222222", anchor="start")
        else:
            fill = hex_color(it.get("color"), "#dddddd")
            stroke = hex_color(it.get("border"), "#666666")
            bw = num(min(3.0, float(it.get("borderWidth") or 1)))
            dash = "3 2" if it.get("dashes") else None
            shape = it.get("shape")
            if shape == "box":
                sub(g, "rect", x=num(x + 12), y=num(cy - 6), width="20", height="12", rx="2",
                     fill=fill, stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            elif shape == "diamond":
                sub(g, "polygon", points=f"{num(x + 22)},{num(cy - 7)} {num(x + 29)},"
                     f"{num(cy)} {num(x + 22)},{num(cy + 7)} {num(x + 15)},{num(cy)}",
                     fill=fill, stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            elif shape == "star":
                sub(g, "polygon", points=star(x + 22, cy, 8), fill=fill, stroke=stroke,
                     stroke_width=bw, stroke_dasharray=dash)
            else:
                sub(g, "circle", cx=num(x + 22), cy=num(cy), r="6.5", fill=fill,
                     stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            text(g, label, x + 42, cy + 4, 11.5, "#222222", anchor="start")
        cy += 6 + 14 * len(label)
    return y + height


def svg_document(spec: MapSpec) -> str:
    """The opening view of a map as one SVG document (a string; no file I/O)."""
    nodes, edges = opening_view(spec)
    if not nodes:
        nodes = [{"id": "~empty", "kind": "heading", "label": "", "shape": "text",
                  "x": 0.0, "y": 0.0}]
    s, fonts = legible(spec, nodes)
    x0, y0, x1, y1 = bbox(nodes, fonts)
    draw_w, draw_h = (x1 - x0) * s, (y1 - y0) * s
    width = PAD + max(draw_w, 300.0) + PAD + LEGEND_W
    svg = ET.Element(f"{{{SVG_NS}}}svg", {
        "version": "1.1", "role": "img", "font-family": FONT_FAMILY,
        XML_LANG: "zh-CN" if spec.lang == "zh" else "en"})
    sub(svg, "title").text = clean(spec.title)
    sub(svg, "desc").text = clean(spec.footer)
    bg = sub(svg, "rect", x="0", y="0", fill="#ffffff")
    text(svg, [spec.title], PAD, 28, 18, "#222222", anchor="start", weight="bold")
    legend_bottom = _legend(svg, spec, PAD + max(draw_w, 300.0) + PAD, TOP)
    height = max(TOP + draw_h + PAD, legend_bottom + PAD) + BOTTOM
    g = sub(svg, "g", transform=f"translate({num(PAD - x0 * s)} {num(TOP - y0 * s)}) "
             f"scale({s:.5f})")
    by_id = {n["id"]: n for n in nodes}
    edge_layer = sub(g, "g", **{"class": "kg-edges"})
    for e in edges:
        edge(edge_layer, e, by_id[e["from"]], by_id[e["to"]], fonts)
    node_layer = sub(g, "g", **{"class": "kg-nodes"})
    for n in nodes:
        if n["id"] != "~empty":
            node(node_layer, n, fonts[n["id"]])
    text(svg, [spec.footer], PAD, height - 12, 11, "#444444", anchor="start")
    for k, v in (("width", width), ("height", height)):
        svg.set(k, num(math.ceil(v)))
        bg.set(k, num(math.ceil(v)))
    svg.set("viewBox", f"0 0 {num(math.ceil(width))} {num(math.ceil(height))}")
    body = ET.tostring(svg, encoding="unicode", short_empty_elements=True)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + body + "\n"


def write_svg(spec: MapSpec, path: Path | str) -> Path:
    """Write the map's opening view as one self-contained SVG file; returns the path."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tmp = out.with_name(out.name + ".tmp")
    tmp.write_text(svg_document(spec), encoding="utf-8")
    tmp.replace(out)
    return out
