"""A synthetic key-account portfolio: realistic, heavy-tailed and deterministic.

:func:`generate` returns one :class:`~kamgraph.model.AccountData` per account,
ready for ``store.save_account``; :func:`write_portfolio` writes the same records
in the CSV folder format of ``docs/formats.md`` (one file per kind, ``account``
column first for account-scoped kinds, ``staff.csv`` global).

Each account is drawn from its own ``random.Random(f"{seed}:{index}")`` (the
staff pool from ``f"{seed}:staff"``), so accounts can be made in parallel and the
same seed always gives byte-identical files. At the default density, 100 accounts of 500 people hold
about a million acquaintance (``knows``) rows.

Examples
--------
>>> data = generate(2, 30, seed=7)
>>> [d.account_id for d in data], len(data[0]["person"])
(['a001', 'a002'], 30)
>>> generate(2, 30, seed=7)[1]["knows"] == data[1]["knows"]
True
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from kamgraph.model import AccountData
from kamgraph.records import StaffRecord
from kamgraph.synth.cover import add_coverage, pick_team, staff_pool
from kamgraph.synth.csvout import account_chunks, write_csv
from kamgraph.synth.deals import add_opportunities, add_stances
from kamgraph.synth.normal import normalize
from kamgraph.synth.org import MIN_PEOPLE, build_org
from kamgraph.synth.profile import add_profile
from kamgraph.synth.ties import add_influences, add_person_knows

__all__ = ["generate", "iter_accounts", "write_portfolio", "staff_pool", "account_ids",
           "TODAY", "KNOWS_PER_PERSON", "MIN_PEOPLE"]

#: The generator's fixed "today": dates are relative to it, never to the clock.
TODAY = dt.date(2026, 10, 1)
#: Default person-to-person acquaintance rows per person.
KNOWS_PER_PERSON = 20.0


def _check(accounts: int, people: int) -> None:
    if accounts < 1:
        raise ValueError(f"accounts must be at least 1, not {accounts}")
    if people < MIN_PEOPLE:
        raise ValueError(f"people per account must be at least {MIN_PEOPLE}, not {people}")


def account_ids(accounts: int) -> list[str]:
    """The ids the generator gives ``accounts`` accounts (``a001``, ``a002``, ...).

    >>> account_ids(2)
    ['a001', 'a002']
    """
    width = max(3, len(str(accounts)))
    return [f"a{i + 1:0{width}d}" for i in range(accounts)]


def iter_accounts(accounts: int, people: int, *, seed: int = 0, competitors: int = 3,
                  knows_per_person: float = KNOWS_PER_PERSON) -> Iterator[AccountData]:
    """Yield the accounts one at a time (what :func:`write_portfolio` streams)."""
    _check(accounts, people)
    pool = staff_pool(random.Random(f"{seed}:staff"), accounts)
    for index in range(accounts):
        yield _account(index, accounts, people, seed, competitors, knows_per_person, pool)


def _account(index: int, accounts: int, people: int, seed: int, competitors: int,
             knows_per_person: float, pool: list[StaffRecord]) -> AccountData:
    """Account number ``index`` (0-based) of a portfolio, from its own random stream."""
    acc = account_ids(accounts)[index]
    rng = random.Random(f"{seed}:{index}")
    d = AccountData()
    org = build_org(d, rng, acc, index, people, competitors, TODAY)
    add_profile(d["account"][0], random.Random(f"{seed}:{index}:profile"))
    add_influences(d, rng, org)
    add_opportunities(d, rng, org, TODAY)
    team = pick_team(rng, pool, people)
    assessed = add_stances(d, rng, org, team, TODAY)
    add_coverage(d, rng, org, pool, team, assessed, TODAY)
    add_person_knows(d, rng, org, knows_per_person, TODAY)
    by_id = {s["id"]: s for s in pool}
    used = {r["staff"] for k in ("owns", "sponsors", "interaction") for r in d[k]}
    used |= {r["by"] for r in d["stance"] if r.get("by")}
    for k in ("knows", "informs"):
        used |= {r["source"] for r in d[k] if r["source"] in by_id}
    used |= {r["via"] for r in d["informs"] if r.get("via") in by_id}
    d.of("staff").extend(by_id[s].copy() for s in sorted(used))
    return normalize(d)


def generate(accounts: int, people: int, *, seed: int = 0, competitors: int = 3,
             knows_per_person: float = KNOWS_PER_PERSON) -> list[AccountData]:
    """Generate ``accounts`` accounts of ``people`` people each.

    Parameters
    ----------
    accounts, people
        Portfolio size; ``people`` is per account (at least :data:`MIN_PEOPLE`).
    seed
        Same seed, same portfolio.
    competitors
        Competitors per account: each account gets ``competitors - 1`` or
        ``competitors`` of a pool of six.
    knows_per_person
        Average person-to-person acquaintance rows per person.

    Returns
    -------
    list of AccountData
        Each lists the global staff it references in ``records["staff"]``.
    """
    return list(iter_accounts(accounts, people, seed=seed, competitors=competitors,
                              knows_per_person=knows_per_person))


def _chunks(args: tuple[int, int, int, int, int, float]) -> list[dict[str, tuple[str, int]]]:
    """Worker: serialize accounts ``lo..hi-1`` of a portfolio (same seeds as in-process)."""
    lo, hi, accounts, people, seed, *rest = args
    competitors, per_person = int(rest[0]), float(rest[1])
    pool = staff_pool(random.Random(f"{seed}:staff"), accounts)
    return [account_chunks(_account(i, accounts, people, seed, competitors, per_person, pool))
            for i in range(lo, hi)]


def write_portfolio(out_dir: str | Path, accounts: int, people: int, seed: int = 0, *,
                    competitors: int = 3, knows_per_person: float = KNOWS_PER_PERSON,
                    workers: int = 1) -> dict[str, int]:
    """Write the portfolio as a CSV folder; returns data rows per file name.

    ``staff.csv`` holds the whole staff pool, including staff no account references.
    ``workers > 1`` makes the accounts in that many (spawned) processes; the files
    are byte-identical whatever the number of workers.
    """
    _check(accounts, people)
    pool = staff_pool(random.Random(f"{seed}:staff"), accounts)
    out = Path(out_dir)
    if workers <= 1 or accounts < 4:
        return write_csv(out, (account_chunks(d) for d in iter_accounts(
            accounts, people, seed=seed, competitors=competitors,
            knows_per_person=knows_per_person)), pool)
    step = max(1, min(10, accounts // (workers * 2)))
    jobs = [(lo, min(accounts, lo + step), accounts, people, seed, competitors,
             knows_per_person) for lo in range(0, accounts, step)]
    with ProcessPoolExecutor(workers, mp_context=get_context("spawn")) as ex:
        chunks = (c for batch in ex.map(_chunks, jobs) for c in batch)
        return write_csv(out, chunks, pool)
