"""A tiny run of ``kamgraph bench`` on the real store: every store step gives a figure."""

from __future__ import annotations

import pytest

from kamgraph.bench import STEPS, run_bench
from kamgraph.errors import ConfigError
from kamgraph.examples import Account
from kamgraph.store import Store


def test_bench_smoke(store: Store) -> None:
    rows = run_bench(store, accounts=1, people=30, runs=1, skip={"map", "cold"})
    by_step = {r.step: r for r in rows}
    for step in ("synth: generate the portfolio in memory", "import: batched (save_account)",
                 "import: one query per row (baseline)", "import: batched / row-at-a-time",
                 "projection: one account into networkx", "analyzers: all together",
                 "full report: all accounts", "warm paths: query p50 (k=3)",
                 "warm paths: Cypher shortestPath p50",
                 "living: cold projection (nothing cached)", "living: cache hit in memory",
                 "living: cache hit from disk (new process)",
                 "living: full report, nothing changed",
                 "living: capture a visit (log)", "living: capture a stance",
                 "analyzers: analyze_account (the five at once)", "analyzer: best_conversions",
                 "portfolio: review, cold (nothing cached)",
                 "portfolio: review, warm (disk cache, new process)"):
        assert by_step[step].value is not None and by_step[step].value > 0, step
    assert "30 people" in by_step["analyzers: all together"].note
    assert by_step["portfolio: review, cold (nothing cached)"].note.startswith("1 accounts x 30")
    # peak memory comes from psutil's samples: at least what the process held at the start
    assert all(r.peak and float(r.peak.replace(",", "")) > 1 for r in rows if r.value)
    # the synthetic account and the row-at-a-time people are gone afterwards
    assert store.accounts() == []
    left = store.driver.execute_query("MATCH (p:Person {account: $account}) RETURN count(p) AS n",
                                      {"account": "bench-rows"}, database_=store.database)
    assert left.records[0]["n"] == 0


def test_bench_refuses_a_store_with_accounts(store: Store) -> None:
    d = Account("mine", "Mine", tier=None).data
    store.save_account(d)
    with pytest.raises(ConfigError, match="scratch store"):
        run_bench(store, accounts=1, people=30, runs=1)
    assert [a["id"] for a in store.accounts()] == ["mine"]


def test_bench_rejects_unknown_steps(store: Store) -> None:
    with pytest.raises(ConfigError, match="unknown bench step"):
        run_bench(store, accounts=1, people=30, runs=1, skip={"warp"})
    assert "paths" in STEPS
