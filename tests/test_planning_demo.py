"""Planning on the demo account, end to end (library and CLI)."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from demo_expectations import (
    ACCOUNT,
    CLASSMATE_OF_CEO,
    DEAL_CLOSE,
    ONLY_VIA_HOSTILE,
    OPPORTUNITY,
    OVERSIGHT,
    PLAN_BIRTHDAY,
    PLAN_CLOSES,
    PLAN_OVERBOOKED_SPONSOR,
    PLAN_SPEC_WRITER,
    PLAN_WORKS_THROUGH,
    PRIVATE_MARKERS,
    TENDER_TIMELINE,
    UNCOUNTERED_SUPPORTERS,
    WARM_PATH_AROUND_HOSTILE,
)
from plan_gap_checks import assert_plan_opens_no_gap

from kamgraph.model import AccountData
from kamgraph.planning import (
    NO_COUNTERWEIGHT,
    plan,
    planning_set,
    render_planning_set,
    warm_paths,
)
from kamgraph.planning.targets import charged_to
from kamgraph.projection import graph_from_data

pytestmark = pytest.mark.engine_free

START = dt.date(2026, 12, 1)


@pytest.fixture(scope="module")
def G(demo_data: AccountData) -> nx.MultiDiGraph:
    return graph_from_data(demo_data, OPPORTUNITY)


def test_warm_path_around_the_hostile(G: nx.MultiDiGraph) -> None:
    w = WARM_PATH_AROUND_HOSTILE
    res = warm_paths(G, w["target"])
    assert list(res.paths[0].nodes) == w["expected"]
    assert all(w["hostile"] not in p.nodes for p in res.paths)
    for t in ONLY_VIA_HOSTILE:
        none = warm_paths(G, t)
        assert not none.found and none.nearest


@pytest.mark.parametrize("capacity", [None, 100.0, 10.0])
def test_plan_names_targets_owners_paths_dates(G: nx.MultiDiGraph, capacity: float | None) -> None:
    P = plan(G, capacity_hours=capacity, cycle_start=START)
    if capacity != 10.0:
        assert P.targets
    close = dt.date.fromisoformat(DEAL_CLOSE)
    for t in P.targets:
        assert (t.owner_a or t.path) and t.action and t.first_steps and t.reasons
        assert START < t.review < t.deadline <= close
        assert t.supervisor  # the owner's direct supervisor reviews it weekly
        assert t.value > 0.005
    for t in P.deferred:
        assert t.deferred_why is not None and t.deadline <= close
    # every uncountered competitor supporter gets a response or an explicit "none"
    assert {(r.supporter, r.competitor) for r in P.responses} == UNCOUNTERED_SUPPORTERS
    for r in P.responses:
        assert r.by in {t.person for t in P.targets} or str(r.response).startswith(
            NO_COUNTERWEIGHT)
    text = render_planning_set(planning_set(G, P), "md")
    assert not any(m in text for m in PRIVATE_MARKERS)
    for r in P.responses:
        assert r.label in text
    for t in P.targets + P.deferred:  # every chosen and deferred target says why
        assert t.reasons[0].text("en") in text
    for t in P.deferred:
        assert t.deferred_why is not None and t.deferred_why.text("en") in text


def test_the_demo_plan_behaves_as_a_director_would(G: nx.MultiDiGraph) -> None:
    P = plan(G, cycle_start=START)
    by = {t.person: t for t in P.targets}
    every = {t.person for t in P.targets + P.deferred}
    assert P.goal.type == "competition" and P.goal.source == "opportunity"
    assert dict((k, d.isoformat()) for k, d in P.timeline.milestones) == TENDER_TIMELINE
    assert not OVERSIGHT & every and OVERSIGHT <= dict(P.left_alone).keys()
    assert all(t.sponsor not in OVERSIGHT for t in P.targets)
    for decider, through in PLAN_WORKS_THROUGH.items():
        assert decider not in every and through <= set(by)
        assert all(decider in by[p].sways for p in through)
    who, due = PLAN_SPEC_WRITER
    assert by[who].spec_writer and by[who].deadline.isoformat() == due
    staff, words = PLAN_OVERBOOKED_SPONSOR
    assert any(words in n.text("en") for t in P.targets if t.sponsor == staff
               for n in t.sponsor_notes)
    assert P.deferred  # capacity binds without --capacity
    # no fill-in creates A = B, duplicates a role holder, overloads an owner or takes in a
    # person it cannot cover (issue 13 point 6): the coverage check on the plan's proposed
    # assignments finds only gaps it found before, none worse, and fewer of them
    before, after = assert_plan_opens_no_gap(G, P)
    closed = before - after
    # the classmate of the CEO is worked through the one tie we have, not taken into A/B
    # coverage (an owner would make him a key person with no backup and no channel)
    t = by[CLASSMATE_OF_CEO]
    assert t.owner_a is None and charged_to(t) == "s-liu-yang"
    assert t.owner_notes[0].key.startswith("not a key person of the coverage check")
    # each new backup who does not know the person yet is introduced by owner A, and the
    # plan says that the account lists them until the acquaintance is recorded
    for t in P.targets:
        if t.introduced_by:
            assert t.introduced_by == t.owner_a
            assert any("until their acquaintance is recorded" in n.text("en")
                       for n in t.owner_notes)
    assert PLAN_CLOSES <= closed, closed


def test_birthdays_only_with_private_details(demo_data: AccountData) -> None:
    who, day = PLAN_BIRTHDAY
    for private in (False, True):
        G = graph_from_data(demo_data, OPPORTUNITY, include_private=private)
        P = plan(G, cycle_start=START)
        t = {x.person: x for x in P.targets}[who]
        days = {o.on.isoformat() for o in t.occasions if o.kind == "birthday" and o.on}
        assert days == ({day} if private else set())
        text = render_planning_set(planning_set(G, P, lang="zh"), "md")
        assert ("生日" in text) is private


def _cli_json(demo_cli: Any, *args: str) -> Any:
    return json.loads(demo_cli(*args).output)


def test_cli_paths_sponsors_plan(demo_cli: Any, tmp_path: Path) -> None:
    w = WARM_PATH_AROUND_HOSTILE
    out = _cli_json(demo_cli, "paths", ACCOUNT, w["target"], "--json")
    assert out["paths"][0]["nodes"] == w["expected"]
    text = demo_cli("paths", ACCOUNT, w["target"], "-k", "1").output
    assert "0.43" in text and "not routed through hostile" in text
    one = _cli_json(demo_cli, "paths", ACCOUNT, w["target"], "--from", "s-chen-ming", "--json")
    assert all(p["nodes"][0] == "s-chen-ming" for p in one["paths"])
    sp = _cli_json(demo_cli, "sponsors", ACCOUNT, "p-wang-qiang", "--json")
    assert sp[0]["person"] == "p-wang-qiang" and sp[0]["candidates"]
    md = demo_cli("plan", ACCOUNT, "--opportunity", OPPORTUNITY, "--start", "2026-12-01").output
    assert "## PR plan (客户关系公关计划)" in md and "2027-01-15 (specification frozen)" in md
    zh = demo_cli("plan", ACCOUNT, "--opportunity", OPPORTUNITY, "--start", "2026-12-01",
                  "--lang", "zh").output
    assert "## 客户关系目标任务书" in zh and "生日" not in zh
    private = demo_cli("plan", ACCOUNT, "--opportunity", OPPORTUNITY, "--start", "2026-12-01",
                       "--lang", "zh", "--include-private").output
    assert "生日" in private
    demo_cli("plan", ACCOUNT, "--format", "csv", "--out", str(tmp_path / "set"))
    assert (tmp_path / "set" / "prplan.csv").exists()
    out = demo_cli("plan", ACCOUNT, "--opportunity", OPPORTUNITY, "--format", "xlsx",
                   "--lang", "zh", "--out", str(tmp_path / "plan.xlsx")).output
    assert "plan.xlsx" in out and (tmp_path / "plan.xlsx").stat().st_size > 5000
    bad_xlsx = demo_cli("plan", ACCOUNT, "--format", "xlsx", ok=False)
    assert bad_xlsx.exit_code != 0 and "--out" in bad_xlsx.output
    bad = demo_cli("paths", ACCOUNT, "p-nobody", ok=False)
    assert bad.exit_code != 0 and "Error:" in bad.output


def test_cards_show_the_closeness_trend(demo_data: AccountData) -> None:
    """Every target we have met carries its closeness by month: a line of text in every
    format, and in the printable html a small inline SVG (well-formed, one point a month)."""
    import xml.etree.ElementTree as ET

    met = {i["person"] for i in demo_data["interaction"]}
    assert "p-zhao-guodong" in met
    G = graph_from_data(demo_data, OPPORTUNITY)
    P = plan(G, cycle_start=START)
    pset = planning_set(G, P, lang="zh")
    cards = {c.title: c for c in pset.documents[-1].cards}
    for t in P.targets:
        card = cards[next(k for k in cards if k.startswith(t.label.split()[0]))]
        assert (len(card.closeness) == 12) is (t.person in met), t.person
    text = render_planning_set(pset, "md")
    assert "逐月关系紧密度" in text and "尚无交往记录" not in text.split("赵国栋")[1][:400]
    html = render_planning_set(pset, "html")
    sparks = html.split('<div class="spark">')[1:]
    assert len(sparks) == sum(1 for t in P.targets if t.person in met)
    svg = ET.fromstring(sparks[0][:sparks[0].index("</svg>") + 6])
    assert len(svg.find("{http://www.w3.org/2000/svg}polyline").get("points").split()) == 12
    assert "<script" not in html
