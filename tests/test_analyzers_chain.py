"""Key persons and the hidden decision chain on small named accounts."""

from __future__ import annotations

import json

import pytest

from kamgraph.analyzers import hidden_chain, key_persons
from kamgraph.examples import Account

pytestmark = pytest.mark.engine_free


def ceo_and_spouse() -> Account:
    """CEO Wang decides; his wife sways him (hidden family link), her classmate sways her."""
    return (Account()
            .person("ceo", "c-level", ("decider",), title="CEO", name="王强", name_en="Wang Qiang")
            .person("cfo", "c-level", ("approver",), title="CFO")
            .person("vp", "vp", title="VP Sales")
            .person("wife", affiliation="family", name="李梅", name_en="Li Mei")
            .person("classmate", affiliation="friend")
            .reports("vp", "ceo").reports("cfo", "ceo")
            .infl("wife", "ceo", 0.8, "family", "hidden")
            .infl("classmate", "wife", 0.5, "alumni", "hidden")
            .staff("am").owns("am", "ceo", "A"))


def test_spouse_of_the_ceo_is_a_key_person_with_reasons() -> None:
    ks = key_persons(ceo_and_spouse().graph())
    by = {k.person: k for k in ks}
    # weighted mean over the CEO (1.0, at 0.8) and the CFO (0.9, at 0.8 * 0.5 via the CEO)
    assert by["wife"].influence == pytest.approx((0.8 * 1.0 + 0.4 * 0.9) / 1.9)
    assert by["wife"].score > by["vp"].score
    assert ("sways 王强 Wang Qiang (CEO, decider) through a hidden family link, strength 0.8"
            in by["wife"].reasons)
    assert [k.person for k in ks][:3] == ["ceo", "wife", "cfo"]
    assert json.loads(json.dumps(by["wife"].to_dict()))["sways"][0]["target"] == "ceo"


def test_top_and_ties_by_id() -> None:
    acc = Account().person("b", "vp").person("a", "vp").person("c", "director")
    ks = key_persons(acc.graph())
    assert [k.person for k in ks] == ["a", "b", "c"]
    assert [k.person for k in key_persons(acc.graph(), top=1)] == ["a"]


def test_roles_follow_the_opportunity_scope() -> None:
    acc = (Account().person("x", "director").person("y", "director").opportunity("o1")
           .opportunity("o2").role("o1", "x", "decider").role("o2", "y", "decider"))
    assert key_persons(acc.graph("o1"), top=1)[0].person == "x"
    assert key_persons(acc.graph("o2"), top=1)[0].person == "y"


def test_hidden_chain_lists_the_spouse_and_her_classmate() -> None:
    chain = {t.person: t for t in hidden_chain(ceo_and_spouse().graph())}
    assert sorted(chain) == ["ceo", "cfo"]
    ceo = chain["ceo"]
    assert [(i.person, round(i.strength, 6), i.hops) for i in ceo.influencers] == [
        ("wife", 0.8, 1), ("classmate", 0.4, 2)]
    assert ceo.reasons[0] == (
        "2 people outside their reporting line sway 王强 Wang Qiang (CEO, decider)")
    wife, classmate = ceo.influencers
    assert wife.outside and wife.hidden and not wife.covered
    assert classmate.path.nodes == ("classmate", "wife", "ceo")
    assert "no staff of ours owns this person" in wife.reasons
    assert ceo.covered
    # the CFO reports to the CEO: the CEO sways them along the line (shown with all=True
    # only), the wife through the CEO (hidden, 0.4); the classmate's 0.2 is cut by default
    cfo = chain["cfo"]
    assert [(i.person, round(i.strength, 6)) for i in cfo.influencers] == [("wife", 0.4)]
    full = {t.person: t for t in hidden_chain(ceo_and_spouse().graph(), all=True)}["cfo"]
    assert [(i.person, round(i.strength, 6)) for i in full.influencers] == [
        ("ceo", 0.5), ("wife", 0.4), ("classmate", 0.2)]
    assert not full.influencers[0].hidden and not full.influencers[0].outside


def test_hidden_chain_respects_hops_strength_and_coverage() -> None:
    acc = ceo_and_spouse().staff("gone", active=False).owns("gone", "wife", "A")
    ceo = hidden_chain(acc.graph(), max_hops=1)[0]
    assert [i.person for i in ceo.influencers] == ["wife"]
    assert not ceo.influencers[0].covered  # the owner has left
    acc.staff("bd").owns("bd", "wife", "B")
    assert hidden_chain(acc.graph(), max_hops=1)[0].influencers[0].covered
    assert [i.person for i in hidden_chain(acc.graph(), min_strength=0.5)[0].influencers] == [
        "wife"]
