"""Account tiering: the comprehensive score, customer value and a proposed S/A/B/C tier.

Pure functions over account records (no store, no I/O but :func:`load_config`).

The rules, from the method texts in ``shared/seeds``:

* **Comprehensive score** (综合积分法, article 003): each account is scored 0-10 on
  sales, potential, showcase value, can-win and can-deliver; the score is the weighted
  sum (weights sum to 1, so it stays on 0-10). A missing input leaves the score
  missing: it is never read as zero.
* **Customer value** (article 000): ``value = (benefit - cost) x risk factor``, with the
  risk factor between 0 (certain failure) and 1 (no risk). Missing inputs leave it
  missing.
* **Proposed tier** (articles 001 and 003): rank the scored accounts; the top X% (at
  least one account) are the key accounts, S when their score reaches the S threshold,
  else A when it reaches the A threshold. Everyone else is B from the B threshold up,
  else C. A top-X% account under the A threshold is B: the top X% is a cap, the
  thresholds a floor. Thresholds can differ per industry (article 003: "针对不同行业
  ... 区间得分阀值设置不同").

Examples
--------
>>> cfg = TieringConfig()
>>> acc = {"id": "a", "score_sales": 8, "score_potential": 9, "score_showcase": 7,
...        "score_can_win": 6, "score_can_deliver": 8, "benefit": 100, "cost": 40,
...        "risk_factor": 0.8}
>>> s = comprehensive_score(acc, cfg)
>>> round(s.value, 2), s.missing
(7.9, ())
>>> customer_value(acc).value
48.0
>>> comprehensive_score({"id": "b", "score_sales": 5}, cfg).missing[:2]
('score_potential', 'score_showcase')
"""

from __future__ import annotations

import math
import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kamgraph.errors import ConfigError
from kamgraph.i18n import N_
from kamgraph.model import SCORE_INPUTS, TIERS

__all__ = [
    "DEFAULT_WEIGHTS", "DEFAULT_THRESHOLDS", "TieringConfig", "Score", "Value", "Proposal",
    "comprehensive_score", "customer_value", "propose_tiers", "load_config",
]

#: Article 003 weighs four factors: sales, potential, showcase and "can win and can
#: deliver" (one factor, split here into two halves). Sales is yesterday, potential
#: tomorrow: they weigh most.
DEFAULT_WEIGHTS: dict[str, float] = {
    "score_sales": 0.30, "score_potential": 0.30, "score_showcase": 0.15,
    "score_can_win": 0.125, "score_can_deliver": 0.125,
}
#: Floors on the 0-10 score for S, A and B.
DEFAULT_THRESHOLDS: dict[str, float] = {"S": 8.0, "A": 6.5, "B": 5.0}


@dataclass(frozen=True)
class TieringConfig:
    """Weights, the top-X% share and the tier thresholds (per industry if given)."""

    weights: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_WEIGHTS))
    top_percent: float = 20.0
    thresholds: Mapping[str, float] = field(default_factory=lambda: dict(DEFAULT_THRESHOLDS))
    by_industry: Mapping[str, Mapping[str, float]] = field(default_factory=dict)

    def thresholds_for(self, industry: str | None) -> Mapping[str, float]:
        return {**self.thresholds, **self.by_industry.get(industry or "", {})}


@dataclass(frozen=True)
class Score:
    """The comprehensive score, or ``None`` with the inputs that are missing."""

    value: float | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Value:
    """Customer value, or ``None`` with the inputs that are missing."""

    value: float | None
    missing: tuple[str, ...]


@dataclass(frozen=True)
class Proposal:
    """The tier proposed for one account, beside the one set by hand."""

    account: str
    score: Score
    rank: int | None
    in_top: bool
    proposed: str | None
    current: str | None
    #: why this tier: a code with its numbers, worded by :mod:`kamgraph.portfolio.words`
    why: tuple[str, dict[str, float]]

    @property
    def disagrees(self) -> bool:
        return self.proposed is not None and self.current is not None \
            and self.proposed != self.current

    @property
    def direction(self) -> int:
        """+1 when the proposal is above the hand-set tier, -1 below, 0 otherwise."""
        if not self.disagrees:
            return 0
        assert self.proposed is not None and self.current is not None
        return 1 if TIERS.index(self.proposed) < TIERS.index(self.current) else -1


def _num(rec: Mapping[str, Any], name: str) -> float | None:
    v = rec.get(name)
    return None if v is None or isinstance(v, bool) else float(v)


def comprehensive_score(account: Mapping[str, Any], cfg: TieringConfig) -> Score:
    """Weighted sum of the five 0-10 inputs; missing when any input is missing."""
    missing = tuple(n for n in SCORE_INPUTS if _num(account, n) is None)
    if missing:
        return Score(None, missing)
    return Score(sum(cfg.weights.get(n, 0.0) * (_num(account, n) or 0.0)
                     for n in SCORE_INPUTS), ())


def customer_value(account: Mapping[str, Any]) -> Value:
    """``(benefit - cost) x risk_factor``; missing when any input is missing."""
    names = ("benefit", "cost", "risk_factor")
    missing = tuple(n for n in names if _num(account, n) is None)
    if missing:
        return Value(None, missing)
    b, c, r = (_num(account, n) or 0.0 for n in names)
    return Value((b - c) * r, ())


