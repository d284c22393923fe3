"""Accounts in an Excel workbook: one sheet per record kind, the CSV format's columns.

A sheet is named like the CSV file without ``.csv`` (``accounts``, ``people``,
``influences`` ...); row 1 holds the header, and each later row one record, exactly as
in ``docs/formats.md``. Sheets with other names (a cover page, notes) are ignored, and
an ``accounts`` sheet is required. The same validation runs as for a CSV folder; every
problem names the workbook, the sheet, the row and the column. A workbook that holds
merged cells or formulas in its kamgraph sheets is refused: values only.

:func:`write_workbook` writes the template (``kamgraph template --xlsx``) and
exports (``kamgraph export --format xlsx``): a sheet per kind with a bold frozen
header and a drop-down list on every column whose values are fixed (levels, roles,
stance scale ...).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from kamgraph.formats.checks import Entry
from kamgraph.formats.csvdir import FILES, assemble, dump_csv, rows_to_entries
from kamgraph.formats.records import Issues, suggest
from kamgraph.i18n import N_, Text
from kamgraph.model import KINDS, AccountData

__all__ = ["SHEETS", "read_workbook", "write_workbook", "write_xlsx", "cell_text"]

#: Sheet name -> kind name.
SHEETS: dict[str, str] = {name.removesuffix(".csv"): kind for name, kind in FILES.items()}


def cell_text(value: Any) -> str:
    """A workbook cell as the text the CSV format would hold.

    Examples
    --------
    >>> cell_text(3.0), cell_text(0.25), cell_text(True), cell_text(dt.datetime(2026, 3, 1))
    ('3', '0.25', 'true', '2026-03-01')
    >>> cell_text(None), cell_text(" x ")
    ('', ' x ')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0):
            return value.date().isoformat()
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    return str(value)


def read_workbook(path: Path, issues: Issues, *, label: str | None = None,
                  max_bytes: int | None = None) -> list[AccountData]:
    """Read every account of a workbook, adding every problem to ``issues``; a workbook
    over ``max_bytes`` (default :func:`~kamgraph.formats.limits.max_import_bytes`) is
    refused unread."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    from kamgraph.formats.limits import check_size

    base = label or str(path)
    if not check_size(path, base, issues, max_bytes):
        return []
    try:
        wb = load_workbook(path, data_only=False, read_only=False)
    except (InvalidFileException, OSError, KeyError, ValueError) as e:
        issues.add_at(base, None, None,
                      Text(N_("is not a readable .xlsx workbook ({why})"), why=e))
        return []
    except Exception as e:  # zipfile.BadZipFile and the like: a damaged file
        issues.add_at(base, None, None, Text(N_("is not a readable .xlsx workbook ({why})"),
                                             why=type(e).__name__))
        return []
    by_kind: dict[str, list[tuple[str | None, Entry]]] = {}
    for ws in wb.worksheets:
        kind = SHEETS.get(ws.title.strip())
        where = f"{base} sheet {ws.title}"
        if kind is None:
            hint = suggest(ws.title.strip(), SHEETS)
            if hint:
                issues.add_at(where, None, None, Text(N_("is not a kamgraph sheet{hint}"),
                                                      hint=hint))
            continue
        for rng in ws.merged_cells.ranges:
            issues.add_at(where, rng.min_row, None,
                          Text(N_("has merged cells {cells}; unmerge them (one value per cell)"),
                               cells=rng.coord))
        rows: list[list[str]] = []
        for r, row in enumerate(ws.iter_rows(), start=1):
            texts = []
            for c in row:
                if c.data_type == "f":
                    issues.add_at(where, r, None, Text(
                        N_("cell {cell} holds a formula ({formula}); paste the values instead"),
                        cell=c.coordinate, formula=c.value))
                    texts.append("")
                else:
                    texts.append(cell_text(c.value))
            rows.append(texts)
        while rows and not any(t.strip() for t in rows[-1]):
            rows.pop()
        by_kind[kind] = rows_to_entries(rows, where, KINDS[kind], issues)
    if "account" not in by_kind:
        issues.add_at(base, None, None, Text(N_("has no 'accounts' sheet; a workbook needs one "
                                                "(sheets: {sheets})"), sheets=", ".join(SHEETS)))
        return []
    return assemble(by_kind, f"{base} sheet accounts", issues)


def _dropdowns(ws: Any, columns: list[str], kind_name: str, rows: int) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    kind = KINDS[kind_name]
    for i, col in enumerate(columns, start=1):
        if col == "account":
            continue
        try:
            f = kind.field(col)
        except KeyError:
            continue
        choices: tuple[str, ...] = ()
        if f.type == "enum":
            choices = f.choices
        elif f.type == "bool":
            choices = ("true", "false")
        if not choices or len(",".join(choices)) > 250:
            continue
        dv = DataValidation(type="list", formula1='"' + ",".join(choices) + '"',
                            allow_blank=True, showErrorMessage=True,
                            errorTitle=col, error=f"{col}: one of {', '.join(choices)}")
        from openpyxl.utils import get_column_letter

        letter = get_column_letter(i)
        dv.add(f"{letter}2:{letter}{max(rows, 500)}")
        ws.add_data_validation(dv)


def write_workbook(data: AccountData | None, path: Path, *, include_private: bool = False) -> None:
    """Write ``data`` (or, with ``None``, an empty template) as a workbook, every cell text.

    Values go in as the CSV format writes them, so a workbook exported and imported
    again gives the same account; ids and numbers stay text so Excel does not turn
    ``0101`` into ``101`` or a date-like id into a date.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    files = dump_csv(data, include_private=include_private) if data is not None else {}
    wb = Workbook()
    first = wb.active
    assert first is not None
    wb.remove(first)
    for sheet, kind_name in SHEETS.items():
        kind = KINDS[kind_name]
        text = files.get(f"{sheet}.csv")
        if text is not None:
            rows = list(csv.reader(io.StringIO(text)))
        else:
            rows = [kind.columns]
        ws = wb.create_sheet(sheet)
        for row in rows:
            ws.append(row)
        for c in ws[1]:
            c.font = Font(bold=True)
        for i, _ in enumerate(rows[0], start=1):
            for (cell,) in ws.iter_rows(min_row=2, min_col=i, max_col=i):
                cell.number_format = "@"
                cell.data_type = "s"
        ws.freeze_panes = "A2"
        for col_cells in ws.columns:
            width = max(len(str(c.value or "")) for c in col_cells) + 2
            ws.column_dimensions[col_cells[0].column_letter].width = min(max(width, 10), 40)
        _dropdowns(ws, rows[0], kind_name, len(rows))
    wb.save(path)


def write_xlsx(data: AccountData, out: Path, *, include_private: bool = False,
               **_: Any) -> list[Path]:
    """:func:`write_workbook` as a format writer."""
    write_workbook(data, out, include_private=include_private)
    return [out]
