"""Salesforce exports imported: the field and role mapping, privacy, errors naming file and row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kamgraph.errors import ImportValidationError
from kamgraph.formats import load_paths
from kamgraph.store import Store
from tests.conftest import Cli

SF = Path(__file__).parent / "data" / "salesforce"
GRID = "0015g00000Xa1AAA"


def test_mapping_of_the_sample_export() -> None:
    grid, north = load_paths([SF], source="salesforce")
    assert grid.account_id == GRID and north.account_id == "0015g00000Xa2AAA"
    acc = grid["account"][0]
    assert (acc["name"], acc["industry"], acc["employees"], acc["region"]) == \
        ("华南电网数字科技有限公司", "Energy", 3200, "Guangdong")
    assert acc["attributes"]["Customer_Segment__c"] == "Strategic"
    people = {p["id"]: p for p in grid["person"]}
    chen = people["0035g00000Yb1AAA"]
    assert (chen["name"], chen["level"]) == ("陈建国", "c-level")  # family name first
    assert people["0035g00000Yb3AAA"]["level"] == "director"
    assert {(r["person"], r["manager"]) for r in grid["reports_to"]} >= {
        ("0035g00000Yb2AAA", "0035g00000Yb1AAA"), ("0035g00000Yb3AAA", "0035g00000Yb2AAA")}
    roles = {r["person"]: r["role"] for r in grid["role"]}
    assert roles == {"0035g00000Yb1AAA": "decider", "0035g00000Yb2AAA": "approver",
                     "0035g00000Yb3AAA": "influencer", "0035g00000Yb4AAA": "influencer",
                     "0035g00000Yb5AAA": "user"}
    opp = grid["opportunity"][0]
    assert (opp["stage"], opp["value"], str(opp["close_date"])) == \
        ("Proposal/Price Quote", 38000000.0, "2027-03-31")
    owners = {o["person"]: o["staff"] for o in grid["owns"]}
    # the contact's own owner first, then the deal's owner, then the account's
    assert owners["0035g00000Yb3AAA"] == "0055g00000U3aAAA"
    assert owners["0035g00000Yb2AAA"] == "0055g00000U1aAAA"
    assert {s["id"]: s["name"] for s in grid["staff"]} == {
        "0055g00000U1aAAA": "刘洋", "0055g00000U3aAAA": "孙浩"}
    # personal contact data is private, never a free attribute
    assert "Email" not in chen["attributes"] and "chen.jianguo@" in chen["notes"]


def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "sf"
    shutil.copytree(SF, d)
    return d


def test_unknown_role_names_file_row_and_column(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    ocr = d / "OpportunityContactRole.csv"
    ocr.write_text(ocr.read_text(encoding="utf-8").replace("Evaluator", "Gatekeeper"),
                   encoding="utf-8")
    with pytest.raises(ImportValidationError) as e:
        load_paths([d], source="salesforce")
    [msg] = [str(i) for i in e.value.issues]
    assert "OpportunityContactRole.csv:5: Role: unknown contact role 'Gatekeeper'" in msg


def test_gbk_export_says_save_as_utf8(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    text = (d / "Contact.csv").read_text(encoding="utf-8")
    (d / "Contact.csv").write_bytes(text.encode("gbk"))
    with pytest.raises(ImportValidationError) as e:
        load_paths([d], source="salesforce")
    assert "Contact.csv: is not UTF-8 text; save the export as UTF-8 CSV" in str(e.value.issues[0])


def test_missing_contact_file(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "Contact.csv").unlink()
    with pytest.raises(ImportValidationError, match="Contact.csv"):
        load_paths([d], source="salesforce")


def test_import_from_salesforce_on_the_store(cli: Cli, store: Store, tmp_path: Path) -> None:
    out = cli("import", "--from", "salesforce", str(SF)).output
    assert "Imported 2 account(s)" in out
    data = store.load_account(GRID)
    assert len(data["person"]) == 5 and len(data["role"]) == 5
    assert "notes" not in data["person"][0]  # private fields stay in the store
    assert "陈建国" in cli("people", GRID).output
    bad = _copy(tmp_path)
    (bad / "User.csv").write_text("Id,Name\n", encoding="utf-8")  # owners unknown
    store.delete_account(GRID)
    r = cli("import", "--from", "salesforce", str(bad), ok=False)
    assert r.exit_code == 1 and "is not in User.csv" in r.output
    assert GRID not in {a["id"] for a in store.accounts()}
