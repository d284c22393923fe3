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
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamgraph.render.view_influence import label_width

if TYPE_CHECKING:
    from kamgraph.render.spec import MapSpec
    from kamgraph.render.vis import VisEdge, VisNode

__all__ = ["svg_document", "write_svg", "opening_view", "FONT_FAMILY"]

SVG_NS = "http://www.w3.org/2000/svg"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
#: Fonts in order: CJK first so Chinese names draw in a proper Simplified Chinese face.
FONT_FAMILY = ("'Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC', 'Microsoft YaHei', "
               "'PingFang SC', Arial, sans-serif")
#: Room of the drawing (the page's 1600 x 1000 picture less legend, title and footer).
DRAW_W, DRAW_H = 1320.0, 900.0
LEGEND_W = 260.0
TOP, BOTTOM, PAD = 44.0, 34.0, 16.0
LINE = 1.2  # line height in font sizes
_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
# characters XML 1.0 cannot hold at all
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")

ET.register_namespace("", SVG_NS)


def _hex(c: Any, default: str = "#999999") -> str:
    return str(c) if _HEX.match(str(c)) else default


def _clean(text: Any) -> str:
    return _BAD_XML.sub("", str(text))


def _num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if abs(v) < 1e9 else "0"


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


# ---- geometry ----------------------------------------------------------------------

def _font(n: Mapping[str, Any]) -> float:
    return float((n.get("font") or {}).get("size") or 14)


def _lines(n: Mapping[str, Any]) -> list[str]:
    return str(n.get("label") or "").split("\n")


def _box_size(n: Mapping[str, Any], font: float) -> tuple[float, float, float]:
    """(width, height, font) of a box node, the font shrunk to fit a fixed width."""
    margin = float(n.get("margin") or 5)
    lines = _lines(n)
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


def _extent(n: Mapping[str, Any], font: float) -> tuple[float, float, float, float]:
    """The box a node takes with its label, in map units."""
    x, y = float(n.get("x") or 0.0), float(n.get("y") or 0.0)
    shape = n.get("shape", "dot")
    if shape == "box":
        w, h, _ = _box_size(n, font)
        return x - w / 2, y - h / 2, x + w / 2, y + h / 2
    tw = label_width(str(n.get("label") or ""), font)
    th = len(_lines(n)) * font * LINE
    if shape == "text":
        return x - tw / 2, y - th / 2, x + tw / 2, y + th / 2
    r = float(n.get("size") or 10)
    return min(x - r, x - tw / 2), y - r, max(x + r, x + tw / 2), y + r + 4 + th


def _bbox(nodes: Sequence[Mapping[str, Any]], fonts: Mapping[str, float]
          ) -> tuple[float, float, float, float]:
    xs0, ys0, xs1, ys1 = zip(*(_extent(n, fonts[n["id"]]) for n in nodes), strict=True)
    return min(xs0), min(ys0), max(xs1), max(ys1)


def _fit(nodes: Sequence[Mapping[str, Any]], fonts: Mapping[str, float], matrix: bool
         ) -> float:
    x0, y0, x1, y1 = _bbox(nodes, fonts)
    w, h = max(x1 - x0, 1.0), max(y1 - y0, 1.0)
    return min(1.0, DRAW_W / w) if matrix else min(1.0, DRAW_W / w, DRAW_H / h)


def _legible(spec: MapSpec, nodes: Sequence[Mapping[str, Any]]) -> tuple[float, dict[str, float]]:
    """The scale of the picture, and each node's font raised as the page raises it."""
    matrix = bool(spec.meta.get("matrix"))
    fonts = {n["id"]: _font(n) for n in nodes}
    s = _fit(nodes, fonts, matrix)
    for _ in range(2):
        for n in nodes:
            kind = n.get("kind")
            least = 14.0 if kind == "dept" else (13.0 if n.get("key") else
                                                 (12.5 if spec.meta.get("legible") else 0.0))
            if least and kind != "cell" and _font(n) * s < least:
                fonts[n["id"]] = min(least / s, 200.0)
        s = _fit(nodes, fonts, matrix)
    return s, fonts


# ---- drawing -----------------------------------------------------------------------

def _sub(parent: ET.Element, tag: str, **attrs: Any) -> ET.Element:
    return ET.SubElement(parent, tag, {k.replace("_", "-"): str(v) for k, v in attrs.items()
                                       if v is not None})


