"""Analysis commands: key persons, hidden chain, counterpoints, balance, coverage.

Each loads the account's projection from the store and prints the analyzer's result
as a table (with the reasons) or as ``--json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.output import echo_json, echo_table
from kamgraph.cli.watch import as_of_option

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["key_persons_cmd", "hidden_chain_cmd", "counterpoints_cmd", "balance_cmd",
           "coverage_cmd", "parse_assume"]

_opportunity = click.option("--opportunity", default=None, metavar="OPP",
                            help="Scope to one opportunity (its roles and competitors).")


def parse_assume(values: tuple[str, ...]) -> dict[str, int]:
    """``("p1=2", "p2=-1")`` -> ``{"p1": 2, "p2": -1}``; a malformed one is an error.

    Examples
    --------
    >>> parse_assume(("ceo=2", "cfo=-1"))
    {'ceo': 2, 'cfo': -1}
    """
    from kamgraph.errors import AnalysisError

    out: dict[str, int] = {}
    for v in values:
        person, sep, stance = v.partition("=")
        try:
            value = int(stance.strip())
        except ValueError:
            value = None
        if not sep or not person.strip() or value is None:
            raise AnalysisError(f"--assume {v!r}: expected PERSON=STANCE with STANCE from -3 to 3")
        if not -3 <= value <= 3:
            raise AnalysisError(f"--assume {v!r}: stance must be from -3 to 3")
        out[person.strip()] = value
    return out


def _reasons(r: list[str]) -> str:
    return "; ".join(r)


@click.command("key-persons")
@click.argument("account")
@_opportunity
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show the first N only.")
@json_option
@with_store
@as_of_option
def key_persons_cmd(store: Store, account: str, opportunity: str | None, top: int | None,
                    as_json: bool) -> None:
    """Who shapes the decision: power from role, level, influence and veto, with reasons."""
    from kamgraph.analyzers import key_persons

    res = key_persons(store.project(account, opportunity=opportunity), top=top)
    if as_json:
        echo_json([k.to_dict() for k in res])
        return
    echo_table([[i, k.label, k.title, k.roles, _signed(k.stance), k.score, k.formal,
                 k.influence, k.breadth, k.brokerage, k.veto] for i, k in enumerate(res, start=1)],
               ["#", "person", "title", "roles", "stance", "score", "formal", "reach",
                "breadth", "brokerage", "veto"])
    click.echo("\nWhy")
    for i, k in enumerate(res, start=1):
        click.echo(f"{i:>2}. {k.label}")
        for r in k.reasons:
            click.echo(f"      - {r}")


def _signed(v: int | None) -> str:
    return "" if v is None else f"{v:+d}"


@click.command("hidden-chain")
@click.argument("account")
@_opportunity
@click.option("--max-hops", type=click.IntRange(1, 8), default=4, show_default=True)
@click.option("--min-strength", type=click.FloatRange(0, 1), default=0.05, show_default=True)
@click.option("--all", "show_all", is_flag=True,
              help="Every influencer, weak and formal ones too (default: the weighty hidden ones).")
@json_option
@with_store
@as_of_option
def hidden_chain_cmd(store: Store, account: str, opportunity: str | None, max_hops: int,
                     min_strength: float, show_all: bool, as_json: bool) -> None:
    """Who sways each decision maker off the formal line, through which path, and why."""
    from kamgraph.analyzers import hidden_chain

    G = store.project(account, opportunity=opportunity)
    res = hidden_chain(G, max_hops=max_hops, min_strength=min_strength, all=show_all)
    if as_json:
        echo_json([t.to_dict() for t in res])
        return
    rows: list[list[Any]] = []
    for t in res:
        for i in t.influencers:
            path = " > ".join(str(G.nodes[n].get("label") or n) for n in i.path.nodes)
            rows.append([t.label, i.label, i.strength, i.hops, "yes" if i.hidden else "",
                         "yes" if i.outside else "", "yes" if i.covered else "NO", path])
        if not t.influencers:
            rows.append([t.label, "(nobody)", None, None, "", "", "", ""])
    echo_table(rows, ["decision maker", "influencer", "strength", "hops", "hidden", "outside",
                      "covered", "path"])
    for t in res:
        click.echo(f"{t.label}: " + "; ".join(t.reasons))


@click.command("counterpoints")
@click.argument("account")
@_opportunity
@click.option("--competitor", default=None, metavar="C", help="Only this competitor's supporters.")
@json_option
@with_store
@as_of_option
def counterpoints_cmd(store: Store, account: str, opportunity: str | None,
                      competitor: str | None, as_json: bool) -> None:
    """For each competitor supporter: who counters them, or who could."""
    from kamgraph.analyzers import counterpoints

    rep = counterpoints(store.project(account, opportunity=opportunity), competitor=competitor)
    if as_json:
        echo_json(rep.to_dict())
        return
    rows: list[list[Any]] = []
    for i in rep.items:
        if i.countered:
            status, who = "countered", [w.label for w in i.countered_by]
        elif i.partly_by:
            status = "partly countered" + (", BEYOND BASE" if i.beyond_base else "")
            who = [w.label for w in i.partly_by]
        else:
            status = "BEYOND BASE" if i.beyond_base else "uncountered"
            who = [f"{w.label} ({w.score:.2f}{', strong' if w.strong_enough else ''})"
                   for w in i.candidates[:3]]
        rows.append([rep.competitors.get(i.competitor, i.competitor), i.label, i.stance,
                     i.power, status, who, i.reasons[-1]])
    echo_table(rows, ["competitor", "supporter", "stance", "power", "status",
                      "countered by / candidates", "verdict"])
    click.echo(_reasons(rep.reasons))


@click.command("balance")
@click.argument("account")
@click.option("--opportunity", required=True, metavar="OPP", help="The opportunity to weigh.")
@click.option("--assume", multiple=True, metavar="PERSON=STANCE",
              help="Recompute as if PERSON's stance toward us were STANCE (-3..3); repeatable.")
@click.option("--top", type=click.IntRange(min=1), default=5, show_default=True,
              help="How many single conversions to rank.")
@json_option
@with_store
@as_of_option
def balance_cmd(store: Store, account: str, opportunity: str, assume: tuple[str, ...],
                top: int, as_json: bool) -> None:
    """How the decision chain leans, us vs each competitor, and which conversion moves it most."""
    from kamgraph.analyzers import best_conversions, support_balance

    changes = parse_assume(assume)
    G = store.project(account, opportunity=opportunity)
    bal = support_balance(G, assume=changes)
    moves = best_conversions(G, assume=changes, top=top)
    if as_json:
        echo_json({"balance": bal.to_dict(), "conversions": [w.to_dict() for w in moves]})
        return
    names = dict(G.graph.get("competitors") or {})
    rows: list[list[Any]] = [["us", bal.us, None]]
    rows += [[names.get(c, c), v, bal.margins[c]] for c, v in bal.competitors.items()]
    echo_table(rows, ["side", "weighted stance", "our margin"])
    click.echo("")
    echo_table([[m.label, m.roles, m.power, m.stance, "assumed" if m.assumed else ""]
                for m in sorted(bal.members, key=lambda m: (-m.power, m.person))],
               ["person", "roles", "power", "stance", ""])
    click.echo("")
    echo_table([[", ".join(str(G.nodes[p].get("label") or p) for p, v in w.changes.items()
                           if changes.get(p) != v), w.delta, w.after.us, "; ".join(w.reasons)]
                for w in moves], ["move this cycle", "gain", "our stance after", "why"])


@click.command("coverage")
@click.argument("account")
@_opportunity
@click.option("--max-owned", type=click.IntRange(min=1), default=None,
              help="An owner of more people of the account than this is overloaded "
                   "(default: by the owner's level and hours).")
@json_option
@with_store
@as_of_option
def coverage_cmd(store: Store, account: str, opportunity: str | None, max_owned: int | None,
                 as_json: bool) -> None:
    """A/B coverage gaps on the key persons, most severe first, each with a fix."""
    from kamgraph.analyzers import coverage_gaps

    G = store.project(account, opportunity=opportunity)
    gaps = coverage_gaps(G, max_owned=max_owned)
    if as_json:
        echo_json([g.to_dict() for g in gaps])
        return
    echo_table([[g.severity, g.kind, g.label,
                 str(G.nodes[g.staff].get("label") or g.staff) if g.staff else "",
                 _reasons(g.reasons), g.fix] for g in gaps],
               ["severity", "gap", "person", "staff", "why", "fix"])
    click.echo(f"{len(gaps)} gap(s)")
