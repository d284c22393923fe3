"""The exported map in a real headless Chromium, with every network request refused.

Checks that the page renders the right number of nodes, that it asks for nothing
beyond its own file, that markup in the data runs nothing (hover shows it as
text) and that the search box finds people.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from kamgraph.examples import XSS_NAME, XSS_NOTE
from kamgraph.examples import huaxin_bank_graph as graph
from kamgraph.render import build_view, write_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.engine_free, pytest.mark.browser,
              pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium")]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            yield b
        finally:
            b.close()


class Opened:
    def __init__(self, page: Any, blocked: list[str], errors: list[str]) -> None:
        self.page, self.blocked, self.errors = page, blocked, errors


def open_map(browser: Any, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    blocked: list[str] = []
    errors: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file://"):
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    # afterDrawing sets data-ready (a selector wait: the page's CSP forbids eval)
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=30_000)
    return Opened(page, blocked, errors)


def hover(page: Any, node: str) -> str:
    xy = page.evaluate("id => network.canvasToDOM(network.getPosition(id))", node)
    box = page.locator("#kg-net").bounding_box()
    page.mouse.move(box["x"] + xy["x"], box["y"] + xy["y"])
    tip = page.locator("div.vis-tooltip")
    tip.wait_for(state="visible", timeout=5_000)
    return str(tip.text_content())


@pytest.mark.parametrize("pack", [False, True], ids=["json", "deflated"])
def test_map_renders_offline_and_injection_runs_nothing(browser: Any, tmp_path: Path,
                                                        pack: bool) -> None:
    g = graph(include_private=True)
    spec = build_view(g, "decision", include_private=True, date=dt.date(2026, 7, 1))
    o = open_map(browser, write_html(spec, tmp_path / "decision.html", pack=pack))
    page = o.page
    assert page.evaluate("network.body.data.nodes.length") == len(spec.nodes)
    assert page.evaluate("network.body.data.edges.length") == len(spec.edges)
    assert sorted(page.evaluate("network.body.data.nodes.getIds()")) == \
        sorted(n["id"] for n in spec.nodes)

    text = hover(page, "eng")
    assert text.startswith(XSS_NAME)
    page.mouse.move(2, 400)
    page.wait_for_timeout(300)
    text = hover(page, "cto")
    assert f"Notes: {XSS_NOTE}" in text

    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("document.querySelectorAll('img, #kg-net script').length") == 0
    assert page.locator("#kg-foot").text_content() == spec.footer
    assert o.blocked == [] and o.errors == []
    page.close()


def test_legend_search_and_language(browser: Any, tmp_path: Path) -> None:
    spec = build_view(graph(), "influence", lang="zh", date=dt.date(2026, 7, 1))
    o = open_map(browser, write_html(spec, tmp_path / "influence.html"))
    page = o.page
    legend = str(page.locator("#kg-legend").text_content())
    assert "对我方态度" in legend and "支持竞争对手：Rival Corp" in legend
    assert "信息科技部 IT (3)" in legend
    page.fill("#kg-search", "wang")
    assert page.locator("#kg-count").text_content() == "1 个匹配"
    assert page.evaluate("network.getSelectedNodes()") == ["ceo"]
    page.fill("#kg-search", "zzz")
    assert page.locator("#kg-count").text_content() == "无匹配"
    assert o.blocked == [] and o.errors == []
    page.close()


# -- the interactive page: filters, focus, panel, path, folds, picture ------------------

def _demo_graph() -> Any:
    from kamgraph.demo import load_demo
    from kamgraph.projection import graph_from_data

    return graph_from_data(load_demo(), "opp-5gc")


def open_big(browser: Any, path: Path) -> Opened:
    page = browser.new_page(viewport={"width": 1600, "height": 1000})
    blocked: list[str] = []
    errors: list[str] = []
    page.route("**/*", lambda r: r.continue_() if r.request.url.startswith("file://")
               else (blocked.append(r.request.url), r.abort()))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.goto(path.as_uri())
    page.wait_for_selector("body[data-ready='1']", state="attached", timeout=60_000)
    return Opened(page, blocked, errors)


def click_node(page: Any, node: str) -> None:
    """Click a node; again if a busy machine turned the click into a press (vis-network
    takes a slow tap for a hold)."""
    for _ in range(3):
        xy = page.evaluate("id => network.canvasToDOM(network.getPosition(id))", node)
        box = page.locator("#kg-net").bounding_box()
        page.mouse.click(box["x"] + xy["x"], box["y"] + xy["y"])
        if page.evaluate("window.kgLastClick") == node:
            return


def visible_people(page: Any) -> int:
    return int(page.evaluate("kgVisibleIds().filter(i => network.body.data.nodes.get(i).kind "
                             "=== 'person').length"))


@pytest.fixture(scope="module")
def demo_inputs() -> tuple[Any, Any]:
    from kamgraph.render.inputs import analyzer_inputs

    G = _demo_graph()
    return G, analyzer_inputs(G)


def open_demo(browser: Any, tmp_path: Path, demo_inputs: tuple[Any, Any],
              view: str) -> tuple[Any, Opened]:
    """One view of the demo with the analyzers' inputs, opened at 1600 x 1000."""
    G, inputs = demo_inputs
    spec = build_view(G, view, inputs=inputs, date=dt.date(2026, 7, 1))
    return spec, open_big(browser, write_html(spec, tmp_path / f"{view}.html"))


