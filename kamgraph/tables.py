"""Tables and values as people read them, and JSON-ready values, for the CLI and notebooks.

Tables are laid out by `rich <https://rich.readthedocs.io>`_: CJK characters count two
cells, long cells wrap inside their column so the table fits the width asked for. The
CLI asks for the terminal's width (``COLUMNS`` wins when set); piped output gets plain
ASCII and, unless ``COLUMNS`` is set, no width limit, so ``grep`` and ``cut`` see whole
rows. One formatting of stances (``+2``), names (``王强 Wang Qiang``), numbers and dates
is used everywhere, and control characters never reach the terminal.

No click here: notebooks and scripts print the same tables the CLI does.
"""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import sys
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import asdict, is_dataclass
from typing import Any, TextIO

__all__ = ["to_jsonable", "table", "width", "clean", "stance", "date", "cell",
           "output_width", "is_terminal"]

#: C0 and C1 controls (tab and newline kept), DEL, and the bidirectional overrides that
#: can make a terminal show text other than what is there
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean(text: str, *, newlines: bool = True) -> str:
    r"""``text`` without control characters (an ESC sequence loses its ESC and stays inert).

    Examples
    --------
    >>> clean("王\x1b[31m强\x07")
    '王[31m强'
    >>> clean("a\nb", newlines=False)
    'a b'
    """
    out = _CONTROL.sub("", text)
    return out if newlines else out.replace("\r", "").replace("\n", " ").replace("\t", " ")


def to_jsonable(value: Any) -> Any:
    """Dataclasses, dates, sets and tuples turned into JSON-ready values."""
    if hasattr(value, "to_dict"):
        return to_jsonable(value.to_dict())
    if is_dataclass(value) and not isinstance(value, type):
        return to_jsonable(asdict(value))
    if isinstance(value, Mapping):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set, frozenset)):
        items = sorted(value, key=str) if isinstance(value, (set, frozenset)) else value
        return [to_jsonable(v) for v in items]
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if hasattr(value, "iso_format"):  # neo4j.time values
        return value.iso_format()
    if isinstance(value, float):
        return round(value, 6)
    return value


def width(text: str) -> int:
    """Display width of text on a terminal (CJK characters take two cells)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def stance(value: int | None) -> str:
    """A stance as everywhere in kamgraph: signed, ``+0`` for neutral, blank when unknown.

    Examples
    --------
    >>> stance(2), stance(0), stance(-1), stance(None)
    ('+2', '+0', '-1', '')
    """
    return "" if value is None else f"{int(value):+d}"


def date(value: Any) -> str:
    """A date as ISO ``YYYY-MM-DD`` (a datetime keeps its time to the minute).

    Examples
    --------
    >>> date(dt.date(2026, 11, 23)), date(None)
    ('2026-11-23', '')
    """
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    if isinstance(value, dt.date):
        return value.isoformat()
    if hasattr(value, "iso_format"):
        return str(value.iso_format())
    return str(value)


def cell(v: Any) -> str:
    """One table cell: floats with two decimals, lists joined by commas, dates ISO.

    Examples
    --------
    >>> cell(0.5), cell(["a", "b"]), cell(None), cell(True)
    ('0.50', 'a, b', '', 'yes')
    """
    if v is None:
        return ""
    if isinstance(v, bool):
        from kamgraph.i18n import _

        return _("yes") if v else ""
    if isinstance(v, float):
        return f"{v:.2f}"
    if isinstance(v, (list, tuple)):
        return ", ".join(cell(x) for x in v)
    if isinstance(v, (dt.date, dt.datetime)) or hasattr(v, "iso_format"):
        return date(v)
    return clean(str(v), newlines=False)


def is_terminal(stream: TextIO | None = None) -> bool:
    """Whether ``stream`` (default stdout) is an interactive terminal."""
    stream = sys.stdout if stream is None else stream
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def output_width(stream: TextIO | None = None) -> int | None:
    """Width to fit tables to: ``$COLUMNS``, else the terminal's, else none (piped)."""
    cols = os.environ.get("COLUMNS", "").strip()
    if cols.isdigit() and int(cols) > 0:
        return int(cols)
    if is_terminal(stream):
        import shutil

        return shutil.get_terminal_size((100, 24)).columns
    return None


def _ascii_box() -> Any:
    from rich.box import Box

    # no outer frame, two spaces between columns, a dashed line under the header
    return Box("    \n"
               "    \n"
               " -  \n"
               "    \n"
               "    \n"
               " -  \n"
               "    \n"
               "    \n", ascii=True)


def table(rows: Iterable[Sequence[Any]], headers: Sequence[str], *, max_width: int | None = None,
          fancy: bool = False, wrap: Sequence[int] | None = None) -> str:
    """Rows as a table that fits ``max_width`` cells (no limit when ``None``).

    ``fancy`` draws the terminal style (box lines, bold header); otherwise plain ASCII.
    ``wrap`` lists the columns that may wrap (default: all); the others fold only when
    nothing else fits.

    Examples
    --------
    >>> print(table([["王强", 0.5], ["Li", 1]], ["name", "score"]))
    name  score
    ----  -----
    王强  0.50
    Li    1
    >>> print(table([["a long reason that wraps", "x"]], ["why", "id"], max_width=16))
    why           id
    ------------  --
    a long        x
    reason that
    wraps
    """
    from rich import box as rbox
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    t = Table(box=rbox.SIMPLE_HEAD if fancy else _ascii_box(), show_edge=False, pad_edge=False,
              padding=(0, 1, 0, 0), header_style="bold" if fancy else "",
              show_header=True, expand=False, collapse_padding=False)
    for i, h in enumerate(headers):
        may_wrap = wrap is None or i in wrap
        head = clean(str(h), newlines=False)
        # (no min_width: rich then crops wrapped cells instead of folding them)
        t.add_column(Text(head), overflow="fold", no_wrap=not may_wrap)
    for r in rows:
        t.add_row(*(Text(cell(v), overflow="fold") for v in r))
    buf = io.StringIO()
    console = Console(file=buf, width=max_width or 100_000, color_system="standard" if fancy
                      else None, force_terminal=fancy, no_color=not fancy, emoji=False,
                      highlight=False, markup=False, legacy_windows=False, soft_wrap=False,
                      force_jupyter=False)  # in a notebook too: text into buf, not a widget
    console.print(t)
    lines = [line.rstrip() for line in buf.getvalue().rstrip("\n").split("\n")]
    if not fancy and len(lines) > 1:  # the rule ends under each header, not over the gap
        lines[1] = lines[1].replace("- ", "  ")
    return "\n".join(lines)
