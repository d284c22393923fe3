"""Colours and words of the maps: stance scale, competitor colours, zh/en labels.

Every colour here is a constant of ours (``#rrggbb``), never a value from the data,
so the page may use them as CSS values; names from the data are only ever text.
"""

from __future__ import annotations

from collections.abc import Iterable

# the words live in kamgraph.render.words (one en/zh table); re-exported here
from kamgraph.render.words import (
    Lang,
    basis_name,
    circle_name,
    role_name,
    stance_name,
    tr,
)

__all__ = [
    "Lang",
    "STANCE_COLORS",
    "UNKNOWN_STANCE",
    "COMPETITOR_COLORS",
    "STAFF_COLOR",
    "GAP_COLOR",
    "EDGE_COLORS",
    "stance_color",
    "competitor_colors",
    "tr",
    "role_name",
    "stance_name",
    "circle_name",
    "basis_name",
]


#: Diverging red -> grey -> green for the 7-point stance scale (-3..+3).
STANCE_COLORS: dict[int, str] = {
    -3: "#b2182b", -2: "#d6604d", -1: "#f4a582", 0: "#bdbdbd",
    1: "#a6dba0", 2: "#5aae61", 3: "#1b7837",
}
#: Fill of a person whose stance toward us was never assessed.
UNKNOWN_STANCE = "#f5f5f5"
#: Border colours for competitors' supporters: neither red nor green nor grey.
COMPETITOR_COLORS: tuple[str, ...] = (
    "#7b3294", "#e66101", "#2166ac", "#8c510a", "#c51b7d", "#01665e", "#b8860b", "#542788",
)
STAFF_COLOR = "#4f81bd"
GAP_COLOR = "#e31a1c"
EDGE_COLORS: dict[str, str] = {
    "formal": "#5b6770", "hidden": "#8e44ad", "reports": "#c7c7c7", "tie": "#7f8c8d",
    "A": "#2c3e50", "B": "#2c3e50", "sponsor": "#b8860b",
}


def stance_color(value: int | None) -> str:
    """Fill colour for a stance toward us (clamped to -3..+3).

    Examples
    --------
    >>> stance_color(-3), stance_color(0), stance_color(None) == UNKNOWN_STANCE
    ('#b2182b', '#bdbdbd', True)
    """
    if value is None:
        return UNKNOWN_STANCE
    return STANCE_COLORS[max(-3, min(3, int(value)))]


def competitor_colors(ids: Iterable[str]) -> dict[str, str]:
    """A stable colour per competitor id (sorted ids take the palette in order).

    Examples
    --------
    >>> competitor_colors(["zeta", "alpha"])
    {'alpha': '#7b3294', 'zeta': '#e66101'}
    """
    return {c: COMPETITOR_COLORS[i % len(COMPETITOR_COLORS)]
            for i, c in enumerate(sorted(set(ids)))}