def _text(parent: ET.Element, lines: Sequence[str], x: float, y: float, font: float,
          color: str, *, anchor: str = "middle", halo: Mapping[str, Any] | None = None,
          weight: str | None = None) -> None:
    """Lines of text, the first baseline at ``y``; a white halo when asked."""
    t = _sub(parent, "text", x=_num(x), y=_num(y), font_size=_num(font), fill=color,
             text_anchor=anchor, font_weight=weight)
    if halo and float(halo.get("strokeWidth") or 0) > 0:
        t.set("stroke", _hex(halo.get("strokeColor"), "#ffffff"))
        t.set("stroke-width", _num(float(halo["strokeWidth"])))
        t.set("paint-order", "stroke")
        t.set("stroke-linejoin", "round")
    for i, line in enumerate(lines):
        span = _sub(t, "tspan", x=_num(x), dy="0" if i == 0 else _num(font * LINE))
        span.text = _clean(line)


def _star(x: float, y: float, r: float) -> str:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(f"{_num(x + rr * math.cos(a))},{_num(y + rr * math.sin(a))}")
    return " ".join(pts)


def _node(g: ET.Element, n: Mapping[str, Any], font: float) -> None:
    x, y = float(n.get("x") or 0.0), float(n.get("y") or 0.0)
    shape = n.get("shape", "dot")
    color = n.get("color") or {}
    fill = _hex(color.get("background"), "#dddddd")
    stroke = _hex(color.get("border"), "#666666")
    bw = float(n.get("borderWidth") or 1)
    dashes = (n.get("shapeProperties") or {}).get("borderDashes")
    dash = " ".join(_num(float(d)) for d in dashes) if isinstance(dashes, list) else None
    fc = n.get("font") or {}
    font_color = _hex(fc.get("color"), "#333333")
    grp = _sub(g, "g", **{"class": "kg-" + str(n.get("kind") or "node")})
    if n.get("title"):
        _sub(grp, "title").text = _clean(n["title"])
    lines = _lines(n)
    if shape == "text":
        top = y - (len(lines) - 1) * font * LINE / 2 + font * 0.35
        _text(grp, lines, x, top, font, font_color, halo=fc)
        return
    if shape == "box":
        w, h, f = _box_size(n, font)
        _sub(grp, "rect", x=_num(x - w / 2), y=_num(y - h / 2), width=_num(w), height=_num(h),
             rx="6", fill=fill, stroke=stroke, stroke_width=_num(bw), stroke_dasharray=dash)
        if any(line.strip() for line in lines):
            top = y - (len(lines) - 1) * f * LINE / 2 + f * 0.35
            _text(grp, lines, x, top, f, font_color, halo=fc)
        return
    r = float(n.get("size") or 10)
    if shape == "image" and str(n.get("image") or "").startswith("data:image/svg+xml;base64,"):
        _sub(grp, "image", href=n["image"], x=_num(x - r), y=_num(y - r), width=_num(2 * r),
             height=_num(2 * r))
    elif shape == "diamond":
        _sub(grp, "polygon", points=f"{_num(x)},{_num(y - r)} {_num(x + r)},{_num(y)} "
             f"{_num(x)},{_num(y + r)} {_num(x - r)},{_num(y)}", fill=fill, stroke=stroke,
             stroke_width=_num(bw), stroke_dasharray=dash)
    elif shape == "star":
        _sub(grp, "polygon", points=_star(x, y, r), fill=fill, stroke=stroke,
             stroke_width=_num(bw), stroke_dasharray=dash)
    else:
        _sub(grp, "circle", cx=_num(x), cy=_num(y), r=_num(r), fill=fill, stroke=stroke,
             stroke_width=_num(bw), stroke_dasharray=dash)
    _text(grp, lines, x, y + r + 4 + font * 0.9, font, font_color, halo=fc)


def _reach(n: Mapping[str, Any], font: float, dx: float, dy: float) -> float:
    """How far from a node's centre, in direction (dx, dy), its outline lies."""
    if n.get("shape") == "box":
        w, h, _ = _box_size(n, font)
        tx = (w / 2) / abs(dx) if abs(dx) > 1e-9 else math.inf
        ty = (h / 2) / abs(dy) if abs(dy) > 1e-9 else math.inf
        return min(tx, ty)
    if n.get("shape") == "text":
        return 0.0
    return float(n.get("size") or 10) + float(n.get("borderWidth") or 1) / 2


