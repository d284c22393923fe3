"""One account never changes another: ids per account, shared staff and competitors
guarded, multi-account imports all or nothing, old stores migrated (issue 10, items 1-2)."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest
from conftest import Cli
from test_store import small_account

from kamgraph.errors import ImportValidationError, StoreError
from kamgraph.store import Store
from kamgraph.store.accounts import erase_person, save_accounts

ROOT = Path(__file__).resolve().parent.parent
DEMO = "gd-telecom"


def export_hashes(store: Store) -> dict[str, str]:
    """Every account's export (private fields included) as a hash."""
    out = {}
    for a in store.accounts():
        data = store.load_account(a["id"], include_private=True)
        text = json.dumps(data.records, sort_keys=True, default=str, ensure_ascii=False)
        out[a["id"]] = hashlib.sha256(text.encode()).hexdigest()
    return out


def others(hashes: dict[str, str], *but: str) -> dict[str, str]:
    return {k: v for k, v in hashes.items() if k not in but}


EVIL = """\
account: {id: other, name: 其他公司}
competitors:
  - {id: c-hx, name: EVILCORP}
people:
  - {id: p-li-mei, name: 李梅}
  - {id: d-exec-person, name: 某人}
departments:
  - {id: d-exec, name: 总经办}
staff:
  - {id: s-wang-lei, name: 王磊, level: vp, active: false}
owns:
  - {staff: s-wang-lei, person: p-li-mei, role: A}
"""


def test_a_shared_change_is_refused_naming_file_line_and_accounts(
        demo_cli: Cli, demo_store: Store, tmp_path: Path) -> None:
    before = export_hashes(demo_store)
    path = tmp_path / "other.yaml"
    path.write_text(EVIL, encoding="utf-8")
    for args in (["--dry-run"], []):
        res = demo_cli("import", *args, str(path), ok=False)
        assert res.exit_code == 1 and "Traceback" not in res.output
        assert f"{path}:3: competitor: competitor 'c-hx': name '华信' -> 'EVILCORP'" in res.output
        assert "also used by account gd-telecom" in res.output
        assert re.search(rf"{path}:10: staff: staff member 's-wang-lei': .*active true -> false",
                         res.output)
        assert "--update-shared" in res.output
    assert export_hashes(demo_store) == before  # nothing written, the demo untouched


def test_update_shared_changes_the_catalogue_for_everyone(
        demo_cli: Cli, demo_store: Store, tmp_path: Path) -> None:
    path = tmp_path / "other.yaml"
    path.write_text(EVIL, encoding="utf-8")
    dry = demo_cli("import", "--dry-run", "--update-shared", str(path)).output
    assert "Would change shared competitor 'c-hx': name '华信' -> 'EVILCORP'" in dry
    assert [a["id"] for a in demo_store.accounts()] == [DEMO]
    out = demo_cli("import", "--update-shared", str(path)).output
    assert "Changed shared staff member 's-wang-lei'" in out
    demo = demo_store.load_account(DEMO)
    assert {c["id"]: c["name"] for c in demo["competitor"]}["c-hx"] == "EVILCORP"


def _doc_examples() -> list[tuple[str, str]]:
    """Every YAML block of the README and docs/formats.md that is a whole account."""
    out = []
    for doc in (ROOT / "README.md", ROOT / "docs" / "formats.md"):
        blocks = re.findall(r"```yaml\n(.*?)```", doc.read_text(encoding="utf-8"), re.S)
        out += [(f"{doc.name}#{i}", b) for i, b in enumerate(blocks) if b.startswith("account:")]
    return out


def test_readme_and_docs_examples_import_beside_the_demo(
        demo_cli: Cli, demo_store: Store, tmp_path: Path) -> None:
    examples = _doc_examples()
    assert len(examples) >= 3
    demo_before = export_hashes(demo_store)[DEMO]
    for name, text in examples:
        path = tmp_path / (name.replace("#", "-") + ".yaml")
        path.write_text(text, encoding="utf-8")
        before = export_hashes(demo_store)
        demo_cli("import", "--dry-run", str(path))
        demo_cli("import", str(path))
        account = re.search(r"id: ([\w-]+)", text)
        assert account is not None
        after = export_hashes(demo_store)
        assert others(after, account.group(1)) == others(before, account.group(1)), name
    assert export_hashes(demo_store)[DEMO] == demo_before
    # the same ids in two accounts are two nodes: the demo's p-li-mei is still its own
    assert "p-li-mei" in {p["id"] for p in demo_store.load_account(DEMO)["person"]}


