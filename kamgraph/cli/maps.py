"""``kamgraph map``: write an interactive map of one account as one offline HTML file
(and, with ``--png`` or ``--svg``, its picture)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.complete import complete_account, complete_opportunity, complete_person_or_staff
from kamgraph.cli.output import check_out, echo, echo_json
from kamgraph.i18n import _, get_lang
from kamgraph.render.registry import VIEWS

if TYPE_CHECKING:
    from kamgraph.render.palette import Lang
    from kamgraph.store import Store

__all__ = ["map_cmd"]

_VIEW_HELP = "; ".join(f"{v.name}: {v.help}" for v in VIEWS.values()) + "."


@click.command("map")
@click.argument("account", shell_complete=complete_account)
@click.option("--view", type=click.Choice(tuple(VIEWS)), default="influence",
              show_default=True, help=_VIEW_HELP)
@click.option("--opportunity", shell_complete=complete_opportunity, default=None, metavar="OPP",
              help="Scope to one opportunity (its roles and competitors).")
@click.option("--center", default=None, shell_complete=complete_person_or_staff, metavar="PERSON",
              help="Person (or staff) id at the centre of the circles view.")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Output file [default: ACCOUNT-VIEW.html in the current folder].")
@click.option("--png", "png", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also save the opening view as a PNG at 2x (needs Chromium); the HTML is "
                   "then written only if --out is given.")
@click.option("--svg", "svg", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also save the opening view as a vector SVG (for slides and print; no "
                   "browser needed); the HTML is then written only if --out is given.")
@click.option("--lang", type=click.Choice(("en", "zh")), default=None,
              help="Language of the legend and labels (and of the messages) [default: "
                   "KAMGRAPH_LANG, the locale, else en].")
@click.option("--include-private", is_flag=True,
              help="Put private details (family, hobbies, home area, notes) into the file.")
@click.option("--seed", type=int, default=7, show_default=True, help="Layout seed.")
@json_option
@with_store
def map_cmd(store: Store, account: str, view: str, opportunity: str | None,
            center: str | None, out: Path | None, png: Path | None, svg: Path | None,
            lang: str | None, include_private: bool, seed: int, as_json: bool) -> None:
    """Write an interactive map of ACCOUNT: one self-contained HTML file that opens
    offline in any browser. Private details stay out unless --include-private."""
    if VIEWS[view].needs_center and not center:
        raise click.UsageError(_("the {view} view needs --center PERSON").format(view=view))
    from kamgraph.cli.lookup import load_graph, resolve_person
    from kamgraph.render import build_view, write_html
    from kamgraph.render.inputs import analyzer_inputs

    if lang:
        from kamgraph.i18n import set_lang

        set_lang(lang)
    map_lang: Lang = get_lang()
    G = load_graph(store, account, opportunity, include_private=include_private)
    account = str(G.graph["account"])
    for target in (out, png, svg):
        if target is not None:
            check_out(target, "file")
    if center is not None:
        center = resolve_person(G, center, staff=True)
    spec = build_view(G, view, center=center, inputs=analyzer_inputs(G),
                      include_private=include_private, lang=map_lang, seed=seed)
    people = sum(1 for n in spec.nodes if n.get("kind") in ("person", "staff"))
    private = bool(spec.meta.get("private"))
    written: list[str] = []
    if png is not None:
        from kamgraph.render.picture import write_png

        with tempfile.TemporaryDirectory(prefix="kamgraph-map-") as tmp:
            page = write_html(spec, out or Path(tmp) / "map.html")
            write_png(page, png)
        if out is not None:
            written.append(str(out))
        written.append(str(png))
    elif out is not None or svg is None:
        written.append(str(write_html(spec, out or Path(f"{account}-{view}.html"))))
    if svg is not None:
        from kamgraph.render.svg import write_svg

        written.append(str(write_svg(spec, svg)))
    if as_json:
        echo_json({"files": written, "file": written[0], "view": view, "people": people,
                   "private": private, "lang": map_lang})
        return
    msg = (_("Wrote {path} ({view} view, {people} people, includes private details).")
           if private else _("Wrote {path} ({view} view, {people} people, no private details)."))
    pic = (_("Wrote {path} ({view} view picture, includes private details).") if private
           else _("Wrote {path} ({view} view picture, no private details)."))
    pictures = {str(p) for p in (png, svg) if p is not None}
    for path in written:
        echo((pic if path in pictures else msg).format(
            path=path, view=view, people=people))
