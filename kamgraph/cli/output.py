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

__all__ = ["to_jsonable", "echo", "echo_json", "table", "echo_table", "width", "check_out",
           "OutputPathError", "described"]

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
    """``click.echo`` without control characters."""
    click.echo(clean(text), err=err)


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
