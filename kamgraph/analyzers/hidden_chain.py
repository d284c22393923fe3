"""Hidden decision chain (隐性决策链): who sways each decider and approver, and how.

For every decider and approver (or, with none named, the most senior people) the
analyzer lists everyone with an influence path to them within ``max_hops`` links and at
least ``min_strength`` path strength, marking those outside the formal org chart
(board, family, friends, regulators...) and those no active staff of ours owns.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.influence import (
    InfluencePath,
    decision_makers,
    describe_path,
    fmt,
    paths_to,
    person_brief,
)
from kamgraph.analyzers.shared import edges_of, sharing

__all__ = ["ChainLink", "ChainTarget", "hidden_chain", "covered_people"]


@dataclass(frozen=True)
class ChainLink:
    """One person who sways a decision maker, with their best path."""

    person: str
    label: str
    strength: float
    path: InfluencePath
    hidden: bool
    outside: bool
    covered: bool
    reasons: list[str]

    @property
    def hops(self) -> int:
        return len(self.path.hops)

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person, "label": self.label, "strength": round(self.strength, 6),
            "hops": self.hops, "path": list(self.path.nodes),
            "links": [h.to_dict() for h in self.path.hops], "hidden": self.hidden,
            "outside": self.outside, "covered": self.covered, "reasons": list(self.reasons),
        }


@dataclass(frozen=True)
class ChainTarget:
    """A decider or approver and everyone who sways them."""

    person: str
    label: str
    roles: tuple[str, ...]
    covered: bool
    influencers: tuple[ChainLink, ...]
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person, "label": self.label, "roles": list(self.roles),
            "covered": self.covered, "influencers": [i.to_dict() for i in self.influencers],
            "reasons": list(self.reasons),
        }


def covered_people(G: nx.MultiDiGraph) -> set[str]:
    """People with an ``OWNS`` edge from an active staff member."""
    out: set[str] = set()
    for u, v, _ in edges_of(G, "OWNS"):
        if G.nodes[u].get("active", True) is not False:
            out.add(v)
    return out


def hidden_chain(G: nx.MultiDiGraph, *, max_hops: int = 4,
                 min_strength: float = 0.05) -> list[ChainTarget]:
    """For each decider and approver, who influences them, how strongly and through whom.

    Influencers are sorted by path strength (strongest first), ties by id; targets by id.

    Examples
    --------
    >>> from kamgraph.examples import ceo_swayed_by_spouse
    >>> G = ceo_swayed_by_spouse()
    >>> [(t.person, [(i.person, i.outside, i.covered) for i in t.influencers])
    ...  for t in hidden_chain(G)]
    [('ceo', [('wife', True, False)])]
    """
    with sharing(G):
        return _hidden_chain(G, max_hops=max_hops, min_strength=min_strength)


def _hidden_chain(G: nx.MultiDiGraph, *, max_hops: int = 4,
                 min_strength: float = 0.05) -> list[ChainTarget]:
    dms, guessed = decision_makers(G)
    covered = covered_people(G)
    out: list[ChainTarget] = []
    for d in dms:
        paths = paths_to(G, d, max_hops=max_hops, min_strength=min_strength)
        links: list[ChainLink] = []
        for u, path in sorted(paths.items(), key=lambda kv: (-round(kv[1].strength, 9), kv[0])):
            n = G.nodes[u]
            outside = bool(n.get("outside"))
            why = [f"sways {person_brief(G, d)} {describe_path(G, path)}, "
                   f"strength {fmt(path.strength)}"]
            if outside:
                why.append(f"outside the formal org chart ({n.get('affiliation')})")
            if path.hidden:
                why.append("the chain runs over hidden links")
            if u not in covered:
                why.append("no staff of ours owns this person")
            links.append(ChainLink(u, str(n.get("label") or u), path.strength, path,
                                   path.hidden, outside, u in covered, why))
        nd = G.nodes[d]
        reasons = [f"{len(links)} people sway {person_brief(G, d)} within {max_hops} hops"]
        n_out = sum(1 for x in links if x.outside)
        n_unc = sum(1 for x in links if not x.covered)
        if n_out:
            reasons.append(f"{n_out} of them outside the formal org chart")
        if n_unc:
            reasons.append(f"{n_unc} of them not covered by our staff")
        if guessed:
            reasons.append("no decider or approver named: taken as the most senior person")
        out.append(ChainTarget(d, str(nd.get("label") or d), tuple(nd.get("roles") or ()),
                               d in covered, tuple(links), reasons))
    return out
