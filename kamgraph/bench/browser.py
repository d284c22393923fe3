"""The map and cold-start steps of ``kamgraph bench``: a large map written and opened in
headless Chromium, and fresh ``kamgraph`` processes timed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kamgraph.bench.measure import PeakMemory, median, time_command
from kamgraph.bench.steps import Context, Figure

if TYPE_CHECKING:
    import networkx as nx

__all__ = ["map_step", "cold_step", "chromium_path", "page_usable_ms", "pyvis_usable_s"]

_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """A Chromium the bench can drive (Debian's), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def _open(browser: Any, path: Path) -> Any:
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    page.route("**/*", lambda route: route.continue_()
               if route.request.url.startswith("file:") else route.abort())
    page.goto(path.resolve().as_uri())
    return page


def page_usable_ms(path: Path, runs: int, *, interact: bool = False
                   ) -> tuple[list[float], list[float], list[float]]:
    """Milliseconds from navigation start until the map's first drawing, per run; with
    ``interact``, also the page's own time to apply a filter (supporters of us) and to
    focus one person's neighbourhood on the unfolded map (``window.kgLastApplyMs``).

    The page records ``window.kgDrawn``: ``performance.now()`` when vis-network has drawn
    the opening view complete — every opening item in, the view fitted beside the legend,
    key labels sized legible, the departments' stance pies drawn (no image still loading).
    The filter bar, search and toolbar are built by then; from then on the map pans,
    zooms, answers hovers and clicks.
    """
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    if exe is None:
        raise RuntimeError("no chromium found")
    drawn: list[float] = []
    filt: list[float] = []
    focus: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=_ARGS)
        try:
            for _ in range(runs):
                page = _open(browser, path)
                page.wait_for_function("() => window.kgDrawn !== undefined", timeout=120_000)
                drawn.append(float(page.evaluate("window.kgDrawn")))
                if interact:
                    page.wait_for_selector("body[data-ready='1']", state="attached")
                    page.wait_for_function("() => window.kgWarm === true", timeout=300_000)
                    filt.append(float(page.evaluate("window.kgApply({stance: 'sup'})")))
                    page.evaluate("window.kgApply({stance: ''})")
                    page.evaluate("window.kgFoldAll(false)")
                    who = page.evaluate("window.kgVisibleIds().filter(i => "
                                        "!String(i).startsWith('dept:'))[0]")
                    focus.append(float(page.evaluate("id => window.kgFocus(id)", who)))
                page.close()
        finally:
            browser.close()
    return drawn, filt, focus


def pyvis_usable_s(G: nx.MultiDiGraph, tmp: Path, timeout_s: float = 600.0) -> float | None:
    """Seconds until a pyvis map of ``G`` with pyvis's defaults (physics on) is usable:
    its stabilization done. None when it takes longer than ``timeout_s``."""
    from playwright.sync_api import TimeoutError as PwTimeout
    from playwright.sync_api import sync_playwright
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    for n, d in G.nodes(data=True):
        if d.get("kind") == "person":
            net.add_node(n, label=str(d.get("label") or n))
    for u, v, t in G.edges(data="type"):
        if t in ("INFLUENCES", "REPORTS_TO") and u in net.node_ids and v in net.node_ids:
            net.add_edge(u, v)
    path = tmp / "pyvis.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    exe = chromium_path()
    if exe is None:
        raise RuntimeError("no chromium found")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=_ARGS)
        try:
            page = browser.new_page(viewport={"width": 1600, "height": 1000})
            t0 = time.perf_counter()
            page.goto(path.resolve().as_uri())
            try:
                page.wait_for_function("() => window.network && window.network.physics && "
                                       "window.network.physics.stabilized === true",
                                       timeout=timeout_s * 1000, polling=250)
            except PwTimeout:
                return None
            return time.perf_counter() - t0
        finally:
            browser.close()


