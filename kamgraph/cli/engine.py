"""``kamgraph engine status|stop``: the embedded engine of a kamgraph home."""

from __future__ import annotations

from pathlib import Path

import click

from kamgraph.cli.common import json_option
from kamgraph.cli.output import echo_json

__all__ = ["engine_group"]

_home = click.option("--home", envvar="KAMGRAPH_HOME", default=None,
                     type=click.Path(file_okay=False, path_type=Path),
                     help="kamgraph home [env KAMGRAPH_HOME].")


def _resolve(home: Path | None) -> Path:
    from kamgraph.config import resolve_settings

    return resolve_settings(home=home).home


@click.group("engine")
def engine_group() -> None:
    """Show, start or stop the embedded engine (it also stops by itself when idle)."""


@engine_group.command("status")
@_home
@json_option
def status_cmd(home: Path | None, as_json: bool) -> None:
    """Is the embedded engine running, where, and for how long."""
    from kamgraph.store.engine import engine_status

    st = engine_status(_resolve(home))
    if as_json:
        echo_json(st)
        return
    if not st["running"]:
        stale = "; removed a stale state file" if st.get("stale_state_removed") else ""
        click.echo(f"Engine: not running (home {st['home']}){stale}")
        return
    click.echo(f"Engine: running, pid {st['pid']}, {st['uri']} (loopback only)")
    click.echo(f"Home: {st['home']}")
    click.echo(f"Up {st['uptime_s']:.0f}s, idle {st.get('idle_s', 0):.0f}s; "
               f"stops after {st['idle_limit_s']:.0f}s idle")
    if "data_bytes" in st:
        click.echo(f"Data: {st['data_bytes'] / 1e6:.1f} MB")


@engine_group.command("start")
@_home
def start_cmd(home: Path | None) -> None:
    """Start the engine now (commands start it on demand anyway)."""
    from kamgraph.store.engine import ensure_engine

    info = ensure_engine(_resolve(home))
    click.echo(f"Engine: running, pid {info.pid}, {info.uri}")


@engine_group.command("stop")
@_home
def stop_cmd(home: Path | None) -> None:
    """Stop the engine of this home."""
    from kamgraph.store.engine import stop_engine

    h = _resolve(home)
    result = stop_engine(h)
    if result == "stopped":
        click.echo("Engine stopped.")
    elif result == "stale state removed":
        click.echo(f"Engine: not running (home {h}); removed a stale state file "
                   "(the process it named is not this home's engine and was left alone)")
    else:
        click.echo(f"Engine: not running (home {h})")