def _edge(g: ET.Element, e: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any],
          fonts: Mapping[str, float]) -> None:
    x0, y0 = float(a.get("x") or 0.0), float(a.get("y") or 0.0)
    x1, y1 = float(b.get("x") or 0.0), float(b.get("y") or 0.0)
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    color = e.get("color") or {}
    stroke = _hex(color.get("color") if isinstance(color, Mapping) else color, "#848484")
    opacity = float(color.get("opacity", 1.0)) if isinstance(color, Mapping) else 1.0
    width = float(e.get("width") or 1)
    dashes = e.get("dashes")
    dash = (" ".join(_num(float(d)) for d in dashes) if isinstance(dashes, list)
            else "8 6" if dashes is True else None)
    arrows = e.get("arrows")
    kind = ("arrow" if arrows == "to" else
            "bar" if isinstance(arrows, Mapping) and (arrows.get("to") or {}).get("type") == "bar"
            else "")
    # shorten to the outlines, and the arrow's head before the target
    s0 = _reach(a, fonts[a["id"]], ux, uy)
    s1 = _reach(b, fonts[b["id"]], -ux, -uy)
    head = 8 + 2 * width if kind == "arrow" else 0.0
    sx, sy = x0 + ux * s0, y0 + uy * s0
    ex, ey = x1 - ux * s1, y1 - uy * s1
    grp = _sub(g, "g", **{"class": "kg-edge"})
    if e.get("title"):
        _sub(grp, "title").text = _clean(e["title"])
    smooth = e.get("smooth")
    curved = isinstance(smooth, Mapping) and smooth.get("type") == "curvedCW"
    if curved:
        rnd = float(smooth.get("roundness") or 0.15)  # type: ignore[union-attr]
        cx, cy = (x0 + x1) / 2 - uy * rnd * length, (y0 + y1) / 2 + ux * rnd * length
        tx, ty = ex - cx, ey - cy
        tl = math.hypot(tx, ty) or 1.0
        tx, ty = tx / tl, ty / tl
        lx, ly = ex - tx * head, ey - ty * head
        d = f"M{_num(sx)} {_num(sy)} Q{_num(cx)} {_num(cy)} {_num(lx)} {_num(ly)}"
        mx, my = 0.25 * sx + 0.5 * cx + 0.25 * ex, 0.25 * sy + 0.5 * cy + 0.25 * ey
    else:
        tx, ty = ux, uy
        lx, ly = ex - tx * head, ey - ty * head
        d = f"M{_num(sx)} {_num(sy)} L{_num(lx)} {_num(ly)}"
        mx, my = (sx + ex) / 2, (sy + ey) / 2
    _sub(grp, "path", d=d, fill="none", stroke=stroke, stroke_width=_num(width),
         stroke_opacity=_num(opacity) if opacity < 1 else None, stroke_dasharray=dash,
         stroke_linecap="butt")
    if kind == "arrow":
        hw = head * 0.45
        pts = [(ex, ey), (lx - ty * hw, ly + tx * hw), (lx + ty * hw, ly - tx * hw)]
        _sub(grp, "polygon", points=" ".join(f"{_num(px)},{_num(py)}" for px, py in pts),
             fill=stroke, fill_opacity=_num(opacity) if opacity < 1 else None)
    elif kind == "bar":
        hw = 5.0
        _sub(grp, "path", d=f"M{_num(ex - ty * hw)} {_num(ey + tx * hw)} "
             f"L{_num(ex + ty * hw)} {_num(ey - tx * hw)}", stroke=stroke,
             stroke_width=_num(max(width, 1.5)))
    if e.get("label"):
        f = float((e.get("font") or {}).get("size") or 11)
        _text(grp, [str(e["label"])], mx, my + f * 0.35, f,
              _hex((e.get("font") or {}).get("color"), "#555555"),
              halo={"strokeWidth": 3, "strokeColor": "#ffffff"})


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


