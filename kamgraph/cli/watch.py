"""Change watch from the command line: changes, alerts, closeness, and ``--as-of``."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.living import day_option, lang_option
from kamgraph.cli.output import echo_json, echo_table

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["changes_cmd", "alerts_cmd", "closeness_cmd", "as_of_option"]

F = TypeVar("F", bound=Callable[..., Any])


def as_of_option(fn: F) -> F:
    """``--as-of DATE``: the command answers as the account stood at the end of that day.

    Put it directly above the command function (below ``with_store``): it hands the
    day to the store, whose projections then go back to it.
    """

    @functools.wraps(fn)
    def wrapper(*args: Any, as_of: dt.datetime | None = None, **kwargs: Any) -> Any:
        store = kwargs.get("store")
        if as_of is not None and store is not None:
            store.as_of = as_of.date()
        return fn(*args, **kwargs)

    opt = click.option("--as-of", "as_of", type=click.DateTime(formats=["%Y-%m-%d"]),
                       default=None, metavar="YYYY-MM-DD",
                       help="Answer as the account stood on that day.")
    return opt(wrapper)  # type: ignore[return-value]


def _d(value: dt.datetime | None) -> dt.date | None:
    return value.date() if value is not None else None


def _since_default(store: Store, account: str, until: dt.date) -> dt.date:
    """The last saved review's day, else a week before ``until``."""
    from kamgraph.history.review import last_review_day

    last = last_review_day(store, account)
    return last if last is not None and last < until else until - dt.timedelta(days=7)


@click.command("changes")
@click.argument("account")
@day_option("--since", "From the end of this day [default: the last review, else a week ago].")
@day_option("--until", "Up to the end of this day [default: today].")
@click.option("--opportunity", default=None, metavar="OPP",
              help="Key persons and gaps of this opportunity.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="Size of the key-person top watched for entries and exits.")
@lang_option
@json_option
@with_store
def changes_cmd(store: Store, account: str, since: dt.datetime | None,
                until: dt.datetime | None, opportunity: str | None, top: int,
                lang: str | None, as_json: bool) -> None:
    """What changed between two dates: people moved, arrived or left; stances (by how
    much); ties, owners, sponsors, channels; gaps opened or closed; the key-person top."""
    from kamgraph.history.watch import account_changes
    from kamgraph.history.words import kind_word, lang_of, w
    from kamgraph.model import today

    L = lang_of(lang)
    end = _d(until) or today()
    start = _d(since) or _since_default(store, account, end)
    items = account_changes(store, account, start, end, lang=L, opportunity=opportunity,
                            top=top)
    if as_json:
        echo_json({"account": account, "since": start, "until": end,
                   "changes": [i.to_dict() for i in items]})
        return
    click.echo(w("changes.title", L, account=account, since=start, until=end))
    if not items:
        click.echo(w("changes.none", L))
        return
    echo_table([[i.on or "", kind_word(i.kind, L), i.label, i.detail, i.by or ""]
                for i in items],
               [w("h.when", L), w("h.what", L), w("h.who", L), w("h.detail", L), w("h.by", L)])


@click.command("alerts")
@click.argument("account")
@day_option("--on", "The Monday to look from [default: today].")
@day_option("--since", "Changes after this day [default: a week before --on].")
@click.option("--opportunity", default=None, metavar="OPP")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="How many key persons count as key.")
@lang_option
@json_option
@with_store
def alerts_cmd(store: Store, account: str, on: dt.datetime | None, since: dt.datetime | None,
               opportunity: str | None, top: int, lang: str | None, as_json: bool) -> None:
    """Monday morning: what needs you now, most urgent first (key person left or moved,
    supporter cooled by two notches, owner left with people uncovered, overdue next
    steps, falling closeness)."""
    from kamgraph.history.watch import alerts
    from kamgraph.history.words import lang_of, w
    from kamgraph.i18n import NP_, translate
    from kamgraph.model import today

    L = lang_of(lang)
    day = _d(on) or today()
    start = _d(since) or day - dt.timedelta(days=7)
    found = alerts(store, account, since=start, day=day, lang=L, opportunity=opportunity,
                   top=top)
    if as_json:
        echo_json([a.to_dict() for a in found])
        return
    click.echo(w("alerts.title", L, account=account, day=day, since=start))
    if not found:
        click.echo(w("alerts.none", L))
        return
    echo_table([[translate(NP_("severity", a.severity), L), a.label, a.text] for a in found],
               [w("h.severity", L), w("h.person", L), w("h.alert", L)])


@click.command("closeness")
@click.argument("account")
@click.argument("people", nargs=-1)
@click.option("--months", type=click.IntRange(min=1, max=36), default=12, show_default=True)
@day_option("--on", "The last day of the series [default: today].")
@click.option("--opportunity", default=None, metavar="OPP")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="Key persons shown when no PEOPLE are named.")
@lang_option
@json_option
@with_store
def closeness_cmd(store: Store, account: str, people: tuple[str, ...], months: int,
                  on: dt.datetime | None, opportunity: str | None, top: int, lang: str | None,
                  as_json: bool) -> None:
    """Closeness of the key persons (or PEOPLE) month by month; falling first."""
    from kamgraph.capture.resolve import find_person
    from kamgraph.history.cache import account_data
    from kamgraph.history.watch import key_closeness
    from kamgraph.history.words import lang_of, w
    from kamgraph.model import today

    L = lang_of(lang)
    data = account_data(store, account)
    ids = [find_person(data, p, "closeness") for p in people] or None
    day = _d(on) or today()
    rows = key_closeness(data, day, people=ids, opportunity=opportunity, top=top,
                         months=months)
    if as_json:
        echo_json([r.to_dict() for r in rows])
        return
    first = rows[0].series[0].day if rows else day
    click.echo(w("closeness.title" if ids is None else "closeness.title_people", L,
                 account=account, first=first, last=day))
    echo_table([[r.label, f"{r.series[-1].score:.0f}",
                 r.line + (f" {w('closeness.falling', L)}" if r.falling else ""),
                 f"{r.series[-1].recency:.2f}", f"{r.series[-1].frequency:.2f}",
                 f"{r.series[-1].depth:.2f}", f"{r.series[-1].reciprocity:.2f}"] for r in rows],
               [w("h.person", L), w("h.score", L), w("h.trend", L), w("h.recency", L),
                w("h.frequency", L), w("h.depth", L), w("h.reciprocity", L)])
