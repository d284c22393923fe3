"""The full report shares the analyzers' work and the per-graph cache stays correct."""

from __future__ import annotations

import networkx as nx
import pytest

from kamgraph.analyzers import (
    Analysis,
    analyze_account,
    counterpoints,
    coverage_gaps,
    hidden_chain,
    influence_scores,
    key_persons,
    power,
    staff_reach,
    support_balance,
)
from kamgraph.demo import load_demo
from kamgraph.examples import Account
from kamgraph.projection import graph_from_data
from kamgraph.synth import generate

pytestmark = pytest.mark.engine_free


def _separately(G: nx.MultiDiGraph) -> dict[str, object]:
    return {
        "key_persons": [k.to_dict() for k in key_persons(G)],
        "hidden_chain": [t.to_dict() for t in hidden_chain(G)],
        "counterpoints": counterpoints(G).to_dict(),
        "balance": support_balance(G).to_dict(),
        "gaps": [g.to_dict() for g in coverage_gaps(G)],
    }


@pytest.mark.parametrize("which", ["demo", "synth"])
def test_report_equals_each_analyzer_on_a_fresh_graph(which: str) -> None:
    if which == "demo":
        d = load_demo()
    else:
        [d] = generate(1, 80, seed=5)
    opp = sorted(o["id"] for o in d["opportunity"])[0]
    report = analyze_account(graph_from_data(d, opp)).to_dict()
    alone = _separately(graph_from_data(d, opp))
    assert {k: report[k] for k in alone} == alone
    assert report["opportunity"] == opp and report["account"] == d.account_id
    assert report["key_persons"] and report["reasons"][0].startswith("top key person: ")


def _acc() -> Account:
    return (Account().person("ceo", "c-level", ("decider",)).person("vp", "vp")
            .person("eng", "staff").staff("am").infl("vp", "ceo", 0.6)
            .knows("am", "eng", 0.8).knows("eng", "vp", 0.5))


def test_each_call_without_a_context_sees_the_graph_as_it_is_now() -> None:
    G = _acc().graph()
    before = influence_scores(G)["vp"]
    G.nodes["vp"]["roles"] = ["decider"]
    fresh = _acc().graph()
    fresh.nodes["vp"]["roles"] = ["decider"]
    assert influence_scores(G) == influence_scores(fresh)
    assert power(G, "vp") > before  # now a decider too
    assert set(staff_reach(G)) >= {"eng", "vp"}
    G.add_edge("am", "ceo", type="KNOWS", strength=0.9, circle="school")  # a new edge
    assert staff_reach(G)["ceo"].strength == pytest.approx(0.9)


def test_a_shared_context_keeps_its_results_until_a_new_one_is_made() -> None:
    G = _acc().graph()
    a = Analysis(G)
    assert staff_reach(G, ctx=a)["eng"].strength == pytest.approx(0.8)
    [(u, v, k)] = [(u, v, k) for u, v, k, t in G.edges(keys=True, data="type")
                   if t == "KNOWS" and {u, v} == {"am", "eng"}]
    G.edges[u, v, k]["strength"] = 0.4
    assert staff_reach(G, ctx=a)["eng"].strength == pytest.approx(0.8)  # the context's view
    assert staff_reach(G)["eng"].strength == pytest.approx(0.4)  # a new context


def test_callers_do_not_share_mutable_results() -> None:
    G = _acc().graph()
    scores = influence_scores(G)
    scores.clear()
    assert influence_scores(G)["ceo"] > 0
    H = G.copy()
    H.remove_edge(*next((u, v) for u, v, t in H.edges(data="type") if t == "INFLUENCES"))
    assert influence_scores(H)["vp"] < influence_scores(G)["vp"]
