"""The message catalogue: complete in Chinese, compiled, and what the CLI shows (no store)."""

from __future__ import annotations

import re
import string
from pathlib import Path

import pytest
from click.testing import CliRunner

from kamgraph import i18n
from kamgraph.i18n_tools import compile_bytes, extract, missing, mo_path, read_catalog

ROOT = Path(__file__).resolve().parent.parent
_CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(autouse=True)
def _reset_lang() -> None:
    i18n.set_lang(None)


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_message_of_the_code_has_a_chinese_translation() -> None:
    template = extract()
    assert len(template) > 250  # the CLI, its help, click's words, the trade's terms
    assert missing("zh", template) == []


def test_a_message_without_translation_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    template = extract()
    template.add("a message nobody translated {n}")
    assert missing("zh", template) == ["a message nobody translated {n}"]


def test_the_committed_mo_is_the_compiled_po() -> None:
    assert mo_path("zh").read_bytes() == compile_bytes(read_catalog("zh")), \
        "run: python -m kamgraph.i18n update"


#: parameters only English grammar needs (an article, a possessive): Chinese may drop them
ENGLISH_ONLY = {"a", "pronoun", "dst_short"}


def test_translations_keep_the_placeholders() -> None:
    for m in read_catalog("zh"):
        if not m.id:
            continue
        ids = [m.id] if isinstance(m.id, str) else list(m.id)
        strings = [m.string] if isinstance(m.string, str) else list(m.string)
        want = set().union(*(_fields(i) for i in ids))
        for s in strings:
            assert _fields(s) <= want, f"{m.id!r}: {s!r} has unknown placeholders"
            if isinstance(m.id, str):
                assert _fields(s) >= want - ENGLISH_ONLY, f"{m.id!r}: {s!r} drops a placeholder"


def test_terms_follow_the_glossary() -> None:
    from kamgraph import terms

    glossary = (ROOT / "docs" / "glossary.md").read_text(encoding="utf-8")
    i18n.set_lang("zh")
    words = [terms.role(r) for r in ("decider", "approver", "influencer", "gatekeeper",
                                     "coach", "initiator", "user", "buyer")]
    words += [terms.gap_kind(g) for g in ("no-owner-a", "no-owner-b", "no-sponsor")]
    words += [terms.stance_word(v) for v in range(-3, 4)]
    assert words[:5] == ["决定者", "批准者", "影响者", "控制者", "教练/内线"]
    for w in words:
        assert w in glossary, w
    catalogue = (mo_path("zh").with_suffix(".po")).read_text(encoding="utf-8")
    assert "线人" not in catalogue and "跳数" not in catalogue


def test_language_comes_from_option_then_environment_then_locale() -> None:
    assert i18n.detect_lang({}) == "en"
    assert i18n.detect_lang({"LANG": "zh_CN.UTF-8"}) == "zh"
    assert i18n.detect_lang({"LC_ALL": "en_US.UTF-8", "LANG": "zh_CN.UTF-8"}) == "en"
    assert i18n.detect_lang({"KAMGRAPH_LANG": "zh", "LC_ALL": "en_US.UTF-8"}) == "zh"
    i18n.set_lang("zh")
    assert i18n.get_lang() == "zh" and i18n._("gap") == "缺口"
    i18n.set_lang("en")
    assert i18n._("gap") == "gap"


@pytest.mark.parametrize("args", [["--lang", "zh", "--help"], ["coverage", "--help", "--lang",
                                                                 "zh"],
                                  ["--lang=zh", "engine", "status", "--help"]])
def test_help_in_chinese_wherever_lang_stands(args: list[str]) -> None:
    from kamgraph.cli import main

    out = CliRunner().invoke(main, args, env={"KAMGRAPH_LANG": None}).output
    assert out.startswith("用法:") and "显示本帮助并退出" in out


def test_help_in_chinese_from_the_environment_and_english_by_default() -> None:
    from kamgraph.cli import main

    zh = CliRunner().invoke(main, ["--help"], env={"KAMGRAPH_LANG": "zh"}).output
    en = CliRunner().invoke(main, ["--help"], env={"KAMGRAPH_LANG": None, "LC_ALL": None,
                                                   "LC_MESSAGES": None, "LANG": "C.UTF-8",
                                                   "LANGUAGE": None}).output
    assert "大客户关系图谱分析" in zh and "key-persons" in zh
    assert not _CJK.search(en) and "Relationship-graph analysis" in en


def test_click_errors_in_chinese() -> None:
    from kamgraph.cli import main

    res = CliRunner().invoke(main, ["--lang", "zh", "people"])
    assert res.exit_code == 2 and "缺少参数" in res.output and "错误" in res.output
    res = CliRunner().invoke(main, ["--lang", "zh", "nosuchcommand"])
    assert res.exit_code == 2 and "没有命令" in res.output
