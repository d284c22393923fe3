"""``kamgraph erase``: erase a person, one of our staff, or a whole account."""

from __future__ import annotations

import click

from kamgraph.cli.common import settings_from_kwargs, store_options
from kamgraph.cli.complete import complete_account, complete_person
from kamgraph.cli.output import described, echo, echo_json, echo_table
from kamgraph.i18n import _

__all__ = ["erase_cmd"]


@click.command("erase")
@click.argument("account", shell_complete=complete_account)
@click.argument("who", metavar="[PERSON|STAFF]", required=False, shell_complete=complete_person)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@click.option("--report-mentions", is_flag=True,
              help="List the other records whose text still names the erased person.")
@click.option("--json", "as_json", is_flag=True, help="Print what was erased as JSON.")
@store_options
def erase_cmd(account: str, who: str | None, yes: bool, report_mentions: bool, as_json: bool,
              **kwargs: object) -> None:
    """Erase a person of ACCOUNT completely (with their private details), one of our staff
    (from every account they serve), or the whole ACCOUNT (with the staff and competitors
    no other account uses). On the embedded engine no trace is left in its files."""
    from kamgraph.cli.common import open_from
    from kamgraph.cli.lookup import load_graph, resolve_account, resolve_person
    from kamgraph.store.erasure import erase, erase_account

    settings = settings_from_kwargs(dict(kwargs))
    with open_from(settings) as store:
        if who:
            G = load_graph(store, account)
            account = str(G.graph["account"])
            who = resolve_person(G, who, staff=True)
            what = _("{who} of account {account}").format(who=who, account=account)
        else:
            account = resolve_account(store, account)
            what = _("account {account}").format(account=account)
        if not yes:
            click.confirm(_("Erase {what} from the {store}?").format(
                what=what, store=described(store)), abort=True)
        home = settings.home if settings.embedded else None
        if who:
            result = erase(store, account, who, home=home, report_mentions=report_mentions)
        else:
            result = erase_account(store, account, home=home)
    if as_json:
        echo_json({"erased": result.what, "kind": result.kind, "accounts": result.accounts,
                   "shared_removed": result.shared_removed, "scrubbed": result.scrubbed,
                   "mentions": result.mentions})
        return
    echo(_("Erased {what}.").format(what=result.what))
    removed = [f"{len(v)} {k} ({', '.join(v)})" for k, v in result.shared_removed.items() if v]
    if removed:
        echo(_("Also removed shared records no other account uses: {removed}.").format(
            removed="; ".join(removed)))
    if result.scrubbed:
        echo(_("Indexes rebuilt and write-ahead log cleared: no trace left in the engine's "
               "files."))
    elif not settings.embedded:
        echo(_("The Neo4j server keeps its transaction logs as its retention policy says."))
    if report_mentions:
        if not result.mentions:
            echo(_("No other record mentions them."))
            return
        echo(_("{n} field(s) in other records still mention them; review and edit them:")
             .format(n=len(result.mentions)))
        echo_table([[m["account"], m["kind"], m["id"], m["target"] or "", m["field"], m["text"]]
                    for m in result.mentions],
                   [_("account"), _("record"), _("id"), _("to"), _("field"), _("text")])
