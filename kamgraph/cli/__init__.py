"""The ``kamgraph`` command line: a thin layer over the library.

Subcommands live in small modules of this package and are imported only when
used, so ``kamgraph --help`` stays fast. Library errors become one
``Error: ...`` line and a non-zero exit; set ``KAMGRAPH_DEBUG=1`` for tracebacks.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from kamgraph import __version__

__all__ = ["main", "COMMANDS"]

#: command name -> "module:function" below kamgraph.cli
COMMANDS: dict[str, str] = {
    "init": "data:init_cmd",
    "import": "data:import_cmd",
    "export": "data:export_cmd",
    "accounts": "data:accounts_cmd",
    "people": "data:people_cmd",
    "person": "data:person_cmd",
    "erase": "data:erase_cmd",
    "demo": "demo:demo_cmd",
    "engine": "engine:engine_group",
    "key-persons": "analysis:key_persons_cmd",
    "hidden-chain": "analysis:hidden_chain_cmd",
    "counterpoints": "analysis:counterpoints_cmd",
    "balance": "analysis:balance_cmd",
    "coverage": "analysis:coverage_cmd",
    "paths": "planning:paths_cmd",
    "sponsors": "planning:sponsors_cmd",
    "plan": "planning:plan_cmd",
    "map": "maps:map_cmd",
    "portfolio": "portfolio:portfolio_cmd",
    "template": "data:template_cmd",
    "synth": "scale:synth_cmd",
    "bench": "scale:bench_cmd",
}


class LazyGroup(click.Group):
    """A group whose subcommands are imported on first use."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module, attr = target.split(":")
        cmd = getattr(importlib.import_module(f"kamgraph.cli.{module}"), attr)
        assert isinstance(cmd, click.Command)
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
            raise click.ClickException(str(e)) from e
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except KeyboardInterrupt:
            raise click.Abort() from None
        except Exception as e:
            if os.environ.get("KAMGRAPH_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error: {type(e).__name__}: {e} (set KAMGRAPH_DEBUG=1 for the traceback)"
            ) from e


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="kamgraph")
def main() -> None:
    """Relationship-graph analysis for key-account management.

    With nothing configured kamgraph keeps its graph in an embedded engine under
    ~/.local/share/kamgraph; give --uri (or NEO4J_URI) to use a Neo4j 5 server.
    """
