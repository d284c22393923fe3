"""The ``portfolio`` step of ``kamgraph bench``: ``kamgraph portfolio`` on the whole
synthetic portfolio (issue 17: under 30 s cold, under 3 s warm).

* cold: nothing cached (this process's memory and the disk cache emptied): every
  account read from the store, projected for its main opportunity and analysed;
* warm: what the next ``kamgraph portfolio`` process pays once the cache under the
  kamgraph home holds the unchanged accounts (this process's memory emptied, the
  disk cache kept).

Both are wall time, with the CPU time of this process and of its review workers
(:mod:`kamgraph.portfolio.workers`) in the note: the engine's own work (the
embedded ArcadeDB runs in another process) shows as the difference.
"""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
import time
from pathlib import Path

from kamgraph.bench.measure import median
from kamgraph.bench.steps import Context, Figure

__all__ = ["portfolio_step"]


def _children_cpu() -> float:
    """CPU seconds of this process's finished child processes (the review workers)."""
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return float(ru.ru_utime + ru.ru_stime)


def portfolio_step(ctx: Context) -> list[Figure]:
    from kamgraph.history import cache
    from kamgraph.portfolio import TieringConfig, review_portfolio

    store = ctx.store
    ids = [d.account_id for d in ctx.data]
    cfg = TieringConfig()
    today = dt.date.today()
    saved = store.cache_dir
    tmp = Path(tempfile.mkdtemp(prefix="kamgraph-bench-portfolio-"))
    store.cache_dir = tmp

    def run(clear_disk: bool) -> tuple[float, float, int]:
        cache.clear_memory()
        if clear_disk:
            shutil.rmtree(tmp / "accounts", ignore_errors=True)
        w0, c0 = time.perf_counter(), time.process_time()
        k0 = _children_cpu()
        rows = review_portfolio(store, cfg, today=today, accounts=ids, settings=ctx.settings)
        cpu = time.process_time() - c0 + _children_cpu() - k0  # with the review workers'
        return time.perf_counter() - w0, cpu, len(rows)

    try:
        cold = [run(clear_disk=True) for _ in range(max(1, ctx.runs - 1))]
        warm = [run(clear_disk=False) for _ in range(ctx.runs)]
    finally:
        store.cache_dir = saved
        cache.clear_memory()
        shutil.rmtree(tmp, ignore_errors=True)
    people = len(ctx.data[0]["person"]) if ctx.data else 0
    n = cold[0][2]
    return [
        Figure("portfolio: review, cold (nothing cached)", median([w for w, _, _ in cold]), "s",
               30, note=f"{n} accounts x {people} people: read, projected, analysed, tiered; "
                        f"CPU {median([c for _, c, _ in cold]):.1f} s; {len(cold)} run(s)"),
        Figure("portfolio: review, warm (disk cache, new process)",
               median([w for w, _, _ in warm]), "s", 3,
               note=f"unchanged accounts; CPU {median([c for _, c, _ in warm]):.1f} s"),
    ]
