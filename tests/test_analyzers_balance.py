"""Support balance and what-ifs on a small named account."""

from __future__ import annotations

import pytest

from kamgraph.analyzers import best_conversions, influence_scores, support_balance, what_if
from kamgraph.errors import AnalysisError, NotFound
from kamgraph.examples import Account

pytestmark = pytest.mark.engine_free


def bid() -> Account:
    """The CEO strongly opposes us, so does a junior user; the CFO supports us."""
    return (Account().competitor("huawei").opportunity("o1", ("huawei",))
            .person("ceo", "c-level", stance=-3).role("o1", "ceo", "decider")
            .stance("ceo", 2, toward="huawei")
            .person("jr", "staff", stance=-3).role("o1", "jr", "user")
            .person("cfo", "c-level", stance=2).role("o1", "cfo", "approver")
            .stance("cfo", 1, toward="huawei")
            .person("bystander", "vp", stance=3))


def test_weighted_stances_per_side() -> None:
    G = bid().graph("o1")
    w = influence_scores(G)
    b = support_balance(G)
    total = w["ceo"] + w["jr"] + w["cfo"]
    assert [m.person for m in b.members] == ["ceo", "cfo", "jr"]  # bystander has no role
    assert b.us == pytest.approx((-3 * w["ceo"] - 3 * w["jr"] + 2 * w["cfo"]) / total)
    assert b.competitors["huawei"] == pytest.approx((2 * w["ceo"] + w["cfo"]) / total)
    assert b.margins["huawei"] == pytest.approx(b.us - b.competitors["huawei"])
    assert b.leader == "huawei"


def test_converting_the_strongest_opponent_moves_the_balance_most() -> None:
    G = bid().graph("o1")
    ceo, jr = what_if(G, {"ceo": 2}), what_if(G, {"jr": 2})
    assert ceo.delta > jr.delta > 0
    ranked = best_conversions(G)
    # feasible steps this cycle: two notches (-3 -> -1); the CFO is already at +2
    assert {p: w.changes[p] for w in ranked for p in w.changes} == {"ceo": -1, "jr": -1}
    assert ranked[0].changes == {"ceo": -1}  # most gain per hour of our staff
    assert "supporter of Huawei (+2)" in ranked[0].reasons[0]
    assert "hours of our staff" in ranked[0].reasons[0]


def test_assume_recomputes_and_validates() -> None:
    G = bid().graph("o1")
    b = support_balance(G, assume={"ceo": 0, "jr": 0})
    assert b.us > support_balance(G).us
    assert b.assumed == {"ceo": 0, "jr": 0}
    assert [m.assumed for m in b.members] == [True, False, True]
    with pytest.raises(NotFound):
        support_balance(G, assume={"nobody": 1})
    with pytest.raises(AnalysisError):
        support_balance(G, assume={"ceo": 4})


def test_equal_conversions_are_ordered_by_id() -> None:
    acc = (Account().person("b", "vp", ("user",), stance=0).person("a", "vp", ("user",), stance=0))
    assert [list(w.changes) for w in best_conversions(acc.graph())] == [["a"], ["b"]]
