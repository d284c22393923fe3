"""The shared influence machinery: best paths, the influence net, power."""

from __future__ import annotations

import math

import pytest

from kamgraph.analyzers import InfluenceNet, best_paths, decision_makers, power
from kamgraph.analyzers.hidden_chain import hidden_chain
from kamgraph.analyzers.influence import power_parts
from kamgraph.analyzers.words import describe_path
from kamgraph.errors import NotFound
from kamgraph.examples import Account

pytestmark = pytest.mark.engine_free


def paths_to(acc: Account, t: str, **kw: float) -> dict[str, tuple[tuple[str, ...], float]]:
    net = InfluenceNet.from_graph(acc.graph())
    return {p: (x.nodes, round(x.strength, 6)) for p, x in
            best_paths(net, [t], reverse=True, **kw).items()}  # type: ignore[arg-type]


def test_two_strong_hops_beat_a_weak_direct_link() -> None:
    acc = Account().person("a").person("b").person("t")
    acc.infl("a", "t", 0.5).infl("a", "b", 0.9).infl("b", "t", 0.9)
    assert paths_to(acc, "t")["a"] == (("a", "b", "t"), 0.81)
    assert paths_to(acc, "t", max_hops=1)["a"] == (("a", "t"), 0.5)


def test_strength_decays_and_weak_paths_are_dropped() -> None:
    acc = Account().person("a").person("b").person("c").person("t")
    acc.infl("a", "b", 0.8).infl("b", "c", 0.8).infl("c", "t", 0.8)
    assert paths_to(acc, "t") == {"c": (("c", "t"), 0.8), "b": (("b", "c", "t"), 0.64),
                                  "a": (("a", "b", "c", "t"), 0.512)}
    assert set(paths_to(acc, "t", min_strength=0.6)) == {"b", "c"}
    assert set(paths_to(acc, "t", max_hops=2)) == {"b", "c"}


def test_manager_sways_report_and_bases_combine_by_noisy_or() -> None:
    acc = Account().person("ceo").person("vp").person("dir")
    acc.reports("vp", "ceo").reports("dir", "vp")
    acc.infl("vp", "dir", 0.9, basis="advisor").infl("ceo", "vp", 0.2, basis="peer")
    net = InfluenceNet.from_graph(acc.graph())
    h = net.out["ceo"]["vp"]  # the line (0.5) and a peer basis (0.2): 1 - 0.5 * 0.8
    assert (round(h.strength, 6), h.basis, h.all_bases) == (0.6, "superior", ("superior", "peer"))
    assert net.out["vp"]["dir"].all_bases == ("advisor", "superior")
    assert "dir" not in net.out  # reports do not sway their managers


def test_a_recorded_superior_influence_replaces_the_line() -> None:
    acc = Account().person("ceo").person("vp").reports("vp", "ceo")
    acc.infl("ceo", "vp", 0.8, "superior")
    assert InfluenceNet.from_graph(acc.graph()).out["ceo"]["vp"].strength == 0.8


def test_multiplex_ties_import_and_every_basis_stays_visible() -> None:
    acc = (Account().person("ceo", "c-level", ("decider",)).person("adv")
           .infl("adv", "ceo", 0.5, "advisor").infl("adv", "ceo", 0.4, "friend", "hidden"))
    G = acc.graph()
    [t] = hidden_chain(G)
    [link] = t.influencers
    assert link.strength == pytest.approx(0.7)
    assert [b["basis"] for b in link.to_dict()["links"][0]["bases"]] == ["advisor", "friend"]
    assert any("advisor + friend" in r for r in link.reasons)


def test_equal_paths_are_broken_by_id() -> None:
    acc = Account().person("a").person("c").person("b").person("t")
    acc.infl("a", "c", 0.5).infl("c", "t", 0.5).infl("a", "b", 0.5).infl("b", "t", 0.5)
    assert paths_to(acc, "t")["a"] == (("a", "b", "t"), 0.25)


def test_power_formula() -> None:
    acc = (Account().person("ceo", "c-level", ("decider",)).person("cfo", "c-level", ("approver",))
           .person("sec", "staff", ("gatekeeper",)).person("wife", affiliation="family")
           .person("x").infl("wife", "ceo", 0.8, "family", "hidden")
           .infl("x", "ceo", 0.5).infl("x", "cfo", 0.5))
    parts = power_parts(acc.graph())
    scores = {p: x.total for p, x in parts.items()}
    assert parts["ceo"].formal == pytest.approx(0.5 * 5 / 6 + 0.5)
    assert parts["sec"].veto == 0.5 and parts["sec"].formal == pytest.approx(0.5 / 6 + 0.25)
    # reach is the weighted mean over the decision makers (weights 1.0 and 0.9)
    assert parts["wife"].influence == pytest.approx(0.8 * 1.0 / 1.9)
    assert parts["x"].influence == pytest.approx((0.5 * 1.0 + 0.5 * 0.9) / 1.9)
    assert parts["x"].breadth == pytest.approx(1 - math.exp(-1.0 / 3))
    assert scores["x"] > scores["wife"]  # two deciders swayed, not one
    assert len({round(v, 9) for v in scores.values()}) == len(scores)  # no saturation ties
    assert power(acc.graph(), "wife") == pytest.approx(scores["wife"])
    with pytest.raises(NotFound):
        power(acc.graph(), "nobody")


def test_without_deciders_the_most_senior_insiders_stand_in() -> None:
    acc = (Account().person("chair", "board", affiliation="board").person("ceo", "c-level")
           .person("cto", "c-level").person("vp", "vp").infl("vp", "ceo", 0.6))
    G = acc.graph()
    assert decision_makers(G) == (["ceo", "cto"], True)
    assert power_parts(G)["vp"].influence == pytest.approx(0.6 / 2)  # mean over ceo and cto


def test_path_in_words() -> None:
    acc = (Account().person("ceo").person("wife", name="美", name_en="Mei").person("friend")
           .infl("friend", "wife", 0.6, "friend").infl("wife", "ceo", 0.8, "family", "hidden"))
    G = acc.graph()
    p = best_paths(InfluenceNet.from_graph(G), ["ceo"], reverse=True)
    assert describe_path(G, p["wife"]) == "through a hidden family link"
    assert describe_path(G, p["friend"]) == (
        "via 美 Mei (friend link 0.6, then hidden family link 0.8)")
