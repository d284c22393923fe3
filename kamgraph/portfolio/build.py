"""Read every account of a store and review it: the one function that does I/O here.

An account's analysis is kept per account state (:func:`kamgraph.history.cache.derived`,
beside the projection cache): reviewing a portfolio again, in this process or the
next, reads only the accounts that changed since; the tiers are proposed afresh each
time, since they rank the whole portfolio.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kamgraph.analyzers import Analysis, counterpoints, coverage_gaps, support_balance
from kamgraph.history.cache import account_data, derived
from kamgraph.portfolio.review import (
    AccountHealth,
    AccountReview,
    account_health,
    main_opportunity,
)
from kamgraph.portfolio.tiering import TieringConfig, propose_tiers
from kamgraph.projection import graph_from_data
from kamgraph.store import Store

__all__ = ["review_portfolio", "Reviewed", "reviewed"]


@dataclass(frozen=True)
class Reviewed:
    """One account's part of the review: its account record (the tiering inputs) and
    its health."""

    record: Mapping[str, Any]
    health: AccountHealth


def reviewed(store: Store, account: str, today: dt.date) -> Reviewed:
    """The account's record and health as it is stored now, computed once per state."""

    def compute() -> Reviewed:
        data = account_data(store, account)
        G = graph_from_data(data, main_opportunity(data))
        a = Analysis(G)
        # the three analyses the review reads (key persons and the hidden chain are not)
        health = account_health(data, G, counterpoints(G, ctx=a), support_balance(G, ctx=a),
                                coverage_gaps(G, ctx=a), today, ctx=a)
        return Reviewed(dict(data["account"][0]), health)

    return derived(store, account, f"portfolio review on {today.isoformat()}", compute,
                   Reviewed)


def review_portfolio(store: Store, cfg: TieringConfig, *, today: dt.date,
                     accounts: Sequence[str] | None = None,
                     progress: Callable[[str], None] | None = None) -> list[AccountReview]:
    """Review ``accounts`` (default: all), ranked by proposed tier, then score."""
    ids = list(accounts) if accounts else [str(a["id"]) for a in store.accounts()]
    parts = []
    for acc_id in ids:
        parts.append(reviewed(store, acc_id, today))
        if progress:
            progress(acc_id)
    proposals = propose_tiers([p.record for p in parts], cfg)
    rows = [p.health.with_proposal(prop) for p, prop in zip(parts, proposals, strict=True)]
    order = {t: i for i, t in enumerate("SABC")}
    rows.sort(key=lambda r: (order.get(r.proposal.proposed or "", 9),
                             -(r.proposal.score.value or -1.0), r.account))
    return rows
