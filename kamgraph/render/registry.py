"""The map views, one table: name → builder, legend and title.

Adding a view is one entry here plus its own module, which defines
``build(ctx, seed, center)`` and ``legend(ctx)``. The CLI reads its ``--view``
choices and help from this table; the modules load only when a view is drawn, so
reading the table costs nothing at start-up.

>>> list(VIEWS)
['influence', 'decision', 'circles', 'coverage', 'competition']
>>> VIEWS["circles"].needs_center, VIEWS["coverage"].build.__module__
(True, 'kamgraph.render.view_coverage')
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamgraph.i18n import N_

if TYPE_CHECKING:
    from kamgraph.render.spec import Context
    from kamgraph.render.vis import Drawn, LegendItem

__all__ = ["ViewDef", "VIEWS"]


@dataclass(frozen=True)
class ViewDef:
    """One map view: its module (``build`` and ``legend``), title (a message marked
    for the catalogue: the page's title and footer say it in the map's language), help."""

    name: str
    module: str
    title: str
    help: str
    needs_center: bool = False

    def _mod(self) -> Any:
        return importlib.import_module(f"kamgraph.render.{self.module}")

    @property
    def build(self) -> Callable[[Context, int, str | None], Drawn]:
        """``build(ctx, seed, center) -> (nodes, edges, groups, meta extras)``."""
        fn: Callable[[Context, int, str | None], Drawn] = self._mod().build
        return fn

    @property
    def legend(self) -> Callable[[Context], list[LegendItem]]:
        """``legend(ctx) -> legend items``."""
        fn: Callable[[Context], list[LegendItem]] = self._mod().legend
        return fn


VIEWS: dict[str, ViewDef] = {v.name: v for v in (
    ViewDef("influence", "view_influence", N_("Influence map"),
            "stances and influence; departments fold from 500 people on"),
    ViewDef("decision", "view_decision", N_("Decision chain"),
            "one opportunity's decision process as a flow, hidden chain above"),
    ViewDef("circles", "view_circles", N_("Relationship circles"),
            "one person's rings (needs --center)", needs_center=True),
    ViewDef("coverage", "view_coverage", N_("A/B coverage"),
            "key persons x our staff: A/B owners, sponsors, channels, gaps"),
    ViewDef("competition", "view_competition", N_("Competition"),
            "each competitor's supporters facing ours who counter them; unanswered in red"),
)}
