"""The history sections of ``kamgraph person``: posts, stances per vendor with evidence,
closeness by month, interactions newest first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import click

from kamgraph.cli.output import echo_table

if TYPE_CHECKING:
    from kamgraph.history.shapes import PersonHistory
    from kamgraph.records import StanceEntry
    from kamgraph.store import Store

__all__ = ["resolve", "history_of", "echo_history", "stance_steps"]


def stance_steps(steps: list[StanceEntry], competitors: dict[str, str]) -> str:
    """A stance history as one step per day (``+0 (2025-12-10) -> -2 (2026-10-15; ...)``):
    the assessed stance, with a stance implied by exclusive support for a competitor
    folded in, or marked when it stands alone."""
    from kamgraph.history.person import stance_days
    from kamgraph.i18n import _
    from kamgraph.tables import date, stance

    out = []
    for h in stance_days(steps):
        day = date(h["on"])
        if "implied_value" not in h:
            out.append(f"{stance(h['value'])} ({day})")
            continue
        comp = competitors.get(str(h["implied_by"]), str(h["implied_by"] or "?"))
        why = (_("leans to {competitor}") if h["implied_kind"] == "leans"
               else _("exclusive supporter of {competitor}")).format(competitor=comp)
        if h["implied"]:
            note = _("implied: {why}").format(why=why)
        elif h["implied_value"] == h["value"]:
            note = _("assessed; {why} implies the same").format(why=why)
        else:
            note = _("assessed; {why} implies {value}").format(
                why=why, value=stance(h["implied_value"]))
        out.append(f"{stance(h['value'])} ({day}, {note})")
    return " -> ".join(out)


def resolve(store: Store, account: str, person: str) -> str:
    """A person's id from their id or unambiguous name (people who left included)."""
    from kamgraph.capture.resolve import find_person
    from kamgraph.history.cache import account_data

    return find_person(account_data(store, account), person, "person")


def history_of(store: Store, account: str, person: str) -> PersonHistory:
    """The person's history as the account stands (or stood on ``store.as_of``)."""
    from kamgraph.history.asof import as_of
    from kamgraph.history.cache import account_data
    from kamgraph.history.log import events
    from kamgraph.history.person import person_history
    from kamgraph.model import today

    data = account_data(store, account)
    day = store.as_of or today()
    if store.as_of is not None:
        data = as_of(data, events(store, account), day)
    return person_history(data, person, day)


def _signed(v: int | None) -> str:
    return "" if v is None else f"{v:+d}"


def echo_history(hist: PersonHistory, lang: str) -> None:
    from kamgraph.history.words import w

    if hist["left"]:
        click.echo(f"  {w('c.left', lang)}: {hist['left']}")
    if hist["posts"]:
        click.echo("\n" + w("p.posts", lang))
        echo_table([[h["title"] or h["post"], h["since"] or "?", h["until"] or w("p.current", lang)]
                    for h in hist["posts"]],
                   [w("h.post", lang), w("h.from", lang), w("h.to", lang)])
    if hist["stances"]:
        click.echo("\n" + w("p.stances", lang))
        rows = []
        for toward, steps in sorted(hist["stances"].items()):
            vendor = w("vendor.us", lang) if toward == "us" else hist["vendors"][toward]
            rows += [[vendor, s["on"], _signed(s["value"]), s["by_name"] or s["by"] or "",
                      s["evidence"] or ""] for s in steps]
        echo_table(rows, [w("h.vendor", lang), w("h.when", lang), w("h.value", lang),
                          w("h.by", lang), w("h.evidence", lang)])
    c = hist["closeness"]
    last = c["months"][-1]
    flag = f"  ({w('closeness.falling', lang)})" if c["falling"] else ""
    click.echo(f"\n{w('p.closeness', lang)}: {c['sparkline']}  {last['score']:.0f}{flag}")
    cells = [f"{m['day']:%Y-%m} {m['score']:.0f}" for m in c["months"]]
    for i in range(0, len(cells), 6):  # six months a line: fits 80 columns
        click.echo("  " + "  ".join(cells[i:i + 6]))
    if hist["interactions"]:
        click.echo("\n" + w("p.interactions", lang))
        echo_table([[i["on"], i["staff_name"], i["kind"] or "", i["depth"] or "",
                     i["summary"] or "",
                     f"{i['next_step']} ({i['next_on']})" if i["next_step"] else ""]
                    for i in hist["interactions"]],
                   [w("h.when", lang), w("h.staff", lang), w("h.kind", lang), w("h.depth", lang),
                    w("h.summary", lang), w("h.next", lang)])
