"""The JSON shapes of the analyzers' results (``to_dict``; ``kamgraph ... --json`` prints
them, docs/cli.md lists them). Floats are rounded to six places; ``facts`` carries each
reason's fact code and parameters so that a program can read the reasons without words.
"""

from __future__ import annotations

from typing import TypedDict

__all__ = ["FactDict", "HopBasis", "HopDict", "PathDict", "SwayDict", "PartsDict",
           "KeyPersonDict", "ChainLinkDict", "ChainTargetDict", "CounterweightDict",
           "CounterpointDict", "CounterpointReportDict", "BalanceMemberDict", "BalanceDict",
           "WhatIfDict", "GapDict", "AccountReportDict"]


class FactDict(TypedDict):
    """A reason's fact: its code (None for plain text) and its parameters."""

    code: str | None
    params: dict[str, object]


class HopBasis(TypedDict):
    basis: str
    strength: float
    visibility: str


class HopDict(TypedDict):
    """One influence link: the strongest basis first, then every basis of the pair."""

    source: str
    target: str
    strength: float
    basis: str
    visibility: str
    bases: list[HopBasis]


class PathDict(TypedDict):
    nodes: list[str]
    strength: float
    hops: list[HopDict]


class SwayDict(TypedDict):
    target: str
    strength: float
    path: list[str]
    hidden: bool


class PartsDict(TypedDict):
    formal: float
    influence: float
    breadth: float
    brokerage: float
    veto: float


class KeyPersonDict(TypedDict):
    person: str
    label: str
    title: str | None
    level: str | None
    rank: int
    roles: list[str]
    stance: int | None
    score: float
    parts: PartsDict
    oversight: str | None
    sways: list[SwayDict]
    reasons: list[str]
    facts: list[FactDict]


class ChainLinkDict(TypedDict):
    person: str
    label: str
    strength: float
    hops: int
    path: list[str]
    links: list[HopDict]
    hidden: bool
    outside: bool
    covered: bool
    oversight: str | None
    reasons: list[str]
    facts: list[FactDict]


class ChainTargetDict(TypedDict):
    person: str
    label: str
    roles: list[str]
    covered: bool
    influencers: list[ChainLinkDict]
    hidden_total: int
    reasons: list[str]
    facts: list[FactDict]


class CounterweightDict(TypedDict):
    person: str
    label: str
    power: float
    rank: int
    standing: int
    stance: int | None
    convertibility: float
    reach: float
    reach_path: list[str] | None
    press: float
    press_path: list[str]
    strong_enough: bool
    score: float
    reasons: list[str]
    facts: list[FactDict]


class CounterpointDict(TypedDict):
    competitor: str
    competitor_name: str
    supporter: str
    label: str
    stance: int
    power: float
    rank: int
    sways: list[str]
    countered: bool
    verdict: str
    countered_by: list[CounterweightDict]
    partly_by: list[CounterweightDict]
    candidates: list[CounterweightDict]
    beyond_base: bool
    reasons: list[str]
    facts: list[FactDict]


class CounterpointReportDict(TypedDict):
    competitors: dict[str, str]
    items: list[CounterpointDict]
    uncountered: list[str]
    reasons: list[str]
    facts: list[FactDict]


class BalanceMemberDict(TypedDict):
    person: str
    label: str
    roles: list[str]
    power: float
    stance: int | None
    stances: dict[str, int]
    assumed: bool


class BalanceDict(TypedDict):
    opportunity: str | None
    us: float
    competitors: dict[str, float]
    margins: dict[str, float]
    leader: str
    assumed: dict[str, int]
    members: list[BalanceMemberDict]
    reasons: list[str]
    facts: list[FactDict]


class WhatIfDict(TypedDict):
    changes: dict[str, int]
    delta: float
    us_before: float
    us_after: float
    margins_after: dict[str, float]
    leader_after: str
    reasons: list[str]


class GapDict(TypedDict):
    kind: str
    person: str
    label: str
    severity: str
    staff: str | None
    fix: str
    candidates: list[str]
    people: list[str]
    reasons: list[str]
    facts: list[FactDict]


class AccountReportDict(TypedDict):
    account: str | None
    opportunity: str | None
    key_persons: list[KeyPersonDict]
    hidden_chain: list[ChainTargetDict]
    counterpoints: CounterpointReportDict
    balance: BalanceDict
    gaps: list[GapDict]
    reasons: list[str]
