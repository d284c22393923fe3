"""Support balance: how the decision chain leans, us against each competitor.

The decision chain is everyone with a role in scope (the opportunity's roles, or the
standing roles without one; with no roles at all, every person). Each side's figure is
the power-weighted mean stance on the 7-point scale::

    side = sum(power(p) * stance(p, side)) / sum(power(p))      # -3 .. +3

An unknown stance counts as neutral (0). ``margin[c] = us - side[c]``. A what-if
replaces stances toward us (``assume``: person -> stance) and recomputes; stances
toward competitors are left as they are.

Decision bodies in scope are read by their rule: under majority the body leans the way
most of its members lean, under consensus any opponent can block, and when the chair
decides the chair's stance is the body's.

Suggested conversions (:func:`best_conversions`) are feasible steps for one cycle: a
notch or two (:data:`STEP`), an unknown stance to +1, and a supporter (+2 or more) of a
competitor at best to neutral. Oversight people are never proposed. They are ranked by
the gain in our weighted stance per hour of our staff, the hours estimated as
:data:`HOURS_PER_NOTCH` per notch, times ``1 + rank / 6`` (senior people take longer).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.influence import power_parts, require_person
from kamgraph.analyzers.shapes import BalanceDict, BalanceMemberDict, WhatIfDict
from kamgraph.analyzers.words import Reason, facts, fmt, person, reason
from kamgraph.errors import AnalysisError
from kamgraph.graph import oversight
from kamgraph.model import STANCE_LABELS, US

__all__ = ["BalanceMember", "Balance", "WhatIf", "support_balance", "what_if",
           "best_conversions", "chain_members", "STEP", "HOURS_PER_NOTCH", "feasible_target"]

#: How many notches a stance can move in one cycle.
STEP = 2
#: Hours of our staff per notch of stance moved (times 1 + rank / 6).
HOURS_PER_NOTCH = 20.0


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

    def to_dict(self) -> BalanceMemberDict:
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

    def to_dict(self) -> BalanceDict:
        return {"opportunity": self.opportunity, "us": round(self.us, 6),
                "competitors": {k: round(v, 6) for k, v in self.competitors.items()},
                "margins": {k: round(v, 6) for k, v in self.margins.items()},
                "leader": self.leader, "assumed": dict(self.assumed),
                "members": [m.to_dict() for m in self.members], "reasons": list(self.reasons),
                "facts": facts(self.reasons)}


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

    def to_dict(self) -> WhatIfDict:
        return {"changes": dict(self.changes), "delta": round(self.delta, 6),
                "us_before": round(self.before.us, 6), "us_after": round(self.after.us, 6),
                "margins_after": {k: round(v, 6) for k, v in self.after.margins.items()},
                "leader_after": self.after.leader, "reasons": list(self.reasons)}


def chain_members(G: nx.MultiDiGraph) -> list[str]:
    """People of the decision chain in scope (everyone when nobody has a role or seat),
    sorted. Members of the decision bodies in scope belong to it."""
    ps = sorted(n for n, k in G.nodes(data="kind") if k == "person")
    seated = {m for b in (G.graph.get("bodies") or {}).values() for m in b.get("members") or ()}
    with_roles = [p for p in ps if G.nodes[p].get("roles") or p in seated]
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
    reasons: list[str] = [reason("bal-chain", n=len(members), power=fmt(total)),
                          reason("bal-us", us=f"{us:+.2f}")]
    reasons += [reason("bal-side", name=names.get(c, c), value=f"{v:+.2f}",
                       margin=f"{margins[c]:+.2f}")
                for c, v in sides.items()]
    unknown = sum(1 for m in members if m.stance is None and not m.stances)
    if unknown:
        reasons.append(reason("bal-unknown", n=unknown))
    reasons += _bodies(G, {m.person: m for m in members}, names)
    top = sorted(members, key=lambda m: (-round(m.power, 9), m.person))[:3]
    for m in top:
        s = "unknown" if m.stance is None else f"{m.stance:+d} {STANCE_LABELS[m.stance]}"
        reasons.append(reason("bal-weighs", who=person(G, m.person), power=fmt(m.power),
                              stance=s))
    for p, v in sorted(assume.items()):
        if p not in {m.person for m in members}:
            reasons.append(reason("bal-no-effect", person=p))
        else:
            reasons.append(reason("bal-assume", who=str(G.nodes[p].get("label") or p),
                                  value=f"{v:+d}"))
    return Balance(G.graph.get("opportunity"), tuple(members), us, sides, margins,
                   leader, dict(sorted(assume.items())), reasons)


def _bodies(G: nx.MultiDiGraph, members: Mapping[str, BalanceMember],
            names: Mapping[str, str]) -> list[Reason]:
    """How each decision body in scope leans, by its rule."""
    out: list[Reason] = []
    for _, b in sorted((G.graph.get("bodies") or {}).items()):
        ms = [members[m] for m in b.get("members") or () if m in members]
        if not ms:
            continue
        pro = [m for m in ms if (m.stance or 0) >= 1]
        con = [m for m in ms if (m.stance or 0) <= -1 or any(v >= 2 for v in m.stances.values())]
        if b["rule"] == "chair" and b.get("chair") in members:
            ch = members[b["chair"]]
            lean = ("for us" if (ch.stance or 0) >= 1 else "against us" if ch in con
                    else "undecided")
            how = reason("bal-body-chair", body=b["label"], type=b["type"], chair=ch.label,
                         lean=lean)
        elif b["rule"] == "consensus":
            how = (reason("bal-body-block", body=b["label"], type=b["type"], n=len(con)) if con
                   else reason("bal-body-open", body=b["label"], type=b["type"], pro=len(pro),
                               n=len(ms)))
        else:
            need = len(ms) // 2 + 1
            lean = ("a majority for us" if len(pro) >= need else "a majority against us"
                    if len(con) >= need else "no majority yet")
            how = reason("bal-body-majority", body=b["label"], type=b["type"], n=len(ms),
                         pro=len(pro), con=len(con), lean=lean)
        out.append(how)
    return out


def feasible_target(G: nx.MultiDiGraph, p: str, cap: int = 3) -> int | None:
    """The stance toward us ``p`` can reach this cycle (None: nothing to gain or not to be
    worked on): a notch or two up, unknown to +1, a competitor's supporter to neutral."""
    if oversight(G, p):
        return None
    n = G.nodes[p]
    cur = n.get("stance")
    backs = max((int(v) for c, v in (n.get("stances") or {}).items() if c != US), default=0)
    ceiling = 0 if backs >= 2 else 3
    target = 1 if cur is None else min(ceiling, int(cur) + STEP)
    target = min(target, cap)
    if cur is not None and target <= int(cur):
        return None
    if cur is None and target <= 0 and backs < 2:
        return None
    return target


