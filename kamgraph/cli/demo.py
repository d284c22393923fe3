"""``kamgraph demo``: load the demo account, show what kamgraph finds, write a map."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from kamgraph.cli.common import with_store
from kamgraph.cli.output import echo_table

if TYPE_CHECKING:
    from kamgraph.store import Store

__all__ = ["demo_cmd"]


def _stance(v: int | None) -> str:
    return "" if v is None else f"{v:+d}"


def _why(reasons: list[str]) -> str:
    """The most telling reason: whom they sway, else the first one."""
    return next((r for r in reasons if r.startswith("sways")), reasons[0] if reasons else "")


@click.command("demo")
@click.option("--out", "out_dir", type=click.Path(file_okay=False, path_type=Path),
              default=Path("kamgraph-demo"), show_default=True,
              help="Folder for the influence map (influence-map.html).")
@click.option("--top", default=8, show_default=True, help="Key persons to show.")
@with_store
def demo_cmd(store: Store, out_dir: Path, top: int) -> None:
    """Load the demo account (a provincial telecom operator) and analyse it.

    Replaces an earlier copy of the demo in the store, prints the key persons,
    the competitor supporters we do not counter and the A/B coverage gaps, and
    writes an interactive influence map you can open in a browser.
    """
    from kamgraph.demo import run_demo

    run = run_demo(store, out_dir, top=top)
    c = run.counts
    click.echo(f"Loaded demo account {run.account} ({run.account_name}) into the "
               f"{store.description}: {c.get('person', 0)} people, "
               f"{c.get('department', 0)} departments, {c.get('staff', 0)} of our staff, "
               f"{c.get('opportunity', 0)} opportunities.")
    click.echo(f"Opportunity analysed: {run.opportunity}\n")
    click.echo("Key persons")
    echo_table([[k.label, ", ".join(k.roles), _stance(k.stance), f"{k.score:.2f}", _why(k.reasons)]
                for k in run.key_persons],
               ["person", "roles", "stance", "score", "strongest reason"])
    unc = run.counterpoints.uncountered
    click.echo(f"\nCompetitor supporters we do not counter ({len(unc)})")
    echo_table([[u.label, u.competitor_name, _stance(u.stance), f"{u.power:.2f}", u.verdict,
                 "beyond current relationship base" if u.beyond_base else
                 (u.candidates[0].label if u.candidates else "-")] for u in unc],
               ["supporter", "competitor", "stance", "power", "verdict",
                "best candidate counterweight"])
    click.echo(f"\nA/B coverage gaps ({len(run.gaps)})")
    labels = run.extra.get("labels", {})
    echo_table([[g.severity, g.kind,
                 f"{len(g.people)} people" if g.kind == "owner-overloaded" else g.label,
                 labels.get(g.staff, g.staff) if g.staff else "", g.fix]
                for g in run.gaps],
               ["severity", "gap", "person", "our staff", "suggested fix"])
    if run.map_path:
        click.echo(f"\nInfluence map: {run.map_path} (open it in a browser)")
