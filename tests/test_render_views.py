"""The data each map view hands to vis-network: nodes, edges, colours, groups, words."""

from __future__ import annotations

import datetime as dt

import pytest

from kamgraph.errors import AnalysisError, NotFound
from kamgraph.examples import XSS_NAME, XSS_NOTE
from kamgraph.examples import huaxin_bank_graph as graph
from kamgraph.render import build_view
from kamgraph.render.palette import COMPETITOR_COLORS, GAP_COLOR, STANCE_COLORS, UNKNOWN_STANCE

pytestmark = pytest.mark.engine_free

DAY = dt.date(2026, 7, 1)


def by_id(spec: object) -> dict[str, dict]:
    return {n["id"]: n for n in spec.nodes}  # type: ignore[attr-defined]


def test_influence_colours_competitor_borders_and_sizes() -> None:
    spec = build_view(graph(), "influence", scores={"ceo": 2.0, "cto": 1.0}, date=DAY)
    n = by_id(spec)
    people = {k for k, v in n.items() if v["kind"] == "person"}
    assert people == {"ceo", "cto", "eng", "buy", "gate", "wife", "friend"}
    assert n["ceo"]["color"]["background"] == STANCE_COLORS[2] == "#5aae61"
    assert n["cto"]["color"]["background"] == STANCE_COLORS[-2]
    assert n["eng"]["color"]["background"] == UNKNOWN_STANCE
    # cto backs Rival (+3): ringed in Rival's colour; the "other" competitor is not in
    # the opportunity's scope, so buy's +2 toward it is not marked
    assert n["cto"]["supports"] == "rival" and n["cto"]["borderWidth"] == 5
    assert n["cto"]["color"]["border"] == COMPETITOR_COLORS[0]
    assert "supports" not in n["buy"]
    assert n["ceo"]["size"] == 40.0 and n["cto"]["size"] == 26.0 and n["eng"]["size"] == 12.0
    assert all(isinstance(v.get("x"), float) and isinstance(v.get("y"), float)
               for v in n.values())
    assert spec.options["physics"]["enabled"] is False


def test_influence_edges_groups_and_departments() -> None:
    spec = build_view(graph(), "influence", date=DAY)
    kinds = {(e["from"], e["to"]): e for e in spec.edges}
    assert kinds[("wife", "ceo")]["kind"] == "hidden" and kinds[("wife", "ceo")]["dashes"]
    assert kinds[("cto", "ceo")]["kind"] in ("formal", "reports")
    formal = [e for e in spec.edges if e["kind"] == "formal"]
    assert {(e["from"], e["to"]) for e in formal} == {("cto", "ceo"), ("eng", "cto")}
    assert all(e["dashes"] is False for e in formal)
    reports = [e for e in spec.edges if e["kind"] == "reports"]
    assert {(e["from"], e["to"]) for e in reports} == {("cto", "ceo"), ("eng", "cto")}
    assert {e["color"]["color"] for e in reports}.isdisjoint({e["color"]["color"] for e in formal})
    assert len({e["id"] for e in spec.edges}) == len(spec.edges)
    assert spec.groups == [{"id": "it", "label": "信息科技部 IT", "count": 3},
                           {"id": "proc", "label": "采购部 Procurement", "count": 2}]
    n = by_id(spec)
    assert n["ceo"]["grp"] == "it" and n["wife"]["grp"] == "" and n["ceo"]["dept"] == "it"
    assert n["it"]["kind"] == "heading" and n["it"]["label"] == "信息科技部 IT"


def test_tooltips_hold_role_stance_trend_owners_reasons() -> None:
    spec = build_view(graph(), "influence", reasons={"ceo": ["decider in core"]},
                      gaps={"ceo": ["no second channel"]}, date=DAY)
    t = by_id(spec)["ceo"]["title"]
    assert t.splitlines()[0] == "王强 Wang Qiang"
    assert "Roles: decider" in t
    assert "Stance toward us: +2 supporter (trend ↑+1) · 2026-06-01" in t
    assert "Owners: A Sam, B Tina" in t and "Sponsor: Sam" in t
    assert "Why: decider in core" in t and "Coverage gaps: no second channel" in t
    assert "Stance toward Rival Corp: +3 exclusive supporter" in by_id(spec)["cto"]["title"]