def _from_words(G: nx.MultiDiGraph, p: str, names: Mapping[str, str]) -> str:
    n = G.nodes[p]
    cur = n.get("stance")
    backs = sorted(((int(v), c) for c, v in (n.get("stances") or {}).items() if c != US),
                   reverse=True)
    parts = [] if cur is None else [f"{int(cur):+d}"]
    if backs and backs[0][0] >= 2:
        parts.append(f"supporter of {names.get(backs[0][1], backs[0][1])} ({backs[0][0]:+d})")
    return ", ".join(parts) or "unknown"


def support_balance(G: nx.MultiDiGraph, *, assume: Mapping[str, int] | None = None,
                    ctx: Analysis | None = None) -> Balance:
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
    return _support_balance(G, assume=assume, ctx=ctx)


def _support_balance(G: nx.MultiDiGraph, *, assume: Mapping[str, int] | None = None,
                     ctx: Analysis | None = None) -> Balance:
    checked = _check(G, assume)
    powers = {p: x.total for p, x in power_parts(G, ctx=context(G, ctx)).items()}
    return _balance(G, powers, checked)


def what_if(G: nx.MultiDiGraph, changes: Mapping[str, int]) -> WhatIf:
    """The balance before and after the stance changes ``changes`` (person -> stance)."""
    return _what_if(G, changes)


def _what_if(G: nx.MultiDiGraph, changes: Mapping[str, int]) -> WhatIf:
    checked = _check(G, changes)
    powers = {p: x.total for p, x in power_parts(G).items()}
    before, after = _balance(G, powers, {}), _balance(G, powers, checked)
    reasons: list[str] = [reason("whatif", before=f"{before.us:+.2f}", after=f"{after.us:+.2f}",
                                 delta=f"{after.us - before.us:+.2f}")]
    names = {US: "us", "even": "nobody", **dict(G.graph.get("competitors") or {})}
    if after.leader != before.leader:
        reasons.append(reason("lead-passes", before=names.get(before.leader, before.leader),
                              after=names.get(after.leader, after.leader)))
    return WhatIf(dict(sorted(checked.items())), before, after, reasons)


def best_conversions(G: nx.MultiDiGraph, *, to: int = 2, top: int | None = None,
                     assume: Mapping[str, int] | None = None) -> list[WhatIf]:
    """Rank feasible single conversions for this cycle (see the module docstring).

    Each chain member's stance toward us moves to :func:`feasible_target` (at most
    ``to``). ``assume`` is applied first (a what-if on a what-if). Sorted by gain in our
    weighted stance per hour of our staff, ties by person id; people with nothing to
    gain, and oversight people, are left out.
    """
    return _best_conversions(G, to=to, top=top, assume=assume)


def _best_conversions(G: nx.MultiDiGraph, *, to: int = 2, top: int | None = None,
                      assume: Mapping[str, int] | None = None) -> list[WhatIf]:
    base = _check(G, assume)
    if isinstance(to, bool) or not isinstance(to, int) or not -3 <= to <= 3:
        raise AnalysisError(f"target stance must be an integer from -3 to 3, got {to!r}")
    powers = {p: x.total for p, x in power_parts(G).items()}
    before = _balance(G, powers, base)
    names = {US: "us", "even": "nobody", **dict(G.graph.get("competitors") or {})}
    scored: list[tuple[float, str, WhatIf]] = []
    for m in before.members:
        if m.person in base:
            continue
        target = feasible_target(G, m.person, cap=to)
        if target is None:
            continue
        after = _balance(G, powers, {**base, m.person: target})
        notches = target - (m.stance if m.stance is not None else 0)
        hours = HOURS_PER_NOTCH * max(1, notches) * (1 + (G.nodes[m.person].get("rank") or 0) / 6)
        gain = after.us - before.us
        why: list[str] = [reason(
            "conv-move", who=person(G, m.person), frm=_from_words(G, m.person, names),
            to=f"{target:+d}", before=f"{before.us:+.2f}", after=f"{after.us:+.2f}",
            power=fmt(m.power), hours=f"{hours:.0f}", per=f"{gain / hours * 100:+.2f}")]
        if after.leader != before.leader:
            why.append(reason("lead-passes", before=names.get(before.leader, before.leader),
                              after=names.get(after.leader, after.leader)))
        scored.append((gain / hours, m.person, WhatIf({**base, m.person: target}, before,
                                                       after, why)))
    scored.sort(key=lambda x: (-round(x[0], 12), x[1]))
    out = [w for _, _, w in scored]
    return out[:top] if top is not None else out
