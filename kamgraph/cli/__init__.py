"""The ``kamgraph`` command line: a thin layer over the library.

Subcommands live in small modules of this package and are imported only when
used, so ``kamgraph --help`` stays fast. Library errors become one
``Error: ...`` line and a non-zero exit; set ``KAMGRAPH_DEBUG=1`` for tracebacks.
The global options (``--home``, ``--uri``, ``--user``, ``--password``, ``--database``,
``--lang``, ``--json``) go before or after the command.
"""

from __future__ import annotations

import errno
import importlib
import os
from pathlib import Path
from typing import Any

import click

from kamgraph.cli.commands import COMMANDS
from kamgraph.cli.common import lang_option, store_options

__all__ = ["main", "COMMANDS"]


def _prescan_lang(args: list[str]) -> None:
    """Take ``--lang`` from anywhere on the line first, so every word (help included) is
    in that language whatever the option's place."""
    from kamgraph.i18n import set_lang

    set_lang(None)  # each run starts from the environment's language
    for i, a in enumerate(args):
        if a == "--":
            return
        value = a[len("--lang="):] if a.startswith("--lang=") else (
            args[i + 1] if a == "--lang" and i + 1 < len(args) else None)
        if value in ("en", "zh"):
            set_lang(value)


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use (the command list of ``--help``
    is drawn from :mod:`kamgraph.cli.help_index`, importing none of them)."""

    _listing = False

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        self._listing = True
        try:
            super().format_commands(ctx, formatter)
        finally:
            self._listing = False

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        _prescan_lang(args)
        from kamgraph.cli.words import localize

        localize(self)
        return super().parse_args(ctx, args)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        if self._listing:
            from kamgraph.cli.help_index import HELP

            if cmd_name in HELP:
                from kamgraph.cli.words import stand_in

                return stand_in(cmd_name, *HELP[cmd_name])
        module, attr = target.split(":")
        cmd = getattr(importlib.import_module(f"kamgraph.cli.{module}"), attr)
        assert isinstance(cmd, click.Command)
        from kamgraph.cli.words import localize

        localize(cmd)
        return cmd

    def invoke(self, ctx: click.Context) -> Any:
        import logging

        from kamgraph.errors import KamgraphError

        # the driver's retry notices are not for the terminal: failures reach the user
        # as one Error line
        logging.getLogger("neo4j").addHandler(logging.NullHandler())
        logging.getLogger("neo4j").propagate = False

        try:
            return super().invoke(ctx)
        except KamgraphError as e:
            from kamgraph.tables import clean

            raise click.ClickException(clean(e.localized())) from e
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except BrokenPipeError:
            raise  # click's main exits quietly, as Unix tools do when the reader has gone
        except OSError as e:
            if e.errno == errno.EPIPE:
                raise
            if e.filename is None or os.environ.get("KAMGRAPH_DEBUG"):
                raise _internal(e) from e
            raise click.ClickException(_os_message(e)) from e
        except Exception as e:
            raise _internal(e) from e


def _os_message(e: OSError) -> str:
    """One line for a file-system refusal: what, where, why."""
    from kamgraph.i18n import _

    why = {errno.EACCES: _("permission denied"), errno.EPERM: _("permission denied"),
           errno.ENOENT: _("no such file or folder"), errno.EEXIST: _("already exists"),
           errno.EISDIR: _("is a folder"), errno.ENOTDIR: _("a part of the path is not a "
                                                            "folder"),
           errno.ENOSPC: _("no space left on the device"),
           errno.EROFS: _("read-only file system")}.get(e.errno or 0, e.strerror or str(e))
    return _("cannot use {path}: {why}").format(path=Path(str(e.filename)), why=why)


def _internal(e: Exception) -> click.ClickException | Exception:
    if os.environ.get("KAMGRAPH_DEBUG"):
        return e
    from kamgraph.i18n import _

    return click.ClickException(
        _("internal error: {kind}: {error} (set KAMGRAPH_DEBUG=1 for the traceback)").format(
            kind=type(e).__name__, error=e))


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(None, "--version", package_name="kamgraph", prog_name="kamgraph")
@store_options
@lang_option
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def main(**_global: Any) -> None:
    """Relationship-graph analysis for key-account management.

    With nothing configured kamgraph keeps its graph in an embedded engine under
    ~/.local/share/kamgraph; give --uri (or NEO4J_URI) to use a Neo4j 5 server.
    The options above may also follow the command.
    """