def test_private_fields_only_when_asked_and_present() -> None:
    shared = build_view(graph(include_private=True), "influence", date=DAY)
    assert not any(XSS_NOTE in n.get("title", "") or "golf" in n.get("title", "")
                   for n in shared.nodes)
    assert "private details left out" in shared.footer and shared.meta["private"] is False
    private = build_view(graph(include_private=True), "influence", include_private=True,
                         date=DAY)
    cto = by_id(private)["cto"]["title"]
    assert f"Private · Notes: {XSS_NOTE}" in cto and "Private · Hobbies: golf" in cto
    assert "CONFIDENTIAL" in private.footer and private.meta["private"] is True
    # asking for private fields on a graph projected without them claims nothing
    assert build_view(graph(), "influence", include_private=True, date=DAY).meta["private"] \
        is False


def test_footer_and_language() -> None:
    en = build_view(graph(), "influence", date=DAY)
    assert en.footer == ("Account: 华信银行 Huaxin Bank · View: Influence map · "
                         "Opportunity: Core banking · Date: 2026-07-01 · "
                         "Shareable: private details left out")
    zh = build_view(graph(None), "influence", lang="zh", date=DAY)
    assert zh.footer.startswith("客户：华信银行 Huaxin Bank · 视图：影响力地图 · 商机：全部商机")
    assert zh.ui["search"] == "搜索人员…" and zh.legend[0]["label"] == "对我方态度"
    assert by_id(zh)["ceo"]["label"] == "王强\nWang Qiang"
    assert by_id(en)["ceo"]["label"] == "Wang Qiang\n王强"
    assert "+2 支持" in [i["label"] for i in zh.legend]


def test_decision_flow_gatekeeper_and_hidden_chain() -> None:
    spec = build_view(graph(), "decision", lang="zh", date=DAY)
    n = by_id(spec)
    # initiator -> influencers and users -> gatekeeper -> buyer -> decider, left to right
    assert {p: n[p]["column"] for p in ("eng", "cto", "gate", "buy", "ceo")} == \
        {"eng": 1, "cto": 1, "gate": 2, "buy": 3, "ceo": 4}
    xs = [n[p]["x"] for p in ("cto", "gate", "buy", "ceo")]
    assert xs == sorted(xs) and len(set(xs)) == 4 and n["eng"]["x"] == n["cto"]["x"]
    assert n["eng"]["y"] != n["cto"]["y"]
    assert n["col:4"]["label"] == "决定者与批准者" and n["col:1"]["label"] == "影响者与使用者"
    assert n["gate"]["shape"] == "diamond" and n["gate"]["gatekeeper"] is True
    assert n["ceo"]["label"].endswith("[决定者]")
    assert (n["wife"]["hop"], n["friend"]["hop"]) == (1, 2)
    assert (n["wife"]["sways"], n["friend"]["sways"]) == ("ceo", "wife")
    assert n["friend"]["y"] < n["wife"]["y"] < n["ceo"]["y"]  # behind the decider, above
    assert n["wife"]["x"] == n["ceo"]["x"]  # over the one she sways
    assert n["col:hidden"]["label"] == "隐性决策链"
    hidden = {(e["from"], e["to"]) for e in spec.edges if e["kind"] == "hidden"}
    assert hidden == {("wife", "ceo"), ("friend", "wife")}
    assert spec.meta["legible"] is True