def test_opening_view_key_labels_legible(browser: Any, tmp_path: Path,
                                         demo_inputs: tuple[Any, Any]) -> None:
    spec, o = open_demo(browser, tmp_path, demo_inputs, "influence")
    px = o.page.evaluate("""() => { const s = network.getScale();
        return network.body.data.nodes.get({filter: n => n.key}).map(
            n => network.body.nodes[n.id].options.font.size * s); }""")
    assert len(px) >= 10 and min(px) >= 12.0
    # key persons stand out: their labels are larger than the rest
    plain = o.page.evaluate("""() => network.body.data.nodes.get(
        {filter: n => n.kind === 'person' && !n.key}).map(n => n.font.size)""")
    assert max(plain) < min(n["font"]["size"] for n in spec.nodes if n.get("key"))
    assert o.blocked == [] and o.errors == []
    o.page.close()


def test_filter_focus_panel_and_path(browser: Any, tmp_path: Path,
                                     demo_inputs: tuple[Any, Any]) -> None:
    spec, o = open_demo(browser, tmp_path, demo_inputs, "influence")
    inputs = demo_inputs[1]
    page = o.page
    everyone = visible_people(page)
    assert everyone == sum(1 for n in spec.nodes if n["kind"] == "person")
    page.select_option("#kg-f-stance", "sup")
    sup = visible_people(page)
    assert 0 < sup < everyone
    assert sup == sum(1 for n in spec.nodes if n["kind"] == "person" and (n["stance"] or 0) >= 1)
    page.check("#kg-f-unc")
    assert visible_people(page) <= sup
    page.click("text=" + spec.ui["clear"])
    assert visible_people(page) == everyone

    who = max(inputs.scores, key=inputs.scores.get)  # the top key person
    click_node(page, who)
    panel = page.locator("#kg-panel")
    assert "kg-open" in str(panel.get_attribute("class"))
    text = str(panel.text_content())
    assert spec.panels[who]["name"] in text
    trend = spec.panels[who]["closeness"]  # the demo logs a year of contacts with him
    assert trend["title"] in text and trend["note"] in text
    points = page.evaluate("document.querySelector('#kg-panel svg polyline')"
                           ".getAttribute('points').split(' ').length")
    assert points == len(trend["scores"]) == 12
    assert all(r in text for r in inputs.reasons[who])
    assert "Why a key person" in text and "Owners" in text
    near = set(page.evaluate("kgNear()"))
    assert who in near
    far = [n["id"] for n in spec.nodes if n["kind"] == "person" and n["id"] not in near]
    assert far
    faded = page.evaluate("ids => ids.map(i => network.body.nodes[i].options.color.background)",
                          far)
    assert set(faded) == {"rgba(225,225,225,0.35)"}
    kept = page.evaluate("id => network.body.nodes[id].options.color.background", who)
    assert kept == spec.node(who)["color"]["background"]

    if spec.panels[who].get("path"):
        page.click(".kg-pathbtn")
        path = spec.panels[who]["path"]
        got = page.evaluate("network.body.data.edges.get({filter: e => e.kind === 'path'})"
                            ".map(e => [e.from, e.to])")
        assert got == [[a, b] for a, b in zip(path, path[1:], strict=False)]
    page.click(".kg-x")  # closing the panel clears the focus and the path
    assert "kg-open" not in str(panel.get_attribute("class"))
    assert page.evaluate("kgNear()") == []
    assert page.evaluate("network.body.data.edges.get({filter: e => e.kind === 'path'})"
                         ".length") == 0
    assert o.blocked == [] and o.errors == []
    page.close()