def _legend(svg: ET.Element, spec: MapSpec, x: float, y: float) -> float:
    """The legend column at (x, y); returns its bottom."""
    g = _sub(svg, "g", **{"class": "kg-legend"})
    rows: list[Mapping[str, Any]] = list(spec.legend)
    # the page's list of departments (not for the matrix, nor once folded: then the
    # departments stand on the map by name)
    if spec.groups and not spec.meta.get("matrix") and not spec.meta.get("collapse"):
        rows.append({"kind": "text", "label": spec.ui.get("department") or ""})
        rows.extend({"kind": "group", "label": f"{grp['label']} ({grp['count']})"}
                    for grp in spec.groups)
    texts = [wrap(_clean(it.get("label") or ""), LEGEND_W - (28 if it.get("kind") in
                                                              ("text", "group") else 60), 11.5)
             for it in rows]
    height = 30 + sum(6 + 14 * len(t) for t in texts)
    _sub(g, "rect", x=_num(x), y=_num(y), width=_num(LEGEND_W - 8), height=_num(height),
         rx="6", fill="#ffffff", stroke="#cccccc")
    _text(g, [spec.ui.get("legend") or "Legend"], x + 10, y + 20, 14, "#222222",
          anchor="start", weight="bold")
    cy = y + 40
    for it, label in zip(rows, texts, strict=True):
        kind = it.get("kind")
        if kind in ("text", "group"):
            _text(g, label, x + 10 if kind == "text" else x + 14, cy + 4, 11.5,
                  "#555555" if kind == "text" else "#333333", anchor="start")
        elif kind == "edge":
            dashes = it.get("dashes")
            _sub(g, "path", d=f"M{_num(x + 10)} {_num(cy)} L{_num(x + 34)} {_num(cy)}",
                 stroke=_hex(it.get("color")), stroke_width=_num(float(it.get("width") or 2)),
                 stroke_dasharray=" ".join(str(d) for d in dashes)
                 if isinstance(dashes, list) else None)
            _text(g, label, x + 42, cy + 4, 11.5, "#222222", anchor="start")
        else:
            fill, stroke = _hex(it.get("color"), "#dddddd"), _hex(it.get("border"), "#666666")
            bw = _num(min(3.0, float(it.get("borderWidth") or 1)))
            dash = "3 2" if it.get("dashes") else None
            shape = it.get("shape")
            if shape == "box":
                _sub(g, "rect", x=_num(x + 12), y=_num(cy - 6), width="20", height="12", rx="2",
                     fill=fill, stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            elif shape == "diamond":
                _sub(g, "polygon", points=f"{_num(x + 22)},{_num(cy - 7)} {_num(x + 29)},"
                     f"{_num(cy)} {_num(x + 22)},{_num(cy + 7)} {_num(x + 15)},{_num(cy)}",
                     fill=fill, stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            elif shape == "star":
                _sub(g, "polygon", points=_star(x + 22, cy, 8), fill=fill, stroke=stroke,
                     stroke_width=bw, stroke_dasharray=dash)
            else:
                _sub(g, "circle", cx=_num(x + 22), cy=_num(cy), r="6.5", fill=fill,
                     stroke=stroke, stroke_width=bw, stroke_dasharray=dash)
            _text(g, label, x + 42, cy + 4, 11.5, "#222222", anchor="start")
        cy += 6 + 14 * len(label)
    return y + height


def svg_document(spec: MapSpec) -> str:
    """The opening view of a map as one SVG document (a string; no file I/O)."""
    nodes, edges = opening_view(spec)
    if not nodes:
        nodes = [{"id": "~empty", "kind": "heading", "label": "", "shape": "text",
                  "x": 0.0, "y": 0.0}]
    s, fonts = _legible(spec, nodes)
    x0, y0, x1, y1 = _bbox(nodes, fonts)
    draw_w, draw_h = (x1 - x0) * s, (y1 - y0) * s
    width = PAD + max(draw_w, 300.0) + PAD + LEGEND_W
    svg = ET.Element(f"{{{SVG_NS}}}svg", {
        "version": "1.1", "role": "img", "font-family": FONT_FAMILY,
        XML_LANG: "zh-CN" if spec.lang == "zh" else "en"})
    _sub(svg, "title").text = _clean(spec.title)
    _sub(svg, "desc").text = _clean(spec.footer)
    bg = _sub(svg, "rect", x="0", y="0", fill="#ffffff")
    _text(svg, [spec.title], PAD, 28, 18, "#222222", anchor="start", weight="bold")
    legend_bottom = _legend(svg, spec, PAD + max(draw_w, 300.0) + PAD, TOP)
    height = max(TOP + draw_h + PAD, legend_bottom + PAD) + BOTTOM
    g = _sub(svg, "g", transform=f"translate({_num(PAD - x0 * s)} {_num(TOP - y0 * s)}) "
             f"scale({s:.5f})")
    by_id = {n["id"]: n for n in nodes}
    edge_layer = _sub(g, "g", **{"class": "kg-edges"})
    for e in edges:
        _edge(edge_layer, e, by_id[e["from"]], by_id[e["to"]], fonts)
    node_layer = _sub(g, "g", **{"class": "kg-nodes"})
    for n in nodes:
        if n["id"] != "~empty":
            _node(node_layer, n, fonts[n["id"]])
    _text(svg, [spec.footer], PAD, height - 12, 11, "#444444", anchor="start")
    for k, v in (("width", width), ("height", height)):
        svg.set(k, _num(math.ceil(v)))
        bg.set(k, _num(math.ceil(v)))
    svg.set("viewBox", f"0 0 {_num(math.ceil(width))} {_num(math.ceil(height))}")
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
