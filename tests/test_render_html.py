"""The page wrapper: data embedded inertly, nothing loaded from any network."""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest

from kamgraph.examples import XSS_NAME, XSS_NOTE
from kamgraph.examples import huaxin_bank_graph as graph
from kamgraph.render import build_view, html_document, render_map, write_html
from kamgraph.render.html import embed_json, page_data

pytestmark = pytest.mark.engine_free

DAY = dt.date(2026, 7, 1)


def embedded(doc: str) -> dict:
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', doc, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_embed_json_escapes_markup_and_line_separators() -> None:
    text = embed_json({"a": "</script><!-- & \u2028\u2029 >"})
    assert not set(text) & {"<", ">", "&", "\u2028", "\u2029"}
    assert json.loads(text) == {"a": "</script><!-- & \u2028\u2029 >"}


def test_document_embeds_exactly_the_spec_data() -> None:
    spec = build_view(graph(include_private=True), "influence", include_private=True, date=DAY)
    doc = html_document(spec)
    data = embedded(doc)
    assert data["nodes"] == json.loads(json.dumps(spec.nodes))
    assert data["edges"] == json.loads(json.dumps(spec.edges))
    assert data["footer"] == spec.footer and data["meta"]["private"] is True
    # the only script blocks are ours: three, none opened or closed by the data
    assert doc.count("</script>") == 3
    assert len(re.findall(r"<script[ >]", doc.replace('"<script>"+t+', ""))) == 3
    assert XSS_NAME not in doc and XSS_NOTE not in doc and "onerror=\"window" not in doc
    assert "Other </script> Co" not in doc


def test_large_data_travels_deflated_and_reads_back() -> None:
    spec = build_view(graph(include_private=True), "influence", include_private=True, date=DAY)
    plain, packed = html_document(spec), html_document(spec, pack=True)
    assert 'type="application/json" id="kg-data"' in plain  # a small map stays plain JSON
    assert page_data(packed) == page_data(plain) == embedded(plain)
    m = re.search(r'id="kg-data" data-encoding="deflate-base64" data-too-old="([^"]*)">(.*?)'
                  r'</script>', packed, re.S)
    assert m is not None and re.fullmatch(r"[A-Za-z0-9+/]+=*", m.group(2))
    assert m.group(1).startswith("This browser is too old")  # what an old browser shows
    assert packed.count("</script>") == 3 and XSS_NAME not in packed
    assert len(packed) < len(plain)
    zh = build_view(graph(), "influence", date=DAY, lang="zh")
    assert 'data-too-old="此浏览器版本过旧' in html_document(zh, pack=True)


def test_document_is_self_contained() -> None:
    doc = html_document(build_view(graph(), "decision", date=DAY))
    head = doc[: doc.index('<script type="application/json"')]
    assert not re.search(r"<(link|img|iframe|object|embed)\b", doc[: doc.index("<script>")])
    assert "src=" not in head and "href=" not in head and "@import" not in head
    assert "cdn" not in head.lower() and "bootstrap" not in doc.lower()
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', doc)
    assert csp is not None
    assert "default-src 'none'" in csp.group(1) and "connect-src 'none'" in csp.group(1)
    assert "'unsafe-inline'" not in csp.group(1).split("script-src")[1].split(";")[0]
    assert "vis.Network" in doc and "textContent" in doc and "innerHTML" not in doc[-8000:]


def test_title_is_escaped_and_language_set() -> None:
    g = graph()
    g.graph["account_name"] = "<b>Acme</b>"
    doc = html_document(build_view(g, "influence", lang="zh", date=DAY))
    assert "<title>影响力地图 · &lt;b&gt;Acme&lt;/b&gt;</title>" in doc
    assert '<html lang="zh-CN">' in doc


def test_write_and_render_map(tmp_path: Path) -> None:
    spec = build_view(graph(), "coverage", date=DAY)
    out = write_html(spec, tmp_path / "sub" / "cov.html")
    assert out.exists() and embedded(out.read_text("utf-8"))["title"] == spec.title
    out2 = render_map(graph(), tmp_path / "c.html", "circles", center="ceo", date=DAY)
    data = embedded(out2.read_text("utf-8"))
    assert data["meta"]["view"] == "circles" and data["meta"]["center"] == "ceo"
    assert not list(tmp_path.glob("**/*.tmp"))


def test_notebook_repr_is_a_sandboxed_iframe() -> None:
    frame = build_view(graph(), "influence", date=DAY)._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;!DOCTYPE html&gt;')
    assert 'sandbox="allow-scripts"' in frame and "<script" not in frame
