"""kill -9 of the client during a multi-account import: all accounts or none, and the
next command works (issue 10, item 2: the import is one transaction).

A calibration run times the whole import; then each round deletes the portfolio, starts
``kamgraph import`` as a process and kills it with SIGKILL at a different fraction of
that time (from validation to the last writes). Afterwards the portfolio's accounts must
be all present and whole (the commit came first) or all absent; the next command must
answer, and a final import must succeed. The outcomes are printed at the end of the run.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from conftest import SUMMARY_LINES
from test_isolation import export_hashes

from kamgraph.config import Settings
from kamgraph.store import Store

FRACTIONS = (0.4, 0.7, 0.9)


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("NEO4J_")}
    env["KAMGRAPH_HOME"] = str(home)
    return env


@pytest.mark.slow
def test_kill_9_during_a_multi_account_import_leaves_all_or_none(
        store: Store, store_settings: Settings, tmp_path: Path) -> None:
    if store_settings.uri:
        pytest.skip("runs against the embedded engine (the client is killed, not the server)")
    home = store_settings.home
    portfolio = tmp_path / "portfolio"
    subprocess.run([sys.executable, "-m", "kamgraph", "synth", "--accounts", "3", "--people",
                    "40", "--workers", "1", "--out", str(portfolio)], check=True,
                   capture_output=True, env=_env(home))
    cmd = [sys.executable, "-m", "kamgraph", "import", str(portfolio)]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=_env(home))
    whole = time.perf_counter() - t0
    expected = export_hashes(store)
    ids = sorted(expected)
    assert len(ids) == 3
    outcomes: list[str] = []
    next_command: list[float] = []
    for f in FRACTIONS:
        for a in {x["id"] for x in store.accounts()} & set(ids):
            store.delete_account(a)
        proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                env=_env(home))
        time.sleep(whole * f)
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        t1 = time.perf_counter()
        res = subprocess.run([sys.executable, "-m", "kamgraph", "accounts", "--json"],
                             capture_output=True, text=True, env=_env(home), timeout=120)
        next_command.append(time.perf_counter() - t1)
        assert res.returncode == 0, res.stderr
        present = {a["id"] for a in store.accounts()} & set(ids)
        if present:
            assert present == set(ids), f"killed at {f:.0%}: only {sorted(present)} written"
            assert export_hashes(store) == expected, f"killed at {f:.0%}: accounts not whole"
            outcomes.append("all")
        else:
            outcomes.append("none")
    subprocess.run(cmd, check=True, capture_output=True, env=_env(home))
    assert export_hashes(store) == expected
    SUMMARY_LINES.append(
        f"kill -9 during a 3-account import ({whole:.1f} s whole): "
        + ", ".join(f"at {f:.0%} -> {o}" for f, o in zip(FRACTIONS, outcomes, strict=True))
        + f"; 0 partial; next command answered in at most {max(next_command):.1f} s")
