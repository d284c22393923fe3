"""Legend items, vis-network options and the page's own words for each view."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from kamgraph.render.palette import (
    EDGE_COLORS,
    GAP_COLOR,
    STAFF_COLOR,
    STANCE_COLORS,
    UNKNOWN_STANCE,
    Lang,
    stance_name,
    tr,
)

if TYPE_CHECKING:
    from kamgraph.render.spec import Context

__all__ = ["legend", "options", "ui_words"]


def _node(label: str, color: str, border: str = "#666666", shape: str = "dot",
          width: int = 1, dashes: bool = False) -> dict[str, Any]:
    return {"kind": "node", "label": label, "color": color, "border": border, "shape": shape,
            "borderWidth": width, "dashes": dashes}


def _edge(label: str, color: str, dashes: list[int] | bool = False,
          width: float = 2) -> dict[str, Any]:
    return {"kind": "edge", "label": label, "color": color, "dashes": dashes, "width": width}


def _text(label: str) -> dict[str, Any]:
    return {"kind": "text", "label": label}


def _stances(ctx: Context) -> list[dict[str, Any]]:
    L = ctx.lang
    items = [_text(tr("lg.stance", L))]
    items += [_node(stance_name(v, L), c) for v, c in sorted(STANCE_COLORS.items(), reverse=True)]
    items.append(_node(tr("lg.unknown", L), UNKNOWN_STANCE))
    comps = ctx.G.graph.get("competitors") or {}
    for cid, color in sorted(ctx.comp_colors.items()):
        items.append(_node(f"{tr('lg.competitor', L)}: {comps.get(cid, cid)}", "#ffffff",
                           border=color, width=4))
    return items


def legend(view: str, ctx: Context, has_scores: bool) -> list[dict[str, Any]]:
    """Legend items of one view, in the view's language."""
    L = ctx.lang
    items = _stances(ctx)
    if view in ("influence", "decision"):
        items += [_edge(tr("lg.formal", L), EDGE_COLORS["formal"]),
                  _edge(tr("lg.hidden", L), EDGE_COLORS["hidden"], [8, 6]),
                  _edge(tr("lg.reports", L), EDGE_COLORS["reports"], width=1)]
        items.append(_text(tr("lg.size" if has_scores else "lg.size_rank", L)))
    if view == "decision":
        items += [_node(tr("lg.gatekeeper", L), "#dddddd", shape="diamond"),
                  _node(tr("lg.coach", L), "#dddddd", shape="star"),
                  _node(tr("lg.hiddenchain", L), "#dddddd", width=3, dashes=True)]
    if view == "circles":
        items += [_node(tr("lg.center", L), "#dddddd", border="#000000", width=5),
                  _node(tr("lg.staff", L), STAFF_COLOR, shape="box"),
                  _text(tr("lg.ring1", L)), _text(tr("lg.ring2", L)),
                  _edge(tr("lg.tie", L), EDGE_COLORS["tie"])]
    if view == "coverage":
        items += [_node(tr("lg.staff", L), STAFF_COLOR, shape="box"),
                  _node(tr("lg.staff_left", L), "#bbbbbb", shape="box"),
                  _edge(tr("lg.ownerA", L), EDGE_COLORS["A"], width=3),
                  _edge(tr("lg.ownerB", L), EDGE_COLORS["B"], [2, 5]),
                  _edge(tr("lg.sponsor", L), EDGE_COLORS["sponsor"], [10, 4], width=1.5),
                  _node(tr("lg.gap", L), "#ffffff", border=GAP_COLOR, width=5)]
    return items


def options(n_nodes: int) -> dict[str, Any]:
    """vis-network options: positions come from Python, so physics stays off."""
    big = n_nodes > 300
    return {
        "physics": {"enabled": False},
        "layout": {"improvedLayout": False, "randomSeed": 7},
        "interaction": {"hover": True, "tooltipDelay": 120, "hideEdgesOnDrag": big,
                        "hideEdgesOnZoom": big, "navigationButtons": False,
                        "keyboard": {"enabled": True, "bindToWindow": False}},
        "nodes": {"font": {"size": 14, "face": "Noto Sans CJK SC, Microsoft YaHei, "
                           "PingFang SC, Arial, sans-serif", "multi": False},
                  "scaling": {"label": {"enabled": False}}},
        "edges": {"smooth": False if big else {"enabled": True, "type": "continuous",
                                               "roundness": 0.2},
                  "selectionWidth": 2},
    }


def ui_words(lang: Lang) -> dict[str, str]:
    """The page's own words (search box, legend heading, hints)."""
    return {k: tr("ui." + k, lang) for k in ("search", "matches", "nomatch", "legend", "hover")}
