"""Tables fit the width asked for, CJK-aware; plain ASCII off a terminal; progress only on one."""

from __future__ import annotations

import io
from collections import Counter

import pytest
from rich.cells import cell_len

from kamgraph.tables import output_width, stance, table

pytestmark = pytest.mark.engine_free

ROWS = [["p-wang-qiang", "王强 Wang Qiang", "总经理 CEO", "decider", 2,
         "sways 张伟 Zhang Wei (副总经理兼CTO Deputy GM & CTO, decider) through a superior link"],
        ["p-li", "李娜 Li Na", "经理", "", -1, "a short reason"]]
HEADERS = ["id", "name", "title", "roles", "stance", "why"]


@pytest.mark.parametrize("cols", [50, 80, 120])
def test_a_table_fits_the_width_with_chinese(cols: int) -> None:
    out = table(ROWS, HEADERS, max_width=cols, wrap=[1, 2, 5])
    assert all(cell_len(line) <= cols for line in out.splitlines()), out
    shown = Counter("".join(out.split()))
    wanted = Counter("".join("".join("".join(str(v) for v in r).split()) for r in ROWS))
    assert not wanted - shown, out  # wrapped, nothing cut


def test_no_width_means_whole_rows_in_plain_ascii() -> None:
    out = table(ROWS, HEADERS)
    lines = out.splitlines()
    assert len(lines) == 4 and lines[1].startswith("------------  ")
    assert all(ord(c) < 128 for c in lines[1])
    fancy = table(ROWS, HEADERS, fancy=True)
    assert "─" in fancy and "\x1b[1m" in fancy


def test_values_are_formatted_one_way() -> None:
    out = table([[2, 0.5, None, ["a", "b"]]], ["n", "f", "none", "list"])
    assert out.splitlines()[2].split() == ["2", "0.50", "a,", "b"]
    assert [stance(v) for v in (3, 0, -2, None)] == ["+3", "+0", "-2", ""]


def test_output_width_follows_columns_and_the_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "90")
    assert output_width(io.StringIO()) == 90
    monkeypatch.delenv("COLUMNS")
    assert output_width(io.StringIO()) is None  # piped: no limit


def test_progress_draws_nothing_off_a_terminal(capsys: pytest.CaptureFixture[str]) -> None:
    from kamgraph.cli.progress import interactive, spinner, track

    assert not interactive()
    with spinner("working…") as status:
        status.update("still working…")
    assert list(track(iter([1, 2, 3]), 3, "items")) == [1, 2, 3]
    captured = capsys.readouterr()
    assert captured.err == "" and captured.out == ""
