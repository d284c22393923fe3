"""The portfolio: tiering accounts from their scores and the review table a director scans.

- :mod:`~kamgraph.portfolio.tiering`: comprehensive score, customer value, proposed tier.
- :mod:`~kamgraph.portfolio.review`: one review row per account from its analysis.
- :mod:`~kamgraph.portfolio.build`: read the store and review every account.
- :mod:`~kamgraph.portfolio.outputs`: csv, xlsx and a self-contained HTML dashboard.
"""

from __future__ import annotations

from kamgraph.portfolio.build import review_portfolio
from kamgraph.portfolio.review import AccountReview, main_opportunity, review_account
from kamgraph.portfolio.tiering import (
    TieringConfig,
    comprehensive_score,
    customer_value,
    load_config,
    propose_tiers,
)

__all__ = [
    "review_portfolio", "AccountReview", "main_opportunity", "review_account",
    "TieringConfig", "comprehensive_score", "customer_value", "load_config", "propose_tiers",
]
