"""``kamgraph map`` on the demo account in the real store."""

from __future__ import annotations

import json
import re
from pathlib import Path

from conftest import Cli


def _data(path: Path) -> dict:
    doc = path.read_text("utf-8")
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', doc, re.S)
    assert m is not None
    return json.loads(m.group(1))


def test_map_views_from_the_store(demo_cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "inf.html"
    res = demo_cli("map", "gd-telecom", "--opportunity", "opp-5gc", "--out", str(out))
    assert res.output.startswith(f"Wrote {out} (influence view, ")
    data = _data(out)
    people = [n for n in data["nodes"] if n["kind"] == "person"]
    assert len(people) > 20 and data["meta"]["private"] is False
    assert any(n["size"] == 40.0 for n in people)  # the top key person, by analyzer score
    assert any(line.startswith("Why: ") for n in people for line in n["title"].splitlines())
    assert "Shareable" in data["footer"] and "Private ·" not in json.dumps(data)

    dec = tmp_path / "dec.html"
    demo_cli("map", "gd-telecom", "--view", "decision", "--opportunity", "opp-5gc",
             "--lang", "zh", "--out", str(dec))
    d = _data(dec)
    assert d["meta"]["view"] == "decision" and "决策链" in d["title"]
    assert any(n.get("hop") for n in d["nodes"])

    cov = tmp_path / "cov.html"
    demo_cli("map", "gd-telecom", "--view", "coverage", "--out", str(cov),
             "--include-private")
    c = _data(cov)
    assert c["meta"]["private"] is True and any(n.get("gap") for n in c["nodes"])


def test_map_circles_errors(demo_cli: Cli, tmp_path: Path) -> None:
    res = demo_cli("map", "gd-telecom", "--view", "circles", ok=False)
    assert res.exit_code != 0 and "--center" in res.output
    res = demo_cli("map", "gd-telecom", "--view", "circles", "--center", "nobody", ok=False)
    assert res.exit_code != 0
    assert res.output.strip().splitlines()[-1].startswith(
        "Error: no person 'nobody' in account 'gd-telecom'")
    out = tmp_path / "c.html"
    demo_cli("map", "gd-telecom", "--view", "circles", "--center", "p-liu-fang",
             "--out", str(out))
    assert _data(out)["meta"]["center"] == "p-liu-fang"


def test_map_png_headless_and_a_clear_error_without_chromium(demo_cli: Cli,
                                                              tmp_path: Path) -> None:
    import struct

    import pytest

    from kamgraph.render.picture import chromium

    out = tmp_path / "inf.png"
    if chromium() is None:
        pytest.skip("needs chromium")
    res = demo_cli("map", "gd-telecom", "--view", "coverage", "--png", str(out))
    assert res.output.strip() == f"Wrote {out} (coverage view picture, no private details)."
    png = out.read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    w, h = struct.unpack(">II", png[16:24])
    assert w == 2 * 1600 and 1700 < h < 2000  # the canvas below the bars, at 2x
    assert not list(tmp_path.glob("*.html"))  # only the picture was asked for

    env = dict(demo_cli.env, KAMGRAPH_CHROMIUM=str(tmp_path / "no-such-browser"))
    res = Cli(env)("map", "gd-telecom", "--png", str(tmp_path / "x.png"), ok=False)
    assert res.exit_code != 0
    assert res.output.strip().splitlines()[-1].startswith("Error: --png needs Chromium")
    assert not (tmp_path / "x.png").exists()


def test_view_choices_come_from_the_registry(demo_cli: Cli) -> None:
    from kamgraph.render.registry import VIEWS

    res = demo_cli("map", "--help")
    for name in VIEWS:
        assert name in res.output
    res = demo_cli("map", "gd-telecom", "--view", "sunburst", ok=False)
    assert res.exit_code != 0 and "influence" in res.output and "coverage" in res.output
