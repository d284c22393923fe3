"""Drawing an SVG picture's pieces with :mod:`xml.etree.ElementTree`: elements, text
with its halo, node shapes, and edges shortened to the outlines with their arrow heads.
Every text is element text (escaped by ElementTree); colours are checked against
``#rrggbb``. Used by :mod:`kamgraph.render.svg`.
"""

from __future__ import annotations

import math
import re
import xml.etree.ElementTree as ET
from collections.abc import Mapping, Sequence
from typing import Any

from kamgraph.render.svg_fit import LINE, box_size, lines_of

__all__ = ["hex_color", "clean", "num", "sub", "text", "star", "node", "edge"]

_HEX = re.compile(r"^#[0-9a-fA-F]{6}$")
# characters XML 1.0 cannot hold at all
_BAD_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def hex_color(c: Any, default: str = "#999999") -> str:
    return str(c) if _HEX.match(str(c)) else default


def clean(text: Any) -> str:
    return _BAD_XML.sub("", str(text))


def num(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if abs(v) < 1e9 else "0"


def sub(parent: ET.Element, tag: str, **attrs: Any) -> ET.Element:
    return ET.SubElement(parent, tag, {k.replace("_", "-"): str(v) for k, v in attrs.items()
                                       if v is not None})


def text(parent: ET.Element, lines: Sequence[str], x: float, y: float, font: float,
          color: str, *, anchor: str = "middle", halo: Mapping[str, Any] | None = None,
          weight: str | None = None) -> None:
    """Lines of text, the first baseline at ``y``; a white halo when asked."""
    t = sub(parent, "text", x=num(x), y=num(y), font_size=num(font), fill=color,
             text_anchor=anchor, font_weight=weight)
    if halo and float(halo.get("strokeWidth") or 0) > 0:
        t.set("stroke", hex_color(halo.get("strokeColor"), "#ffffff"))
        t.set("stroke-width", num(float(halo["strokeWidth"])))
        t.set("paint-order", "stroke")
        t.set("stroke-linejoin", "round")
    for i, line in enumerate(lines):
        span = sub(t, "tspan", x=num(x), dy="0" if i == 0 else num(font * LINE))
        span.text = clean(line)


def star(x: float, y: float, r: float) -> str:
    pts = []
    for i in range(10):
        rr = r if i % 2 == 0 else r * 0.4
        a = -math.pi / 2 + i * math.pi / 5
        pts.append(f"{num(x + rr * math.cos(a))},{num(y + rr * math.sin(a))}")
    return " ".join(pts)


def node(g: ET.Element, n: Mapping[str, Any], font: float) -> None:
    x, y = float(n.get("x") or 0.0), float(n.get("y") or 0.0)
    shape = n.get("shape", "dot")
    color = n.get("color") or {}
    fill = hex_color(color.get("background"), "#dddddd")
    stroke = hex_color(color.get("border"), "#666666")
    bw = float(n.get("borderWidth") or 1)
    dashes = (n.get("shapeProperties") or {}).get("borderDashes")
    dash = " ".join(num(float(d)) for d in dashes) if isinstance(dashes, list) else None
    fc = n.get("font") or {}
    font_color = hex_color(fc.get("color"), "#333333")
    grp = sub(g, "g", **{"class": "kg-" + str(n.get("kind") or "node")})
    if n.get("title"):
        sub(grp, "title").text = clean(n["title"])
    lines = lines_of(n)
    if shape == "text":
        top = y - (len(lines) - 1) * font * LINE / 2 + font * 0.35
        text(grp, lines, x, top, font, font_color, halo=fc)
        return
    if shape == "box":
        w, h, f = box_size(n, font)
        sub(grp, "rect", x=num(x - w / 2), y=num(y - h / 2), width=num(w), height=num(h),
             rx="6", fill=fill, stroke=stroke, stroke_width=num(bw), stroke_dasharray=dash)
        if any(line.strip() for line in lines):
            top = y - (len(lines) - 1) * f * LINE / 2 + f * 0.35
            text(grp, lines, x, top, f, font_color, halo=fc)
        return
    r = float(n.get("size") or 10)
    if shape == "image" and str(n.get("image") or "").startswith("data:image/svg+xml;base64,"):
        sub(grp, "image", href=n["image"], x=num(x - r), y=num(y - r), width=num(2 * r),
             height=num(2 * r))
    elif shape == "diamond":
        sub(grp, "polygon", points=f"{num(x)},{num(y - r)} {num(x + r)},{num(y)} "
             f"{num(x)},{num(y + r)} {num(x - r)},{num(y)}", fill=fill, stroke=stroke,
             stroke_width=num(bw), stroke_dasharray=dash)
    elif shape == "star":
        sub(grp, "polygon", points=star(x, y, r), fill=fill, stroke=stroke,
             stroke_width=num(bw), stroke_dasharray=dash)
    else:
        sub(grp, "circle", cx=num(x), cy=num(y), r=num(r), fill=fill, stroke=stroke,
             stroke_width=num(bw), stroke_dasharray=dash)
    text(grp, lines, x, y + r + 4 + font * 0.9, font, font_color, halo=fc)


def _reach(n: Mapping[str, Any], font: float, dx: float, dy: float) -> float:
    """How far from a node's centre, in direction (dx, dy), its outline lies."""
    if n.get("shape") == "box":
        w, h, _ = box_size(n, font)
        tx = (w / 2) / abs(dx) if abs(dx) > 1e-9 else math.inf
        ty = (h / 2) / abs(dy) if abs(dy) > 1e-9 else math.inf
        return min(tx, ty)
    if n.get("shape") == "text":
        return 0.0
    return float(n.get("size") or 10) + float(n.get("borderWidth") or 1) / 2


def edge(g: ET.Element, e: Mapping[str, Any], a: Mapping[str, Any], b: Mapping[str, Any],
          fonts: Mapping[str, float]) -> None:
    x0, y0 = float(a.get("x") or 0.0), float(a.get("y") or 0.0)
    x1, y1 = float(b.get("x") or 0.0), float(b.get("y") or 0.0)
    length = math.hypot(x1 - x0, y1 - y0)
    if length < 1e-6:
        return
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    color = e.get("color") or {}
    stroke = hex_color(color.get("color") if isinstance(color, Mapping) else color, "#848484")
    opacity = float(color.get("opacity", 1.0)) if isinstance(color, Mapping) else 1.0
    width = float(e.get("width") or 1)
    dashes = e.get("dashes")
    dash = (" ".join(num(float(d)) for d in dashes) if isinstance(dashes, list)
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
    grp = sub(g, "g", **{"class": "kg-edge"})
    if e.get("title"):
        sub(grp, "title").text = clean(e["title"])
    smooth = e.get("smooth")
    curved = isinstance(smooth, Mapping) and smooth.get("type") == "curvedCW"
    if curved:
        rnd = float(smooth.get("roundness") or 0.15)  # type: ignore[union-attr]
        cx, cy = (x0 + x1) / 2 - uy * rnd * length, (y0 + y1) / 2 + ux * rnd * length
        tx, ty = ex - cx, ey - cy
        tl = math.hypot(tx, ty) or 1.0
        tx, ty = tx / tl, ty / tl
        lx, ly = ex - tx * head, ey - ty * head
        d = f"M{num(sx)} {num(sy)} Q{num(cx)} {num(cy)} {num(lx)} {num(ly)}"
        mx, my = 0.25 * sx + 0.5 * cx + 0.25 * ex, 0.25 * sy + 0.5 * cy + 0.25 * ey
    else:
        tx, ty = ux, uy
        lx, ly = ex - tx * head, ey - ty * head
        d = f"M{num(sx)} {num(sy)} L{num(lx)} {num(ly)}"
        mx, my = (sx + ex) / 2, (sy + ey) / 2
    sub(grp, "path", d=d, fill="none", stroke=stroke, stroke_width=num(width),
         stroke_opacity=num(opacity) if opacity < 1 else None, stroke_dasharray=dash,
         stroke_linecap="butt")
    if kind == "arrow":
        hw = head * 0.45
        pts = [(ex, ey), (lx - ty * hw, ly + tx * hw), (lx + ty * hw, ly - tx * hw)]
        sub(grp, "polygon", points=" ".join(f"{num(px)},{num(py)}" for px, py in pts),
             fill=stroke, fill_opacity=num(opacity) if opacity < 1 else None)
    elif kind == "bar":
        hw = 5.0
        sub(grp, "path", d=f"M{num(ex - ty * hw)} {num(ey + tx * hw)} "
             f"L{num(ex + ty * hw)} {num(ey - tx * hw)}", stroke=stroke,
             stroke_width=num(max(width, 1.5)))
    if e.get("label"):
        f = float((e.get("font") or {}).get("size") or 11)
        text(grp, [str(e["label"])], mx, my + f * 0.35, f,
              hex_color((e.get("font") or {}).get("color"), "#555555"),
              halo={"strokeWidth": 3, "strokeColor": "#ffffff"})
