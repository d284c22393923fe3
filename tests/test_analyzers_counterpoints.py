"""Competitor-supporter counterpoints on small named accounts."""

from __future__ import annotations

import pytest

from kamgraph.analyzers import counterpoints
from kamgraph.errors import NotFound
from kamgraph.examples import Account

pytestmark = pytest.mark.engine_free


def ceo_backs_huawei() -> Account:
    """The CEO decides and backs Huawei; our only supporter is a VP with a weak peer link."""
    return (Account().competitor("huawei").competitor("zte")
            .opportunity("o1", ("huawei", "zte"))
            .person("ceo", "c-level", title="CEO").role("o1", "ceo", "decider")
            .stance("ceo", 3, toward="huawei")
            .person("vp", "vp", stance=2).reports("vp", "ceo").infl("vp", "ceo", 0.3, "peer")
            .staff("am").knows("am", "vp", 0.8))


def test_ceo_supporter_is_uncountered_and_beyond_the_relationship_base() -> None:
    rep = counterpoints(ceo_backs_huawei().graph("o1"))
    [item] = rep.items
    assert (item.competitor, item.supporter, item.countered) == ("huawei", "ceo", False)
    assert item.candidates == ()  # the VP reports to the CEO: never against his own boss
    assert item.verdict == "uncountered"
    assert item.beyond_base
    assert any("beyond the current relationship base" in r for r in item.reasons)
    assert [c.supporter for c in rep.uncountered] == ["ceo"]


def test_a_board_supporter_who_sways_the_ceo_counters_them() -> None:
    acc = (ceo_backs_huawei().person("chair", "board", affiliation="board", stance=2)
           .infl("chair", "ceo", 0.8, "board"))
    [item] = counterpoints(acc.graph("o1")).items
    assert item.countered and not item.beyond_base
    assert [w.person for w in item.countered_by] == ["chair"]
    assert item.countered_by[0].press == pytest.approx(0.8)
    assert item.candidates == ()
    assert any(r.startswith("countered by Chair") for r in item.reasons)


def test_a_neutral_board_member_is_the_top_candidate() -> None:
    acc = (ceo_backs_huawei().person("chair", "board", affiliation="board", stance=0)
           .infl("chair", "ceo", 0.8, "board").knows("am", "chair", 0.6, "alumni"))
    [item] = counterpoints(acc.graph("o1")).items
    assert not item.countered and not item.beyond_base
    top = item.candidates[0]
    assert (top.person, top.strong_enough) == ("chair", True)
    assert top.convertibility == pytest.approx(0.6)
    assert top.reach == pytest.approx(0.6)
    assert [c.person for c in item.candidates] == ["chair"]


def test_a_strong_opponent_is_no_candidate() -> None:
    acc = (ceo_backs_huawei().person("chair", "board", affiliation="board", stance=-3)
           .infl("chair", "ceo", 0.8, "board"))
    [item] = counterpoints(acc.graph("o1")).items
    assert item.candidates == () and item.beyond_base


def test_pressing_on_the_people_a_supporter_sways_counts() -> None:
    acc = (Account().competitor("huawei").opportunity("o1", ("huawei",))
           .person("ceo", "c-level").role("o1", "ceo", "decider")
           .person("dir", "director").role("o1", "dir", "influencer")
           .stance("dir", 2, toward="huawei").infl("dir", "ceo", 0.7, "advisor")
           .person("cfo", "c-level", stance=3).role("o1", "cfo", "approver")
           .infl("cfo", "ceo", 0.6, "peer"))
    [item] = counterpoints(acc.graph("o1")).items
    assert item.sways == ("ceo",)
    [w] = item.countered_by
    assert (w.person, w.press_path.target) == ("cfo", "ceo")
    assert "whom they sway" in w.reasons[1]


def test_competitor_filter_and_ordering() -> None:
    acc = (ceo_backs_huawei().person("cto", "c-level").stance("cto", 2, toward="zte")
           .person("ops", "director").stance("ops", 2, toward="huawei"))
    G = acc.graph("o1")
    assert [(i.competitor, i.supporter) for i in counterpoints(G).items] == [
        ("huawei", "ceo"), ("huawei", "ops"), ("zte", "cto")]
    assert [i.supporter for i in counterpoints(G, competitor="zte").items] == ["cto"]
    with pytest.raises(NotFound):
        counterpoints(G, competitor="ericsson")
    assert counterpoints(G).to_dict()["uncountered"] == ["ceo", "ops", "cto"]
