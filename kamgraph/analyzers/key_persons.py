"""Key persons (关键客户清单): who shapes the decision, with the reasons in words.

The score is the person's power (:func:`kamgraph.analyzers.influence.power_parts`):
formal power from level and role, influence on the deciders and approvers over formal
and hidden links (path strength decays along the path), and veto power for gatekeepers.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from kamgraph.analyzers.influence import (
    InfluencePath,
    PowerParts,
    decision_makers,
    describe_path,
    fmt,
    person_brief,
    power_parts,
)
from kamgraph.analyzers.shared import sharing
from kamgraph.model import LEVELS, STANCE_LABELS

__all__ = ["KeyPerson", "key_persons"]


@dataclass(frozen=True)
class KeyPerson:
    """One person ranked by how much they shape the decision."""

    person: str
    label: str
    title: str | None
    level: str | None
    rank: int
    roles: tuple[str, ...]
    stance: int | None
    score: float
    formal: float
    influence: float
    veto: float
    sways: tuple[InfluencePath, ...]
    reasons: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {
            "person": self.person, "label": self.label, "title": self.title,
            "level": self.level, "rank": self.rank, "roles": list(self.roles),
            "stance": self.stance, "score": round(self.score, 6),
            "parts": {"formal": round(self.formal, 6), "influence": round(self.influence, 6),
                      "veto": round(self.veto, 6)},
            "sways": [{"target": p.target, "strength": round(p.strength, 6),
                       "path": list(p.nodes), "hidden": p.hidden} for p in self.sways],
            "reasons": list(self.reasons),
        }


def _reasons(G: nx.MultiDiGraph, p: str, pp: PowerParts, guessed: bool) -> list[str]:
    n = G.nodes[p]
    out: list[str] = []
    opp = G.graph.get("opportunity")
    roles = list(n.get("roles") or ())
    if roles:
        where = f"in opportunity {opp}" if opp else "(standing role)"
        out.append(f"{', '.join(roles)} {where}")
    rank = int(n.get("rank") or 0)
    if rank:
        out.append(f"level {n.get('level')} (rank {rank} of {len(LEVELS)})")
    for path in pp.sways[:3]:
        out.append(f"sways {person_brief(G, path.target)} {describe_path(G, path)}, "
                   f"strength {fmt(path.strength)}")
    if len(pp.sways) > 3:
        out.append(f"sways {len(pp.sways) - 3} more decision maker(s)")
    if pp.veto:
        out.append("gatekeeper: can block our access (veto power)")
    if pp.sways and guessed:
        out.append("no decider or approver named: influence measured on the most senior people")
    if n.get("outside"):
        out.append(f"outside the formal org chart ({n.get('affiliation')})")
    st = n.get("stance")
    if st is not None:
        out.append(f"stance toward us {st:+d} ({STANCE_LABELS.get(int(st), '?')})")
    if not out:
        out.append("no role, level or influence on record")
    return out


def key_persons(G: nx.MultiDiGraph, *, top: int | None = None) -> list[KeyPerson]:
    """Rank the people of ``G`` by how much they shape the decision.

    The opportunity scope is the graph's (``G.graph["opportunity"]``); people's
    ``roles`` are those of the opportunity, or their standing roles without one.
    Sorted by score (highest first), ties by id; ``top`` keeps the first N.

    Examples
    --------
    >>> from kamgraph.examples import ceo_swayed_by_spouse
    >>> G = ceo_swayed_by_spouse()
    >>> [k.person for k in key_persons(G)]
    ['ceo', 'wife']
    """
    with sharing(G):
        return _key_persons(G, top=top)


def _key_persons(G: nx.MultiDiGraph, *, top: int | None = None) -> list[KeyPerson]:
    parts = power_parts(G)
    _, guessed = decision_makers(G)
    out: list[KeyPerson] = []
    for p, pp in parts.items():
        n = G.nodes[p]
        out.append(KeyPerson(
            person=p, label=str(n.get("label") or p), title=n.get("title"),
            level=n.get("level"), rank=int(n.get("rank") or 0),
            roles=tuple(n.get("roles") or ()), stance=n.get("stance"), score=pp.total,
            formal=pp.formal, influence=pp.influence, veto=pp.veto, sways=pp.sways,
            reasons=_reasons(G, p, pp, guessed)))
    out.sort(key=lambda k: (-round(k.score, 9), k.person))
    return out[:top] if top is not None else out

