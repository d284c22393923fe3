"""Scale commands: ``kamgraph synth`` (a synthetic portfolio) and ``kamgraph bench``.

The heavy work lives in :mod:`kamgraph.synth` and :mod:`kamgraph.bench`; this
module only parses options and prints.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import click

from kamgraph.cli.common import json_option, open_from, settings_from_kwargs, store_options
from kamgraph.cli.output import check_out, echo, echo_json, echo_table
from kamgraph.i18n import _

__all__ = ["synth_cmd", "bench_cmd"]


@click.command("synth")
@click.option("--accounts", type=click.IntRange(min=1), default=10, show_default=True,
              help="Number of accounts.")
@click.option("--people", type=click.IntRange(min=12), default=500, show_default=True,
              help="People per account.")
@click.option("--seed", type=int, default=0, show_default=True, help="Same seed, same files.")
@click.option("--competitors", type=click.IntRange(min=1, max=6), default=3, show_default=True,
              help="Competitors per account (each gets this many or one fewer).")
@click.option("--knows-per-person", type=click.FloatRange(min=0), default=None,
              help="Average acquaintance rows per person [default: 20].")
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes to generate with [default: the CPU count, at most 4].")
@click.option("--out", "out_dir", required=True,
              type=click.Path(file_okay=False, path_type=Path),
              help="Folder to write the CSV files into (created if missing; its parent must "
                   "exist).")
@json_option
def synth_cmd(accounts: int, people: int, seed: int, competitors: int,
              knows_per_person: float | None, workers: int | None, out_dir: Path,
              as_json: bool) -> None:
    """Write a realistic synthetic portfolio as a CSV folder (load it with `kamgraph import`)."""
    from kamgraph.cli.progress import spinner
    from kamgraph.synth import KNOWS_PER_PERSON, write_portfolio

    check_out(out_dir, "dir")
    start = time.perf_counter()
    with spinner(_("writing {accounts} accounts x {people} people…").format(
            accounts=accounts, people=people)):
        counts = write_portfolio(
            out_dir, accounts, people, seed, competitors=competitors,
            knows_per_person=KNOWS_PER_PERSON if knows_per_person is None else knows_per_person,
            workers=workers or min(4, os.cpu_count() or 1))
    took = time.perf_counter() - start
    total = sum(counts.values())
    if as_json:
        echo_json({"folder": str(out_dir), "accounts": accounts, "people": people,
                   "rows": counts, "total_rows": total, "seconds": round(took, 3)})
        return
    echo_table([[f, n] for f, n in counts.items()], [_("file"), _("rows")])
    echo(_("{total:,} rows for {accounts} accounts x {people} people in {took:.1f} s "
           "-> {folder}").format(total=total, accounts=accounts, people=people, took=took,
                                 folder=out_dir))


@click.command("bench")
@click.option("--accounts", type=click.IntRange(min=1), default=100, show_default=True,
              help="Accounts in the synthetic portfolio.")
@click.option("--people", type=click.IntRange(min=12), default=500, show_default=True,
              help="People per account.")
@click.option("--runs", type=click.IntRange(min=1), default=3, show_default=True,
              help="Runs per figure (the table shows the median).")
@click.option("--seed", type=int, default=0, show_default=True)
@click.option("--map-people", type=click.IntRange(min=12), default=2000, show_default=True,
              help="People on the map of the rendering step.")
@click.option("--map-big", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="People on the large map of the rendering step (0: leave it out).")
@click.option("--no-map-peer", is_flag=True,
              help="Leave out the peer: the same map drawn by pyvis defaults (minutes).")
@click.option("--skip", multiple=True, metavar="STEP",
              help="Leave a step out (import, rows, projection, analyzers, report, paths, "
                   "map, cold, living, portfolio); repeatable.")
@click.option("--keep", is_flag=True, help="Leave the synthetic accounts in the store.")
@click.option("--judgment", is_flag=True,
              help="Run the judgment benchmark instead: the analyzers' conclusions on "
                   "networks of known structure against the expected answers (no store).")
@click.option("--allow-nonempty", is_flag=True,
              help="Run although the store holds accounts (the bench replaces accounts "
                   "a001.. and staff s0001..; use a scratch store).")
@json_option
@store_options
def bench_cmd(accounts: int, people: int, runs: int, seed: int, map_people: int,
              map_big: int, no_map_peer: bool, skip: tuple[str, ...], keep: bool,
              judgment: bool, allow_nonempty: bool, as_json: bool, **store_kw: object) -> None:
    """Benchmark kamgraph on a synthetic portfolio against the configured store.

    Prints one table: each figure is the median of --runs runs, with the target it
    is held to and the peak memory of this process during the step. The store
    should be a scratch one (for the embedded default: KAMGRAPH_HOME=$(mktemp -d)).
    """
    from kamgraph.bench import run_bench
    from kamgraph.cli.progress import spinner

    if judgment:
        _judgment(as_json)
        return
    settings = settings_from_kwargs(dict(store_kw))
    with open_from(settings) as store, spinner(_("benchmarking…")) as status:
        rows = run_bench(store, settings, accounts=accounts, people=people, runs=runs,
                         seed=seed, map_people=map_people, map_big=map_big,
                         map_peer=not no_map_peer, skip=set(skip), keep=keep,
                         allow_nonempty=allow_nonempty, progress=status.update)
    if as_json:
        echo_json([{"step": r.step, "figure": r.figure, "target": r.target,
                    "ok": r.verdict, "peak_mb": r.peak, "note": r.note} for r in rows])
        return
    echo_table([[r.step, r.figure, r.target, r.verdict, r.peak, r.note] for r in rows],
               [_("step"), _("figure"), _("target"), _("ok"), _("peak MB"), _("note")],
               wrap=[0, 5])


def _judgment(as_json: bool) -> None:
    """``kamgraph bench --judgment``: the table of ``kamgraph/bench/judgment/RESULTS.md``."""
    from dataclasses import asdict, astuple

    from kamgraph.bench.judgment import judgment_rows
    from kamgraph.cli.progress import spinner

    with spinner(_("benchmarking…")):
        rows = judgment_rows()
    if as_json:
        echo_json([asdict(r) for r in rows])
        return
    echo_table([list(astuple(r)) for r in rows],
               [_("case"), _("hidden P"), _("hidden R"), _("top-5"), _("broker rank"),
                "Spearman", _("counterpoints"), _("ms")], wrap=[0, 6])
