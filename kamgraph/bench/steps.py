"""The store-side steps of ``kamgraph bench``: import, row loop, projection, analyzers,
the full report, and warm paths against Cypher ``shortestPath``.

Each step function takes a :class:`Context` and returns :class:`Figure` values; the
table is assembled by :func:`kamgraph.bench.run_bench`.
"""

from __future__ import annotations

import random
import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamgraph.bench.measure import median, timed
from kamgraph.model import AccountData

if TYPE_CHECKING:

    from kamgraph.config import Settings
    from kamgraph.store import Store

__all__ = ["Context", "Figure", "ANALYZERS", "import_step", "rows_step", "projection_step",
           "analyzers_step", "report_step", "paths_step", "plan_step", "analyzer_functions"]

#: Account id (and id prefix) the row-at-a-time baseline writes under, then removes.
ROWS_ACCOUNT = "bench-rows"
#: Analyzers timed one by one, by name in :mod:`kamgraph.analyzers`.
ANALYZERS: tuple[str, ...] = ("key_persons", "hidden_chain", "counterpoints",
                              "support_balance", "coverage_gaps")


@dataclass
class Figure:
    """One line of the table: a measured value, its target and a note."""

    step: str
    value: float | None
    unit: str
    target: float | None = None
    higher_is_better: bool = False
    note: str = ""
    peak_mb: float | None = None

    @property
    def ok(self) -> bool | None:
        if self.value is None or self.target is None:
            return None
        return self.value >= self.target if self.higher_is_better else self.value < self.target


@dataclass
class Context:
    """What the steps share: the store, the portfolio and the options."""

    store: Store
    data: list[AccountData]
    runs: int
    seed: int
    progress: Callable[[str], None]
    import_rate: float | None = None
    #: how to open the same store from another process (None: this process only)
    settings: Settings | None = None

    def first_opportunity(self, d: AccountData) -> str | None:
        opps = sorted(o["id"] for o in d["opportunity"])
        return opps[0] if opps else None


def _rows(d: AccountData) -> int:
    return sum(len(v) for v in d.records.values())


def import_step(ctx: Context) -> list[Figure]:
    """Save every account once (the whole portfolio), then re-save a slice ``runs - 1``
    times; rows per second is the median over those runs. Accounts are saved as
    ``kamgraph import`` saves them: :func:`~kamgraph.store.accounts.save_accounts`,
    one transaction per account."""
    from kamgraph.store.accounts import save_accounts

    def save(data: list[AccountData]) -> None:
        for i in range(0, len(data), 10):
            save_accounts(ctx.store, data[i:i + 10])
            if len(data) > 10:
                ctx.progress(f"  imported {min(i + 10, len(data))}/{len(data)} accounts")

    rates: list[float] = []
    total = sum(_rows(d) for d in ctx.data)
    start = time.perf_counter()
    save(ctx.data)
    full = time.perf_counter() - start
    rates.append(total / full)
    part = ctx.data[: min(10, len(ctx.data))]
    part_rows = sum(_rows(d) for d in part)
    for _ in range(ctx.runs - 1):
        t0 = time.perf_counter()
        save_accounts(ctx.store, part)
        rates.append(part_rows / (time.perf_counter() - t0))
    ctx.import_rate = median(rates)
    return [Figure("import: batched (save_account)", ctx.import_rate, "rows/s", 10_000, True,
                   f"{total:,} rows in {full:.1f} s for the whole portfolio; "
                   f"then {len(part)} accounts re-saved x{ctx.runs - 1}")]


#: A query name and its parameters.
Work = list[tuple[str, dict[str, object]]]