def propose_tiers(accounts: Sequence[Mapping[str, Any]], cfg: TieringConfig) -> list[Proposal]:
    """Propose S/A/B/C for each account (in the order given).

    Examples
    --------
    >>> def acc(i, x, tier=None):
    ...     return {"id": i, "tier": tier, **{n: x for n in SCORE_INPUTS}}
    >>> ps = propose_tiers([acc("a", 9), acc("b", 7), acc("c", 5.5, "A"), acc("d", 3),
    ...                     acc("e", 6), {"id": "f"}], TieringConfig(top_percent=40))
    >>> [(p.account, p.proposed) for p in ps]
    [('a', 'S'), ('b', 'A'), ('c', 'B'), ('d', 'C'), ('e', 'B'), ('f', None)]
    >>> [p.account for p in ps if p.disagrees]
    ['c']
    """
    scores = {str(a["id"]): comprehensive_score(a, cfg) for a in accounts}
    ranked = sorted((s.value, i) for i, s in scores.items() if s.value is not None)
    ranked.reverse()
    n_top = max(1, math.ceil(len(ranked) * cfg.top_percent / 100)) if ranked else 0
    rank = {acc_id: r for r, (_, acc_id) in enumerate(ranked, start=1)}
    out: list[Proposal] = []
    for a in accounts:
        acc_id = str(a["id"])
        s = scores[acc_id]
        current = a.get("tier")
        if s.value is None:
            out.append(Proposal(acc_id, s, None, False, None, current, ("missing", {})))
            continue
        th = cfg.thresholds_for(a.get("industry"))
        top = rank[acc_id] <= n_top
        share = cfg.top_percent
        if top and s.value >= th["S"]:
            tier, why = "S", ("top_s", {"top": share, "floor": th["S"]})
        elif top and s.value >= th["A"]:
            tier, why = "A", ("top_a", {"top": share, "floor": th["S"]})
        elif s.value >= th["B"]:
            tier = "B"
            why = (("top_under_a", {"top": share, "floor": th["A"]}) if top
                   else ("outside_b", {"top": share, "floor": th["B"]}))
        else:
            tier, why = "C", ("under_b", {"top": share, "floor": th["B"]})
        out.append(Proposal(acc_id, s, rank[acc_id], top, tier, current, why))
    return out


def _floats(table: Any, where: str, allowed: Sequence[str]) -> dict[str, float]:
    if not isinstance(table, dict):
        raise ConfigError(N_("{where}: expected a table of numbers"), where=where)
    out: dict[str, float] = {}
    for k, v in table.items():
        if k not in allowed:
            raise ConfigError(N_("{where}: unknown key {key!r}; use {keys}"), where=where, key=k,
                              keys=", ".join(allowed))
        if isinstance(v, bool) or not isinstance(v, int | float):
            raise ConfigError(N_("{where}.{key}: expected a number, got {value!r}"), where=where,
                              key=k, value=v)
        out[k] = float(v)
    return out


def load_config(path: str | Path | None) -> TieringConfig:
    """Read a TOML tiering config; ``None`` gives the defaults.

    Keys: ``[weights]`` sales, potential, showcase, can_win, can_deliver (normalised to
    sum 1); ``[tiers]`` top_percent, S, A, B; ``[tiers.industry.NAME]`` S, A, B.
    """
    if path is None:
        return TieringConfig()
    p = Path(path)
    try:
        doc = tomllib.loads(p.read_text(encoding="utf-8"))
    except OSError as e:
        raise ConfigError(N_("{path}: cannot read the tiering config ({why})"), path=p,
                          why=e.strerror) from e
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as e:
        raise ConfigError(N_("{path}: not valid TOML ({why})"), path=p, why=e) from e
    short = [n.removeprefix("score_") for n in SCORE_INPUTS]
    weights = dict(DEFAULT_WEIGHTS)
    if "weights" in doc:
        given = _floats(doc["weights"], f"{p}: [weights]", short)
        weights = {f"score_{k}": given.get(k, 0.0) for k in short}
        total = sum(weights.values())
        if total <= 0 or any(w < 0 for w in weights.values()):
            raise ConfigError(N_("{path}: [weights] must be >= 0 and not all 0"), path=p)
        weights = {k: w / total for k, w in weights.items()}
    tiers = dict(doc.get("tiers") or {})
    industries = tiers.pop("industry", {})
    top = tiers.pop("top_percent", 20.0)
    if isinstance(top, bool) or not isinstance(top, int | float) or not 0 < top <= 100:
        raise ConfigError(N_("{path}: [tiers] top_percent must be a number in (0, 100]"), path=p)
    thresholds = {**DEFAULT_THRESHOLDS, **_floats(tiers, f"{p}: [tiers]", ("S", "A", "B"))}
    if not isinstance(industries, dict):
        raise ConfigError(N_("{path}: [tiers.industry] must hold one table per industry"),
                          path=p)
    by_ind = {name: _floats(t, f"{p}: [tiers.industry.{name}]", ("S", "A", "B"))
              for name, t in industries.items()}
    return TieringConfig(weights=weights, top_percent=float(top), thresholds=thresholds,
                         by_industry=by_ind)