def test_circles_rings_and_tie_labels() -> None:
    spec = build_view(graph(), "circles", center="ceo", date=DAY)
    n = by_id(spec)
    assert n["ceo"]["ring"] == 0 and (n["ceo"]["x"], n["ceo"]["y"]) == (0.0, 0.0)
    assert {k for k, v in n.items() if v.get("ring") == 1} == {"s1", "wife", "cto"}
    assert {k for k, v in n.items() if v.get("ring") == 2} == {"friend", "eng"}
    assert n["s1"]["kind"] == "staff" and n["s1"]["shape"] == "box"
    ties = {frozenset((e["from"], e["to"])): e["circle"] for e in spec.edges}
    assert ties[frozenset(("ceo", "wife"))] == "family"
    assert ties[frozenset(("ceo", "s1"))] == "school"
    assert ties[frozenset(("ceo", "cto"))] == "peer"  # influence basis beats reports-to
    assert ties[frozenset(("wife", "friend"))] == "friend"
    zh = build_view(graph(), "circles", center="ceo", lang="zh", date=DAY)
    assert {e["label"] for e in zh.edges} >= {"家人", "同学"}
    r1 = [(v["x"] ** 2 + v["y"] ** 2) ** 0.5 for v in n.values() if v.get("ring") == 1]
    r2 = [(v["x"] ** 2 + v["y"] ** 2) ** 0.5 for v in n.values() if v.get("ring") == 2]
    assert max(r1) < min(r2)


def test_circles_needs_a_known_center() -> None:
    with pytest.raises(AnalysisError, match="--center"):
        build_view(graph(), "circles")
    with pytest.raises(NotFound, match="nobody"):
        build_view(graph(), "circles", center="nobody")
    with pytest.raises(NotFound):
        build_view(graph(), "circles", center="it")  # a department is not a person


def test_coverage_matrix_cells_and_gaps() -> None:
    spec = build_view(graph(), "coverage", scores={"ceo": 1.0, "cto": 0.5}, date=DAY)
    n = by_id(spec)
    assert spec.meta["matrix"] is True and spec.edges == []
    assert n["s1"]["kind"] == "staff" and n["s2"]["active"] is False
    assert n["cell:ceo:s1"]["label"] == "A S"  # owner A and sponsor
    assert n["cell:ceo:s2"]["label"] == "B"
    assert n["cell:cto:s1"]["label"] == "A B"
    # rows by power within a department, departments as headings, staff as columns
    rows = [v for v in spec.nodes if v.get("row")]
    assert {r["id"] for r in rows} >= {"ceo", "cto", "gate", "buy"}
    assert n["ceo"]["y"] < n["cto"]["y"] and n["grp:it"]["y"] < n["ceo"]["y"]
    assert n["cell:ceo:s1"]["y"] == n["ceo"]["y"] and n["cell:cto:s1"]["x"] == n["s1"]["x"]
    # without analyzer gaps the view finds the plain A/B gaps itself, by staff member
    assert n["cell:cto:s1"]["gap"] is True and "owner A is also owner B" in \
        n["cell:cto:s1"]["title"]
    assert n["cell:ceo:s2"]["gap"] is True and "an owner has left" in n["cell:ceo:s2"]["title"]
    assert n["cell:ceo:s2"]["color"]["background"] == GAP_COLOR
    assert n["cell:gate:"]["gap"] is True and "no owner A" in n["cell:gate:"]["title"]
    assert n["ceo"]["color"]["border"] == GAP_COLOR
    assert not n["cell:ceo:"].get("gap")
    given = build_view(graph(), "coverage", gaps={"buy": ["no owner A: name one"]}, date=DAY)
    g = by_id(given)
    assert g["buy"].get("gap") is True and not g["ceo"].get("gap")
    assert "no owner A: name one" in g["cell:buy:"]["title"]


