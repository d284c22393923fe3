"""kamgraph works when installed as a wheel, not only from a checkout."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from kamgraph import queries

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", str(ROOT),
                            "-w", str(out)], capture_output=True, text=True, timeout=300)
    assert build.returncode == 0, build.stderr
    [whl] = out.glob("kamgraph-*.whl")
    return whl


def test_the_wheel_carries_every_query_the_demo_and_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {f"kamgraph/cypher/{n}.cypher" for n in queries.names()}
    assert expected <= names, sorted(expected - names)
    assert {"kamgraph/data/demo.yaml", "kamgraph/py.typed"} <= names


def test_queries_load_from_the_installed_package(wheel: Path, tmp_path: Path) -> None:
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("import kamgraph.queries as q, kamgraph.demo as d; "
            "print(q.query_root()); print(len(q.names())); print(d.demo_path().is_file())")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    root, count, demo = out.stdout.split()
    assert Path(root) == site / "kamgraph" / "cypher"
    assert int(count) == len(queries.names()) and demo == "True"


def test_the_wheel_speaks_chinese_without_a_build_step(wheel: Path, tmp_path: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kamgraph/locale/zh/LC_MESSAGES/kamgraph.mo",
            "kamgraph/locale/zh/LC_MESSAGES/kamgraph.po"} <= names
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    code = ("from kamgraph.i18n import set_lang, _; from kamgraph.terms import role; "
            "set_lang('zh'); print(_('severity'), role('coach'))")
    out = subprocess.run([sys.executable, "-c", code], cwd=tmp_path, capture_output=True,
                         text=True, env={"PYTHONPATH": str(site), "PATH": "/usr/bin:/bin"})
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["严重程度", "教练/内线"]