def _row_params(d: AccountData, limit: int) -> Work:
    """The first ``limit // 2`` people of an account and ties among them, renamed."""
    people = d["person"][: max(1, limit // 2)]
    ids = {p["id"] for p in people}
    out: Work = []
    for p in people:
        props = {k: v for k, v in p.items() if k in ("name", "name_en", "title", "level",
                                                     "affiliation") and v is not None}
        out.append(("bench/row_person", {"id": f"{ROWS_ACCOUNT}-{p['id']}", "props": props,
                                         "account": ROWS_ACCOUNT}))
    ties = [k for k in d["knows"] if k["source"] in ids and k["target"] in ids]
    for k in ties[: limit - len(out)]:
        out.append(("bench/row_knows", {
            "source": f"{ROWS_ACCOUNT}-{k['source']}", "target": f"{ROWS_ACCOUNT}-{k['target']}",
            "props": {"strength": k["strength"], "circle": k.get("circle", "other"),
                      "since": k.get("since")}, "account": ROWS_ACCOUNT}))
    return out


def _row_loop(ctx: Context, work: Work, *,
              autocommit: bool) -> float:
    """Rows per second of one driver call per row: ``session.run`` (auto-commit) or
    ``driver.execute_query`` (a managed transaction each), as a user loop would do."""
    ctx.store.write("bench/drop_rows", account=ROWS_ACCOUNT)
    t0 = time.perf_counter()
    ctx.store.each(work, autocommit=autocommit)
    return len(work) / (time.perf_counter() - t0)


def rows_step(ctx: Context, limit: int = 2000) -> list[Figure]:
    """The same kind of rows written one driver call (one transaction) per row.

    The baseline is the faster of two loops a user would write by hand:
    ``session.run`` per row (auto-commit: one round trip a row) and
    ``driver.execute_query`` per row (a managed transaction: BEGIN, RUN, COMMIT);
    the other is given in the note.
    """
    work = _row_params(ctx.data[0], limit)
    auto: list[float] = []
    managed: list[float] = []
    try:
        for _ in range(ctx.runs):
            auto.append(_row_loop(ctx, work, autocommit=True))
            managed.append(_row_loop(ctx, work, autocommit=False))
    finally:
        ctx.store.write("bench/drop_rows", account=ROWS_ACCOUNT)
    loops = sorted([(median(auto), "session.run"), (median(managed), "execute_query")],
                   reverse=True)
    (rate, best), (other_rate, other) = loops
    figs = [Figure("import: one query per row (baseline)", rate, "rows/s",
                   note=f"{len(work):,} rows (people, then ties among them), {best} per row; "
                        f"{other} per row: {other_rate:,.0f} rows/s")]
    if ctx.import_rate:
        figs.append(Figure("import: batched / row-at-a-time", ctx.import_rate / rate, "x", 20,
                           True, "same store, same run"))
    return figs


def projection_step(ctx: Context) -> list[Figure]:
    from kamgraph.projection import graph_from_data
    from kamgraph.store.reads import load_account

    d = ctx.data[0]  # from the store every run: the projection cache is timed under "living"
    times, G = timed(lambda: graph_from_data(load_account(ctx.store, d.account_id)), ctx.runs)
    return [Figure("projection: one account into networkx", median(times), "s", 0.5,
                   note=f"{d.account_id}: {G.number_of_nodes():,} nodes, "
                        f"{G.number_of_edges():,} edges")]


def analyzer_functions() -> dict[str, Callable[..., Any]]:
    """The analyzers the bench times, by name (missing ones are left out)."""
    import importlib

    mod = importlib.import_module("kamgraph.analyzers")
    return {n: getattr(mod, n) for n in ANALYZERS if hasattr(mod, n)}


def analyzers_step(ctx: Context) -> list[Figure]:
    """Each analyzer in turn on one account; every run starts with a fresh analysis
    context, shared by the analyzers of that run (as in a report)."""
    from kamgraph.analyzers import Analysis

    d = ctx.data[0]
    G = ctx.store.project(d.account_id, opportunity=ctx.first_opportunity(d))
    funcs = analyzer_functions()
    per: dict[str, list[float]] = {n: [] for n in funcs}
    totals: list[float] = []
    for _ in range(ctx.runs):
        a = Analysis(G)
        t_all = 0.0
        for name, fn in funcs.items():
            t0 = time.perf_counter()
            fn(G, ctx=a)
            dt_ = time.perf_counter() - t0
            per[name].append(dt_)
            t_all += dt_
        totals.append(t_all)
    n_people = sum(1 for _, a in G.nodes(data=True) if a.get("kind") == "person")
    figs = [Figure(f"analyzer: {n}", median(t), "s", note=f"{n_people} people")
            for n, t in per.items()]
    figs.append(Figure("analyzers: all together", median(totals), "s", 0.3,
                       note=f"one account of {n_people} people, scoped to an opportunity"))
    from kamgraph.analyzers import analyze_account, best_conversions

    t_once, _ = timed(lambda: analyze_account(G), ctx.runs)
    figs.append(Figure("analyzers: analyze_account (the five at once)", median(t_once), "s",
                       0.3, note="one shared analysis context, as a report runs them"))
    t_conv, whatifs = timed(lambda: best_conversions(G), ctx.runs)
    figs.append(Figure("analyzer: best_conversions", median(t_conv), "s",
                       note=f"{len(whatifs)} what-ifs (single conversions ranked)"))
    return figs


def report_step(ctx: Context) -> list[Figure]:
    """Project every account and run every analyzer on it (one run: it is long), all
    five at once through :func:`kamgraph.analyzers.analyze_account`."""
    from kamgraph.analyzers import analyze_account

    funcs = analyzer_functions()
    t0 = time.perf_counter()
    for i, d in enumerate(ctx.data):
        G = ctx.store.project(d.account_id, opportunity=ctx.first_opportunity(d))
        analyze_account(G)
        if (i + 1) % 20 == 0:
            ctx.progress(f"  report: {i + 1}/{len(ctx.data)} accounts")
    took = time.perf_counter() - t0
    return [Figure("full report: all accounts", took, "s", 30,
                   note=f"{len(ctx.data)} accounts: projection + {len(funcs)} analyzers each; "
                        "1 run")]


def paths_step(ctx: Context, queries: int = 200, cypher_queries: int = 10) -> list[Figure]:
    """Warm paths on the whole portfolio's acquaintance network, against shortestPath."""
    from kamgraph.planning import AcquaintanceIndex

    t0 = time.perf_counter()
    ties = ctx.store.read("read/knows_network")
    t_read = time.perf_counter() - t0
    staff = sorted({s["id"] for d in ctx.data for s in d["staff"] if s.get("active", True)})
    t0 = time.perf_counter()
    ix = AcquaintanceIndex(((r["source"], r["target"], r["strength"], r["circle"])
                            for r in ties), sources=staff)
    t_build = time.perf_counter() - t0
    rng = random.Random(f"{ctx.seed}:paths")
    people = [p["id"] for d in ctx.data for p in d["person"]]
    targets = sorted(rng.sample(people, min(queries, len(people))))
    times: list[float] = []
    found: list[tuple[str, str]] = []
    for t in targets:
        q0 = time.perf_counter()
        res = ix.paths(t, k=3)
        times.append(time.perf_counter() - q0)
        if res.paths:
            found.append((res.paths[0].source, t))
    p50 = median(times)
    figs = [Figure("warm paths: read all ties from the store", t_read, "s",
                   note=f"{len(ties):,} ties"),
            Figure("warm paths: build the index", t_build, "s",
                   note=f"{ix.n_ties:,} distinct pairs, {len(ix.names):,} people and staff"),
            Figure("warm paths: query p50 (k=3)", p50 * 1000, "ms", 50,
                   note=f"{len(targets)} targets, {len(found)} reachable; "
                        f"p90 {sorted(times)[int(len(times) * 0.9)] * 1000:.1f} ms")]
    cy: list[float] = []
    for source, target in found[:cypher_queries]:
        q0 = time.perf_counter()
        ctx.store.read("bench/shortest_path", source=source, target=target)
        cy.append(time.perf_counter() - q0)
    if cy:
        figs.append(Figure("warm paths: Cypher shortestPath p50", median(cy) * 1000, "ms",
                           note=f"{len(cy)} pairs (the staff member our best path starts "
                                "from), fewest hops up to 6"))
        figs.append(Figure("warm paths: shortestPath / index", median(cy) / p50, "x",
                           note="how many times faster the in-memory index answers"))
    return figs


def plan_step(ctx: Context) -> list[Figure]:
    """``kamgraph plan`` after projection: the plan of one account scoped to an opportunity
    and its planning set in Chinese as printable HTML (nothing cached between runs)."""
    from kamgraph.planning import plan, planning_set, render_planning_set

    d = ctx.data[0]
    G = ctx.store.project(d.account_id, opportunity=ctx.first_opportunity(d))
    walls: list[float] = []
    cpus: list[float] = []
    for _ in range(ctx.runs):  # each plan() builds its own Analysis: nothing is shared
        w0, c0 = time.perf_counter(), time.process_time()
        render_planning_set(planning_set(G, plan(G), lang="zh"), "html")
        walls.append(time.perf_counter() - w0)
        cpus.append(time.process_time() - c0)
    n_people = sum(1 for _, a in G.nodes(data=True) if a.get("kind") == "person")
    return [Figure("plan: targets and the planning set", median(walls), "s", 1.0,
                   note=f"{n_people} people, after projection; CPU {median(cpus):.2f} s")]