def test_png_export_is_twice_the_canvas(browser: Any, tmp_path: Path) -> None:
    import base64
    import struct

    spec = build_view(graph(), "influence", date=dt.date(2026, 7, 1))
    o = open_big(browser, write_html(spec, tmp_path / "inf.html"))
    page = o.page
    w, h = page.evaluate("[document.querySelector('#kg-net canvas').clientWidth, "
                         "document.querySelector('#kg-net canvas').clientHeight]")
    url = page.evaluate("kgExportPNG()")
    png = base64.b64decode(url.split(",", 1)[1])
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", png[16:24]) == (2 * w, 2 * h)
    with page.expect_download() as dl:
        page.click("#kg-png")
    saved = dl.value.path()
    assert saved is not None and Path(saved).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert dl.value.suggested_filename == "acme-influence.png"
    # the canvas is back at screen resolution afterwards
    assert page.evaluate("network.canvas.pixelRatio") == 1
    assert o.blocked == [] and o.errors == []
    page.close()


def test_decision_flow_labels_do_not_overlap(browser: Any, tmp_path: Path,
                                             demo_inputs: tuple[Any, Any]) -> None:
    spec, o = open_demo(browser, tmp_path, demo_inputs, "decision")
    boxes = o.page.evaluate("""() => network.body.data.nodes.getIds().map(id => {
        const b = network.getBoundingBox(id); return [id, b.left, b.top, b.right, b.bottom]; })""")
    assert len(boxes) == len(spec.nodes)
    clashes = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert clashes == []
    px = o.page.evaluate("""() => { const s = network.getScale();
        return network.body.data.nodes.get({filter: n => n.kind === 'person'}).map(
            n => network.body.nodes[n.id].options.font.size * s); }""")
    assert min(px) >= 12.0
    assert o.blocked == [] and o.errors == []
    o.page.close()


def test_big_account_opens_folded_and_unfolds_on_click(browser: Any, tmp_path: Path) -> None:
    from kamgraph.projection import graph_from_data
    from kamgraph.synth import generate

    [d] = generate(1, 520, seed=3)
    spec = build_view(graph_from_data(d), "influence", date=dt.date(2026, 7, 1))
    o = open_big(browser, write_html(spec, tmp_path / "big.html"))
    page = o.page
    folds = [n for n in spec.nodes if n["kind"] == "dept"]
    assert visible_people(page) == 0
    # the stance pies are drawn on the canvas with the first drawing (no image to load):
    # halfway down from each fold's centre the canvas shows a slice, not the background
    assert page.evaluate("Object.keys(network.images.images).length") == 0
    for f in folds:
        rgba = page.evaluate("""f => {
            const p = network.canvasToDOM({x: f.x, y: f.y + f.size / 2});
            const c = network.canvas.frame.canvas, r = c.width / c.clientWidth;
            const px = c.getContext('2d').getImageData(Math.round(p.x * r), Math.round(p.y * r),
                                                       1, 1).data;
            return [px[0], px[1], px[2], px[3]];
        }""", {"x": f["x"], "y": f["y"], "size": f["size"]})
        assert rgba[3] == 255 and rgba[:3] != [255, 255, 255], f["id"]  # opaque, not blank
    shown = page.evaluate("kgVisibleIds()")
    assert {n["id"] for n in folds} <= set(shown)
    fold = max(folds, key=lambda n: n["count"])
    click_node(page, fold["id"])
    assert visible_people(page) == fold["count"]
    assert fold["id"] not in page.evaluate("kgVisibleIds()")
    page.click("#kg-fold")
    assert visible_people(page) == 520
    assert o.blocked == [] and o.errors == []
    page.close()


