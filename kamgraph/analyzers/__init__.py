"""Analyzers: pure functions over the projected account graph (DOMAIN.md section 3).

Each takes the networkx graph of :func:`kamgraph.projection.graph_from_data` and
returns frozen dataclasses with ``to_dict()`` and ``reasons`` in words.

- :func:`key_persons`: who shapes the decision (power = formal + influence + veto).
- :func:`hidden_chain`: who sways each decider and approver, over several hops.
- :func:`counterpoints`: is every competitor supporter countered, and by whom next.
- :func:`support_balance`, :func:`what_if`, :func:`best_conversions`: how the chain leans.
- :func:`coverage_gaps`: A/B owner, channel and sponsor gaps on the key persons.
- :func:`power`, :func:`influence_scores`, :func:`power_parts`: the shared power measure.
- :func:`analyze_account`: all five at once, sharing the work (:class:`AccountReport`).

Derived structures (influence net, paths, power, staff reach) live in an explicit
:class:`Analysis` context: :func:`analyze_account` makes one for all analyzers, and each
analyzer called alone makes its own (or takes ``ctx=``). The analyzers never mutate the
graph. Reasons are :class:`~kamgraph.analyzers.words.Reason` facts (a code with
parameters) whose text is English; :func:`~kamgraph.analyzers.words.render` words them
in Chinese.
"""

from __future__ import annotations

from kamgraph.analyzers.balance import (
    Balance,
    BalanceMember,
    WhatIf,
    best_conversions,
    chain_members,
    support_balance,
    what_if,
)
from kamgraph.analyzers.context import Analysis
from kamgraph.analyzers.counterpoints import (
    Counterpoint,
    CounterpointReport,
    Counterweight,
    counterpoints,
)
from kamgraph.analyzers.coverage import GAP_KINDS, Gap, coverage_gaps, key_set
from kamgraph.analyzers.hidden_chain import ChainLink, ChainTarget, covered_people, hidden_chain
from kamgraph.analyzers.influence import (
    Hop,
    InfluenceNet,
    InfluencePath,
    PowerParts,
    best_paths,
    decision_makers,
    influence_scores,
    power,
    power_parts,
)
from kamgraph.analyzers.key_persons import KeyPerson, key_persons
from kamgraph.analyzers.reach import Reach, reach, staff_reach
from kamgraph.analyzers.report import AccountReport, analyze_account
from kamgraph.analyzers.words import Reason, describe_path, person_brief, reason, render

__all__ = [
    "Balance", "BalanceMember", "WhatIf", "best_conversions", "chain_members",
    "support_balance", "what_if",
    "Counterpoint", "CounterpointReport", "Counterweight", "counterpoints",
    "GAP_KINDS", "Gap", "coverage_gaps", "key_set",
    "ChainLink", "ChainTarget", "covered_people", "hidden_chain",
    "Hop", "InfluenceNet", "InfluencePath", "PowerParts", "best_paths", "decision_makers",
    "describe_path", "influence_scores", "person_brief", "power", "power_parts",
    "KeyPerson", "key_persons",
    "Reach", "reach", "staff_reach", "Analysis", "Reason", "reason", "render",
    "AccountReport", "analyze_account",
]
