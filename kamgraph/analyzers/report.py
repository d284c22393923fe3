"""The full analysis of one account: the five analyzers run once, sharing their work.

:func:`analyze_account` gives the same results as calling :func:`key_persons`,
:func:`hidden_chain`, :func:`counterpoints`, :func:`support_balance` and
:func:`coverage_gaps` one by one; the influence net, the paths to the decision makers,
everyone's power and the staff's reach are built once for all five
(one :class:`~kamgraph.analyzers.context.Analysis` for all five).
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kamgraph.analyzers.balance import Balance, support_balance
from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.counterpoints import CounterpointReport, counterpoints
from kamgraph.analyzers.coverage import Gap, coverage_gaps
from kamgraph.analyzers.hidden_chain import ChainTarget, hidden_chain
from kamgraph.analyzers.key_persons import KeyPerson, key_persons
from kamgraph.analyzers.shapes import AccountReportDict
from kamgraph.analyzers.words import fmt
from kamgraph.graph import gc_paused

__all__ = ["AccountReport", "analyze_account"]


@dataclass(frozen=True)
class AccountReport:
    """Everything the analyzers say about one account (in one opportunity's scope)."""

    account: str | None
    opportunity: str | None
    key_persons: tuple[KeyPerson, ...]
    hidden_chain: tuple[ChainTarget, ...]
    counterpoints: CounterpointReport
    balance: Balance
    gaps: tuple[Gap, ...]
    reasons: list[str]

    def to_dict(self) -> AccountReportDict:
        return {
            "account": self.account, "opportunity": self.opportunity,
            "key_persons": [k.to_dict() for k in self.key_persons],
            "hidden_chain": [t.to_dict() for t in self.hidden_chain],
            "counterpoints": self.counterpoints.to_dict(),
            "balance": self.balance.to_dict(),
            "gaps": [g.to_dict() for g in self.gaps],
            "reasons": list(self.reasons),
        }


def analyze_account(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> AccountReport:
    """Run the five analyzers on ``G`` once, sharing the work between them (and with
    whoever passes the analysis context ``ctx``).

    Each part equals the analyzer's own result with default options: all key persons,
    the hidden chain within 4 hops, every competitor's supporters, the balance without
    assumptions and the coverage gaps of the default key set.

    Examples
    --------
    >>> from kamgraph.examples import ceo_swayed_by_spouse
    >>> G = ceo_swayed_by_spouse()
    >>> r = analyze_account(G)
    >>> [k.person for k in r.key_persons], [t.person for t in r.hidden_chain], len(r.gaps)
    (['wife', 'ceo'], ['ceo'], 4)
    >>> r.reasons[0]
    'top key person: Mei (score 0.92)'
    """
    a = context(G, ctx)
    with gc_paused():
        kp = key_persons(G, ctx=a)
        chain = hidden_chain(G, ctx=a)
        cp = counterpoints(G, ctx=a)
        bal = support_balance(G, ctx=a)
        gaps = coverage_gaps(G, ctx=a)
    reasons: list[str] = []
    if kp:
        reasons.append(f"top key person: {kp[0].label} (score {fmt(kp[0].score)})")
    else:
        reasons.append("no people in scope")
    reasons.append(f"{len(chain)} decision maker(s), swayed off the formal line by "
                   f"{sum(len(t.influencers) for t in chain)} weighty hidden path(s)")
    reasons += cp.reasons
    reasons.append(f"balance: leader {bal.leader}, our weighted stance {bal.us:+.2f}")
    n_high = sum(1 for g in gaps if g.severity == "high")
    reasons.append(f"{len(gaps)} coverage gap(s), {n_high} high")
    return AccountReport(G.graph.get("account"), G.graph.get("opportunity"), tuple(kp),
                         tuple(chain), cp, bal, tuple(gaps), reasons)