def map_step(ctx: Context, people: int, big: int = 10_000, peer: bool = True) -> list[Figure]:
    """Write the influence map of a ``people``-person and a ``big``-person account and
    open them in headless Chromium at 1600 x 1000; with ``peer``, the same
    ``people``-person graph as pyvis draws it with its defaults."""
    from kamgraph.analyzers import influence_scores
    from kamgraph.projection import graph_from_data
    from kamgraph.render import render_map
    from kamgraph.synth import generate

    tmp = Path(tempfile.mkdtemp(prefix="kamgraph-bench-"))
    figs: list[Figure] = []
    try:
        ours = None
        G0 = None
        for n, target in ((people, 1.0), (big, 4.0)):
            if n <= 0:
                continue
            [d] = generate(1, n, seed=ctx.seed)
            G = graph_from_data(d)
            scores = influence_scores(G)
            path = tmp / f"map{n}.html"
            times: list[float] = []
            for _ in range(ctx.runs):
                t0 = time.perf_counter()
                render_map(G, path, "influence", scores=scores)
                times.append(time.perf_counter() - t0)
            size = path.stat().st_size
            figs.append(Figure(f"map: build + write {n}-person map", median(times), "s",
                               note=f"{size / 1e6:.2f} MB file"))
            if chromium_path() is None:
                figs.append(Figure(f"map: {n} people usable in headless Chromium", None, "s",
                                   note="n/a (no chromium)"))
                continue
            with PeakMemory() as pm:
                ms, filt, focus = page_usable_ms(path, ctx.runs, interact=n == people)
            figs.append(Figure(f"map: {n} people usable in headless Chromium",
                               median(ms) / 1000, "s", target,
                               note="navigation start to the opening view drawn", peak_mb=pm.mb))
            if n == people:
                ours, G0 = median(ms) / 1000, G
                figs.append(Figure(f"map: filter on {n} people", median(filt), "ms", 200.0,
                                   note="supporters only, all departments unfolded"))
                figs.append(Figure(f"map: focus on {n} people", median(focus), "ms", 200.0,
                                   note="two-step neighbourhood, the rest faded"))
        if peer and ours and G0 is not None and chromium_path() is not None:
            took = pyvis_usable_s(G0, tmp)
            note = "pyvis 0.3.2 defaults (physics), until stabilized"
            if took is None:
                figs.append(Figure(f"map: pyvis defaults, {people} people", None, "s",
                                   note=note + "; not within 600 s"))
            else:
                figs.append(Figure(f"map: pyvis defaults, {people} people", took, "s",
                                   note=note))
                figs.append(Figure("map: ours faster than pyvis defaults", took / ours, "x",
                                   40.0, higher_is_better=True))
        return figs
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def cold_step(ctx: Context, env: dict[str, str], demo_account: str | None) -> list[Figure]:
    """``kamgraph --help`` and ``kamgraph key-persons`` on the demo, each a fresh process."""
    exe = shutil.which("kamgraph")
    cmd = [exe] if exe else [sys.executable, "-c", "from kamgraph.cli import main; main()"]
    times, peak = time_command([*cmd, "--help"], ctx.runs, env)
    figs = [Figure("cold start: kamgraph --help", median(times), "s", 0.3, peak_mb=peak,
                   note="fresh process")]
    times, peak = time_command([*cmd, "--lang", "zh", "--help"], ctx.runs, env)
    figs.append(Figure("cold start: kamgraph --lang zh --help", median(times), "s", 0.3,
                       peak_mb=peak, note="fresh process, Chinese catalogue loaded"))
    if demo_account:
        name = f"cold start: kamgraph key-persons {demo_account}"
        try:
            times, peak = time_command([*cmd, "key-persons", demo_account], ctx.runs, env)
        except RuntimeError as e:
            figs.append(Figure(name, None, "s", 3.0, note=f"failed: {str(e)[-120:]}"))
            return figs
        figs.append(Figure(name, median(times), "s", 3.0, peak_mb=peak,
                           note="fresh process; the store already running"))
    return figs
