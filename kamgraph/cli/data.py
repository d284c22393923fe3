"""Commands that put data in, take it out and look at it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.complete import complete_account, complete_opportunity, complete_person
from kamgraph.cli.living import lang_option
from kamgraph.cli.output import check_out, described, echo, echo_json, echo_table
from kamgraph.cli.watch import as_of_option
from kamgraph.formats.table import FORMATS, crm_names, export_names
from kamgraph.i18n import _
from kamgraph.tables import stance

if TYPE_CHECKING:
    import networkx as nx

    from kamgraph.store import Store

__all__ = ["init_cmd", "import_cmd", "export_cmd", "accounts_cmd", "people_cmd", "person_cmd",
           "template_cmd"]

#: ``import --from`` help, from the formats table (a CRM format is one more entry there).
_FROM_HELP = "; ".join(["kamgraph: its own YAML, JSON, CSV and xlsx formats"] + [
    f"{name}: {FORMATS[name].description}" for name in crm_names()]) + "."
#: ``export --format``: the import formats (read and written), then those written only.
_BOTH = [n for n in export_names() if FORMATS[n].reader is not None]
_WRITE_ONLY = [n for n in export_names() if FORMATS[n].reader is None]
_FORMAT_HELP = (f"{', '.join(_BOTH)}: the import formats; {', '.join(_WRITE_ONLY)}: the graph "
                "for Gephi, Cytoscape or networkx.")
_OUT_HELP = (f"File ({', '.join(n for n in export_names() if not FORMATS[n].folder)}) or "
             f"folder ({', '.join(n for n in export_names() if FORMATS[n].folder)}) to write.")


@click.command("init")
@json_option
@with_store
def init_cmd(store: Store, as_json: bool) -> None:
    """Create the schema (constraints and indexes); safe to run again."""
    store._schema_ready = False
    created = store.ensure_schema()
    if as_json:
        echo_json({"store": store.description, "created": list(created)})
        return
    echo(_("Schema ready on the {store}: {n} constraint(s)/index(es) created.").format(
        store=described(store), n=len(created)))


@click.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and report; write nothing.")
@click.option("--update-shared", is_flag=True,
              help="Allow changes to staff and competitors that other accounts use too.")
@click.option("--max-size", "max_mb", type=click.FloatRange(min=0, min_open=True), default=None,
              metavar="MB", help="Largest file accepted, in MB [env KAMGRAPH_MAX_IMPORT_MB; "
                                 "default 20].")
@click.option("--from", "source", type=click.Choice(["kamgraph", *crm_names()]),
              default="kamgraph", show_default=True, help=_FROM_HELP)
@json_option
@with_store
def import_cmd(store: Store, paths: tuple[Path, ...], dry_run: bool, update_shared: bool,
               max_mb: float | None, source: str, as_json: bool) -> None:
    """Import account files (YAML/JSON), Excel workbooks (.xlsx), folders of CSV files or
    folders of CRM exports (--from).

    Everything is validated first, against the files and against the store; with any
    problem nothing is written and every problem is listed. All accounts are written
    in one transaction: all or none. Importing an account again replaces its content.
    Files must be UTF-8 (with or without a byte-order mark); GBK files get a hint.
    """
    from kamgraph.cli.encodings import with_encoding_hint
    from kamgraph.cli.progress import spinner
    from kamgraph.formats import load_paths
    from kamgraph.store.accounts import save_accounts
    from kamgraph.store.shared import check_shared

    with spinner(_("reading {n} path(s)…").format(n=len(paths))), \
            with_encoding_hint(paths):
        accounts = load_paths(list(paths), max_bytes=None if max_mb is None
                              else int(max_mb * 1024 * 1024),
                              source=None if source == "kamgraph" else source)
    if dry_run:
        changes = check_shared(store, accounts, update_shared=update_shared)
    else:
        from kamgraph.store.shared import shared_changes

        changes = shared_changes(store, accounts) if update_shared else []
        with spinner(_("writing {n} account(s)…").format(n=len(accounts))):
            save_accounts(store, accounts, update_shared=update_shared)
    rows = []
    for data in accounts:
        counts = data.count()
        rows.append({"account": data.account_id, "people": counts.get("person", 0),
                     "opportunities": counts.get("opportunity", 0),
                     "records": sum(counts.values())})
    if as_json:
        echo_json({"dry_run": dry_run, "store": store.description, "accounts": rows,
                   "shared_changes": [c.describe() for c in changes]})
        return
    echo_table([list(r.values()) for r in rows],
               [_("account"), _("people"), _("opportunities"), _("records")])
    for c in changes:
        echo((_("Would change shared {what}") if dry_run else _("Changed shared {what}"))
             .format(what=c.describe()))
    msg = (_("Would import {n} account(s) into the {store}.") if dry_run
           else _("Imported {n} account(s) into the {store}."))
    echo(msg.format(n=len(accounts), store=described(store)))


@click.command("export")
@click.argument("account", shell_complete=complete_account)
@click.option("--format", "fmt", type=click.Choice(export_names()),
              default="yaml", show_default=True, help=_FORMAT_HELP)
@click.option("--out", type=click.Path(path_type=Path), required=True, help=_OUT_HELP)
@click.option("--include-private", is_flag=True,
              help="Also export private fields (family, hobbies, home area, notes).")
@click.option("--excel", is_flag=True,
              help="CSV: start each file with a UTF-8 byte-order mark so Excel on Windows "
                   "shows the Chinese right (kamgraph import reads it either way).")
@click.option("--excel-safe", is_flag=True,
              help="CSV: also prefix cells that a spreadsheet would run as a formula "
                   "(= + - @) with ' . The files then differ from the data; leave it off "
                   "for files you import again.")
@json_option
@with_store
def export_cmd(store: Store, account: str, fmt: str, out: Path, include_private: bool,
               excel: bool, excel_safe: bool, as_json: bool) -> None:
    """Export one account in the import formats (private fields left out by default).

    The export is exact, for import elsewhere; --excel and --excel-safe make CSV files
    for reading in a spreadsheet.
    """
    from kamgraph.cli.lookup import resolve_account
    from kamgraph.formats import export_account

    check_out(out, "dir" if FORMATS[fmt].folder else "file")
    acc = resolve_account(store, account)
    data = store.load_account(acc, include_private=include_private)
    written = export_account(data, fmt, out, include_private=include_private,
                             bom=excel or excel_safe, excel_safe=excel_safe)
    if as_json:
        echo_json({"account": acc, "format": fmt, "private": include_private,
                   "files": [str(p) for p in written]})
        return
    msg = (_("Exported {account} (with private fields) to {files}") if include_private
           else _("Exported {account} (without private fields) to {files}"))
    echo(msg.format(account=acc, files=", ".join(str(p) for p in written)))


@click.command("accounts")
@json_option
@with_store
def accounts_cmd(store: Store, as_json: bool) -> None:
    """List the accounts in the store."""
    rows = store.accounts()
    if as_json:
        echo_json(rows)
        return
    echo_table([[r["id"], _label(r), r["tier"], r["people"], r["opportunities"]] for r in rows],
               [_("id"), _("name"), _("tier"), _("people"), _("opportunities")], wrap=[1])


def _label(rec: dict[str, Any]) -> str:
    from kamgraph.projection import display_name

    return display_name(rec)


def _owners(G: nx.MultiDiGraph, pid: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"A": [], "B": []}
    for u, _v, d in G.in_edges(pid, data=True):
        if d.get("type") == "OWNS":
            out[d["role"]].append(u)
    return {k: sorted(v) for k, v in out.items()}


def _name(G: nx.MultiDiGraph, n: str) -> str:
    return str(G.nodes[n].get("label") or n) if n in G else n


def _person_row(G: nx.MultiDiGraph, pid: str) -> dict[str, Any]:
    n = G.nodes[pid]
    owners = _owners(G, pid)
    return {"id": pid, "name": n["label"], "title": n.get("title"), "level": n.get("level"),
            "department": n.get("department"), "affiliation": n.get("affiliation"),
            "roles": n.get("roles", []), "stance": n.get("stance"),
            "stances": n.get("stances", {}), "owner_a": owners["A"], "owner_b": owners["B"]}


@click.command("people")
@click.argument("account", shell_complete=complete_account)
@click.option("--opportunity", shell_complete=complete_opportunity, default=None,
              help="Show roles in this opportunity.")
@json_option
@with_store
@as_of_option
def people_cmd(store: Store, account: str, opportunity: str | None, as_json: bool) -> None:
    """List the people of an account: post, roles, stance toward us, owners."""
    from kamgraph.cli.lookup import load_graph
    from kamgraph.projection import people
    from kamgraph.terms import level, roles

    G = load_graph(store, account, opportunity)
    rows = [_person_row(G, p) for p in people(G)]
    if as_json:
        echo_json(rows)
        return
    echo_table([[r["id"], r["name"], r["title"], level(r["level"]), roles(r["roles"]),
                 stance(r["stance"]), [_name(G, s) for s in r["owner_a"]],
                 [_name(G, s) for s in r["owner_b"]]] for r in rows],
               [_("id"), _("name"), _("title"), _("level"), _("roles"), _("stance"),
                _("owner A"), _("owner B")], wrap=[1, 2, 6, 7])


@click.command("person")
@click.argument("account", shell_complete=complete_account)
@click.argument("person", shell_complete=complete_person)
@click.option("--include-private", is_flag=True, help="Also show private fields.")
@lang_option
@json_option
@with_store
@as_of_option
def person_cmd(store: Store, account: str, person: str, include_private: bool,
               as_json: bool, lang: str | None) -> None:
    """Everything about one person: post and post history, stances over time with evidence,
    closeness by month, ties, owners, channels, interactions (newest first).

    PERSON is an id or a unique name (Chinese or English); people who left are found too."""
    from kamgraph.cli.lookup import resolve_account, resolve_person
    from kamgraph.cli.person_history import echo_history, history_of, resolve
    from kamgraph.errors import KamgraphError, NotFound
    from kamgraph.history.words import lang_of
    from kamgraph.terms import affiliation, circle, direction, level, roles, tie

    account = resolve_account(store, account)
    try:  # the people of the account today, with "did you mean" and candidates
        person = resolve_person(store.project(account), person)
    except NotFound as unknown:  # someone who left is found in the history
        try:
            person = resolve(store, account, person)
        except KamgraphError:
            raise unknown from None
    hist = history_of(store, account, person)
    G = store.project(account, include_private=include_private)
    if G.nodes.get(person, {}).get("kind") != "person":
        if hist["left"] is None:
            raise NotFound(_("no person {person!r} in account {account!r}").format(
                person=person, account=account))
        G = store.project(account, include_private=include_private,  # as they stood last
                          as_of=hist["left"] - dt.timedelta(days=1))
    info = _person_row(G, person)
    n = G.nodes[person]
    info["stance_history"] = n.get("stance_history", {})
    ties: list[dict[str, Any]] = []
    for u, v, d in list(G.in_edges(person, data=True)) + list(G.out_edges(person, data=True)):
        t = d.get("type")
        if t in {"INFLUENCES", "REPORTS_TO", "KNOWS", "SPONSORS", "INFORMS", "OWNS"}:
            other = v if u == person else u
            ties.append({"type": t, "direction": "out" if u == person else "in", "other": other,
                         "other_name": G.nodes[other].get("label"),
                         **{k: x for k, x in d.items() if k != "type" and x is not None}})
    info["ties"] = sorted(ties, key=lambda t: (t["type"], t["direction"], t["other"]))
    info["interactions"] = hist.pop("interactions")  # newest first
    info["history"] = hist
    if include_private:
        info["private"] = n.get("private", {})
    if as_json:
        echo_json(info)
        return
    echo(f"{info['name']} ({person}) - {info['title'] or ''} [{level(info['level']) or '?'}]")
    echo("  " + _("department: {department}   affiliation: {affiliation}").format(
        department=_name(G, info["department"]) if info["department"] else "-",
        affiliation=affiliation(info["affiliation"])))
    echo("  " + _("roles: {roles}   owners: A={a} B={b}").format(
        roles=roles(info["roles"]) or "-",
        a=", ".join(_name(G, s) for s in info["owner_a"]) or "-",
        b=", ".join(_name(G, s) for s in info["owner_b"]) or "-"))
    from kamgraph.cli.person_history import stance_steps

    for toward, assessed in sorted(info["stance_history"].items()):
        steps = stance_steps(assessed, G.graph.get("competitors", {}))  # one step a day
        who = _("us") if toward == "us" else G.graph.get("competitors", {}).get(toward, toward)
        echo("  " + _("stance toward {toward}: {steps}").format(toward=who, steps=steps))
    if ties:
        echo("")
        echo_table([[tie(t["type"]), direction(t["direction"]), t["other_name"],
                     t.get("strength"),
                     circle(t.get("basis") or t.get("circle")) or t.get("role")]
                    for t in info["ties"]],
                   [_("tie"), _("dir"), _("with"), _("strength"), _("kind")])
    echo_history({**hist, "interactions": info["interactions"]}, lang_of(lang))
    if include_private and info.get("private"):
        echo("")
        for k, v in sorted(info["private"].items()):
            echo(f"  {k}: {v}")


@click.command("template")
@click.option("--xlsx", "xlsx", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="Write the Excel workbook template here.")
@json_option
def template_cmd(xlsx: Path, as_json: bool) -> None:
    """Write an empty Excel workbook to fill in: a sheet per record kind, the CSV
    columns, drop-down lists for levels, roles, stance scales and the other fixed values."""
    from kamgraph.errors import KamgraphError
    from kamgraph.formats.workbook import write_workbook

    if xlsx.suffix.lower() != ".xlsx":
        raise KamgraphError(_("{path}: the template is an .xlsx workbook; name it *.xlsx")
                            .format(path=xlsx))
    check_out(xlsx, "file")
    try:
        write_workbook(None, xlsx)
    except OSError as e:
        raise KamgraphError(_("cannot write {path}: {reason}").format(
            path=xlsx, reason=e.strerror)) from e
    if as_json:
        echo_json({"file": str(xlsx)})
        return
    echo(_("Wrote the workbook template {path}: fill in one sheet per kind, then "
           "'kamgraph import {name}'.").format(path=xlsx, name=xlsx.name))
