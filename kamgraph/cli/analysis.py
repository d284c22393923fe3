"""Analysis commands: key persons, hidden chain, counterpoints, balance, coverage.

Each loads the account's projection from the store and prints the analyzer's result
as a table (with the reasons) or as ``--json``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.complete import complete_account, complete_opportunity
from kamgraph.cli.lookup import load_graph
from kamgraph.cli.output import echo, echo_json, echo_table
from kamgraph.cli.watch import as_of_option
from kamgraph.i18n import _
from kamgraph.tables import stance
from kamgraph.terms import gap_fix, gap_kind, roles, severity, yes_no

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["key_persons_cmd", "hidden_chain_cmd", "counterpoints_cmd", "balance_cmd",
           "coverage_cmd", "parse_assume", "fix_text"]

_opportunity = click.option("--opportunity", shell_complete=complete_opportunity, default=None,
                            metavar="OPP",
                            help="Scope to one opportunity (its roles and competitors).")


def parse_assume(values: tuple[str, ...], G: Any = None) -> dict[str, int]:
    """``("p1=2", "p2=-1")`` -> ``{"p1": 2, "p2": -1}``; a malformed one is an error.

    With the projection ``G`` a person may be named by name too.

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
            raise AnalysisError(_("--assume {value!r}: expected PERSON=STANCE with STANCE from "
                                  "-3 to 3").format(value=v))
        if not -3 <= value <= 3:
            raise AnalysisError(_("--assume {value!r}: stance must be from -3 to 3").format(
                value=v))
        who = person.strip()
        if G is not None:
            from kamgraph.cli.lookup import resolve_person

            who = resolve_person(G, who)
        out[who] = value
    return out


def _say(r: str) -> str:
    """A reason in the current language (analyzers keep reasons as fact codes)."""
    from kamgraph.analyzers.words import render
    from kamgraph.i18n import get_lang

    return render(r, get_lang())


def _reasons(r: list[str]) -> str:
    from kamgraph.i18n import get_lang

    return ("；" if get_lang() == "zh" else "; ").join(map(_say, r))


@click.command("key-persons")
@click.argument("account", shell_complete=complete_account)
@_opportunity
@click.option("--top", type=click.IntRange(min=1), default=None, help="Show the first N only.")
@json_option
@with_store
@as_of_option
def key_persons_cmd(store: Store, account: str, opportunity: str | None, top: int | None,
                    as_json: bool) -> None:
    """Who shapes the decision: power from role, level, influence and veto, with reasons."""
    from kamgraph.analyzers import key_persons

    res = key_persons(load_graph(store, account, opportunity), top=top)
    if as_json:
        echo_json([k.to_dict() for k in res])
        return
    echo_table([[i, k.label, k.title, roles(k.roles), stance(k.stance), k.score, k.formal,
                 k.influence, k.breadth, k.brokerage, k.veto]
                for i, k in enumerate(res, start=1)],
               ["#", _("person"), _("title"), _("roles"), _("stance"), _("score"),
                _("formal"), _("reach"), _("breadth"), _("brokerage"), _("veto")],
               wrap=[1, 2])
    echo("\n" + _("Why"))
    for i, k in enumerate(res, start=1):
        echo(f"{i:>2}. {k.label}")
        for r in map(_say, k.reasons):
            echo(f"      - {r}")


@click.command("hidden-chain")
@click.argument("account", shell_complete=complete_account)
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

    G = load_graph(store, account, opportunity)
    res = hidden_chain(G, max_hops=max_hops, min_strength=min_strength, all=show_all)
    if as_json:
        echo_json([t.to_dict() for t in res])
        return
    rows: list[list[Any]] = []
    for t in res:
        for i in t.influencers:
            path = " > ".join(str(G.nodes[n].get("label") or n) for n in i.path.nodes)
            rows.append([t.label, i.label, i.strength, i.hops, yes_no(i.hidden),
                         yes_no(i.outside), yes_no(i.covered, no=_("NO")), path])
        if not t.influencers:
            rows.append([t.label, _("(nobody)"), None, None, "", "", "", ""])
    echo_table(rows, [_("decision maker"), _("influencer"), _("strength"), _("hops"),
                      _("hidden"), _("outside"), _("covered"), _("path")], wrap=[0, 1, 7])
    for t in res:
        echo(f"{t.label}: " + _reasons(t.reasons))


