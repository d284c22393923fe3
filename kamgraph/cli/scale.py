"""Scale commands: ``kamgraph synth`` (a synthetic portfolio) and ``kamgraph bench``.

The heavy work lives in :mod:`kamgraph.synth` and :mod:`kamgraph.bench`; this
module only parses options and prints.
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import with_store
from kamgraph.cli.output import echo_table

if TYPE_CHECKING:
    from kamgraph.store import Store

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
              help="Folder to write the CSV files into (created if missing).")
def synth_cmd(accounts: int, people: int, seed: int, competitors: int,
              knows_per_person: float | None, workers: int | None, out_dir: Path) -> None:
    """Write a realistic synthetic portfolio as a CSV folder (load it with `kamgraph import`)."""
    from kamgraph.synth import KNOWS_PER_PERSON, write_portfolio

    start = time.perf_counter()
    counts = write_portfolio(
        out_dir, accounts, people, seed, competitors=competitors,
        knows_per_person=KNOWS_PER_PERSON if knows_per_person is None else knows_per_person,
        workers=workers or min(4, os.cpu_count() or 1))
    took = time.perf_counter() - start
    echo_table([[f, n] for f, n in counts.items()], ["file", "rows"])
    total = sum(counts.values())
    click.echo(f"{total:,} rows for {accounts} accounts x {people} people in {took:.1f} s "
               f"-> {out_dir}")
