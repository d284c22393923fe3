"""The map as a vector SVG: parsed with an XML parser, text escaped, private details
out unless asked, the folded opening of a big account, the CLI, and Chromium drawing it."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from conftest import Cli

from kamgraph.examples import XSS_NAME, XSS_NOTE
from kamgraph.examples import huaxin_bank as account
from kamgraph.examples import huaxin_bank_graph as graph
from kamgraph.model import AccountData
from kamgraph.projection import graph_from_data
from kamgraph.render import build_view, svg_document, write_svg
from kamgraph.render.svg import opening_view, wrap

pytestmark = pytest.mark.engine_free

NS = {"s": "http://www.w3.org/2000/svg"}
DAY = dt.date(2026, 7, 1)


def _parse(text: str) -> ET.Element:
    return ET.fromstring(text.encode("utf-8"))


def _texts(el: ET.Element) -> list[str]:
    return ["\n".join(s.text or "" for s in t.iterfind("s:tspan", NS))
            for t in el.iter(f"{{{NS['s']}}}text")]


def _labels(root: ET.Element, kind: str) -> list[str]:
    return ["\n".join(_texts(g)) for g in root.iterfind(f".//s:g[@class='kg-{kind}']", NS)]


def test_every_view_is_a_parseable_svg_with_the_same_nodes_and_escaped_text() -> None:
    d = account()
    d["person"].append({"id": "amp", "name": "Tom & Jerry <script>alert(1)</script>",
                        "department": "proc", "level": "staff"})
    d["person"].append({"id": "ctl", "name": "Bell\x07 Ringer", "department": "proc"})
    G = graph_from_data(d, "core")
    for view, center in (("influence", None), ("decision", None), ("coverage", None),
                         ("circles", "ceo")):
        spec = build_view(G, view, center=center, date=DAY)
        text = svg_document(spec)
        root = _parse(text)  # well-formed XML: every text escaped, no control characters
        assert root.tag == f"{{{NS['s']}}}svg"
        assert root.get("viewBox") and float(root.get("width") or 0) > 300
        assert "Noto Sans CJK SC" in (root.get("font-family") or "")
        assert not list(root.iter("script")) and not list(root.iter(f"{{{NS['s']}}}script"))
        assert "<script" not in text and "<img" not in text  # only as &lt;...
        persons = [n for n in spec.nodes if n["kind"] == "person"]
        drawn = root.findall(".//s:g[@class='kg-person']", NS)
        assert len(drawn) == len(persons), view
        assert root.findtext("s:title", namespaces=NS) == spec.title
        assert spec.footer in _texts(root)
    spec = build_view(G, "influence", date=DAY)
    labels = _labels(_parse(svg_document(spec)), "person")
    assert XSS_NAME in labels  # markup in a name is a name, shown as text
    assert "Tom & Jerry <script>alert(1)</script>" in labels
    assert "Bell Ringer" in labels  # BEL is no XML character: dropped
    raw = svg_document(spec)
    assert "Tom &amp; Jerry &lt;script&gt;" in raw


def test_arrows_dashes_shapes_and_legend() -> None:
    spec = build_view(graph(), "decision", date=DAY)
    root = _parse(svg_document(spec))
    edges = root.findall(".//s:g[@class='kg-edge']", NS)
    assert len(edges) == len(spec.edges)
    hidden = [e for e in spec.edges if e["kind"] == "hidden"]
    dashed = [g for g in edges if g.find("s:path[@stroke-dasharray]", NS) is not None]
    assert hidden and len(dashed) == len(hidden)
    arrows = [g for g in edges if g.find("s:polygon", NS) is not None]
    assert len(arrows) == sum(1 for e in spec.edges if e.get("arrows") == "to")
    gate = root.find(".//s:g[@class='kg-person']/s:polygon", NS)  # the gatekeeper's diamond
    assert gate is not None
    legend = root.find(".//s:g[@class='kg-legend']", NS)
    assert legend is not None
    got = " ".join(_texts(legend))
    for it in spec.legend:
        assert " ".join(wrap(it["label"], 1000, 11.5)) in got or it["label"].split()[0] in got


def test_private_details_only_when_asked() -> None:
    shared = svg_document(build_view(graph(include_private=True), "influence", date=DAY))
    assert "golf" not in shared and "window.__pwned=2" not in shared
    private = svg_document(build_view(graph(include_private=True), "influence",
                                      include_private=True, date=DAY))
    assert "golf" in private
    assert XSS_NOTE.replace("<", "&lt;").replace(">", "&gt;") in private


def test_chinese_labels_and_language() -> None:
    root = _parse(svg_document(build_view(graph(), "influence", lang="zh", date=DAY)))
    assert root.get("{http://www.w3.org/XML/1998/namespace}lang") == "zh-CN"
    assert "王强\nWang Qiang" in _labels(root, "person")
    assert "图例" in _texts(root)


def test_a_big_account_opens_folded_by_department(tmp_path: Path) -> None:
    d = AccountData()
    d["account"].append({"id": "big", "name": "Big"})
    for k in range(4):
        d["department"].append({"id": f"d{k}", "name": f"Dept {k}"})
    for i in range(520):
        d["person"].append({"id": f"p{i}", "name": f"P{i}", "department": f"d{i % 4}"})
    for i in range(0, 500, 5):
        d["influence"].append({"source": f"p{i}", "target": f"p{i + 1}", "strength": 0.5})
    spec = build_view(graph_from_data(d), "influence", date=DAY)
    nodes, edges = opening_view(spec)
    assert {n["kind"] for n in nodes} == {"dept"} and len(nodes) == 4
    assert all(e["kind"] == "proxy" for e in edges)  # one line per pair of departments
    assert {(e["from"], e["to"]) for e in edges} == {
        ("dept:d0", "dept:d1"), ("dept:d1", "dept:d2"), ("dept:d2", "dept:d3"),
        ("dept:d0", "dept:d3")}
    root = _parse(write_svg(spec, tmp_path / "big.svg").read_text("utf-8"))
    assert len(root.findall(".//s:g[@class='kg-dept']", NS)) == 4
    assert not root.findall(".//s:g[@class='kg-person']", NS)


def test_map_svg_from_the_cli(demo_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "inf.svg"
    res = demo_cli("map", "gd-telecom", "--svg", str(out))
    assert res.output.strip() == f"Wrote {out} (influence view picture, no private details)."
    assert not list(tmp_path.glob("*.html"))  # only the picture was asked for
    root = _parse(out.read_text("utf-8"))
    assert len(root.findall(".//s:g[@class='kg-person']", NS)) == 60
    page = tmp_path / "cov.html"
    res = demo_cli("--json", "map", "gd-telecom", "--view", "coverage", "--out", str(page),
                   "--svg", str(tmp_path / "cov.svg"))
    assert page.exists() and (tmp_path / "cov.svg").exists()
    zh = tmp_path / "zh.svg"
    res = demo_cli("map", "gd-telecom", "--lang", "zh", "--svg", str(zh))
    assert "影响力地图" in zh.read_text("utf-8") and res.output.startswith("已写出")


CHROMIUM = Path("/usr/bin/chromium")


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason="needs Debian chromium")
def test_chromium_draws_the_svg_and_runs_nothing(tmp_path: Path) -> None:
    from playwright.sync_api import sync_playwright

    d = account()
    d["person"].append({"id": "js", "name": '<script>window.__pwned=3</script>&"',
                        "department": "it"})
    spec = build_view(graph_from_data(d, "core"), "influence", date=DAY)
    svg = write_svg(spec, tmp_path / "m.svg")
    wrap_page = tmp_path / "m.html"
    wrap_page.write_text('<!DOCTYPE html><img id="i" src="m.svg">', "utf-8")
    blocked: list[str] = []

    def route(r: object) -> None:
        req = r.request  # type: ignore[attr-defined]
        if req.url.startswith("file:"):
            r.continue_()  # type: ignore[attr-defined]
        else:
            blocked.append(req.url)
            r.abort()  # type: ignore[attr-defined]

    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox",
                                                                    "--disable-gpu"])
        try:
            page = b.new_page(viewport={"width": 1600, "height": 1000})
            page.route("**/*", route)
            page.goto(svg.as_uri())  # the SVG as a document: its own DOM, nothing runs
            assert page.evaluate("document.querySelectorAll('g.kg-person').length") == 8
            assert page.evaluate("typeof window.__pwned") == "undefined"
            names = page.evaluate("Array.from(document.querySelectorAll('g.kg-person text'))"
                                  ".map(t => t.textContent)")
            assert '<script>window.__pwned=3</script>&"' in names
            page.goto(wrap_page.as_uri())  # as a picture, the way slides take it
            page.wait_for_function("document.getElementById('i').complete")
            w, h = page.evaluate("[document.getElementById('i').naturalWidth, "
                                 "document.getElementById('i').naturalHeight]")
            assert w > 600 and h > 300
            shot = page.locator("#i").screenshot()
        finally:
            b.close()
    assert not blocked
    # a blank picture of this size compresses to a few kB; names, nodes and lines do not
    assert shot[:8] == b"\x89PNG\r\n\x1a\n" and len(shot) > 30_000
