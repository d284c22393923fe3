"""The competition view: competitor supporters facing ours who answer them, and its layout."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from kamgraph.examples import huaxin_bank_graph
from kamgraph.render import build_view
from kamgraph.render.palette import GAP_COLOR
from kamgraph.render.view_competition import ROW_GAP, Row, layout, rows_from, spread

pytestmark = pytest.mark.engine_free

DAY = dt.date(2026, 7, 1)


@pytest.fixture(scope="module")
def demo() -> tuple[Any, Any]:
    from kamgraph.demo import load_demo
    from kamgraph.projection import graph_from_data
    from kamgraph.render.inputs import analyzer_inputs

    G = graph_from_data(load_demo())
    return G, analyzer_inputs(G, paths=False)


def test_spread_keeps_order_and_gap_nearest_to_the_targets() -> None:
    assert spread({}, 10.0) == {}
    assert spread({"a": 5.0}, 10.0) == {"a": 5.0}
    # apart already: untouched
    assert spread({"a": 0.0, "b": 100.0}, 10.0) == {"a": 0.0, "b": 100.0}
    # three on one spot: centred on it
    assert spread({"a": 50.0, "b": 50.0, "c": 50.0}, 10.0) == {"a": 40.0, "b": 50.0, "c": 60.0}
    got = spread({"x": 0.0, "y": 5.0, "z": 8.0, "w": 300.0}, 20.0)
    ys = sorted(got.values())
    assert all(b - a >= 20.0 - 1e-9 for a, b in zip(ys, ys[1:], strict=False))
    assert [k for k, _ in sorted(got.items(), key=lambda t: t[1])] == ["x", "y", "z", "w"]
    assert got["w"] == 300.0 and got["x"] + got["y"] + got["z"] == pytest.approx(13.0, abs=0.2)


def test_layout_bands_rows_and_ours_beside_the_rows_they_answer() -> None:
    rows = [Row("s1", "c1", "countered", (("o1", "countered"),)),
            Row("s2", "c1", "uncountered", (("o2", "candidate"), ("o3", "candidate"))),
            Row("s3", "c2", "countered", (("o1", "countered"), ("s1", "countered")))]
    at = layout(rows)
    y1, y2, y3 = (at.rows[("s1", "c1")], at.rows[("s2", "c1")], at.rows[("s3", "c2")])
    assert at.bands["c1"] < y1 < y2 < at.bands["c2"] < y3
    # a row is as tall as the people of ours it lists
    assert y2 - y1 == pytest.approx(ROW_GAP / 2 + ROW_GAP)
    # o1 answers rows 1 and 3: drawn once, between them; s1 is a supporter: not on the right
    assert set(at.ours) == {"o1", "o2", "o3"}
    assert y1 < at.ours["o1"] < y3
    ys = sorted(at.ours.values())
    assert all(b - a >= ROW_GAP - 1e-6 for a, b in zip(ys, ys[1:], strict=False))


def test_rows_from_verdicts() -> None:
    from kamgraph.analyzers import counterpoints

    rows = rows_from([c.to_dict() for c in counterpoints(huaxin_bank_graph()).items])
    # cto backs Rival; the ceo presses but weighs less, the CEO's wife is a candidate
    assert rows == [Row("cto", "rival", "partly", (("ceo", "partly"), ("wife", "candidate")))]


def test_demo_competition_view(demo: tuple[Any, Any]) -> None:
    G, inputs = demo
    spec = build_view(G, "competition", inputs=inputs, date=DAY)
    n = {x["id"]: x for x in spec.nodes}
    items = {(c["competitor"], c["supporter"]): c for c in inputs.counterpoints}
    badges = {k: v for k, v in n.items() if k.startswith("verdict:")}
    assert {tuple(k.split(":")[1:]) for k in badges} == set(items)
    for (comp, sup), c in items.items():
        b = badges[f"verdict:{comp}:{sup}"]
        assert b["person"] == sup and b["x"] > n[sup]["x"]
        unanswered = not c["countered_by"] and not c["partly_by"]
        assert b["gap"] is unanswered
        assert (n[sup]["color"]["border"] == GAP_COLOR) is unanswered
        assert (b["color"]["background"] == GAP_COLOR) is unanswered
        ours = {e["from"]: e["kind"] for e in spec.edges if e["to"] == b["id"]}
        want = ({w["person"]: "countered" for w in c["countered_by"]} if c["countered_by"] else
                {**{w["person"]: "candidate" for w in c["candidates"][:3]},
                 **{w["person"]: "partly" for w in c["partly_by"]}})
        assert ours == {sup: "supports", **want}
    # the demo: Wang Qiang backs Huaxin and no one of ours answers him
    assert n["verdict:c-hx:p-wang-qiang"]["label"] == "unanswered"
    assert n["p-wang-qiang"]["gap"] is True
    # Yang Bo answers four supporters across both competitors: drawn once, on the right
    assert sum(1 for x in spec.nodes if x["id"] == "p-yang-bo") == 1
    assert n["p-yang-bo"]["x"] > n["verdict:c-hx:p-wang-qiang"]["x"]
    assert "Deng Hui" in n["p-yang-bo"]["title"] and "Zheng Kai" in n["p-yang-bo"]["title"]
    # people on one column never share a spot
    for x in {v["x"] for v in n.values() if v["kind"] == "person"}:
        ys = sorted(v["y"] for v in n.values() if v["kind"] == "person" and v["x"] == x)
        assert all(b - a >= ROW_GAP - 0.2 for a, b in zip(ys, ys[1:], strict=False))
    assert spec.title.startswith("Competition · ") and "View: Competition" in spec.footer
    assert {i["label"] for i in spec.legend} >= {"unanswered", "candidate to win over"}
    # the panel of each person drawn is there (click opens it)
    assert {k for k, v in n.items() if v["kind"] == "person"} <= set(spec.panels)


def test_competition_view_in_chinese_and_without_analyzer_inputs(
        demo: tuple[Any, Any]) -> None:
    G, inputs = demo
    zh = build_view(G, "competition", lang="zh", date=DAY)
    n = {x["id"]: x for x in zh.nodes}
    assert n["verdict:c-hx:p-wang-qiang"]["label"] == "无人制衡"
    assert zh.title.startswith("竞争态势") and "视图：竞争态势" in zh.footer
    # without inputs the view runs the counterpoint analyzer itself: the same drawing
    en = build_view(G, "competition", inputs=inputs, date=DAY)
    alone = build_view(G, "competition", date=DAY)
    assert [(x["id"], x.get("x"), x.get("y")) for x in alone.nodes] == \
        [(x["id"], x.get("x"), x.get("y")) for x in en.nodes]


def test_no_competitor_supporters_says_so() -> None:
    from kamgraph.examples import Account

    G = Account().person("p1").competitor("rival").graph()
    spec = build_view(G, "competition", date=DAY)
    assert [x["label"] for x in spec.nodes] == ["no supporter of a competitor in scope"]
