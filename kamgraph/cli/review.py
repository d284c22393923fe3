"""Plan review from the command line: ``adopt`` a plan, ``review`` it weekly."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.living import day_option, lang_option
from kamgraph.cli.output import echo_json, echo_table

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["adopt_cmd", "review_cmd"]


def _signed(v: int | None) -> str:
    return "-" if v is None else f"{v:+d}"


@click.command("adopt")
@click.argument("account")
@click.option("--opportunity", default=None, metavar="OPP", help="Plan for this opportunity.")
@click.option("--capacity", type=click.FloatRange(min=0), default=None,
              help="Hours our staff can spend this cycle [default: their capacity].")
@day_option("--on", "Day of adoption [default: today].")
@click.option("--by", default=None, help="Who adopts it [env KAMGRAPH_USER; default: login].")
@lang_option
@json_option
@with_store
def adopt_cmd(store: Store, account: str, opportunity: str | None, capacity: float | None,
              on: dt.datetime | None, by: str | None, lang: str | None, as_json: bool) -> None:
    """Adopt the plan kamgraph proposes (targets, owners, checkpoints) and save it."""
    from kamgraph.history.review import adopt
    from kamgraph.history.words import lang_of, w

    plan = adopt(store, account, opportunity=opportunity, capacity_hours=capacity,
                 on=on.date() if on else None, by=by)
    if as_json:
        echo_json(plan.to_dict())
        return
    L = lang_of(lang)
    click.echo(w("plan.adopted", L, plan=plan.id, account=account, n=len(plan.targets),
                 by=plan.by, on=plan.adopted_on))
    echo_table([[t["label"], _signed(t["stance"]), _signed(t["desired"]),
                 t.get("owner_name") or t.get("owner") or "-", ", ".join(t["checkpoints"])]
                for t in plan.targets],
               [w("h.target", L), w("h.value", L), w("h.aim", L), w("h.owner", L),
                w("h.checkpoint", L)])


@click.command("review")
@click.argument("account")
@day_option("--on", "Day of the review [default: today].")
@click.option("--by", default=None, help="Reviewer [env KAMGRAPH_USER; default: login].")
@click.option("--no-save", is_flag=True, help="Show the review without saving it.")
@lang_option
@json_option
@with_store
def review_cmd(store: Store, account: str, on: dt.datetime | None, by: str | None,
               no_save: bool, lang: str | None, as_json: bool) -> None:
    """Review the adopted plan: planned against actual stance moves, status and next
    checkpoint per target, overdue next steps, progress per owner. Saved with its day
    and reviewer."""
    from kamgraph.errors import NotFound
    from kamgraph.history.review import review
    from kamgraph.history.words import lang_of, w

    L = lang_of(lang)
    rev = review(store, account, day=on.date() if on else None, by=by, save=not no_save)
    if rev is None:
        raise NotFound(w("review.none", "en", account=account))
    if as_json:
        echo_json(rev.to_dict())
        return
    click.echo(w("review.title", L, plan=rev.plan.id, adopted=rev.plan.adopted_on,
                 account=account, day=rev.day, by=rev.by))
    echo_table([[t.label, t.owner or "-", _signed(t.start), _signed(t.desired),
                 f"{t.planned_move:+d}", f"{t.actual_move:+d}", w(f"status.{t.status}", L),
                 t.next_checkpoint or "-",
                 "; ".join(f"{o['next_step']} ({o['days']}d)" for o in t.overdue)]
                for t in rev.targets],
               [w("h.target", L), w("h.owner", L), w("h.start", L), w("h.aim", L),
                w("h.planned", L), w("h.actual", L), w("h.status", L),
                w("h.checkpoint", L), w("h.overdue", L)])
    click.echo("\n" + w("review.progress", L))
    echo_table([[o, c["targets"], c["reached"], c["moving"], c["stalled"] + c["slipped"],
                 c["late"], c["overdue"]] for o, c in sorted(rev.owners.items())],
               [w("h.owner", L), w("h.targets", L), w("status.reached", L),
                w("status.moving", L), w("status.stalled", L), w("status.late", L),
                w("h.overdue", L)])
    if rev.id:
        overdue = sum(len(t.overdue) for t in rev.targets)
        reached = sum(t.status == "reached" for t in rev.targets)
        click.echo("\n" + w("review.saved", L, n=len(rev.targets), reached=reached,
                            overdue=overdue))
