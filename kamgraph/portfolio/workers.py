"""Reviewing many accounts at once: worker processes, each with its own store connection.

Reading, projecting and analysing an account is Python work that holds one core;
the store (the embedded engine is a Java process of its own, or a Neo4j server)
answers many connections at once. :func:`review_in_workers` therefore hands the
accounts to ``workers`` processes (spawned afresh: no driver, thread or lock of the
parent is inherited), each opening the store from the same settings once and
reviewing accounts one at a time as they come free. Each account's review is kept by
the worker as :func:`kamgraph.portfolio.build.reviewed` keeps it, so the next review
finds it whichever process computed it. The answers come back in the order asked.

A kamgraph error in a worker (an account gone, the store unreachable) comes back as
that error, raised in the calling process. When the workers cannot be had (a worker
dies, the platform refuses to start one), :func:`review_in_workers` says so by
returning None for the accounts not done, and the caller reviews those itself.
"""

from __future__ import annotations

import atexit
import datetime as dt
import pickle
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from multiprocessing import get_context
from pathlib import Path
from typing import TYPE_CHECKING

from kamgraph.errors import KamgraphError

if TYPE_CHECKING:
    from kamgraph.config import Settings
    from kamgraph.portfolio.build import Reviewed
    from kamgraph.store import Store

__all__ = ["review_in_workers"]

_STORE: list[Store | KamgraphError] = []  # the worker's own store (or why it has none)


def _open(settings: Settings, cache_dir: Path | None) -> None:
    import logging

    from kamgraph.store import open_store

    logging.getLogger("kamgraph").setLevel(logging.ERROR)  # the caller warned already
    stack = ExitStack()
    try:
        store = stack.enter_context(open_store(settings, schema=False))
    except KamgraphError as e:
        _STORE.append(_travelling(e))
        return
    store.cache_dir = cache_dir
    atexit.register(stack.close)
    _STORE.append(store)


def _travelling(e: KamgraphError) -> KamgraphError:
    try:
        pickle.dumps(e)
    except Exception:  # an error that does not travel between processes: its words do
        return KamgraphError(str(e))
    return e


def _review(account: str, today: dt.date) -> Reviewed | KamgraphError:
    from kamgraph.portfolio.build import reviewed

    store = _STORE[0]
    if isinstance(store, KamgraphError):
        return store
    try:
        return reviewed(store, account, today)
    except KamgraphError as e:
        return _travelling(e)


def review_in_workers(settings: Settings, cache_dir: Path | None, accounts: Sequence[str],
                      today: dt.date, workers: int,
                      progress: Callable[[str], None] | None = None
                      ) -> list[Reviewed | None]:
    """:func:`~kamgraph.portfolio.build.reviewed` of each of ``accounts`` (in that
    order), computed by ``workers`` processes that open the store of ``settings``;
    None for the accounts they could not do (see the module docstring)."""
    out: list[Reviewed | None] = [None] * len(accounts)
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("spawn"),
                                 initializer=_open, initargs=(settings, cache_dir)) as pool:
            futures = [pool.submit(_review, acc, today) for acc in accounts]
            try:
                for i, fut in enumerate(futures):
                    got = fut.result()
                    if isinstance(got, KamgraphError):
                        raise got
                    out[i] = got
                    if progress:
                        progress(accounts[i])
            finally:
                for f in futures:
                    f.cancel()
    except (BrokenProcessPool, OSError):
        pass  # the caller reviews what is left
    return out
