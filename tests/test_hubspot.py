"""HubSpot exports imported: the column and buying-role mapping, privacy, errors naming
file, row and column, nothing written on any error."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from kamgraph.errors import ImportValidationError
from kamgraph.formats import export_account, load_paths
from kamgraph.store import Store
from tests.conftest import Cli

HS = Path(__file__).parent / "data" / "hubspot"
WATER = "9102837461"
HARBOR = "9102837462"


def _load(folder: Path) -> list:  # type: ignore[type-arg]
    return load_paths([folder], source="hubspot")


def test_mapping_of_the_sample_export() -> None:
    water, harbor = _load(HS)
    assert (water.account_id, harbor.account_id) == (WATER, HARBOR)
    acc = water["account"][0]
    assert (acc["name"], acc["industry"], acc["employees"], acc["region"], acc["revenue"]) == \
        ("华东智慧水务集团有限公司", "Utilities", 2600, "Zhejiang", 3900000000.0)
    assert acc["attributes"]["Customer_Segment"] == "Strategic"
    assert acc["attributes"]["Company_Domain_Name"] == "ecwater.example.cn"
    people = {p["id"]: p for p in water["person"]}
    zhang = people["5101"]
    assert (zhang["name"], zhang["title"], zhang["level"]) == ("张志强", "总经理", "c-level")
    assert people["5103"]["level"] == "director" and people["5104"]["level"] == "manager"
    assert zhang["attributes"]["Lead_Status"] == "Connected"
    roles = {(r["person"], r["role"]) for r in water["role"]}
    assert roles == {("5101", "decider"), ("5102", "approver"), ("5103", "influencer"),
                     ("5103", "coach"), ("5104", "gatekeeper")}
    assert {r["opportunity"] for r in water["role"]} == {"7201"}
    opp = water["opportunity"][0]
    assert (opp["name"], opp["stage"], opp["value"], str(opp["close_date"])) == \
        ("智慧水务平台二期", "Decision maker bought-in", 26000000.0, "2027-04-30")
    owners = {o["person"]: o["staff"] for o in water["owns"]}
    # the contact's own owner first, then the deal's owner
    assert owners == {"5101": "王磊", "5102": "赵婷", "5103": "赵婷", "5104": "赵婷"}
    assert {s["id"] for s in water["staff"]} == {"王磊", "赵婷"}
    # the company's name finds the account when the export has no company id
    assert {p["id"] for p in harbor["person"]} == {"5105", "5106"}
    assert {o["person"]: o["staff"] for o in harbor["owns"]} == {"5105": "Chen Jie",
                                                                  "5106": "Chen Jie"}
    assert {(r["person"], r["role"]) for r in harbor["role"]} == {("5105", "user")}
    # personal contact data is private, never a free attribute
    assert "Email" not in zhang["attributes"] and "Date_of_birth" not in zhang["attributes"]
    assert "zhang.zhiqiang@" in zhang["notes"] and "1968-04-12" in zhang["notes"]
    assert zhang["home_area"] == "Hangzhou, Zhejiang"


def test_hubspot_accounts_export_and_read_back_the_same(tmp_path: Path) -> None:
    water, _ = _load(HS)
    for fmt in ("yaml", "json", "xlsx", "csv"):  # numeric HubSpot ids stay text
        out = tmp_path / ("csv" if fmt == "csv" else f"water.{fmt}")
        export_account(water, fmt, out, include_private=True)
        [back] = load_paths([out])
        assert back == water, fmt


def _copy(tmp_path: Path) -> Path:
    d = tmp_path / "hs"
    shutil.copytree(HS, d)
    return d


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_unknown_buying_role_names_file_row_and_column(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _edit(d / "contacts.csv", "Legal & Compliance", "Gatekeeper")
    with pytest.raises(ImportValidationError) as e:
        _load(d)
    [msg] = [str(i) for i in e.value.issues]
    assert "contacts.csv:5: Buying Role: unknown buying role 'Gatekeeper'" in msg


def test_unknown_company_and_contact_are_named(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _edit(d / "contacts.csv", "Hangzhou,Zhejiang,王磊,9102837461", "Hangzhou,Zhejiang,王磊,999")
    _edit(d / "deals.csv", "5105;5106", "5105;5999")
    with pytest.raises(ImportValidationError) as e:
        _load(d)
    msgs = [str(i) for i in e.value.issues]
    assert any("contacts.csv:2: Associated Company IDs: no company '999' in companies.csv"
               in m for m in msgs)
    assert any("deals.csv:3: Associated Contact IDs: no contact '5999' in contacts.csv" in m
               for m in msgs)


def test_bad_value_names_the_row_and_field(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    _edit(d / "deals.csv", "1800000,2027-06-15", "lots,2027-06-15")
    with pytest.raises(ImportValidationError) as e:
        _load(d)
    [msg] = [str(i) for i in e.value.issues]
    assert "deals.csv:3" in msg and "value" in msg


def test_gbk_export_says_save_as_utf8(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    text = (d / "contacts.csv").read_text(encoding="utf-8")
    (d / "contacts.csv").write_bytes(text.encode("gbk"))
    with pytest.raises(ImportValidationError) as e:
        _load(d)
    assert "contacts.csv: is not UTF-8 text; save the export as UTF-8 CSV" in \
        str(e.value.issues[0])


def test_missing_files_and_id_column(tmp_path: Path) -> None:
    d = _copy(tmp_path)
    (d / "companies.csv").unlink()
    with pytest.raises(ImportValidationError, match="companies.csv: is missing"):
        _load(d)
    d2 = tmp_path / "hs2"
    shutil.copytree(HS, d2)
    _edit(d2 / "deals.csv", "Record ID,", "Deal ID,")
    with pytest.raises(ImportValidationError) as e:
        _load(d2)
    assert "deals.csv:1: Record ID: required column is missing (a HubSpot deal export has " \
        "Record ID)" in str(e.value.issues[0])


def test_import_from_hubspot_on_the_store(cli: Cli, store: Store, tmp_path: Path) -> None:
    out = cli("import", "--from", "hubspot", str(HS)).output
    assert "Imported 2 account(s)" in out
    data = store.load_account(WATER)
    assert len(data["person"]) == 4 and len(data["role"]) == 5
    assert all("notes" not in p for p in data["person"])  # private fields stay in the store
    assert "张志强" in cli("people", WATER).output
    bad = _copy(tmp_path)
    _edit(bad / "contacts.csv", "Decision Maker", "Boss")
    store.delete_account(WATER)
    r = cli("import", "--from", "hubspot", str(bad), ok=False)
    assert r.exit_code == 1 and "unknown buying role 'Boss'" in r.output
    assert "contacts.csv:2" in r.output
    assert WATER not in {a["id"] for a in store.accounts()}
    gbk = _copy(tmp_path / "g")
    text = (gbk / "contacts.csv").read_text(encoding="utf-8")
    (gbk / "contacts.csv").write_bytes(text.encode("gbk"))
    r = cli("import", "--from", "hubspot", str(gbk), ok=False)
    assert r.exit_code == 1 and "GBK" in r.output and "contacts.csv" in r.output
