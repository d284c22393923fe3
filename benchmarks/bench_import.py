"""Import speed on the configured store (issue 6 target: >= 10,000 rows/s, >= 20x the row loop).

Generates a synthetic portfolio and times, for each variant, the rows per second it
writes (min and median over ``--runs``; the machine is shared, so the best run is
the steadier figure):

- ``batched``: every account imported fresh with ``save_account`` (what ``kamgraph
  import`` does), after deleting the accounts (not timed);
- ``resave``: every account saved again over itself (the replace path: delete, write);
- ``pipelined``: the same with ``save_accounts`` (the next account prepared while
  one is written);
- ``rows``: the hand-written loop, one driver call (one transaction) per row, on the
  rows of ``kamgraph bench`` (people, then ties among them), as the bench runs it
  (``Store.write``: a managed transaction per row);
- ``rows-execute-query``: the same rows through ``driver.execute_query`` per row;
- ``rows-session``: the same rows through ``session.run`` (auto-commit) per row;
- ``batch=N``: ``batched`` with ``BATCH_ROWS = N``;
- ``parallel=W``: ``batched`` with W threads saving different accounts at once
  (each in its own transaction, retried on conflicts) -- kept to show why kamgraph
  does not do it on the embedded engine.

Use a scratch home; the script wipes the store::

    KAMGRAPH_HOME=/tmp/kg-bench python benchmarks/bench_import.py --accounts 10 --runs 3
    python benchmarks/bench_import.py --variants batched,batch=1000,batch=20000,parallel=2
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from kamgraph.config import Settings
from kamgraph.model import AccountData
from kamgraph.store import Store, open_store
from kamgraph.store import store as store_mod
from kamgraph.store.accounts import save_accounts
from kamgraph.synth import generate


def _rows(data: list[AccountData]) -> int:
    return sum(sum(len(v) for v in d.records.values()) for d in data)


def _clear(store: Store, data: list[AccountData]) -> None:
    present = {a["id"] for a in store.accounts()}
    for d in data:
        if d.account_id in present:
            store.delete_account(d.account_id)


def _fresh(store: Store, data: list[AccountData], workers: int = 1,
           pipelined: bool = False) -> float:
    _clear(store, data)
    t0 = time.perf_counter()
    if pipelined:
        save_accounts(store, data)
    elif workers == 1:
        for d in data:
            store.save_account(d)
    else:
        with ThreadPoolExecutor(workers) as ex:
            list(ex.map(store.save_account, data))
    return _rows(data) / (time.perf_counter() - t0)


def _resave(store: Store, data: list[AccountData]) -> float:
    present = {a["id"] for a in store.accounts()}
    for d in data:
        if d.account_id not in present:
            store.save_account(d)
    t0 = time.perf_counter()
    for d in data:
        store.save_account(d)
    return _rows(data) / (time.perf_counter() - t0)


def _row_loop(store: Store, data: list[AccountData]) -> float:
    from kamgraph.bench.steps import ROWS_ACCOUNT, _row_params

    work = _row_params(data[0], 2000)
    store.write("bench/drop_rows", account=ROWS_ACCOUNT)
    try:
        t0 = time.perf_counter()
        for name, params in work:
            store.write(name, **params)
        return len(work) / (time.perf_counter() - t0)
    finally:
        store.write("bench/drop_rows", account=ROWS_ACCOUNT)


def _row_session(store: Store, data: list[AccountData]) -> float:
    """The loop as often written by hand: ``session.run`` (auto-commit) per row."""
    from kamgraph import queries
    from kamgraph.bench.steps import ROWS_ACCOUNT, _row_params

    work = [(queries.get(n).text, p) for n, p in _row_params(data[0], 2000)]
    store.write("bench/drop_rows", account=ROWS_ACCOUNT)
    try:
        t0 = time.perf_counter()
        with store.driver.session(database=store.database) as session:
            for text, params in work:
                session.run(text, params).consume()
        return len(work) / (time.perf_counter() - t0)
    finally:
        store.write("bench/drop_rows", account=ROWS_ACCOUNT)


def _row_execute_query(store: Store, data: list[AccountData]) -> float:
    """The loop with the driver's recommended simple API: ``execute_query`` per row."""
    from kamgraph import queries
    from kamgraph.bench.steps import ROWS_ACCOUNT, _row_params

    work = [(queries.get(n).text, p) for n, p in _row_params(data[0], 2000)]
    store.write("bench/drop_rows", account=ROWS_ACCOUNT)
    try:
        t0 = time.perf_counter()
        for text, params in work:
            store.driver.execute_query(text, params, database_=store.database)
        return len(work) / (time.perf_counter() - t0)
    finally:
        store.write("bench/drop_rows", account=ROWS_ACCOUNT)


def _with_batch(rows: int, fn: Callable[[], float]) -> float:
    old = store_mod.BATCH_ROWS
    store_mod.BATCH_ROWS = rows
    try:
        return fn()
    finally:
        store_mod.BATCH_ROWS = old


def variant(name: str, store: Store, data: list[AccountData]) -> Callable[[], float]:
    """The timed function of a variant name."""
    if name == "batched":
        return lambda: _fresh(store, data)
    if name == "resave":
        return lambda: _resave(store, data)
    if name == "pipelined":
        return lambda: _fresh(store, data, pipelined=True)
    if name == "rows":
        return lambda: _row_loop(store, data)
    if name == "rows-execute-query":
        return lambda: _row_execute_query(store, data)
    if name == "rows-session":
        return lambda: _row_session(store, data)
    if name.startswith("batch="):
        n = int(name.split("=", 1)[1])
        return lambda: _with_batch(n, lambda: _fresh(store, data))
    if name.startswith("parallel="):
        w = int(name.split("=", 1)[1])
        return lambda: _fresh(store, data, workers=w)
    raise SystemExit(f"unknown variant {name!r}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--accounts", type=int, default=10)
    ap.add_argument("--people", type=int, default=500)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--variants", default="batched,resave,rows")
    ap.add_argument("--home", default=os.environ.get("KAMGRAPH_HOME"),
                    help="kamgraph home of the embedded engine (default: a new temp dir)")
    args = ap.parse_args()
    home = Path(args.home or tempfile.mkdtemp(prefix="kg-import-"))
    settings = Settings(uri=None, user=None, password=None, database=None, home=home)
    data = generate(args.accounts, args.people, seed=args.seed)
    names = [v.strip() for v in args.variants.split(",") if v.strip()]
    print(f"{args.accounts} accounts x {args.people} people: {_rows(data):,} rows; "
          f"home {home}; {args.runs} run(s), variants interleaved")
    rates: dict[str, list[float]] = {n: [] for n in names}
    with open_store(settings) as store:
        store.write("admin/wipe")
        store._schema_ready = False
        store.ensure_schema()
        store.save_account(data[0])  # warm the engine's JIT before timing
        fns = {n: variant(n, store, data) for n in names}
        for _ in range(args.runs):
            for n in names:
                rates[n].append(fns[n]())
        _clear(store, data)
    print(f"{'variant':14s} {'median rows/s':>14s} {'best rows/s':>12s}")
    for n in names:
        print(f"{n:14s} {statistics.median(rates[n]):14,.0f} {max(rates[n]):12,.0f}")
    if "rows" in rates and "batched" in rates:
        ratio = statistics.median(rates["batched"]) / statistics.median(rates["rows"])
        print(f"batched / rows: {ratio:.1f}x")


if __name__ == "__main__":
    main()
