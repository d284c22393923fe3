"""Read every account of a store and review it: the one function that does I/O here."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from kamgraph.analyzers import analyze_account
from kamgraph.portfolio.review import AccountReview, main_opportunity, review_account
from kamgraph.portfolio.tiering import TieringConfig, propose_tiers
from kamgraph.projection import graph_from_data
from kamgraph.store import Store

__all__ = ["review_portfolio"]


def review_portfolio(store: Store, cfg: TieringConfig, *, today: dt.date,
                     accounts: Sequence[str] | None = None,
                     progress: Callable[[str], None] | None = None) -> list[AccountReview]:
    """Review ``accounts`` (default: all), ranked by proposed tier, then score."""
    ids = list(accounts) if accounts else [str(a["id"]) for a in store.accounts()]
    loaded = []
    for acc_id in ids:
        loaded.append(store.load_account(acc_id))
        if progress:
            progress(acc_id)
    proposals = propose_tiers([d["account"][0] for d in loaded], cfg)
    rows = []
    for data, prop in zip(loaded, proposals, strict=True):
        G = graph_from_data(data, main_opportunity(data))
        rows.append(review_account(data, G, analyze_account(G), prop, today))
    order = {t: i for i, t in enumerate("SABC")}
    rows.sort(key=lambda r: (order.get(r.proposal.proposed or "", 9),
                             -(r.proposal.score.value or -1.0), r.account))
    return rows
