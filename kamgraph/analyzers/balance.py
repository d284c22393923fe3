"""Support balance: how the decision chain leans, us against each competitor.

The decision chain is everyone with a role in scope (the opportunity's roles, or the
standing roles without one; with no roles at all, every person). Each side's figure is
the power-weighted mean stance on the 7-point scale::

    side = sum(power(p) * stance(p, side)) / sum(power(p))      # -3 .. +3

An unknown stance counts as neutral (0). ``margin[c] = us - side[c]``. A what-if
replaces stances toward us (``assume``: person -> stance) and recomputes; stances
toward competitors are left as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.influence import fmt, person_brief, power_parts, require_person
from kamgraph.analyzers.shared import sharing
from kamgraph.errors import AnalysisError
from kamgraph.model import STANCE_LABELS, US

__all__ = ["BalanceMember", "Balance", "WhatIf", "support_balance", "what_if",
           "best_conversions", "chain_members"]


@dataclass(frozen=True)
class BalanceMember:
    """One person of the decision chain, their weight and stances."""

    person: str
    label: str
    roles: tuple[str, ...]
    power: float
    stance: int | None
    stances: dict[str, int]
    assumed: bool

    def to_dict(self) -> dict[str, Any]:
        return {"person": self.person, "label": self.label, "roles": list(self.roles),
                "power": round(self.power, 6), "stance": self.stance,
                "stances": dict(self.stances), "assumed": self.assumed}


@dataclass(frozen=True)
class Balance:
    """The power-weighted lean of the decision chain."""

    opportunity: str | None
    members: tuple[BalanceMember, ...]
    us: float
    competitors: dict[str, float]
    margins: dict[str, float]
    leader: str
    assumed: dict[str, int]
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"opportunity": self.opportunity, "us": round(self.us, 6),
                "competitors": {k: round(v, 6) for k, v in self.competitors.items()},
                "margins": {k: round(v, 6) for k, v in self.margins.items()},
                "leader": self.leader, "assumed": dict(self.assumed),
                "members": [m.to_dict() for m in self.members], "reasons": list(self.reasons)}


@dataclass(frozen=True)
class WhatIf:
    """How far a set of stance changes would move the balance."""

    changes: dict[str, int]
    before: Balance
    after: Balance
    reasons: list[str]

    @property
    def delta(self) -> float:
        """Change of our weighted stance."""
        return self.after.us - self.before.us

    def to_dict(self) -> dict[str, Any]:
        return {"changes": dict(self.changes), "delta": round(self.delta, 6),
                "us_before": round(self.before.us, 6), "us_after": round(self.after.us, 6),
                "margins_after": {k: round(v, 6) for k, v in self.after.margins.items()},
                "leader_after": self.after.leader, "reasons": list(self.reasons)}


def chain_members(G: nx.MultiDiGraph) -> list[str]:
    """People of the decision chain in scope (everyone when nobody has a role), sorted."""
    ps = sorted(n for n, k in G.nodes(data="kind") if k == "person")
    with_roles = [p for p in ps if G.nodes[p].get("roles")]
    return with_roles or ps


def _check(G: nx.MultiDiGraph, assume: Mapping[str, int] | None) -> dict[str, int]:
    out: dict[str, int] = {}
    for p, v in (assume or {}).items():
        require_person(G, p)
        if isinstance(v, bool) or not isinstance(v, int) or not -3 <= v <= 3:
            raise AnalysisError(f"stance for {p!r} must be an integer from -3 to 3, got {v!r}")
        out[p] = v
    return out


def _balance(G: nx.MultiDiGraph, powers: Mapping[str, float],
             assume: dict[str, int]) -> Balance:
    comps = sorted(G.graph.get("competitors") or {})
    members: list[BalanceMember] = []
    for p in chain_members(G):
        n = G.nodes[p]
        st = assume.get(p, n.get("stance"))
        members.append(BalanceMember(
            p, str(n.get("label") or p), tuple(n.get("roles") or ()), powers[p],
            None if st is None else int(st),
            {c: int(v) for c, v in sorted((n.get("stances") or {}).items()) if c != US},
            p in assume))
    total = sum(m.power for m in members)

    def side(get: Any) -> float:
        return sum(m.power * (get(m) or 0) for m in members) / total if total > 0 else 0.0

    us = side(lambda m: m.stance)
    sides = {c: side(lambda m, c=c: m.stances.get(c)) for c in comps}
    margins = {c: us - v for c, v in sides.items()}
    best_c = min(comps, key=lambda c: (margins[c], c)) if comps else None
    if best_c is None or margins[best_c] > 1e-9:
        leader = US
    elif margins[best_c] < -1e-9:
        leader = best_c
    else:
        leader = "even"
    names = dict(G.graph.get("competitors") or {})
    reasons = [f"{len(members)} people in the decision chain, total power {fmt(total)}",
               f"our weighted stance {us:+.2f}"]
    reasons += [f"{names.get(c, c)}: weighted stance {v:+.2f}, our margin {margins[c]:+.2f}"
                for c, v in sides.items()]
    unknown = sum(1 for m in members if m.stance is None)
    if unknown:
        reasons.append(f"{unknown} people with no assessed stance toward us counted as neutral")
    top = sorted(members, key=lambda m: (-round(m.power, 9), m.person))[:3]
    for m in top:
        s = "unknown" if m.stance is None else f"{m.stance:+d} {STANCE_LABELS[m.stance]}"
        reasons.append(f"weighs most: {person_brief(G, m.person)}, power {fmt(m.power)}, "
                       f"stance {s}")
    for p, v in sorted(assume.items()):
        if p not in {m.person for m in members}:
            reasons.append(f"assumption for {p} has no effect: not in the decision chain")
        else:
            reasons.append(f"assuming {G.nodes[p].get('label') or p} at {v:+d}")
    return Balance(G.graph.get("opportunity"), tuple(members), us, sides, margins,
                   leader, dict(sorted(assume.items())), reasons)


def support_balance(G: nx.MultiDiGraph, *, assume: Mapping[str, int] | None = None) -> Balance:
    """How the decision chain leans, us vs each competitor, weighted by power.

    ``assume`` maps person id to a stance toward us (-3..3) to use instead of the
    current one. Raises :class:`~kamgraph.errors.NotFound` for an unknown person and
    :class:`~kamgraph.errors.AnalysisError` for a stance off the scale.

    Examples
    --------
    >>> from kamgraph.model import AccountData
    >>> from kamgraph.projection import graph_from_data
    >>> import datetime as dt
    >>> d = AccountData()
    >>> d["account"].append({"id": "a", "name": "A"})
    >>> d["person"].append({"id": "ceo", "name": "CEO", "level": "c-level", "roles": ["decider"]})
    >>> d["stance"].append({"person": "ceo", "toward": "us", "value": -1,
    ...                     "on": dt.date(2026, 1, 1)})
    >>> G = graph_from_data(d)
    >>> support_balance(G).us, support_balance(G, assume={"ceo": 2}).us
    (-1.0, 2.0)
    """
    with sharing(G):
        return _support_balance(G, assume=assume)


def _support_balance(G: nx.MultiDiGraph, *, assume: Mapping[str, int] | None = None) -> Balance:
    checked = _check(G, assume)
    powers = {p: x.total for p, x in power_parts(G).items()}
    return _balance(G, powers, checked)


def what_if(G: nx.MultiDiGraph, changes: Mapping[str, int]) -> WhatIf:
    """The balance before and after the stance changes ``changes`` (person -> stance)."""
    with sharing(G):
        return _what_if(G, changes)


def _what_if(G: nx.MultiDiGraph, changes: Mapping[str, int]) -> WhatIf:
    checked = _check(G, changes)
    powers = {p: x.total for p, x in power_parts(G).items()}
    before, after = _balance(G, powers, {}), _balance(G, powers, checked)
    reasons = [f"our weighted stance {before.us:+.2f} -> {after.us:+.2f} "
               f"({after.us - before.us:+.2f})"]
    names = {US: "us", "even": "nobody", **dict(G.graph.get("competitors") or {})}
    if after.leader != before.leader:
        reasons.append(f"the lead passes from {names.get(before.leader, before.leader)} "
                       f"to {names.get(after.leader, after.leader)}")
    return WhatIf(dict(sorted(checked.items())), before, after, reasons)


def best_conversions(G: nx.MultiDiGraph, *, to: int = 2, top: int | None = None,
                     assume: Mapping[str, int] | None = None) -> list[WhatIf]:
    """Rank single conversions (one chain member's stance toward us set to ``to``).

    ``assume`` is applied first (a what-if on a what-if). Sorted by how much each
    conversion raises our weighted stance, ties by person id; people already at ``to``
    or above are skipped.
    """
    with sharing(G):
        return _best_conversions(G, to=to, top=top, assume=assume)


def _best_conversions(G: nx.MultiDiGraph, *, to: int = 2, top: int | None = None,
                     assume: Mapping[str, int] | None = None) -> list[WhatIf]:
    base = _check(G, assume)
    if isinstance(to, bool) or not isinstance(to, int) or not -3 <= to <= 3:
        raise AnalysisError(f"target stance must be an integer from -3 to 3, got {to!r}")
    powers = {p: x.total for p, x in power_parts(G).items()}
    before = _balance(G, powers, base)
    names = {US: "us", "even": "nobody", **dict(G.graph.get("competitors") or {})}
    out: list[WhatIf] = []
    for m in before.members:
        if m.stance is not None and m.stance >= to:
            continue
        after = _balance(G, powers, {**base, m.person: to})
        frm = "unknown" if m.stance is None else f"{m.stance:+d}"
        why = [f"convert {person_brief(G, m.person)} from {frm} to {to:+d}: "
               f"our weighted stance {before.us:+.2f} -> {after.us:+.2f} "
               f"(power {fmt(m.power)})"]
        if after.leader != before.leader:
            why.append(f"the lead passes from {names.get(before.leader, before.leader)} "
                       f"to {names.get(after.leader, after.leader)}")
        out.append(WhatIf({**base, m.person: to}, before, after, why))
    out.sort(key=lambda w: (-round(w.delta, 9), sorted(set(w.changes) - set(base))))
    return out[:top] if top is not None else out
