"""Erasure: a person, one of our staff, or a whole account, leaving no trace on disk.

The file check (grepping the engine's files for the erased strings) applies to the
embedded engine; the rest runs on Neo4j as well.
"""

from __future__ import annotations

import json
import os
import secrets
from pathlib import Path

import pytest

from kamgraph.config import Settings
from kamgraph.store import Store

DATA = Path(__file__).parent / "data" / "import"
EMBEDDED = not os.environ.get("KAMGRAPH_TEST_NEO4J_URI")


def files_containing(home: Path, text: str) -> list[str]:
    """The engine's files (data, indexes, write-ahead log, logs) that hold ``text``."""
    needle = text.encode("utf-8")
    return sorted(str(p.relative_to(home)) for p in (home / "engine").rglob("*")
                  if p.is_file() and needle in p.read_bytes())


def _acme_with_marked_person(tmp_path: Path) -> tuple[Path, dict[str, str]]:
    """acme.yaml with p-li renamed to unique strings and given private details; p-wang's
    private family note names her (a mention the erasure must report, not remove)."""
    tok = secrets.token_hex(6)
    marks = {"id": f"p-er{tok}", "name": f"ERNAME{tok}", "name_en": f"ERLATIN{tok}",
             "hobbies": f"ERHOBBY{tok}", "notes": f"ERNOTE{tok}"}
    text = (DATA / "acme.yaml").read_text(encoding="utf-8")
    text = text.replace("{id: p-li, name: 李梅, name_en: Li Mei, affiliation: family}",
                        f"{{id: {marks['id']}, name: {marks['name']}, name_en: {marks['name_en']},"
                        f" affiliation: family, private: {{hobbies: {marks['hobbies']},"
                        f" notes: {marks['notes']}}}}}")
    text = text.replace('"spouse: 李梅 (p-li)"', f'"spouse: {marks["name"]}"')
    text = text.replace("p-li,", f"{marks['id']},")
    path = tmp_path / "acme.yaml"
    path.write_text(text, encoding="utf-8")
    assert text.count(marks["id"]) == 3
    return path, marks


def test_erasing_a_person_reports_mentions_and_leaves_no_trace_in_the_files(
        cli, store: Store, store_settings: Settings, tmp_path: Path) -> None:
    path, marks = _acme_with_marked_person(tmp_path)
    cli("import", str(path))
    if EMBEDDED:  # the strings are on disk before the erasure (else the check proves nothing)
        assert files_containing(store_settings.home, marks["notes"])
    out = cli("erase", "acme", marks["id"], "--yes", "--report-mentions", "--json").output
    result = json.loads(out)
    assert result["kind"] == "person"
    # the only mention left is p-wang's private family note
    assert [(m["kind"], m["id"], m["field"]) for m in result["mentions"]] == [
        ("PrivateDetails", "p-wang", "family")]
    data = store.load_account("acme", include_private=True)
    assert {p["id"] for p in data["person"]} == {"p-wang", "p-zhao"}
    assert marks["id"] not in repr([data[k] for k in ("knows", "influence", "informs")])
    if EMBEDDED:
        assert result["scrubbed"] is True
        for key in ("id", "name_en", "hobbies", "notes"):
            assert files_containing(store_settings.home, marks[key]) == [], key
        # the store still works after the scrub, through the connection opened before it
        assert [a["id"] for a in store.accounts()] == ["acme"]
        assert {p["id"] for p in store.load_account("acme")["person"]} == {"p-wang", "p-zhao"}


def test_our_staff_can_be_erased_from_every_account(cli, store: Store) -> None:
    cli("import", str(DATA / "acme.yaml"))
    out = cli("erase", "acme", "s-chen", "--yes").output
    assert out.splitlines()[0] == "Erased staff member s-chen (served acme)."
    data = store.load_account("acme")
    assert [s["id"] for s in data["staff"]] == ["s-liu"]
    assert data["owns"] == [] and data["interaction"] == []
    assert all(s.get("by") != "s-chen" for s in data["stance"])
    assert all(i.get("via") != "s-chen" for i in data["informs"])
    assert all(k["source"] != "s-chen" for k in data["knows"])


def test_erasing_an_account_removes_the_shared_records_only_it_used(
        cli, store: Store, tmp_path: Path) -> None:
    cli("import", str(DATA / "acme.yaml"))
    other = tmp_path / "other.yaml"
    other.write_text(
        "account: {id: other, name: 其他公司}\n"
        "competitors:\n  - {id: c-zte, name: 中兴, name_en: ZTE}\n"
        "staff:\n  - {id: s-chen, name: 陈明, name_en: Chen Ming, title: Account Manager,"
        " level: manager, capacity_hours: 300}\n"
        "people:\n  - {id: p-other-1, name: 孙丽}\n"
        "owns:\n  - {staff: s-chen, person: p-other-1, role: A}\n", encoding="utf-8")
    cli("import", str(other))
    before = store.load_account("other")
    out = cli("erase", "acme", "--yes", "--json").output
    result = json.loads(out)
    assert result["shared_removed"] == {"staff": ["s-liu"], "competitors": ["c-hw"]}
    assert [a["id"] for a in store.accounts()] == ["other"]
    assert store.load_account("other") == before
    with store.driver.session(database=store.database) as s:
        left = s.run("MATCH (n) WHERE n:Staff OR n:Competitor RETURN n.id AS id").value()
    assert sorted(left) == ["c-zte", "s-chen"]


def test_erasing_someone_unknown_names_what_was_looked_for(cli, store: Store) -> None:
    cli("import", str(DATA / "acme.yaml"))
    res = cli("erase", "acme", "nobody", "--yes", ok=False)
    assert res.exit_code == 1
    assert res.output.startswith("Error: no person 'nobody' in account 'acme'; known: ")
    assert len(store.load_account("acme")["person"]) == 3


@pytest.mark.skipif(not EMBEDDED, reason="embedded engine only")
def test_scrub_leaves_indexes_working(cli, store: Store) -> None:
    cli("import", str(DATA / "acme.yaml"))
    schema = sorted(r["name"] for q in ("admin/constraint_names", "admin/index_names")
                    for r in store.read(q))
    cli("erase", "acme", "p-li", "--yes")
    assert sorted(r["name"] for q in ("admin/constraint_names", "admin/index_names")
                  for r in store.read(q)) == schema
    cli("import", str(DATA / "acme.yaml"))  # re-import replaces, finds by the rebuilt indexes
    assert len(store.load_account("acme")["person"]) == 3
    with pytest.raises(Exception, match="(?i)constraint|duplicate|unique"):
        store.transaction(lambda tx: tx.run(
            "CREATE (:Account {id: 'acme'})").consume())  # the unique constraint still holds
