"""Sponsor matching on small graphs with known answers."""

from __future__ import annotations

import pytest

from kamgraph.errors import NotFound
from kamgraph.examples import graph, knows
from kamgraph.planning import match_sponsors

pytestmark = pytest.mark.engine_free

STAFF = [
    {"id": "ceo_us", "level": "c-level", "function": "general management", "capacity_hours": 100},
    {"id": "vp_us", "level": "vp", "function": "general management", "capacity_hours": 100},
    {"id": "dir_us", "level": "director", "function": "technology", "capacity_hours": 100},
    {"id": "am", "level": "manager", "function": "sales", "capacity_hours": 200},
]


def test_level_parity_decides() -> None:
    # same function, same (no) history, same capacity: the equal-level executive wins
    G = graph(person=[{"id": "ceo", "level": "c-level", "title": "CEO"},
                      {"id": "vp", "level": "vp", "title": "VP Strategy"}],
              staff=STAFF[:2])
    by = {m.person: m for m in match_sponsors(G)}
    assert by["ceo"].best is not None and by["ceo"].best.staff == "ceo_us"
    assert by["vp"].best is not None and by["vp"].best.staff == "vp_us"
    assert "equal in level" in by["ceo"].best.reasons
    assert [m.person for m in match_sponsors(G)] == ["ceo", "vp"]  # most senior first


def test_fit_history_and_capacity_count() -> None:
    G = graph(person=[{"id": "cto", "level": "director", "title": "CTO"}],
              staff=STAFF,
              knows=[knows("vp_us", "cto", 0.9, "school")],
              owns=[{"staff": "vp_us", "person": "cto", "role": "A"}])
    m = match_sponsors(G, "cto", top=4)[0]
    c = {x.staff: x for x in m.candidates}
    assert set(c) == {"ceo_us", "vp_us", "dir_us"}  # the manager is no executive
    assert c["dir_us"].fit == 1.0 and c["ceo_us"].fit == 0.5
    assert c["vp_us"].history == pytest.approx(0.9)
    assert c["vp_us"].spare_hours == 60  # 100 h less 40 h as owner A
    assert m.candidates[0].staff == "dir_us"  # equal level + technology fit
    assert any("knows them" in r for r in c["vp_us"].reasons)


def test_unknown_person() -> None:
    G = graph(person=[{"id": "x"}], staff=STAFF)
    with pytest.raises(NotFound):
        match_sponsors(G, "ghost")
