"""``kamgraph map``: write an interactive map of one account as one offline HTML file
(and, with ``--png``, its picture)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, cast

import click

from kamgraph.cli.common import with_store
from kamgraph.render.registry import VIEWS

if TYPE_CHECKING:
    from kamgraph.render.palette import Lang
    from kamgraph.store import Store

__all__ = ["map_cmd"]

_VIEW_HELP = "; ".join(f"{v.name}: {v.help}" for v in VIEWS.values()) + "."


@click.command("map")
@click.argument("account")
@click.option("--view", type=click.Choice(tuple(VIEWS)), default="influence",
              show_default=True, help=_VIEW_HELP)
@click.option("--opportunity", default=None, metavar="OPP",
              help="Scope to one opportunity (its roles and competitors).")
@click.option("--center", default=None, metavar="PERSON",
              help="Person (or staff) id at the centre of the circles view.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file [default: ACCOUNT-VIEW.html in the current folder].")
@click.option("--png", "png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also save the opening view as a PNG at 2x (needs Chromium); the HTML is "
                   "then written only if --out is given.")
@click.option("--lang", type=click.Choice(("en", "zh")), default="en", show_default=True,
              help="Language of the legend and labels.")
@click.option("--include-private", is_flag=True,
              help="Put private details (family, hobbies, home area, notes) into the file.")
@click.option("--seed", type=int, default=7, show_default=True, help="Layout seed.")
@with_store
def map_cmd(store: Store, account: str, view: str, opportunity: str | None,
            center: str | None, out: Path | None, png: Path | None, lang: str,
            include_private: bool, seed: int) -> None:
    """Write an interactive map of ACCOUNT: one self-contained HTML file that opens
    offline in any browser. Private details stay out unless --include-private."""
    if VIEWS[view].needs_center and not center:
        raise click.UsageError(f"the {view} view needs --center PERSON")
    from kamgraph.errors import NotFound
    from kamgraph.render import build_view, write_html
    from kamgraph.render.inputs import analyzer_inputs

    G = store.project(account, opportunity=opportunity, include_private=include_private)
    if center is not None and (center not in G
                               or G.nodes[center].get("kind") not in ("person", "staff")):
        raise NotFound(f"account {account!r} has no person {center!r}")
    spec = build_view(G, view, center=center, inputs=analyzer_inputs(G),
                      include_private=include_private, lang=cast("Lang", lang), seed=seed)
    people = sum(1 for n in spec.nodes if n.get("kind") in ("person", "staff"))
    privacy = "includes private details" if spec.meta.get("private") else "no private details"
    if png is not None:
        from kamgraph.render.picture import write_png

        with tempfile.TemporaryDirectory(prefix="kamgraph-map-") as tmp:
            page = write_html(spec, out or Path(tmp) / "map.html")
            write_png(page, png)
        if out is not None:
            click.echo(f"Wrote {out} ({view} view, {people} people, {privacy}).")
        click.echo(f"Wrote {png} ({view} view picture, {privacy}).")
        return
    path = write_html(spec, out or Path(f"{account}-{view}.html"))
    click.echo(f"Wrote {path} ({view} view, {people} people, {privacy}).")
