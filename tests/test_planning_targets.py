"""PR targets and the planning set on small graphs with known answers."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import networkx as nx
import pytest

from kamgraph.examples import D0, account, knows
from kamgraph.planning import (
    NO_COUNTERWEIGHT,
    knapsack,
    plan,
    planning_set,
    render_planning_set,
    write_planning_set,
)
from kamgraph.projection import graph_from_data

pytestmark = pytest.mark.engine_free

START = dt.date(2026, 1, 5)


def _graph() -> nx.MultiDiGraph:
    d = account(
        person=[{"id": "ceo", "level": "c-level", "roles": ["decider"], "stance": 0},
                {"id": "eng", "level": "staff", "roles": ["user"], "stance": 0},
                {"id": "fan", "level": "manager", "roles": ["influencer"], "stance": 2},
                {"id": "rival", "level": "vp", "roles": ["approver"], "stance": -2}],
        staff=[{"id": "am", "level": "manager", "capacity_hours": 200},
               {"id": "boss", "level": "c-level", "function": "executive", "capacity_hours": 50}],
        knows=[knows("am", "ceo", 0.8), knows("am", "eng", 0.8), knows("am", "fan", 0.9),
               knows("am", "rival", 0.3), knows("boss", "ceo", 0.6)],
        owns=[{"staff": "am", "person": p, "role": "A"} for p in ("ceo", "eng", "fan", "rival")],
        competitor=[{"id": "hx", "name": "Huaxin"}],
    )
    d["stance"].append({"person": "rival", "toward": "hx", "value": 3, "on": D0})
    return graph_from_data(d)


def test_rule_of_thumb_actions_and_moves() -> None:
    G = _graph()
    nx.set_node_attributes(G, {"am": 400.0}, "capacity_hours")  # room for every target
    P = plan(G, cycle_start=START)
    by = {t.person: t for t in P.targets}
    assert set(by) == {"ceo", "eng", "fan", "rival"}
    assert (by["fan"].action, by["fan"].desired) == ("make act", 3)
    assert (by["ceo"].action, by["ceo"].desired) == ("win support", 2)
    assert (by["rival"].action, by["rival"].desired) == ("neutralise", 0)
    assert by["ceo"].move > by["eng"].move > 0  # the decider weighs more
    assert by["ceo"].owner_a == "am" and by["ceo"].owner_b == "boss"
    assert by["ceo"].sponsor is None  # boss is his owner B: a sponsor is someone else
    assert by["ceo"].path is not None and by["ceo"].path.nodes == ("am", "ceo")
    assert by["ceo"].review == START + dt.timedelta(days=7)  # weekly review
    assert by["ceo"].deadline == dt.date(2026, 12, 31)  # no deal: the planning year's end
    assert P.balance_expected == pytest.approx(P.balance_now + sum(t.move for t in P.targets))
    # the approver backs Huaxin and nobody counters him: the plan answers him
    assert [(r.supporter, r.by) for r in P.responses] == [("rival", "rival")]
    assert by["rival"].counters == ("rival",)


def test_capacity_binds_without_capacity_option() -> None:
    # am has 200 h and owns four people (4 x 40 h committed): 40 h spare for this plan
    P = plan(_graph(), cycle_start=START)
    assert P.budget == {"am": 40.0}
    assert sum(t.hours for t in P.targets) <= 40
    assert P.deferred and all(t.deferred_why is not None for t in P.deferred)
    assert all("40 h spare" in str(t.deferred_why) for t in P.deferred)


def test_tiny_capacity_keeps_only_the_most_valuable_target() -> None:
    G = _graph()
    nx.set_node_attributes(G, {"am": 400.0}, "capacity_hours")
    full = {t.person: t for t in plan(G, cycle_start=START).targets}
    # known costs: strong direct ties cost the base hours; the weak tie to rival 1.25x
    assert {p: t.hours for p, t in full.items()} == {"ceo": 32, "eng": 32, "fan": 16,
                                                      "rival": 60}
    assert full["ceo"].value > max(full["eng"].value, full["fan"].value)
    P = plan(G, capacity_hours=32, cycle_start=START)
    assert [t.person for t in P.targets] == ["ceo"]
    assert P.used == {"total": 32}
    assert {t.person for t in P.deferred} == {"eng", "fan", "rival"}
    # the uncountered Huaxin supporter did not fit: the plan says so explicitly
    assert str(P.responses[0].response).startswith(NO_COUNTERWEIGHT)
    assert plan(G, capacity_hours=5, cycle_start=START).targets == []


def test_knapsack_beats_top_of_the_list() -> None:
    # greedy by value would take "a" alone (5); two smaller ones are worth more (6)
    assert knapsack([("a", 10, 5.0), ("b", 5, 3.0), ("c", 5, 3.0)], 10) == ["b", "c"]
    assert knapsack([("a", 10, 5.0)], 9.5) == []


def test_planning_set_formats_escape_and_write(tmp_path: Path) -> None:
    G = _graph()
    nx.set_node_attributes(G, {"am": 400.0}, "capacity_hours")
    G.nodes["ceo"]["label"] = "<script>alert(1)</script> | CEO"
    P = plan(G, cycle_start=START)
    ps = planning_set(G, P)
    assert {r["Name"] for r in ps.tables["taskbook"]} == {
        "<script>alert(1)</script> | CEO", "eng", "fan", "rival"}
    assert len(ps.cards) == 4
    assert all(c.steps[5][0] == "6. Review regularly" for c in ps.cards)
    page = render_planning_set(ps, "html")
    assert "<script>" not in page and "&lt;script&gt;" in page
    assert "http" not in page and "@media print" in page  # printable, no external resources
    md = render_planning_set(ps, "md")
    assert "\\| CEO" in md and "## Target task book (客户关系目标任务书)" in md
    files = write_planning_set(ps, "csv", tmp_path / "csv")
    assert sorted(f.name for f in files) == [
        "assessment.csv", "cards.csv", "deferred.csv", "kpi.csv", "left_alone.csv",
        "prplan.csv", "resources.csv", "responses.csv", "taskbook.csv"]
    assert "rival" in (tmp_path / "csv" / "taskbook.csv").read_text(encoding="utf-8-sig")
    [j] = write_planning_set(ps, "json", tmp_path / "plan.json")
    docs = json.loads(j.read_text(encoding="utf-8"))["documents"]
    assert [d["key"] for d in docs] == ["assessment", "taskbook", "prplan", "cards"]
    [h] = write_planning_set(ps, "html", tmp_path)
    assert h.name == "planning-set.html"
    zh = planning_set(G, P, lang="zh")
    assert [d.title for d in zh.documents] == ["客户关系现状评估表", "客户关系目标任务书",
                                               "客户关系公关计划", "关键客户拓展卡片"]
    text = render_planning_set(zh, "md")
    assert "争取支持" in text and "win support" not in text
    [x] = write_planning_set(zh, "xlsx", tmp_path / "plan.xlsx")
    from openpyxl import load_workbook

    wb = load_workbook(x)
    assert wb.sheetnames == ["摘要", "客户关系现状评估表", "客户关系目标任务书", "客户关系公关计划",
                             "关键客户拓展卡片"]
    cells = {str(c.value) for ws in wb for row in ws.iter_rows() for c in row if c.value}
    assert "rival" in cells and "6. 定期回顾" in cells
