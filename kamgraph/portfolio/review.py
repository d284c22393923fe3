"""The review row a KAM director scans per account: tier, score, value and health.

:func:`review_account` is pure: it takes an account's records, its projection and the
full analysis (:func:`kamgraph.analyzers.analyze_account`) and says, per account:

* how many key persons are covered by an owner A and a distinct owner B;
* how many competitor supporters stand uncountered;
* how the support balance of the main opportunity leans (the open opportunity of the
  highest value, then the nearest close date);
* the closeness trend, when the account's interactions allow one;
* how many coverage gaps are open, and how many of them are high.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, fields
from typing import Any, TypedDict

import networkx as nx

from kamgraph.analyzers import AccountReport, Analysis, Balance, CounterpointReport, Gap, key_set
from kamgraph.analyzers.context import context
from kamgraph.model import AccountData
from kamgraph.portfolio.tiering import Proposal, Value, customer_value

__all__ = ["ReviewRow", "AccountReview", "AccountHealth", "main_opportunity", "review_account",
           "account_health", "closeness_trend"]

#: Stages after which an opportunity is no longer open.
_CLOSED = ("won", "lost", "closed", "closed-won", "closed-lost", "cancelled")


class ReviewRow(TypedDict):
    """One account of ``kamgraph portfolio --json`` (scores rounded to three places)."""

    account: str
    name: str
    industry: str | None
    tier: str | None
    proposed_tier: str | None
    disagrees: bool
    why: str
    rank: int | None
    score: float | None
    score_missing: list[str]
    value: float | None
    value_missing: list[str]
    key_persons: int
    covered: int
    uncountered: int
    opportunity: str | None
    balance_us: float | None
    leader: str | None
    lead_by: float | None
    closeness_trend: float | None
    gaps: int
    high_gaps: int
    profile: dict[str, object]


def main_opportunity(data: AccountData) -> str | None:
    """The open opportunity of the highest value, then the nearest close date.

    Examples
    --------
    >>> d = AccountData()
    >>> d["opportunity"].extend([{"id": "o1", "value": 5}, {"id": "o2", "value": 9},
    ...                      {"id": "o3", "value": 50, "stage": "lost"}])
    >>> main_opportunity(d)
    'o2'
    """
    open_ = [o for o in data["opportunity"]
             if str(o.get("stage") or "").lower() not in _CLOSED]
    if not open_:
        return None
    far = dt.date.max
    best = min(open_, key=lambda o: (-(o.get("value") or 0.0), o.get("close_date") or far,
                                     o["id"]))
    return str(best["id"])


def closeness_trend(data: AccountData, today: dt.date, months: int = 3) -> float | None:
    """Change in monthly contact with the account's people: the mean interactions per
    month over the last ``months`` months minus the mean over the ``months`` before
    (deeper contact weighs more: office 1, social 2, family 3). ``None`` without any
    interaction in either window.

    Examples
    --------
    >>> d = AccountData()
    >>> d["interaction"].extend([{"id": "i1", "on": dt.date(2026, 11, 5), "depth": "social"},
    ...                      {"id": "i2", "on": dt.date(2026, 7, 1)}])
    >>> round(closeness_trend(d, dt.date(2026, 12, 1)), 3)
    0.333
    """
    weight = {"office": 1.0, "social": 2.0, "family": 3.0}
    recent = older = 0.0
    seen = False
    for i in data["interaction"]:
        on = i.get("on")
        if not isinstance(on, dt.date):
            continue
        age = (today - on).days
        if 0 <= age < 30 * months:
            recent += weight.get(i.get("depth") or "office", 1.0)
            seen = True
        elif 30 * months <= age < 60 * months:
            older += weight.get(i.get("depth") or "office", 1.0)
            seen = True
    return (recent - older) / months if seen else None


def _lead_by(leader: str, margins: Mapping[str, float]) -> float:
    if leader == "us":
        return min(margins.values(), default=0.0)
    return -margins.get(leader, 0.0)


@dataclass(frozen=True)
class AccountHealth:
    """What the review says of one account on its own: everything of a review row but
    the tier proposal (which ranks the whole portfolio); what the portfolio keeps per
    unchanged account."""

    account: str
    name: str
    industry: str | None
    current_tier: str | None
    value: Value
    key_persons: int
    covered: int
    uncountered: int
    opportunity: str | None
    balance_us: float | None
    #: how far the leader is ahead: our smallest margin when we lead, else the leader's
    lead_by: float | None
    leader: str | None
    leader_name: str | None
    closeness_trend: float | None
    gaps: int
    high_gaps: int
    profile: Mapping[str, Any]

    @property
    def coverage_share(self) -> float | None:
        return self.covered / self.key_persons if self.key_persons else None

    def with_proposal(self, proposal: Proposal) -> AccountReview:
        return AccountReview(**{f.name: getattr(self, f.name) for f in fields(AccountHealth)},
                             proposal=proposal)


@dataclass(frozen=True)
class AccountReview(AccountHealth):
    """One row of the portfolio review: the account's health and its tier proposal."""

    proposal: Proposal

    def to_dict(self) -> ReviewRow:
        p = self.proposal
        return {
            "account": self.account, "name": self.name, "industry": self.industry,
            "tier": self.current_tier, "proposed_tier": p.proposed,
            "disagrees": p.disagrees, "why": p.why[0], "rank": p.rank,
            "score": None if p.score.value is None else round(p.score.value, 3),
            "score_missing": list(p.score.missing),
            "value": None if self.value.value is None else round(self.value.value, 3),
            "value_missing": list(self.value.missing),
            "key_persons": self.key_persons, "covered": self.covered,
            "uncountered": self.uncountered, "opportunity": self.opportunity,
            "balance_us": None if self.balance_us is None else round(self.balance_us, 3),
            "leader": self.leader,
            "lead_by": None if self.lead_by is None else round(self.lead_by, 3),
            "closeness_trend": None if self.closeness_trend is None
            else round(self.closeness_trend, 3),
            "gaps": self.gaps, "high_gaps": self.high_gaps,
            "profile": {k: (v.isoformat() if isinstance(v, dt.date) else v)
                        for k, v in self.profile.items()},
        }