@click.command("counterpoints")
@click.argument("account", shell_complete=complete_account)
@_opportunity
@click.option("--competitor", default=None, metavar="C", help="Only this competitor's supporters.")
@json_option
@with_store
@as_of_option
def counterpoints_cmd(store: Store, account: str, opportunity: str | None,
                      competitor: str | None, as_json: bool) -> None:
    """For each competitor supporter: who counters them, or who could."""
    from kamgraph.analyzers import counterpoints

    G = load_graph(store, account, opportunity)
    if competitor is not None:
        from kamgraph.cli.lookup import Known, pick

        comps = dict(G.graph.get("competitors") or {})
        competitor = pick(competitor, [Known(c, n, (n,)) for c, n in sorted(comps.items())],
                          _("competitor"), _("in scope"))
    rep = counterpoints(G, competitor=competitor)
    if as_json:
        echo_json(rep.to_dict())
        return
    rows: list[list[Any]] = []
    for i in rep.items:
        if i.countered:
            status, who = _("countered"), [w.label for w in i.countered_by]
        elif i.partly_by:
            status = _("partly countered") + (", " + _("BEYOND BASE") if i.beyond_base else "")
            who = [w.label for w in i.partly_by]
        else:
            status = _("BEYOND BASE") if i.beyond_base else _("uncountered")
            strong = _(", strong")
            who = [f"{w.label} ({w.score:.2f}{strong if w.strong_enough else ''})"
                   for w in i.candidates[:3]]
        rows.append([rep.competitors.get(i.competitor, i.competitor), i.label, stance(i.stance),
                     i.power, status, who, _say(i.reasons[-1])])
    echo_table(rows, [_("competitor"), _("supporter"), _("stance"), _("power"), _("status"),
                      _("countered by / candidates"), _("verdict")], wrap=[0, 1, 5, 6])
    echo(_reasons(rep.reasons))


@click.command("balance")
@click.argument("account", shell_complete=complete_account)
@click.option("--opportunity", shell_complete=complete_opportunity, required=True, metavar="OPP",
              help="The opportunity to weigh.")
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

    G = load_graph(store, account, opportunity)
    changes = parse_assume(assume, G)
    bal = support_balance(G, assume=changes)
    moves = best_conversions(G, assume=changes, top=top)
    if as_json:
        echo_json({"balance": bal.to_dict(), "conversions": [w.to_dict() for w in moves]})
        return
    names = dict(G.graph.get("competitors") or {})
    rows: list[list[Any]] = [[_("us"), _signed2(bal.us), None]]
    rows += [[names.get(c, c), _signed2(v), _signed2(bal.margins[c])]
             for c, v in bal.competitors.items()]
    echo_table(rows, [_("side"), _("weighted stance"), _("our margin")])
    echo("")
    echo_table([[m.label, roles(m.roles), m.power, stance(m.stance),
                 _("assumed") if m.assumed else ""]
                for m in sorted(bal.members, key=lambda m: (-m.power, m.person))],
               [_("person"), _("roles"), _("power"), _("stance"), ""], wrap=[0])
    echo("")
    echo_table([[", ".join(str(G.nodes[p].get("label") or p) for p, v in w.changes.items()
                           if changes.get(p) != v), _signed2(w.delta), _signed2(w.after.us),
                 _reasons(w.reasons)]
                for w in moves], [_("move this cycle"), _("gain"), _("our stance after"),
                                  _("why")], wrap=[0, 3])


def _signed2(v: float | None) -> str:
    """A weighted stance or a change of one: signed, two decimals (``+0.30``)."""
    return "" if v is None else f"{v:+.2f}"


@click.command("coverage")
@click.argument("account", shell_complete=complete_account)
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

    G = load_graph(store, account, opportunity)
    gaps = coverage_gaps(G, max_owned=max_owned)
    if as_json:
        echo_json([g.to_dict() for g in gaps])
        return
    echo_table([[severity(g.severity), gap_kind(g.kind), g.label,
                 str(G.nodes[g.staff].get("label") or g.staff) if g.staff else "",
                 _reasons(g.reasons), fix_text(G, g)] for g in gaps],
               [_("severity"), _("gap"), _("person"), _("staff"), _("why"), _("fix")],
               wrap=[2, 3, 4, 5])
    echo(_("{n} gap(s)").format(n=len(gaps)))


def fix_text(G: Any, g: Any) -> str:
    """A gap's suggested fix in the current language, naming the candidates."""
    return gap_fix(g.kind, g.fix, [str(G.nodes[c].get("label") or c) if c in G else c
                                   for c in g.candidates])
