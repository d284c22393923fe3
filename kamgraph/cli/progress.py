"""Progress on the terminal: spinners and bars on stderr, nothing when stderr is not a terminal.

Everything here draws with rich on standard error, so piped or redirected standard output
stays clean, and a run under a pipe or in CI (stderr not a terminal) prints nothing.
"""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

from kamgraph.i18n import _
from kamgraph.tables import is_terminal

if TYPE_CHECKING:
    from kamgraph.config import Settings

__all__ = ["interactive", "spinner", "track", "engine_start_notice", "StatusLine"]

T = TypeVar("T")


def interactive() -> bool:
    """Whether progress may be drawn: standard error is a terminal."""
    return is_terminal(sys.stderr)


def _console() -> Any:
    from rich.console import Console

    return Console(stderr=True, highlight=False, markup=False, emoji=False)


@contextmanager
def spinner(message: str) -> Iterator[StatusLine]:
    """A spinner with ``message`` while the block runs (nothing when not on a terminal)."""
    if not interactive():
        yield StatusLine(None)
        return
    with _console().status(message, spinner="dots") as status:
        yield StatusLine(status)


class StatusLine:
    """What a running spinner shows; updating it is a no-op when nothing is drawn."""

    def __init__(self, status: Any) -> None:
        self._status = status

    def update(self, message: str) -> None:
        if self._status is not None:
            self._status.update(message)


def track(items: Iterable[T], total: int, description: str) -> Iterator[T]:
    """``items`` with a progress bar of ``total`` steps (plain iteration when not on a terminal)."""
    if not interactive():
        yield from items
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    with Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                  TimeElapsedColumn(), console=_console(), transient=True) as bar:
        task = bar.add_task(description, total=total)
        for item in items:
            yield item
            bar.advance(task)


def _engine_down(settings: Settings) -> bool:
    try:
        from kamgraph.store.engine import engine_status

        return not engine_status(settings.home).get("running")
    except Exception:  # a status we cannot read is the engine client's to report
        return False


def engine_start_notice(settings: Settings) -> Any:
    """"starting the embedded engine…" with a spinner, when the engine is down and we are on
    a terminal; otherwise nothing."""
    if not settings.embedded or not interactive() or not _engine_down(settings):
        return nullcontext()
    return spinner(_("starting the embedded engine…"))
