"""``kamgraph demo``: load the demo account, show what kamgraph finds, write a map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.output import check_out, described, echo, echo_json, echo_table
from kamgraph.i18n import _
from kamgraph.tables import stance
from kamgraph.terms import gap_kind, roles, severity

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["demo_cmd"]


def _why(reasons: list[str]) -> str:
    """The most telling reason (whom they sway, else the first one), in the current language."""
    from kamgraph.cli.analysis import _say

    best = next((r for r in reasons if r.startswith("sways")), reasons[0] if reasons else "")
    return _say(best)


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("kamgraph-demo"), show_default=True,
              help="Folder for the influence map (influence-map.html).")
@click.option("--top", default=8, show_default=True, help="Key persons to show.")
@json_option
@with_store
def demo_cmd(store: Store, out_dir: Path, top: int, as_json: bool) -> None:
    """Load the demo account (a provincial telecom operator) and analyse it.

    Replaces an earlier copy of the demo in the store, prints the key persons,
    the competitor supporters we do not counter and the A/B coverage gaps, and
    writes an interactive influence map you can open in a browser.
    """
    from kamgraph.cli.analysis import _say, fix_text
    from kamgraph.cli.progress import spinner
    from kamgraph.demo import run_demo

    check_out(out_dir, "dir")
    with spinner(_("loading and analysing the demo account…")):
        run = run_demo(store, out_dir, top=top)
        G = store.project(run.account, run.opportunity)
    c = run.counts
    if as_json:
        echo_json({"account": run.account, "account_name": run.account_name,
                   "store": store.description, "opportunity": run.opportunity, "counts": c,
                   "key_persons": run.key_persons, "counterpoints": run.counterpoints,
                   "gaps": run.gaps,
                   "map": str(run.map_path) if run.map_path else None})
        return
    echo(_("Loaded demo account {account} ({name}) into the {store}: {people} people, "
           "{departments} departments, {staff} of our staff, {opportunities} "
           "opportunities.").format(
        account=run.account, name=run.account_name, store=described(store),
        people=c.get("person", 0), departments=c.get("department", 0),
        staff=c.get("staff", 0), opportunities=c.get("opportunity", 0)))
    echo(_("Opportunity analysed: {opportunity}").format(opportunity=run.opportunity) + "\n")
    echo(_("Key persons"))
    echo_table([[k.label, roles(k.roles), stance(k.stance), k.score, _why(k.reasons)]
                for k in run.key_persons],
               [_("person"), _("roles"), _("stance"), _("score"), _("strongest reason")],
               wrap=[0, 4])
    unc = run.counterpoints.uncountered
    echo("\n" + _("Competitor supporters we do not counter ({n})").format(n=len(unc)))
    echo_table([[u.label, u.competitor_name, stance(u.stance), u.power, _say(u.verdict),
                 _("beyond current relationship base") if u.beyond_base else
                 (u.candidates[0].label if u.candidates else "-")] for u in unc],
               [_("supporter"), _("competitor"), _("stance"), _("power"), _("verdict"),
                _("best candidate counterweight")], wrap=[0, 1, 4, 5])
    echo("\n" + _("A/B coverage gaps ({n})").format(n=len(run.gaps)))
    labels = run.staff_labels
    echo_table([[severity(g.severity), gap_kind(g.kind),
                 _("{n} people").format(n=len(g.people)) if g.kind == "owner-overloaded"
                 else g.label, labels.get(g.staff, g.staff) if g.staff else "", fix_text(G, g)]
                for g in run.gaps],
               [_("severity"), _("gap"), _("person"), _("our staff"), _("suggested fix")],
               wrap=[2, 4])
    if run.map_path:
        echo("\n" + _("Influence map: {path} (open it in a browser)").format(path=run.map_path))
