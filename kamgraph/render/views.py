"""Build one map view from the account graph: the :mod:`~kamgraph.render.registry`
table names the views; this module runs one and assembles the :class:`MapSpec`
(nodes, edges, legend, the person panels and the filter bar's choices).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import networkx as nx

from kamgraph.errors import AnalysisError
from kamgraph.history.closeness import by_person, falling, graph_interactions, monthly
from kamgraph.i18n import N_, translate, translations
from kamgraph.model import today
from kamgraph.render import legend as lg
from kamgraph.render.inputs import MapInputs
from kamgraph.render.palette import Lang
from kamgraph.render.panel import filter_choices, panels
from kamgraph.render.registry import VIEWS as TABLE
from kamgraph.render.spec import Context, MapSpec, footer_text
from kamgraph.render.vis import MapMeta, Panel

__all__ = ["build_view", "VIEWS", "View"]

#: A view name (one of :data:`VIEWS`).
View = str
#: The view names, from the registry table.
VIEWS: tuple[str, ...] = tuple(TABLE)


def _inputs(inputs: MapInputs | None, scores: Mapping[str, float] | None,
            gaps: Mapping[str, list[str]] | None,
            reasons: Mapping[str, list[str]] | None) -> MapInputs:
    out = MapInputs(**vars(inputs)) if inputs is not None else MapInputs()
    if scores is not None:
        out.scores = dict(scores)
    if gaps is not None:
        out.gaps = {k: list(v) for k, v in gaps.items()}
        if inputs is None or not inputs.gap_cells:
            out.gap_cells = {}
    if reasons is not None:
        out.reasons = {k: list(v) for k, v in reasons.items()}
    return out


def build_view(
    G: nx.MultiDiGraph,
    view: View = "influence",
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
) -> MapSpec:
    """Build the data of one map view (pure: no file or network I/O).

    Parameters
    ----------
    G : the account projection (:func:`kamgraph.projection.graph_from_data`).
    view : a name in :data:`VIEWS` (``influence``, ``decision``, ``circles`` — needs
        ``center`` — or ``coverage``).
    center : person or staff id at the centre of the ``circles`` view.
    inputs : what the analyzers found (:func:`kamgraph.render.inputs.analyzer_inputs`):
        scores, reasons, gaps, key persons, counterpoint verdicts, warm paths.
    scores, gaps, reasons : per person, overriding ``inputs``: key-person score (node
        size), coverage gaps, analyzer reasons. Without gaps the coverage view finds
        the plain A/B gaps itself.
    include_private : show private fields (only if ``G`` holds them).
    lang : ``en`` or ``zh`` for the legend, headings, panel and labels.
    seed, date : layout seed and the date in the footer (default today).

    Examples
    --------
    >>> from kamgraph.model import AccountData
    >>> from kamgraph.projection import graph_from_data
    >>> d = AccountData()
    >>> d["account"].append({"id": "acme", "name": "Acme"})
    >>> d["person"].append({"id": "p1", "name": "<b>Ann</b>"})
    >>> spec = build_view(graph_from_data(d))
    >>> [n["label"] for n in spec.nodes]
    ['<b>Ann</b>']
    """
    vd = TABLE.get(view)
    if vd is None:
        raise AnalysisError(N_("unknown view {view!r}; choose one of {views}"), view=view,
                            views=", ".join(VIEWS))
    ctx = Context.make(G, lang, _inputs(inputs, scores, gaps, reasons), include_private)
    nodes, edges, groups, extra = vd.build(ctx, seed, center)
    for i, e in enumerate(edges):
        e["id"] = f"e{i}"
    date = date or today()
    title = f"{translate(vd.title, lang)} · {G.graph.get('account_name') or G.graph.get('account')}"
    if vd.needs_center and center:
        title += f" · {ctx.name(center)}"
    ids = [n["id"] for n in nodes if n.get("kind") in ("person", "staff")]
    persons = [n["id"] for n in nodes if n.get("kind") == "person"]
    path_staff = {s for p in persons for s in ctx.inputs.paths.get(p, [])[:1]}
    meta: MapMeta = {"account": G.graph.get("account"), "view": view,
                            "opportunity": G.graph.get("opportunity"), "date": date.isoformat(),
                            "private": ctx.include_private, "center": center}
    meta.update(extra)
    boards = panels(ctx, ids + sorted(path_staff - set(ids)))
    _closeness(G, boards, persons, date, lang)
    return MapSpec(
        nodes=nodes, edges=edges, legend=vd.legend(ctx), groups=groups,
        title=title, footer=footer_text(G, view, lang, ctx.include_private, date),
        view=view, lang=lang, options=lg.options(len(nodes)), ui=lg.ui_words(lang),
        meta=meta, panels=boards, filters=filter_choices(ctx, persons),
    )


def _closeness(G: nx.MultiDiGraph, boards: dict[str, Panel], persons: list[str],
               day: dt.date, lang: Lang) -> None:
    """Each panel of a person we have met gets their closeness by month (the page draws
    it as a sparkline from these numbers): ``{"title", "months", "scores", "falling",
    "note"}``."""
    met = by_person(graph_interactions(G))
    g = translations(lang).gettext
    for p in persons:
        if p not in boards or p not in met:
            continue
        series = monthly(met[p], p, day)
        down = falling(series)
        boards[p]["closeness"] = {
            "title": g(N_("Closeness by month")),
            "months": [f"{c.day:%Y-%m}" for c in series],
            "scores": [c.score for c in series], "falling": down,
            "note": (g(N_("{score:.0f} now; falling: 10 points or more in three months"))
                     if down else g(N_("{score:.0f} now"))).format(score=series[-1].score)}
