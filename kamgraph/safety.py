"""Text made safe for where it lands: spreadsheets, Markdown pages, terminals.

* Spreadsheets run a cell starting with ``= + - @`` (or a tab or carriage return) as a
  formula. :func:`excel_cell` prefixes such a cell with ``'`` (OWASP's advice), leaving
  plain numbers such as ``-1`` alone.
* Markdown pasted into wikis and mail renders raw HTML: :func:`md_cell` escapes it.
* Terminals obey escape sequences: :func:`kamgraph.tables.clean` drops control characters.
"""

from __future__ import annotations

import html
import re

__all__ = ["excel_cell", "md_cell", "FORMULA_START"]

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def excel_cell(value: str) -> str:
    """A CSV/XLSX cell a spreadsheet shows as text, never runs as a formula.

    Examples
    --------
    >>> excel_cell("=HYPERLINK(\\"http://x\\")"), excel_cell("-1"), excel_cell("@SUM(A1)")
    ('\\'=HYPERLINK("http://x")', '-1', "'@SUM(A1)")
    >>> excel_cell("王强")
    '王强'
    """
    if value.startswith(FORMULA_START) and not _NUMBER.fullmatch(value):
        return "'" + value
    return value


def md_cell(value: str) -> str:
    """Text for a Markdown table cell: HTML escaped, pipes escaped, one line.

    Examples
    --------
    >>> md_cell("<img src=x onerror=alert(1)> | a\\nb")
    '&lt;img src=x onerror=alert(1)&gt; \\\\| a b'
    """
    text = html.escape(value, quote=False)
    return text.replace("|", "\\|").replace("\r", " ").replace("\n", " ")
