"""Output helpers of the CLI: tables that fit the terminal, JSON for machines, safe paths.

Everything printed goes through :func:`echo`, which strips control characters, so a name
holding an escape sequence cannot drive the terminal. Output paths are checked before any
work: a missing parent folder, a file where a folder is wanted (or the reverse) and an
unwritable place are one-line user errors, not tracebacks.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Literal

import click

from kamgraph.errors import KamgraphError
from kamgraph.i18n import _
from kamgraph.tables import clean, is_terminal, output_width, table, to_jsonable, width

__all__ = ["to_jsonable", "echo", "wrap_line", "echo_json", "table", "echo_table", "width",
           "check_out", "OutputPathError", "described"]

_EMBEDDED = "embedded engine at "


def described(store: Any) -> str:
    """The store's description in the current language ("embedded engine at ~/...")."""
    desc = str(store.description)
    if desc.startswith(_EMBEDDED):
        return _("embedded engine at {home}").format(home=desc[len(_EMBEDDED):])
    return desc


class OutputPathError(KamgraphError):
    """An output path the command cannot write to."""


def echo(text: str = "", err: bool = False) -> None:
    """``click.echo`` without control characters; long lines wrap to the terminal's width
    (``COLUMNS``), continuing under their indent (under the text of a ``- `` item)."""
    text = clean(text)
    cols = None if err else output_width()
    if cols:
        text = "\n".join(wrap_line(line, cols) for line in text.split("\n"))
    click.echo(text, err=err)


def wrap_line(line: str, cols: int) -> str:
    """One line wrapped to ``cols`` display cells (CJK counts two).

    >>> print(wrap_line("  - a reason that is long", 14))
      - a reason
        that is
        long
    """
    from rich.cells import cell_len

    if cell_len(line) <= cols:
        return line
    body = line.lstrip(" ")
    indent = len(line) - len(body)
    hang = indent + (2 if body.startswith(("- ", "* ")) else 0)
    if cols - hang < 10:
        return line
    import io

    from rich.console import Console
    from rich.text import Text

    buf = io.StringIO()
    console = Console(file=buf, width=cols - hang, color_system=None, no_color=True,
                      highlight=False, markup=False, emoji=False, legacy_windows=False,
                      force_jupyter=False)
    first, rest = body[: hang - indent], body[hang - indent:]
    console.print(Text(rest), overflow="fold")
    parts = [p.rstrip() for p in buf.getvalue().rstrip("\n").split("\n")]
    return "\n".join([" " * indent + first + parts[0]] + [" " * hang + p for p in parts[1:]])


def echo_json(value: Any) -> None:
    """The value as indented UTF-8 JSON (the shapes are documented in docs/cli.md)."""
    click.echo(json.dumps(to_jsonable(value), ensure_ascii=False, indent=2))


def echo_table(rows: Iterable[Sequence[Any]], headers: Sequence[str],
               wrap: Sequence[int] | None = None) -> None:
    """Rows as a table that fits the terminal (give the headers translated)."""
    click.echo(table(rows, headers, max_width=output_width(),
                     fancy=is_terminal(), wrap=wrap))


def check_out(path: Path, kind: Literal["file", "dir"], *, option: str = "--out") -> Path:
    """Refuse an output path that cannot work, before anything is computed or written.

    The parent folder must exist (kamgraph creates no folders you did not name); a
    ``file`` must not be a folder and a ``dir`` not a file; the place must be writable.
    """
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.exists():
        raise OutputPathError(_("{option} {path}: folder {parent} does not exist; create it "
                                "first").format(option=option, path=path, parent=parent))
    if not parent.is_dir():
        raise OutputPathError(_("{option} {path}: {parent} is not a folder").format(
            option=option, path=path, parent=parent))
    if kind == "file" and path.is_dir():
        raise OutputPathError(_("{option} {path} is a folder; give a file name").format(
            option=option, path=path))
    if kind == "dir" and path.exists() and not path.is_dir():
        raise OutputPathError(_("{option} {path} is a file, but this writes a folder of "
                                "files; give a folder").format(option=option, path=path))
    target = path if path.exists() else parent
    if not os.access(target, os.W_OK | (os.X_OK if target.is_dir() else 0)):
        raise OutputPathError(_("{option} {path}: permission denied").format(
            option=option, path=path))
    return path
