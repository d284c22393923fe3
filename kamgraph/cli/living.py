"""Everyday capture from the command line: log, stance, move, leave, assign, tie.

Each command records one fact through :mod:`kamgraph.capture` (checked, dated,
attributed, one transaction) and answers with one line, or with ``--json``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.output import echo_json
from kamgraph.model import CIRCLES, DEPTHS, INITIATIVES, INTERACTION_KINDS, LEVELS

if TYPE_CHECKING:
    from kamgraph.capture import Captured
    from kamgraph.store import Store

__all__ = ["log_cmd", "stance_cmd", "move_cmd", "leave_cmd", "assign_cmd", "tie_cmd",
           "lang_option", "day_option"]

F = TypeVar("F", bound=Callable[..., Any])


def day_option(name: str, help: str) -> Callable[[F], F]:
    return click.option(name, type=click.DateTime(formats=["%Y-%m-%d"]), default=None,
                        metavar="YYYY-MM-DD", help=help)


def lang_option(fn: F) -> F:
    return click.option("--lang", type=click.Choice(("en", "zh")), default=None,
                        help="Language: en or zh [env KAMGRAPH_LANG; default: the locale, "
                             "else en].")(fn)


def _capture_options(fn: F) -> F:
    fn = day_option("--on", "Day it happened [default: today].")(fn)
    fn = click.option("--by", default=None,
                      help="Who records it: a staff id or name [env KAMGRAPH_USER; "
                           "default: your login name].")(fn)
    return lang_option(json_option(fn))


def _date(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _answer(done: Captured, as_json: bool, lang: str | None) -> None:
    from kamgraph.history.words import lang_of, w

    if as_json:
        echo_json(done.as_dict())
        return
    L = lang_of(lang)
    click.echo(w("recorded", L, what=w(f"cmd.{done.command}", L), account=done.account,
                 rev=done.revision))


@click.command("log")
@click.argument("account")
@click.argument("person")
@click.option("--staff", required=True, help="Our staff member who met them (id or name).")
@click.option("--kind", type=click.Choice(INTERACTION_KINDS), default="visit", show_default=True)
@click.option("--depth", type=click.Choice(DEPTHS), default="office", show_default=True,
              help="office, social or family: how deep the contact went.")
@click.option("--summary", default=None, help="What happened, in a sentence.")
@click.option("--next", "next_step", default=None, help="The next step agreed.")
@day_option("--next-on", "When the next agreed step is due.")
@click.option("--initiative", type=click.Choice(INITIATIVES), default=None,
              help="Who sought the contact (closeness counts reciprocity).")
@_capture_options
@with_store
def log_cmd(store: Store, account: str, person: str, staff: str, kind: str, depth: str,
            summary: str | None, next_step: str | None, next_on: dt.datetime | None,
            initiative: str | None, on: dt.datetime | None, by: str | None, as_json: bool,
            lang: str | None) -> None:
    """Record a visit, meal, call... with a person, and the next agreed step."""
    from kamgraph.capture import log_interaction

    _answer(log_interaction(store, account, person, staff, on=_date(on), kind=kind, depth=depth,
                            summary=summary, next_step=next_step, next_on=_date(next_on),
                            initiative=initiative, by=by), as_json, lang)


@click.command("stance")
@click.argument("account")
@click.argument("person")
@click.argument("value", type=int)
@click.option("--toward", default="us", show_default=True,
              help="us, or the competitor (id or name) the stance is toward.")
@click.option("--scale", type=click.Choice(("seven", "field")), default="seven",
              show_default=True, help="seven: -3..3; field: the 10-notch field scale.")
@click.option("--competitor", default=None, help="For a field-scale -10: the competitor.")
@click.option("--evidence", default=None, help="The behaviour the assessment rests on.")
@_capture_options
@with_store
def stance_cmd(store: Store, account: str, person: str, value: int, toward: str, scale: str,
               competitor: str | None, evidence: str | None, on: dt.datetime | None,
               by: str | None, as_json: bool, lang: str | None) -> None:
    """Record a new stance assessment of a person (VALUE on the seven-point scale -3..3)."""
    from kamgraph.capture import assess_stance

    _answer(assess_stance(store, account, person, value, toward=toward, scale=scale,
                          competitor=competitor, evidence=evidence, on=_date(on), by=by),
            as_json, lang)


@click.command("move")
@click.argument("account")
@click.argument("person")
@click.option("--post", default=None, help="The post they take (id or title).")
@click.option("--title", default=None, help="A new title (without a post of the account).")
@click.option("--level", type=click.Choice(LEVELS), default=None, help="A new level.")
@click.option("--department", default=None, help="Another department (id or name).")
@_capture_options
@with_store
def move_cmd(store: Store, account: str, person: str, post: str | None, title: str | None,
             level: str | None, department: str | None, on: dt.datetime | None,
             by: str | None, as_json: bool, lang: str | None) -> None:
    """Record that a person took a new post (the old one becomes job history)."""
    from kamgraph.capture import move_person

    _answer(move_person(store, account, person, post=post, title=title, level=level,
                        department=department, on=_date(on), by=by), as_json, lang)


@click.command("leave")
@click.argument("account")
@click.argument("who")
@click.option("--staff", "is_staff", is_flag=True,
              help="WHO is one of our staff who left us (else a person of the account).")
@_capture_options
@with_store
def leave_cmd(store: Store, account: str, who: str, is_staff: bool, on: dt.datetime | None,
              by: str | None, as_json: bool, lang: str | None) -> None:
    """Record that a person left the account, or (--staff) that one of our staff left us."""
    from kamgraph.capture import person_left, staff_left

    fn = staff_left if is_staff else person_left
    _answer(fn(store, account, who, on=_date(on), by=by), as_json, lang)


@click.command("assign")
@click.argument("account")
@click.argument("person")
@click.argument("staff")
@click.option("--as", "role", type=click.Choice(("A", "B", "sponsor", "channel")),
              required=True, help="Owner A, owner B, sponsor or information channel.")
@click.option("--remove", is_flag=True, help="Take the assignment away instead.")
@click.option("--reliability", type=click.FloatRange(0, 1), default=None,
              help="For a channel: how reliable it is (0..1).")
@_capture_options
@with_store
def assign_cmd(store: Store, account: str, person: str, staff: str, role: str, remove: bool,
               reliability: float | None, on: dt.datetime | None, by: str | None,
               as_json: bool, lang: str | None) -> None:
    """Assign STAFF to PERSON as owner A or B (replacing the earlier one), sponsor, or
    information channel (STAFF may then be a person of the account); --remove undoes."""
    from kamgraph.capture import assign

    _answer(assign(store, account, person, staff, role, remove=remove, reliability=reliability,
                   on=_date(on), by=by), as_json, lang)


@click.command("tie")
@click.argument("account")
@click.argument("source")
@click.argument("target")
@click.option("--strength", type=float, default=None, help="0..1 (required unless --remove).")
@click.option("--circle", type=click.Choice(CIRCLES), default="other", show_default=True,
              metavar="CIRCLE", help="The circle the tie belongs to: " + ", ".join(CIRCLES)
              + ".")
@click.option("--remove", is_flag=True, help="Remove the tie instead.")
@_capture_options
@with_store
def tie_cmd(store: Store, account: str, source: str, target: str, strength: float | None,
            circle: str, remove: bool, on: dt.datetime | None, by: str | None, as_json: bool,
            lang: str | None) -> None:
    """Record that SOURCE (our staff or a person) knows TARGET, or --remove the tie."""
    from kamgraph.capture import tie

    _answer(tie(store, account, source, target, strength=strength, circle=circle,
                remove=remove, on=_date(on), by=by), as_json, lang)