def test_panel_holds_reasons_owners_history_and_no_private_unless_asked() -> None:
    from kamgraph.render.inputs import MapInputs

    inputs = MapInputs(scores={"ceo": 1.0}, reasons={"ceo": ["decider in core"]},
                       gaps={"ceo": ["no second channel (high): find one"]},
                       key=["ceo", "cto"], verdicts={"cto": [("uncountered", "Rival: CTO")]},
                       paths={"ceo": ["s1", "ceo"]}, path_words={"ceo": "Sam → Wang Qiang"})
    spec = build_view(graph(include_private=True), "influence", inputs=inputs, date=DAY)
    p = spec.panels["ceo"]
    assert p["name"] == "王强 Wang Qiang" and "CEO" in p["sub"]
    sec = dict((h, lines) for h, lines in p["sections"])
    assert sec["Roles"] == ["decider"] and sec["Why a key person"] == ["decider in core"]
    assert sec["Owners"] == ["Owner A: Sam", "Owner B: Tina"] and sec["Sponsor"] == ["Sam"]
    assert any("2026-06-01" in x and "<i>spoke</i> for us" in x for x in sec["Stance history"])
    assert sec["Coverage gaps"] == ["no second channel (high): find one"]
    assert p["path"] == ["s1", "ceo"] and spec.panels["s1"]["name"] == "Sam"
    assert dict(spec.panels["cto"]["sections"])["Competitor counterpoint"] == \
        ["not countered · Rival: CTO"]
    assert "Private details" not in dict(spec.panels["cto"]["sections"])
    private = build_view(graph(include_private=True), "influence", inputs=inputs,
                         include_private=True, date=DAY)
    assert f"Notes: {XSS_NOTE}" in dict(private.panels["cto"]["sections"])["Private details"]
    assert by_id(spec)["ceo"]["key"] is True and by_id(spec)["eng"]["key"] is False
    assert by_id(spec)["ceo"]["font"]["size"] > by_id(spec)["eng"]["font"]["size"]
    assert spec.filters["competitors"] == [["rival", "Rival Corp"]]
    assert [d for d, _ in spec.filters["departments"]] == ["it", "proc"]


def test_big_accounts_open_folded_by_department() -> None:
    from kamgraph.projection import graph_from_data
    from kamgraph.synth import generate

    [d] = generate(1, 520, seed=3)
    spec = build_view(graph_from_data(d), "influence", date=DAY)
    folds = [v for v in spec.nodes if v["kind"] == "dept"]
    persons = [v for v in spec.nodes if v["kind"] == "person"]
    assert spec.meta["collapse"] is True and len(folds) >= 5
    assert sum(f["count"] for f in folds) == len(persons) == 520
    assert all(f["image"].startswith("data:image/svg+xml;base64,") for f in folds)
    assert all(sum(int(c) for _, c in f["pie"]) == f["count"] for f in folds)
    assert {p["dept"] for p in persons} == {f["dept"] for f in folds}
    small = build_view(graph(), "influence", date=DAY)
    assert "collapse" not in small.meta


def test_data_text_stays_text_and_output_is_deterministic() -> None:
    a = build_view(graph(), "influence", date=DAY)
    assert by_id(a)["eng"]["label"] == XSS_NAME
    assert by_id(a)["eng"]["title"].startswith(XSS_NAME)
    assert a == build_view(graph(), "influence", date=DAY)
    other = build_view(graph(), "influence", seed=99, date=DAY)
    assert [n.get("x") for n in other.nodes] != [n.get("x") for n in a.nodes]


def test_unknown_view_is_an_error() -> None:
    with pytest.raises(AnalysisError, match="unknown view"):
        build_view(graph(), "sunburst")  # type: ignore[arg-type]


def test_every_page_word_exists_in_english_and_chinese() -> None:
    import re
    from importlib import resources

    from kamgraph.render.words import WORDS, tr, words_for

    assert all(tr(k, "en").strip() and tr(k, "zh").strip() for k in WORDS)
    js = (resources.files("kamgraph.render") / "page" / "page.js").read_text("utf-8")
    used = set(re.findall(r"\bui\.(\w+)", js))
    for lang in ("en", "zh"):
        have = words_for(lang, "ui.")  # type: ignore[arg-type]
        assert used <= set(have), used - set(have)
    # Chinese is Chinese wherever the English is a phrase
    phrases = [k for k, en in WORDS.items() if " " in en and not k.startswith("cov.")]
    assert all(re.search(r"[\u4e00-\u9fff]", tr(k, "zh")) for k in phrases)



def test_panel_stance_history_has_one_line_a_day() -> None:
    """李明 was assessed -2 on the day he backed Rival +3 (which implies -2): one line."""
    for lang, words in (("en", "assessed; exclusive supporter of Rival Corp implies the same"),
                        ("zh", "评估值；Rival Corp的铁杆支持者，推定亦同")):
        spec = build_view(graph(), "influence", lang=lang)  # type: ignore[arg-type]
        lines = [line for _, ls in spec.panels["cto"]["sections"] for line in ls
                 if line.startswith("2026-06-01")]
        ours = [line for line in lines if "Rival" not in line.split(" · ")[1]]
        assert len(ours) == 1 and words in ours[0], lines
