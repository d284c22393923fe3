"""The README's command-line transcripts, English and Chinese, are what the CLI prints.

Every ```text block of README.md that starts with ``$ kamgraph ...`` is run in order on a
clean store (the first loads the demo) from a scratch folder, and its output compared line
by line. A line holding only ``...`` stands for any number of lines. The kamgraph home in
the output reads as ``~/.local/share/kamgraph``, the default. To update a transcript, run
this test with ``KAMGRAPH_README_DUMP=FILE`` and copy the real output from FILE.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest
from conftest import Cli

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
_BLOCK = re.compile(r"```text\n(\$ kamgraph [^\n]*)\n(.*?)```", re.S)


def transcripts(text: str) -> list[tuple[str, list[str]]]:
    return [(cmd[2:], body.rstrip("\n").split("\n")) for cmd, body in _BLOCK.findall(text)]


def matches(expected: list[str], actual: list[str]) -> bool:
    """Line-by-line equality, where a ``...`` line matches any run of lines (even none).

    >>> matches(["a", "...", "d"], ["a", "b", "c", "d"]), matches(["a", "x"], ["a", "b"])
    (True, False)
    """
    if not expected:
        return not actual
    head = expected[0]
    if head.strip() == "...":
        return any(matches(expected[1:], actual[i:]) for i in range(len(actual) + 1))
    return bool(actual) and head.rstrip() == actual[0].rstrip() and matches(expected[1:],
                                                                            actual[1:])


def test_readme_has_english_and_chinese_transcripts() -> None:
    cmds = [c for c, _ in transcripts(README.read_text(encoding="utf-8"))]
    assert len(cmds) >= 8
    assert any("--lang zh" in c for c in cmds) and any("--lang" not in c for c in cmds)


@pytest.mark.slow
@pytest.mark.skipif(bool(os.environ.get("KAMGRAPH_TEST_NEO4J_URI")),
                    reason="the README shows the embedded default's output")
def test_readme_transcripts_match_the_cli(cli: Cli, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    monkeypatch.chdir(tmp_path)
    home = str(cli.env["KAMGRAPH_HOME"])
    failures = []
    for cmd, expected in transcripts(README.read_text(encoding="utf-8")):
        args = shlex.split(cmd)[1:]
        out = cli(*args, ok=False).output.replace(home, "~/.local/share/kamgraph")
        actual = out.rstrip("\n").split("\n")
        if os.environ.get("KAMGRAPH_README_DUMP"):  # to update the README: the real output
            with open(os.environ["KAMGRAPH_README_DUMP"], "a", encoding="utf-8") as fh:
                fh.write(f"```text\n$ {cmd}\n{out.rstrip()}\n```\n\n")
        if not matches(expected, actual):
            failures.append(f"$ {cmd}\n--- README\n" + "\n".join(expected)
                            + "\n--- CLI\n" + "\n".join(actual))
    assert not failures, "\n\n".join(failures)
