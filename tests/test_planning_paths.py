"""Warm paths on small graphs with known answers."""

from __future__ import annotations

import pytest

from kamgraph.errors import NotFound
from kamgraph.examples import graph, knows
from kamgraph.planning import AcquaintanceIndex, warm_paths

pytestmark = pytest.mark.engine_free


def _people(*ids: str, **stances: int) -> list[dict[str, object]]:
    out: list[dict[str, object]] = []
    for i in ids:
        rec: dict[str, object] = {"id": i}
        if i in stances:
            rec["stance"] = stances[i]
        out.append(rec)
    return out


def test_path_avoids_an_opponent() -> None:
    # the strongest chain runs through cfo, an opponent (-2): it must not be used
    G = graph(person=_people("t", "cfo", "fr", cfo=-2),
              staff=[{"id": "s1"}],
              knows=[knows("s1", "cfo", 0.9), knows("cfo", "t", 0.9),
                     knows("s1", "fr", 0.5, "school"), knows("fr", "t", 0.6, "family")])
    res = warm_paths(G, "t")
    assert [p.nodes for p in res.paths] == [("s1", "fr", "t")]
    assert res.paths[0].strength == pytest.approx(0.30)
    assert [h.circle for h in res.paths[0].hops] == ["school", "family"]
    assert res.avoided == ["cfo"]
    # with a laxer threshold the opponent becomes passable and wins
    lax = warm_paths(G, "t", hostile_at=-3)
    assert lax.paths[0].nodes == ("s1", "cfo", "t")


def test_hostile_target_is_still_reachable() -> None:
    G = graph(person=_people("t", t=-3), staff=[{"id": "s1"}], knows=[knows("s1", "t", 0.4)])
    assert [p.nodes for p in warm_paths(G, "t").paths] == [("s1", "t")]


def test_k_distinct_paths_ordered_by_strength() -> None:
    G = graph(person=_people("t", "a", "b", "c"),
              staff=[{"id": "s1"}, {"id": "s2"}],
              knows=[knows("s1", "a", 0.9), knows("a", "t", 0.5),       # 0.45
                     knows("s2", "a", 0.8),                              # same route via a
                     knows("s2", "b", 0.7), knows("b", "t", 0.9),       # 0.63
                     knows("s1", "c", 0.3), knows("c", "t", 0.3),       # 0.09
                     knows("s1", "t", 0.2, "club")])                     # 0.2 direct
    res = warm_paths(G, "t", k=3)
    assert [p.nodes for p in res.paths] == [("s2", "b", "t"), ("s1", "a", "t"), ("s1", "t")]
    assert [round(p.strength, 2) for p in res.paths] == [0.63, 0.45, 0.2]
    assert res.paths[1].also_from == ("s2",)  # s2 starts the same chain, weaker
    assert len({p.intermediaries for p in res.paths}) == 3
    # from s1 only
    only = warm_paths(G, "t", sources=["s1"], k=4)
    assert [p.nodes for p in only.paths] == [("s1", "a", "t"), ("s1", "t"), ("s1", "c", "t")]


def test_colleague_ties_from_org_chart_and_influence_bases() -> None:
    G = graph(person=[{"id": "t", "department": "it"}, {"id": "m", "department": "it"},
                      {"id": "w"}],
              department=[{"id": "it", "name": "IT"}],
              reports_to=[{"person": "t", "manager": "m"}],
              influence=[{"source": "w", "target": "m", "strength": 0.8, "basis": "family"}],
              staff=[{"id": "s1"}], knows=[knows("s1", "w", 0.5)])
    p = warm_paths(G, "t").paths[0]
    assert p.nodes == ("s1", "w", "m", "t")
    assert [h.circle for h in p.hops] == ["friend", "family", "colleague"]
    assert p.strength == pytest.approx(0.5 * 0.8 * 0.5)


def test_no_path_names_nearest_reachable_people() -> None:
    # t is only known by gate (an opponent); our staff reach gate's friend f
    G = graph(person=_people("t", "gate", "f", "far", gate=-2),
              staff=[{"id": "s1"}],
              knows=[knows("gate", "t", 0.9), knows("f", "gate", 0.8), knows("s1", "f", 0.7),
                     knows("far", "f", 0.5)])
    res = warm_paths(G, "t")
    assert not res.found
    assert [n.person for n in res.nearest] == ["f", "far"]
    assert res.nearest[0].hops_from_target == 2 and res.nearest[0].via == "s1"
    assert "no chain" in res.reasons[0] and "f" in res.reasons[1]


def test_hop_cap_and_unknown_people() -> None:
    G = graph(person=_people("t", "a", "b"), staff=[{"id": "s1"}, {"id": "old", "active": False}],
              knows=[knows("s1", "a", 0.9), knows("a", "b", 0.9), knows("b", "t", 0.9),
                     knows("old", "t", 1.0)])
    assert warm_paths(G, "t").paths[0].nodes == ("s1", "a", "b", "t")  # not via the leaver
    assert not warm_paths(G, "t", max_hops=2).found
    with pytest.raises(NotFound):
        warm_paths(G, "nobody")
    with pytest.raises(NotFound):
        warm_paths(G, "t", sources=["ghost"])


def test_index_from_raw_ties() -> None:
    ix = AcquaintanceIndex([("s", "x", 0.5, "club"), ("x", "y", 0.5, "school"),
                            ("y", "t", 1.0, "family"), ("s", "t", 0.1, "other")],
                           sources=["s"], labels={"t": "Target"})
    res = ix.paths("t", 2)
    assert [p.nodes for p in res.paths] == [("s", "x", "y", "t"), ("s", "t")]
    assert res.target_label == "Target"
