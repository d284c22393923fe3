"""Hidden decision chain (隐性决策链): who sways each decision maker off the formal line.

For every decision maker (deciders, approvers, members of a deciding body; with none
named, the most senior people) the analyzer takes everyone with an influence path to
them (within ``max_hops`` links, at least ``min_strength``) and derives whether the
path leaves the formal line. A path is *hidden* when

- one of its links does not run along the chain of command: its source is neither the
  manager nor a direct report of its target ("advises the CEO although not in his
  reporting line"), or
- it passes through someone outside the org chart (board member, spouse, classmate,
  consultant, regulator...), or
- it rests on a personal basis (family, friend, alumni, former colleague, club), or
- the user recorded one of its links as hidden (one signal among the others).

Ranking and cut: hidden influencers are ranked by path strength. By default only those
that carry real weight are shown: a hidden path of at least :data:`WEIGHT_MIN` within
:data:`SHOWN_HOPS` links. ``all=True`` lists every influencer, formal ones included.
"""

from __future__ import annotations

from dataclasses import dataclass

import networkx as nx

from kamgraph.analyzers.context import Analysis, context
from kamgraph.analyzers.influence import (
    PERSONAL_BASES,
    Hop,
    InfluencePath,
    decision_makers,
    paths_to,
)
from kamgraph.analyzers.shapes import ChainLinkDict, ChainTargetDict
from kamgraph.analyzers.words import Reason, describe_path, facts, label, person, reason
from kamgraph.graph import line_neighbours, oversight

__all__ = ["WEIGHT_MIN", "SHOWN_HOPS", "ChainLink", "ChainTarget", "hidden_chain",
           "covered_people", "why_hidden"]

#: A hidden path is shown by default when at least this strong ...
WEIGHT_MIN = 0.3
#: ... and at most this many links long.
SHOWN_HOPS = 2


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
    oversight: str | None
    reasons: list[str]

    @property
    def hops(self) -> int:
        return len(self.path.hops)

    def to_dict(self) -> ChainLinkDict:
        return {
            "person": self.person, "label": self.label, "strength": round(self.strength, 6),
            "hops": self.hops, "path": list(self.path.nodes),
            "links": [h.to_dict() for h in self.path.hops], "hidden": self.hidden,
            "outside": self.outside, "covered": self.covered, "oversight": self.oversight,
            "reasons": list(self.reasons), "facts": facts(self.reasons),
        }


@dataclass(frozen=True)
class ChainTarget:
    """A decision maker and the people who sway them (the shown ones)."""

    person: str
    label: str
    roles: tuple[str, ...]
    covered: bool
    influencers: tuple[ChainLink, ...]
    hidden_total: int
    reasons: list[str]

    def to_dict(self) -> ChainTargetDict:
        return {
            "person": self.person, "label": self.label, "roles": list(self.roles),
            "covered": self.covered, "influencers": [i.to_dict() for i in self.influencers],
            "hidden_total": self.hidden_total, "reasons": list(self.reasons),
            "facts": facts(self.reasons),
        }


def covered_people(G: nx.MultiDiGraph, ctx: Analysis | None = None) -> set[str]:
    """People with an ``OWNS`` edge from an active staff member."""
    a = context(G, ctx)
    return {v for u, v, _ in a.edges("OWNS") if G.nodes[u].get("active", True) is not False}


def why_hidden(G: nx.MultiDiGraph, path: InfluencePath,
               line: dict[str, set[str]] | None = None) -> list[Reason]:
    """Why a path leaves the formal line (empty when it runs along it). ``line`` caches
    each person's formal line neighbours between calls."""
    off, out_node, personal = _signals(G, path, {} if line is None else line)
    out: list[Reason] = []
    if off is not None:
        verb = "advises" if "advisor" in off.all_bases else "sways"
        out.append(reason("off-line", src=label(G, off.source), verb=verb,
                          dst=label(G, off.target), dst_short=label(G, off.target)))
    if out_node is not None:
        out.append(reason("off-chart-path", who=label(G, out_node),
                          affiliation=str(G.nodes[out_node].get("affiliation"))))
    if personal:
        out.append(reason("personal", bases=personal))
    if path.hidden:
        out.append(reason("typed-hidden"))
    return out


