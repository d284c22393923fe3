"""Reviewing many accounts at once: worker processes, each with its own store connection.

Reading, projecting and analysing an account is Python work that holds one core;
the store (the embedded engine is a Java process of its own, or a Neo4j server)
answers many connections at once. :func:`review_in_workers` therefore shares the
accounts between the calling process and ``workers - 1`` others (spawned afresh: no
driver, thread or lock of the caller is inherited), each opening the store from the
same settings once; the others take accounts from the front as they come free, the
caller from the back, so that nobody waits while accounts are left. Each account's review is kept by
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
from collections import deque
from collections.abc import Callable, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from contextlib import ExitStack
from multiprocessing import get_context
from typing import TYPE_CHECKING

from kamgraph.errors import KamgraphError

if TYPE_CHECKING:
    from pathlib import Path

    from kamgraph.config import Settings
    from kamgraph.portfolio.build import Reviewed
    from kamgraph.store import Store

__all__ = ["review_in_workers"]

#: What reviews one account: :func:`kamgraph.portfolio.build.reviewed`.
Review = Callable[["Store", str, dt.date], "Reviewed"]

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


def _review(reviewed: Review, account: str, today: dt.date) -> Reviewed | KamgraphError:
    store = _STORE[0]
    if isinstance(store, KamgraphError):
        return store
    try:
        return reviewed(store, account, today)
    except KamgraphError as e:
        return _travelling(e)


def review_in_workers(store: Store, settings: Settings, accounts: Sequence[str],
                      today: dt.date, workers: int, reviewed: Review,
                      progress: Callable[[str], None] | None = None
                      ) -> list[Reviewed | None]:
    """:func:`~kamgraph.portfolio.build.reviewed` of each of ``accounts`` (in that
    order), computed by this process (on ``store``) and ``workers - 1`` others that
    open the store of ``settings``; None for the accounts left undone when the other
    processes could not be had (see the module docstring). ``reviewed`` is that
    function, given by the caller (a module-level function: the other processes
    receive it by name)."""
    out: list[Reviewed | None] = [None] * len(accounts)
    todo = deque(range(len(accounts)))
    running: dict[Future[Reviewed | KamgraphError], int] = {}

    def finish(i: int, got: Reviewed | KamgraphError) -> None:
        if isinstance(got, KamgraphError):
            raise got
        out[i] = got
        if progress:
            progress(accounts[i])

    pool = ProcessPoolExecutor(max_workers=workers - 1, mp_context=get_context("spawn"),
                               initializer=_open, initargs=(settings, store.cache_dir))
    try:
        while todo or running:
            for fut in [f for f in running if f.done()]:
                finish(running.pop(fut), fut.result())
            while todo and len(running) < 2 * (workers - 1):  # the workers' next ones
                i = todo.popleft()
                running[pool.submit(_review, reviewed, accounts[i], today)] = i
            if todo:  # this process takes the last ones meanwhile
                i = todo.pop()
                finish(i, reviewed(store, accounts[i], today))
            elif running:
                wait(running, return_when=FIRST_COMPLETED)
    except (BrokenProcessPool, OSError):
        pass  # the caller reviews what is left
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
    return out
