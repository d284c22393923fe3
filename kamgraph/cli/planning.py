"""Planning commands: warm paths, sponsor matching, and the PR plan with its planning set."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.output import echo_json, echo_table

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["paths_cmd", "sponsors_cmd", "plan_cmd"]


@click.command("paths")
@click.argument("account")
@click.argument("person")
@click.option("--from", "from_staff", multiple=True, metavar="STAFF",
              help="Start from this staff member (repeatable); default: all active staff.")
@click.option("-k", "k", type=click.IntRange(min=1), default=3, show_default=True,
              help="How many distinct routes.")
@click.option("--max-hops", type=click.IntRange(min=1), default=6, show_default=True)
@json_option
@with_store
def paths_cmd(store: Store, account: str, person: str, from_staff: tuple[str, ...], k: int,
              max_hops: int, as_json: bool) -> None:
    """Warm paths: the strongest chains of acquaintance from our staff to PERSON."""
    from kamgraph.planning import warm_paths

    G = store.project(account)
    res = warm_paths(G, person, sources=list(from_staff) or None, k=k, max_hops=max_hops)
    if as_json:
        echo_json(res.to_dict())
        return
    if res.paths:
        echo_table([[i + 1, p.strength, " → ".join(p.labels),
                     ", ".join(h.circle for h in p.hops), ", ".join(p.also_from)]
                    for i, p in enumerate(res.paths)],
                   ["#", "strength", "path", "circles", "also from"])
    else:
        click.echo(f"No warm path to {res.target_label}.")
        if res.nearest:
            echo_table([[n.label, n.hops_from_target, n.closeness, n.via, n.reach]
                        for n in res.nearest],
                       ["nearest reachable", "hops from target", "closeness", "via", "reach"])
    for r in res.reasons:
        click.echo(f"- {r}")


@click.command("sponsors")
@click.argument("account")
@click.argument("person", required=False)
@click.option("--top", type=click.IntRange(min=1), default=3, show_default=True)
@json_option
@with_store
def sponsors_cmd(store: Store, account: str, person: str | None, top: int,
                 as_json: bool) -> None:
    """Sponsor matching: our best executives for each key customer executive (or PERSON)."""
    from kamgraph.planning import match_sponsors

    G = store.project(account)
    matches = match_sponsors(G, person, top=top)
    if as_json:
        echo_json([m.to_dict() for m in matches])
        return
    rows = []
    for m in matches:
        for i, c in enumerate(m.candidates):
            rows.append([m.label if i == 0 else "", i + 1, c.label, c.score,
                         "yes" if c.current else "", "; ".join(c.reasons)])
    echo_table(rows, ["person", "#", "sponsor", "score", "current", "why"])


@click.command("plan")
@click.argument("account")
@click.option("--opportunity", default=None, metavar="OPP",
              help="Plan for one opportunity (its roles, competitors, goal and timeline).")
@click.option("--capacity", type=click.FloatRange(min=0), default=None, metavar="HOURS",
              help="Total hours for the cycle; default: each owner's spare capacity_hours.")
@click.option("--start", "start", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Date the plan is issued (default today); sets the planning year.")
@click.option("--lang", type=click.Choice(["en", "zh"]), default="en", show_default=True,
              help="Language of the documents.")
@click.option("--include-private", is_flag=True,
              help="Use private details (birthdays, family occasions) in the cards.")
@click.option("--format", "fmt", type=click.Choice(["md", "csv", "json", "html", "xlsx"]),
              default="md", show_default=True)
@click.option("--out", type=click.Path(path_type=Path), default=None,
              help="File (md/json/html/xlsx) or directory (csv); default: stdout.")
@with_store
def plan_cmd(store: Store, account: str, opportunity: str | None, capacity: float | None,
             start: dt.datetime | None, lang: str, include_private: bool, fmt: str,
             out: Path | None) -> None:
    """PR plan: whom to work on this cycle, and the planning set documents."""
    from kamgraph.planning import plan, planning_set, render_planning_set, write_planning_set

    G = store.project(account, opportunity=opportunity, include_private=include_private)
    p = plan(G, capacity_hours=capacity, cycle_start=start.date() if start else None)
    ps = planning_set(G, p, lang=lang)
    if out is None:
        if fmt in ("csv", "xlsx"):
            raise click.UsageError(f"--format {fmt} writes files: give --out PATH")
        click.echo(render_planning_set(ps, fmt))  # type: ignore[arg-type]
        return
    for f in write_planning_set(ps, fmt, out):  # type: ignore[arg-type]
        click.echo(f"wrote {f}")
