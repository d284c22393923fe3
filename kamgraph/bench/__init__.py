"""``kamgraph bench``: how fast kamgraph is on a synthetic portfolio, in one table.

:func:`run_bench` generates a portfolio (:mod:`kamgraph.synth`), loads it into the
given store and measures, each as the median of ``runs`` runs with the peak memory
of this process during the step:

1. import rows per second, batched (``save_account``) and one query per row, and
   their ratio;
2. projecting one account into networkx;
3. each analyzer on one account, all of them together, and the full report
   (projection + analyzers) over every account;
4. warm paths on the whole portfolio's acquaintance network, against the same
   question asked as a Cypher ``shortestPath`` of the store;
5. writing a large and a very large map, the time until each is usable in headless
   Chromium, filter and focus times, and the same map drawn by pyvis defaults (the peer);
6. ``kamgraph --help`` and ``kamgraph key-persons`` on the demo from a cold process;
7. the projection cache and capture latency (:mod:`kamgraph.bench.living`);
8. ``kamgraph portfolio`` on the whole portfolio, cold and with the cache warm
   (:mod:`kamgraph.bench.portfolio`).

A step whose building block cannot be imported is reported ``n/a``. The bench
writes accounts ``a001``... and staff ``s0001``...: run it on a scratch store.

Examples
--------
>>> BenchRow.from_figure(Figure("projection", 0.25, "s", 0.5)).figure
'0.250 s'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kamgraph.bench.measure import PeakMemory
from kamgraph.bench.steps import Context, Figure
from kamgraph.errors import ConfigError

if TYPE_CHECKING:
    from kamgraph.config import Settings
    from kamgraph.store import Store

__all__ = ["BenchRow", "Figure", "run_bench", "STEPS", "store_env"]

#: Step names, in the order they run (``skip`` takes these).
STEPS: tuple[str, ...] = ("import", "rows", "projection", "analyzers", "report", "paths",
                          "plan", "map", "cold", "living", "portfolio")


@dataclass(frozen=True)
class BenchRow:
    """One printed line of the bench table."""

    step: str
    figure: str
    target: str
    verdict: str
    peak: str
    note: str
    value: float | None
    unit: str

    @classmethod
    def from_figure(cls, f: Figure) -> BenchRow:
        def num(v: float) -> str:
            if f.unit in ("rows/s",):
                return f"{v:,.0f}"
            if f.unit == "x":
                return f"{v:.1f}"
            return f"{v:.3f}" if v < 10 else f"{v:.1f}"

        figure = "n/a" if f.value is None else f"{num(f.value)} {f.unit}"
        target = "" if f.target is None else (
            f"{'>=' if f.higher_is_better else '<'} {num(f.target)} {f.unit}")
        verdict = {None: "", True: "yes", False: "NO"}[f.ok]
        peak = "" if f.peak_mb is None else f"{f.peak_mb:,.0f}"
        return cls(f.step, figure, target, verdict, peak, f.note, f.value, f.unit)


def store_env(settings: Settings) -> dict[str, str]:
    """Environment that points a ``kamgraph`` subprocess at the same store."""
    env = {"KAMGRAPH_HOME": str(settings.home)}
    for key, value in (("NEO4J_URI", settings.uri), ("NEO4J_USERNAME", settings.user),
                       ("NEO4J_PASSWORD", settings.password),
                       ("NEO4J_DATABASE", settings.database)):
        env[key] = value or ""
    return env


def _demo(store: Store) -> str | None:
    """Load the demo account (if the package has it); its id, or None."""
    from pathlib import Path

    from kamgraph.formats import load_paths

    path = Path(__file__).resolve().parent.parent / "data" / "demo.yaml"
    if not path.exists():
        return None
    [data] = load_paths([path])
    store.save_account(data)
    return data.account_id


def run_bench(store: Store, settings: Settings | None = None, *, accounts: int = 100,
              people: int = 500, runs: int = 3, seed: int = 0, map_people: int = 2000,
              map_big: int = 10_000, map_peer: bool = True,
              skip: set[str] | frozenset[str] = frozenset(), keep: bool = False,
              allow_nonempty: bool = False,
              progress: Callable[[str], None] = lambda m: None) -> list[BenchRow]:
    """Run the benchmark against ``store``; returns the table rows in order.

    ``settings`` (how to reach the same store from a subprocess) is needed for the
    cold-start step only; without it that step is skipped. Steps named in ``skip``
    are left out. Unless ``keep``, the synthetic accounts (and the demo, if the
    bench loaded it) are deleted at the end.
    """
    from kamgraph.bench import steps as st
    from kamgraph.synth import generate

    unknown = set(skip) - set(STEPS)
    if unknown:
        raise ConfigError(f"unknown bench step(s) {', '.join(sorted(unknown))}; "
                          f"steps: {', '.join(STEPS)}")
    before = {a["id"] for a in store.accounts()}
    if before and not allow_nonempty:
        raise ConfigError(
            f"the store holds {len(before)} account(s); the bench writes and deletes synthetic "
            "accounts a001.. and staff s0001..: run it on a scratch store (e.g. "
            "KAMGRAPH_HOME=$(mktemp -d) kamgraph bench) or pass --allow-nonempty")
    figures: list[Figure] = []

    def step(name: str, fn: Callable[[], list[Figure]]) -> None:
        if name in skip:
            return
        progress(f"bench: {name}")
        try:
            with PeakMemory() as pm:
                got = fn()
        except ImportError as e:
            figures.append(Figure(name, None, "", note=f"n/a (not available: {e.name or e})"))
            return
        except RuntimeError as e:  # a subprocess or the browser failed: say so, go on
            last = str(e).strip().splitlines()[-1] if str(e).strip() else type(e).__name__
            figures.append(Figure(name, None, "", note=f"failed: {last[:120]}"))
            return
        for f in got:
            if f.peak_mb is None:
                f.peak_mb = pm.mb
        figures.extend(got)

    with PeakMemory() as pm:
        import time
        t0 = time.perf_counter()
        data = generate(accounts, people, seed=seed)
        took = time.perf_counter() - t0
    rows = sum(sum(len(v) for v in d.records.values()) for d in data)
    figures.append(Figure("synth: generate the portfolio in memory", took, "s",
                          note=f"{accounts} x {people} people, {rows:,} records",
                          peak_mb=pm.mb))
    ctx = Context(store, data, runs, seed, progress, settings=settings)
    demo: str | None = None
    try:
        needs_data = {"rows", "projection", "analyzers", "report", "paths", "plan",
                      "living", "portfolio"} - set(skip)
        if "import" in skip and needs_data:
            for d in data:
                store.save_account(d)
        step("import", lambda: st.import_step(ctx))
        step("rows", lambda: st.rows_step(ctx))
        step("projection", lambda: st.projection_step(ctx))
        step("analyzers", lambda: st.analyzers_step(ctx))
        step("report", lambda: st.report_step(ctx))
        step("paths", lambda: st.paths_step(ctx))
        step("plan", lambda: st.plan_step(ctx))
        from kamgraph.bench.living import living_step

        step("living", lambda: living_step(ctx))
        from kamgraph.bench.portfolio import portfolio_step

        step("portfolio", lambda: portfolio_step(ctx))
        from kamgraph.bench import browser

        step("map", lambda: browser.map_step(ctx, map_people, map_big, map_peer))
        if settings is not None and "cold" not in skip:
            demo = _demo(store)
            step("cold", lambda: browser.cold_step(ctx, store_env(settings), demo))
    finally:
        if not keep:
            progress("bench: removing the synthetic accounts")
            for d in data:
                if d.account_id not in before:
                    try:
                        store.delete_account(d.account_id)
                    except Exception:  # not there (import skipped or failed)
                        pass
            if demo and demo not in before:
                store.delete_account(demo)
    return [BenchRow.from_figure(f) for f in figures]
