"""Planning commands: warm paths, sponsor matching, and the PR plan with its planning set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.complete import (
    complete_account,
    complete_opportunity,
    complete_person,
    complete_staff,
)
from kamgraph.cli.lookup import load_graph, resolve_people, resolve_person
from kamgraph.cli.output import check_out, echo, echo_json, echo_table
from kamgraph.i18n import _
from kamgraph.tables import clean
from kamgraph.terms import circle, yes_no

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["paths_cmd", "sponsors_cmd", "plan_cmd"]


@click.command("paths")
@click.argument("account", shell_complete=complete_account)
@click.argument("person", shell_complete=complete_person)
@click.option("--from", "from_staff", multiple=True, shell_complete=complete_staff, metavar="STAFF",
              help="Start from this staff member (repeatable); default: all active staff.")
@click.option("-k", "k", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many distinct routes.")
@click.option("--max-hops", type=click.IntRange(min=1), default=6, show_default=True)
@json_option
@with_store
def paths_cmd(store: Store, account: str, person: str, from_staff: tuple[str, ...], k: int,
              max_hops: int, as_json: bool) -> None:
    """Warm paths: the strongest chains of acquaintance from our staff to PERSON.

    PERSON and STAFF are ids or unique names."""
    from kamgraph.planning import warm_paths

    G = load_graph(store, account)
    person = resolve_person(G, person)
    sources = resolve_people(G, from_staff, only_staff=True) or None
    res = warm_paths(G, person, sources=sources, k=k, max_hops=max_hops)
    if as_json:
        echo_json(res.to_dict())
        return
    if res.paths:
        echo_table([[i + 1, p.strength, " → ".join(p.labels),
                     ", ".join(circle(h.circle) for h in p.hops), ", ".join(p.also_from)]
                    for i, p in enumerate(res.paths)],
                   ["#", _("strength"), _("path"), _("circles"), _("also from")],
                   wrap=[2, 3, 4])
    else:
        echo(_("No warm path to {person}.").format(person=res.target_label))
        if res.nearest:
            echo_table([[n.label, n.hops_from_target, n.closeness, n.via, n.reach]
                        for n in res.nearest],
                       [_("nearest reachable"), _("hops from target"), _("closeness"),
                        _("via"), _("reach")], wrap=[0, 3])
    from kamgraph.cli.analysis import _say

    for r in res.reasons:
        echo(f"- {_say(r)}")


@click.command("sponsors")
@click.argument("account", shell_complete=complete_account)
@click.argument("person", required=False, shell_complete=complete_person)
@click.option("--top", type=click.IntRange(min=1), default=3, show_default=True)
@json_option
@with_store
def sponsors_cmd(store: Store, account: str, person: str | None, top: int,
                 as_json: bool) -> None:
    """Sponsor matching: our best executives for each key customer executive (or PERSON).

    PERSON is an id or a unique name."""
    from kamgraph.planning import match_sponsors

    G = load_graph(store, account)
    if person is not None:
        person = resolve_person(G, person)
    from kamgraph.cli.analysis import _reasons

    matches = match_sponsors(G, person, top=top)
    if as_json:
        echo_json([m.to_dict() for m in matches])
        return
    rows = []
    for m in matches:
        for i, c in enumerate(m.candidates):
            rows.append([m.label if i == 0 else "", i + 1, c.label, c.score,
                         yes_no(c.current), _reasons(c.reasons)])
    echo_table(rows, [_("person"), "#", _("sponsor"), _("score"), _("current"), _("why")],
               wrap=[0, 2, 5])


@click.command("plan")
@click.argument("account", shell_complete=complete_account)
@click.option("--opportunity", shell_complete=complete_opportunity, default=None, metavar="OPP",
              help="Plan for one opportunity (its roles, competitors, goal and timeline).")
@click.option("--capacity", type=click.FloatRange(min=0), default=None, metavar="HOURS",
              help="Total hours for the cycle; default: each owner's spare capacity_hours.")
@click.option("--start", "start", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date the plan is issued (default today); sets the planning year.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default=None,
              help="Language of the documents (and messages) [default: KAMGRAPH_LANG, the "
                   "locale, else en].")
@click.option("--include-private", is_flag=True,
              help="Use private details (birthdays, family occasions) in the cards.")
@click.option("--format", "fmt", type=click.Choice(["md", "csv", "json", "html", "xlsx"]),
              default="md", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="File (md/json/html/xlsx) or directory (csv); default: stdout. CSV files "
                   "carry a UTF-8 byte-order mark for Excel, and formula cells are "
                   "neutralised.")
@json_option
@with_store
def plan_cmd(store: Store, account: str, opportunity: str | None, capacity: float | None,
             start: dt.datetime | None, lang: str | None, include_private: bool, fmt: str,
             out: Path | None, as_json: bool) -> None:
    """PR plan: whom to work on this cycle, and the planning set documents.

    With --json and no --out this prints the planning set as JSON (as --format json);
    with --out it prints the list of files written."""
    from kamgraph.i18n import get_lang, set_lang
    from kamgraph.planning import plan, planning_set, render_planning_set, write_planning_set

    if lang:
        set_lang(lang)
    doc_lang = get_lang()
    if out is None and fmt in ("csv", "xlsx"):
        raise click.UsageError(_("--format {fmt} writes files: give --out PATH").format(fmt=fmt))
    if out is not None:
        check_out(out, "dir" if fmt == "csv" else "file")
    if as_json and out is None:
        fmt = "json"
    G = load_graph(store, account, opportunity, include_private=include_private)
    p = plan(G, capacity_hours=capacity, cycle_start=start.date() if start else None)
    ps = planning_set(G, p, lang=doc_lang)
    if out is None:
        text = render_planning_set(ps, fmt)  # type: ignore[arg-type]
        if fmt != "md":
            echo(text)
            return
        for line in text.split("\n"):  # a Markdown table row must stay one line
            if line.startswith("|"):
                click.echo(clean(line))
            else:
                echo(line)
        return
    written = write_planning_set(ps, fmt, out)  # type: ignore[arg-type]
    if as_json:
        echo_json({"format": fmt, "files": [str(f) for f in written]})
        return
    for f in written:
        echo(_("wrote {file}").format(file=f))
