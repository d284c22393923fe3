"""Who could be a PR target this cycle, and who is left alone and why.

Candidates come from four sources, in the order of article 001 (business goal, then
role and attitude, then the competitors' supporters):

* the decision chain of the opportunity (its members and their power);
* the people who sway a decider who is hostile (stance -2 or below) or out of reach
  (no warm path): from the hidden chain, the strongest few who are off the formal
  line and do not back a competitor; the decider is then worked *through* them;
* at the tender-specification stage, consultants and design institutes who sway the
  chain (who writes the specification decides early);
* every uncountered competitor supporter and their best realistic counterweights
  (never a subordinate set against their own boss).

Never candidates: oversight people (discipline, audit, tender office, evaluation experts
under confidentiality), exclusive supporters (+3: kept up through their owners), and
gatekeepers who let us through.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

import networkx as nx

from kamgraph.analyzers import counterpoints, hidden_chain, support_balance
from kamgraph.analyzers.acquaintance import AcquaintanceIndex
from kamgraph.analyzers.balance import Balance
from kamgraph.analyzers.context import Analysis
from kamgraph.analyzers.counterpoints import Counterpoint
from kamgraph.analyzers.coverage import key_set
from kamgraph.analyzers.warm_paths import active_staff, index_from_graph
from kamgraph.planning.peers import superiors
from kamgraph.planning.words import Say, W, say

__all__ = ["HOSTILE", "SWAY_MIN", "SWAYERS", "MAX_CHAIN", "Candidate", "Context", "context",
           "candidates"]

HOSTILE = -2
SWAY_MIN = 0.3
SWAYERS = 3
MAX_CHAIN = 60
_SPEC_WORDS = ("spec", "规范", "技术规范", "需求")


@dataclass(frozen=True)
class Candidate:
    """A person the plan may work on, and why they are considered."""

    person: str
    member: bool
    counters: tuple[str, ...] = ()
    sways: tuple[tuple[str, float], ...] = ()
    spec_writer: bool = False
    spec_sway: tuple[tuple[str, float], ...] = ()


@dataclass
class Context:
    """What every step of the plan reads, computed once per graph."""

    G: nx.MultiDiGraph
    start: dt.date
    balance: Balance
    total: float
    power: dict[str, float]
    unc: list[Counterpoint]
    active: list[str]
    ix: AcquaintanceIndex
    above: dict[str, set[str]]
    oversight: set[str]
    spec_stage: bool
    left_alone: list[tuple[str, Say]] = field(default_factory=list)
    #: The analysis context shared by every analyzer the plan calls (built once).
    analysis: Analysis | None = None
    _covered: set[str] | None = None

    def covered(self, p: str) -> bool:
        """Whether the coverage check holds ``p`` as a key person (owners A/B are theirs);
        the plan takes no one else into A/B coverage (built on first use)."""
        if self._covered is None:
            self._covered = set(key_set(self.G, ctx=self.analysis))
        return p in self._covered

    def weight(self, p: str) -> float:
        """The person's share of the decision chain's power (0 outside the chain)."""
        return self.power.get(p, 0.0) / self.total if p in self.members else 0.0

    @property
    def members(self) -> set[str]:
        return {m.person for m in self.balance.members}


def _spec_stage(G: nx.MultiDiGraph, start: dt.date) -> bool:
    opp = G.graph.get("opportunity")
    if opp is None or opp not in G:
        return False
    n = G.nodes[opp]
    if n.get("spec_date") is not None:
        return bool(n["spec_date"] > start)
    return any(w in str(n.get("stage") or "").lower() for w in _SPEC_WORDS)


def context(G: nx.MultiDiGraph, start: dt.date) -> Context:
    a = Analysis(G)
    bal = support_balance(G, ctx=a)
    power = {m.person: m.power for m in bal.members}
    total = sum(power.values()) or 1.0
    unc = list(counterpoints(G, ctx=a).uncountered)
    oversight = {n for n, d in G.nodes(data=True) if d.get("kind") == "person"
                 and d.get("oversight")}
    return Context(G, start, bal, total, power, unc, active_staff(G), index_from_graph(G),
                   superiors(G), oversight, _spec_stage(G, start), analysis=a)


def _l(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n)


def _backs_competitor(G: nx.MultiDiGraph, p: str) -> bool:
    st = G.nodes[p].get("stances") or {}
    return any(v >= 1 for k, v in st.items() if k != "us") and (st.get("us") or 0) <= 0


def _swayers(ctx: Context) -> dict[str, list[tuple[str, float]]]:
    """Decider -> the people through whom the plan works on them (hostile or unreachable)."""
    G = ctx.G
    out: dict[str, list[tuple[str, float]]] = {}
    for t in hidden_chain(G, ctx=ctx.analysis):
        d = t.person
        if "decider" not in t.roles and "approver" not in t.roles:
            continue
        st = G.nodes[d].get("stance")
        hostile = st is not None and st <= HOSTILE
        unreachable = d not in ctx.ix.ids or not ctx.ix.paths(d, 1).paths
        if not (hostile or unreachable):
            continue
        ok = [(x.person, x.strength) for x in t.influencers
              if (x.hidden or x.outside) and x.strength >= SWAY_MIN
              and x.person not in ctx.oversight and not _backs_competitor(G, x.person)
              and (G.nodes[x.person].get("stance") or 0) > HOSTILE
              and d not in ctx.above.get(x.person, ())][:SWAYERS]
        out[d] = ok
        why = "hostile" if hostile else "out_of_reach"
        if ok:
            ctx.left_alone.append((d, say("left_worked_through", state_k=W(why),
                                          through=", ".join(_l(G, p) for p, _ in ok))))
    return out


def _spec_writers(ctx: Context) -> dict[str, list[tuple[str, float]]]:
    """Consultants and design institutes who sway the chain, at the specification stage."""
    G = ctx.G
    out: dict[str, list[tuple[str, float]]] = {}
    if not ctx.spec_stage:
        return out
    members = ctx.members
    for u, v, d in G.edges(data=True):
        if (d.get("type") == "INFLUENCES" and v in members and u not in members
                and G.nodes[u].get("affiliation") == "consultant"):
            out.setdefault(u, []).append((v, float(d.get("strength") or 0)))
    return out


def candidates(ctx: Context) -> dict[str, Candidate]:
    """Everyone the plan may work on (see the module docstring), by person id."""
    G = ctx.G
    members = sorted(ctx.members, key=lambda p: (-ctx.power.get(p, 0.0), p))[:MAX_CHAIN]
    sway_by: dict[str, list[tuple[str, float]]] = {}
    hostile_routes = _swayers(ctx)
    for d, ws in hostile_routes.items():
        for who, st in ws:
            sway_by.setdefault(who, []).append((d, st))
    spec = _spec_writers(ctx)
    answers: dict[str, list[str]] = {}
    for cp in ctx.unc:
        answers.setdefault(cp.supporter, []).append(cp.supporter)
        ctx.power.setdefault(cp.supporter, cp.power)
        taken = 0
        for w in cp.candidates:
            if cp.supporter in ctx.above.get(w.person, ()):
                continue  # a deputy never stands against his own boss
            ctx.power.setdefault(w.person, w.power)
            answers.setdefault(w.person, []).append(cp.supporter)
            taken += 1
            if taken == 2:
                break
        for x, _s in hostile_routes.get(cp.supporter, ()):
            answers.setdefault(x, []).append(cp.supporter)
    people = set(members) | set(sway_by) | set(spec) | set(answers)
    out: dict[str, Candidate] = {}
    for p in sorted(people):
        n = G.nodes[p]
        if p in ctx.oversight:
            duty = W(f"oversight_{n.get('oversight')}")
            ctx.left_alone.append((p, say("left_oversight", duty=duty)))
            continue
        st = n.get("stance")
        if st == 3 and p not in answers:
            ctx.left_alone.append((p, say("left_exclusive")))
            continue
        if "gatekeeper" in (n.get("roles") or ()) and (st or 0) >= 0 and p not in sway_by:
            ctx.left_alone.append((p, say("left_gatekeeper")))
            continue
        if hostile_routes.get(p):
            continue  # worked through the people who sway them (said above)
        out[p] = Candidate(p, p in ctx.members, tuple(sorted(set(answers.get(p, [])))),
                           tuple(sway_by.get(p, [])), p in spec, tuple(spec.get(p, [])))
    return out