def test_injection_runs_nothing_through_panel_filters_search_export(
        browser: Any, tmp_path: Path) -> None:
    from kamgraph.render.inputs import MapInputs

    evil = "javascript:window.__pwned=3"
    inputs = MapInputs(reasons={"eng": [XSS_NAME, evil], "cto": ['" onmouseover="x()']},
                       gaps={"eng": [XSS_NOTE]}, key=["eng", "cto", "ceo"],
                       verdicts={"cto": [("uncountered", "</script><script>window.__pwned=4"
                                                         "</script>")]},
                       paths={"eng": ["s1", "ceo", "eng"]}, path_words={"eng": evil})
    g = graph(include_private=True)
    for view in ("influence", "coverage", "decision"):
        spec = build_view(g, view, inputs=inputs, include_private=True,
                          date=dt.date(2026, 7, 1))
        o = open_big(browser, write_html(spec, tmp_path / f"{view}.html"))
        page = o.page
        target = "eng" if view != "coverage" else "cell:eng:"
        if view == "coverage" and target not in {n["id"] for n in spec.nodes}:
            target = "cto"
        click_node(page, target)
        text = str(page.locator("#kg-panel").text_content())
        if view != "coverage" or target != "cto":
            assert XSS_NAME in text and evil in text, view
        click_node(page, "cto")
        assert f"Notes: {XSS_NOTE}" in str(page.locator("#kg-panel").text_content())
        if view == "influence":
            click_node(page, "eng")
            page.click(".kg-pathbtn")
        page.fill("#kg-search", XSS_NAME)
        page.select_option("#kg-f-stance", "unk")
        page.evaluate("kgExportPNG()")
        assert page.evaluate("typeof window.__pwned") == "undefined"
        assert page.evaluate("document.querySelectorAll('img, a, iframe, #kg-panel script, "
                             "[onerror], [onmouseover]').length") == 0
        assert page.evaluate("document.querySelectorAll('script').length") == 3
        assert o.blocked == [] and o.errors == []
        page.close()


def test_competition_view_draws_without_overlaps(browser: Any, tmp_path: Path,
                                                 demo_inputs: tuple[Any, Any]) -> None:
    spec, o = open_demo(browser, tmp_path, demo_inputs, "competition")
    page = o.page
    assert page.evaluate("network.body.data.nodes.length") == len(spec.nodes)
    assert page.evaluate("network.body.data.edges.length") == len(spec.edges)
    boxes = page.evaluate("""() => network.body.data.nodes.getIds().map(id => {
        const b = network.getBoundingBox(id); return [id, b.left, b.top, b.right, b.bottom]; })""")
    clashes = [(a[0], b[0]) for i, a in enumerate(boxes) for b in boxes[i + 1:]
               if a[1] < b[3] and b[1] < a[3] and a[2] < b[4] and b[2] < a[4]]
    assert clashes == []
    # the unanswered supporter's verdict is on screen, and a click on it opens their panel
    red = [n["id"] for n in spec.nodes if n["id"].startswith("verdict:") and n.get("gap")]
    assert red
    click_node(page, red[0])
    supporter = red[0].split(":")[2]
    assert spec.panels[supporter]["name"] in str(page.locator("#kg-panel").text_content())
    assert o.blocked == [] and o.errors == []
    page.close()
