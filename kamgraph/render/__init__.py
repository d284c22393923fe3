"""Interactive network maps: one self-contained, offline HTML file per view.

>>> from kamgraph.render import build_view, write_html  # doctest: +SKIP
>>> spec = build_view(G, "influence", inputs=analyzer_inputs(G))  # doctest: +SKIP
>>> write_html(spec, Path("map.html"))  # doctest: +SKIP

:func:`build_view` is pure (graph in, :class:`MapSpec` out); :func:`write_html`
writes the page; :func:`render_map` does both; :func:`write_svg` writes the opening
view as a vector picture (slides, print). The views are listed in
:mod:`kamgraph.render.registry`. Names load on first use, so that reading the
view table (the CLI's choices) does not import networkx.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

    from kamgraph.render.html import html_document, write_html
    from kamgraph.render.inputs import MapInputs
    from kamgraph.render.palette import Lang
    from kamgraph.render.spec import MapSpec
    from kamgraph.render.svg import svg_document, write_svg
    from kamgraph.render.views import VIEWS, build_view

__all__ = ["MapSpec", "MapInputs", "VIEWS", "build_view", "write_html", "html_document",
           "render_map", "write_svg", "svg_document"]

_LAZY = {"MapSpec": "spec", "MapInputs": "inputs", "VIEWS": "views", "build_view": "views",
         "write_html": "html", "html_document": "html", "write_svg": "svg",
         "svg_document": "svg"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(f"kamgraph.render.{_LAZY[name]}"), name)
    raise AttributeError(f"module 'kamgraph.render' has no attribute {name!r}")


def render_map(
    G: nx.MultiDiGraph,
    path: Path | str,
    view: str = "influence",
    *,
    center: str | None = None,
    scores: Mapping[str, float] | None = None,
    gaps: Mapping[str, list[str]] | None = None,
    reasons: Mapping[str, list[str]] | None = None,
    inputs: MapInputs | None = None,
    include_private: bool = False,
    lang: Lang = "en",
    seed: int = 7,
    date: dt.date | None = None,
) -> Path:
    """Build one view of ``G`` and write it to ``path``; returns the path."""
    from kamgraph.render.html import write_html
    from kamgraph.render.views import build_view

    spec = build_view(G, view, center=center, scores=scores, gaps=gaps, reasons=reasons,
                      inputs=inputs, include_private=include_private, lang=lang, seed=seed,
                      date=date)
    return write_html(spec, Path(path))
