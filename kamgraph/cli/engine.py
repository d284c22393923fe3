"""``kamgraph engine status|stop``: the embedded engine of a kamgraph home."""

from __future__ import annotations

from pathlib import Path

import click

from kamgraph.cli.common import json_option, pick_value
from kamgraph.cli.output import echo, echo_json
from kamgraph.i18n import _

__all__ = ["engine_group"]

_home = click.option("--home", envvar="KAMGRAPH_HOME", default=None,
                     type=click.Path(file_okay=False, path_type=Path),
                     help="kamgraph home [env KAMGRAPH_HOME].")


def _resolve(home: Path | None) -> Path:
    from kamgraph.config import resolve_settings

    return resolve_settings(home=pick_value("home", home)).home


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
        stale = _("; removed a stale state file") if st.get("stale_state_removed") else ""
        echo(_("Engine: not running (home {home})").format(home=st["home"]) + stale)
        return
    echo(_("Engine: running, pid {pid}, {uri} (loopback only)").format(pid=st["pid"],
                                                                       uri=st["uri"]))
    echo(_("Home: {home}").format(home=st["home"]))
    echo(_("Up {up:.0f}s, idle {idle:.0f}s; stops after {limit:.0f}s idle").format(
        up=st["uptime_s"], idle=st.get("idle_s", 0), limit=st["idle_limit_s"]))
    if "data_bytes" in st:
        echo(_("Data: {mb:.1f} MB").format(mb=st["data_bytes"] / 1e6))


@engine_group.command("start")
@_home
@json_option
def start_cmd(home: Path | None, as_json: bool) -> None:
    """Start the engine now (commands start it on demand anyway)."""
    from kamgraph.cli.progress import spinner
    from kamgraph.store.engine import engine_status, ensure_engine

    h = _resolve(home)
    if engine_status(h).get("running"):
        info = ensure_engine(h)
    else:
        with spinner(_("starting the embedded engine…")):
            info = ensure_engine(h)
    if as_json:
        echo_json({"running": True, "pid": info.pid, "uri": info.uri, "home": str(h)})
        return
    echo(_("Engine: running, pid {pid}, {uri}").format(pid=info.pid, uri=info.uri))


@engine_group.command("stop")
@_home
@json_option
def stop_cmd(home: Path | None, as_json: bool) -> None:
    """Stop the engine of this home."""
    from kamgraph.store.engine import stop_engine

    h = _resolve(home)
    result = stop_engine(h)
    if as_json:
        echo_json({"stopped": result == "stopped", "result": result, "home": str(h)})
        return
    if result == "stopped":
        echo(_("Engine stopped."))
    elif result == "stale state removed":
        echo(_("Engine: not running (home {home}); removed a stale state file (the process it "
               "named is not this home's engine and was left alone)").format(home=h))
    else:
        echo(_("Engine: not running (home {home})").format(home=h))
