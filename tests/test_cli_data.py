"""The CLI's data commands on the real store: exact output, errors, round trips."""

from __future__ import annotations

import json
import re
from pathlib import Path

import click
import pytest
from conftest import Cli

from kamgraph.cli import COMMANDS, main
from kamgraph.store import Store

DATA = Path(__file__).parent / "data" / "import"
README = Path(__file__).resolve().parent.parent / "README.md"


def _records(store: Store, account: str) -> dict[str, list[str]]:
    data = store.load_account(account, include_private=True)
    return {k: sorted(map(repr, v)) for k, v in data.records.items()}


def test_import_yaml_then_list(cli: Cli, store: Store) -> None:
    out = cli("import", str(DATA / "acme.yaml")).output
    assert out.splitlines()[-1].startswith("Imported 1 account(s) into the ")
    accounts = json.loads(cli("accounts", "--json").output)
    assert [a["id"] for a in accounts] == ["acme"]


def test_dry_run_writes_nothing(cli: Cli, store: Store) -> None:
    out = cli("import", "--dry-run", str(DATA / "acme.yaml")).output
    assert "Would import 1 account(s)" in out
    assert store.accounts() == []


def test_a_malformed_file_lists_every_problem_and_writes_nothing(cli: Cli, store: Store) -> None:
    result = cli("import", str(DATA / "acme.yaml"), str(DATA / "bad.yaml"), ok=False)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert re.match(r"Error: \d+ problems in .*bad\.yaml; nothing was written", lines[0])
    assert len(lines) > 3 and all("bad.yaml:" in line for line in lines[1:])
    assert "Traceback" not in result.output
    assert store.accounts() == []  # the good file was not written either


@pytest.mark.parametrize("fmt", ["yaml", "json", "csv"])
def test_import_export_import_round_trips(cli: Cli, store: Store, tmp_path: Path,
                                          fmt: str) -> None:
    cli("import", str(DATA / "acme.yaml"))
    before = _records(store, "acme")
    out = tmp_path / ("acme-csv" if fmt == "csv" else f"acme.{fmt}")
    cli("export", "acme", "--format", fmt, "--out", str(out), "--include-private")
    cli("erase", "acme", "--yes")
    assert store.accounts() == []
    cli("import", str(out))
    assert _records(store, "acme") == before


def test_export_leaves_private_fields_out_by_default(cli: Cli, store: Store,
                                                     tmp_path: Path) -> None:
    cli("import", str(DATA / "acme.yaml"))
    text_private = (DATA / "acme.yaml").read_text(encoding="utf-8")
    assert "private:" in text_private
    out = tmp_path / "acme.yaml"
    msg = cli("export", "acme", "--out", str(out)).output
    assert "without private fields" in msg
    exported = out.read_text(encoding="utf-8")
    assert "private:" not in exported and "hobbies" not in exported


def test_importing_twice_gives_the_same_graph(cli: Cli, store: Store) -> None:
    cli("import", str(DATA / "acme_csv"))
    first = _records(store, "acme")
    cli("import", str(DATA / "acme_csv"))
    assert _records(store, "acme") == first


def test_people_and_person(cli: Cli, store: Store) -> None:
    cli("import", str(DATA / "acme.yaml"))
    rows = json.loads(cli("people", "acme", "--json").output)
    assert rows and all({"id", "name", "stance", "owner_a", "owner_b"} <= set(r) for r in rows)
    table = cli("people", "acme").output.splitlines()
    assert table[0].split()[:3] == ["id", "name", "title"] and len(table) == len(rows) + 2
    pid = rows[0]["id"]
    person = json.loads(cli("person", "acme", pid, "--json").output)
    assert person["id"] == pid and "private" not in person


def test_unknown_things_are_one_line_errors(cli: Cli) -> None:
    for args, message in [
        (["people", "nope"], "Error: no account 'nope' (none yet)"),
        (["import", "/nonexistent.yaml"], None),
        (["people", "x", "--uri", "http://x"], "Error: unsupported URI 'http://x': use "
                                                "bolt://host:port or neo4j://host:port"),
    ]:
        result = cli(*args, ok=False)
        assert result.exit_code != 0
        lines = [line for line in result.output.splitlines() if line.strip()]
        if message:
            assert lines == [message]
        assert "Traceback" not in result.output


def test_unreachable_neo4j_is_a_one_line_error(cli: Cli) -> None:
    result = cli("accounts", "--uri", "bolt://127.0.0.1:9", "--password", "x", ok=False)
    assert result.exit_code == 1
    [line] = [x for x in result.output.splitlines() if x.strip()]
    assert line.startswith("Error: cannot reach the bolt://127.0.0.1:9")


def test_help_lists_every_command_and_the_readme_documents_each() -> None:
    ctx = click.Context(main)
    listed = main.list_commands(ctx)
    assert listed == sorted(COMMANDS)
    readme = README.read_text(encoding="utf-8")
    missing = [c for c in listed if f"kamgraph {c}" not in readme]
    assert not missing, f"commands not documented in README.md: {missing}"
    for name in listed:
        cmd = main.get_command(ctx, name)
        assert cmd is not None and (cmd.help or "").strip(), f"{name} has no help text"


ALIAS = """\
account: {id: alias-co, name: 别名公司}
staff:
  - {id: s-chen, name: 陈明}
people:
  - {id: p-wang, name: 王强, name_en: Wang Qiang, alias: [王总, 老王]}
  - {id: p-li, name: 李娜, alias: 李总}
"""


def test_people_are_found_by_their_aliases(cli: Cli, store: Store, tmp_path: Path) -> None:
    from kamgraph.capture import log_interaction

    path = tmp_path / "alias.yaml"
    path.write_text(ALIAS, encoding="utf-8")
    cli("import", str(path))
    people = {p["id"]: p for p in store.load_account("alias-co")["person"]}
    assert people["p-wang"]["alias"] == ["王总", "老王"] and people["p-li"]["alias"] == ["李总"]
    out = cli("person", "alias-co", "老王").output
    assert "王强" in out and "李娜" not in out
    log_interaction(store, "alias-co", "李总", "s-chen", summary="coffee")
    [met] = store.load_account("alias-co")["interaction"]
    assert met["person"] == "p-li"
    files = tmp_path / "csv"
    cli("export", "alias-co", "--format", "csv", "--out", str(files))
    assert "p-wang,王强,Wang Qiang" in (files / "people.csv").read_text(encoding="utf-8")
    assert "王总;老王" in (files / "people.csv").read_text(encoding="utf-8")