def test_import_erase_and_delete_never_change_another_account(store: Store) -> None:
    accounts = [small_account(a) for a in ("acme", "beta", "gamma")]  # same ids in each
    save_accounts(store, accounts)
    start = export_hashes(store)
    changed = small_account("beta")
    changed["person"][0]["name"] = "王二强"
    changed["influence"].pop()
    store.save_account(changed)
    assert others(export_hashes(store), "beta") == others(start, "beta")
    erase_person(store, "acme", "ceo")
    assert others(export_hashes(store), "acme", "beta") == others(start, "acme", "beta")
    store.delete_account("acme")
    assert others(export_hashes(store), "beta") == others(start, "acme", "beta")


def test_two_accounts_hold_the_same_body_id(store: Store) -> None:
    # body ids are per account like every other id: the same id in two accounts is two bodies
    save_accounts(store, [small_account("acme"), small_account("beta")])
    start = export_hashes(store)
    changed = small_account("beta")
    changed["body"][0].update(name="董事会（改组）", members=["ceo"], rule="consensus")
    store.save_account(changed)
    assert others(export_hashes(store), "beta") == others(start, "beta")
    [acme] = store.load_account("acme")["body"]
    [beta] = store.load_account("beta")["body"]
    assert (acme["name"], acme["members"], acme["rule"]) == ("董事会", ["ceo", "cto"], "majority")
    assert (beta["name"], beta["members"], beta["chair"]) == ("董事会（改组）", ["ceo"], "ceo")
    erase_person(store, "beta", "cto")
    store.delete_account("beta")
    assert store.load_account("acme")["body"] == [acme]
    assert export_hashes(store) == others(start, "beta")


def test_a_multi_file_import_with_a_bad_file_writes_nothing(
        cli: Cli, store: Store, tmp_path: Path) -> None:
    good = tmp_path / "a.yaml"
    good.write_text("account: {id: a, name: A}\npeople:\n  - {id: p1, name: One}\n",
                    encoding="utf-8")
    bad = tmp_path / "b.yaml"
    bad.write_text('account: {id: b, name: B}\npeople:\n  - {id: p1, name: "Tw\\ud800o"}\n',
                   encoding="utf-8")
    for args in (["--dry-run"], []):
        res = cli("import", *args, str(good), str(bad), ok=False)
        assert res.exit_code == 1
        assert f"{bad}:3: name: contains a lone surrogate U+D800" in res.output
    assert store.accounts() == []


def test_a_write_error_names_file_and_record_and_writes_no_account(store: Store) -> None:
    first, second = small_account("acme"), small_account("beta")
    second.source = "beta.yaml"
    second.origin[("person", "cto")] = ("beta.yaml", 17)
    second["person"][1]["name"] = 10 ** 30  # past validation: the driver cannot send it
    with pytest.raises(StoreError) as err:
        save_accounts(store, [first, second])
    assert "beta.yaml" in str(err.value) and "nothing was written" in str(err.value)
    assert store.accounts() == []


def test_competitors_must_read_the_same_in_every_file(cli: Cli, tmp_path: Path) -> None:
    for name, comp in (("a", "华信"), ("b", "华信集团")):
        (tmp_path / f"{name}.yaml").write_text(
            f"account: {{id: {name}, name: {name}}}\n"
            f"competitors:\n  - {{id: c-hx, name: {comp}}}\n",
            encoding="utf-8")
    res = cli("import", str(tmp_path / "a.yaml"), str(tmp_path / "b.yaml"), ok=False)
    assert f"{tmp_path / 'b.yaml'}:3: competitor: competitor 'c-hx' differs from the one in" \
        in res.output


def test_an_old_store_is_migrated_to_ids_per_account(store: Store) -> None:
    # a store made before ids were per account: store-wide unique ids, no (account, id) keys
    for kind, label in (("person", "Person"), ("department", "Department"), ("post", "Post"),
                        ("opportunity", "Opportunity"), ("private_details", "PrivateDetails"),
                        ("body", "Body")):
        store.driver.execute_query(f"DROP CONSTRAINT {kind}_key IF EXISTS",
                                   database_=store.database)
        store.driver.execute_query(
            f"CREATE CONSTRAINT {kind}_id IF NOT EXISTS FOR (n:{label}) REQUIRE n.id IS UNIQUE",
            database_=store.database)
    store.save_account(small_account("acme"))
    with pytest.raises((StoreError, ImportValidationError)):
        store.save_account(small_account("beta"))  # the old constraint is in the way
    store._schema_ready = False
    done = store.ensure_schema()
    assert "migrate/drop_person_id" in done and "schema/person_key" in done
    assert "migrate/drop_body_id" in done and "schema/body_key" in done
    store.save_account(small_account("beta"))
    assert [a["id"] for a in store.accounts()] == ["acme", "beta"]
    names = {r["name"] for r in store.read("admin/constraint_names")}
    assert "person_id" not in names and "person_key" in names
