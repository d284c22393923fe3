"""CSV folder import: same records as YAML, several accounts, row-numbered errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from kamgraph.errors import ImportValidationError
from kamgraph.formats import load_paths, parse_csv_dir, parse_yaml

pytestmark = pytest.mark.engine_free

DATA = Path(__file__).parent / "data" / "import"


def issues_of(path: Path) -> list[str]:
    with pytest.raises(ImportValidationError) as info:
        parse_csv_dir(path)
    return [str(i) for i in info.value.issues]


def folder(tmp_path: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return tmp_path


def test_csv_folder_equals_the_yaml_account() -> None:
    # acme_csv writes the -10 as toward us + competitor, uses yes/no, an empty bool
    # cell, a reordered header and a BOM on people.csv: all read as in acme.yaml.
    assert (DATA / "acme_csv" / "people.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    [csv_data] = parse_csv_dir(DATA / "acme_csv")
    assert csv_data == parse_yaml(DATA / "acme.yaml")
    wang = next(p for p in csv_data["person"] if p["id"] == "p-wang")
    assert wang["name"] == "王强" and wang["roles"] == ["decider", "approver"]


def test_several_accounts_share_staff_by_reference() -> None:
    a1, a2 = load_paths([DATA / "multi_csv"])
    assert (a1.account_id, a2.account_id) == ("a1", "a2")
    # staff.csv is global: each account keeps only the staff it references (s3 unused).
    assert [s["id"] for s in a1["staff"]] == ["s1"]
    assert [s["id"] for s in a2["staff"]] == ["s2"]
    assert [p["name"] for p in a1["person"]] == ["王强", "赵敏"]
    assert a2["person"] == [{"id": "p1", "name": "李雷", "level": "vp", "affiliation": "internal"}]
    assert a1["reports_to"] == [{"person": "p2", "manager": "p1"}]
    assert a2["owns"] == [{"staff": "s2", "person": "p1", "role": "B"}]


def test_malformed_csv_folder_reports_every_row() -> None:
    d = DATA / "bad_csv"
    assert issues_of(d) == [
        f"{d}/influences.csv:1: strength: required column is missing",
        f"{d}/influences.csv:2: target: unknown person 'p9'",
        f"{d}/notes.csv: is not a kamgraph file; expected one of accounts.csv, competitors.csv, "
        "departments.csv, posts.csv, people.csv, staff.csv, opportunities.csv, positions.csv, "
        "reports_to.csv, influences.csv, roles.csv, stances.csv, owns.csv, knows.csv, "
        "sponsors.csv, informs.csv, bodies.csv, interactions.csv (did you mean 'roles.csv'?)",
        f"{d}/people.csv:1: nickname: unknown column",
        f"{d}/people.csv:3: level: 'ceo' is not one of staff, manager, director, vp, "
        "c-level, board",
        f"{d}/people.csv:4: name: required field is missing",
        f"{d}/people.csv:5: account: unknown account 'zz' (not in accounts.csv)",
        f"{d}/people.csv:6: id: duplicate person id 'p1' (first at row 2)",
        f"{d}/staff.csv:1: account: unknown column (staff.csv has no account column)",
        f"{d}/stances.csv:2: value: a field-scale -10 (leans to a competitor) must name the "
        "competitor: toward: <competitor id>, or competitor: <id>",
        f"{d}/stances.csv:3: value: '2.5' is not a whole number",
    ]


def test_missing_accounts_file_and_account_column(tmp_path: Path) -> None:
    d = folder(tmp_path, {"people.csv": "id,name\np1,A\n"})
    assert issues_of(d) == [
        f"{d}/accounts.csv: is missing; a CSV folder needs accounts.csv",
        f"{d}/people.csv:1: account: required column is missing",
    ]


def test_cells_rows_and_types(tmp_path: Path) -> None:
    d = folder(tmp_path, {
        "accounts.csv": "id,name,tier\na,甲,s\n",
        "staff.csv": "id,name,capacity_hours,active\ns1,S,-5,maybe\ns2,T,abc,\n",
        "people.csv": "account,id,name\na,p1,P,extra\na,p2,Q\n\n,p3,R\n",
        "knows.csv": "account,source,target,strength\na,s1,p1,0.5\na,p2,p2,1\n",
        "interactions.csv": "account,id,staff,person,on\na,p1,s1,p2,2026-01-01\n",
        "reports_to.csv": "account,person,manager\na,p1,p2\na,p2,p1\n",
    })
    assert issues_of(d) == [
        f"{d}/accounts.csv:2: tier: 's' is not one of S, A, B, C",
        f"{d}/interactions.csv:2: id: 'p1' is already the id of a person "
        f"({d}/people.csv row 2)",
        f"{d}/knows.csv:3: target: 'p2' cannot know themselves",
        f"{d}/people.csv:2: row has 4 cells but the header has 3",
        f"{d}/people.csv:5: account: required field is missing",
        f"{d}/reports_to.csv:2: manager: reports_to cycle: p1 -> p2 -> p1",
        f"{d}/staff.csv:2: active: 'maybe' is not true or false",
        f"{d}/staff.csv:2: capacity_hours: -5 is outside 0..10000",
        f"{d}/staff.csv:3: capacity_hours: 'abc' is not a number",
    ]


def test_non_utf8_csv(tmp_path: Path) -> None:
    d = folder(tmp_path, {"accounts.csv": "id,name\na,A\n"})
    (d / "people.csv").write_bytes("account,id,name\na,p1,王强\n".encode("gb18030"))
    assert issues_of(d) == [f"{d}/people.csv:2: is not UTF-8 text (byte 0xCD at offset 21); "
                            "save it as UTF-8"]
