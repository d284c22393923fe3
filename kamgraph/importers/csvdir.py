"""Read accounts from a folder of CSV files, one file per kind (``people.csv``, ...).

The header is row 1, the first record row 2. ``accounts.csv`` and ``staff.csv`` have
no ``account`` column; every other file starts with one and may hold rows of several
accounts. Empty cells mean "not set"; lists are ``;``-separated; a UTF-8 BOM is
accepted. See ``docs/formats.md``.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any

from kamgraph.errors import ImportValidationError
from kamgraph.importers.checks import Entry, build_account
from kamgraph.importers.limits import max_import_bytes, read_text
from kamgraph.importers.records import (
    ATTR_PREFIX,
    MAX_ID,
    Issues,
    Loc,
    coerce_record,
    control_char,
    safe_name,
    show,
    suggest,
)
from kamgraph.model import KINDS, AccountData, Kind

__all__ = ["FILES", "read_csv_dir", "parse_csv_dir", "rows_to_entries", "assemble"]

#: CSV file name -> kind name.
FILES: dict[str, str] = {f"{k.plural}.csv": k.name for k in KINDS.values()}


def _read_rows(path: Path, file: str, issues: Issues, max_bytes: int) -> list[list[str]] | None:
    """Every row of one CSV file; a quote left open names the row and line it opens on."""
    text = read_text(path, file, issues, max_bytes)
    if text is None:
        return None
    rows: list[list[str]] = []
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    line = 0
    try:
        for row in reader:
            rows.append(row)
            line = reader.line_num
    except csv.Error as exc:
        where = f"row {len(rows) + 1}, starting on line {line + 1}"
        if "end of data" in str(exc):
            issues.add_at(file, len(rows) + 1, None, f"a quoted cell opened in {where} is never "
                          'closed (a missing " makes the rest of the file one cell)')
        else:
            issues.add_at(file, len(rows) + 1, None, f"is not valid CSV in {where}: {exc}")
        return None
    return rows


def _read_file(path: Path, file: str, kind: Kind, issues: Issues,
               max_bytes: int) -> list[tuple[str | None, Entry]] | None:
    """Coerce every row of one file; return ``(account id or None, entry)`` pairs, or
    None when the file cannot be read as CSV at all."""
    rows = _read_rows(path, file, issues, max_bytes)
    if rows is None:
        return None
    return rows_to_entries(rows, file, kind, issues)


def rows_to_entries(rows: list[list[str]], file: str, kind: Kind,
                    issues: Issues) -> list[tuple[str | None, Entry]]:
    """Coerce the rows of one table (header first): a CSV file or a workbook sheet."""
    if not rows or not any(c.strip() for c in rows[0]):
        issues.add_at(file, 1, None,
                      f"has no header row (expected columns {', '.join(kind.columns)})")
        return []
    header = [c.strip() for c in rows[0]]
    for i, col in enumerate(header):
        why = control_char(col)
        if why:
            issues.add_at(file, 1, safe_name(col), f"column {i + 1}: {why}")
            header[i] = safe_name(col)
    known = kind.columns
    keep: list[int] = []
    for i, col in enumerate(header):
        if not col:
            if any(i < len(r) and r[i].strip() for r in rows[1:]):
                issues.add_at(file, 1, None, f"column {i + 1} has values but no header")
            continue
        if col in header[:i]:
            issues.add_at(file, 1, safe_name(col), "column appears twice")
        elif kind.has_attributes and col.startswith(ATTR_PREFIX):
            keep.append(i)
        elif col not in known:
            hint = suggest(safe_name(col), known)
            if col == "account" and not kind.account_scoped:
                hint = f" ({kind.plural}.csv has no account column)"
            issues.add_at(file, 1, safe_name(col), f"unknown column{hint}")
        else:
            keep.append(i)
    missing = [f.name for f in kind.fields if f.required and f.name not in header]
    for name in missing:
        issues.add_at(file, 1, name, "required column is missing")
    if kind.account_scoped and "account" not in header:
        issues.add_at(file, 1, "account", "required column is missing")
        return []
    out: list[tuple[str | None, Entry]] = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        loc = Loc(file, n, row=True)
        if len(row) > len(header):
            extra = [c for c in row[len(header):] if c.strip()]
            if extra:
                issues.add(loc, None, f"row has {len(row)} cells but the header has {len(header)}")
        cells: dict[str, Any] = {header[i]: row[i].strip() for i in keep
                                 if i < len(row) and row[i].strip()}
        account = cells.pop("account", None)
        attrs = {c[len(ATTR_PREFIX):]: cells.pop(c) for c in list(cells)
                 if c.startswith(ATTR_PREFIX)}
        if attrs:
            cells["attributes"] = attrs
        if kind.account_scoped and account is None:
            issues.add(loc, "account", "required field is missing")
        elif account is not None and (control_char(account) or len(account) > MAX_ID):
            issues.add(loc, "account", control_char(account)
                       or f"is {len(account):,} characters long; the limit is {MAX_ID}")
            account = None
        rec = coerce_record(kind, cells, loc, issues, implied=missing, unknown_word="column")
        out.append((account, Entry(kind.name, rec, loc)))
    return out


def read_csv_dir(path: Path, issues: Issues, *, label: str | None = None,
                 max_bytes: int | None = None) -> list[AccountData]:
    """Read every account of a CSV folder, adding every problem to ``issues``.

    Each file over ``max_bytes`` (default :func:`~kamgraph.importers.limits.max_import_bytes`)
    is refused unread.
    """
    base = label or str(path)
    limit = max_import_bytes(max_bytes)
    if not path.is_dir():
        issues.add_at(base, None, None, "is not a folder")
        return []
    by_kind: dict[str, list[tuple[str | None, Entry]]] = {}
    unreadable = False
    for child in sorted(path.iterdir()):
        if child.suffix.lower() != ".csv" or not child.is_file():
            continue
        file = str(Path(base) / child.name)
        kind = FILES.get(child.name)
        if kind is None:
            issues.add_at(file, None, None, "is not a kamgraph file; expected one of "
                          f"{', '.join(FILES)}{suggest(child.name, FILES)}")
            continue
        pairs = _read_file(child, file, KINDS[kind], issues, limit)
        if pairs is None:
            unreadable = True
        else:
            by_kind[kind] = pairs
    if unreadable:  # its records are missing: checking references would only mislead
        return []
    if "account" not in by_kind:
        issues.add_at(str(Path(base) / "accounts.csv"), None, None,
                      "is missing; a CSV folder needs accounts.csv")
        return []
    return assemble(by_kind, str(Path(base) / "accounts.csv"), issues)


def assemble(by_kind: dict[str, list[tuple[str | None, Entry]]], accounts_where: str,
             issues: Issues) -> list[AccountData]:
    """Group the entries of every table by account and check each account."""
    accounts: dict[str, Entry] = {}
    for _, e in by_kind["account"]:
        aid = e.rec.get("id")
        if aid is None:
            continue
        if aid in accounts:
            issues.add(e.loc, "id", f"duplicate account id {show(aid)} "
                       f"(first at {accounts[aid].loc.where(e.loc.file)})")
        else:
            accounts[aid] = e
    if not by_kind["account"]:
        issues.add_at(accounts_where, None, None, "has no accounts")
    grouped: dict[str, list[Entry]] = {aid: [e] for aid, e in accounts.items()}
    for kind, pairs in by_kind.items():
        if not KINDS[kind].account_scoped:
            continue
        for account, e in pairs:
            if account is None:
                continue
            if account not in grouped:
                issues.add(e.loc, "account",
                           f"unknown account {show(account)} (not in {Path(accounts_where).name})")
            else:
                grouped[account].append(e)
    staff = [e for _, e in by_kind.get("staff", [])]
    one = len(grouped) == 1
    return [build_account(entries, staff, issues, all_staff=one) for entries in grouped.values()]


def parse_csv_dir(path: str | Path) -> list[AccountData]:
    """Read and validate every account of a CSV folder.

    Raises
    ------
    ImportValidationError
        Listing every problem of every file (row, field, what is wrong).
    """
    issues = Issues()
    data = read_csv_dir(Path(path), issues, label=str(path))
    if issues:
        raise ImportValidationError(list(dict.fromkeys(issues)))
    return data
