"""Read every account of a store and review it: the one function that does I/O here.

An account's analysis is kept per account state (:func:`kamgraph.history.cache.derived`,
beside the projection cache): reviewing a portfolio again, in this process or the
next, reads only the accounts that changed since; the tiers are proposed afresh each
time, since they rank the whole portfolio.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kamgraph.analyzers import Analysis, counterpoints, coverage_gaps, support_balance
from kamgraph.graph import gc_paused
from kamgraph.history.cache import account_data, derived, held
from kamgraph.portfolio.review import (
    AccountHealth,
    AccountReview,
    account_health,
    main_opportunity,
)
from kamgraph.portfolio.tiering import TieringConfig, propose_tiers
from kamgraph.projection import graph_from_data
from kamgraph.store import Store

if TYPE_CHECKING:
    from kamgraph.config import Settings

__all__ = ["review_portfolio", "Reviewed", "reviewed", "MIN_PARALLEL", "MAX_WORKERS"]

#: Fewest accounts to review from which other processes are started (each costs a
#: fresh interpreter, a second or two of one core) ...
MIN_PARALLEL = 8
#: ... and most processes by default (this one included).
MAX_WORKERS = 4


@dataclass(frozen=True)
class Reviewed:
    """One account's part of the review: its account record (the tiering inputs) and
    its health."""

    record: Mapping[str, Any]
    health: AccountHealth


def reviewed(store: Store, account: str, today: dt.date) -> Reviewed:
    """The account's record and health as it is stored now, computed once per state."""

    def compute() -> Reviewed:
        with gc_paused():  # read, projection and analysis make many small objects
            data = account_data(store, account)
            G = graph_from_data(data, main_opportunity(data))
            a = Analysis(G)
            # the three analyses the review reads (key persons and the hidden chain are not)
            health = account_health(data, G, counterpoints(G, ctx=a),
                                    support_balance(G, ctx=a), coverage_gaps(G, ctx=a), today,
                                    ctx=a)
            return Reviewed(dict(data["account"][0]), health)

    return derived(store, account, _name(today), compute, Reviewed)


def _name(today: dt.date) -> str:
    return f"portfolio review on {today.isoformat()}"


def review_portfolio(store: Store, cfg: TieringConfig, *, today: dt.date,
                     accounts: Sequence[str] | None = None,
                     progress: Callable[[str], None] | None = None,
                     settings: Settings | None = None,
                     workers: int | None = None) -> list[AccountReview]:
    """Review ``accounts`` (default: all), ranked by proposed tier, then score.

    With ``settings`` (how to open ``store`` again), the accounts whose review is not
    kept since their last change are reviewed by ``workers`` processes at once
    (this one and ``workers - 1`` others, :mod:`kamgraph.portfolio.workers`; default:
    one per core, at most :data:`MAX_WORKERS`) when there are at least
    :data:`MIN_PARALLEL` of them; the rows are the same either way. The other processes
    are spawned: a script that passes ``settings`` needs the usual
    ``if __name__ == "__main__":`` guard of Python multiprocessing.
    """
    ids = list(accounts) if accounts else [str(a["id"]) for a in store.accounts()]
    n = workers if workers is not None else min(MAX_WORKERS, os.cpu_count() or 1)
    done: dict[str, Reviewed] = {}
    if settings is not None and n > 1 and len(ids) >= MIN_PARALLEL:
        todo = []
        for acc_id in ids:
            kept = held(store, acc_id, _name(today), Reviewed)
            if kept is None:
                todo.append(acc_id)
            else:
                done[acc_id] = kept
                if progress:
                    progress(acc_id)
        if len(todo) >= MIN_PARALLEL:
            from kamgraph.portfolio.workers import review_in_workers

            got = review_in_workers(store, settings, todo, today, min(n, len(todo)), reviewed,
                                    progress)
            done.update((a, r) for a, r in zip(todo, got, strict=True) if r is not None)
    parts = []
    for acc_id in ids:
        part = done.get(acc_id)
        if part is None:
            part = reviewed(store, acc_id, today)
            if progress:
                progress(acc_id)
        parts.append(part)
    proposals = propose_tiers([p.record for p in parts], cfg)
    rows = [p.health.with_proposal(prop) for p, prop in zip(parts, proposals, strict=True)]
    order = {t: i for i, t in enumerate("SABC")}
    rows.sort(key=lambda r: (order.get(r.proposal.proposed or "", 9),
                             -(r.proposal.score.value or -1.0), r.account))
    return rows
