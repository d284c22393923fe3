"""Commands that put data in, take it out and look at it."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kamgraph.cli.common import json_option, with_store
from kamgraph.cli.living import lang_option
from kamgraph.cli.output import echo_json, echo_table
from kamgraph.cli.watch import as_of_option

if TYPE_CHECKING:
    import networkx as nx

    from kamgraph.store import Store

__all__ = ["init_cmd", "import_cmd", "export_cmd", "accounts_cmd", "people_cmd", "person_cmd",
           "erase_cmd"]


@click.command("init")
@with_store
def init_cmd(store: Store) -> None:
    """Create the schema (constraints and indexes); safe to run again."""
    store._schema_ready = False
    created = store.ensure_schema()
    click.echo(f"Schema ready on the {store.description}: "
               f"{len(created)} constraint(s)/index(es) created.")


@click.command("import")
@click.argument("paths", nargs=-1, required=True,
                type=click.Path(exists=True, path_type=Path))
@click.option("--dry-run", is_flag=True, help="Validate and report; write nothing.")
@with_store
def import_cmd(store: Store, paths: tuple[Path, ...], dry_run: bool) -> None:
    """Import account files (YAML/JSON) or folders of CSV files.

    Everything is validated first; a file with any problem writes nothing and
    every problem is listed. Importing an account again replaces its content.
    """
    from kamgraph.importers import load_paths
    from kamgraph.store.accounts import save_accounts

    accounts = load_paths(list(paths))
    if not dry_run:  # one transaction per account, the next prepared while one is written
        save_accounts(store, accounts)
    rows = []
    for data in accounts:
        counts = data.count()
        rows.append([data.account_id, counts.get("person", 0), counts.get("opportunity", 0),
                     sum(counts.values())])
    echo_table(rows, ["account", "people", "opportunities", "records"])
    verb = "Would import" if dry_run else "Imported"
    click.echo(f"{verb} {len(accounts)} account(s) into the {store.description}.")


@click.command("export")
@click.argument("account")
@click.option("--format", "fmt", type=click.Choice(["yaml", "csv", "json"]), default="yaml",
              show_default=True)
@click.option("--out", type=click.Path(path_type=Path), required=True,
              help="File (yaml, json) or folder (csv) to write.")
@click.option("--include-private", is_flag=True,
              help="Also export private fields (family, hobbies, home area, notes).")
@with_store
def export_cmd(store: Store, account: str, fmt: str, out: Path, include_private: bool) -> None:
    """Export one account in the import formats (private fields left out by default)."""
    from kamgraph.exporters import export_account

    data = store.load_account(account, include_private=include_private)
    written = export_account(data, fmt, out, include_private=include_private)  # type: ignore[arg-type]
    privacy = "with private fields" if include_private else "without private fields"
    click.echo(f"Exported {account} ({privacy}) to {', '.join(str(p) for p in written)}")


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
               ["id", "name", "tier", "people", "opportunities"])


def _label(rec: dict[str, Any]) -> str:
    from kamgraph.projection import display_name

    return display_name(rec)


def _owners(G: nx.MultiDiGraph, pid: str) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"A": [], "B": []}
    for u, _, d in G.in_edges(pid, data=True):
        if d.get("type") == "OWNS":
            out[d["role"]].append(u)
    return {k: sorted(v) for k, v in out.items()}


def _person_row(G: nx.MultiDiGraph, pid: str) -> dict[str, Any]:
    n = G.nodes[pid]
    owners = _owners(G, pid)
    return {"id": pid, "name": n["label"], "title": n.get("title"), "level": n.get("level"),
            "department": n.get("department"), "affiliation": n.get("affiliation"),
            "roles": n.get("roles", []), "stance": n.get("stance"),
            "stances": n.get("stances", {}), "owner_a": owners["A"], "owner_b": owners["B"]}


@click.command("people")
@click.argument("account")
@click.option("--opportunity", default=None, help="Show roles in this opportunity.")
@json_option
@with_store
@as_of_option
def people_cmd(store: Store, account: str, opportunity: str | None, as_json: bool) -> None:
    """List the people of an account: post, roles, stance toward us, owners."""
    from kamgraph.projection import people

    G = store.project(account, opportunity)
    rows = [_person_row(G, p) for p in people(G)]
    if as_json:
        echo_json(rows)
        return
    echo_table([[r["id"], r["name"], r["title"], r["level"], r["roles"], _stance(r["stance"]),
                 r["owner_a"], r["owner_b"]] for r in rows],
               ["id", "name", "title", "level", "roles", "stance", "A", "B"])


def _stance(v: int | None) -> str:
    return "" if v is None else f"{v:+d}"


@click.command("person")
@click.argument("account")
@click.argument("person")
@click.option("--include-private", is_flag=True, help="Also show private fields.")
@lang_option
@json_option
@with_store
@as_of_option
def person_cmd(store: Store, account: str, person: str, include_private: bool,
               as_json: bool, lang: str | None) -> None:
    """Everything about one person: post and post history, stances over time with evidence,
    closeness by month, ties, owners, channels, interactions (newest first)."""
    from kamgraph.cli.person_history import echo_history, history_of, resolve
    from kamgraph.errors import NotFound
    from kamgraph.history.words import lang_of

    person = resolve(store, account, person)
    hist = history_of(store, account, person)
    G = store.project(account, include_private=include_private)
    if G.nodes.get(person, {}).get("kind") != "person":
        if hist["left"] is None:
            raise NotFound(f"no person {person!r} in account {account!r}")
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
    click.echo(f"{info['name']} ({person}) - {info['title'] or ''} [{info['level'] or '?'}]")
    click.echo(f"  department: {info['department'] or '-'}   affiliation: {info['affiliation']}")
    click.echo(f"  roles: {', '.join(info['roles']) or '-'}"
               f"   owners: A={','.join(info['owner_a']) or '-'}"
               f" B={','.join(info['owner_b']) or '-'}")
    if ties:
        click.echo("")
        echo_table([[t["type"], t["direction"], t["other_name"],
                     t.get("strength"), t.get("basis") or t.get("circle") or t.get("role")]
                    for t in info["ties"]], ["tie", "dir", "with", "strength", "kind"])
    echo_history({**hist, "interactions": info["interactions"]}, lang_of(lang))
    if include_private and info.get("private"):
        click.echo("")
        for k, v in sorted(info["private"].items()):
            click.echo(f"  {k}: {v}")


@click.command("erase")
@click.argument("account")
@click.argument("person", required=False)
@click.option("--yes", is_flag=True, help="Do not ask for confirmation.")
@with_store
def erase_cmd(store: Store, account: str, person: str | None, yes: bool) -> None:
    """Erase one person completely (with their private details), or a whole account."""
    from kamgraph.store.accounts import erase_person

    what = f"person {person} of account {account}" if person else f"account {account}"
    if not yes:
        click.confirm(f"Erase {what} from the {store.description}?", abort=True)
    if person:
        erase_person(store, account, person)
    else:
        store.delete_account(account)
    click.echo(f"Erased {what}.")