def _signals(G: nx.MultiDiGraph, path: InfluencePath, line: dict[str, set[str]]
             ) -> tuple[Hop | None, str | None, list[str]]:
    """The first link off the formal line, the first person off the chart, the personal
    bases: the signals that make a path hidden."""
    off = None
    for h in path.hops:
        if h.target not in line:
            line[h.target] = line_neighbours(G, h.target)
        if h.source not in line[h.target]:
            off = h
            break
    out_node = next((n for n in path.nodes[:-1] if G.nodes[n].get("outside")), None)
    personal = sorted({b for h in path.hops for b in h.all_bases if b in PERSONAL_BASES})
    return off, out_node, personal


def _line_neighbours(G: nx.MultiDiGraph, a: Analysis) -> dict[str, set[str]]:
    """Every person's formal line neighbours (:func:`kamgraph.graph.line_neighbours`)."""
    up, down = a.line()
    empty: set[str] = set()
    return {p: up.get(p, empty) | down.get(p, empty)
            for p, k in G.nodes(data="kind") if k == "person"}


def _is_hidden(G: nx.MultiDiGraph, path: InfluencePath, line: dict[str, set[str]]) -> bool:
    off, out_node, personal = _signals(G, path, line)
    return off is not None or out_node is not None or bool(personal) or path.hidden


def hidden_chain(G: nx.MultiDiGraph, *, max_hops: int = 4, min_strength: float = 0.05,
                 all: bool = False, ctx: Analysis | None = None) -> list[ChainTarget]:
    """For each decision maker, who sways them off the formal line, ranked and cut.

    Influencers are sorted by path strength (strongest first), ties by id; targets by id.

    Examples
    --------
    >>> from kamgraph.examples import ceo_swayed_by_spouse
    >>> G = ceo_swayed_by_spouse()
    >>> [(t.person, [(i.person, i.hidden, i.outside, i.covered) for i in t.influencers])
    ...  for t in hidden_chain(G)]
    [('ceo', [('wife', True, True, False)])]
    >>> hidden_chain(G)[0].reasons[0]
    '1 people outside their reporting line sway CEO (decider)'
    """
    a = context(G, ctx)
    dms, guessed = decision_makers(G, a)
    covered = covered_people(G, a)
    line = a.cached("line_neighbours", lambda: _line_neighbours(G, a))
    out: list[ChainTarget] = []
    for d in dms:
        paths = paths_to(G, d, max_hops=max_hops, min_strength=min_strength, ctx=a)
        links: list[ChainLink] = []
        n_hidden = n_weighty = 0
        for u, path in sorted(paths.items(), key=lambda kv: (-round(kv[1].strength, 9), kv[0])):
            hidden = _is_hidden(G, path, line)
            n_hidden += hidden
            weighty = hidden and path.strength >= WEIGHT_MIN - 1e-9 and len(
                path.hops) <= SHOWN_HOPS
            n_weighty += weighty
            if not (all or weighty):
                continue
            hidden_why = why_hidden(G, path, line)
            n = G.nodes[u]
            why: list[str] = [reason("sways", who=person(G, d), how=describe_path(G, path),
                                     strength=path.strength)]
            why += hidden_why
            multi = [h for h in path.hops if len(h.bases) > 1]
            for h in multi[:1]:
                why.append(reason("bases", bases=list(h.all_bases), strength=h.strength))
            ov = oversight(G, u)
            if ov:
                why.append(reason("oversight", oversight=ov))
            if u not in covered and not ov:
                why.append(reason("uncovered"))
            links.append(ChainLink(u, label(G, u), path.strength, path, hidden,
                                   bool(n.get("outside")), u in covered, ov, why))
        nd = G.nodes[d]
        reasons: list[str] = [reason("chain-count", n=n_weighty, pronoun="their",
                                     who=person(G, d))]
        if not all:
            reasons.append(reason("chain-shown", shown=n_weighty, min=WEIGHT_MIN,
                                  hops=SHOWN_HOPS, rest=len(paths) - n_weighty))
        n_out = sum(1 for x in links if x.outside)
        n_unc = sum(1 for x in links if not x.covered and not x.oversight)
        if n_out:
            reasons.append(reason("chain-outside-n", n=n_out))
        if n_unc:
            reasons.append(reason("chain-uncovered-n", n=n_unc))
        if guessed:
            reasons.append(reason("guessed-one"))
        out.append(ChainTarget(d, label(G, d), tuple(nd.get("roles") or ()), d in covered,
                               tuple(links), n_hidden, reasons))
    return out
