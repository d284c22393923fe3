"""Interactive network maps: one self-contained, offline HTML file per view.

>>> from kamgraph.render import build_view, write_html  # doctest: +SKIP
>>> write_html(build_view(G, "influence", scores=scores), Path("map.html"))  # doctest: +SKIP

:func:`build_view` is pure (graph in, :class:`MapSpec` out); :func:`write_html`
writes the page; :func:`render_map` does both.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path

import networkx as nx

from kamgraph.render.html import html_document, write_html
from kamgraph.render.palette import Lang
from kamgraph.render.spec import MapSpec
from kamgraph.render.views import VIEWS, View, build_view

__all__ = ["MapSpec", "VIEWS", "build_view", "write_html", "html_document", "render_map"]


def render_map(
    G: nx.MultiDiGraph,
    path: Path | str,
    view: View = "influence",
    *,
    center: str | None = None,
    scores: Mapping[str, float] | None = None,
    gaps: Mapping[str, list[str]] | None = None,
    reasons: Mapping[str, list[str]] | None = None,
    include_private: bool = False,
    lang: Lang = "en",
    seed: int = 7,
    date: dt.date | None = None,
) -> Path:
    """Build one view of ``G`` and write it to ``path``; returns the path."""
    spec = build_view(G, view, center=center, scores=scores, gaps=gaps, reasons=reasons,
                      include_private=include_private, lang=lang, seed=seed, date=date)
    return write_html(spec, Path(path))
