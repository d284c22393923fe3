"""Every analyzer on the demo account finds what was planted (tests/demo_expectations.py)."""

from __future__ import annotations

import networkx as nx
import pytest
from demo_expectations import (
    APPROVERS,
    BALANCE_LEADER_5GC,
    BEST_CONVERSION_5GC,
    CEO,
    CHAIR_LISTENS_TO,
    CHAIR_OF_COMMITTEE,
    COUNTERED_SUPPORTERS,
    COUNTERWEIGHT_FOR_CEO,
    COVERED_OUTSIDE_INFLUENCERS,
    DECIDERS,
    EVALUATION_COMMITTEE,
    HIDDEN_INFLUENCERS_OF_CEO,
    KEY_PERSONS_TOP,
    OPPORTUNITY,
    OUTSIDE_ORG_CHART,
    PARTY_COMMITTEE,
    PLANTED_GAPS,
    UNCOUNTERED_SUPPORTERS,
    UNCOVERED_HIDDEN_INFLUENCERS,
)

from kamgraph.analyzers import (
    best_conversions,
    counterpoints,
    coverage_gaps,
    hidden_chain,
    key_persons,
    support_balance,
)
from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data

pytestmark = pytest.mark.engine_free


@pytest.fixture(scope="module")
def G(demo_data: AccountData) -> nx.MultiDiGraph:
    return graph_from_data(demo_data, OPPORTUNITY)


def test_key_persons_lead_with_the_planted_top(G: nx.MultiDiGraph) -> None:
    ks = key_persons(G, top=len(KEY_PERSONS_TOP))
    assert [k.person for k in ks] == KEY_PERSONS_TOP
    assert all(k.reasons for k in ks)


def test_hidden_chain_of_the_ceo_and_the_committee_chair(G: nx.MultiDiGraph) -> None:
    chain = {t.person: t for t in hidden_chain(G, all=True)}
    assert set(chain) == DECIDERS | APPROVERS | EVALUATION_COMMITTEE | PARTY_COMMITTEE
    direct = {i.person: i for i in chain[CEO].influencers if i.hops == 1}
    for p, (strength, basis) in HIDDEN_INFLUENCERS_OF_CEO.items():
        assert direct[p].strength == pytest.approx(strength)
        assert direct[p].path.hops[0].basis == basis and direct[p].hidden
        assert direct[p].outside == (p in OUTSIDE_ORG_CHART)
    chair = {i.person: i.strength for i in chain[CHAIR_OF_COMMITTEE].influencers if i.hops == 1}
    assert {p: chair[p] for p in CHAIR_LISTENS_TO} == pytest.approx(CHAIR_LISTENS_TO)
    links = [i for t in chain.values() for i in t.influencers]
    flagged = {i.person for i in links if i.outside and not i.covered}
    assert flagged == UNCOVERED_HIDDEN_INFLUENCERS
    assert COVERED_OUTSIDE_INFLUENCERS <= {i.person for i in links if i.outside and i.covered}


def test_counterpoints_match_the_planted_story(G: nx.MultiDiGraph) -> None:
    rep = counterpoints(G)
    assert {(i.supporter, i.competitor) for i in rep.uncountered} == UNCOUNTERED_SUPPORTERS
    by = {(i.supporter, i.competitor): i for i in rep.items}
    for key, ours in COUNTERED_SUPPORTERS.items():
        assert ours in [w.person for w in by[key].countered_by], key
    ceo = by[(CEO, "c-hx")]
    assert ceo.candidates[0].person == COUNTERWEIGHT_FOR_CEO
    assert ceo.candidates[0].strong_enough and not ceo.beyond_base  # board level


def test_balance_leans_to_the_competitor_and_the_ceo_moves_it_most(G: nx.MultiDiGraph) -> None:
    assert support_balance(G).leader == BALANCE_LEADER_5GC
    assert list(best_conversions(G, top=1)[0].changes) == [BEST_CONVERSION_5GC]


@pytest.mark.parametrize("scoped", [True, False])
def test_coverage_finds_exactly_the_planted_gaps(demo_data: AccountData, scoped: bool) -> None:
    g = graph_from_data(demo_data, OPPORTUNITY if scoped else None)
    gaps = coverage_gaps(g)
    assert {(x.kind, x.person, x.staff) for x in gaps} == PLANTED_GAPS
    assert all(x.fix and x.reasons for x in gaps)
