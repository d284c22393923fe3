"""The synthetic account's profile and tiering inputs, from a stream of its own.

Scores follow the tier set by hand with noise, so most proposals agree and some do
not; one account in ten lacks an input, as real portfolios do.
"""

from __future__ import annotations

import random
from typing import Any

from kamgraph.model import SCORE_INPUTS

__all__ = ["add_profile"]

_CENTRE = {"S": 8.6, "A": 7.2, "B": 5.6, "C": 3.8}
_NEEDS = ("5G core expansion", "cloud migration", "private network for a plant",
          "billing system renewal", "data-centre power upgrade", "security operations")


def add_profile(account: dict[str, Any], rng: random.Random) -> None:
    """Add profile, score and value inputs to ``account`` in place."""
    centre = _CENTRE.get(account.get("tier") or "B", 5.6)
    for name in SCORE_INPUTS:
        account[name] = round(min(10.0, max(0.0, rng.gauss(centre, 1.1))), 1)
    benefit = round(rng.uniform(50, 500), 0)
    account.update(
        employees=rng.randrange(500, 60000, 100), revenue=round(rng.uniform(5, 900), 1),
        urgency=rng.choice(("low", "medium", "high")),
        needs_1y=rng.choice(_NEEDS), benefit=benefit,
        cost=round(benefit * rng.uniform(0.3, 0.9), 0), risk_factor=round(rng.uniform(0.4, 1), 2),
    )
    if rng.random() < 0.1:
        del account[rng.choice(SCORE_INPUTS)]
