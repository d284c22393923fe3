"""Accounts as a folder of CSV files, one file per kind (``people.csv``, ...).

The header is row 1, the first record row 2. ``accounts.csv`` and ``staff.csv`` have
no ``account`` column; every other file starts with one and may hold rows of several
accounts. Empty cells mean "not set"; lists are ``;``-separated; a UTF-8 BOM is
accepted. See ``docs/formats.md``.

The writer writes one file per kind with :attr:`Kind.columns
<kamgraph.model.Kind.columns>` (private person columns only with ``include_private``);
stances as entered: ``value`` is the raw value on its ``scale``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path
from typing import Any

from kamgraph.errors import ImportValidationError, KamgraphError
from kamgraph.formats.checks import Entry, build_account
from kamgraph.formats.limits import max_import_bytes, read_text
from kamgraph.formats.records import (
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
from kamgraph.i18n import N_, Text
from kamgraph.model import KIND_ORDER, KINDS, AccountData, Kind

__all__ = ["FILES", "read_csv_dir", "parse_csv_dir", "rows_to_entries", "assemble", "dump_csv",
           "write_csv_dir"]

#: CSV file name -> kind name.
FILES: dict[str, str] = {f"{k.plural}.csv": k.name for k in KINDS.values()}
#: CSV files written even when empty, so a folder always shows its shape.
_ALWAYS = ("account", "person")


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
        where = Text(N_("row {row}, starting on line {line}"), row=len(rows) + 1, line=line + 1)
        if "end of data" in str(exc):
            issues.add_at(file, len(rows) + 1, None, Text(
                N_('a quoted cell opened in {where} is never closed (a missing " makes the rest '
                   'of the file one cell)'), where=where))
        else:
            issues.add_at(file, len(rows) + 1, None,
                          Text(N_("is not valid CSV in {where}: {error}"), where=where, error=exc))
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
        issues.add_at(file, 1, None, Text(N_("has no header row (expected columns {columns})"),
                                          columns=", ".join(kind.columns)))
        return []
    header = [c.strip() for c in rows[0]]
    for i, col in enumerate(header):
        why = control_char(col)
        if why:
            issues.add_at(file, 1, safe_name(col), Text(N_("column {n}: {why}"), n=i + 1, why=why))
            header[i] = safe_name(col)
    known = kind.columns
    keep: list[int] = []
    for i, col in enumerate(header):
        if not col:
            if any(i < len(r) and r[i].strip() for r in rows[1:]):
                issues.add_at(file, 1, None,
                              Text(N_("column {n} has values but no header"), n=i + 1))
            continue
        if col in header[:i]:
            issues.add_at(file, 1, safe_name(col), Text(N_("column appears twice")))
        elif kind.has_attributes and col.startswith(ATTR_PREFIX):
            keep.append(i)
        elif col not in known:
            hint = suggest(safe_name(col), known)
            if col == "account" and not kind.account_scoped:
                hint = Text(N_(" ({file} has no account column)"), file=f"{kind.plural}.csv")
            issues.add_at(file, 1, safe_name(col), Text(N_("unknown column{hint}"), hint=hint))
        else:
            keep.append(i)
    missing = [f.name for f in kind.fields if f.required and f.name not in header]
    for name in missing:
        issues.add_at(file, 1, name, Text(N_("required column is missing")))
    if kind.account_scoped and "account" not in header:
        issues.add_at(file, 1, "account", Text(N_("required column is missing")))
        return []
    out: list[tuple[str | None, Entry]] = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        loc = Loc(file, n, row=True)
        if len(row) > len(header):
            extra = [c for c in row[len(header):] if c.strip()]
            if extra:
                issues.add(loc, None, Text(N_("row has {n} cells but the header has {m}"),
                                           n=len(row), m=len(header)))
        cells: dict[str, Any] = {header[i]: row[i].strip() for i in keep
                                 if i < len(row) and row[i].strip()}
        account = cells.pop("account", None)
        attrs = {c[len(ATTR_PREFIX):]: cells.pop(c) for c in list(cells)
                 if c.startswith(ATTR_PREFIX)}
        if attrs:
            cells["attributes"] = attrs
        if kind.account_scoped and account is None:
            issues.add(loc, "account", Text(N_("required field is missing")))
        elif account is not None and (control_char(account) or len(account) > MAX_ID):
            issues.add(loc, "account", control_char(account)
                       or Text(N_("is {n:,} characters long; the limit is {limit:,}"),
                               n=len(account), limit=MAX_ID))
            account = None
        rec = coerce_record(kind, cells, loc, issues, implied=missing, unknown_word="column")
        out.append((account, Entry(kind.name, rec, loc)))
    return out


def read_csv_dir(path: Path, issues: Issues, *, label: str | None = None,
                 max_bytes: int | None = None) -> list[AccountData]:
    """Read every account of a CSV folder, adding every problem to ``issues``.

    Each file over ``max_bytes`` (default :func:`~kamgraph.formats.limits.max_import_bytes`)
    is refused unread.
    """
    base = label or str(path)
    limit = max_import_bytes(max_bytes)
    if not path.is_dir():
        issues.add_at(base, None, None, Text(N_("is not a folder")))
        return []
    by_kind: dict[str, list[tuple[str | None, Entry]]] = {}
    unreadable = False
    for child in sorted(path.iterdir()):
        if child.suffix.lower() != ".csv" or not child.is_file():
            continue
        file = str(Path(base) / child.name)
        kind = FILES.get(child.name)
        if kind is None:
            issues.add_at(file, None, None, Text(N_("is not a kamgraph file; expected one of "
                                                    "{files}{hint}"), files=", ".join(FILES),
                                                 hint=suggest(child.name, FILES)))
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
                      Text(N_("is missing; a CSV folder needs accounts.csv")))
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
            issues.add(e.loc, "id", Text(N_("duplicate {kind} id {id} (first at {where})"),
                                         kind=Text(N_("account")), id=show(aid),
                                         where=accounts[aid].loc.where(e.loc.file)))
        else:
            accounts[aid] = e
    if not by_kind["account"]:
        issues.add_at(accounts_where, None, None, Text(N_("has no accounts")))
    grouped: dict[str, list[Entry]] = {aid: [e] for aid, e in accounts.items()}
    for kind, pairs in by_kind.items():
        if not KINDS[kind].account_scoped:
            continue
        for account, e in pairs:
            if account is None:
                continue
            if account not in grouped:
                issues.add(e.loc, "account",
                           Text(N_("unknown account {id} (not in {file})"), id=show(account),
                                file=Path(accounts_where).name))
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


# -- writing -------------------------------------------------------------------------

def _cell(value: Any) -> str:
    """One CSV cell.

    Examples
    --------
    >>> _cell(300.0), _cell(0.25), _cell(True), _cell(["a", "b"]), _cell(None)
    ('300', '0.25', 'true', 'a;b', '')
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() and abs(value) < 1e15 else repr(value)
    if isinstance(value, list):
        return ";".join(value)
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def dump_csv(data: AccountData, *, include_private: bool = False,
             excel_safe: bool = False) -> dict[str, str]:
    """The account as CSV texts: ``{"people.csv": "...", ...}``, one per kind with records.

    ``accounts.csv`` and ``people.csv`` are always written; private columns only
    with ``include_private``. Cells are exact (the export is for re-import);
    ``excel_safe`` prefixes cells a spreadsheet would run as formulas with ``'``
    (:func:`kamgraph.safety.excel_cell`), for files meant to be opened in Excel.
    """
    from kamgraph.safety import excel_cell

    fix = excel_cell if excel_safe else str
    files: dict[str, str] = {}
    account = data.account_id
    for kind in KIND_ORDER:
        recs = data[kind]
        if not recs and kind not in _ALWAYS:
            continue
        k = KINDS[kind]
        cols = [c for c in k.columns if include_private or c not in k.private_fields]
        attrs = sorted({a for rec in recs for a in rec.get("attributes") or {}})
        cols += [ATTR_PREFIX + a for a in attrs]
        buf = io.StringIO()
        writer = csv.writer(buf, lineterminator="\n")
        writer.writerow(cols)
        for rec in recs:
            row = dict(rec, account=account)
            row.update({ATTR_PREFIX + a: v for a, v in (rec.get("attributes") or {}).items()})
            if kind == "stance":
                row["value"] = rec.get("raw", rec["value"])
            writer.writerow([fix(_cell(row.get(c))) for c in cols])
        files[f"{k.plural}.csv"] = buf.getvalue()
    return files


def write_csv_dir(data: AccountData, out: Path, *, include_private: bool = False,
                  bom: bool = False, excel_safe: bool = False) -> list[Path]:
    """Write the account as a folder of CSV files and return the files written.

    ``bom`` starts each file with a UTF-8 byte-order mark (Excel on Windows then reads
    the Chinese right; the importer accepts it) and ``excel_safe`` neutralises formula
    cells (see :func:`dump_csv`). Older kind files in the folder that this account does
    not have are removed, so that the folder reads back as exactly this account.
    """
    if out.exists() and not out.is_dir():
        raise KamgraphError(N_("{path} is a file; CSV export writes a folder"), path=out)
    files = dump_csv(data, include_private=include_private, excel_safe=excel_safe)
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8-sig" if bom else "utf-8")
        written.append(out / name)
    for kind in KINDS.values():
        stale = out / f"{kind.plural}.csv"
        if stale.name not in files and stale.is_file():
            stale.unlink()
    return written
