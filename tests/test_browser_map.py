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
from render_fixtures import XSS_NAME, XSS_NOTE, graph

from kamgraph.render import build_view, write_html

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]

pytestmark = [pytest.mark.browser,
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


def test_map_renders_offline_and_injection_runs_nothing(browser: Any, tmp_path: Path) -> None:
    g = graph(include_private=True)
    spec = build_view(g, "decision", include_private=True, date=dt.date(2026, 7, 1))
    o = open_map(browser, write_html(spec, tmp_path / "decision.html"))
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
    assert "对我方态度" in legend and "支持竞争对手: Rival Corp" in legend
    assert "信息科技部 IT (3)" in legend
    page.fill("#kg-search", "wang")
    assert page.locator("#kg-count").text_content() == "1 个匹配"
    assert page.evaluate("network.getSelectedNodes()") == ["ceo"]
    page.fill("#kg-search", "zzz")
    assert page.locator("#kg-count").text_content() == "无匹配"
    assert o.blocked == [] and o.errors == []
    page.close()
