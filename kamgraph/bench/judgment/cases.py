"""The judgment benchmark's cases: real networks with structure known from the
literature, and expert scenarios written from the seeds. Each case carries its expected
answers, written down here before the analyzers ran on it.

Real networks become accounts like this: a directed tie "i goes to j for advice" is an
influence j -> i (basis advisor, 0.5); "i calls j a friend" an influence j -> i (basis
friend, 0.3); a marriage or friendship in an undirected network an influence both ways.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kamgraph.bench.judgment import krackhardt
from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

D = dt.date(2026, 10, 1)


@dataclass
class Case:
    """One benchmark case and its expected answers (None: the case does not test it)."""

    name: str
    source: str
    G: nx.MultiDiGraph
    decider: str | None = None
    hidden_expected: set[str] | None = None
    central: list[str] | None = None
    centrality: dict[str, float] | None = None
    broker: str | None = None
    verdicts: dict[str, str] = field(default_factory=dict)
    never_proposed: set[str] = field(default_factory=set)
    never_converted: set[str] = field(default_factory=set)
    notes: list[str] = field(default_factory=list)


class _Acc:
    def __init__(self, account: str) -> None:
        self.d = AccountData()
        self.d["account"].append({"id": account, "name": account})

    def add(self, kind: str, **rec: Any) -> _Acc:
        self.d[kind].append(rec)
        return self

    def person(self, pid: str, **rec: Any) -> _Acc:
        return self.add("person", id=pid, name=rec.pop("name", pid), **rec)

    def infl(self, s: str, t: str, strength: float, basis: str = "advisor",
             visibility: str = "formal") -> _Acc:
        return self.add("influence", source=s, target=t, strength=strength, basis=basis,
                        visibility=visibility)

    def stance(self, p: str, toward: str, value: int) -> _Acc:
        return self.add("stance", person=p, toward=toward, value=value, on=D, scale="seven")

    def graph(self, opportunity: str | None = None) -> nx.MultiDiGraph:
        return graph_from_data(self.d, opportunity)


def krackhardt_case() -> Case:
    adv, fr = krackhardt.matrix(krackhardt.ADVICE), krackhardt.matrix(krackhardt.FRIENDSHIP)
    a = _Acc("krackhardt")
    level = {1: "c-level", 2: "vp", 3: "manager"}
    dept_vp = {}
    for m, (_age, _ten, lvl, dept) in krackhardt.ATTRIBUTES.items():
        if lvl == 2:
            dept_vp[dept] = m
    for d in sorted({x[3] for x in krackhardt.ATTRIBUTES.values() if x[3]}):
        a.add("department", id=f"dept{d}", name=f"Department {d}")
    for m, (_age, _ten, lvl, dept) in krackhardt.ATTRIBUTES.items():
        rec: dict[str, str] = {"level": level[lvl]}
        if dept:
            rec["department"] = f"dept{dept}"
        a.person(f"m{m}", name=f"Manager {m}", **rec)
    for m, (_age, _ten, lvl, dept) in krackhardt.ATTRIBUTES.items():
        if lvl == 2:
            a.add("reports_to", person=f"m{m}", manager="m7")
        elif lvl == 3:
            a.add("reports_to", person=f"m{m}", manager=f"m{dept_vp[dept]}")
    for i in range(21):
        for j in range(21):
            if adv[i][j]:
                a.infl(f"m{j + 1}", f"m{i + 1}", 0.5, "advisor")
            if fr[i][j]:
                a.infl(f"m{j + 1}", f"m{i + 1}", 0.3, "friend")
    G = a.graph()
    direct = {f"m{m}" for m, x in krackhardt.ATTRIBUTES.items() if x[2] == 2}
    advisors = {f"m{j + 1}" for j in range(21) if adv[6][j]}
    friends = {f"m{j + 1}" for j in range(21) if fr[6][j]}
    indeg = {f"m{j + 1}": float(sum(adv[i][j] for i in range(21))) for j in range(21)}
    top5 = sorted(indeg, key=lambda p: (-indeg[p], int(p[1:])))[:5]
    return Case(
        "Krackhardt high-tech managers", "Krackhardt 1987 (advice, friendship, reports-to)", G,
        decider="m7",
        # expected: those the president asks for advice outside his direct reports, and
        # his friends (a personal basis): the ones who sway him off the formal line
        hidden_expected=(advisors - direct) | friends,
        central=top5, centrality=indeg,
        notes=["centrality: advice in-degree (how many colleagues seek their advice);"
               " manager 2 is sought by 18 of 20"])


def florentine_case() -> Case:
    F = nx.florentine_families_graph()
    a = _Acc("florentine")
    for n in sorted(F):
        a.person(n.lower().replace(" ", "-"), name=n)
    for u, v in sorted(F.edges()):
        x, y = u.lower(), v.lower()
        a.infl(x, y, 0.5, "family").infl(y, x, 0.5, "family")
    G = a.graph()
    btw = {n.lower(): b for n, b in nx.betweenness_centrality(F).items()}
    top5 = sorted(btw, key=lambda p: (-btw[p], p))[:5]
    return Case("Padgett's Florentine families", "Padgett & Ansell 1993 (marriage ties)", G,
                central=top5, centrality=btw, broker="medici",
                notes=["centrality: betweenness of the marriage network; the Medici are "
                       "the classic broker"])


def karate_case() -> Case:
    K = nx.karate_club_graph()
    a = _Acc("karate")
    a.add("competitor", id="officer", name="Officer's club")
    for n in sorted(K):
        rec: dict[str, str] = {"level": "board" if n in (0, 33) else "staff"}
        a.person(f"k{n}", name=f"Member {n}", **rec)
    for u, v in sorted(K.edges()):
        w = 0.3 + 0.07 * float(K.edges[u, v].get("weight", 1))
        a.infl(f"k{u}", f"k{v}", min(w, 0.8), "friend").infl(f"k{v}", f"k{u}", min(w, 0.8),
                                                                "friend")
    for n in sorted(K):
        ours = K.nodes[n]["club"] == "Mr. Hi"
        lead = n in (0, 33)
        if ours:
            a.stance(f"k{n}", "us", 3 if lead else 2)
        else:
            a.stance(f"k{n}", "officer", 3 if lead else 2)
    G = a.graph()
    deg = {f"k{n}": float(d) for n, d in K.degree()}
    top5 = sorted(deg, key=lambda p: (-deg[p], int(p[1:])))[:5]
    return Case("Zachary's karate club", "Zachary 1977 (two camps: Mr. Hi vs the Officer)", G,
                central=top5, centrality=deg,
                # the Officer leads the other camp: only Mr. Hi could weigh as much, and he
                # has no tie to him; a rank-and-file member is never his counterweight
                verdicts={"k33": "uncountered"},
                never_proposed={f"k{n}" for n in K if n not in (0, 33)} | {"k0"},
                notes=["centrality: degree; counterpoint expected for the Officer (k33)"])


def soe_tender_case() -> Case:
    """SOE tender: chairman (Party secretary) at the top of the chart, the CEO backs the
    competitor, a discipline secretary supervises, a bid-evaluation committee decides."""
    a = _Acc("soe")
    a.add("competitor", id="hx", name="Huaxin").add("opportunity", id="bid", name="Core bid",
                                                    competitors=["hx"])
    a.add("post", id="post-chair", title="董事长、党委书记 Chairman & Party secretary",
          level="board", key=True)
    a.add("post", id="post-disc", title="纪委书记 Discipline secretary", level="c-level",
          oversight="discipline")
    a.person("chair", level="board", post="post-chair", affiliation="board")
    a.person("ceo", level="c-level")
    a.person("disc", level="c-level", post="post-disc")
    a.person("cto", level="c-level")
    a.person("gm-net", level="vp")
    a.person("exp1", level="director", affiliation="external", oversight="evaluation-expert")
    a.person("exp2", level="director", affiliation="external", oversight="evaluation-expert")
    for p, m in (("ceo", "chair"), ("disc", "chair"), ("cto", "ceo"), ("gm-net", "cto")):
        a.add("reports_to", person=p, manager=m)
    for p, r in (("ceo", "decider"), ("chair", "approver"), ("disc", "approver"),
                 ("gm-net", "decider"), ("cto", "influencer")):
        a.add("role", opportunity="bid", person=p, role=r)
    a.add("body", id="committee", name="评标委员会 Bid-evaluation committee",
          type="bid-evaluation-committee", rule="majority", chair="gm-net",
          members=["gm-net", "cto", "exp1", "exp2"], opportunity="bid")
    a.infl("ceo", "gm-net", 0.6, "superior").infl("disc", "gm-net", 0.4, "other")
    a.infl("chair", "ceo", 0.7, "superior").infl("disc", "ceo", 0.3, "other")
    a.stance("ceo", "hx", 3).stance("chair", "us", 1).stance("cto", "us", 2)
    a.stance("disc", "us", 0)
    a.add("staff", id="s-pres", name="Our president", level="c-level")
    a.add("knows", source="s-pres", target="chair", strength=0.6, circle="business")
    G = a.graph("bid")
    return Case("SOE tender (expert)", "seed 001 + DOMAIN 6: discipline secretary, committee",
                G, decider="ceo",
                verdicts={"ceo": "uncountered"}, never_proposed={"disc", "exp1", "exp2", "cto"},
                never_converted={"disc", "exp1", "exp2"},
                notes=["expected: the chairman is on the chart and the candidate to counter "
                       "the CEO; the discipline secretary and the experts are never proposed"])


def classmate_case() -> Case:
    """A CEO swayed by his classmate at the design institute (and his wife)."""
    a = _Acc("classmate")
    a.person("ceo", level="c-level", roles=["decider"])
    a.person("cto", level="c-level")
    a.person("vp-net", level="vp")
    a.person("classmate", affiliation="friend", title="设计院副院长 design institute")
    a.person("wife", affiliation="family")
    a.person("eng", level="staff")
    a.add("reports_to", person="cto", manager="ceo").add("reports_to", person="vp-net",
                                                          manager="cto")
    a.add("reports_to", person="eng", manager="vp-net")
    a.infl("classmate", "ceo", 0.6, "alumni").infl("wife", "ceo", 0.8, "family")
    a.infl("cto", "ceo", 0.5, "advisor").infl("vp-net", "cto", 0.5, "advisor")
    a.infl("eng", "vp-net", 0.5, "advisor")
    return Case("CEO and his classmate (expert)", "DOMAIN 2: hidden chain, alumni tie", a.graph(),
                decider="ceo", hidden_expected={"classmate", "wife"},
                central=["ceo", "wife", "classmate", "cto"],
                notes=["expected: classmate and wife off the line; the CTO advises along it"])


def deputy_case() -> Case:
    """A deputy backs the competitor against his boss, the CEO, who is ours."""
    a = _Acc("deputy")
    a.add("competitor", id="dt", name="Dingtong")
    a.person("ceo", level="c-level", roles=["decider"])
    a.person("deputy", level="vp", roles=["approver"])
    a.person("clerk", level="staff")
    a.add("reports_to", person="deputy", manager="ceo").add("reports_to", person="clerk",
                                                             manager="deputy")
    a.infl("ceo", "deputy", 0.7, "superior").infl("clerk", "deputy", 0.3, "advisor")
    a.stance("deputy", "dt", 3).stance("ceo", "us", 2).stance("clerk", "us", 0)
    return Case("Deputy backs a competitor (expert)", "seed 001: 一把手 outweighs his deputy",
                a.graph(), verdicts={"deputy": "countered"}, never_proposed={"clerk"},
                notes=["expected: the CEO (ours) counters his deputy; the deputy's own clerk "
                       "is never proposed against his boss"])


def consultant_case() -> Case:
    """A consultant who writes the tender specification advises the committee chair."""
    a = _Acc("consultant")
    a.add("competitor", id="dt", name="Dingtong")
    a.person("ceo", level="c-level", roles=["decider"])
    a.person("chair", level="vp", roles=["decider"], title="evaluation chair")
    a.person("planner", level="manager", roles=["influencer"])
    a.person("consultant", affiliation="consultant", title="writes the tender spec")
    a.add("reports_to", person="chair", manager="ceo").add("reports_to", person="planner",
                                                            manager="chair")
    a.infl("consultant", "chair", 0.6, "advisor").infl("consultant", "planner", 0.6, "advisor")
    a.infl("consultant", "ceo", 0.3, "advisor")
    a.infl("planner", "chair", 0.5, "advisor")
    a.stance("consultant", "dt", 2)
    return Case("Consultant writes the spec (expert)", "DOMAIN 6: who writes the spec",
                a.graph(), decider="chair", hidden_expected={"consultant"},
                central=["ceo", "chair", "consultant", "planner"],
                verdicts={"consultant": "uncountered"},
                notes=["expected: the consultant is off the line, a key person, and a "
                       "competitor supporter nobody counters"])


def cases() -> list[Case]:
    return [krackhardt_case(), florentine_case(), karate_case(), soe_tender_case(),
            classmate_case(), deputy_case(), consultant_case()]


#: Every case, in the order of the results table (the name the package exports).
all_cases = cases
