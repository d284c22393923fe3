"""Excel workbooks in and out: the template, import with sheet/row/column errors, round trips."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kamgraph.errors import ImportValidationError
from kamgraph.formats import load_paths
from kamgraph.formats.workbook import write_workbook
from kamgraph.model import KINDS
from kamgraph.store import Store
from tests.conftest import DEMO_PATH, Cli


def _cells(path: Path) -> dict[str, list[list[object]]]:
    wb = load_workbook(path)
    return {ws.title: [[c.value for c in row] for row in ws.iter_rows()] for ws in wb.worksheets}


def test_template_has_a_sheet_per_kind_with_dropdowns(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "t.xlsx"
    cli("template", "--xlsx", str(out))
    wb = load_workbook(out)
    assert wb.sheetnames == [k.plural for k in KINDS.values()]
    people = wb["people"]
    assert [c.value for c in people[1]] == KINDS["person"].columns
    lists = {str(dv.sqref).split(":")[0].rstrip("0123456789"): dv.formula1
             for dv in people.data_validations.dataValidation}
    level_col = people.cell(1, KINDS["person"].columns.index("level") + 1).column_letter
    assert lists[level_col] == '"staff,manager,director,vp,c-level,board"'


def test_demo_round_trip_through_a_workbook(demo_cli: Cli, demo_store: Store,
                                            tmp_path: Path) -> None:
    first, second = tmp_path / "a.xlsx", tmp_path / "b.xlsx"
    demo_cli("export", "gd-telecom", "--format", "xlsx", "--out", str(first),
             "--include-private")
    [from_book] = load_paths([first])
    [from_yaml] = load_paths([DEMO_PATH])
    for kind in KINDS:
        assert from_book[kind] == from_yaml[kind], kind
    demo_cli("import", str(first))
    demo_cli("export", "gd-telecom", "--format", "xlsx", "--out", str(second),
             "--include-private")
    assert _cells(first) == _cells(second)


def _book(tmp_path: Path, **sheets: list[list[object]]) -> Path:
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for r in rows:
            ws.append(r)
    path = tmp_path / "book.xlsx"
    wb.save(path)
    return path


_ACC = [["id", "name"], ["acme", "Acme"]]


def _problems(path: Path) -> list[str]:
    with pytest.raises(ImportValidationError) as e:
        load_paths([path])
    return [str(i) for i in e.value.issues]


def test_missing_accounts_sheet(tmp_path: Path) -> None:
    [msg] = _problems(_book(tmp_path, people=[["account", "id", "name"]]))
    assert "book.xlsx" in msg and "has no 'accounts' sheet" in msg


def test_wrong_header_names_sheet_row_and_column(tmp_path: Path) -> None:
    path = _book(tmp_path, accounts=_ACC,
                 people=[["account", "id", "nmae"], ["acme", "p1", "王强"]])
    msgs = _problems(path)
    assert any("book.xlsx sheet people:1: nmae: unknown column (did you mean 'name'?)" in m
               for m in msgs), msgs


def test_bad_value_names_sheet_row_and_column(tmp_path: Path) -> None:
    path = _book(tmp_path, accounts=_ACC,
                 people=[["account", "id", "name", "level"], ["acme", "p1", "王强", "ceo"]])
    [msg] = _problems(path)
    assert "book.xlsx sheet people:2: level: 'ceo' is not one of" in msg


def test_merged_cells_and_formulas_are_refused(tmp_path: Path) -> None:
    path = _book(tmp_path, accounts=_ACC,
                 people=[["account", "id", "name"], ["acme", "p1", "=A2&B2"],
                         ["acme", "p2", "x"], ["acme", "p3", "y"]])
    wb = load_workbook(path)
    wb["people"].merge_cells("C3:C4")
    wb.save(path)
    msgs = _problems(path)
    assert any("C2 holds a formula" in m and "sheet people" in m for m in msgs), msgs
    assert any("merged cells C3:C4" in m for m in msgs), msgs


def test_a_bad_workbook_writes_nothing(cli: Cli, store: Store, tmp_path: Path) -> None:
    good = tmp_path / "good.xlsx"
    [d] = load_paths([DEMO_PATH])
    write_workbook(d, good)
    bad = _book(tmp_path, accounts=_ACC, people=[["account", "id"], ["acme", "p1"]])
    r = cli("import", str(good), str(bad), ok=False)
    assert r.exit_code == 1 and "book.xlsx sheet people" in r.output
    assert store.accounts() == []
    (tmp_path / "junk.xlsx").write_bytes(b"not a zip")
    r = cli("import", str(tmp_path / "junk.xlsx"), ok=False)
    assert r.exit_code == 1 and "is not a readable .xlsx workbook" in r.output
