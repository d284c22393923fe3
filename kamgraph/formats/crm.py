"""What the CRM export readers share: reading an export CSV, names, levels from titles.

:func:`read_export` reads one export file as ``(Loc, {column: value})`` rows, refusing a
file that is too large, not UTF-8 (with "save the export as UTF-8 CSV") or without its
record-id column; :func:`level_from_title` guesses a level from a job title;
:func:`full_name` puts a Chinese family name first.
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from kamgraph.formats.limits import check_size
from kamgraph.formats.records import Issues, Loc
from kamgraph.i18n import N_, Text
from kamgraph.model import ATTRIBUTE_NAME

__all__ = ["LEVEL_WORDS", "level_from_title", "full_name", "read_export", "is_attribute_name"]

#: Title words -> level, checked in this order (first match wins).
LEVEL_WORDS: tuple[tuple[str, str], ...] = (
    (r"\b(chairman|chairwoman|board)\b|董事长|董事|党委书记", "board"),
    (r"\b(ceo|cfo|cto|coo|cio|chief|president|general manager)\b|总经理|总裁|首席", "c-level"),
    (r"\b(vp|vice president|svp|evp)\b|副总", "vp"),
    (r"\b(director|head)\b|总监|主任|部长", "director"),
    (r"\b(manager|lead)\b|经理|主管", "manager"),
)
_CJK = re.compile(r"[\u3400-\u9fff]")
_ATTR = re.compile(ATTRIBUTE_NAME + r"\Z")


def is_attribute_name(name: str) -> bool:
    """Whether ``name`` can be kept as a free attribute as it is."""
    return _ATTR.match(name) is not None


def level_from_title(title: str | None) -> str | None:
    """A level guessed from a job title, or ``None``.

    Examples
    --------
    >>> level_from_title("Chief Technology Officer"), level_from_title("网络部总经理")
    ('c-level', 'c-level')
    >>> level_from_title("Procurement Manager"), level_from_title("Engineer")
    ('manager', None)
    """
    text = (title or "").lower()
    for pattern, level in LEVEL_WORDS:
        if re.search(pattern, text):
            return level
    return None


def full_name(first: str, last: str) -> str | None:
    """A person's name from its parts: family name first when it is Chinese.

    Examples
    --------
    >>> full_name("建国", "陈"), full_name("Mary", "Smith"), full_name("", "")
    ('陈建国', 'Mary Smith', None)
    """
    if _CJK.search(first + last):
        return (last + first) or None  # 王 + 强 -> 王强
    return " ".join(x for x in (first, last) if x) or None


def read_export(path: Path, obj: str, issues: Issues, max_bytes: int | None = None,
                id_column: str = "Id") -> list[tuple[Loc, dict[str, str]]]:
    """Every non-empty row of one export file as ``(Loc, {column: value})``, empty
    cells left out; problems (size, encoding, CSV, no ``id_column``) go to ``issues``."""
    file = str(path)
    if not check_size(path, file, issues, max_bytes):
        return []
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            rows = list(csv.reader(fh, strict=True))
    except UnicodeDecodeError:
        issues.add_at(file, None, None,
                      Text(N_("is not UTF-8 text; save the export as UTF-8 CSV")))
        return []
    except (csv.Error, OSError) as e:
        issues.add_at(file, None, None, Text(N_("cannot be read as CSV: {why}"), why=e))
        return []
    if not rows:
        issues.add_at(file, 1, None, Text(N_("is empty; expected a header row")))
        return []
    header = [h.strip() for h in rows[0]]
    if id_column not in header:
        issues.add_at(file, 1, id_column,
                      Text(N_("required column is missing (a {export} export has {column})"),
                           export=obj, column=id_column))
        return []
    out = []
    for n, row in enumerate(rows[1:], start=2):
        if not any(c.strip() for c in row):
            continue
        cells = {h: row[i].strip() for i, h in enumerate(header)
                 if h and i < len(row) and row[i].strip()}
        out.append((Loc(file, n, row=True), cells))
    return out
