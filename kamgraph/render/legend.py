"""Legend pieces every view shares, vis-network options and the page's own words."""

from __future__ import annotations

from typing import TYPE_CHECKING

from kamgraph.render.palette import EDGE_COLORS, STANCE_COLORS, UNKNOWN_STANCE, Lang
from kamgraph.render.vis import Json, LegendItem
from kamgraph.render.words import field, stance_name, tr, words_for

if TYPE_CHECKING:
    from kamgraph.render.spec import Context

__all__ = ["node", "edge", "text", "stances", "influence_lines", "options", "ui_words"]


def node(label: str, color: str, border: str = "#666666", shape: str = "dot",
         width: int = 1, dashes: bool = False) -> LegendItem:
    """A legend row with a node swatch."""
    return {"kind": "node", "label": label, "color": color, "border": border, "shape": shape,
            "borderWidth": width, "dashes": dashes}


def edge(label: str, color: str, dashes: list[int] | bool = False,
         width: float = 2) -> LegendItem:
    """A legend row with a line swatch."""
    return {"kind": "edge", "label": label, "color": color, "dashes": dashes, "width": width}


def text(label: str) -> LegendItem:
    """A legend row of text only."""
    return {"kind": "text", "label": label}


def stances(ctx: Context) -> list[LegendItem]:
    """The stance scale and the competitors' border colours."""
    L = ctx.lang
    items = [text(tr("lg.stance", L))]
    items += [node(stance_name(v, L), c) for v, c in sorted(STANCE_COLORS.items(), reverse=True)]
    items.append(node(tr("lg.unknown", L), UNKNOWN_STANCE))
    comps = ctx.G.graph.get("competitors") or {}
    for cid, color in sorted(ctx.comp_colors.items()):
        items.append(node(field(tr("lg.competitor", L), comps.get(cid, cid), L), "#ffffff",
                          border=color, width=4))
    return items


def influence_lines(ctx: Context) -> list[LegendItem]:
    """Formal and hidden influence, reporting lines, and what node size means."""
    L = ctx.lang
    return [edge(tr("lg.formal", L), EDGE_COLORS["formal"]),
            edge(tr("lg.hidden", L), EDGE_COLORS["hidden"], [8, 6]),
            edge(tr("lg.reports", L), EDGE_COLORS["reports"], width=1),
            text(tr("lg.size" if ctx.scores else "lg.size_rank", L))]


def options(n_nodes: int) -> dict[str, Json]:
    """vis-network options: positions come from Python, so physics stays off.

    Labels smaller than ``drawThreshold`` pixels on screen are not drawn: the
    plain labels appear as one zooms in, the key persons' (larger) stay.
    """
    big = n_nodes > 300
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Microsoft YaHei, "
                           "PingFang SC, Arial, sans-serif", "multi": False},
                  "scaling": {"label": {"enabled": False, "drawThreshold": 9,
                                        "maxVisible": 40}}},
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous",
                                               "roundness": 0.2},
                  "selectionWidth": 2},
    }


def ui_words(lang: Lang) -> dict[str, str]:
    """The page's own words (search box, filter bar, panel, buttons)."""
    return words_for(lang, "ui.")
