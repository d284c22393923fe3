"""The ``living`` step of ``kamgraph bench``: the projection cache and capture latency.

On the first synthetic account (and the whole portfolio for the report):

* cold projection: nothing cached, the account read from the store and projected;
* cache hit from disk: what a new process pays for an unchanged account (revision
  read, pickle load, projection);
* cache hit in memory: what a running process (the daemon, a notebook) pays;
* full report with nothing changed: every account projected (from the disk cache,
  as a new process would) and analysed;
* capture latency: ``log_interaction`` and ``assess_stance``, each one transaction
  with its event and revision, in a process that captured before.
"""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import networkx as nx

from kamgraph.bench.measure import median, timed
from kamgraph.bench.steps import Context, Figure

__all__ = ["living_step"]


def living_step(ctx: Context) -> list[Figure]:
    import tempfile

    from kamgraph.analyzers import analyze_account
    from kamgraph.capture import assess_stance, log_interaction
    from kamgraph.history import cache

    store = ctx.store
    d = ctx.data[0]
    acc, opp = d.account_id, ctx.first_opportunity(d)
    saved = store.cache_dir
    figs: list[Figure] = []
    with tempfile.TemporaryDirectory(prefix="kamgraph-bench-cache-") as tmp:
        store.cache_dir = Path(tmp)
        try:
            def cold() -> nx.MultiDiGraph:
                cache.clear_memory()
                for f in (Path(tmp) / "accounts").glob("*.pickle"):
                    f.unlink()
                return store.project(acc, opp)

            t_cold, G = timed(cold, ctx.runs)

            def from_disk() -> nx.MultiDiGraph:
                cache.clear_memory()
                return store.project(acc, opp)

            t_disk, _ = timed(from_disk, ctx.runs)
            t_mem, _ = timed(lambda: store.project(acc, opp), ctx.runs)
            people = sum(1 for _, k in G.nodes(data="kind") if k == "person")
            figs += [
                Figure("living: cold projection (nothing cached)", median(t_cold), "s", 0.5,
                       note=f"{acc}: {people} people, read from the store and projected"),
                Figure("living: cache hit from disk (new process)", median(t_disk) * 1000, "ms",
                       note="revision read + pickle load + projection"),
                Figure("living: cache hit in memory", median(t_mem) * 1000, "ms", 50,
                       note="revision read only: the same graph as before"),
            ]
            for x in ctx.data:  # fill the disk cache, as earlier commands would have
                store.project(x.account_id, ctx.first_opportunity(x))
            cache.clear_memory()
            t0 = time.perf_counter()
            for x in ctx.data:
                Gx = store.project(x.account_id, ctx.first_opportunity(x))
                analyze_account(Gx)
            figs.append(Figure("living: full report, nothing changed", time.perf_counter() - t0,
                               "s", 30, note=f"{len(ctx.data)} accounts from the disk cache "
                                             "+ all analyzers; 1 run"))
            person = d["person"][0]["id"]
            staff = next(s["id"] for s in d["staff"] if s.get("active", True))
            day = dt.date.today()
            t_log: list[float] = []
            t_stance: list[float] = []
            for i in range(max(ctx.runs, 3)):
                t0 = time.perf_counter()
                log_interaction(store, acc, person, staff, on=day, summary=f"bench {i}")
                t_log.append(time.perf_counter() - t0)
                t0 = time.perf_counter()
                assess_stance(store, acc, person, i % 3 - 1, on=day - dt.timedelta(days=i),
                              evidence="bench")
                t_stance.append(time.perf_counter() - t0)
            figs += [Figure("living: capture a visit (log)", median(t_log), "s", 0.5,
                            note="checked, one transaction with its event and revision"),
                     Figure("living: capture a stance", median(t_stance), "s", 0.5,
                            note=f"median of {len(t_stance)}")]
        finally:
            store.cache_dir = saved
            cache.clear_memory()
    return figs
