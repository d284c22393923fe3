"""The map and cold-start steps of ``kamgraph bench``: a large map written and opened in
headless Chromium, and fresh ``kamgraph`` processes timed.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

from kamgraph.bench.measure import PeakMemory, median, time_command
from kamgraph.bench.steps import Context, Figure

__all__ = ["map_step", "cold_step", "chromium_path", "page_usable_ms"]

_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """A Chromium the bench can drive (Debian's), or None."""
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    return None


def page_usable_ms(path: Path, runs: int) -> list[float]:
    """Milliseconds from navigation start until the map's first drawing, per run.

    The page records ``window.kgDrawn`` (``performance.now()`` at vis-network's first
    ``afterDrawing``); from then on it pans, zooms and answers hovers.
    """
    from playwright.sync_api import sync_playwright

    exe = chromium_path()
    if exe is None:
        raise RuntimeError("no chromium found")
    out: list[float] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=exe, args=_ARGS)
        try:
            for _ in range(runs):
                page = browser.new_page()
                page.route("**/*", lambda route: route.continue_()
                           if route.request.url.startswith("file:") else route.abort())
                page.goto(path.resolve().as_uri())
                page.wait_for_function("() => window.kgDrawn !== undefined", timeout=120_000)
                out.append(float(page.evaluate("window.kgDrawn")))
                page.close()
        finally:
            browser.close()
    return out


def map_step(ctx: Context, people: int) -> list[Figure]:
    """Write the influence map of one ``people``-person account and open it."""
    from kamgraph.analyzers import influence_scores
    from kamgraph.projection import graph_from_data
    from kamgraph.render import render_map
    from kamgraph.synth import generate

    [d] = generate(1, people, seed=ctx.seed)
    G = graph_from_data(d)
    scores = influence_scores(G)
    tmp = Path(tempfile.mkdtemp(prefix="kamgraph-bench-"))
    try:
        path = tmp / "map.html"
        times: list[float] = []
        for _ in range(ctx.runs):
            t0 = time.perf_counter()
            render_map(G, path, "influence", scores=scores)
            times.append(time.perf_counter() - t0)
        size = path.stat().st_size
        figs = [Figure(f"map: build + write {people}-person map", median(times), "s",
                       note=f"{size / 1e6:.2f} MB file")]
        if chromium_path() is None:
            figs.append(Figure("map: usable in headless Chromium", None, "s",
                               note="n/a (no chromium)"))
            return figs
        with PeakMemory() as pm:
            ms = page_usable_ms(path, ctx.runs)
        figs.append(Figure("map: usable in headless Chromium", median(ms) / 1000, "s", 2.0,
                           note="navigation start to first drawing", peak_mb=pm.mb))
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
