"""Errors reach a Chinese user in Chinese, and stay English for everyone else.

An import refusal names file, row and field as they are and says what is wrong in the
user's language; ``str(e)`` stays English for Python callers and logs.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import Cli

from kamgraph.cli import main
from kamgraph.errors import ConfigError, ImportValidationError, NotFound
from kamgraph.formats import load_paths
from kamgraph.formats.limits import max_import_bytes
from kamgraph.i18n import set_lang
from kamgraph.store import Store
from kamgraph.store.accounts import delete_account

#: English words of the refusals below: none may be left in the Chinese one.
_ENGLISH = re.compile(r"\b(required|missing|unknown|duplicate|is not|not one of|nothing was "
                      r"written|problems?|first at|row \d)\b")


@pytest.fixture(autouse=True)
def _english_after() -> Iterator[None]:
    yield
    set_lang(None)


def _bad_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "bad"
    folder.mkdir()
    (folder / "accounts.csv").write_text("id,name\nacme,Acme\nacme,Acme again\n")
    (folder / "people.csv").write_text(
        "account,id,name,level\n"
        "acme,p-wang,,ceo\n"          # name missing; level not one of the levels
        "acme,p-li,Li Na,vp\n"
        "acme,p-li,Li Na,vp\n"        # duplicate id
        "nowhere,p-zhao,Zhao,vp\n")   # unknown account
    (folder / "interactions.csv").write_text(
        "account,id,staff,person,on\nacme,i1,s-ghost,p-ghost,2026-13-01\n")
    return folder


def test_an_import_refusal_in_chinese_names_file_row_and_field(cli: Cli, tmp_path: Path) -> None:
    folder = _bad_folder(tmp_path)
    people, accounts = folder / "people.csv", folder / "accounts.csv"
    inter = folder / "interactions.csv"

    zh = cli("--lang", "zh", "import", str(folder), ok=False)
    assert zh.exit_code != 0 and "Traceback" not in zh.output
    lines = zh.output.splitlines()
    assert lines[0].startswith("错误：") and "个问题；未写入任何内容" in lines[0], zh.output
    expected = [
        f"{accounts}:3: id: 客户 id 'acme' 重复（首次出现在第 2 行）",
        f"{people}:2: name: 缺少必填字段",
        f"{people}:2: level: 'ceo' 不是以下之一：staff, manager, director, vp, c-level, board",
        f"{people}:4: id: 人员 id 'p-li' 重复（首次出现在第 3 行）",
        f"{people}:5: account: 未知的客户 'nowhere'（不在 accounts.csv 中）",
        f"{inter}:2: on: '2026-13-01' 不是有效日期",
        f"{inter}:2: person: 未知的人员 'p-ghost'",
        f"{inter}:2: staff: 未知的我方人员 's-ghost'",
    ]
    for line in expected:
        assert f"  {line}" in lines, (line, zh.output)
    words = zh.output.replace(str(folder), "")
    assert not _ENGLISH.search(words), words

    en = cli("import", str(folder), ok=False)
    assert en.output.startswith("Error: 8 problems in ") and "nothing was written" in en.output
    assert f"  {people}:2: name: required field is missing" in en.output.splitlines()
    assert f"  {inter}:2: person: unknown person 'p-ghost'" in en.output.splitlines()
    assert cli("accounts", "--json").output.strip() == "[]"


def test_python_callers_keep_english(tmp_path: Path) -> None:
    set_lang("zh")
    with pytest.raises(ImportValidationError) as caught:
        load_paths([_bad_folder(tmp_path)])
    e = caught.value
    assert str(e).startswith("8 problems in ") and all(
        re.search("[a-z]", i.message) and not re.search("[\u4e00-\u9fff]", i.message)
        for i in e.issues)
    assert "缺少必填字段" in e.localized()


def test_a_file_too_big_and_not_utf8_in_chinese(tmp_path: Path) -> None:
    big = tmp_path / "big.yaml"
    big.write_text("account: {id: a, name: A}\n" + "# padding\n" * 200)
    gbk = tmp_path / "gbk.yaml"
    gbk.write_bytes("account: {id: a, name: 艾克米}\n".encode("gbk"))
    set_lang("zh")
    with pytest.raises(ImportValidationError) as caught:
        load_paths([big], max_bytes=100)
    said = caught.value.localized()
    assert f"{big}: 大小为 2,026 字节，超过单个文件的导入上限 100 字节（" in said
    with pytest.raises(ImportValidationError) as caught:
        load_paths([gbk])
    assert f"{gbk}:1: 不是 UTF-8 文本（偏移 " in caught.value.localized()


def test_a_store_error_in_chinese(store: Store) -> None:
    set_lang("zh")
    with pytest.raises(NotFound) as caught:
        delete_account(store, "nowhere")
    assert str(caught.value) == "no account 'nowhere'"
    assert caught.value.localized() == "没有客户 'nowhere'"


def test_config_errors_in_chinese(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KAMGRAPH_MAX_IMPORT_MB", "lots")
    set_lang("zh")
    with pytest.raises(ConfigError) as caught:
        max_import_bytes()
    assert caught.value.localized() == "KAMGRAPH_MAX_IMPORT_MB='lots' 不是正的 MB 数"
    assert str(caught.value) == "KAMGRAPH_MAX_IMPORT_MB='lots' is not a positive number of MB"

    env = {"KAMGRAPH_HOME": str(tmp_path / "home"), "NEO4J_URI": None, "KAMGRAPH_LANG": None}
    res = CliRunner().invoke(main, ["--lang", "zh", "--uri", "http://db:7474", "accounts"],
                             env=env)
    assert res.exit_code != 0
    assert "错误：不支持的 URI 'http://db:7474'：请用 bolt://host:port 或 neo4j://host:port" \
        in res.output, res.output