def review_account(data: AccountData, G: nx.MultiDiGraph, report: AccountReport,
                   proposal: Proposal, today: dt.date) -> AccountReview:
    """The review row of one account (``G`` projected for its main opportunity)."""
    return account_health(data, G, report.counterpoints, report.balance, report.gaps,
                          today).with_proposal(proposal)


def account_health(data: AccountData, G: nx.MultiDiGraph, counterpoints: CounterpointReport,
                   balance: Balance, gaps: Sequence[Gap], today: dt.date,
                   ctx: Analysis | None = None) -> AccountHealth:
    """The review row of one account without its tier proposal, from three of its
    analyses (the other two are not needed here); ``ctx``: the analysis context they
    were computed with (its measures are then not computed again)."""
    acc = data["account"][0]
    keys = [p for p in key_set(G, ctx=ctx) if G.nodes[p].get("kind") == "person"]
    owners: dict[str, dict[str, set[str]]] = {}
    for u, v, d in context(G, ctx).edges("OWNS"):
        owners.setdefault(v, {}).setdefault(str(d.get("role")), set()).add(u)
    covered = 0
    for p in keys:
        a, b = owners.get(p, {}).get("A", set()), owners.get(p, {}).get("B", set())
        if a and b and (a | b) != a & b:
            covered += 1
    uncountered = sum(1 for c in counterpoints.items if not c.countered_by)
    bal = balance if G.graph.get("opportunity") else None
    profile = {k: acc[k] for k in ("employees", "revenue", "key_suppliers", "finances",
                                    "urgency", "needs_3m", "needs_1y", "needs_3y",
                                    "region") if acc.get(k) not in (None, [], "")}
    return AccountHealth(
        account=str(acc["id"]), name=str(G.graph.get("account_name") or acc["name"]),
        industry=acc.get("industry"), current_tier=acc.get("tier"),
        value=customer_value(acc), key_persons=len(keys), covered=covered,
        uncountered=uncountered, opportunity=G.graph.get("opportunity"),
        balance_us=None if bal is None else bal.us,
        lead_by=None if bal is None else _lead_by(bal.leader, bal.margins),
        leader=None if bal is None else bal.leader,
        leader_name=None if bal is None else (
            "us" if bal.leader == "us"
            else str((G.graph.get("competitors") or {}).get(bal.leader, bal.leader))),
        closeness_trend=closeness_trend(data, today),
        gaps=len(gaps), high_gaps=sum(1 for g in gaps if g.severity == "high"),
        profile=profile,
    )
