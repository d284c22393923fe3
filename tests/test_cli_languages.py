"""Every command in English and Chinese, --json on each, and every table at 80 and 160 columns.

The tables are compared with golden files in ``tests/golden/cli/`` (``NAME.LANG.COLS.txt``);
after a deliberate change of wording or layout, rerun with ``KAMGRAPH_UPDATE_GOLDEN=1`` and
review the diff. Every line of a table must fit the width (CJK characters count two cells).
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import DEMO_PATH, Cli
from rich.cells import cell_len

GOLDEN = Path(__file__).parent / "golden" / "cli"
_CJK = re.compile(r"[\u4e00-\u9fff]")

#: the table commands on the demo: name -> arguments
TABLES: dict[str, list[str]] = {
    "accounts": ["accounts"],
    "people": ["people", "gd-telecom"],
    "person": ["person", "gd-telecom", "p-wang-qiang"],
    "key-persons": ["key-persons", "gd-telecom", "--opportunity", "opp-5gc", "--top", "5"],
    "hidden-chain": ["hidden-chain", "gd-telecom", "--opportunity", "opp-5gc"],
    "counterpoints": ["counterpoints", "gd-telecom", "--opportunity", "opp-5gc"],
    "balance": ["balance", "gd-telecom", "--opportunity", "opp-5gc"],
    "coverage": ["coverage", "gd-telecom", "--opportunity", "opp-5gc"],
    "paths": ["paths", "gd-telecom", "p-chen-jing", "-k", "2"],
    "sponsors": ["sponsors", "gd-telecom"],
}
#: a word of each language's own text that the command prints
_SAYS = {"en": re.compile(r"[A-Za-z]"), "zh": _CJK}


def _run(cli: Cli, *args: str, columns: int | None = None) -> str:
    env = dict(cli.env, COLUMNS=str(columns) if columns else None)
    res = CliRunner().invoke(__import__("kamgraph.cli", fromlist=["main"]).main, list(args),
                             env=env, catch_exceptions=False)
    assert res.exit_code == 0, f"kamgraph {' '.join(args)}: {res.output}"
    assert "Traceback" not in res.output and "internal error" not in res.output
    return res.output


def _first_header(out: str) -> str:
    lines = out.splitlines()
    rule = next(i for i, line in enumerate(lines) if line.startswith("-") and set(line) <= {"-",
                                                                                          " "})
    return lines[rule - 1]


def test_every_table_command_in_both_languages_and_json(demo_cli: Cli) -> None:
    for name, args in TABLES.items():
        en = _run(demo_cli, *args, "--lang", "en")
        zh = _run(demo_cli, "--lang", "zh", *args)
        assert not _CJK.search(_first_header(en)), name
        assert _CJK.search(_first_header(zh)), f"{name}: header not in Chinese"
        js_en = json.loads(_run(demo_cli, *args, "--json"))
        js_zh = json.loads(_run(demo_cli, "--json", "--lang", "zh", *args))
        assert js_en == js_zh, f"{name}: --json must not depend on the language"


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_golden_tables_at_80_and_160_columns(demo_cli: Cli, lang: str) -> None:
    update = os.environ.get("KAMGRAPH_UPDATE_GOLDEN")
    GOLDEN.mkdir(parents=True, exist_ok=True)
    stale = []
    for name, args in TABLES.items():
        for cols in (80, 160):
            out = _run(demo_cli, "--lang", lang, *args, columns=cols)
            too_wide = [line for line in out.splitlines() if cell_len(line) > cols]
            assert not too_wide, f"{name} at {cols} columns: {too_wide[:2]}"
            path = GOLDEN / f"{name}.{lang}.{cols}.txt"
            if update:
                path.write_text(out, encoding="utf-8")
            elif not path.exists() or path.read_text(encoding="utf-8") != out:
                stale.append(f"{path.name}:\n{out}")
    assert not stale, "output differs from the golden files (KAMGRAPH_UPDATE_GOLDEN=1 " \
                      "rewrites them):\n" + "\n".join(stale[:2])


def test_the_other_commands_in_both_languages_with_json(cli: Cli, tmp_path: Path) -> None:
    for lang in ("en", "zh"):
        d = tmp_path / lang
        d.mkdir()
        out = _run(cli, "--lang", lang, "demo", "--out", str(d / "demo"))
        assert _SAYS[lang].search(out.splitlines()[0])
        page = (d / "demo" / "influence-map.html").read_text("utf-8")  # the demo's map too
        assert ('<html lang="zh-CN"' in page) == (lang == "zh") and ("影响力地图" in page) == (
            lang == "zh")
        runs: list[list[str]] = [
            ["init"], ["import", "--dry-run", str(DEMO_PATH)], ["engine", "status"],
            ["export", "gd-telecom", "--out", str(d / "x.yaml")],
            ["export", "gd-telecom", "--format", "csv", "--excel", "--out", str(d / "csv")],
            ["plan", "gd-telecom", "--opportunity", "opp-5gc", "--start", "2026-11-23",
             "--format", "csv", "--out", str(d / "plan")],
            ["map", "gd-telecom", "--out", str(d / "m.html")],
            ["synth", "--accounts", "1", "--people", "12", "--workers", "1", "--out",
             str(d / "synth")],
        ]
        for args in runs:
            said = _run(cli, "--lang", lang, *args)
            if lang == "zh":
                assert _CJK.search(said), f"{args[0]} said nothing in Chinese: {said}"
            data = json.loads(_run(cli, *args, "--json", "--lang", lang))
            assert isinstance(data, (dict, list)), args
        plan = _run(cli, "plan", "gd-telecom", "--start", "2026-11-23", "--json")
        assert "documents" in json.loads(plan)
        tiny = tmp_path / "tiny.yaml"
        tiny.write_text("account: {id: tiny, name: Tiny}\n", encoding="utf-8")
        _run(cli, "import", str(tiny))
        erased = json.loads(_run(cli, "--lang", lang, "erase", "tiny", "--yes", "--json"))
        assert erased["erased"] == "account tiny" and erased["accounts"] == ["tiny"]
    _run(cli, "erase", "gd-telecom", "--yes")
    skip_all = [a for step in ("import", "rows", "projection", "analyzers", "report", "paths",
                               "map", "cold") for a in ("--skip", step)]
    tiny = ["bench", "--accounts", "1", "--people", "12", "--runs", "1"]
    bench = json.loads(_run(cli, *tiny, *skip_all[2:], "--json"))  # the import step only
    assert {"step", "figure", "target", "ok", "peak_mb", "note"} <= set(bench[0])
    assert _CJK.search(_first_header(_run(cli, "--lang", "zh", *tiny, *skip_all)))
    started = json.loads(_run(cli, "engine", "start", "--json"))
    assert started["running"] is True
    assert _CJK.search(_run(cli, "--lang", "zh", "engine", "start"))
    assert _CJK.search(_run(cli, "--lang", "zh", "engine", "status"))


def test_library_errors_reach_the_user_in_their_language(demo_cli: Cli) -> None:
    """Errors raised inside the library (not only the CLI's own) are worded per language."""
    from kamgraph.cli import main

    args = ["paths", "gd-telecom", "p-chen-jing", "--from", "s-zhao-lei"]  # he left us
    said = {}
    for lang in ("en", "zh"):
        res = CliRunner().invoke(main, ["--lang", lang, *args], env=demo_cli.env)
        assert res.exit_code == 1 and len(res.output.strip().splitlines()) == 1, res.output
        said[lang] = res.output.strip()
    assert said["en"] == ("Error: staff member 's-zhao-lei' has left; choose an active "
                          "colleague")
    assert said["zh"] == "错误：我方人员 's-zhao-lei' 已离职；请选择一位在职同事"
    res = CliRunner().invoke(main, ["--lang", "zh", "person", "gd-telecom", "不存在的人"],
                             env=demo_cli.env)
    assert res.exit_code == 1 and res.output.startswith("错误：没有人员 '不存在的人'"), res.output
